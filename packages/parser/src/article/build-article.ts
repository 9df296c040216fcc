import { createHash } from "node:crypto";
import type { Article, ArticleImage, InputFormat, RelatedLink } from "@sitrep/schema";
import { cleanLine, countWords, readingTimeMinutes } from "../text/normalise.js";
import { PARSER_VERSION } from "../version.js";
import { canonicalUrl, domainOf } from "./url.js";

/** What a format parser finds; build-article derives the rest the same way for every format. */
export interface ArticleDraft {
  format: InputFormat;
  url: string | null;
  sourceName: string | null;
  title: string;
  standfirst: string | null;
  authors: string[];
  publishedAt: string | null;
  updatedAt: string | null;
  /** As stated by the page ("2 min read"); computed from the words otherwise. */
  statedReadingTime: number | null;
  language: string | null;
  image: ArticleImage | null;
  section: string | null;
  paragraphs: string[];
  tags: string[];
  related: RelatedLink[];
}

export function emptyDraft(format: InputFormat): ArticleDraft {
  return {
    format,
    url: null,
    sourceName: null,
    title: "",
    standfirst: null,
    authors: [],
    publishedAt: null,
    updatedAt: null,
    statedReadingTime: null,
    language: null,
    image: null,
    section: null,
    paragraphs: [],
    tags: [],
    related: [],
  };
}

/**
 * `urlIsIdentity`: the draft's URL names the article (the caller fetched it from that site, or
 * vouched for it). A URL the input only claims (a pasted page's canonical link, a record's url)
 * does not: such an article is known by its content, so a page cannot take another's place.
 */
export function buildArticle(draft: ArticleDraft, urlIsIdentity = true): Article {
  const paragraphs = draft.paragraphs.map(cleanLine).filter((p) => p.length > 0);
  const text = paragraphs.join("\n\n");
  const title = cleanLine(draft.title);
  const wordCount = countWords(text);
  const canonical = draft.url ? canonicalUrl(draft.url) : null;
  return {
    id: articleId(urlIsIdentity ? canonical : null, title, text),
    url: draft.url,
    source: { name: draft.sourceName, domain: domainOf(draft.url) },
    title,
    standfirst: draft.standfirst ? cleanLine(draft.standfirst) || null : null,
    authors: unique(draft.authors.map(cleanLine).filter(Boolean)),
    publishedAt: draft.publishedAt,
    updatedAt: draft.updatedAt,
    readingTimeMinutes: draft.statedReadingTime ?? readingTimeMinutes(wordCount),
    language: draft.language,
    image: draft.image,
    section: draft.section,
    paragraphs,
    text,
    tags: unique(draft.tags.map(cleanLine).filter(Boolean)),
    related: draft.related,
    wordCount,
    provenance: { format: draft.format, parserVersion: PARSER_VERSION },
  };
}

/** The id an article known by this URL has (see buildArticle). */
export function articleIdOfUrl(url: string): string | null {
  const canonical = canonicalUrl(url);
  return canonical ? articleId(canonical, "", "") : null;
}

/** From the canonical URL when there is one, else from the title and body. */
export function articleId(canonical: string | null, title: string, text: string): string {
  const key = canonical ? `url:${canonical}` : `text:${title}\n${text}`;
  return "a_" + createHash("sha256").update(key).digest("hex").slice(0, 16);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
