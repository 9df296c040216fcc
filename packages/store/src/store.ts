import { PARSER_VERSION, acledRow, toAcledCsv, toGeoJson, type AcledRow } from "@sitrep/parser/light";
import type { Article, Event, ParseResult } from "@sitrep/schema";
import { describeLocation, storeLocation, type StoreLocation } from "./config.js";
import type { Db } from "./db.js";
import { representativeEvent as representative } from "./grouping.js";
import { migrate } from "./migrations.js";
import { ArticleQuery, EventQuery, parseQuery } from "./queries.js";
import {
  ARTICLE_SUMMARY_COLUMNS,
  CountRow,
  GroupLinkRow,
  MemberRefRow,
  StoredArticleRow,
  storedJson,
  toSummary,
} from "./rows.js";
import { badgesFor, searchArticles } from "./search-articles.js";
import { groupById, searchEvents } from "./search-events.js";
import { join, raw, sql } from "./sql.js";
import { openSqlite } from "./sqlite/sqlite-db.js";
import { articleFacets } from "./facets.js";
import { expandPrefixes } from "./prefix-terms.js";
import type {
  ArticleHit,
  EventGroup,
  EventGroupDetail,
  Facets,
  Failure,
  Feed,
  Page,
  PutOutcome,
  Stats,
  StoredArticle,
} from "./types.js";
import { putArticle, writeArticle } from "./write-article.js";
import type { ArticleInput, PreparedArticle } from "./prepare-article.js";
import { LRUCache } from "lru-cache";
import { z } from "zod";

export interface StoreOptions {
  /**
   * From how many matches a full-text query counts as common: then searches sorted by date walk
   * articles in date order instead of sorting every match (default 2000).
   */
  commonMatches?: number;
  /** Relevance ranks at most this many matches, the newest stored (default 5000; SQLite only). */
  relevancePool?: number;
  /** Keep recent answers to searches until the data changes (default true; benchmarks turn it off). */
  cacheAnswers?: boolean;
}

/**
 * The corpus: articles with their raw input and parse result, their events grouped across
 * articles, read and favourite state, failures and feeds. The same API on SQLite and PostgreSQL.
 */
const ResultRow = StoredArticleRow.pick({ result: true });
/** Only what a re-parse and the integrity check read of a stored result. */
const StoredFormat = z.object({
  result: storedJson(z.object({ article: z.object({ provenance: z.object({ format: z.string() }) }) })),
});
const ResultEvents = z.object({ result: storedJson(z.object({ events: z.array(z.unknown()) })) });

/** Reports an event page lists by default. */
export const MEMBERS_SHOWN = 200;

export class Store {
  /** Recent answers to reads, each with the data version it was computed at (see `cached`). */
  private readonly answers = new LRUCache<string, { version: string; value: object }>({ max: 500 });

  private constructor(
    private readonly db: Db,
    readonly location: StoreLocation,
    private readonly options: StoreOptions,
  ) {}

  /** Opens (and migrates) the store at `location`, or where the environment says. */
  static async open(location: StoreLocation = storeLocation(), options: StoreOptions = {}): Promise<Store> {
    // node-postgres loads only for a PostgreSQL store.
    const db =
      location.engine === "sqlite"
        ? openSqlite(location.path)
        : (await import("./postgres/postgres-db.js")).openPostgres(location.url);
    try {
      await migrate(db);
    } catch (error) {
      await db.close().catch(() => undefined);
      throw error;
    }
    return new Store(db, location, options);
  }

  get engine(): "sqlite" | "postgres" {
    return this.db.dialect.name;
  }

  describe(): string {
    return `${this.engine} ${describeLocation(this.location)}`;
  }

  close(): Promise<void> {
    return this.db.close();
  }

  putArticle(input: ArticleInput): Promise<PutOutcome> {
    return putArticle(this.db, input);
  }

