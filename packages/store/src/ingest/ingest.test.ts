import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Store } from "../store.js";
import { ENGINES } from "../testing.js";
import { localServer, send } from "../test-support/http-server.js";
import { ingest } from "./ingest.js";
import { refreshFeeds } from "./refresh.js";
import { DEFAULT_POLICY } from "./safe-fetch.js";

const SAMPLE = new URL("../../../../samples/ain-al-asad-2019-12-04.txt", import.meta.url).pathname;
const LOCAL = { ...DEFAULT_POLICY, allowPrivate: true, timeoutMs: 5000 };
const para = (s: string) => `<p>${s}</p>`;
const FULL_BODY = [
  "Gunmen attacked a police checkpoint in Fallujah on Monday, killing two policemen, officials said.",
  "The attackers fled in a car before reinforcements arrived at the checkpoint on the edge of the city.",
  "Security forces later closed the roads around the area and began searching nearby farms.",
  "No group has claimed responsibility for the attack, the second in the province this month.",
]
  .map(para)
  .join("");

function mixedDirectory(): string {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-ingest-"));
  mkdirSync(join(dir, "nested", "deeper"), { recursive: true });
  writeFileSync(join(dir, "sample.txt"), readFileSync(SAMPLE));
  writeFileSync(
    join(dir, "nested", "record.json"),
    JSON.stringify({
      title: "Blast in Kabul",
      maintext: "A bomb exploded in Kabul on Monday, killing four people, police said.",
      date_publish: "2021-06-09 10:00:00",
      url: "https://kabul.example/blast",
      source_domain: "kabul.example",
    }),
  );
  writeFileSync(
    join(dir, "nested", "deeper", "page.html"),
    `<!doctype html><html lang="en"><head><title>Clashes in Idlib</title><meta property="article:published_time" content="2021-06-09T08:00:00Z"><link rel="canonical" href="https://idlib.example/clashes"></head><body><article><h1>Clashes in Idlib</h1>${FULL_BODY.replace("Fallujah", "Idlib")}</article></body></html>`,
  );
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "photo.jpg"), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]));
  writeFileSync(join(dir, ".hidden.txt"), "Hidden\n\nNot ingested.");
  return dir;
}

