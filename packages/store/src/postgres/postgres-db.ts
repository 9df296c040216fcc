import pg from "pg";
import type { Db, Dialect } from "../db.js";
import { join, render, sql, type Sql } from "../sql.js";

/**
 * A search box query as a tsquery: websearch_to_tsquery reads words, "phrases", -not and OR, but
 * not prefixes, so each unquoted `word*` becomes `word:*` (and `-word*` its negation) beside it.
 */
const TSQUERY = (q: string) => {
  const prefixes: Array<{ word: string; negated: boolean }> = [];
  const rest = q.replace(/(^|\s)(-?)([\p{L}\p{N}]+)\*(?=\s|$)/gu, (_m, space: string, minus: string, word: string) => {
    prefixes.push({ word, negated: minus === "-" });
    return space;
  });
  if (prefixes.length === 0) return sql`websearch_to_tsquery('english', ${q})`;
  const parts = [
    ...(rest.trim() ? [sql`websearch_to_tsquery('english', ${rest})`] : []),
    ...prefixes.map((p) =>
      p.negated ? sql`!! to_tsquery('english', ${`${p.word}:*`})` : sql`to_tsquery('english', ${`${p.word}:*`})`,
    ),
  ];
  return sql`(${join(parts, " && ")})`;
};

const dialect: Dialect = {
  name: "postgres",
  ftsFrom: (q) => sql`CROSS JOIN (SELECT ${TSQUERY(q)} AS q) tsq`,
  ftsWhere: () => sql`a.search @@ tsq.q`,
  ftsRank: () => sql`(-ts_rank_cd(a.search, tsq.q))`,
  ftsNewest: () => null,
  // tsquery prefixes (word:*) use the GIN index as they are.
  vocabulary: () => null,
  ftsCount: (q, cap) =>
    sql`SELECT COUNT(*) AS n FROM (SELECT 1 FROM articles a WHERE a.search @@ ${TSQUERY(q)} LIMIT ${cap}) x`,
  ftsHas: (q) => sql`a.search @@ ${TSQUERY(q)}`,
  snippets: (q, ids) =>
    sql`SELECT a.id AS id, ts_headline('english', left(a.body, 100000), ${TSQUERY(q)},
      ${"StartSel=\u0002,StopSel=\u0003,MaxFragments=1,MaxWords=30,MinWords=12,FragmentDelimiter=…"}) AS snippet
        FROM articles a WHERE a.id IN (${join(
          ids.map((id) => sql`${id}`),
          ", ",
        )})`,
  hasTag: (tag) => sql`(a.tags::jsonb ? ${tag})`,
  groupingLock: (key) => sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`,
  lower: (column) => sql`lower(${column})`,
};

/** Errors worth running a transaction again for: serialization failure and deadlock. */
const RETRYABLE = new Set(["40001", "40P01"]);

/**
 * PostgreSQL through node-postgres. Transactions take a client of their own from the pool and
 * are retried when PostgreSQL asks for it, so concurrent ingests never fail because of each other.
 */
export function openPostgres(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 });
  // An idle client losing its connection must not take the process down.
  pool.on("error", () => undefined);

  const on = (client: pg.Pool | pg.PoolClient): Db => ({
    dialect,
    all: async (q: Sql) => {
      const { text, params } = render(q, "dollar");
      return (await client.query(text, params)).rows as Record<string, unknown>[];
    },
    run: async (q: Sql) => {
      const { text, params } = render(q, "dollar");
      return (await client.query(text, params)).rowCount ?? 0;
    },
    transaction: async <T>(fn: (tx: Db) => Promise<T>) => {
      if (client !== pool) return fn(on(client));
      for (let attempt = 1; ; attempt++) {
        const c = await pool.connect();
        try {
          await c.query("BEGIN");
          const result = await fn(on(c));
          await c.query("COMMIT");
          return result;
        } catch (error) {
          await c.query("ROLLBACK").catch(() => undefined);
          const code = (error as { code?: string }).code;
          if (!code || !RETRYABLE.has(code) || attempt >= 8) throw error;
          await new Promise((r) => setTimeout(r, 20 * attempt * Math.random()));
        } finally {
          c.release();
        }
      }
    },
    // Concurrent writers share PostgreSQL; each article keeps a transaction of its own.
    bulk: (fn) => fn(),
    // Other servers write too, and PostgreSQL has no cheap change counter: nothing is cached.
    version: async () => null,
    close: async () => {
      if (client === pool) await pool.end();
    },
  });
  return on(pool);
}
