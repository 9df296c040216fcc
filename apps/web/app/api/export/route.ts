import type { NextRequest } from "next/server";
import { z } from "zod";
import { apiJson, apiJsonText, badRequest, handle } from "../../../lib/api";
import { articleQuery, eventQuery, fromSearchParams } from "../../../lib/params";
import { getStore } from "../../../lib/store";

const Format = z.enum(["acled", "geojson", "jsonl"], { error: "format must be acled, geojson or jsonl" });

const attachment = (name: string) => ({ "content-disposition": `attachment; filename="${name}"` });

/** GET /api/export?format=acled|geojson|jsonl&<the filters of any view>: every match, not one page. */
export function GET(request: NextRequest) {
  return handle(async () => {
    const raw = fromSearchParams(request.nextUrl.searchParams);
    const format = Format.safeParse(raw.format);
    if (!format.success) return badRequest(z.prettifyError(format.error));
    const { format: _f, cursor: _c, ...filters } = raw;
    const store = await getStore();
    if (format.data === "jsonl") {
      const parsed = await articleQuery(filters);
      if (!parsed.ok) return badRequest(parsed.message);
      const results = store.exportArticles(parsed.query);
      const encoder = new TextEncoder();
      // Streamed one article at a time: an export of the whole corpus never sits in memory.
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          const next = await results.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(`${apiJsonText(next.value)}\n`));
        },
        async cancel() {
          await results.return(undefined);
        },
      });
      return new Response(body, {
        headers: { "content-type": "application/x-ndjson; charset=utf-8", ...attachment("sitrep-articles.jsonl") },
      });
    }
    const parsed = await eventQuery(filters);
    if (!parsed.ok) return badRequest(parsed.message);
    if (format.data === "acled") {
      return new Response(await store.exportAcledCsv(parsed.query), {
        headers: { "content-type": "text/csv; charset=utf-8", ...attachment("sitrep-events.csv") },
      });
    }
    const geojson = await store.exportGeoJson(parsed.query);
    return apiJson(geojson, {
      headers: { "content-type": "application/geo+json", ...attachment("sitrep-events.geojson") },
    });
  });
}
