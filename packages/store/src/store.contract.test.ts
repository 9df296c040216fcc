import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BadCursor } from "./cursor.js";
import { Store } from "./store.js";
import { article, OTHER_COUNT, OTHER_PLACE, REPORT_A, REPORT_B } from "./test-support/articles.js";
import type { ArticleInput } from "./prepare-article.js";
import { ENGINES, type TestEngine } from "./testing.js";
import { parse } from "@sitrep/parser";

/** A store on a fresh database of the engine for the tests of one describe block, holding `inputs`. */
function freshStore(engine: TestEngine, inputs: readonly ArticleInput[] = []): { readonly store: Store } {
  let store: Store | undefined;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const fresh = await engine.fresh();
    drop = fresh.drop;
    store = await Store.open(fresh.location);
    for (const input of inputs) await store.putArticle(input);
  });
  afterAll(async () => {
    await store?.close();
    await drop?.();
  });
  return {
    get store() {
      if (!store) throw new Error("the store opens before the tests of its block");
      return store;
    },
  };
}

// One contract, two engines: every behaviour below must hold on SQLite and on PostgreSQL.
describe.each(ENGINES)("store on $name", (engine) => {
  const db = freshStore(engine, [REPORT_A, REPORT_B, OTHER_PLACE, OTHER_COUNT]);

  it("adds nothing for the same article again, or the same text at another URL", async () => {
    expect(await db.store.putArticle(REPORT_A)).toEqual({ status: "unchanged", id: REPORT_A.result.article.id });
    const copy = {
      ...REPORT_A,
      result: {
        ...REPORT_A.result,
        article: { ...REPORT_A.result.article, id: "a_0000000000000001", url: "https://mirror.example/x" },
      },
    };
    expect((await db.store.putArticle(copy)).status).toBe("unchanged");
    expect((await db.store.stats()).articles).toBe(4);
  });

  it("updates an article whose text changed, replacing its events", async () => {
    const first = article({
      url: "https://epsilon.example/story",
      title: "Clash in Diyala",
      published: "5 December 2019",
      body: ["Gunmen clashed with police in Baqubah on Wednesday, killing one officer."],
    });
    const changed = article({
      url: "https://epsilon.example/story",
      title: "Clash in Diyala",
      published: "5 December 2019",
      body: ["Gunmen clashed with police in Baqubah on Wednesday, killing three officers, officials said."],
    });
    expect((await db.store.putArticle(first)).status).toBe("added");
    expect((await db.store.putArticle(changed)).status).toBe("updated");
    const stored = await db.store.getArticle(first.result.article.id);
    expect(stored?.result.article.text).toContain("three officers");
    const groups = await db.store.searchEvents({ admin1: "Diyala" });
    expect(groups.items).toHaveLength(1);
    expect(groups.items[0]!.killed).toBe(3);
  });

  it("groups two reports of one attack into one event with two sources", async () => {
    const aId = REPORT_A.result.article.id;
    const bId = REPORT_B.result.article.id;
    const { items } = await db.store.searchEvents({
      country: "Iraq",
      subEventType: "Shelling/artillery/missile attack",
      limit: 50,
    });
    const shared = items.find((g) => g.sources.some((s) => s.articleId === aId));
    expect(shared?.sources.map((s) => s.articleId).sort()).toEqual([aId, bId].sort());
    expect(shared?.articleCount).toBe(2);
    const stored = await db.store.getArticle(aId);
    const fromA = shared!.sources.find((s) => s.articleId === aId)!.eventId;
    expect(stored?.groups[fromA]).toBe(shared!.id);
    const detail = await db.store.getEventGroup(shared!.id);
    expect(detail?.members.map((m) => m.article.source.domain).sort()).toEqual(["alpha.example", "beta.example"]);
    // A page can ask for fewer reports than there are; articleCount still tells them all.
    const first = await db.store.getEventGroup(shared!.id, { limit: 1 });
    expect(first?.members).toHaveLength(1);
    expect(first?.articleCount).toBe(2);
    const csv = await db.store.exportAcledCsv({ country: "IQ", admin1: "Anbar" });
    expect(csv).toContain("alpha.example; beta.example");
  });

  it("keeps different attacks of the same day and province apart", async () => {
    const { items } = await db.store.searchEvents({ admin1: "IQ-AN", from: "2019-12-03", to: "2019-12-03", limit: 50 });
    const byArticle = (id: string) => items.filter((g) => g.sources.some((s) => s.articleId === id));
    expect(byArticle(OTHER_PLACE.result.article.id)).toHaveLength(1);
    expect(byArticle(OTHER_PLACE.result.article.id)[0]!.articleCount).toBe(1);
    expect(byArticle(OTHER_COUNT.result.article.id)[0]!.articleCount).toBe(1);
    expect(byArticle(OTHER_COUNT.result.article.id)[0]!.id).not.toBe(byArticle(REPORT_A.result.article.id)[0]!.id);
  });

  it("searches the full text with ranking and highlighted snippets", async () => {
    const { items } = await db.store.searchArticles({ q: "Fallujah checkpoint", sort: "relevance" });
    expect(items.map((i) => i.id)).toEqual([OTHER_PLACE.result.article.id]);
    const hit = (word: string) => `\u0002${word}\u0003`;
    expect([hit("checkpoint"), hit("Fallujah")].some((h) => items[0]!.snippet?.includes(h))).toBe(true);
    const phrase = await db.store.searchArticles({ q: '"five rockets"' });
    expect(phrase.items.map((i) => i.id).sort()).toEqual(
      [REPORT_A.result.article.id, REPORT_B.result.article.id].sort(),
    );
    const excluded = await db.store.searchArticles({ q: "rockets -Fallujah" });
    expect(excluded.items.map((i) => i.id)).not.toContain(OTHER_PLACE.result.article.id);
    const odd = await db.store.searchArticles({ q: 'al-Asad "unclosed AND (' });
    expect(Array.isArray(odd.items)).toBe(true);
  });

  it("counts the matches by country, event type and source for facets", async () => {
    const all = await db.store.facets({ country: "IQ" });
    const matched = (await db.store.searchArticles({ country: "IQ", limit: 500 })).items.length;
    expect(all.matched).toBe(matched);
    expect(all.capped).toBe(false);
    expect(all.countries[0]).toMatchObject({ value: "IQ", label: "Iraq", count: matched });
    expect(all.sources.find((s) => s.value === "beta.example")?.count).toBe(1);
    expect(all.eventTypes.map((t) => t.value)).toContain("Explosions/Remote violence");
    const narrowed = await db.store.facets({ country: "IQ", source: "beta.example" });
    expect(narrowed.matched).toBe(1);
    expect(narrowed.sources).toEqual([{ value: "beta.example", label: expect.any(String), count: 1 }]);
    const none = await db.store.facets({ q: "nowhere-to-be-found" });
    expect(none).toEqual({ matched: 0, capped: false, countries: [], eventTypes: [], sources: [], months: [] });
    expect(all.months.reduce((sum, m) => sum + m.count, 0)).toBe(matched);
    expect(all.months.map((m) => m.value)).toEqual([...all.months.map((m) => m.value)].sort().reverse());
  });

  it("filters by source, tag, place, type, actor and fatalities", async () => {
    const ids = async (q: Parameters<Store["searchArticles"]>[0]) =>
      (await db.store.searchArticles(q)).items.map((i) => i.id).sort();
    expect(await ids({ source: "beta.example" })).toEqual([REPORT_B.result.article.id]);
    expect(await ids({ tag: "Security" })).toEqual([REPORT_A.result.article.id]);
    expect(await ids({ fatalities: "with" })).toContain(OTHER_PLACE.result.article.id);
    expect(await ids({ fatalities: "with" })).not.toContain(REPORT_A.result.article.id);
    expect((await ids({ country: "Iraq", eventType: "Explosions/Remote violence" })).length).toBeGreaterThanOrEqual(4);
    expect(await ids({ country: "France" })).toEqual([]);
    expect(await ids({ from: "2019-12-05", to: "2019-12-05" })).toHaveLength(1);
    expect((await db.store.searchEvents({ actor: "police" })).items.length).toBeGreaterThan(0);
    // Wildcards are the words they are, not "anything".
    for (const actor of ["%", "_", "\\"]) expect((await db.store.searchEvents({ actor })).items).toEqual([]);
  });

  it("gives the same pages whichever plan a text query takes (walking dates for common words)", async () => {
    const walker = await Store.open(db.store.location, { commonMatches: 1 });
    try {
      for (const q of ["rockets", '"five rockets"', "rockets -Fallujah", "Basra"]) {
        const a = await db.store.searchArticles({ q, limit: 2 });
        const b = await walker.searchArticles({ q, limit: 2 });
        expect(
          b.items.map((i) => i.id),
          q,
        ).toEqual(a.items.map((i) => i.id));
        const a2 = a.next ? await db.store.searchArticles({ q, limit: 2, cursor: a.next }) : null;
        const b2 = b.next ? await walker.searchArticles({ q, limit: 2, cursor: b.next }) : null;
        expect(
          b2?.items.map((i) => i.id),
          q,
        ).toEqual(a2?.items.map((i) => i.id));
        expect((await walker.searchEvents({ q })).items.map((g) => g.id).sort(), q).toEqual(
          (await db.store.searchEvents({ q })).items.map((g) => g.id).sort(),
        );
      }
    } finally {
      await walker.close();
    }
  });

  it("pages with a keyset cursor, every article once", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await db.store.searchArticles({ limit: 2, cursor });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.next ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    await expect(db.store.searchArticles({ cursor: "not-a-cursor" })).rejects.toThrow(BadCursor);
  });

  it("keeps read and favourite state", async () => {
    const id = REPORT_B.result.article.id;
    expect(await db.store.setRead(id, true)).toBe(true);
    expect(await db.store.setFavourite(id, true)).toBe(true);
    expect((await db.store.searchArticles({ read: true })).items.map((i) => i.id)).toEqual([id]);
    expect((await db.store.searchArticles({ favourite: true })).items.map((i) => i.id)).toEqual([id]);
    expect((await db.store.searchArticles({ read: false })).items.map((i) => i.id)).not.toContain(id);
    expect(await db.store.setRead("a_ffffffffffffffff", true)).toBe(false);
  });

  it("records failures with their reason, and forgets one that later succeeds", async () => {
    await db.store.recordFailure("/data/broken.html", "the input is binary, not text");
    await db.store.recordFailure("/data/broken.html", "the input is binary, not text");
    await db.store.recordFailure(REPORT_A.origin, "timed out");
    const failures = await db.store.failures();
    expect(failures.find((f) => f.origin === "/data/broken.html")).toMatchObject({
      attempts: 2,
      reason: "the input is binary, not text",
    });
    await db.store.putArticle({
      ...REPORT_A,
      result: {
        ...REPORT_A.result,
        article: { ...REPORT_A.result.article, provenance: { format: "text", parserVersion: "0.0.0-old" } },
      },
    });
    expect((await db.store.failures()).map((f) => f.origin)).not.toContain(REPORT_A.origin);
  });

  it("keeps feeds and their HTTP caching state", async () => {
    expect(await db.store.addFeed("https://alpha.example/feed.xml")).toBe(true);
    expect(await db.store.addFeed("https://alpha.example/feed.xml")).toBe(false);
    await db.store.updateFeed("https://alpha.example/feed.xml", {
      title: "Alpha",
      etag: '"abc"',
      lastModified: "Wed, 04 Dec 2019 10:00:00 GMT",
      status: "200",
    });
    expect(await db.store.feeds()).toEqual([
      expect.objectContaining({ url: "https://alpha.example/feed.xml", title: "Alpha", etag: '"abc"' }),
    ]);
    expect(await db.store.removeFeed("https://alpha.example/feed.xml")).toBe(true);
    expect(await db.store.feeds()).toEqual([]);
  });

  it("exports GeoJSON of grouped events and JSON lines of articles", async () => {
    const geo = await db.store.exportGeoJson({ country: "Iraq" });
    expect(geo.features.length).toBeGreaterThan(0);
    const results = [];
    for await (const r of db.store.exportArticles({ source: "alpha.example" })) results.push(r);
    expect(results.map((r) => r.article.id)).toEqual([REPORT_A.result.article.id]);
  });

  it("finds nothing wrong with a store it wrote", async () => {
    expect(await db.store.check()).toEqual([]);
  });

  it("reports stats", async () => {
    const stats = await db.store.stats();
    expect(stats).toMatchObject({ engine: engine.name, articles: 5 });
    expect(stats.eventGroups).toBeLessThan(stats.events);
    expect(stats.topSources.length).toBeGreaterThan(0);
  });
});

