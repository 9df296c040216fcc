import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, scratch } from "../test-support.js";

// An escape written as an entity survives the parser's clean-up of raw control characters.
const PAGE = `<!doctype html><html><head><title>Evil&#x1b;[2J title</title>
<meta property="og:site_name" content="Evil&#x1b;]0;pwned&#x7;Site&#x9b;31m">
<meta property="article:published_time" content="2021-06-09T08:00:00Z"></head>
<body><article><h1>Evil&#x1b;[2J title</h1><p>A bomb exploded in Kabul on Monday, killing four people, police said.</p>
</article></body></html>`;

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const RAW = /[\u001b\u0007\u009b]/;

describe("what the commands write to a terminal", () => {
  it("draws stored site names and titles inert in stats and search on a terminal", async () => {
    const dir = scratch({ "evil.html": PAGE });
    const env = { SITREP_DB: join(dir, "s.db") };
    expect((await runCli(["ingest", join(dir, "evil.html")], "", env)).code).toBe(0);
    const stats = await runCli(["stats"], "", env, true);
    expect(stats.stdout).toContain("EvilSite");
    expect(stats.stdout).not.toMatch(RAW);
    const search = await runCli(["search", "kabul"], "", env, true);
    expect(search.stdout).toContain("Evil title");
    expect(search.stdout).not.toMatch(RAW);
    // Piped, the data is left as it is: JSON escapes what it must itself.
    const json = await runCli(["search", "kabul", "--json"], "", env, false);
    expect(JSON.parse(json.stdout)).toBeTruthy();
  });

  it("writes a site name that looks like a formula as text in ACLED CSV, from parse and from the store", async () => {
    const page = PAGE.replace(/content="Evil[^"]*"/, `content='=HYPERLINK("http://evil.example","site")'`);
    const dir = scratch({ "formula.html": page });
    const parsed = await runCli(["parse", join(dir, "formula.html"), "--export", "acled"]);
    expect(parsed.stdout).toContain(`"'=HYPERLINK(""http://evil.example"",""site"")"`);
    const env = { SITREP_DB: join(dir, "s.db") };
    await runCli(["ingest", join(dir, "formula.html")], "", env);
    const exported = await runCli(["export", "--format", "acled"], "", env);
    expect(exported.stdout).toContain(`"'=HYPERLINK(`);
    expect(exported.stdout).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it("draws a failing input's name inert in error lines", async () => {
    const dir = scratch({});
    const env = { SITREP_DB: join(dir, "s.db") };
    const run = await runCli(["ingest", join(dir, "no\u001b]0;pwned\u0007such.txt")], "", env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("nosuch.txt");
    expect(run.stderr).not.toMatch(RAW);
  });
});
