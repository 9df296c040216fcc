import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Store } from "./store.js";
import { article } from "./test-support/articles.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const story = (n: number) =>
  article({
    url: `https://cache.example/${n}`,
    title: `Clash ${n} in Diyala`,
    published: "5 December 2019",
    body: [`Gunmen clashed with police in Baqubah on Wednesday, killing ${n} officers, officials said.`],
  });

describe("answers kept in memory", () => {
  it("are never stale: a write by this store or by another process shows at once", async () => {
    const path = join(dir, "shared.db");
    const reader = await Store.open({ engine: "sqlite", path });
    const writer = await Store.open({ engine: "sqlite", path });
    try {
      await reader.putArticle(story(1));
      const first = await reader.searchArticles({ q: "Diyala" });
      expect(first.items).toHaveLength(1);
      expect(await reader.searchArticles({ q: "Diyala" })).toBe(first);
      // Another connection (the CLI while the website reads) commits a new article.
      await writer.putArticle(story(2));
      expect((await reader.searchArticles({ q: "Diyala" })).items).toHaveLength(2);
      expect((await reader.searchEvents({ admin1: "Diyala" })).items.length).toBeGreaterThan(0);
      // This store's own write, and a change of state.
      const id = story(1).result.article.id;
      await reader.setFavourite(id, true);
      expect((await reader.searchArticles({ favourite: true })).items.map((a) => a.id)).toEqual([id]);
      await reader.setFavourite(id, false);
      expect((await reader.searchArticles({ favourite: true })).items).toEqual([]);
    } finally {
      await reader.close();
      await writer.close();
    }
  });
});

describe("relevance over a word most articles hold", () => {
  it("ranks the newest matches stored, and says nothing of older ones", async () => {
    const store = await Store.open({ engine: "sqlite", path: join(dir, "pool.db") }, { relevancePool: 2 });
    try {
      for (const n of [1, 2, 3, 4]) await store.putArticle(story(n));
      const ranked = await store.searchArticles({ q: "Baqubah", sort: "relevance" });
      expect(ranked.items.map((a) => a.title).sort()).toEqual(["Clash 3 in Diyala", "Clash 4 in Diyala"]);
      // Sorted by date, every match is there.
      expect((await store.searchArticles({ q: "Baqubah" })).items).toHaveLength(4);
    } finally {
      await store.close();
    }
  });
});

describe("opening a store", () => {
  it("does not wait for a writer that holds the lock (the website opening while an ingest runs)", async () => {
    const path = join(dir, "locked.db");
    await (await Store.open({ engine: "sqlite", path })).close();
    const { default: Database } = await import("better-sqlite3");
    const writer = new Database(path);
    writer.prepare("BEGIN IMMEDIATE").run();
    try {
      const t = performance.now();
      const reader = await Store.open({ engine: "sqlite", path });
      expect(performance.now() - t).toBeLessThan(2000);
      expect((await reader.searchArticles({})).items).toEqual([]);
      await reader.close();
    } finally {
      writer.prepare("ROLLBACK").run();
      writer.close();
    }
  });
});
