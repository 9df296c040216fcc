import { ArticleQuery, EventQuery } from "@sitrep/store";
import { createWriteStream } from "node:fs";
import { z } from "zod";
import type { Io } from "../io.js";
import { FilterFlags, toQueries } from "../filters.js";
import { CliError, withStore } from "../open-store.js";

export const ExportFlags = FilterFlags.extend({
  db: z.string().optional(),
  format: z.enum(["jsonl", "acled", "geojson"], { error: "expected jsonl, acled or geojson" }),
  output: z.string().min(1).optional(),
});
export type ExportFlags = z.infer<typeof ExportFlags>;

/**
 * `sitrep export`: JSON lines of articles with their events, ACLED CSV of grouped events (every
 * source named), or GeoJSON of the grouped events that have coordinates; the same filters as search.
 */
export async function runExport(words: string[], flags: ExportFlags, io: Io): Promise<number> {
  const queries = toQueries({ ...flags, q: words.join(" ") || undefined, limit: undefined, cursor: undefined });
  const out = flags.output ? createWriteStream(flags.output) : null;
  const write = (text: string) => (out ? out.write(text) : io.stdout(text));
  try {
    await withStore(io, flags.db, async (store) => {
      if (flags.format === "jsonl") {
        const q = ArticleQuery.safeParse(queries.articles);
        if (!q.success) throw new CliError(`sitrep export: ${z.prettifyError(q.error)}`, 2);
        for await (const r of store.exportArticles(q.data)) write(JSON.stringify(r) + "\n");
      } else {
        const q = EventQuery.safeParse(queries.events);
        if (!q.success) throw new CliError(`sitrep export: ${z.prettifyError(q.error)}`, 2);
        write(
          flags.format === "acled"
            ? await store.exportAcledCsv(q.data)
            : JSON.stringify(await store.exportGeoJson(q.data), null, 2) + "\n",
        );
      }
    });
  } finally {
    if (out) await new Promise((resolve) => out.end(resolve));
  }
  return 0;
}
