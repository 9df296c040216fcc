import { check, type Diagnostics } from "recheck";
import { describe, expect, it } from "vitest";
import { parseTime } from "./test-support/parse-time.js";
import { parserPatterns, type ParserPattern } from "./test-support/patterns.js";

// Every regular expression of the parser, judged by a ReDoS checker (recheck). One that can take
// exponential time fails outright. One that takes polynomial time is tried as the parser meets it:
// its attack string, pumped to 1 MB, is parsed as text, a page and a record, each under 2 s (the
// unknown verdicts, patterns too large to judge in time, are left to stages.fuzz.test.ts). The
// parser's bounds (sentences of 5,000 characters, lines, heads) are what keep those fast.

const MB = 1024 * 1024;
const CHECK_MS = 3000;
const PARSE_MS = 2000;

interface Verdict {
  pattern: ParserPattern;
  diagnostics: Diagnostics;
}

async function judge(patterns: ParserPattern[]): Promise<Verdict[]> {
  const out: Verdict[] = [];
  // Two at a time: the checker runs as a process of its own, and the suite shares two cores.
  const queue = [...patterns];
  await Promise.all(
    [0, 1].map(async () => {
      for (let p = queue.shift(); p; p = queue.shift()) {
        out.push({ pattern: p, diagnostics: await check(p.source, p.flags, { timeout: CHECK_MS }) });
      }
    }),
  );
  return out;
}

/** The checker's attack with its pumps repeated until it is `size` characters long. */
function pumped(diagnostics: Diagnostics, size: number): string {
  if (diagnostics.status !== "vulnerable") return "";
  const { pumps, suffix } = diagnostics.attack;
  const unit = pumps.reduce((n, p) => n + p.prefix.length + p.pump.length, 0) || 1;
  const times = Math.max(1, Math.floor(size / unit));
  return pumps.map((p) => p.prefix + p.pump.repeat(times)).join("") + suffix;
}

describe("the parser's regular expressions", async () => {
  // Collected before the parser is imported here: a module already loaded builds nothing anew.
  const patterns = await parserPatterns();
  const { parse } = await import("./parse.js");
  let verdicts: Verdict[] = [];

  it("are all found: literals and the ones built from word lists", () => {
    expect(patterns.length).toBeGreaterThan(400);
    expect(patterns.some((p) => p.where.startsWith("text/pattern.ts"))).toBe(true);
    expect(patterns.some((p) => p.where.startsWith("text/any-of.ts"))).toBe(true);
  });

  it("include none that can take exponential time", async () => {
    verdicts = await judge(patterns);
    const exponential = verdicts.filter(
      (v) => v.diagnostics.status === "vulnerable" && v.diagnostics.complexity.type === "exponential",
    );
    expect(exponential.map((v) => `${v.pattern.where}: /${v.pattern.source.slice(0, 80)}/`)).toEqual([]);
  }, 600_000);

  it("cost the parser under 2 s on 1 MB of any polynomial one's attack, as text, page or record", () => {
    const slow: string[] = [];
    for (const v of verdicts) {
      if (v.diagnostics.status !== "vulnerable") continue;
      const attack = pumped(v.diagnostics, MB);
      // A page and a record hold it twice, as title and as text: half each, 1 MB in all.
      const half = pumped(v.diagnostics, MB / 2);
      const inputs = {
        text: `Report\n\n${attack}`,
        page: `<html><head><title>${half}</title></head><body><p>${half}</p></body></html>`,
        record: JSON.stringify({ title: half, maintext: half }),
      };
      for (const [kind, input] of Object.entries(inputs)) {
        const ms = parseTime(parse, input);
        if (ms > PARSE_MS) slow.push(`${v.pattern.where} as ${kind}: ${ms.toFixed(0)} ms`);
      }
    }
    expect(slow).toEqual([]);
  }, 600_000);
});
