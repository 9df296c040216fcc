// npm run bench:web [-- --articles 100000 --connections 50 --seconds 15]
// The production site (`next start`) on a store of N SYNTHETIC articles (variations of the bundled
// sample, shared with bench:tui and built once), under C concurrent connections: latency of the
// article (reader) page and of the events API (a fixed query mix, and queries never asked before),
// beside peers measured in the same run on the same
// server: a static file, the cheapest thing Next serves, and /api/health, Next's floor for a route. Then the
// JavaScript the reader page loads,
// gzipped, as a browser would receive it.
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { Pool } from "undici";
import { Store, buildSyntheticStore } from "@sitrep/store";
import { startSite } from "../test/support/site.js";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "100000" },
    connections: { type: "string", default: "50" },
    seconds: { type: "string", default: "15" },
  },
});
const n = Number(values.articles);
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const path = join(tmpdir(), `sitrep-bench-${n}.db`);

if (!existsSync(path)) {
  console.log(`building a store of ${n} synthetic articles at ${path} (once)...`);
  await buildSyntheticStore(
    path,
    readFileSync(new URL("../../../samples/ain-al-asad-2019-12-04.txt", import.meta.url), "utf8"),
    n,
  );
}

// Articles to read: pages from across the corpus, not only the newest.
const store = await Store.open({ engine: "sqlite", path });
const ids: string[] = [];
for (const [from, to] of [
  ["2019-01-01", "2019-12-31"],
  ["2020-01-01", "2020-12-31"],
  ["2021-01-01", "2021-12-31"],
  ["2022-01-01", "2030-12-31"],
] as const) {
  const page = await store.searchArticles({ from, to, limit: 100 });
  ids.push(...page.items.map((a) => a.id));
}
await store.close();
if (ids.length === 0) throw new Error("the bench store holds no articles");

const EVENT_QUERIES = [
  "",
  "country=IQ",
  "type=Explosions%2FRemote%20violence",
  "admin1=Nineveh&sort=deadliest",
  "from=2020-06-01&to=2020-12-31",
  "q=Basra",
  "fatalities=with",
  "sort=oldest",
];

const site = await startSite(path);
try {
  const html = await (await fetch(`${site.url}/articles/${ids[0]}`)).text();
  const staticFile = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
  if (!staticFile) throw new Error("no stylesheet on the reader page");

  /** C connections, each requesting the next path as soon as its last answer arrived. */
  // undici's pool, not fetch: the client shares the machine's two cores with the server, and
  // fetch would spend several times the CPU per request.
  async function load(
    label: string,
    next: (i: number) => string,
  ): Promise<{ label: string; count: number; median: number; p95: number; errors: number }> {
    const pool = new Pool(site.url, { connections, pipelining: 1 });
    const latencies: number[] = [];
    let errors = 0;
    let i = 0;
    const end = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < end) {
          const path = next(i++);
          const t = performance.now();
          const response = await pool.request({ path, method: "GET" });
          await response.body.arrayBuffer();
          latencies.push(performance.now() - t);
          if (response.statusCode !== 200) errors++;
        }
      }),
    );
    await pool.close();
    latencies.sort((a, b) => a - b);
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
    return { label, count: latencies.length, median: at(0.5), p95: at(0.95), errors };
  }

  // Warm up: the first requests compile routes and fill caches.
  await load("warm-up", (i) => `/articles/${ids[i % ids.length]}`);
  const peer = await load("static file (peer)", () => staticFile);
  const floor = await load("/api/health (peer)", () => "/api/health");
  const article = await load("article page", (i) => `/articles/${ids[(i * 7) % ids.length]}`);
  const events = await load("events API", (i) => `/api/events?${EVENT_QUERIES[i % EVENT_QUERIES.length]}`);
  // The store keeps recent answers until the data changes: every request here asks something new.
  const day = (n: number) => new Date(Date.UTC(2019, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  const fresh = await load(
    "events API, uncached",
    (i) => `/api/events?from=${day(i % 1000)}&to=${day((i % 1000) + 30)}&limit=${20 + (i % 30)}`,
  );

  console.log(`${n} synthetic articles, ${connections} connections, ${seconds} s each, next start on SQLite (${path})`);
  for (const r of [peer, floor, article, events, fresh]) {
    console.log(
      `${r.label.padEnd(21)} ${String(r.count).padStart(6)} requests  ` +
        `${(r.count / seconds).toFixed(0).padStart(5)}/s  ` +
        `median ${r.median.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms  ` +
        `p95 ×${(r.p95 / peer.p95).toFixed(1)} the static file's, ×${(r.p95 / floor.p95).toFixed(2)} /api/health's` +
        (r.errors ? `  ${r.errors} errors` : ""),
    );
  }

  // The reader page's JavaScript: every script it loads, gzipped as a server would send it.
  const scripts = [
    ...new Set(
      [
        ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
        ...html.matchAll(/<link[^>]+rel="(?:preload|modulepreload)"[^>]+as="script"[^>]+href="([^"]+)"/g),
        ...html.matchAll(/<link[^>]+as="script"[^>]+href="([^"]+)"/g),
      ].map((m) => m[1]!),
    ),
  ];
  let raw = 0;
  let gzipped = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(`${site.url}${src}`)).arrayBuffer());
    raw += body.length;
    gzipped += gzipSync(body).length;
  }
  console.log(
    `reader page JavaScript: ${scripts.length} files, ${(raw / 1024).toFixed(0)} KB, ` +
      `${(gzipped / 1024).toFixed(1)} KB gzipped`,
  );
  console.log(
    "targets: article page p95 under 100 ms, events API p95 under 50 ms, reader JavaScript under 120 KB gzipped",
  );
} finally {
  await site.stop();
}
