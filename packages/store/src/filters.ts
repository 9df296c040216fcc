import { z } from "zod";
import { EventTypeName, SubEventTypeName } from "@sitrep/schema";

// The filters of a search, one spelling each: the store, the CLI's flags, the terminal UI's filter
// prompt and the website's query parameters all read these fields. Where a surface shows a field
// by another public name ("--province", "sub="), the mapping is declared once, in PUBLIC_NAMES.

const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date({ error: "expected a day, 2019-12-04" });

/** The filters events and articles share. */
export const EventFilters = {
  /** Inclusive day range: the article's publication day, or the event's dates. */
  from: day.optional(),
  to: day.optional(),
  /** Country name or ISO 3166-1 alpha-2 code. */
  country: text(100).optional(),
  /** Province name or ISO 3166-2 code. */
  admin1: text(100).optional(),
  eventType: EventTypeName.optional(),
  subEventType: SubEventTypeName.optional(),
  actor: text(200).optional(),
  /** Publisher name or domain. */
  source: text(200).optional(),
  fatalities: z.enum(["with", "without"]).optional(),
};

/** Every filter: the shared ones and those of articles only. */
export const ArticleFilters = {
  ...EventFilters,
  tag: text(100).optional(),
  read: z.boolean().optional(),
  favourite: z.boolean().optional(),
};

export type FilterName = keyof typeof ArticleFilters;
export type Filters = { [K in FilterName]?: z.output<(typeof ArticleFilters)[K]> };

/**
 * The public names that differ from the store's, by surface: `cli` as commander keys the flags
 * (`--province`, `--type`, `--sub-type`), `prompt` the terminal UI's `f` prompt, `url` the web's
 * query parameters and API. Every other field is shown by its own name.
 */
export const PUBLIC_NAMES = {
  cli: { admin1: "province", eventType: "type", subEventType: "subType" },
  prompt: { admin1: "province", eventType: "type", subEventType: "subtype" },
  url: { eventType: "type", subEventType: "sub" },
} as const satisfies Record<string, Partial<Record<FilterName, string>>>;

export type Surface = keyof typeof PUBLIC_NAMES;
type Names<S extends Surface> = (typeof PUBLIC_NAMES)[S];
type PublicKey<S extends Surface, K> = K extends keyof Names<S> ? Names<S>[K] & string : K;

/** The name a surface shows a field by. */
export function publicName(surface: Surface, field: string): string {
  const names: Partial<Record<string, string>> = PUBLIC_NAMES[surface];
  return names[field] ?? field;
}

/** Some filters' schemas under a surface's names, to validate what that surface is given. */
export function filterShape<S extends Surface, K extends FilterName>(
  surface: S,
  fields: readonly K[],
): { [F in K as PublicKey<S, F>]: (typeof ArticleFilters)[F] } {
  return Object.fromEntries(fields.map((f) => [publicName(surface, f), ArticleFilters[f]])) as {
    [F in K as PublicKey<S, F>]: (typeof ArticleFilters)[F];
  };
}

/** What a surface gave, under the store's names (fields it does not name are left out). */
export function fromPublic(surface: Surface, raw: Readonly<Record<string, unknown>>): Record<FilterName, unknown> {
  const out: Partial<Record<FilterName, unknown>> = {};
  for (const field of Object.keys(ArticleFilters) as FilterName[]) {
    const value = raw[publicName(surface, field)];
    if (value !== undefined) out[field] = value;
  }
  return out as Record<FilterName, unknown>;
}

/** Filters under a surface's names, for showing them back ("province=Anbar", "?sub=..."). */
export function toPublic(surface: Surface, filters: Filters): Record<string, unknown> {
  return Object.fromEntries(
    (Object.keys(filters) as FilterName[])
      .filter((f) => filters[f] !== undefined)
      .map((f) => [publicName(surface, f), filters[f]]),
  );
}
