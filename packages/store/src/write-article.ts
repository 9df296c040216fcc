import { randomBytes } from "node:crypto";
import { z } from "zod";
import { DatePrecision, GeoPrecision } from "@sitrep/schema";
import type { Db } from "./db.js";
import { WhatWhenWhere } from "./rows.js";
import { conservative, isMonthLong, MatchKey, rankGroups, representative, shiftDay } from "./grouping.js";
import { prepareArticle, type ArticleInput, type PreparedArticle, type PreparedEvent } from "./prepare-article.js";
import { join, sql } from "./sql.js";
import type { PutOutcome } from "./types.js";

export function putArticle(db: Db, input: ArticleInput): Promise<PutOutcome> {
  return writeArticle(db, prepareArticle(input));
}

/**
 * Stores one article and its events in one transaction. The same article again (same id,
 * which comes from the canonical URL, or same content) adds nothing; a changed one replaces
 * its old version and events. Each event joins the group of the real-world event it reports.
 */
export async function writeArticle(db: Db, a: PreparedArticle): Promise<PutOutcome> {
  const now = new Date().toISOString();
  return db.transaction(async (tx) => {
    const existing = await tx.all(
      sql`SELECT id, content_hash, parser_version FROM articles WHERE id = ${a.id} OR content_hash = ${a.hash}`,
    );
    const same = existing.find((r) => r.id === a.id);
    if (same && same.content_hash === a.hash && same.parser_version === a.parserVersion)
      return { status: "unchanged", id: a.id };
    if (!same && existing.length > 0) return { status: "unchanged", id: String(existing[0]!.id) };

    // Sorted as instants: a page's own offset ("23:30-05:00") is kept in published_at, and two offsets
    // do not sort as strings. The day is the local one the article was published on.
    const sortKey =
      a.publishedAt && a.publishedAt.length > 10 ? new Date(a.publishedAt).toISOString() : (a.publishedAt ?? now);
    const sortDay = (a.publishedAt ?? now).slice(0, 10);
    const raw = Buffer.from(a.raw.buffer, a.raw.byteOffset, a.raw.byteLength);
    const result = Buffer.from(a.result.buffer, a.result.byteOffset, a.result.byteLength);
    let status: PutOutcome["status"];
    if (same) {
      const oldGroups = await removeEvents(tx, a.id);
      await tx.run(sql`UPDATE articles SET content_hash = ${a.hash}, url = ${a.url}, source_name = ${a.sourceName},
        source_domain = ${a.sourceDomain}, title = ${a.title}, standfirst = ${a.standfirst}, body = ${a.body},
        published_at = ${a.publishedAt}, sort_key = ${sortKey}, sort_day = ${sortDay},
          reading_minutes = ${a.readingMinutes},
        language = ${a.language}, tags = ${a.tags}, origin = ${a.origin}, raw = ${raw}, result = ${result},
        parser_version = ${a.parserVersion}, updated_at = ${now} WHERE id = ${a.id}`);
      await addEvents(tx, a.events, oldGroups);
      status = "updated";
    } else {
      const inserted =
        await tx.run(sql`INSERT INTO articles (id, content_hash, url, source_name, source_domain, title, standfirst,
          body, published_at,
        sort_key, sort_day, reading_minutes, language, tags, origin, raw, result, parser_version, ingested_at,
          updated_at)
        VALUES (${a.id}, ${a.hash}, ${a.url}, ${a.sourceName}, ${a.sourceDomain}, ${a.title},
        ${a.standfirst}, ${a.body}, ${a.publishedAt}, ${sortKey}, ${sortDay}, ${a.readingMinutes},
        ${a.language}, ${a.tags}, ${a.origin}, ${raw}, ${result}, ${a.parserVersion}, ${now}, ${now})
        ON CONFLICT DO NOTHING`);
      // Another process stored the same article a moment ago.
      if (inserted === 0) return { status: "unchanged", id: a.id };
      await addEvents(tx, a.events, new Set());
      status = "added";
    }
    await tx.run(sql`DELETE FROM failures WHERE origin = ${a.origin}`);
    return { status, id: a.id };
  });
}

