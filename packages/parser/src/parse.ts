import { z } from "zod";
import { InputFormat, type ParseResult, type ParseWarning } from "@sitrep/schema";
import { buildArticle, emptyDraft, type ArticleDraft } from "./article/build-article.js";
import { domainOf, parseHttpUrl } from "./article/url.js";
import { ParseError } from "./errors.js";
import { readArticle } from "./events/extract-events.js";
import type { FeedItem } from "./formats/feed.js";
import { htmlToParagraphs, parseHtml } from "./formats/html.js";
import { plainHtml } from "./formats/html-plain.js";
import { nestsDeeperThan } from "./formats/html/nesting.js";
import { newsPleaseRecords, parseNewsPlease } from "./formats/newsplease.js";
import { parseScrapedText } from "./formats/scraped-text.js";
import { decodeInput } from "./input/decode.js";
import { sniffFormat } from "./input/sniff-format.js";
import { normaliseText } from "./text/normalise.js";
import type { Gazetteer } from "./places/gazetteer.js";

export const ParseOptions = z.object({
  format: z.union([z.literal("auto"), InputFormat]).default("auto"),
  /** Publication date to use when the input has none, or to correct it: YYYY-MM-DD or ISO date-time. */
  publishedAt: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
  /** The article's URL, when the input does not carry it. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** Extract events too (the default); false gives the article alone, faster. */
  events: z.boolean().default(true),
});
export type ParseOptions = z.input<typeof ParseOptions> & { gazetteer?: Gazetteer };

/**
 * Any input (scraped text, HTML, a news-please record) to an Article and the Events it reports.
 * Throws ParseError, and nothing else, for input that holds no article.
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  const opts = ParseOptions.parse(options);
  const text = normaliseText(decodeInput(input));
  if (text.trim().length === 0) throw new ParseError("empty", "the input is empty");
  const format = opts.format === "auto" ? sniffFormat(text) : opts.format;
  const warnings: ParseWarning[] = [];
  const draft = toDraft(text, format, opts.url ?? null, warnings);
  // A page's own canonical link on the same site names the article better than the address it
  // was saved from (an AMP or tracking copy); elsewhere the address given wins.
  if (opts.url && !(format === "html" && draft.url && sameSite(draft.url, opts.url))) draft.url = opts.url;
  if (opts.publishedAt) draft.publishedAt = opts.publishedAt;
  // Only an address the caller gives identifies the article; see buildArticle.
  return finish(draft, warnings, options.gazetteer, opts.events, opts.url !== undefined);
}

/**
 * A feed item that carries its full body, as an article of its own (format "feed"). Its link
 * identifies it when the feed was fetched from the link's site (`feedUrl`); a feed elsewhere, or
 * read from a file, could otherwise replace any stored article by naming its address.
 */
export function parseFeedItem(item: FeedItem, options: { gazetteer?: Gazetteer; feedUrl?: string } = {}): ParseResult {
  const draft = emptyDraft("feed");
  draft.title = item.title ?? "";
  draft.url = item.link;
  draft.publishedAt = item.publishedAt;
  draft.authors = item.authors;
  draft.standfirst = item.summary && item.contentHtml ? htmlToParagraphs(item.summary).join(" ") || null : null;
  draft.paragraphs = htmlToParagraphs(item.contentHtml ?? item.summary ?? "");
  const vouched = !!item.link && !!options.feedUrl && sameSite(item.link, options.feedUrl);
  return finish(draft, [], options.gazetteer, true, vouched);
}

function finish(
  draft: ArticleDraft,
  warnings: ParseWarning[],
  gazetteer: Gazetteer | undefined,
  withEvents: boolean,
  urlIsIdentity: boolean,
): ParseResult {
  const article = buildArticle(draft, urlIsIdentity);
  if (!article.title && article.paragraphs.length === 0)
    throw new ParseError("no_article", "no title or text found in the input");
  if (!article.publishedAt) {
    warnings.push({
      code: "no_publication_date",
      message:
        'no publication date found: relative dates ("on Tuesday") cannot be resolved; give one with --published-at',
    });
  }
  if (article.paragraphs.length === 0) warnings.push({ code: "no_body", message: "no body text found" });
  if (article.url && !parseHttpUrl(article.url))
    warnings.push({ code: "bad_url", message: `the article URL is not an http(s) URL: ${article.url}` });
  const read = withEvents
    ? readArticle(article, { gazetteer })
    : { events: [], mentions: { places: [], dates: [] }, warnings: [] };
  return { article, events: read.events, mentions: read.mentions, warnings: [...warnings, ...read.warnings] };
}

/** Above this size a page skips the DOM: Readability would take seconds (20 MB: 18 s). */
const DOM_LIMIT = 4 * 1024 * 1024;
/** Above this nesting too (see nestsDeeperThan); pages people read nest a few dozen deep. */
const DEPTH_LIMIT = 1000;

/**
 * A page through the DOM and Readability, or, when the page is too big for them or breaks them
 * (nesting thousands deep overflows their recursion), its text taken without a DOM.
 */
function readHtml(text: string, url: string | null, warnings: ParseWarning[]): ArticleDraft {
  if (text.length > DOM_LIMIT) {
    warnings.push({
      code: "plain_html",
      message: `the page is ${(text.length / 1048576).toFixed(1)} MB: its text was taken without reading its structure`,
    });
    return plainHtml(text, url);
  }
  if (nestsDeeperThan(text, DEPTH_LIMIT)) {
    warnings.push({
      code: "plain_html",
      message:
        `the page nests more than ${DEPTH_LIMIT} elements deep: ` + "its text was taken without reading its structure",
    });
    return plainHtml(text, url);
  }
  try {
    return parseHtml(text, url);
  } catch (error) {
    if (error instanceof ParseError) throw error;
    warnings.push({
      code: "plain_html",
      message: `the page's structure could not be read (${(error as Error).message}): its text was taken as it is`,
    });
    return plainHtml(text, url);
  }
}

function toDraft(text: string, format: InputFormat, url: string | null, warnings: ParseWarning[]): ArticleDraft {
  switch (format) {
    case "html":
      return readHtml(text, url, warnings);
    case "newsplease": {
      const records = newsPleaseRecords(text);
      if (records.length > 1)
        warnings.push({
          code: "several_records",
          message: `the input holds ${records.length} records; only the first was parsed (sitrep ingest stores each)`,
        });
      if (records.length === 0) throw new ParseError("invalid_record", "the input holds no news-please record");
      return parseNewsPlease(records[0]);
    }
    case "feed":
      throw new ParseError(
        "no_article",
        "this is a feed, which lists articles rather than being one: ingest it with `sitrep ingest`",
      );
    case "text":
      return parseScrapedText(text);
  }
}

function sameSite(a: string, b: string): boolean {
  const strip = (d: string | null) => d?.replace(/^(?:amp|m|mobile)\./, "") ?? null;
  const da = strip(domainOf(a));
  return da !== null && da === strip(domainOf(b));
}
