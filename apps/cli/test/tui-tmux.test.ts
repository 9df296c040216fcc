import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The real `sitrep` in a real terminal (tmux), as a user meets it. `.ci/run` installs tmux.
const BIN = new URL("../bin/sitrep.js", import.meta.url).pathname;
const SAMPLE = new URL("../../../samples/ain-al-asad-2019-12-04.txt", import.meta.url).pathname;
const SESSION = `sitrep-e2e-${process.pid}`;

function tmux(...args: string[]): string {
  return execFileSync("tmux", args, { encoding: "utf8" });
}
const screen = () => tmux("capture-pane", "-p", "-t", SESSION);
const keys = (...k: string[]) => tmux("send-keys", "-t", SESSION, ...k);
const type = (text: string) => tmux("send-keys", "-t", SESSION, "-l", text);

async function until(pred: (s: string) => boolean, what: string): Promise<string> {
  const started = Date.now();
  let last = "";
  while (Date.now() - started < 15_000) {
    last = screen();
    if (pred(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; the screen was:\n${last}`);
}

describe("sitrep in a terminal", () => {
  const db = join(mkdtempSync(join(tmpdir(), "sitrep-tui-")), "s.db");

  beforeAll(() => {
    if (spawnSync("tmux", ["-V"]).status !== 0)
      throw new Error("tmux is needed for this test: apt-get install -y tmux");
    const ingest = spawnSync(process.execPath, [BIN, "ingest", SAMPLE, "--db", db], { encoding: "utf8" });
    expect(ingest.status, ingest.stderr).toBe(0);
    // A shell prompt marker shows the main screen again after sitrep exits. CI=false: under CI, ink
    // draws only the last frame, and this terminal is a user's, not CI's.
    tmux(
      "new-session",
      "-d",
      "-s",
      SESSION,
      "-x",
      "100",
      "-y",
      "30",
      `CI=false ${process.execPath} ${BIN} --db ${db}; echo SITREP-EXITED-$?; sleep 60`,
    );
  });

  afterAll(() => {
    spawnSync("tmux", ["kill-session", "-t", SESSION]);
  });

  it("walks list, reader, events and search, and restores the terminal on quit", async () => {
    await until(
      (s) => s.includes("sitrep · Articles") && s.includes("Rockets strike Iraq's Ain al-Asad base"),
      "the article list",
    );
    keys("Enter");
    const reader = await until((s) => s.includes("sitrep · Reader"), "the reader");
    expect(reader).toContain("▸ Shelling or missile attack at Al Asad Air Base");
    keys("Escape");
    await until((s) => s.includes("sitrep · Articles"), "the list again");
    keys("Tab");
    const events = await until((s) => s.includes("sitrep · Events"), "the events view");
    expect(events).toContain("2019-12-03");
    keys("Tab");
    await until((s) => s.includes("sitrep · Articles"), "the list after events");
    keys("/");
    await until((s) => s.includes("/█"), "the search prompt");
    type("Esper");
    await until((s) => s.includes("/Esper"), "the typed query");
    keys("Enter");
    await until((s) => s.includes("Search: Esper"), "the search results");
    keys("q");
    keys("q");
    const after = await until((s) => s.includes("SITREP-EXITED-0"), "sitrep to exit");
    // Back on the main screen: none of the UI is left drawn.
    expect(after).not.toContain("sitrep · ");
  }, 60_000);
});