/** Deletes an article's events and returns the groups they were in. */
async function removeEvents(tx: Db, articleId: string): Promise<Set<string>> {
  const rows = await tx.all(sql`SELECT DISTINCT group_id FROM events WHERE article_id = ${articleId}`);
  await tx.run(sql`DELETE FROM events WHERE article_id = ${articleId}`);
  return new Set(rows.map((r) => String(r.group_id)));
}

async function addEvents(tx: Db, events: readonly PreparedEvent[], touched: Set<string>): Promise<void> {
  // Locks in a fixed order, so concurrent writers never deadlock on them.
  const locks = [...new Set(events.flatMap((e) => (e.lockKey ? [e.lockKey] : [])))].sort();
  for (const key of locks) {
    const lock = tx.dialect.groupingLock(key);
    if (lock) await tx.all(lock);
  }
  const groups: Array<{ e: PreparedEvent; id: string; joined: boolean }> = [];
  for (const e of events) {
    const joined = e.key ? await findGroup(tx, e.key, e.articleId) : null;
    groups.push({ e, id: joined ?? newGroupId(), joined: joined !== null });
  }
  if (groups.length > 0) {
    // One statement for all of an article's events.
    const rows = groups.map(
      ({
        e,
        id,
      }) => sql`(${e.id}, ${e.articleId}, ${id}, ${e.ordinal}, ${e.eventType}, ${e.subEventType}, ${e.dateStart},
        ${e.dateEnd},
      ${e.datePrecision}, ${e.countryIso2}, ${e.country}, ${e.admin1}, ${e.admin1Code}, ${e.location}, ${e.lat},
        ${e.lon}, ${e.geoPrecision},
      ${e.killed}, ${e.injured}, ${e.actors}, ${e.salience}, ${e.summary}, ${e.keyJson})`,
    );
    await tx.run(sql`INSERT INTO events (id, article_id, group_id, ordinal, event_type, sub_event_type, date_start,
      date_end, date_precision,
      country_iso2, country, admin1, admin1_code, location, lat, lon, geo_precision, killed, injured, actors,
        salience, summary, match)
      VALUES ${join(rows, ", ")}`);
  }
  for (const { e, id, joined } of groups) {
    if (joined && !touched.has(id)) await joinGroup(tx, id, e);
    else if (!joined) await newGroup(tx, id, e);
  }
  // Groups an updated article left behind are recomputed from their remaining members.
  for (const id of touched) await refreshGroup(tx, id);
}

/**
 * A new group's id: the time first, so new groups go to the end of the groups' B-tree instead of
 * a random page of it (a random id cost an ingest of 100,000 articles a page write per group),
 * then this process's random digits, so concurrent writers never collide, and a count, so
 * one writer's groups of the same millisecond never do (random bytes for each group were 1.6%
 * of the writer's time).
 */
const WRITER = randomBytes(4).toString("hex");
let groupCount = 0;
function newGroupId(): string {
  groupCount = (groupCount + 1) % 0x100000;
  return `g_${Date.now().toString(16).padStart(12, "0")}${WRITER}${groupCount.toString(16).padStart(5, "0")}`;
}

const CandidateRow = z.object({ id: z.string(), match: z.string() });

// A group's match key, parsed once: the same groups are candidates for many articles, and
// parsing JSON and checking it is most of what finding a group costs. Keyed by the text
// itself, so a group whose key changed is parsed afresh.
const parsedKeys = new Map<string, MatchKey>();
function parseKey(text: string): MatchKey {
  let key = parsedKeys.get(text);
  if (!key) {
    if (parsedKeys.size >= 50_000) parsedKeys.clear();
    parsedKeys.set(text, (key = MatchKey.parse(JSON.parse(text))));
  }
  return key;
}

/**
 * The group an event joins, if any. Candidates are groups (not their many members) of the same
 * country and sub-type, dated close by, in the same province or a ~30 km box; a group that holds
 * another event of the same article is never joined (one article, one report of each event).
 */
