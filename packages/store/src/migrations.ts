import type { Db, EngineName } from "./db.js";
import { raw, sql } from "./sql.js";

export interface Migration {
  version: number;
  name: string;
  /** One statement each; the engines' SQL differs, so each has its own. */
  statements: Record<EngineName, string[]>;
}

/** What an event and a group of events both say: type, dates, place, toll. */
const WHAT_WHEN_WHERE = (real: string) => `  event_type TEXT NOT NULL,
  sub_event_type TEXT NOT NULL,
  date_start TEXT,
  date_end TEXT,
  date_precision TEXT NOT NULL,
  country_iso2 TEXT,
  country TEXT,
  admin1 TEXT,
  admin1_code TEXT,
  location TEXT,
  lat ${real},
  lon ${real},
  geo_precision TEXT,
  killed INTEGER,
  injured INTEGER,`;

const EVENT_COLUMNS = (real: string) => `
  id TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  group_id TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
${WHAT_WHEN_WHERE(real)}
  actors TEXT NOT NULL,
  salience TEXT NOT NULL,
  summary TEXT NOT NULL,
  match TEXT,
  PRIMARY KEY (article_id, ordinal)`;

const GROUP_COLUMNS = (real: string) => `
  id TEXT PRIMARY KEY,
${WHAT_WHEN_WHERE(real)}
  summary TEXT NOT NULL,
  article_count INTEGER NOT NULL,
  match TEXT,
  updated_at TEXT NOT NULL`;

const EVENT_NAMES = columnNames(EVENT_COLUMNS("REAL"));
const GROUP_NAMES = columnNames(GROUP_COLUMNS("REAL"));

const ARTICLE_COLUMNS = (blob: string) => `
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  url TEXT,
  source_name TEXT,
  source_domain TEXT,
  title TEXT NOT NULL,
  standfirst TEXT,
  body TEXT NOT NULL,
  published_at TEXT,
  sort_key TEXT NOT NULL,
  sort_day TEXT NOT NULL,
  reading_minutes INTEGER NOT NULL,
  language TEXT,
  tags TEXT NOT NULL,
  origin TEXT NOT NULL,
  raw ${blob} NOT NULL,
  result TEXT NOT NULL,
  parser_version TEXT NOT NULL,
  is_read INTEGER NOT NULL DEFAULT 0,
  is_favourite INTEGER NOT NULL DEFAULT 0,
  ingested_at TEXT NOT NULL,
  updated_at TEXT NOT NULL`;

const GROUP_INDEXES = [
  "CREATE INDEX groups_match ON event_groups (country_iso2, sub_event_type, admin1_code, date_end)",
  "CREATE INDEX groups_near ON event_groups (country_iso2, sub_event_type, date_end)",
  "CREATE INDEX groups_sort ON event_groups ((COALESCE(date_start, '')), id)",
  "CREATE INDEX groups_deadliest ON event_groups ((COALESCE(killed, -1)), id)",
];

const GROUPING_INDEXES_V5 = [
  "DROP INDEX groups_match",
  "DROP INDEX groups_near",
  "CREATE INDEX groups_match ON event_groups (country_iso2, sub_event_type, admin1_code, date_end, date_start, " +
    "geo_precision, lat, lon) WHERE match IS NOT NULL",
  "CREATE INDEX groups_near ON event_groups (country_iso2, sub_event_type, date_end, date_start, geo_precision, " +
    "lat, lon) WHERE match IS NOT NULL",
];

/** The column names of a table definition above, for copying rows between versions. */
function columnNames(definition: string): string {
  return definition
    .split("\n")
    .map((line) => /^\s*([a-z_0-9]+) [A-Z]/.exec(line)?.[1])
    .filter((name): name is string => !!name && name !== "PRIMARY")
    .join(", ");
}

