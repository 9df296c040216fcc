import type { Db } from "./db.js";
import { encodeCursor, keysetAfter } from "./cursor.js";
import type { EventQueryParsed } from "./queries.js";
import { CountRow, toGroup, toSource } from "./rows.js";
import { COMMON_MATCHES, eventConditions, sourceCondition, textQuery } from "./search-articles.js";
import { join, raw, sql, where, type Sql } from "./sql.js";
import type { EventGroup, Page, SourceRef } from "./types.js";

const GROUP_COLUMNS =
  "g.id, g.event_type, g.sub_event_type, g.date_start, g.date_end, g.date_precision, g.country_iso2, g.country, " +
  "g.admin1, g.admin1_code, g.location, g.lat, g.lon, g.geo_precision, g.killed, g.injured, g.summary, g.article_count";

/** Grouped events matching a query, newest first by default, a page at a time. */
export async function searchEvents(
  db: Db,
  query: EventQueryParsed,
  commonAt = COMMON_MATCHES,
): Promise<Page<EventGroup>> {
  // Groups carry type and place; actors, sources and text live on the member events and articles.
  const conds: Sql[] = eventConditions({ ...query, actor: undefined }, "g");
  if (query.from) conds.push(sql`g.date_end >= ${query.from}`);
  // Written on the sort index's own expression, so a date range seeks instead of walking down to it.
  if (query.to) conds.push(sql`g.date_start <= ${query.to} AND COALESCE(g.date_start, '') <= ${query.to}`);
  if (query.fatalities === "with") conds.push(sql`g.killed > 0`);
  if (query.fatalities === "without") conds.push(sql`(g.killed IS NULL OR g.killed = 0)`);
  if (query.actor)
    conds.push(
      sql`g.id IN (SELECT e.group_id FROM events e WHERE ${join(eventConditions({ actor: query.actor }), "")})`,
    );
  if (query.source)
    conds.push(
      sql`g.id IN (SELECT e.group_id FROM events e JOIN articles a ON a.id = e.article_id
        WHERE ${sourceCondition(query.source)})`,
    );
  const q = textQuery(query.q);
  if (q) {
    // As for articles: a common query is tested group by group in date order, a rare one gathered first.
    const common = CountRow.parse((await db.all(db.dialect.ftsCount(q, commonAt)))[0]).n >= commonAt;
    conds.push(
      common
        ? sql`EXISTS (SELECT 1 FROM events e JOIN articles a ON a.id = e.article_id WHERE e.group_id = g.id
          AND ${db.dialect.ftsHas(q)})`
        : sql`g.id IN (SELECT e.group_id FROM events e JOIN articles a
          ON a.id = e.article_id ${db.dialect.ftsFrom(q)} WHERE ${db.dialect.ftsWhere(q)})`,
    );
  }

  const sortExpr = query.sort === "deadliest" ? raw("COALESCE(g.killed, -1)") : raw("COALESCE(g.date_start, '')");
  const descending = query.sort !== "oldest";
  const keyset = keysetAfter(query.cursor, descending);
  const direction = raw(descending ? "DESC" : "ASC");
  const rows = await db.all(
    sql`SELECT * FROM (SELECT ${raw(GROUP_COLUMNS)}, ${sortExpr} AS sort_value
      FROM event_groups g ${where(conds)}) s ${where(keyset)}
        ORDER BY s.sort_value ${direction}, s.id ${direction} LIMIT ${query.limit + 1}`,
  );
  const page = rows.slice(0, query.limit);
  const sources = await sourcesFor(
    db,
    page.map((r) => String(r.id)),
  );
  const items = page.map((r) => toGroup(r, sources.get(String(r.id)) ?? []));
  const last = page[page.length - 1];
  return {
    items,
    next: rows.length > query.limit && last ? encodeCursor(last.sort_value as string | number, String(last.id)) : null,
  };
}

export async function groupById(db: Db, id: string): Promise<EventGroup | null> {
  const [row] = await db.all(sql`SELECT ${raw(GROUP_COLUMNS)} FROM event_groups g WHERE g.id = ${id}`);
  if (!row) return null;
  return toGroup(row, (await sourcesFor(db, [id])).get(id) ?? []);
}

/** Sources a listed event names; its articleCount tells how many there are in all. */
export const SOURCES_LISTED = 10;

/**
 * Up to SOURCES_LISTED sources of each group, oldest report first. Each group's are read in its
 * index's order and stop at the limit, so a page of events costs the same whether an event has
 * two reports or twenty thousand.
 */
export async function sourcesFor(
  db: Db,
  groupIds: readonly string[],
  perGroup = SOURCES_LISTED,
): Promise<Map<string, SourceRef[]>> {
  const out = new Map<string, SourceRef[]>();
  if (groupIds.length === 0) return out;
  const one = (id: string, i: number) =>
    sql`SELECT * FROM (SELECT e.group_id, e.id AS event_id, a.id AS article_id, a.title, a.source_name,
      a.source_domain, a.url, a.published_at, a.sort_key
      FROM events e JOIN articles a ON a.id = e.article_id WHERE e.group_id = ${id} ORDER BY e.group_id,
        e.article_id LIMIT ${perGroup}) ${raw(`s${i}`)}`;
  const rows = await db.all(join(groupIds.map(one), " UNION ALL "));
  rows.sort(
    (a, b) =>
      String(a.sort_key).localeCompare(String(b.sort_key)) || String(a.article_id).localeCompare(String(b.article_id)),
  );
  for (const row of rows) {
    const { groupId, ...ref } = toSource(row);
    out.set(groupId, [...(out.get(groupId) ?? []), ref]);
  }
  return out;
}
