import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Db, Dialect } from "../db.js";
import { toFts5Query } from "../fts-query.js";
import { join, raw, render, sql, type Sql } from "../sql.js";

const dialect: Dialect = {
  name: "sqlite",
  ftsFrom: () => raw("JOIN articles_fts ON articles_fts.rowid = a.seq"),
  ftsWhere: (q) => sql`articles_fts MATCH ${toFts5Query(q)}`,
  ftsRank: () => raw("bm25(articles_fts, 10.0, 1.0)"),
  snippets: (q, ids) =>
    sql`SELECT a.id AS id, snippet(articles_fts, 1, char(2), char(3), '…', 24) AS snippet FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ${toFts5Query(q)} AND a.id IN (${join(ids.map((id) => sql`${id}`), ", ")})`,
  hasTag: (tag) => sql`EXISTS (SELECT 1 FROM json_each(a.tags) WHERE json_each.value = ${tag})`,
  groupingLock: () => null,
  lower: (column) => sql`lower(${column})`,
};

/**
 * SQLite through better-sqlite3: one file, WAL so readers (the website) never block the
 * writer (an ingest), and a busy timeout so two writers wait for each other instead of failing.
 * better-sqlite3 is synchronous; a queue keeps one transaction at a time on the connection.
 */
export function openSqlite(path: string): Db {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 10000");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  const statements = new Map<string, Database.Statement>();
  const prepare = (text: string) => {
    let s = statements.get(text);
    if (!s) statements.set(text, (s = db.prepare(text)));
    return s;
  };
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => undefined);
    return next;
  };

  const direct = (inTransaction: boolean): Db => ({
    dialect,
    all: async (q: Sql) => {
      const { text, params } = render(q, "question");
      const s = prepare(text);
      return s.reader ? (s.all(...params) as Record<string, unknown>[]) : (s.run(...params), []);
    },
    run: async (q: Sql) => {
      const { text, params } = render(q, "question");
      return prepare(text).run(...params).changes;
    },
    transaction: async <T>(fn: (tx: Db) => Promise<T>) => {
      if (inTransaction) return fn(direct(true));
      db.exec("BEGIN IMMEDIATE");
      try {
        const result = await fn(direct(true));
        db.exec("COMMIT");
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec("ROLLBACK");
        throw error;
      }
    },
    close: async () => {
      db.close();
    },
  });

  const top = direct(false);
  return {
    dialect,
    all: (q) => exclusive(() => top.all(q)),
    run: (q) => exclusive(() => top.run(q)),
    transaction: (fn) => exclusive(() => top.transaction(fn)),
    close: () => exclusive(() => top.close()),
  };
}
