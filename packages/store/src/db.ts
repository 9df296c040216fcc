import type { Sql } from "./sql.js";

export type EngineName = "sqlite" | "postgres";

/** What differs between the engines beyond placeholders: full-text search, JSON, locks. */
export interface Dialect {
  readonly name: EngineName;
  /** Joins the full-text index to `articles a` for the query `q` (user words, not syntax). */
  ftsFrom(q: string): Sql;
  /** The match condition for the same query. */
  ftsWhere(q: string): Sql;
  /** A rank, lower is better. */
  ftsRank(): Sql;
  /** How many articles match, counting no further than `cap` (rows {n}). */
  ftsCount(q: string, cap: number): Sql;
  /**
   * With the full-text join: only the newest `n` matches (in the order they were stored), or null
   * where the engine has no cheap way to tell. Ranking every match of a word nearly every article
   * holds costs a scan; ranking the newest few thousand does not.
   */
  ftsNewest(q: string, n: number): Sql | null;
  /** Indexed words from `from` (inclusive) to `to` (exclusive), rows {term}; null where there is no such list. */
  vocabulary(from: string, to: string, limit: number): Sql | null;
  /** Whether article `a` matches, as a condition that needs no join: for walking articles in date order. */
  ftsHas(q: string): Sql;
  /** Snippets with hits between \u0002 and \u0003 for the given article ids: rows {id, snippet}. */
  snippets(q: string, ids: readonly string[]): Sql;
  /** Articles whose tags (a JSON array) hold the tag. */
  hasTag(tag: string): Sql;
  /** Serialises concurrent writers that group events of one kind in one country. */
  groupingLock(key: string): Sql | null;
  /** Lowercase comparison-friendly text. */
  lower(column: Sql): Sql;
}

/** One engine's connection: the store's logic runs on this, the same for both. */
export interface Db {
  readonly dialect: Dialect;
  all(query: Sql): Promise<Record<string, unknown>[]>;
  run(query: Sql): Promise<number>;
  /** Runs fn in one transaction: all of it is kept, or none. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /**
   * Runs fn with group commit where the engine profits from it (SQLite): every transaction
   * inside is still atomic on its own (a savepoint), but several are committed together.
   */
  bulk<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * A token that changes whenever the data may have changed, by this process or another; null
   * when the engine cannot tell cheaply (then the store caches nothing).
   */
  version(): Promise<string | null>;
  close(): Promise<void>;
}
