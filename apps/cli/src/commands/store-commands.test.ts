import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, SAMPLE, scratch } from "../test-support.js";

const OTHER =
  "Gunmen kill two in Fallujah\n\n9 June 2021\n\nGunmen attacked a police checkpoint in Fallujah on Monday, killing two policemen, officials said.\n";

function freshEnv() {
  return { SITREP_DB: join(mkdtempSync(join(tmpdir(), "sitrep-cli-store-")), "s.db") };
}

describe("sitrep ingest, search, export, stats", () => {
  it("ingests, reports failures with exit 1, and keeps the good inputs", async () => {
    const env = freshEnv();
    const dir = scratch({ "a.txt": OTHER, "empty.txt": "" });
    const r = await runCli(["ingest", SAMPLE, dir], "", env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`sitrep: ${join(dir, "empty.txt")}: the input is empty`);
    expect(r.stderr).toMatch(/ingested 3 inputs in [\d.]+ s \(\d+\/s\): 2 added, 0 updated, 0 unchanged, 1 failed/);
    const again = await runCli(["ingest", SAMPLE], "", env);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("0 added, 0 updated, 1 unchanged, 0 failed");
  });

  it("searches articles and grouped events, with filters and pages", async () => {
    const env = freshEnv();
    await runCli(["ingest", SAMPLE, scratch({ "a.txt": OTHER })], "", env);
    const all = await runCli(["search"], "", env);
    expect(all.stdout).toContain("Rockets strike Iraq's Ain al-Asad base hosting US troops");
    expect(all.stdout).toContain("Gunmen kill two in Fallujah");
    const words = await runCli(["search", "checkpoint"], "", env);
    expect(words.stdout).toContain("«checkpoint»");
    expect(words.stdout).not.toContain("Ain al-Asad base hosting");
    const json = JSON.parse((await runCli(["search", "--json", "--limit", "1"], "", env)).stdout) as {
      items: unknown[];
      next: string;
    };
    expect(json.items).toHaveLength(1);
    const second = JSON.parse(
      (await runCli(["search", "--json", "--limit", "1", "--cursor", json.next], "", env)).stdout,
    ) as { items: Array<{ id: string }> };
    expect(second.items).toHaveLength(1);
    const events = await runCli(["search", "--events", "--province", "Anbar"], "", env);
    expect(events.stdout).toContain("Shelling/artillery/missile attack  Al Asad Air Base, Anbar, Iraq  0 killed");
    const deadly = await runCli(["search", "--fatalities"], "", env);
    expect(deadly.stdout).toContain("Gunmen kill two in Fallujah");
    const badType = await runCli(["search", "--type", "Nonsense"], "", env);
    expect(badType.code).toBe(2);
    const badCursor = await runCli(["search", "--cursor", "zzz"], "", env);
    expect(badCursor.code).toBe(2);
    expect(badCursor.stderr).toContain("cursor");
  });

  it("says what to do when the store is empty", async () => {
    const r = await runCli(["search"], "", freshEnv());
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("no articles yet: run `sitrep ingest");
  });

  it("exports ACLED CSV, GeoJSON and JSON lines of the store", async () => {
    const env = freshEnv();
    await runCli(["ingest", SAMPLE], "", env);
    const acled = await runCli(["export", "--format", "acled", "--country", "Iraq"], "", env);
    expect(acled.stdout.split("\n")[0]!.split(",")).toHaveLength(31);
    expect(acled.stdout).toContain(
      "2019-12-03,2019,1,Political violence,Explosions/Remote violence,Shelling/artillery/missile attack",
    );
    const geo = JSON.parse((await runCli(["export", "--format", "geojson"], "", env)).stdout) as {
      features: unknown[];
    };
    expect(geo.features.length).toBeGreaterThan(0);
    const lines = (await runCli(["export", "--format", "jsonl"], "", env)).stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).article.title).toContain("Ain al-Asad");
    expect((await runCli(["export"], "", env)).code).toBe(2);
  });

  it("follows feeds and reports stats", async () => {
    const env = freshEnv();
    expect((await runCli(["feeds", "add", "https://news.example/feed.xml"], "", env)).code).toBe(0);
    expect((await runCli(["feeds", "list"], "", env)).stdout).toContain("https://news.example/feed.xml");
    expect((await runCli(["feeds", "add", "not a url"], "", env)).code).toBe(2);
    expect((await runCli(["feeds", "remove", "https://news.example/feed.xml"], "", env)).code).toBe(0);
    expect((await runCli(["feeds", "remove", "https://news.example/feed.xml"], "", env)).code).toBe(1);
    await runCli(["ingest", SAMPLE], "", env);
    const stats = await runCli(["stats"], "", env);
    expect(stats.stdout).toMatch(/articles\s+1 \(2019-12-04 to 2019-12-04\)/);
    expect((await runCli(["stats", "--check"], "", env)).code).toBe(0);
    const reparse = await runCli(["reparse", "--all"], "", env);
    expect(reparse.stderr).toContain("re-parsed 1: 0 updated, 1 unchanged, 0 failed");
  });

  it("explains a bad store setting", async () => {
    const r = await runCli(["stats"], "", { DATABASE_URL: "mysql://nope" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("DATABASE_URL must be a postgres://");
  });
});
