import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "./errors.js";
import { parse } from "./parse.js";

// Articles are hostile input: whatever arrives, parse returns a result or throws a ParseError,
// never anything else, and never takes long.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rockets hit base</title>
<meta property="article:published_time" content="2019-12-04T10:00:00Z"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Rockets hit base","datePublished":"2019-12-04"}</script></head>
<body><nav><a href="/">Home</a></nav><article><h1>Rockets hit base</h1><p class="standfirst">Five rockets struck the Ain al-Asad base on Tuesday.</p>
<p>The Ain al-Asad base in western Iraq was struck by five rockets on Tuesday, Iraq's military said in a statement.</p>
<p>No casualties were reported when the missiles struck, which hosts US troops serving in Anbar province.</p>
<figure><img src="a.jpg"><figcaption>The base in 2020. Photo: Reuters</figcaption></figure><ul><li>one</li><li>two</li></ul></article>
<footer>Read more: <a href="/x">Other story</a></footer></body></html>`;
const RECORD = JSON.stringify({
  title: "Blast in Kabul",
  maintext: "A bomb exploded in Kabul on Monday, killing four people, police said.",
  date_publish: "2021-06-09 10:00:00",
  url: "https://kabul.example/blast",
});
const TEXT =
  "Rockets hit base\n\n4 December 2019\n\nThe Ain al-Asad base in western Iraq was struck by five rockets on Tuesday.\n\nNo casualties were reported.";

/**
 * parse, timed; any throw other than a ParseError fails the property. The cap tells a hang or a
 * quadratic blow-up from a slow machine: generous, since the suite shares two cores.
 */
function survives(input: string | Uint8Array, capMs = 5000): boolean {
  const t = performance.now();
  try {
    parse(input);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
  }
  const ms = performance.now() - t;
  if (ms > capMs) throw new Error(`parse took ${ms.toFixed(0)} ms`);
  return true;
}

/** A page cut, spliced and corrupted at random places. */
const mutated = (base: string) =>
  fc
    .array(
      fc.oneof(
        fc.record({ kind: fc.constant("cut" as const), at: fc.nat(), length: fc.nat(200) }),
        fc.record({
          kind: fc.constant("insert" as const),
          at: fc.nat(),
          text: fc.oneof(
            fc.string(),
            fc.constantFrom(
              "<",
              ">",
              "</p>",
              "<div>",
              "<!--",
              "]]>",
              "&amp",
              "\u0000",
              "\uFFFD",
              '"',
              "<script>",
              "\n\n",
            ),
          ),
        }),
        fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
      ),
      { maxLength: 12 },
    )
    .map((edits) =>
      edits.reduce((s, e) => {
        const at = s.length === 0 ? 0 : e.at % (s.length + 1);
        if (e.kind === "cut") return s.slice(0, at) + s.slice(at + e.length);
        if (e.kind === "insert") return s.slice(0, at) + e.text + s.slice(at);
        return s.slice(0, at);
      }, base),
    );

describe("parse on hostile input", () => {
  it("returns an article or a ParseError for random text and bytes", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (input) => survives(input)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (input) => survives(input)),
      { numRuns: 300 },
    );
  });

  it("returns an article or a ParseError for mutated pages, records and text dumps", () => {
    fc.assert(
      fc.property(mutated(PAGE), (input) => survives(input)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(mutated(RECORD), (input) => survives(input)),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(mutated(TEXT), (input) => survives(input)),
      { numRuns: 200 },
    );
  });

  it("reads a page nested 10,000 elements deep in time", () => {
    const deep = `<html><body><article><h1>Deep page</h1>${"<div>".repeat(10_000)}<p>Five rockets struck the base on Tuesday, officials said.</p>${"</div>".repeat(10_000)}</article></body></html>`;
    expect(survives(deep)).toBe(true);
    const result = parse(deep);
    expect(result.article.paragraphs).toContain("Five rockets struck the base on Tuesday, officials said.");
    expect(result.events[0]?.weapons[0]?.count?.value).toBe(5);
  });

  it("reads a 20 MB page in time, and refuses one over the limit with a ParseError", () => {
    const paragraph =
      "<p>Five rockets struck the base on Tuesday, officials said, and no one was hurt in the attack.</p>\n";
    const big = `<html><head><title>Big page</title></head><body><article><h1>Big page</h1>${paragraph.repeat(Math.ceil((20 * 1024 * 1024) / paragraph.length))}</article></body></html>`;
    // About 2 s alone on this machine; a parse that grew with the page's square would take hours.
    expect(survives(big, 15_000)).toBe(true);
    const result = parse(big);
    expect(result.article.title).toBe("Big page");
    expect(result.warnings.map((w) => w.code)).toContain("plain_html");
    expect(() => parse("x".repeat(33 * 1024 * 1024))).toThrow(ParseError);
  }, 60_000);

  it("reads a page whose declared charset is wrong", () => {
    const latin1 = Uint8Array.from(
      Buffer.from(PAGE.replace("Rockets hit base", "Rockets hit base near Salah ad-Din — café"), "latin1"),
    );
    expect(survives(latin1)).toBe(true);
  });
});