  /**
   * Runs a large write (an ingest, a reparse) with group commit where the engine profits (SQLite):
   * each article is still written atomically, in a savepoint of its own, and groups of them are
   * committed every 64 articles or 100 ms. A crash loses at most the last group, never half an article.
   */
  bulk<T>(fn: () => Promise<T>): Promise<T> {
    return this.db.bulk(fn);
  }

  /** An article prepared off this thread (see prepareArticle): only the writing happens here. */
  putPrepared(article: PreparedArticle): Promise<PutOutcome> {
    return writeArticle(this.db, article);
  }

  async recordFailure(origin: string, reason: string): Promise<void> {
    const now = new Date().toISOString();
    await this.db
      .run(sql`INSERT INTO failures (origin, reason, attempts, first_at, last_at) VALUES (${origin}, ${reason}, 1,
        ${now}, ${now})
      ON CONFLICT (origin) DO UPDATE SET reason = excluded.reason, attempts = failures.attempts + 1,
        last_at = excluded.last_at`);
  }

  async failures(): Promise<Failure[]> {
    const rows = await this.db.all(
      sql`SELECT origin, reason, attempts, first_at, last_at FROM failures ORDER BY last_at DESC`,
    );
    return rows.map((r) => FailureRow.parse(r));
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const [row] = await this.db.all(
      sql`SELECT result, origin, is_read, is_favourite, ingested_at, updated_at FROM articles WHERE id = ${id}`,
    );
    if (!row) return null;
    const r = StoredArticleRow.parse(row);
    const links = await this.db.all(sql`SELECT id, group_id FROM events WHERE article_id = ${id}`);
    const groups = Object.fromEntries(
      links.map((l) => {
        const m = GroupLinkRow.parse(l);
        return [m.id, m.group_id];
      }),
    );
    return {
      result: r.result,
      origin: r.origin,
      read: r.is_read,
      favourite: r.is_favourite,
      ingestedAt: r.ingested_at,
      updatedAt: r.updated_at,
      groups,
    };
  }

  /** An article's parse result alone: what exports and event pages read, once per article. */
  private async resultOf(id: string): Promise<ParseResult | null> {
    const [row] = await this.db.all(sql`SELECT result FROM articles WHERE id = ${id}`);
    return row ? ResultRow.parse(row).result : null;
  }

  async searchArticles(query: ArticleQuery = {}): Promise<Page<ArticleHit>> {
    const parsed = parseQuery(ArticleQuery, query);
    return this.cached(["articles", parsed], async () =>
      searchArticles(this.db, await this.named(parsed), this.options.commonMatches, this.options.relevancePool),
    );
  }

  /** Countries, event types and sources of the articles a query matches, with counts. */
  async facets(query: ArticleQuery = {}): Promise<Facets> {
    const parsed = parseQuery(ArticleQuery, query);
    return this.cached(["facets", parsed], async () =>
      articleFacets(this.db, await this.named(parsed), { commonAt: this.options.commonMatches }),
    );
  }

  async searchEvents(query: EventQuery = {}): Promise<Page<EventGroup>> {
    const parsed = parseQuery(EventQuery, query);
    return this.cached(["events", parsed], async () =>
      searchEvents(this.db, await this.named(parsed), this.options.commonMatches),
    );
  }

  /** The query with its prefixes spelled out as the words they stand for (see prefix-terms.ts). */
  private async named<T extends { q?: string | undefined }>(query: T): Promise<T> {
    return query.q ? { ...query, q: await expandPrefixes(this.db, query.q) } : query;
  }

  /**
   * The answer to a read, from memory when nothing was written since it was computed: a site
   * or a terminal asks the same questions again and again. The engine's data version tells
   * (SQLite's data_version and this process's writes), so an answer is never stale. Answers
   * are shared: callers treat them as read-only.
   */
  private async cached<T extends object>(key: unknown[], compute: () => Promise<T>): Promise<T> {
    const version = this.options.cacheAnswers === false ? null : await this.db.version();
    if (version === null) return compute();
    const k = JSON.stringify(key);
    const hit = this.answers.get(k);
    if (hit && hit.version === version) return hit.value as T;
    const value = await compute();
    this.answers.set(k, { version, value });
    return value;
  }

