import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { StoreWriteError } from "../config.js";
import type { Db, Dialect } from "../db.js";
import { toFts5Query } from "../fts-query.js";
import { join, raw, render, sql, type Sql } from "../sql.js";

// Group commit (see bulk). Each commit writes the full-text index a new segment to merge later:
// fewer, larger commits ingest faster (10,000 articles: 505/s at 64, 577/s at 512).
const GROUP_SIZE = 512;
const GROUP_MS = 1000;

const dialect: Dialect = {
  name: "sqlite",
  ftsFrom: () => raw("JOIN articles_fts ON articles_fts.rowid = a.seq"),
  ftsWhere: (q) => sql`articles_fts MATCH ${toFts5Query(q)}`,
  ftsRank: () => raw("bm25(articles_fts, 10.0, 1.0)"),
  vocabulary: (from, to, limit) =>
    sql`SELECT term FROM articles_vocab WHERE term >= ${from} AND term < ${to} LIMIT ${limit}`,
  ftsNewest: (q, n) =>
    sql`articles_fts.rowid >= COALESCE((SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${toFts5Query(q)}
      ORDER BY rowid DESC LIMIT 1 OFFSET ${n - 1}), 0)`,
  ftsCount: (q, cap) =>
    sql`SELECT COUNT(*) AS n FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${toFts5Query(q)}
      LIMIT ${cap})`,
  ftsHas: (q) =>
    sql`EXISTS (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ${toFts5Query(q)} AND articles_fts.rowid = a.seq)`,
  snippets: (q, ids) =>
    // The page's articles first (CROSS JOIN keeps that order), then the index probed at each:
    // driven from the index instead, a word most articles hold would be walked to the end.
    sql`SELECT a.id AS id, snippet(articles_fts, 1, char(2), char(3), '…', 24) AS snippet FROM articles a CROSS
      JOIN articles_fts ON articles_fts.rowid = a.seq
      WHERE a.id IN (${join(
        ids.map((id) => sql`${id}`),
        ", ",
      )}) AND articles_fts MATCH ${toFts5Query(q)}`,
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
  db.pragma("cache_size = -65536");
  db.pragma("mmap_size = 268435456");
  db.pragma("temp_store = MEMORY");
  // Checkpoint the log every 32 MB rather than every 4 MB: fewer pauses while ingesting.
  db.pragma("wal_autocheckpoint = 8192");
  const statements = new Map<string, Database.Statement>();
  const prepare = (text: string) => {
    let s = statements.get(text);
    if (!s) statements.set(text, (s = db.prepare(text)));
    return s;
  };
  // Transaction control as prepared statements: exec() would parse the SQL every time.
  const control = (text: string) => {
    const s = db.prepare(text);
    return () => void s.run();
  };
  // What this connection wrote (data_version only tells other connections' commits).
  let writes = 0;
  const dataVersion = db.prepare("PRAGMA data_version").pluck();
  const begin = control("BEGIN IMMEDIATE");
  const commit = control("COMMIT");
  const rollback = control("ROLLBACK");
  const savepoint = control("SAVEPOINT article");
  const release = control("RELEASE article");
  const rollbackTo = control("ROLLBACK TO article");
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => undefined);
    return next;
  };

  // Group commit (see bulk): one outer transaction, each article a savepoint inside it,
  // committed every GROUP_SIZE articles or GROUP_MS milliseconds.
  let bulkDepth = 0;
  let groupOpen = false;
  let grouped = 0;
  let timer: NodeJS.Timeout | undefined;
  let timerError: unknown;
  const commitGroup = () => {
    clearTimeout(timer);
    timer = undefined;
    const open = groupOpen && db.inTransaction;
    groupOpen = false;
    grouped = 0;
    if (open) guarded(commit);
  };
  // SQLite ends the transaction itself on some errors (a full disk): what follows then is told
  // apart from the error, which is the one worth reporting, in words (see writeError).
  const guarded = (step: () => void) => {
    try {
      step();
    } catch (error) {
      throw writeError(error, path);
    }
  };

  const direct = (inTransaction: boolean): Db => ({
    dialect,
    all: async (q: Sql) => {
      const { text, params } = render(q, "question");
      const s = prepare(text);
      if (s.reader) return s.all(...params) as Record<string, unknown>[];
      writes++;
      s.run(...params);
      return [];
    },
    run: async (q: Sql) => {
      const { text, params } = render(q, "question");
      writes++;
      return prepare(text).run(...params).changes;
    },
    transaction: async <T>(fn: (tx: Db) => Promise<T>) => {
      if (timerError) {
        const error = timerError;
        timerError = undefined;
        throw error;
      }
      writes++;
      if (inTransaction) return fn(direct(true));
      if (bulkDepth > 0) {
        if (!groupOpen) {
          begin();
          groupOpen = true;
          // A commit that fails on the timer fails the next write, not the process.
          timer = setTimeout(() => {
            exclusive(async () => commitGroup()).catch((error: unknown) => (timerError = error));
          }, GROUP_MS);
        }
        savepoint();
        try {
          const result = await fn(direct(true));
          release();
          if (++grouped >= GROUP_SIZE) commitGroup();
          return result;
        } catch (error) {
          if (db.inTransaction) {
            rollbackTo();
            release();
          } else {
            // SQLite rolled the whole group back: the next article opens a new one.
            groupOpen = false;
            grouped = 0;
          }
          throw writeError(error, path);
        }
      }
      begin();
      try {
        const result = await fn(direct(true));
        guarded(commit);
        return result;
      } catch (error) {
        if (db.inTransaction) rollback();
        throw writeError(error, path);
      }
    },
    bulk: async () => {
      throw new Error("bulk is entered through the top-level connection");
    },
    version: async () => `${String(dataVersion.get())}:${writes}`,
    close: async () => {
      commitGroup();
      db.close();
    },
  });

  const top = direct(false);
  return {
    dialect,
    all: (q) => exclusive(() => top.all(q)),
    run: (q) => exclusive(() => top.run(q)),
    transaction: (fn) => exclusive(() => top.transaction(fn)),
    bulk: async (fn) => {
      bulkDepth++;
      try {
        return await fn();
      } finally {
        if (--bulkDepth === 0) await exclusive(async () => commitGroup());
      }
    },
    version: () => exclusive(() => top.version()),
    close: () => exclusive(() => top.close()),
  };
}

/** What SQLite says when it cannot write, in words that name the file; other errors as they are. */
function writeError(error: unknown, path: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (error instanceof StoreWriteError || typeof code !== "string") return error;
  if (code === "SQLITE_FULL")
    return new StoreWriteError(`the disk is full: cannot write ${path} (free some space and run again)`);
  if (code.startsWith("SQLITE_READONLY")) return new StoreWriteError(`${path} is read-only: cannot write to it`);
  if (code.startsWith("SQLITE_IOERR"))
    return new StoreWriteError(`cannot write ${path}: the disk reported an error (${code})`);
  return error;
}
