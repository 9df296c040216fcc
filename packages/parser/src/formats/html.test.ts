import { describe, expect, it } from "vitest";
import { parse } from "../parse.js";

const BODY = [
  "Heavy rain flooded the lower town on Sunday, forcing hundreds of families from their homes.",
  "Emergency crews worked through the night to reinforce the river banks with sandbags.",
  "The mayor said the town would ask the government for help with the cost of the repairs.",
];

describe("HTML pages", () => {
  it("drops navigation lists and interface words that Readability keeps", () => {
    const html = `<!doctype html><html lang="en"><head><title>Floods hit the lower town</title></head><body><article><h1>Floods hit the lower town</h1>
      <ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/jobs">Jobs</a></li></ul>
      ${BODY.map((p) => `<p>${p} ${"It was the worst flood in decades, residents said. ".repeat(2)}</p>`).join("")}
      <p>Advertisement</p><p>You may also like</p>
      <ul><li>A list item that is real article text, with <a href="/x">a link</a> inside a longer sentence.</li></ul></article></body></html>`;
    const { article } = parse(html);
    expect(article.paragraphs.map((p) => p.slice(0, 20))).toEqual([
      ...BODY.map((p) => p.slice(0, 20)),
      "A list item that is ",
    ]);
    expect(article.language).toBe("en");
  });
});
