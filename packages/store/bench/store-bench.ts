// npm run bench:store [-- --sizes 10000,100000 --engines sqlite,postgres]
// Ingest rate, database size per article and search latency for each engine, on a SYNTHETIC
// corpus generated from the bundled sample (see src/synthetic.ts): the same text with other
// places, counts, weekdays and dates. Runs the built packages, as users do.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import { availableParallelism, tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import {
  Store,
  ingest,
  syntheticArticles,
  type ArticleQuery,
  type EventQuery,
  type StoreLocation,
} from "@sitrep/store";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "10000,100000" },
    engines: { type: "string", default: "sqlite,postgres" },
  },
});
const sizes = values.sizes.split(",").map(Number);
const engines = values.engines.split(",");
const PG = process.env.SITREP_TEST_DATABASE_URL ?? `postgres://${userInfo().username}@127.0.0.1:5432/test`;
const sample = readFileSync(new URL("../../../samples/ain-al-asad-2019-12-04.txt", import.meta.url), "utf8");

const ARTICLE_QUERIES: ArticleQuery[] = [
  { q: "rockets" },
  { q: "Mosul" },
  { q: '"US troops"' },
  { q: "coalition -Syria" },
  { q: "strike*", sort: "relevance" },
  { q: "Esper temporarily" },
  { country: "Iraq", eventType: "Explosions/Remote violence" },
  { admin1: "Nineveh" },
  { fatalities: "with" },
  { from: "2020-01-01", to: "2020-03-31" },
  { q: "militias", from: "2021-01-01" },
  {},
];
const EVENT_QUERIES: EventQuery[] = [
  {},
  { country: "IQ" },
  { admin1: "Anbar", sort: "deadliest" },
  { subEventType: "Air/drone strike", from: "2020-06-01", to: "2020-12-31" },
  { q: "Basra" },
];

async function fresh(
  engine: string,
): Promise<{ location: StoreLocation; size: () => Promise<number>; drop: () => Promise<void> }> {
  if (engine === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-db-"));
    const path = join(dir, "bench.db");
    const size = async () =>
      ["", "-wal"].map((s) => (existsSync(path + s) ? statSync(path + s).size : 0)).reduce((a, b) => a + b, 0);
    return {
      location: { engine: "sqlite", path },
      size,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `sitrep_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: PG });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG);
  url.pathname = `/${name}`;
  const size = async () => {
    const c = new pg.Client({ connectionString: url.toString() });
    await c.connect();
    const r = await c.query("SELECT pg_database_size(current_database())::bigint AS n");
    await c.end();
    return Number(r.rows[0].n);
  };
  const drop = async () => {
    const c = new pg.Client({ connectionString: PG });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };
  return { location: { engine: "postgres", url: url.toString() }, size, drop };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

async function latency(store: Store): Promise<{ median: number; p95: number; n: number; slowest: string }> {
  const times: number[] = [];
  const byQuery = new Map<string, number[]>();
  const timed = async (label: string, fn: () => Promise<unknown>) => {
    const t = performance.now();
    const out = await fn();
    const ms = performance.now() - t;
    times.push(ms);
    byQuery.set(label, [...(byQuery.get(label) ?? []), ms]);
    return out;
  };
  for (let round = 0; round < 8; round++) {
    for (const q of ARTICLE_QUERIES) {
      const label = `articles ${JSON.stringify(q)}`;
      const page = (await timed(label, () => store.searchArticles({ ...q, limit: 25 }))) as { next: string | null };
      if (page.next)
        await timed(`${label} page 2`, () => store.searchArticles({ ...q, limit: 25, cursor: page.next! }));
    }
    for (const q of EVENT_QUERIES)
      await timed(`events ${JSON.stringify(q)}`, () => store.searchEvents({ ...q, limit: 25 }));
  }
  times.sort((a, b) => a - b);
  const medians = [...byQuery.entries()].map(
    ([label, ts]) => [label, ts.sort((a, b) => a - b)[Math.floor(ts.length / 2)]!] as const,
  );
  const slowest = medians
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([l, ms]) => `${l} ${ms.toFixed(0)} ms`)
    .join("; ");
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95), n: times.length, slowest };
}

const rows: string[] = [];
console.log(
  `SYNTHETIC corpus generated from the bundled sample; ${availableParallelism()} cores; engines ${engines.join(", ")}; sizes ${sizes.join(", ")}`,
);
for (const size of sizes) {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-corpus-"));
  mkdirSync(dir, { recursive: true });
  for (const a of syntheticArticles(sample, size, size)) writeFileSync(join(dir, a.name), a.text);
  for (const engine of engines) {
    const db = await fresh(engine);
    // Every query computed afresh: the store's answer cache would make rounds after the first free.
    const store = await Store.open(db.location, { cacheAnswers: false });
    const t = performance.now();
    const summary = await ingest(store, [dir], { workers: availableParallelism() });
    const seconds = (performance.now() - t) / 1000;
    const bytes = await db.size();
    const lat = await latency(store);
    const problems = await store.check();
    const line = `${engine.padEnd(8)} ${String(size).padStart(7)} articles: ingest ${(summary.added / seconds).toFixed(0).padStart(5)}/s (${seconds.toFixed(1)} s, ${summary.failed} failed), ${(bytes / size / 1024).toFixed(1)} KB/article, search median ${lat.median.toFixed(1)} ms, p95 ${lat.p95.toFixed(1)} ms over ${lat.n} queries (slowest: ${lat.slowest})${problems.length ? `, PROBLEMS: ${problems.join("; ")}` : ""}`;
    console.log(line);
    rows.push(line);
    await store.close();
    await db.drop();
  }
  rmSync(dir, { recursive: true, force: true });
}