  /**
   * A grouped event with its reports: every one, or the first `limit` (the group's
   * articleCount says how many there are; an event every outlet covers has thousands).
   */
  async getEventGroup(
    id: string,
    options: { limit?: number } = { limit: MEMBERS_SHOWN },
  ): Promise<EventGroupDetail | null> {
    const group = await groupById(this.db, id);
    if (!group) return null;
    const { members: events } = await this.members(id, options.limit);
    const ids = [...new Set(events.map((e) => e.articleId))];
    const badges = await badgesFor(this.db, ids);
    const articles = await this.summaries(ids);
    const members = events.map((event) => ({
      event,
      article: { ...articles.get(event.articleId)!, events: badges.get(event.articleId) ?? [] },
    }));
    return { ...group, members };
  }

  /** A group's member events (kept in their articles' parse results) and those articles. */
  private async members(groupId: string, limit?: number): Promise<{ members: Event[]; articles: Article[] }> {
    // In the index's order (group, article), so a limit stops early in a group of any size.
    const refs = (
      await this.db.all(
        sql`SELECT id, article_id FROM events WHERE group_id = ${groupId} ORDER BY group_id,
          article_id ${limit ? sql`LIMIT ${limit}` : raw("")}`,
      )
    ).map((r) => MemberRefRow.parse(r));
    const results: ParseResult[] = [];
    for (const articleId of new Set(refs.map((r) => r.article_id))) {
      const result = await this.resultOf(articleId);
      if (result) results.push(result);
    }
    // First reported first; sources of one day by name, so exports are stable.
    const name = (a: Article) => a.source.name ?? a.source.domain ?? "";
    results.sort(
      (a, b) =>
        (a.article.publishedAt ?? "").localeCompare(b.article.publishedAt ?? "") ||
        name(a.article).localeCompare(name(b.article)),
    );
    const wanted = new Set(refs.map((r) => r.id));
    return {
      members: results.flatMap((r) => r.events.filter((e) => wanted.has(e.id))),
      articles: results.map((r) => r.article),
    };
  }

  private async summaries(ids: readonly string[]) {
    const out = new Map<string, ReturnType<typeof toSummary>>();
    if (ids.length === 0) return out;
    const rows = await this.db.all(
      sql`SELECT ${raw(ARTICLE_SUMMARY_COLUMNS)} FROM articles a WHERE a.id IN (${join(
        ids.map((id) => sql`${id}`),
        ", ",
      )})`,
    );
    for (const row of rows) {
      const summary = toSummary(row);
      out.set(summary.id, summary);
    }
    return out;
  }

  async setRead(id: string, read: boolean): Promise<boolean> {
    return (await this.db.run(sql`UPDATE articles SET is_read = ${read ? 1 : 0} WHERE id = ${id}`)) > 0;
  }

  async setFavourite(id: string, favourite: boolean): Promise<boolean> {
    return (await this.db.run(sql`UPDATE articles SET is_favourite = ${favourite ? 1 : 0} WHERE id = ${id}`)) > 0;
  }

  async addFeed(url: string, title: string | null = null): Promise<boolean> {
    return (
      (await this.db.run(
        sql`INSERT INTO feeds (url, title, added_at) VALUES (${url}, ${title}, ${new Date().toISOString()})
          ON CONFLICT (url) DO NOTHING`,
      )) > 0
    );
  }

  async removeFeed(url: string): Promise<boolean> {
    return (await this.db.run(sql`DELETE FROM feeds WHERE url = ${url}`)) > 0;
  }

  async feeds(): Promise<Feed[]> {
    const rows = await this.db.all(
      sql`SELECT url, title, etag, last_modified, checked_at, status, added_at FROM feeds ORDER BY added_at, url`,
    );
    return rows.map((r) => FeedRow.parse(r));
  }

