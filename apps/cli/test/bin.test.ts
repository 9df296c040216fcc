import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// The real command, as a user runs it: the built bin/sitrep.js (npm test builds it first).
const BIN = new URL("../bin/sitrep.js", import.meta.url).pathname;
const SAMPLE = new URL("../../../samples/ain-al-asad-2019-12-04.txt", import.meta.url).pathname;

function sitrep(args: string[], input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", input, timeout: 30_000 });
}

describe("the sitrep binary", () => {
  it("parses the sample to ACLED CSV", () => {
    const r = sitrep(["parse", SAMPLE, "--export", "acled"]);
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")[1]).toMatch(
      /^IRQ-a_[0-9a-f]{16}-e1,2019-12-03,2019,1,Political violence,Explosions\/Remote violence,Shelling\/artillery\/missile attack,/,
    );
  });

  it("fails a usage error with exit code 2 and no stack trace", () => {
    const r = sitrep(["parse", SAMPLE, "--bogus"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown option");
    expect(r.stderr).not.toContain("    at ");
  });

  it("survives a reader that closes the pipe early", () => {
    const r = spawnSync(
      "sh",
      ["-c", `"${process.execPath}" "${BIN}" parse "${SAMPLE}" "${SAMPLE}" "${SAMPLE}" --jsonl | head -c 10`],
      { encoding: "utf8" },
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
  });
});
