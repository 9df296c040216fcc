import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandInputs } from "./sources.js";

describe("inputs named on the command line", () => {
  it("follows links to files and folders, each folder once, and reports links to nothing", async () => {
    const root = mkdtempSync(join(tmpdir(), "sitrep-links-"));
    const real = join(root, "real");
    mkdirSync(join(real, "sub"), { recursive: true });
    writeFileSync(join(real, "a.txt"), "a");
    writeFileSync(join(real, "sub", "b.txt"), "b");
    const links = join(root, "links");
    mkdirSync(links);
    symlinkSync(join(real, "a.txt"), join(links, "1-file"));
    symlinkSync(join(real, "sub"), join(links, "2-folder"));
    symlinkSync(links, join(links, "3-loop"));
    symlinkSync(join(root, "gone.txt"), join(links, "4-dangling"));
    symlinkSync(join(links, "5-cycle"), join(links, "5-cycle"));
    const inputs = await expandInputs([links]);
    expect(inputs).toEqual([
      { kind: "file", path: join(links, "1-file") },
      { kind: "file", path: join(links, "2-folder", "b.txt") },
      {
        kind: "missing",
        origin: join(links, "4-dangling"),
        reason: `a link to ${join(root, "gone.txt")}, which does not exist`,
      },
      { kind: "missing", origin: join(links, "5-cycle"), reason: `a loop of links (to ${join(links, "5-cycle")})` },
    ]);
  });
});
