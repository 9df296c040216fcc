import { z } from "zod";
import type { Db } from "./db.js";
import type { ArticleQueryParsed } from "./queries.js";
import { articleFilter } from "./search-articles.js";
import { raw, sql, where } from "./sql.js";
import type { FacetCount, Facets } from "./types.js";

/** Facets count the newest this-many matches: enough to steer a search, cheap at any corpus size. */
export const FACET_SAMPLE = 5000;
const PER_FACET = 12;

const FacetRow = z.object({
  facet: z.enum(["total", "country", "eventType", "source", "month"]),
  value: z.string().nullable(),
  label: z.string().nullable(),
  n: z.coerce.number().int(),
});

/**
 * How the articles a query matches spread over countries, event types, sources and months of
 * publication (the newest twelve, newest first), so a reader
 * can narrow a search in one click. Counts are articles, over the newest FACET_SAMPLE matches.
 */
export async function articleFacets(
  db: Db,
  query: ArticleQueryParsed,
  options: { sample?: number; commonAt?: number } = {},
): Promise<Facets> {
  const sample = options.sample ?? FACET_SAMPLE;
  const { from, conds } = await articleFilter(db, query, options.commonAt);
  const top = raw(String(PER_FACET));
  // One statement: both engines compute the matched set once and reuse it for every facet.
  const rows =
    await db.all(sql`WITH m AS (SELECT a.id AS id FROM articles a ${from} ${where(conds)} ORDER BY a.sort_key DESC
      LIMIT ${sample})
    SELECT 'total' AS facet, NULL AS value, NULL AS label, COUNT(*) AS n FROM m
    UNION ALL SELECT * FROM (SELECT 'country' AS facet, e.country_iso2 AS value, MAX(e.country) AS label,
      COUNT(DISTINCT e.article_id) AS n
      FROM m JOIN events e ON e.article_id = m.id WHERE e.country_iso2 IS NOT NULL GROUP BY e.country_iso2
        ORDER BY n DESC, value LIMIT ${top}) c
    UNION ALL SELECT * FROM (SELECT 'eventType' AS facet, e.event_type AS value, e.event_type AS label,
      COUNT(DISTINCT e.article_id) AS n
      FROM m JOIN events e ON e.article_id = m.id GROUP BY e.event_type ORDER BY n DESC, value LIMIT ${top}) t
    UNION ALL SELECT * FROM (SELECT 'source' AS facet, a.source_domain AS value, MAX(COALESCE(a.source_name,
      a.source_domain)) AS label, COUNT(*) AS n
      FROM m JOIN articles a ON a.id = m.id WHERE a.source_domain IS NOT NULL GROUP BY a.source_domain
        ORDER BY n DESC, value LIMIT ${top}) s
    UNION ALL SELECT * FROM (SELECT 'month' AS facet, substr(a.sort_day, 1, 7) AS value, substr(a.sort_day, 1, 7)
      AS label, COUNT(*) AS n
      FROM m JOIN articles a ON a.id = m.id GROUP BY substr(a.sort_day, 1, 7) ORDER BY value DESC LIMIT ${top}) d`);
  const out: Facets = { matched: 0, capped: false, countries: [], eventTypes: [], sources: [], months: [] };
  const lists = { country: out.countries, eventType: out.eventTypes, source: out.sources, month: out.months } as const;
  for (const row of rows) {
    const r = FacetRow.parse(row);
    if (r.facet === "total") {
      out.matched = r.n;
      out.capped = r.n >= sample;
    } else if (r.value !== null) {
      const entry: FacetCount = { value: r.value, label: r.label ?? r.value, count: r.n };
      lists[r.facet].push(entry);
    }
  }
  return out;
}
