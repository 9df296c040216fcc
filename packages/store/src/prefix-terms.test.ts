import { describe, expect, it } from "vitest";
import { expandPrefixes } from "./prefix-terms.js";
import { openSqlite } from "./sqlite/sqlite-db.js";
import { migrate } from "./migrations.js";
import { sql } from "./sql.js";
import { Store } from "./store.js";
import { article } from "./test-support/articles.js";
import { ENGINES } from "./testing.js";

const story = (n: number, words: string) =>
  article({
    url: `https://prefix.example/${n}`,
    title: `Report ${n}`,
    published: "5 December 2019",
    body: [`Officials in Baqubah said ${words} on Wednesday.`],
  });

describe("prefixes spelled out as the words they stand for", () => {
  it("names the indexed words a prefix covers, and leaves what it cannot settle", async () => {
    const db = openSqlite(":memory:");
    await migrate(db);
    await db.run(
      sql`INSERT INTO articles_fts (rowid, title, body) VALUES (1, 'strike', 'a striker struck during the strikes')`,
    );
    const expanded = await expandPrefixes(db, "rocket strike* -Syria");
    expect(expanded).toMatch(/^rocket (strike OR striker|striker OR strike) -Syria$/);
    expect(await expandPrefixes(db, "zzz*")).toBe("zzz*");
    expect(await expandPrefixes(db, '"strike*"')).toBe('"strike*"');
    await db.close();
  });
});

describe.each(ENGINES)("prefix search on $name", (engine) => {
  it("finds every article a prefix matches", async () => {
    const fresh = await engine.fresh();
    const store = await Store.open(fresh.location);
    try {
      await store.putArticle(story(1, "a strike hit the base"));
      await store.putArticle(story(2, "two strikes hit the base"));
      await store.putArticle(story(3, "a striker scored twice"));
      await store.putArticle(story(4, "nothing happened"));
      const titles = async (q: string) => (await store.searchArticles({ q })).items.map((a) => a.title).sort();
      expect(await titles("strik*")).toEqual(["Report 1", "Report 2", "Report 3"]);
      expect(await titles("strike*")).toEqual(expect.arrayContaining(["Report 1", "Report 2"]));
      expect(await titles("Baqubah strik* -scored")).toEqual(["Report 1", "Report 2"]);
    } finally {
      await store.close();
      await fresh.drop();
    }
  });
});
