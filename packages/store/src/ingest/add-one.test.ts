import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Store } from "../store.js";
import { localServer, send } from "../test-support/http-server.js";
import { addOne } from "./add-one.js";
import { DEFAULT_POLICY } from "./safe-fetch.js";

const SAMPLE = readFileSync(new URL("../../../../samples/ain-al-asad-2019-12-04.txt", import.meta.url));
const PAGE = `<!doctype html><html lang="en"><head><title>Blast in Kabul</title><meta property="article:published_time" content="2021-06-09T08:00:00Z"></head>
<body><article><h1>Blast in Kabul</h1><p>A bomb exploded in Kabul on Monday, killing four people, police said.</p>
<p>The blast hit a minibus carrying workers to a factory on the edge of the city.</p></article></body></html>`;

describe("adding one article, as the website does", () => {
  let store: Store;
  let server: Awaited<ReturnType<typeof localServer>>;

  beforeAll(async () => {
    store = await Store.open({ engine: "sqlite", path: ":memory:" });
    server = await localServer({
      "/page": send("text/html; charset=utf-8", PAGE),
      "/image": send("image/png", "\x89PNG"),
    });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  it("stores pasted text and finds it again as unchanged", async () => {
    const first = await addOne(store, { bytes: SAMPLE, origin: "pasted text" });
    expect(first).toMatchObject({ ok: true, status: "added" });
    expect(await addOne(store, { bytes: SAMPLE, origin: "pasted text" })).toEqual({ ...first, status: "unchanged" });
  });

  it("fetches a URL when private addresses are allowed, and refuses it by default", async () => {
    const refused = await addOne(store, { url: server.url("/page") }, { ...DEFAULT_POLICY, privateHint: undefined });
    expect(refused).toEqual({ ok: false, reason: "127.0.0.1 is a private or local address" });
    const added = await addOne(store, { url: server.url("/page") }, { ...DEFAULT_POLICY, allowPrivate: true });
    expect(added.ok).toBe(true);
    if (added.ok) expect((await store.getArticle(added.id))?.result.article.title).toBe("Blast in Kabul");
  });

  it("keeps a fetched article when a pasted page names its address as canonical", async () => {
    const local = { ...DEFAULT_POLICY, allowPrivate: true };
    const original = await addOne(store, { url: server.url("/page") }, local);
    expect(original.ok).toBe(true);
    if (!original.ok) return;
    const fake = PAGE.replace(/Blast in Kabul/g, "FAKE").replace(
      "<head>",
      `<head><link rel="canonical" href="${server.url("/page")}">`,
    );
    const pasted = await addOne(store, { bytes: new TextEncoder().encode(fake), origin: "pasted text" });
    expect(pasted).toMatchObject({ ok: true, status: "added" });
    if (!pasted.ok) return;
    expect(pasted.id).not.toBe(original.id);
    expect((await store.getArticle(original.id))?.result.article.title).toBe("Blast in Kabul");
    // The pasted page keeps the address it claims, to show, without taking the article's place.
    expect((await store.getArticle(pasted.id))?.result.article).toMatchObject({
      title: "FAKE",
      url: server.url("/page"),
    });
  });

  it("gives the reason for what it cannot read", async () => {
    const local = { ...DEFAULT_POLICY, allowPrivate: true };
    expect(await addOne(store, { url: server.url("/image") }, local)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("image/png"),
    });
    expect(await addOne(store, { bytes: new Uint8Array(), origin: "empty.txt" })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/empty/i),
    });
  });
});