// The writer reads only the groups an event could join: a report that names only the province
// still joins a precise one there, and a precise one 45 km away in the same province does not.
describe.each(ENGINES)("grouping by place on $name", (engine) => {
  const report = (site: string, sentence: string) =>
    article({
      url: `https://${site}.example/anbar`,
      title: "Rockets hit Iraq's Anbar",
      published: "6 December 2019",
      body: [sentence, "No casualties were reported."],
    });
  const ramadi = report("one", "Four rockets struck Ramadi in Anbar province on Thursday, police said.");
  const province = report("two", "Four rockets struck a village in Anbar province on Thursday, officials said.");
  const fallujah = report("three", "Four rockets struck Fallujah in Anbar province on Thursday, police said.");

  const db = freshStore(engine, [province, ramadi, fallujah]);

  it("joins a province-wide report to a town's, and keeps another town's apart", async () => {
    const { items } = await db.store.searchEvents({ subEventType: "Shelling/artillery/missile attack", limit: 50 });
    const groupOf = (a: typeof ramadi) => items.find((g) => g.sources.some((s) => s.articleId === a.result.article.id));
    const main = (a: typeof ramadi) => a.result.events[0]!.location;
    expect(main(ramadi)).toMatchObject({ admin1: { code: "IQ-AN" }, precision: "exact" });
    expect(main(fallujah)).toMatchObject({ admin1: { code: "IQ-AN" }, precision: "exact" });
    expect(main(province)).toMatchObject({ admin1: { code: "IQ-AN" }, precision: "admin1" });
    expect(groupOf(province)?.id).toBe(groupOf(ramadi)?.id);
    expect(groupOf(ramadi)?.articleCount).toBe(2);
    expect(groupOf(fallujah)?.id).not.toBe(groupOf(ramadi)?.id);
    expect(groupOf(fallujah)?.articleCount).toBe(1);
  });
});

describe.each(ENGINES)("publication times at their own offsets, on $name", (engine) => {
  const db = freshStore(engine);

  it("sorts articles as instants, keeping each one's own offset and local day", async () => {
    const at = (url: string, title: string, publishedAt: string) => {
      const raw = new TextEncoder().encode(`${title}\n\nThe council met to discuss the budget and the roads.`);
      return { result: parse(raw, { url, publishedAt }), raw, origin: url };
    };
    // 23:30 in New York is 04:30 the next day in UTC: later than 01:00 UTC that day.
    const newYork = at("https://ny.example/council", "Council meets in New York", "2019-12-04T23:30:00-05:00");
    const london = at("https://ldn.example/council", "Council meets in London", "2019-12-05T01:00:00Z");
    await db.store.putArticle(london);
    await db.store.putArticle(newYork);
    const { items } = await db.store.searchArticles({ limit: 10 });
    expect(items.map((i) => i.id)).toEqual([newYork.result.article.id, london.result.article.id]);
    expect((await db.store.getArticle(newYork.result.article.id))?.result.article.publishedAt).toBe(
      "2019-12-04T23:30:00-05:00",
    );
  });
});
