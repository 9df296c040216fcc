import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// `sitrep serve` runs the built website (npm test builds it first) on the store it is given.
const BIN = new URL("../bin/sitrep.js", import.meta.url).pathname;
const SAMPLE = new URL("../../../samples/ain-al-asad-2019-12-04.txt", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "sitrep-serve-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const a = s.address();
      s.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    });
  });
}

describe("sitrep serve", () => {
  it("serves the store given with --db until interrupted", async () => {
    const db = join(dir, "served.db");
    expect(spawnSync(process.execPath, [BIN, "ingest", SAMPLE, "--db", db], { encoding: "utf8" }).status).toBe(0);
    const port = await freePort();
    const child = spawn(process.execPath, [BIN, "serve", "--db", db, "--port", String(port)], {
      env: { ...process.env, DATABASE_URL: "", SITREP_DB: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    try {
      let body: { items: Array<{ title: string }> } | null = null;
      for (let i = 0; i < 150 && !body; i++) {
        await new Promise((r) => setTimeout(r, 200));
        body = await fetch(`http://127.0.0.1:${port}/api/articles`).then(
          (r) => (r.ok ? (r.json() as Promise<{ items: Array<{ title: string }> }>) : null),
          () => null,
        );
      }
      expect(
        body?.items.map((a) => a.title),
        stderr,
      ).toEqual(["Rockets strike Iraq's Ain al-Asad base hosting US troops"]);
      expect(stderr).toContain(`serving ${db} at http://127.0.0.1:${port}/`);
    } finally {
      const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
      child.kill("SIGINT");
      expect(await exited).toBe(0);
    }
  }, 60_000);

  it("refuses a bad port as a usage error", () => {
    const r = spawnSync(process.execPath, [BIN, "serve", "--port", "99999"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/port/);
  });
});
