import { localDateTime } from "../text/local-time.js";
import { parseFeed as parseAnyFeed } from "feedsmith";
import { ParseError } from "../errors.js";

/** One entry of a feed, in the same shape whatever the feed's format. */
export interface FeedItem {
  title: string | null;
  link: string | null;
  id: string | null;
  /** ISO date-time, when the feed gives one it can be read as. */
  publishedAt: string | null;
  summary: string | null;
  /** The item's full body as HTML, when the feed carries it. */
  contentHtml: string | null;
  authors: string[];
}

export interface Feed {
  format: "rss" | "atom" | "rdf" | "json";
  title: string | null;
  items: FeedItem[];
}

/** An RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed document as its items. */
export function parseFeed(text: string): Feed {
  let parsed: ReturnType<typeof parseAnyFeed>;
  try {
    parsed = parseAnyFeed(text);
  } catch (error) {
    throw new ParseError("invalid_record", `not a readable feed: ${(error as Error).message}`);
  }
  switch (parsed.format) {
    case "rss":
    case "rdf": {
      const feed = parsed.feed as RssLike;
      return { format: parsed.format, title: feed.title ?? null, items: (feed.items ?? []).map(rssItem) };
    }
    case "atom": {
      const feed = parsed.feed as AtomLike;
      return { format: "atom", title: textOf(feed.title), items: (feed.entries ?? []).map(atomEntry) };
    }
    case "json": {
      const feed = parsed.feed as JsonFeedLike;
      return { format: "json", title: feed.title ?? null, items: (feed.items ?? []).map(jsonItem) };
    }
  }
}

/**
 * An item carries a full article when its body holds more than a teaser (a couple of sentences) and more than its
 * summary.
 */
export function hasFullContent(item: FeedItem): boolean {
  const plain = (html: string | null) =>
    (html ?? "")
      .replace(/<[^>]*>/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  const text = plain(item.contentHtml);
  return text.length >= 280 && text.length > plain(item.summary).length * 1.5;
}

// The parts of feedsmith's output read here; every field may be absent in real feeds.
interface RssLike {
  title?: string;
  items?: Array<{
    title?: string;
    link?: string;
    guid?: { value?: string } | string;
    pubDate?: string;
    description?: string;
    content?: { encoded?: string };
    authors?: Array<string | { name?: string }>;
    dc?: { creator?: string; creators?: string[]; date?: string };
  }>;
}
interface AtomLike {
  title?: TextLike;
  entries?: Array<{
    title?: TextLike;
    id?: string;
    links?: Array<{ href?: string; rel?: string }>;
    published?: string;
    updated?: string;
    summary?: TextLike;
    content?: TextLike;
    authors?: Array<{ name?: string }>;
  }>;
}
type TextLike = string | { value?: string } | undefined;
interface JsonFeedLike {
  title?: string;
  items?: Array<{
    id?: string;
    url?: string;
    title?: string;
    summary?: string;
    content_html?: string;
    content_text?: string;
    date_published?: string;
    authors?: Array<{ name?: string }>;
    author?: { name?: string };
  }>;
}

function rssItem(i: NonNullable<RssLike["items"]>[number]): FeedItem {
  const guid = typeof i.guid === "string" ? i.guid : (i.guid?.value ?? null);
  const authors = [
    ...(i.authors ?? []).map((a) => (typeof a === "string" ? a : (a.name ?? ""))),
    ...(i.dc?.creators ?? []),
    i.dc?.creator ?? "",
  ].filter(Boolean);
  return {
    title: i.title ?? null,
    link: i.link ?? (guid && /^https?:/.test(guid) ? guid : null),
    id: guid,
    publishedAt: isoDateTime(i.pubDate ?? i.dc?.date),
    summary: i.description ?? null,
    contentHtml: i.content?.encoded ?? null,
    authors,
  };
}

function atomEntry(e: NonNullable<AtomLike["entries"]>[number]): FeedItem {
  const link = e.links?.find((l) => !l.rel || l.rel === "alternate")?.href ?? e.links?.[0]?.href ?? null;
  return {
    title: textOf(e.title),
    link,
    id: e.id ?? null,
    publishedAt: isoDateTime(e.published ?? e.updated),
    summary: textOf(e.summary),
    contentHtml: textOf(e.content),
    authors: (e.authors ?? []).map((a) => a.name ?? "").filter(Boolean),
  };
}

function jsonItem(i: NonNullable<JsonFeedLike["items"]>[number]): FeedItem {
  return {
    title: i.title ?? null,
    link: i.url ?? null,
    id: i.id ?? null,
    publishedAt: isoDateTime(i.date_published),
    summary: i.summary ?? null,
    contentHtml:
      i.content_html ??
      (i.content_text
        ? i.content_text
            .split(/\n\s*\n/)
            .map((p) => `<p>${escapeHtml(p)}</p>`)
            .join("")
        : null),
    authors: [...(i.authors ?? []), ...(i.author ? [i.author] : [])].map((a) => a.name ?? "").filter(Boolean),
  };
}

function textOf(t: TextLike): string | null {
  if (t === undefined) return null;
  return typeof t === "string" ? t : (t.value ?? null);
}

/** At the feed's own offset: the local day is the day an item's "on Tuesday" counts from. */
function isoDateTime(raw: string | undefined): string | null {
  return raw ? localDateTime(raw) : null;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}
