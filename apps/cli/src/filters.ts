import { Option, type Command } from "commander";
import { z } from "zod";
import { filterShape, fromPublic, type Filters } from "@sitrep/store/filters";

/** The filter flags `search` and `export` share: the store's filters under the CLI's names. */
export const FilterFlags = z.object({
  ...filterShape("cli", [
    "from",
    "to",
    "country",
    "admin1",
    "eventType",
    "subEventType",
    "actor",
    "source",
    "tag",
    "read",
    "favourite",
  ]),
  // --fatalities and --no-fatalities: the store's "with" and "without".
  fatalities: z.boolean().optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().optional(),
});
export type FilterFlags = z.infer<typeof FilterFlags>;

export function addFilterOptions(cmd: Command): Command {
  return cmd
    .option("--from <day>", "from this day (YYYY-MM-DD)")
    .option("--to <day>", "up to this day (YYYY-MM-DD)")
    .option("--country <name>", "country name or ISO code")
    .option("--province <name>", "province (admin1) name or ISO 3166-2 code")
    .option("--type <type>", 'event type, e.g. "Explosions/Remote violence"')
    .option("--sub-type <type>", 'sub-event type, e.g. "Air/drone strike"')
    .option("--actor <name>", "an actor's name, or part of it")
    .option("--source <name>", "publisher name or domain")
    .option("--tag <tag>", "article tag")
    .addOption(new Option("--fatalities", "only with deaths reported"))
    .addOption(new Option("--no-fatalities", "only without deaths reported"))
    .addOption(new Option("--read", "only read articles"))
    .addOption(new Option("--unread", "only unread articles"))
    .addOption(new Option("--favourite", "only favourites"));
}

/** Commander's flags as store queries (PUBLIC_NAMES says which flag is which field). */
export function toQueries(flags: FilterFlags & { q?: string }) {
  const fatalities = flags.fatalities === undefined ? undefined : flags.fatalities ? "with" : "without";
  // FilterFlags checked each value with the store's own schema of its field.
  const { tag, read, favourite, ...shared } = fromPublic("cli", { ...flags, fatalities }) as Filters;
  const common = { q: flags.q, ...shared, limit: flags.limit, cursor: flags.cursor };
  return { articles: { ...common, tag, read, favourite }, events: common };
}

/** Commander gives --unread as `unread: true`; the query wants `read: false`. */
export function normaliseFlags(raw: Record<string, unknown>): Record<string, unknown> {
  const out = { ...raw };
  if (raw.unread === true) out.read = false;
  delete out.unread;
  return out;
}
