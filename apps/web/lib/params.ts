import { z } from "zod";
import type { ArticleQuery, EventQuery } from "@sitrep/store";
import { EventFilters, fromPublic, publicName } from "@sitrep/store/filters";
import { storeModule } from "./store";

/** What a URL's query string holds: every value a string, or several for a repeated key. */
export type RawParams = Record<string, string | string[] | undefined>;

const one = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined);
const yesNo = z.enum(["yes", "no"]).optional();

// The store's filters under the URL's names (PUBLIC_NAMES: type=, sub=), so a search reads well when shared.
const UrlFilters = z.object({
  ...Object.fromEntries(Object.keys(EventFilters).map((f) => [publicName("url", f), one])),
  q: one,
  sort: one,
  cursor: one,
  limit: one,
});
const ArticleUrl = UrlFilters.extend({ tag: one, read: one.pipe(yesNo), favourite: one.pipe(yesNo) });

export type ParsedQuery<T> = { ok: true; query: T } | { ok: false; message: string };

/** The limit as a number, for the store's schema to judge ("limit must be a whole number from 1 to 500"). */
function limitOf(raw: string | undefined, fallback: number): number | string {
  if (raw === undefined) return fallback;
  return /^-?\d{1,9}$/.test(raw) ? Number(raw) : raw;
}

function common(u: z.output<typeof UrlFilters>, limit: number) {
  return { ...fromPublic("url", u), q: u.q, cursor: u.cursor, limit: limitOf(u.limit, limit) };
}

/** A query string as an article search, or a message naming the bad parameter. */
export async function articleQuery(params: RawParams, limit = 25): Promise<ParsedQuery<z.output<typeof ArticleQuery>>> {
  const { ArticleQuery } = await storeModule;
  const url = ArticleUrl.safeParse(params);
  if (!url.success) return { ok: false, message: z.prettifyError(url.error) };
  const u = url.data;
  const parsed = ArticleQuery.safeParse({
    ...common(u, limit),
    sort: u.sort,
    tag: u.tag,
    read: u.read === undefined ? undefined : u.read === "yes",
    favourite: u.favourite === undefined ? undefined : u.favourite === "yes",
  });
  return parsed.success ? { ok: true, query: parsed.data } : { ok: false, message: prettify(parsed.error) };
}

/** A query string as an event search, or a message naming the bad parameter. */
export async function eventQuery(params: RawParams, limit = 50): Promise<ParsedQuery<z.output<typeof EventQuery>>> {
  const { EventQuery } = await storeModule;
  const url = UrlFilters.safeParse(params);
  if (!url.success) return { ok: false, message: z.prettifyError(url.error) };
  const parsed = EventQuery.safeParse({ ...common(url.data, limit), sort: url.data.sort });
  return parsed.success ? { ok: true, query: parsed.data } : { ok: false, message: prettify(parsed.error) };
}

// Messages name the URL's parameter, not the store's field.
function prettify(error: z.ZodError): string {
  return z.prettifyError(error).replace(/→ at (\w+)/g, (_m, field: string) => `→ at ${publicName("url", field)}`);
}

/** URLSearchParams as the plain object the parsers take. */
export function fromSearchParams(search: URLSearchParams): RawParams {
  const out: RawParams = {};
  for (const key of new Set(search.keys())) {
    const all = search.getAll(key);
    out[key] = all.length === 1 ? all[0] : all;
  }
  return out;
}

/** The query string for a search with some parameters changed; undefined or "" removes one. */
export function withParams(params: RawParams, changes: Record<string, string | undefined>): string {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, ...changes })) {
    const v = Array.isArray(value) ? value[0] : value;
    if (v !== undefined && v !== "") out.set(key, v);
  }
  const s = out.toString();
  return s ? `?${s}` : "";
}