async function findGroup(tx: Db, key: MatchKey, articleId: string): Promise<string | null> {
  // The province when known (an index reaches it directly), else the box around the point. A
  // precise point never joins a precise group more than 25 km away (sameKey): those are left in
  // the database, not read, parsed and ranked here (30,000 synthetic articles: 4% less writer time).
  const box = nearBox(key);
  const where = key.admin1
    ? box
      ? sql`admin1_code = ${key.admin1} AND (lat IS NULL OR geo_precision NOT IN ('exact', 'near') OR (${box}))`
      : sql`admin1_code = ${key.admin1}`
    : box
      ? sql`geo_precision IN ('exact', 'near') AND ${box}`
      : sql`1 = 0`;
  // Day and week reports match groups dated within a few days; a month matches only that month.
  const dates = isMonthLong(key)
    ? sql`date_start = ${key.start} AND date_end = ${key.end}`
    : sql`date_end BETWEEN ${shiftDay(key.start, -4)} AND ${shiftDay(key.end, 11)}
      AND date_start <= ${shiftDay(key.end, 4)}`;
  // "match IS NOT NULL" is what lets both engines use the partial indexes groups_match and
  // groups_near (migration 5): without it they would walk every group of the country instead.
  const rows = await tx.all(sql`SELECT id, match FROM event_groups
    WHERE country_iso2 = ${key.iso2} AND sub_event_type = ${key.sub} AND ${dates}
      AND match IS NOT NULL AND ${where}
    LIMIT 200`);
  const ranked = rankGroups(
    key,
    rows.map((r) => {
      const c = CandidateRow.parse(r);
      return { id: c.id, key: parseKey(c.match) };
    }),
  );
  for (const id of ranked) {
    const same = await tx.all(
      sql`SELECT 1 AS x FROM events WHERE group_id = ${id} AND article_id = ${articleId} LIMIT 1`,
    );
    if (same.length === 0) return id;
  }
  return null;
}

/**
 * For an event at a precise point, the box that holds every point within 25 km of it (0.3° of
 * latitude is 33 km; a degree of longitude shrinks with the cosine of the latitude). Points
 * either side of the 180th meridian are not matched.
 */
function nearBox(key: MatchKey) {
  if (key.lat === null || key.lon === null || (key.precision !== "exact" && key.precision !== "near")) return null;
  const dLon = Math.min(180, 0.3 / Math.max(0.01, Math.cos((key.lat * Math.PI) / 180)));
  return sql`lat BETWEEN ${key.lat - 0.3} AND ${key.lat + 0.3} AND lon BETWEEN ${key.lon - dLon} AND ${key.lon + dLon}`;
}

async function newGroup(tx: Db, id: string, e: PreparedEvent): Promise<void> {
  await tx.run(sql`INSERT INTO event_groups (id, event_type, sub_event_type, date_start, date_end, date_precision,
    country_iso2, country, admin1,
    admin1_code, location, lat, lon, geo_precision, killed, injured, summary, article_count, match, updated_at)
    VALUES (${id}, ${e.eventType}, ${e.subEventType}, ${e.dateStart}, ${e.dateEnd}, ${e.datePrecision},
      ${e.countryIso2}, ${e.country},
    ${e.admin1}, ${e.admin1Code}, ${e.location}, ${e.lat}, ${e.lon}, ${e.geoPrecision}, ${e.killed}, ${e.injured},
      ${e.summary}, 1,
    ${e.keyJson}, ${new Date().toISOString()})`);
}

/**
 * A new member: one more article, the most conservative toll, and the more precise report as
 * representative. Only columns whose value changes are set: SQLite rewrites an index entry for
 * every indexed column an UPDATE sets, even to the same value.
 */
