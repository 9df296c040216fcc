import { Option, type Command } from "commander";
import { z } from "zod";
import { EventTypeName, SubEventTypeName } from "@sitrep/schema";

/** The filter flags `search` and `export` share, checked with zod like every input. */
export const FilterFlags = z.object({
  from: z.iso.date({ error: "expected a day, 2019-12-04" }).optional(),
  to: z.iso.date({ error: "expected a day, 2019-12-04" }).optional(),
  country: z.string().min(1).optional(),
  province: z.string().min(1).optional(),
  type: EventTypeName.optional(),
  subType: SubEventTypeName.optional(),
  actor: z.string().min(1).optional(),
  source: z.string().min(1).optional(),
  tag: z.string().min(1).optional(),
  fatalities: z.boolean().optional(),
  read: z.boolean().optional(),
  favourite: z.boolean().optional(),
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

/** Commander's flags, whatever their spelling, as store queries. */
export function toQueries(flags: FilterFlags & { q?: string }) {
  const common = {
    q: flags.q,
    from: flags.from,
    to: flags.to,
    country: flags.country,
    admin1: flags.province,
    eventType: flags.type,
    subEventType: flags.subType,
    actor: flags.actor,
    source: flags.source,
    fatalities:
      flags.fatalities === undefined ? undefined : flags.fatalities ? ("with" as const) : ("without" as const),
    limit: flags.limit,
    cursor: flags.cursor,
  };
  return {
    articles: { ...common, tag: flags.tag, read: flags.read, favourite: flags.favourite },
    events: common,
  };
}

/** Commander gives --unread as `unread: true`; the query wants `read: false`. */
export function normaliseFlags(raw: Record<string, unknown>): Record<string, unknown> {
  const out = { ...raw };
  if (raw.unread === true) out.read = false;
  delete out.unread;
  return out;
}
