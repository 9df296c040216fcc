import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Store, syntheticArticles } from "@sitrep/store";

// The real command, as a user runs it (npm test builds it first).
const BIN = new URL("../bin/sitrep.js", import.meta.url).pathname;
const SAMPLE = readFileSync(new URL("../../../samples/ain-al-asad-2019-12-04.txt", import.meta.url), "utf8");

function sitrep(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 180_000 });
}

/** A shell script run with a tmpfs of `size` mounted at `mount`, in a mount namespace of its own. */
function withSmallDisk(mount: string, size: string, script: string) {
  const inner = `mkdir -p ${mount} && mount -t tmpfs -o size=${size} tmpfs ${mount} && ${script}`;
  return spawnSync("unshare", ["-Urm", "sh", "-c", inner], { encoding: "utf8", timeout: 180_000 });
}

describe("ingest of hostile input", () => {
  it("says the disk is full, and which file, on every run, and leaves the store consistent", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-full-"));
    for (const a of syntheticArticles(SAMPLE, 400, 1)) writeFileSync(join(dir, a.name), a.text);
    const mount = join(tmpdir(), `sitrep-full-disk-${process.pid}`);
    const sitrepCmd = `"${process.execPath}" "${BIN}"`;
    const run = withSmallDisk(
      mount,
      "1m",
      `${sitrepCmd} ingest "${dir}" --db ${mount}/s.db; echo "exit $?"; ` +
        `${sitrepCmd} ingest "${dir}" --db ${mount}/s.db; echo "exit $?"; ` +
        `${sitrepCmd} stats --check --db ${mount}/s.db`,
    );
    const full = `sitrep: the disk is full: cannot write ${mount}/s.db (free some space and run again)`;
    expect(run.stderr.split("\n").filter((l) => l === full)).toHaveLength(2);
    expect(run.stderr).not.toContain("internal error");
    expect(run.stdout.match(/exit 1/g)).toHaveLength(2);
    expect(run.stdout + run.stderr).toContain(`sqlite ${mount}/s.db: consistent`);
  }, 180_000);

  it("ends a parse that runs past its time limit, records it as failed and keeps the other 499", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-hostile-"));
    for (const a of syntheticArticles(SAMPLE, 499, 3)) writeFileSync(join(dir, a.name), a.text);
    // A record of 19 MB with no full stop parses in a few seconds: far past a limit of one.
    const slow = JSON.stringify({
      title: "T",
      maintext: "Five rockets struck the base on Tuesday and ".repeat(440_000),
    });
    writeFileSync(join(dir, "slow.json"), slow);
    const db = join(mkdtempSync(join(tmpdir(), "sitrep-hostile-db-")), "s.db");
    const run = sitrep(["ingest", dir, "--db", db, "--workers", "2", "--parse-timeout", "1"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(dir, "slow.json")}: took longer than 1 s`);
    expect(run.stderr).toMatch(/499 added, 0 updated, 0 unchanged, 1 failed/);
    const store = await Store.open({ engine: "sqlite", path: db });
    expect((await store.stats()).articles).toBe(499);
    expect(await store.check()).toEqual([]);
    await store.close();
  }, 180_000);
});
