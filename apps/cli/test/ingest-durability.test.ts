import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Store, syntheticArticles } from "@sitrep/store";
import { postgresEngine } from "@sitrep/store/testing";

// The real command, as a user runs it (npm test builds it first).
const BIN = new URL("../bin/sitrep.js", import.meta.url).pathname;
const SAMPLE = readFileSync(new URL("../../../samples/ain-al-asad-2019-12-04.txt", import.meta.url), "utf8");

function corpus(count: number, seed: number): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-durability-"));
  const files: string[] = [];
  for (const a of syntheticArticles(SAMPLE, count, seed)) {
    writeFileSync(join(dir, a.name), a.text);
    files.push(join(dir, a.name));
  }
  return { dir, files };
}

function sitrep(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
}

describe("ingest durability", () => {
  it("leaves a consistent store when killed mid-way, and a rerun completes the work", async () => {
    const total = 1000;
    const { dir } = corpus(total, 7);
    const db = join(mkdtempSync(join(tmpdir(), "sitrep-kill-")), "s.db");
    const child = spawn(process.execPath, [BIN, "ingest", dir, "--db", db, "--workers", "1"], { stdio: "ignore" });
    // Kill it as soon as it has stored some articles, long before it is done.
    const started = Date.now();
    let stored = 0;
    while (Date.now() - started < 60_000) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        const store = await Store.open({ engine: "sqlite", path: db });
        stored = (await store.stats()).articles;
        await store.close();
      } catch {
        stored = 0;
      }
      if (stored > 0) break;
    }
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    expect(stored).toBeGreaterThan(0);

    const store = await Store.open({ engine: "sqlite", path: db });
    const afterKill = (await store.stats()).articles;
    expect(afterKill).toBeLessThan(total);
    expect(await store.check()).toEqual([]);
    await store.close();

    const rerun = sitrep(["ingest", dir, "--db", db]);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(rerun.stderr).toContain(`${total - afterKill} added, 0 updated, ${afterKill} unchanged, 0 failed`);
    const done = await Store.open({ engine: "sqlite", path: db });
    expect((await done.stats()).articles).toBe(total);
    expect(await done.check()).toEqual([]);
    await done.close();
  }, 180_000);

  it("three ingests of overlapping inputs at once into PostgreSQL store every article exactly once", async () => {
    const { files } = corpus(240, 11);
    const fresh = await postgresEngine.fresh();
    const url = fresh.location.engine === "postgres" ? fresh.location.url : "";
    try {
      const runs = [files.slice(0, 160), files.slice(80, 240), [...files].reverse()].map(
        (inputs) =>
          new Promise<{ code: number | null; stderr: string }>((resolve) => {
            const child = spawn(process.execPath, [BIN, "ingest", ...inputs, "--db", url, "--workers", "1"], {
              stdio: ["ignore", "ignore", "pipe"],
            });
            let stderr = "";
            child.stderr.on("data", (d) => (stderr += d));
            child.on("exit", (code) => resolve({ code, stderr }));
          }),
      );
      const results = await Promise.all(runs);
      for (const r of results) expect(r.code, r.stderr).toBe(0);
      const store = await Store.open(fresh.location);
      const stats = await store.stats();
      expect(stats.articles).toBe(240);
      expect(await store.check()).toEqual([]);
      const ids = new Set<string>();
      let cursor: string | undefined;
      do {
        const page = await store.searchArticles({ limit: 100, cursor });
        for (const item of page.items) {
          expect(ids.has(item.id)).toBe(false);
          ids.add(item.id);
        }
        cursor = page.next ?? undefined;
      } while (cursor);
      expect(ids.size).toBe(240);
      // Every run accounted for every input it was given: added or found already there.
      const added = results.map((r) => Number(/(\d+) added/.exec(r.stderr)?.[1] ?? -1));
      expect(added.reduce((a, b) => a + b, 0)).toBe(240);
      await store.close();
    } finally {
      await fresh.drop();
    }
  }, 180_000);
});
