import { Command, CommanderError, Option } from "commander";
import { z } from "zod";
import { PARSER_VERSION } from "@sitrep/parser";
import { ParseCommandOptions, runParse } from "./commands/parse.js";
import type { Io } from "./io.js";
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
    .addOption(new Option("-f, --format <format>", "input format").choices(["auto", "text", "html", "newsplease"]).default("auto"))
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

  return program;
}

/** Runs the command line and returns the exit code; never throws for a user's mistake. */
export async function run(argv: string[], io: Io): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  if (argv.length === 0) {
    io.stdout(program.helpInformation());
    return 0;
  }
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    throw error;
  }
  return code;
}
