import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, SAMPLE, scratch } from "../test-support.js";

const OTHER =
  "Gunmen kill two in Fallujah\n\n9 June 2021\n\nGunmen attacked a police checkpoint in Fallujah on Monday, killing two policemen, officials said.\n";

describe("sitrep parse", () => {
  it("prints one pretty JSON document for one input", async () => {
    const { code, stdout, stderr } = await runCli(["parse", SAMPLE, "--json"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const out = JSON.parse(stdout) as {
      article: { title: string; paragraphs: string[] };
      events: Array<{ date: { start: string } }>;
      mentions: { places: Array<{ text: string }>; dates: Array<{ text: string; date: { start: string } }> };
    };
    expect(out.article.title).toBe("Rockets strike Iraq's Ain al-Asad base hosting US troops");
    expect(out.article.paragraphs).toHaveLength(11);
    expect(out.events[0]!.date.start).toBe("2019-12-03");
    // Every place and date the article names, with the words that name them.
    expect(out.mentions.places.map((p) => p.text)).toContain("Anbar province");
    expect(out.mentions.dates.find((d) => d.text === "on 9 November")?.date.start).toBe("2019-11-09");
    expect(stdout).toContain('\n  "article": {');
  });

  it("prints one JSON line per input, in input order", async () => {
    const dir = scratch({ "b.txt": OTHER });
    const { code, stdout } = await runCli(["parse", join(dir, "b.txt"), SAMPLE, "--jsonl"]);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { file: string; article: { title: string }; mentions: { places: unknown[] } });
    expect(lines.map((l) => l.file)).toEqual([join(dir, "b.txt"), SAMPLE]);
    expect(lines[1]!.mentions.places.length).toBeGreaterThan(0);
    expect(lines[0]!.article.title).toBe("Gunmen kill two in Fallujah");
  });

  it("exports ACLED CSV: the sample's main event", async () => {
    const { code, stdout } = await runCli(["parse", SAMPLE, "--export", "acled"]);
    expect(code).toBe(0);
    const [header, first] = stdout.split("\n");
    expect(header!.split(",")).toHaveLength(31);
    expect(first).toContain("2019-12-03");
    expect(first).toContain("Explosions/Remote violence,Shelling/artillery/missile attack");
    expect(first).toContain("Iraq,Anbar");
  });

  it("exports GeoJSON", async () => {
    const { stdout } = await runCli(["parse", SAMPLE, "--export", "geojson"]);
    const fc = JSON.parse(stdout) as { type: string; features: unknown[] };
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features.length).toBeGreaterThan(0);
  });

  it("reads standard input", async () => {
    const { code, stdout } = await runCli(
      ["parse", "-", "--published-at", "2021-06-09"],
      OTHER.replace("9 June 2021\n\n", ""),
    );
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { article: { publishedAt: string }; events: Array<{ date: { start: string } }> };
    expect(out.article.publishedAt).toBe("2021-06-09");
    expect(out.events[0]!.date.start).toBe("2021-06-07");
  });

  it("reports each bad input on one line, exits 1, and still prints the good ones", async () => {
    const dir = scratch({
      "empty.txt": "",
      "image.png": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]),
      "sub/": "",
    });
    const missing = join(dir, "missing.txt");
    const { code, stdout, stderr } = await runCli([
      "parse",
      join(dir, "empty.txt"),
      SAMPLE,
      join(dir, "image.png"),
      missing,
      join(dir, "sub"),
      "--jsonl",
    ]);
    expect(code).toBe(1);
    const errors = stderr.trim().split("\n");
    expect(errors).toEqual([
      `sitrep: ${join(dir, "empty.txt")}: the input is empty`,
      `sitrep: ${join(dir, "image.png")}: the input is binary, not text`,
      `sitrep: ${missing}: no such file`,
      `sitrep: ${join(dir, "sub")}: is a directory (give the files in it, e.g. dir/*.txt)`,
    ]);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it("exits 2 on a usage error, with a message that says what is wrong", async () => {
    const unknown = await runCli(["parse", SAMPLE, "--nope"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--nope'");

    const badDate = await runCli(["parse", SAMPLE, "--published-at", "last tuesday"]);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain("publishedAt");

    const twoOutputs = await runCli(["parse", SAMPLE, "--json", "--jsonl"]);
    expect(twoOutputs.code).toBe(2);
    expect(twoOutputs.stderr).toContain("choose one output");

    const badFormat = await runCli(["parse", SAMPLE, "--format", "pdf"]);
    expect(badFormat.code).toBe(2);

    const noFiles = await runCli(["parse"]);
    expect(noFiles.code).toBe(2);
    expect(noFiles.stderr).toContain("missing required argument");
  });

  it("prints help and version", async () => {
    const help = await runCli(["parse", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--export <kind>");
    const top = await runCli(["--help"]);
    expect(top.stdout).toContain("parse [options] <files...>");
    const version = await runCli(["--version"]);
    expect(version.stdout).toMatch(/^sitrep \d+\.\d+\.\d+ \(parser \d+\.\d+\.\d+\)/);
  });
});