const COMMON_INDEXES = [
  "CREATE INDEX articles_sort ON articles (sort_key, id)",
  "CREATE INDEX articles_day ON articles (sort_day)",
  "CREATE INDEX articles_source ON articles (source_domain)",
  "CREATE INDEX events_group ON events (group_id, article_id)",
  ...GROUP_INDEXES,
  `CREATE TABLE failures (
    origin TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    first_at TEXT NOT NULL,
    last_at TEXT NOT NULL)`,
  `CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    title TEXT,
    etag TEXT,
    last_modified TEXT,
    checked_at TEXT,
    status TEXT,
    added_at TEXT NOT NULL)`,
];

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "articles, events, event groups, failures, feeds",
    statements: {
      sqlite: [
        `CREATE TABLE articles (seq INTEGER PRIMARY KEY, ${ARTICLE_COLUMNS("BLOB")})`,
        `CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='seq', ` +
          `tokenize='porter unicode61 remove_diacritics 2')`,
        `CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
           INSERT INTO articles_fts (rowid, title, body) VALUES (new.seq, new.title, new.body); END`,
        `CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
           INSERT INTO articles_fts (articles_fts, rowid, title, body) ` +
          `VALUES ('delete', old.seq, old.title, old.body); END`,
        `CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
           INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
           INSERT INTO articles_fts (rowid, title, body) VALUES (new.seq, new.title, new.body); END`,
        // Clustered on their keys: fewer B-trees to touch for every article written.
        `CREATE TABLE event_groups (${GROUP_COLUMNS("REAL")}) WITHOUT ROWID`,
        `CREATE TABLE events (${EVENT_COLUMNS("REAL")}) WITHOUT ROWID`,
        ...COMMON_INDEXES,
      ],
      postgres: [
        `CREATE TABLE articles (${ARTICLE_COLUMNS("BYTEA")},
           search tsvector GENERATED ALWAYS AS (
             setweight(to_tsvector('english', title), 'A') || ` +
          `setweight(to_tsvector('english', left(body, 400000)), 'B')) STORED)`,
        "CREATE INDEX articles_search ON articles USING GIN (search)",
        `CREATE TABLE event_groups (${GROUP_COLUMNS("DOUBLE PRECISION")})`,
        `CREATE TABLE events (${EVENT_COLUMNS("DOUBLE PRECISION")})`,
        ...COMMON_INDEXES,
      ],
    },
  },
  {
    version: 2,
    name: "index of deadly events by date",
    // "With fatalities", newest first: a partial index holds only those, so the search seeks
    // instead of walking every event of the corpus to find the few with a toll.
    statements: {
      sqlite: ["CREATE INDEX groups_deadly_sort ON event_groups ((COALESCE(date_start, '')), id) WHERE killed > 0"],
      postgres: ["CREATE INDEX groups_deadly_sort ON event_groups ((COALESCE(date_start, '')), id) WHERE killed > 0"],
    },
  },
  {
    version: 3,
    name: "the full-text index's vocabulary",
    // FTS5 answers "strike*" by merging the postings of every word that starts so, again for each
    // article it checks; the vocabulary lets a search name those words instead (see prefix-terms.ts).
    statements: {
      sqlite: ["CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, 'row')"],
      postgres: [],
    },
  },
  {
    version: 4,
    name: "events and event groups as rowid tables",
    statements: {
      // Rows of 300-700 bytes in a WITHOUT ROWID table keyed by a random id land on a random page
      // and split it: writing one article touched about 14 pages of these two tables. As rowid
      // tables, new rows are appended and only small index entries land at random.
      sqlite: [
        `CREATE TABLE events_v4 (seq INTEGER PRIMARY KEY, ` +
          `${EVENT_COLUMNS("REAL").replace(/,\s*PRIMARY KEY \(article_id, ordinal\)$/, "")})`,
        `INSERT INTO events_v4 (${EVENT_NAMES}) SELECT ${EVENT_NAMES} FROM events ORDER BY article_id, ordinal`,
        "DROP TABLE events",
        "ALTER TABLE events_v4 RENAME TO events",
        "CREATE UNIQUE INDEX events_key ON events (article_id, ordinal)",
        "CREATE INDEX events_group ON events (group_id, article_id)",
        `CREATE TABLE event_groups_v4 (seq INTEGER PRIMARY KEY, ` +
          `${GROUP_COLUMNS("REAL").replace("id TEXT PRIMARY KEY", "id TEXT NOT NULL UNIQUE")})`,
        `INSERT INTO event_groups_v4 (${GROUP_NAMES}) SELECT ${GROUP_NAMES} FROM event_groups ORDER BY id`,
        "DROP TABLE event_groups",
        "ALTER TABLE event_groups_v4 RENAME TO event_groups",
        ...GROUP_INDEXES,
        "CREATE INDEX groups_deadly_sort ON event_groups ((COALESCE(date_start, '')), id) WHERE killed > 0",
      ],
      postgres: [],
    },
  },
  {
    version: 5,
    name: "grouping's indexes hold only groups an event can join",
    // Most groups are statements or strikes "in Iraq": no other report can join them (they have
    // no match key), yet every one of them was an entry in both grouping indexes, written at a
    // random place of each. Partial indexes leave them out, and the columns a candidate is sifted
    // on ride in the index, so only groups that pass are read from the table.
    statements: {
      sqlite: GROUPING_INDEXES_V5,
      postgres: GROUPING_INDEXES_V5,
    },
  },
  {
    version: 6,
    name: "parse results are stored deflated",
    // A result is mostly events and deflates about five to one (see stored-result.ts). Older
    // rows keep their JSON text, which reads back as before. SQLite stores a blob as it is in a
    // TEXT column, so only PostgreSQL's column changes type.
    statements: {
      sqlite: [],
      postgres: ["ALTER TABLE articles ALTER COLUMN result TYPE BYTEA USING convert_to(result, 'UTF8')"],
    },
  },
];

/**
 * Brings the database to the newest version in one transaction. Concurrent starts (three
 * ingests at once) wait on a lock on PostgreSQL and on SQLite's writer lock; DDL is
 * transactional in both, so a failed migration leaves the database as it was.
 */
export async function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<number> {
  // Up to date, as nearly always: no write lock, so a reader opening the store never waits for
  // an ingest that holds the writer's lock.
  if (await upToDate(db, migrations)) return 0;
  return db.transaction(async (tx) => {
    if (tx.dialect.name === "postgres") await tx.all(sql`SELECT pg_advisory_xact_lock(727274)`);
    await tx.run(
      raw(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, " +
          "applied_at TEXT NOT NULL)",
      ),
    );
    const rows = await tx.all(sql`SELECT version FROM schema_migrations`);
    const done = new Set(rows.map((r) => Number(r.version)));
    let applied = 0;
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      for (const statement of m.statements[tx.dialect.name]) await tx.run(raw(statement));
      await tx.run(
        sql`INSERT INTO schema_migrations (version, name, applied_at) VALUES (${m.version}, ${m.name},
          ${new Date().toISOString()})`,
      );
      applied++;
    }
    return applied;
  });
}

async function upToDate(db: Db, migrations: readonly Migration[]): Promise<boolean> {
  try {
    const done = new Set((await db.all(sql`SELECT version FROM schema_migrations`)).map((r) => Number(r.version)));
    return migrations.every((m) => done.has(m.version));
  } catch {
    // No schema_migrations yet: a new store.
    return false;
  }
}

export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));
