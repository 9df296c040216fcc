import type { Db } from "./db.js";
import { encodeCursor, keysetAfter } from "./cursor.js";
import type { ArticleQueryParsed } from "./queries.js";
import { ARTICLE_SUMMARY_COLUMNS, CountRow, toBadge, toSummary } from "./rows.js";
import { join, raw, sql, where, type Sql } from "./sql.js";
import type { ArticleHit, EventBadge, Page } from "./types.js";

/** A query worth sending to the full-text index: it holds at least one word. */
export function textQuery(q: string | undefined): string | null {
  return q && /[\p{L}\p{N}]/u.test(q) ? q : null;
}

/** Conditions on an article's events (alias e), shared by article and event searches. */
export function eventConditions(
  q: { country?: string; admin1?: string; eventType?: string; subEventType?: string; actor?: string },
  alias = "e",
): Sql[] {
  const e = raw(alias);
  const out: Sql[] = [];
  if (q.country) out.push(sql`(lower(${e}.country) = lower(${q.country}) OR ${e}.country_iso2 = upper(${q.country}))`);
  if (q.admin1) out.push(sql`(lower(${e}.admin1) = lower(${q.admin1}) OR ${e}.admin1_code = upper(${q.admin1}))`);
  if (q.eventType) out.push(sql`${e}.event_type = ${q.eventType}`);
  if (q.subEventType) out.push(sql`${e}.sub_event_type = ${q.subEventType}`);
  // The words as they are: % and _ match themselves, not anything ("actor=%" matched every event).
  if (q.actor) out.push(sql`${e}.actors LIKE ${`%${q.actor.toLowerCase().replace(/[\\%_]/g, "\\$&")}%`} ESCAPE '\\'`);
  return out;
}

export function sourceCondition(source: string): Sql {
  return sql`(lower(a.source_domain) = lower(${source}) OR lower(a.source_name) = lower(${source}))`;
}

/** Matches ranked by relevance at most: the newest this many (see Dialect.ftsNewest). */
export const RELEVANCE_POOL = 5000;

/** Above this many matches, walking articles in date order beats sorting every match. */
export const COMMON_MATCHES = 2000;

/** The articles a query selects: conditions on `articles a`, and the full-text join when it pays. */
export async function articleFilter(
  db: Db,
  query: ArticleQueryParsed,
  commonAt = COMMON_MATCHES,
  poolSize = RELEVANCE_POOL,
): Promise<{ q: string | null; sort: ArticleQueryParsed["sort"]; from: Sql; conds: Sql[] }> {
  const q = textQuery(query.q);
  const sort = query.sort === "relevance" && !q ? "newest" : query.sort;
  // A query most articles match, sorted by date: walk articles newest first and test each,
  // stopping after a page, instead of sorting every match. Rare words go the index's way.
  const common =
    q && sort !== "relevance"
      ? CountRow.parse((await db.all(db.dialect.ftsCount(q, commonAt)))[0]).n >= commonAt
      : false;
  const conds: Sql[] = [];
  if (q) conds.push(common ? db.dialect.ftsHas(q) : db.dialect.ftsWhere(q));
  // By relevance, a word in most articles is ranked among its newest RELEVANCE_POOL matches.
  // (With fewer matches than that the condition keeps them all.)
  const pool = q && sort === "relevance" ? db.dialect.ftsNewest(q, poolSize) : null;
  if (pool) conds.push(pool);
  if (query.from) conds.push(sql`a.sort_day >= ${query.from}`);
  if (query.to) conds.push(sql`a.sort_day <= ${query.to}`);
  if (query.source) conds.push(sourceCondition(query.source));
  if (query.tag) conds.push(db.dialect.hasTag(query.tag));
  if (query.read !== undefined) conds.push(sql`a.is_read = ${query.read ? 1 : 0}`);
  if (query.favourite !== undefined) conds.push(sql`a.is_favourite = ${query.favourite ? 1 : 0}`);
  const onEvents = eventConditions(query);
  if (onEvents.length > 0)
    conds.push(sql`EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND ${join(onEvents, " AND ")})`);
  if (query.fatalities === "with")
    conds.push(sql`EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND e.killed > 0)`);
  if (query.fatalities === "without")
    conds.push(sql`NOT EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND e.killed > 0)`);
  return { q, sort, from: q && !common ? db.dialect.ftsFrom(q) : raw(""), conds };
}

/**
 * Articles matching a query, a page at a time (keyset pagination: stable while new articles
 * arrive). Newest first by default; by relevance when asked and there are words to rank by.
 */
export async function searchArticles(
  db: Db,
  query: ArticleQueryParsed,
  commonAt = COMMON_MATCHES,
  poolSize = RELEVANCE_POOL,
): Promise<Page<ArticleHit>> {
  const { q, sort, from, conds } = await articleFilter(db, query, commonAt, poolSize);
  const sortExpr = sort === "relevance" ? db.dialect.ftsRank() : raw("a.sort_key");
  const descending = sort === "newest";
  const inner = sql`SELECT ${raw(ARTICLE_SUMMARY_COLUMNS)}, ${sortExpr} AS sort_value
    FROM articles a ${from} ${where(conds)}`;
  const keyset = keysetAfter(query.cursor, descending);
  const direction = raw(descending ? "DESC" : "ASC");
  const rows = await db.all(
    sql`SELECT * FROM (${inner}) s ${where(keyset)} ORDER BY s.sort_value ${direction}, s.id ${direction}
      LIMIT ${query.limit + 1}`,
  );
  const pageRows = rows.slice(0, query.limit);
  const ids = pageRows.map((r) => String(r.id));
  const [badges, snippets] = await Promise.all([
    badgesFor(db, ids),
    q ? snippetsFor(db, q, ids) : Promise.resolve(new Map<string, string>()),
  ]);
  const items = pageRows.map((r) => ({
    ...toSummary(r, badges.get(String(r.id)) ?? []),
    snippet: snippets.get(String(r.id)) ?? null,
  }));
  const last = pageRows[pageRows.length - 1];
  const next =
    rows.length > query.limit && last ? encodeCursor(last.sort_value as string | number, String(last.id)) : null;
  return { items, next };
}

export async function badgesFor(db: Db, ids: readonly string[]): Promise<Map<string, EventBadge[]>> {
  const out = new Map<string, EventBadge[]>();
  if (ids.length === 0) return out;
  const rows =
    await db.all(sql`SELECT id, article_id, group_id, event_type, sub_event_type, killed, salience FROM events
    WHERE article_id IN (${join(
      ids.map((id) => sql`${id}`),
      ", ",
    )}) ORDER BY article_id, ordinal`);
  for (const row of rows) {
    const { articleId, ...badge } = toBadge(row);
    out.set(articleId, [...(out.get(articleId) ?? []), badge]);
  }
  return out;
}

async function snippetsFor(db: Db, q: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.all(db.dialect.snippets(q, ids));
  return new Map(rows.map((r) => [String(r.id), String(r.snippet ?? "")]));
}
