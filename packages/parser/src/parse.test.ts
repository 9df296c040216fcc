import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { ParseResult } from "@sitrep/schema";
import { ParseError } from "./errors.js";
import { parse, parseFeedItem } from "./parse.js";
import { articleIdOfUrl } from "./article/build-article.js";
import { sampleText } from "./test-support/sample.js";

const require = createRequire(import.meta.url);

describe("parse", () => {
  it("returns a result valid against the zod models and the committed JSON Schema", () => {
    const result = JSON.parse(JSON.stringify(parse(sampleText()))) as unknown;
    expect(ParseResult.safeParse(result).error).toBeUndefined();
    const schema = JSON.parse(readFileSync(require.resolve("@sitrep/schema/json-schema"), "utf8")) as object;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
  });

  it("gives the same article the same id, and a URL decides it when there is one", () => {
    const a = parse(sampleText()).article.id;
    expect(parse(sampleText()).article.id).toBe(a);
    const withUrl = parse(sampleText(), { url: "https://www.newarab.com/news/rockets?utm_source=x" }).article;
    const sameUrl = parse("Other title\n\nOther text.", { url: "https://newarab.com/news/rockets" }).article;
    expect(withUrl.id).toBe(sameUrl.id);
    expect(withUrl.source.domain).toBe("newarab.com");
  });

  it("takes the publication date and URL from options", () => {
    const { article, events } = parse("A title\n\nGunmen attacked a checkpoint in Fallujah on Monday.", {
      publishedAt: "2021-06-09",
    });
    expect(article.publishedAt).toBe("2021-06-09");
    expect(events[0]?.date.start).toBe("2021-06-07");
  });

  it("places an event without a place of its own where the sentence before it says", () => {
    const { events } = parse(
      "Rent protest\n\n19 March 2022\n\nActivists occupied a house in Vienna on Friday against rising rents.\n\nPolice arrested twelve people.",
      { format: "text" },
    );
    const arrests = events.find((e) => e.type.subEventType === "Arrests");
    expect(arrests?.location).toMatchObject({ name: "Vienna", country: { iso2: "AT" } });
  });

  it("dates an event without a date of its own by the last date the article gave", () => {
    const { events } = parse(
      "Night raid\n\nOn 27 March 2022, officials reviewed the border.\n\nGunmen later attacked a police post in Kandahar.",
      { publishedAt: "2022-04-04" },
    );
    expect(events[0]?.date).toMatchObject({ start: "2022-03-27", precision: "day" });
  });

  it("places an event in the one country its rebel group fights in when the text names no place", () => {
    const { events } = parse(
      "On 16 February 2022, NAF rebel forces dropped grenades on government positions near Zolotoye-5.",
      { publishedAt: "2022-02-20" },
    );
    expect(events[0]?.location).toMatchObject({ kind: "country", precision: "country", country: { iso2: "UA" } });
    // A state's forces fight abroad as often as at home: they place nothing.
    const { events: abroad } = parse("On 16 February 2022, Russian forces shelled positions near Zolotoye-5.", {
      publishedAt: "2022-02-20",
    });
    expect(abroad[0]?.location?.country?.iso2).not.toBe("RU");
  });

  it.each([
    ["empty", "   \n\n "],
    ["binary", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02])],
  ])("refuses %s input with a typed error", (code, input) => {
    expect(() => parse(input)).toThrow(ParseError);
    try {
      parse(input);
    } catch (e) {
      expect((e as ParseError).code).toBe(code);
    }
  });

  it("reads UTF-8 with a byte-order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Title\n\nBody text here.")]);
    expect(parse(bytes).article.title).toBe("Title");
  });

  it("sniffs news-please records and HTML pages", () => {
    const record = {
      title: "Blast in Kabul",
      maintext: "A bomb exploded in Kabul on Monday, killing four people.",
      date_publish: "2021-06-09 10:00:00",
      url: "https://example.com/a",
      source_domain: "example.com",
    };
    const np = parse(JSON.stringify(record));
    expect(np.article.provenance.format).toBe("newsplease");
    expect(np.article.publishedAt).toBe("2021-06-09T10:00:00Z");
    expect(np.events[0]?.casualties.killed.value).toBe(4);

    const html = `<!doctype html><html lang="en"><head><title>Blast in Kabul</title><meta property="article:published_time" content="2021-06-09T10:00:00Z"></head>
      <body><nav>Home | World</nav><article><h1>Blast in Kabul</h1><p>A bomb exploded in Kabul on Monday, killing four people, police said. ${"More detail follows here. ".repeat(20)}</p><p>The Taliban denied any role.</p></article></body></html>`;
    const h = parse(html);
    expect(h.article.provenance.format).toBe("html");
    expect(h.article.language).toBe("en");
    expect(h.article.text).not.toContain("Home | World");
    expect(h.article.publishedAt).toBe("2021-06-09T10:00:00Z");
  });

  it("reports a news-please record with nothing in it", () => {
    expect(() => parse(JSON.stringify({ title: null, maintext: null, url: "x" }), { format: "newsplease" })).toThrow(
      /needs a title, maintext or text/,
    );
  });

  it("reads the first of several news-please records in JSON lines, and says there are more", () => {
    const line = (town: string) =>
      JSON.stringify({
        title: `Shelling in ${town}`,
        maintext: `Shells hit ${town} on Monday.`,
        date_publish: "2022-03-07 09:00:00",
      });
    const result = parse([line("Kharkiv"), line("Sumy")].join("\n"));
    expect(result.article.title).toBe("Shelling in Kharkiv");
    expect(result.warnings.map((w) => w.code)).toContain("several_records");
    expect(() => parse(`${line("Kharkiv")}\n{oops`, { format: "newsplease" })).toThrow(/line 2 is not valid JSON/);
  });
});

describe("what identifies an article", () => {
  const page = (canonical: string) =>
    `<!doctype html><html><head><title>Floods</title><link rel="canonical" href="${canonical}"></head>` +
    `<body><article><h1>Floods</h1><p>Rivers rose across the region on Monday, officials said.</p></article></body></html>`;

  it("is the content for a page read without an address, whatever canonical link it claims", () => {
    const a = parse(page("https://news.example/floods")).article;
    const b = parse(page("https://other.example/x")).article;
    expect(a.url).toBe("https://news.example/floods");
    expect(a.id).not.toBe(articleIdOfUrl("https://news.example/floods"));
    expect(a.id).toBe(b.id);
  });

  it("is the canonical link of a page fetched from its site, else the address it came from", () => {
    const same = parse(page("https://news.example/floods"), { url: "https://news.example/floods?utm=x" });
    expect(same.article.id).toBe(articleIdOfUrl("https://news.example/floods"));
    const elsewhere = parse(page("https://news.example/floods"), { url: "https://mirror.example/copy" });
    expect(elsewhere.article.id).toBe(articleIdOfUrl("https://mirror.example/copy"));
  });

  it("is a feed item's link only when the feed came from the link's site", () => {
    const item = {
      id: "1",
      title: "Floods",
      link: "https://news.example/floods",
      publishedAt: null,
      authors: [],
      summary: null,
      contentHtml: "<p>Rivers rose across the region on Monday, officials said.</p>",
    };
    const own = parseFeedItem(item, { feedUrl: "https://news.example/rss" }).article.id;
    expect(own).toBe(articleIdOfUrl("https://news.example/floods"));
    expect(parseFeedItem(item, { feedUrl: "https://evil.example/rss" }).article.id).not.toBe(own);
    expect(parseFeedItem(item).article.id).not.toBe(own);
  });
});
