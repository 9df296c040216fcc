import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "./db.js";
import { MIGRATIONS, migrate } from "./migrations.js";
import { sql } from "./sql.js";
import { openPostgres } from "./postgres/postgres-db.js";
import { openSqlite } from "./sqlite/sqlite-db.js";
import { Store } from "./store.js";
import { ENGINES } from "./testing.js";
import { putArticle } from "./write-article.js";
import { OTHER_COUNT, OTHER_PLACE, REPORT_A, REPORT_B } from "./test-support/articles.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A store as an older version left it, written by the same code: its path, and the open connection. */
async function oldStore(version: number): Promise<{ path: string; old: Db }> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-migrate-"));
  dirs.push(dir);
  const path = join(dir, "old.db");
  const old = openSqlite(path);
  await migrate(
    old,
    MIGRATIONS.filter((m) => m.version <= version),
  );
  return { path, old };
}

describe("upgrading a SQLite store written by an older version", () => {
  it("keeps every event and group when events and groups become rowid tables (migration 4)", async () => {
    const { path, old } = await oldStore(3);
    for (const input of [REPORT_A, REPORT_B, OTHER_PLACE]) await putArticle(old, input);
    const before = await old.all(sql`SELECT id, article_id, group_id, ordinal, killed, match FROM events ORDER BY id`);
    const groupsBefore = await old.all(sql`SELECT id, article_count, killed, match FROM event_groups ORDER BY id`);
    await old.close();
    expect(before.length).toBeGreaterThan(2);

    const store = await Store.open({ engine: "sqlite", path });
    try {
      expect(await store.check()).toEqual([]);
      const upgraded = await store.searchEvents({ limit: 50 });
      const shared = upgraded.items.find((g) => g.articleCount === 2);
      expect(shared?.sources.map((s) => new URL(s.url!).hostname).sort()).toEqual(["alpha.example", "beta.example"]);
      // Written after the upgrade: another attack gets a group of its own.
      expect((await store.putArticle(OTHER_COUNT)).status).toBe("added");
    } finally {
      await store.close();
    }
    const db = openSqlite(path);
    expect(
      await db.all(
        sql`SELECT id, article_id, group_id, ordinal, killed, match FROM events WHERE article_id <> ${OTHER_COUNT.result.article.id} ORDER BY id`,
      ),
    ).toEqual(before);
    const groupsAfter = await db.all(sql`SELECT id, article_count, killed, match FROM event_groups ORDER BY id`);
    expect(groupsAfter.filter((g) => groupsBefore.some((b) => b.id === g.id))).toEqual(groupsBefore);
    expect(groupsAfter.length).toBeGreaterThan(groupsBefore.length);
    expect(
      await db.all(
        sql`SELECT name FROM sqlite_schema WHERE name IN ('events_key', 'events_group', 'groups_match', 'groups_deadly_sort') ORDER BY name`,
      ),
    ).toEqual([
      { name: "events_group" },
      { name: "events_key" },
      { name: "groups_deadly_sort" },
      { name: "groups_match" },
    ]);
    await db.close();
  });

  it("keeps grouping across the upgrade when grouping's indexes leave out groups nothing can join (migration 5)", async () => {
    const { path, old } = await oldStore(4);
    await putArticle(old, REPORT_A);
    await old.close();

    const store = await Store.open({ engine: "sqlite", path });
    try {
      expect(await store.check()).toEqual([]);
      // The second report of the attack, written after the upgrade, finds the group the first made before it.
      expect((await store.putArticle(REPORT_B)).status).toBe("added");
      expect((await store.putArticle(OTHER_PLACE)).status).toBe("added");
      const groups = (await store.searchEvents({ limit: 50 })).items;
      expect(groups.filter((g) => g.articleCount === 2)).toHaveLength(1);
      expect(
        groups
          .find((g) => g.articleCount === 2)
          ?.sources.map((s) => new URL(s.url!).hostname)
          .sort(),
      ).toEqual(["alpha.example", "beta.example"]);
    } finally {
      await store.close();
    }
  });
});

describe("upgrading a store whose parse results are JSON text (migration 6)", () => {
  for (const engine of ENGINES) {
    it(`reads the old results and the new on ${engine.name}`, async () => {
      const { location, drop } = await engine.fresh();
      const old = location.engine === "sqlite" ? openSqlite(location.path) : openPostgres(location.url);
      try {
        // Version 5 as it was: this code writes only deflated results, so the article is written
        // at version 6 and taken back: the column as text again, the result as JSON text.
        await migrate(old);
        await putArticle(old, REPORT_A);
        if (location.engine === "postgres")
          await old.run(sql`ALTER TABLE articles ALTER COLUMN result TYPE TEXT USING ''`);
        await old.run(sql`UPDATE articles SET result = ${JSON.stringify(REPORT_A.result)}`);
        await old.run(sql`DELETE FROM schema_migrations WHERE version = 6`);
      } finally {
        await old.close();
      }
      const store = await Store.open(location);
      try {
        expect(await store.check()).toEqual([]);
        expect((await store.getArticle(REPORT_A.result.article.id))?.result).toEqual(REPORT_A.result);
        expect((await store.putArticle(REPORT_B)).status).toBe("added");
        expect((await store.getArticle(REPORT_B.result.article.id))?.result).toEqual(REPORT_B.result);
        // The report written after the upgrade joins the group the old one made.
        const groups = (await store.searchEvents({ limit: 50 })).items;
        expect(groups.filter((g) => g.articleCount === 2)).toHaveLength(1);
        // A re-parse reads each article's input format from its stored result, old or new.
        const formats: Record<string, string> = {};
        for await (const input of store.rawInputs({ all: true })) formats[input.id] = input.format;
        expect(formats).toEqual(
          Object.fromEntries(
            [REPORT_A, REPORT_B].map((r) => [r.result.article.id, r.result.article.provenance.format]),
          ),
        );
      } finally {
        await store.close();
        await drop();
      }
    });
  }
});

describe("the integrity check", () => {
  for (const engine of ENGINES) {
    it(`finds an article whose events were lost, though its stored result is compressed, on ${engine.name}`, async () => {
      const { location, drop } = await engine.fresh();
      try {
        const store = await Store.open(location);
        await store.putArticle(REPORT_A);
        await store.putArticle(OTHER_PLACE);
        expect(await store.check()).toEqual([]);
        await store.close();
        const db = location.engine === "sqlite" ? openSqlite(location.path) : openPostgres(location.url);
        await db.run(sql`DELETE FROM events WHERE article_id = ${REPORT_A.result.article.id}`);
        await db.close();
        const reopened = await Store.open(location);
        expect(await reopened.check()).toContain("1 articles lost their events");
        await reopened.close();
      } finally {
        await drop();
      }
    });
  }
});
