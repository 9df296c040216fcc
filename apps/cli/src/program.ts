import { Command, CommanderError, Option } from "commander";
import { z } from "zod";
import { PARSER_VERSION } from "@sitrep/parser/light";
import { runExport, ExportFlags } from "./commands/export.js";
import { feedsAdd, feedsList, feedsRemove, refresh } from "./commands/feeds.js";
import { IngestFlags, runIngest } from "./commands/ingest.js";
import { ParseCommandOptions, runParse } from "./commands/parse.js";
import { runSearch, SearchFlags } from "./commands/search.js";
import { runServe, ServeFlags } from "./commands/serve.js";
import { runReparse, runStats } from "./commands/stats.js";
import { addFilterOptions, normaliseFlags } from "./filters.js";
import { CliError } from "./open-store.js";
import { terminalIo, type Io } from "./io.js";
import { CLI_VERSION } from "./version.js";

/** Exit codes: 0 success, 1 some input failed, 2 the command line itself is wrong. */
export const EXIT_USAGE = 2;

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command("sitrep")
    .description("Read the news and the events it reports: parse articles into clean text and ACLED-coded events.")
    .version(`sitrep ${CLI_VERSION} (parser ${PARSER_VERSION})`, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  program
    .command("parse")
    .description("parse articles (scraped text, HTML, news-please JSON) into an Article and its Events")
    .argument("<files...>", "files to parse; - reads standard input")
    .addOption(
      new Option("-f, --format <format>", "input format")
        .choices(["auto", "text", "html", "newsplease"])
        .default("auto"),
    )
    .option("--published-at <date>", "publication date when the input has none (2019-12-04 or ISO date-time)")
    .option("--url <url>", "the article's URL, when the input does not carry it")
    .option("--json", "one pretty JSON document (the default for one input)")
    .option("--jsonl", "one JSON line per input, in input order (the default for several)")
    .addOption(new Option("--export <kind>", "export the events as ACLED CSV or GeoJSON").choices(["acled", "geojson"]))
    .addHelpText(
      "after",
      `
Examples:
  sitrep parse samples/ain-al-asad-2019-12-04.txt
  sitrep parse page.html --url https://example.com/news/1 --json
  sitrep parse *.txt --export acled > events.csv
  cat record.json | sitrep parse - --format newsplease`,
    )
    .action(async (files: string[], raw: unknown) => {
      const options = ParseCommandOptions.safeParse(raw);
      if (!options.success) {
        io.stderr(`sitrep parse: ${z.prettifyError(options.error).replace(/\n/g, "\n  ")}\n`);
        setExit(EXIT_USAGE);
        return;
      }
      setExit(await runParse(files, options.data, io));
    });

  /** Checks a command's flags with zod, then runs it; bad flags are a usage error (exit 2). */
  const checked =
    <T>(name: string, schema: z.ZodType<T>, fn: (args: string[], flags: T) => Promise<number>) =>
    async (...received: unknown[]) => {
      const command = received[received.length - 1] as Command;
      const flags = schema.safeParse(normaliseFlags({ ...program.opts(), ...command.opts() }));
      if (!flags.success) {
        io.stderr(`sitrep ${name}: ${z.prettifyError(flags.error).replace(/\n/g, "\n  ")}\n`);
        setExit(EXIT_USAGE);
        return;
      }
      setExit(await fn(command.args, flags.data));
    };

  program.option(
    "--db <path-or-url>",
    "the store: a SQLite file or a postgres:// URL (default: $DATABASE_URL, $SITREP_DB, or the user data directory)",
  );

  program
    .command("ingest")
    .description("add articles to the store: files, directories, globs, URLs, feeds, or - for standard input")
    .argument("<inputs...>", "what to ingest")
    .addOption(
      new Option("-f, --format <format>", "input format")
        .choices(["auto", "text", "html", "newsplease"])
        .default("auto"),
    )
    .option("--published-at <date>", "publication date for inputs that have none")
    .option("--workers <n>", "parser threads (default: one per core)")
    .option("--allow-private", "allow fetching from loopback and private addresses")
    .option("--timeout <seconds>", "time limit for each URL", "20")
    .option("--parse-timeout <seconds>", "time limit for parsing each input", "30")
    .action(checked("ingest", IngestFlags, (args, flags) => runIngest(args, flags, io)));

  const feeds = program.command("feeds").description("the feeds `sitrep refresh` checks");
  feeds
    .command("add")
    .argument("<url>")
    .option("--title <title>")
    .description("follow a feed (RSS, Atom, JSON Feed)")
    .action(
      checked("feeds add", z.object({ db: z.string().optional(), title: z.string().optional() }), ([url], f) =>
        feedsAdd(url!, f.title, f.db, io),
      ),
    );
  feeds
    .command("list")
    .option("--json", "as JSON")
    .description("the feeds followed")
    .action(
      checked("feeds list", z.object({ db: z.string().optional(), json: z.boolean().default(false) }), (_a, f) =>
        feedsList(f.json, f.db, io),
      ),
    );
  feeds
    .command("remove")
    .argument("<url>")
    .description("stop following a feed")
    .action(
      checked("feeds remove", z.object({ db: z.string().optional() }), ([url], f) => feedsRemove(url!, f.db, io)),
    );

  program
    .command("refresh")
    .description("fetch every feed (conditional GET) and ingest new items")
    .option("--allow-private", "allow fetching from loopback and private addresses")
    .option("--workers <n>", "parser threads")
    .action(
      checked(
        "refresh",
        z.object({
          db: z.string().optional(),
          allowPrivate: z.boolean().default(false),
          workers: z.coerce.number().int().min(0).optional(),
        }),
        (_a, f) => refresh(f, io),
      ),
    );

  addFilterOptions(
    program
      .command("search")
      .description("search the store: full text and filters; articles, or grouped events with --events")
      .argument("[words...]", 'words, "phrases", -excluded, a OR b, prefix*')
      .option("--events", "list grouped events instead of articles")
      .addOption(new Option("--sort <order>", "sort order").choices(["newest", "oldest", "relevance", "deadliest"]))
      .option("--limit <n>", "results per page", "25")
      .option("--cursor <cursor>", "the next page, as a previous page gave it")
      .option("--json", "as JSON"),
  ).action(checked("search", SearchFlags, (args, flags) => runSearch(args, flags, io)));

  addFilterOptions(
    program
      .command("export")
      .description("export the store: JSON lines of articles, ACLED CSV or GeoJSON of grouped events")
      .argument("[words...]", "full-text query")
      .addOption(
        new Option("--format <format>", "what to write").choices(["jsonl", "acled", "geojson"]).makeOptionMandatory(),
      )
      .option("-o, --output <file>", "write to a file instead of standard output"),
  ).action(checked("export", ExportFlags, (args, flags) => runExport(args, flags, io)));

  program
    .command("browse")
    .description("browse articles and events in the terminal (the default on a terminal)")
    .action(
      checked("browse", z.object({ db: z.string().optional() }), async (_a, f) =>
        (await import("./commands/browse.js")).runBrowse(f, io),
      ),
    );

  program
    .command("serve")
    .description("run the website on the store (build it first with `npm run build`)")
    .option("-p, --port <port>", "port to listen on", "3000")
    .option("-H, --host <host>", "address to listen on (0.0.0.0 for every interface)", "127.0.0.1")
    .option("--allow-private", "let the add-by-URL form fetch loopback and private addresses")
    .action(checked("serve", ServeFlags, (_a, f) => runServe(f, io)));

  program
    .command("stats")
    .description("what the store holds")
    .option("--json", "as JSON")
    .option("--check", "check the store is consistent (exit 1 if not)")
    .action(
      checked(
        "stats",
        z.object({ db: z.string().optional(), json: z.boolean().default(false), check: z.boolean().default(false) }),
        (_a, f) => runStats(f, io),
      ),
    );

  program
    .command("reparse")
    .description("run stored inputs through the current parser (those an older parser read, or --all)")
    .option("--all", "every article")
    .option("--workers <n>", "parser threads")
    .action(
      checked(
        "reparse",
        z.object({
          db: z.string().optional(),
          all: z.boolean().default(false),
          workers: z.coerce.number().int().min(0).optional(),
        }),
        (_a, f) => runReparse(f, io),
      ),
    );

  return program;
}

/** Runs the command line and returns the exit code; never throws for a user's mistake. */
export async function run(argv: string[], rawIo: Io): Promise<number> {
  const io = terminalIo(rawIo);
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  // `sitrep` alone (or with only --db) opens the browser on a terminal; otherwise it explains itself.
  const onlyGlobal =
    argv.length === 0 ||
    (argv.length === 2 && argv[0] === "--db") ||
    (argv.length === 1 && argv[0]!.startsWith("--db="));
  if (onlyGlobal) {
    if (io.isTty && process.stdin.isTTY) argv = ["browse", ...argv];
    else {
      io.stdout(program.helpInformation());
      return 0;
    }
  }
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    throw error;
  }
  return code;
}
