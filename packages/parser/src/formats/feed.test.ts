import { describe, expect, it } from "vitest";
import { parse, parseFeedItem } from "../parse.js";
import { ParseError } from "../errors.js";
import { hasFullContent, parseFeed } from "./feed.js";

const BODY =
  "<p>Gunmen attacked a police checkpoint in Fallujah on Monday, killing two policemen, officials said.</p>" +
  [1, 2, 3, 4]
    .map(
      (n) => `<p>The attackers fled before reinforcements arrived, police source ${n} told reporters at the scene.</p>`,
    )
    .join("");

const RSS = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
<item><title>Checkpoint attacked</title><link>https://news.example/a</link><pubDate>Wed, 09 Jun 2021 10:00:00 GMT</pubDate><description>Teaser</description><content:encoded><![CDATA[${BODY}]]></content:encoded><guid>a</guid></item>
<item><title>Short item</title><link>https://news.example/b</link><description>Only a teaser</description></item></channel></rss>`;

const ATOM = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><entry><title>Entry</title><link href="https://news.example/c"/><id>c</id><updated>2021-06-09T10:00:00Z</updated><summary>S</summary></entry></feed>`;

const JSON_FEED = JSON.stringify({
  version: "https://jsonfeed.org/version/1.1",
  title: "J",
  items: [
    {
      id: "d",
      url: "https://news.example/d",
      title: "D",
      content_text: "One.\n\nTwo.",
      date_published: "2021-06-09T10:00:00Z",
    },
  ],
});

describe("feeds", () => {
  it("reads RSS, Atom and JSON Feed into the same items", () => {
    const rss = parseFeed(RSS);
    expect(rss.format).toBe("rss");
    expect(rss.items.map((i) => [i.title, i.link, i.publishedAt])).toEqual([
      ["Checkpoint attacked", "https://news.example/a", "2021-06-09T10:00:00Z"],
      ["Short item", "https://news.example/b", null],
    ]);
    expect(parseFeed(ATOM).items[0]).toMatchObject({
      title: "Entry",
      link: "https://news.example/c",
      publishedAt: "2021-06-09T10:00:00Z",
    });
    expect(parseFeed(JSON_FEED).items[0]).toMatchObject({
      link: "https://news.example/d",
      contentHtml: "<p>One.</p><p>Two.</p>",
    });
  });

  it("tells an item with a full body from a teaser", () => {
    const [full, teaser] = parseFeed(RSS).items;
    expect(hasFullContent(full!)).toBe(true);
    expect(hasFullContent(teaser!)).toBe(false);
  });

  it("turns an item with a full body into an article with events", () => {
    const { article, events } = parseFeedItem(parseFeed(RSS).items[0]!);
    expect(article.provenance.format).toBe("feed");
    expect(article.url).toBe("https://news.example/a");
    expect(article.paragraphs).toHaveLength(5);
    expect(events[0]).toMatchObject({ date: { start: "2021-06-07" }, casualties: { killed: { value: 2 } } });
  });

  it("refuses to take a feed for one article", () => {
    expect(() => parse(RSS)).toThrow(ParseError);
    expect(() => parse(JSON_FEED)).toThrow(/feed/);
  });
});