async function joinGroup(tx: Db, id: string, e: PreparedEvent): Promise<void> {
  const [row] = await tx.all(
    sql`SELECT id, geo_precision, date_precision, killed, injured FROM event_groups WHERE id = ${id}`,
  );
  const g = GroupHead.parse(row);
  const killed = conservative([g.killed, e.killed]);
  const injured = conservative([g.injured, e.injured]);
  const now = new Date().toISOString();
  if (
    representative([
      { ...g, id: "~group" },
      { id: e.id, geo_precision: e.geoPrecision, date_precision: e.datePrecision },
    ]).id === e.id
  ) {
    await tx.run(sql`UPDATE event_groups SET date_start = ${e.dateStart}, date_end = ${e.dateEnd},
      date_precision = ${e.datePrecision},
      admin1 = ${e.admin1}, admin1_code = ${e.admin1Code}, location = ${e.location}, lat = ${e.lat}, lon = ${e.lon},
      geo_precision = ${e.geoPrecision}, summary = ${e.summary}, match = ${e.keyJson}, killed = ${killed},
        injured = ${injured},
      article_count = article_count + 1, updated_at = ${now} WHERE id = ${id}`);
  } else if (killed !== g.killed || injured !== g.injured) {
    await tx.run(
      sql`UPDATE event_groups SET killed = ${killed}, injured = ${injured}, article_count = article_count + 1,
        updated_at = ${now} WHERE id = ${id}`,
    );
  } else {
    await tx.run(sql`UPDATE event_groups SET article_count = article_count + 1, updated_at = ${now} WHERE id = ${id}`);
  }
}

const GroupHead = z.object({
  id: z.string(),
  geo_precision: GeoPrecision.nullable(),
  date_precision: DatePrecision,
  killed: z.coerce.number().int().nullable(),
  injured: z.coerce.number().int().nullable(),
});

const MemberRow = z.object({ id: z.string(), article_id: z.string(), ...WhatWhenWhere, match: z.string().nullable() });

/** Recomputes a group's row from its members' columns, or deletes it when none is left. */
export async function refreshGroup(tx: Db, id: string): Promise<void> {
  const rows = (
    await tx.all(sql`SELECT id, article_id, event_type, sub_event_type, date_start, date_end, date_precision,
      country_iso2, country,
    admin1, admin1_code, location, lat, lon, geo_precision, killed, injured, summary, match FROM events
      WHERE group_id = ${id}`)
  ).map((r) => MemberRow.parse(r));
  if (rows.length === 0) {
    await tx.run(sql`DELETE FROM event_groups WHERE id = ${id}`);
    return;
  }
  const rep = representative(rows);
  const killed = conservative(rows.map((m) => m.killed));
  const injured = conservative(rows.map((m) => m.injured));
  const articles = new Set(rows.map((r) => r.article_id)).size;
  const now = new Date().toISOString();
  await tx.run(sql`INSERT INTO event_groups (id, event_type, sub_event_type, date_start, date_end, date_precision,
    country_iso2, country, admin1,
    admin1_code, location, lat, lon, geo_precision, killed, injured, summary, article_count, match, updated_at)
    VALUES (${id}, ${rep.event_type}, ${rep.sub_event_type}, ${rep.date_start}, ${rep.date_end}, ${rep.date_precision},
    ${rep.country_iso2}, ${rep.country}, ${rep.admin1}, ${rep.admin1_code}, ${rep.location},
    ${rep.lat}, ${rep.lon}, ${rep.geo_precision}, ${killed}, ${injured}, ${rep.summary}, ${articles}, ${rep.match},
      ${now})
    ON CONFLICT (id) DO UPDATE SET event_type = excluded.event_type, sub_event_type = excluded.sub_event_type,
      date_start = excluded.date_start,
    date_end = excluded.date_end, date_precision = excluded.date_precision, country_iso2 = excluded.country_iso2,
      country = excluded.country,
    admin1 = excluded.admin1, admin1_code = excluded.admin1_code, location = excluded.location, lat = excluded.lat,
      lon = excluded.lon,
    geo_precision = excluded.geo_precision, killed = excluded.killed, injured = excluded.injured,
      summary = excluded.summary,
    article_count = excluded.article_count, match = excluded.match, updated_at = excluded.updated_at`);
}
