import { describe, expect, it } from "vitest";
import { parse } from "../parse.js";
import { sampleText } from "../test-support/sample.js";

const BODY = [
  "Gunmen attacked a police checkpoint in the town of Baqubah on Monday, killing two policemen, officials said.",
  "The attackers fled before reinforcements arrived.",
  "Diyala province has seen a rise in attacks this year.",
];

function page(lines: string[], eol = "\n"): string {
  return lines.join(eol);
}

describe("scraped-text layout: the sample", () => {
  const { article } = parse(sampleText());

  it("reads the header", () => {
    expect(article.title).toBe("Rockets strike Iraq's Ain al-Asad base hosting US troops");
    expect(article.standfirst).toMatch(/^A US military base in Iraq's Anbar province/);
    expect(article.readingTimeMinutes).toBe(2);
    expect(article.publishedAt).toBe("2019-12-04");
    expect(article.image).toEqual({
      url: null,
      caption: "The US has 5,200 troops in Iraq as part of an anti-IS coalition",
      credit: "Getty/ Archive",
    });
  });

  it("keeps 11 body paragraphs and nothing of the page furniture", () => {
    expect(article.paragraphs).toHaveLength(11);
    for (const junk of ["Read more", "Follow us", "min read", "Tags"]) expect(article.text).not.toContain(junk);
    expect(article.text).toBe(article.paragraphs.join("\n\n"));
  });

  it("moves the promo to related", () => {
    expect(article.related).toEqual([
      { title: "Normalisation breeds impunity - Deafening silence as Israel strikes multiple Arab states", url: null },
    ]);
  });

  it("normalises no-break spaces", () => {
    expect(sampleText()).toContain("\u00a0");
    expect(article.text).not.toContain("\u00a0");
    expect(article.title).not.toContain("\u00a0");
  });
});

describe("scraped-text layout: variants", () => {
  it("parses a page without a caption", () => {
    const { article } = parse(
      page([
        "Title of the story",
        "",
        "Title of the story",
        "A standfirst sentence about it.",
        "3 min read",
        "12 March, 2021",
        ...BODY,
      ]),
    );
    expect(article.image).toBeNull();
    expect(article.standfirst).toBe("A standfirst sentence about it.");
    expect(article.publishedAt).toBe("2021-03-12");
    expect(article.readingTimeMinutes).toBe(3);
    expect(article.paragraphs).toEqual(BODY);
  });

  it("parses a page without a date line, and invents no date", () => {
    const { article, warnings } = parse(
      page(["Title of the story", "A standfirst sentence about it.", "3 min read", ...BODY]),
    );
    expect(article.publishedAt).toBeNull();
    expect(article.paragraphs).toEqual(BODY);
    expect(warnings.map((w) => w.code)).toContain("no_publication_date");
  });

  it("moves several promos of different wordings to related", () => {
    const { article } = parse(
      page([
        "Title",
        "Standfirst here.",
        "1 min read",
        "5 May 2020",
        BODY[0]!,
        "Read more: First promo",
        BODY[1]!,
        "READ ALSO: Second promo",
        "Related: Third promo",
        BODY[2]!,
      ]),
    );
    expect(article.related.map((r) => r.title)).toEqual(["First promo", "Second promo", "Third promo"]);
    expect(article.paragraphs).toEqual(BODY);
  });

  it("reads tags, on one line or one a line", () => {
    const inline = parse(
      page([
        "Title",
        "Standfirst.",
        "2 min read",
        "5 May 2020",
        ...BODY,
        "Follow us on Facebook",
        "Tags: Iraq, Diyala, Security",
      ]),
    );
    expect(inline.article.tags).toEqual(["Iraq", "Diyala", "Security"]);
    const listed = parse(page(["Title", "Standfirst.", "2 min read", "5 May 2020", ...BODY, "Tags", "Iraq", "Diyala"]));
    expect(listed.article.tags).toEqual(["Iraq", "Diyala"]);
    expect(listed.article.paragraphs).toEqual(BODY);
  });

  it("reads Windows line endings the same as Unix ones", () => {
    const lines = [
      "Title of the story",
      "",
      "Title of the story",
      "A standfirst.",
      "2 min read",
      "04 December, 2019",
      "A caption [Reuters]",
      ...BODY,
    ];
    const unix = parse(page(lines, "\n")).article;
    const windows = parse(page(lines, "\r\n")).article;
    expect(windows).toEqual(unix);
    expect(windows.image?.credit).toBe("Reuters");
  });

  it("takes a plain dump as title and paragraphs, inventing no standfirst", () => {
    const { article } = parse(page(["Just a title", "", ...BODY]));
    expect(article.title).toBe("Just a title");
    expect(article.standfirst).toBeNull();
    expect(article.paragraphs).toEqual(BODY);
  });

  it("counts reading time from the words when the page does not state it", () => {
    const words = Array.from({ length: 700 }, () => "word").join(" ");
    const { article } = parse(page(["Title", words]));
    expect(article.wordCount).toBe(700);
    expect(article.readingTimeMinutes).toBe(3);
  });
});