  async updateFeed(
    url: string,
    state: { title?: string | null; etag: string | null; lastModified: string | null; status: string },
  ): Promise<void> {
    await this.db.run(sql`UPDATE feeds SET title = COALESCE(${state.title ?? null}, title), etag = ${state.etag},
        last_modified = ${state.lastModified},
      status = ${state.status}, checked_at = ${new Date().toISOString()} WHERE url = ${url}`);
  }

  /** Every stored input, for re-parsing: all, or only those an older parser read. */
  async *rawInputs(options: { all?: boolean } = {}): AsyncGenerator<{
    id: string;
    origin: string;
    raw: Uint8Array;
    url: string | null;
    publishedAt: string | null;
    format: string;
  }> {
    let after = "";
    for (;;) {
      const rows = await this.db.all(sql`SELECT id, origin, raw, url, published_at, result FROM articles
        WHERE id > ${after} ${options.all ? raw("") : sql`AND parser_version <> ${PARSER_VERSION}`} ORDER BY id
          LIMIT 200`);
      if (rows.length === 0) return;
      for (const r of rows) {
        const format = StoredFormat.parse(r).result.article.provenance.format;
        yield {
          id: String(r.id),
          origin: String(r.origin),
          raw: r.raw as Uint8Array,
          url: (r.url as string | null) ?? null,
          publishedAt: (r.published_at as string | null) ?? null,
          format,
        };
      }
      after = String(rows[rows.length - 1]!.id);
    }
  }

  /** The articles a query matches, whole, for a JSON lines export. */
  async *exportArticles(query: ArticleQuery = {}): AsyncGenerator<ParseResult> {
    let cursor: string | undefined;
    do {
      const page = await this.searchArticles({ ...query, limit: 200, cursor });
      for (const hit of page.items) {
        const result = await this.resultOf(hit.id);
        if (result) yield result;
      }
      cursor = page.next ?? undefined;
    } while (cursor);
  }

  /** One ACLED row per grouped event, naming every source ("A; B"), fatalities the most conservative. */
  async *exportAcledRows(query: EventQuery = {}): AsyncGenerator<AcledRow> {
    for await (const { group, members, articles } of this.groupsWithMembers(query)) {
      const rep = representative(members);
      const row = acledRow(rep, articles);
      yield { ...row, fatalities: group.killed === null ? "" : String(group.killed) };
    }
  }

  async exportAcledCsv(query: EventQuery = {}): Promise<string> {
    const rows: AcledRow[] = [];
    for await (const row of this.exportAcledRows(query)) rows.push(row);
    return toAcledCsv(rows);
  }

  async exportGeoJson(query: EventQuery = {}): Promise<ReturnType<typeof toGeoJson>> {
    const items: Array<{ article: Article; events: Event[] }> = [];
    for await (const { members, articles } of this.groupsWithMembers(query)) {
      const rep = representative(members);
      const article = articles.find((a) => a.id === rep.articleId) ?? articles[0]!;
      items.push({ article, events: [rep] });
    }
    return toGeoJson(items);
  }

  private async *groupsWithMembers(query: EventQuery) {
    let cursor: string | undefined;
    do {
      const page = await this.searchEvents({ ...query, limit: 200, cursor });
      for (const group of page.items) yield { group, ...(await this.members(group.id)) };
      cursor = page.next ?? undefined;
    } while (cursor);
  }