describe.each(ENGINES)("ingest on $name", (engine) => {
  let store: Store;
  let drop: () => Promise<void>;
  let server: Awaited<ReturnType<typeof localServer>>;

  beforeAll(async () => {
    const fresh = await engine.fresh();
    drop = fresh.drop;
    store = await Store.open(fresh.location);
    server = await localServer({});
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
    await drop?.();
  });

  it("ingests the bundled sample once, however often it is given", async () => {
    const first = await ingest(store, [SAMPLE], { workers: 0 });
    expect(first).toMatchObject({ added: 1, failed: 0 });
    const again = await ingest(store, [SAMPLE, SAMPLE], { workers: 0 });
    expect(again).toMatchObject({ added: 0, unchanged: 2, failed: 0 });
    expect((await store.stats()).articles).toBe(1);
  });

  it("walks a directory of mixed inputs, keeps the good ones and records the bad ones", async () => {
    const dir = mixedDirectory();
    const summary = await ingest(store, [dir, join(dir, "missing.txt")], { workers: 0 });
    expect(summary).toMatchObject({ added: 2, unchanged: 1, failed: 3 });
    expect(summary.failures.map((f) => [f.origin.replace(dir, "DIR"), f.reason]).sort()).toEqual([
      ["DIR/empty.txt", "the input is empty"],
      ["DIR/missing.txt", "no such file"],
      ["DIR/photo.jpg", "the input is binary, not text"],
    ]);
    expect((await store.failures()).map((f) => f.origin)).toContain(join(dir, "photo.jpg"));
    const titles = (await store.searchArticles({ limit: 10 })).items.map((i) => i.title).sort();
    expect(titles).toEqual([
      "Blast in Kabul",
      "Clashes in Idlib",
      "Rockets strike Iraq's Ain al-Asad base hosting US troops",
    ]);
  });

  it("stores each record of a news-please JSON-lines file, and names a bad line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-jsonl-"));
    const record = (n: number, town: string) =>
      JSON.stringify({
        title: `Shelling in ${town}`,
        maintext: `Shells hit ${town} on Monday, killing ${n} people, officials said.`,
        date_publish: "2022-03-07 09:00:00",
        url: `https://wire.example/${town.toLowerCase()}`,
        source_domain: "wire.example",
      });
    writeFileSync(
      join(dir, "crawl.jsonl"),
      [record(3, "Kharkiv"), record(2, "Mykolaiv"), "", record(5, "Chernihiv")].join("\n"),
    );
    writeFileSync(join(dir, "broken.jsonl"), [record(1, "Sumy"), "{not json"].join("\n"));
    const summary = await ingest(store, [dir], { workers: 0 });
    expect(summary).toMatchObject({ added: 3, failed: 1 });
    expect(summary.failures[0]).toEqual({
      origin: join(dir, "broken.jsonl"),
      reason: expect.stringMatching(/^line 2 is not valid JSON/),
    });
    const titles = (await store.searchArticles({ q: "shelling", limit: 10 })).items.map((i) => i.title).sort();
    expect(titles).toEqual(["Shelling in Chernihiv", "Shelling in Kharkiv", "Shelling in Mykolaiv"]);
    expect((await ingest(store, [join(dir, "crawl.jsonl")], { workers: 0 })).unchanged).toBe(3);
  });

  it("ingests a feed from a server: full items as they are, teasers from their pages", async () => {
    const story = `<!doctype html><html lang="en"><head><title>Protest in Basra</title><meta property="article:published_time" content="2021-06-08T12:00:00Z"></head><body><article><h1>Protest in Basra</h1>${[
      "Hundreds of people protested in Basra on Monday over power cuts, demanding the governor resign.",
      "Police fired tear gas to disperse the protesters outside the provincial council building.",
      "Several people were treated for breathing problems, a medical source said.",
    ]
      .map(para)
      .join("")}</article></body></html>`;
    const rss = (
      base: string,
    ) => `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Local wire</title>
      <item><title>Checkpoint attacked in Fallujah</title><link>${base}/full</link><pubDate>Wed, 09 Jun 2021 10:00:00 GMT</pubDate><content:encoded><![CDATA[${FULL_BODY}]]></content:encoded></item>
      <item><title>Teaser</title><link>${base}/story</link><description>Short.</description></item></channel></rss>`;
    let etagSeen: string | undefined;
    const live: Awaited<ReturnType<typeof localServer>> = await localServer({
      "/feed.xml": (req, res) => {
        etagSeen = req.headers["if-none-match"];
        if (etagSeen === '"feed-1"') {
          res.writeHead(304);
          res.end();
        } else send("application/rss+xml", rss(live.url("")), { etag: '"feed-1"' })(req, res);
      },
      "/story": send("text/html", story),
    });

    const refused = await ingest(store, [live.url("/feed.xml")], { workers: 0 });
    expect(refused.failures[0]?.reason).toContain("private or local address");

    const summary = await ingest(store, [live.url("/feed.xml")], { workers: 0, policy: LOCAL });
    expect(summary.failures).toEqual([]);
    expect(summary).toMatchObject({ added: 2, failed: 0 });
    expect(live.hits.get("/full")).toBeUndefined();
    const basra = await store.searchArticles({ q: "Basra" });
    expect(basra.items[0]?.events[0]?.subEventType).toBe("Protest with intervention");

    await store.addFeed(live.url("/feed.xml"));
    const [first] = await refreshFeeds(store, { policy: LOCAL, workers: 0 });
    expect(first).toMatchObject({ status: "updated", items: 2, added: 0 });
    const [second] = await refreshFeeds(store, { policy: LOCAL, workers: 0 });
    expect(etagSeen).toBe('"feed-1"');
    expect(second).toMatchObject({ status: "not_modified" });
    await live.close();
  });

  it("stops taking inputs when told to, keeps what it stored, and a second run stores the rest", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-stop-"));
    const towns = ["Hit", "Haditha", "Rawa", "Anah", "Qaim", "Rutba", "Baghdadi", "Heet", "Kubaisa", "Amiriya"];
    towns.forEach((town, i) =>
      writeFileSync(
        join(dir, `${i}.txt`),
        `Mortar fire in ${town}\n\nMortar shells hit ${town} in Anbar province on Monday, wounding ${i + 1} people, police said.`,
      ),
    );
    const before = (await store.stats()).articles;
    const stop = new AbortController();
    const first = await ingest(store, [dir], {
      workers: 0,
      signal: stop.signal,
      onProgress: (p) => p.done === 3 && stop.abort(),
    });
    // What was under way when it stopped is finished; nothing after it is started.
    expect(first.added).toBeGreaterThanOrEqual(3);
    expect(first.added).toBeLessThan(towns.length);
    expect((await store.stats()).articles).toBe(before + first.added);
    const second = await ingest(store, [dir], { workers: 0 });
    expect(second).toMatchObject({ added: towns.length - first.added, unchanged: first.added, failed: 0 });
    expect((await store.stats()).articles).toBe(before + towns.length);
  });
});
