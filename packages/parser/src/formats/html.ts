import { emptyDraft, type ArticleDraft } from "../article/build-article.js";
import { parsePage } from "./html/dom.js";
import { leadImage } from "./html/lead-image.js";
import { mainText } from "./html/main-text.js";
import { readMeta } from "./html/metadata.js";
import { blocksOf } from "./html/blocks.js";
import { readTree } from "./html/reading.js";

/**
 * A saved news page: the metadata from JSON-LD, OpenGraph and other meta tags, `<time>`, bylines
 * and the URL; the body found by Readability's method on htmlparser2's light DOM (see html/).
 */
export function parseHtml(html: string, baseUrl: string | null): ArticleDraft {
  const draft = emptyDraft("html");
  const doc = parsePage(html);
  const meta = readMeta(doc, baseUrl);
  draft.url = meta.canonical ?? baseUrl;
  draft.sourceName = meta.siteName;
  draft.language = meta.language;
  draft.publishedAt = meta.publishedAt;
  draft.updatedAt = meta.updatedAt;
  draft.authors = meta.authors;
  draft.section = meta.section;
  draft.tags = meta.tags;
  draft.standfirst = meta.description;
  draft.title = meta.title ?? "";
  draft.image = leadImage(doc, meta.image?.url ?? null, baseUrl) ?? meta.image;
  if (draft.image && meta.image) {
    draft.image.caption ??= meta.image.caption;
    draft.image.credit ??= meta.image.credit;
  }
  draft.paragraphs = mainText(doc, { title: draft.title, authors: draft.authors });
  return draft;
}

/** The text blocks of an HTML fragment (a feed item's content): one a paragraph, heading, list item or quote. */
export function htmlToParagraphs(fragment: string): string[] {
  const doc = parsePage(`<body>${fragment}</body>`);
  const body = doc.children.find((c) => "name" in c && c.name === "body");
  const root = body && "children" in body ? body : null;
  if (!root || !("name" in root)) return [];
  return blocksOf([root], readTree(root, false));
}