  /**
   * Problems a crash or a bug could leave, as sentences; empty when the store is consistent:
   * the engine's own integrity check, the full-text index against the articles, events
   * without their article, groups without members or members without their group.
   */
  async check(): Promise<string[]> {
    const problems: string[] = [];
    const n = async (q: ReturnType<typeof sql>) => CountRow.parse((await this.db.all(q))[0]).n;
    if (this.engine === "sqlite") {
      const rows = await this.db.all(sql`PRAGMA integrity_check`);
      const verdict = rows.map((r) => String(Object.values(r)[0])).join("; ");
      if (verdict !== "ok") problems.push(`SQLite integrity check: ${verdict}`);
      try {
        await this.db.run(sql`INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)`);
      } catch (error) {
        problems.push(`the full-text index does not match the articles: ${(error as Error).message}`);
      }
    }
    const orphans = await n(
      sql`SELECT COUNT(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = e.article_id)`,
    );
    if (orphans > 0) problems.push(`${orphans} events belong to no article`);
    const ungrouped = await n(
      sql`SELECT COUNT(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_groups g WHERE g.id = e.group_id)`,
    );
    if (ungrouped > 0) problems.push(`${ungrouped} events point at a missing group`);
    const empty = await n(
      sql`SELECT COUNT(*) AS n FROM event_groups g WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.group_id = g.id)`,
    );
    if (empty > 0) problems.push(`${empty} groups have no events`);
    // Articles with no event rows, whose stored result (compressed, so not for SQL to read) has events.
    let eventless = 0;
    let after = "";
    for (;;) {
      const rows = await this.db.all(sql`SELECT a.id, a.result FROM articles a WHERE a.id > ${after}
        AND NOT EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id) ORDER BY a.id LIMIT 500`);
      if (rows.length === 0) break;
      for (const row of rows) if (ResultEvents.parse(row).result.events.length > 0) eventless++;
      after = String(rows[rows.length - 1]!.id);
    }
    if (eventless > 0) problems.push(`${eventless} articles lost their events`);
    return problems;
  }

  async stats(): Promise<Stats> {
    const count = async (table: string) =>
      CountRow.parse((await this.db.all(sql`SELECT COUNT(*) AS n FROM ${raw(table)}`))[0]).n;
    const [articles, events, eventGroups, failures, feeds] = await Promise.all(
      ["articles", "events", "event_groups", "failures", "feeds"].map(count),
    );
    const [range] = await this.db.all(sql`SELECT MIN(sort_day) AS first, MAX(sort_day) AS last FROM articles`);
    const top = async (q: ReturnType<typeof sql>) =>
      (await this.db.all(q)).map((r) => ({ name: String(r.name), count: Number(r.n) }));
    const topSources = await top(
      sql`SELECT COALESCE(source_name, source_domain, '(unknown)') AS name, COUNT(*) AS n FROM articles
        GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10`,
    );
    const topCountries = await top(
      sql`SELECT country AS name, COUNT(*) AS n FROM event_groups WHERE country IS NOT NULL
        GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10`,
    );
    const outdated = CountRow.parse(
      (await this.db.all(sql`SELECT COUNT(*) AS n FROM articles WHERE parser_version <> ${PARSER_VERSION}`))[0],
    ).n;
    return {
      engine: this.engine,
      location: describeLocation(this.location),
      articles: articles!,
      events: events!,
      eventGroups: eventGroups!,
      failures: failures!,
      feeds: feeds!,
      firstDay: (range?.first as string | null) ?? null,
      lastDay: (range?.last as string | null) ?? null,
      topSources,
      topCountries,
      outdated,
    };
  }
}

const FailureRow = z
  .object({
    origin: z.string(),
    reason: z.string(),
    attempts: z.coerce.number().int(),
    first_at: z.string(),
    last_at: z.string(),
  })
  .transform((r): Failure => ({
    origin: r.origin,
    reason: r.reason,
    attempts: r.attempts,
    firstAt: r.first_at,
    lastAt: r.last_at,
  }));

const FeedRow = z
  .object({
    url: z.string(),
    title: z.string().nullable(),
    etag: z.string().nullable(),
    last_modified: z.string().nullable(),
    checked_at: z.string().nullable(),
    status: z.string().nullable(),
    added_at: z.string(),
  })
  .transform((r): Feed => ({
    url: r.url,
    title: r.title,
    etag: r.etag,
    lastModified: r.last_modified,
    checkedAt: r.checked_at,
    status: r.status,
    addedAt: r.added_at,
  }));
