import { z } from "zod";
import { filterShape } from "@sitrep/store/filters";

/** What the `f` prompt takes: `country=Iraq type="Protests" from=2021-01-01 source=reuters.com`. */
export const BrowseFilters = z
  .object(filterShape("prompt", ["country", "admin1", "eventType", "subEventType", "from", "to", "source"]))
  .strict();
export type BrowseFilters = z.infer<typeof BrowseFilters>;

/** Parses the prompt's `key=value` pairs (values may be quoted); an empty prompt clears the filters. */
export function parseFilters(text: string): { ok: true; filters: BrowseFilters } | { ok: false; message: string } {
  const pairs: Record<string, string> = {};
  for (const m of text.matchAll(/(\w+)\s*=\s*(?:"([^"]*)"|(\S+))/g)) pairs[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? "";
  const leftover = text.replace(/(\w+)\s*=\s*(?:"([^"]*)"|(\S+))/g, "").trim();
  if (leftover)
    return { ok: false, message: `not a filter: "${leftover}" (try country=Iraq type=Protests from=2021-01-01)` };
  const parsed = BrowseFilters.safeParse(pairs);
  if (!parsed.success) return { ok: false, message: z.prettifyError(parsed.error).replace(/\n/g, " ") };
  return { ok: true, filters: parsed.data };
}

/** The filters as the prompt reads them: a value with spaces is quoted, so the line can be edited and sent again. */
export function describeFilters(f: BrowseFilters): string {
  return Object.entries(f)
    .map(([k, v]) => `${k}=${/\s/.test(String(v)) ? `"${String(v)}"` : String(v)}`)
    .join(" ");
}
