import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { emptyDraft, type ArticleDraft } from "../article/build-article.js";
import { cleanLine } from "../text/normalise.js";
import { parseDateLine } from "../text/date-line.js";

type Doc = ReturnType<typeof parseHTML>["document"];
type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];
/** The little of a DOM element this module reads; linkedom's own types leave NodeList items unknown. */
interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
  parentElement: El | null;
  closest(selector: string): El | null;
  querySelectorAll(selector: string): unknown;
}

/** Words of a site's interface, not of an article: a block that is only these is dropped. */
const INTERFACE = /^(?:home|news|sign in|log ?in|sign up|register|subscribe|close|caption|advert(?:isement)?|ad|comments?|\d+ comments?|share|print|email|menu|search|skip to (?:main )?content|you may also like|related(?: articles| stories)?|more stories|recent articles|popular(?: this week)?|most read|read more|see more|load more|view author archive|tell us what you think\.*|click here to subscribe.*|follow us.*|iklan|letture)$/i;
const all = (root: { querySelectorAll(s: string): unknown }, selector: string): El[] =>
  Array.from(root.querySelectorAll(selector) as ArrayLike<El>);

/**
 * A saved news page: the body through Mozilla's Readability on linkedom, the metadata from
 * JSON-LD, OpenGraph and other meta tags.
 */
export function parseHtml(html: string, baseUrl: string | null): ArticleDraft {
  const draft = emptyDraft("html");
  const { document } = parseHTML(html);
  const ld = readJsonLd(document);
  const meta = (name: string) =>
    document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute("content")?.trim() || null;

  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta("og:url");
  draft.url = absolute(canonical, baseUrl) ?? baseUrl;
  draft.sourceName = meta("og:site_name") ?? ld.publisher;
  draft.language = document.documentElement?.getAttribute("lang")?.trim() || meta("og:locale")?.replace("_", "-") || null;
  draft.publishedAt = isoDate(ld.datePublished ?? meta("article:published_time") ?? meta("date") ?? document.querySelector("time[datetime]")?.getAttribute("datetime"));
  draft.updatedAt = isoDate(ld.dateModified ?? meta("article:modified_time"));
  draft.authors = ld.authors.length > 0 ? ld.authors : splitAuthors(meta("author"));
  draft.section = meta("article:section") ?? ld.section;
  draft.tags = all(document, 'meta[property="article:tag"]').map((m) => m.getAttribute("content") ?? "");
  const image = meta("og:image");
  if (image) draft.image = { url: absolute(image, baseUrl), caption: null, credit: null };
  draft.standfirst = meta("og:description") ?? meta("description");

  // Readability mutates the document it reads, so metadata is taken first.
  const result = new Readability(document as unknown as ReadabilityDocument, { charThreshold: 200 }).parse();
  draft.title = meta("og:title") ?? ld.headline ?? result?.title ?? document.title ?? "";
  if (result?.content) {
    draft.paragraphs = htmlToParagraphs(result.content);
    if (draft.paragraphs.length === 0) draft.paragraphs = (result.textContent ?? "").split(/\n\s*\n/);
  }
  return draft;
}

/** The text blocks of an HTML fragment, one a paragraph, heading, list item or quote. */
export function htmlToParagraphs(fragment: string): string[] {
  const { document: body } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  const blocks = all(body, "p, h2, h3, h4, li, blockquote, pre")
    .filter((el) => !el.parentElement?.closest("p, li, blockquote") && !isNavigation(el))
    .map((el) => cleanLine(el.textContent ?? ""))
    .filter((t) => t.length > 0 && !INTERFACE.test(t));
  return blocks.length > 0 ? blocks : [cleanLine(body.textContent ?? "")].filter(Boolean);
}

/** A short block that is almost all link text is navigation ("Home", "Sports", "Jobs"), not article. */
function isNavigation(el: El): boolean {
  const text = cleanLine(el.textContent ?? "");
  if (text.split(" ").length > 8) return false;
  const linked = all(el, "a").reduce((n, a) => n + cleanLine(a.textContent ?? "").length, 0);
  return text.length > 0 && linked / text.length >= 0.9;
}

interface JsonLdMeta {
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  authors: string[];
  publisher: string | null;
  section: string | null;
}

function readJsonLd(document: Doc): JsonLdMeta {
  const out: JsonLdMeta = { headline: null, datePublished: null, dateModified: null, authors: [], publisher: null, section: null };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    for (const node of flattenLd(data)) {
      const type = [node["@type"]].flat().map(String);
      if (!type.some((t) => /Article|Posting|Report/.test(t))) continue;
      out.headline ??= str(node.headline);
      out.datePublished ??= str(node.datePublished);
      out.dateModified ??= str(node.dateModified);
      out.section ??= str(node.articleSection);
      const publisher = node.publisher;
      if (isRecord(publisher)) out.publisher ??= str(publisher.name);
      if (out.authors.length === 0) {
        out.authors = [node.author].flat().flatMap((a) => (isRecord(a) ? [str(a.name)] : [str(a)])).filter((a): a is string => !!a);
      }
    }
  }
  return out;
}

function flattenLd(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flattenLd);
  if (!isRecord(data)) return [];
  const graph = data["@graph"];
  return [data, ...(Array.isArray(graph) ? graph.flatMap(flattenLd) : [])];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v.trim() : null;
}

function splitAuthors(raw: string | null): string[] {
  return raw ? raw.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean) : [];
}

function absolute(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).toString();
  } catch {
    return null;
  }
}

function isoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2}))?/.exec(raw.trim());
  if (iso?.[1]) {
    if (!iso[2]) return iso[1];
    const d = new Date(raw.trim());
    return Number.isNaN(d.getTime()) ? iso[1] : d.toISOString().replace(/\.000Z$/, "Z");
  }
  return parseDateLine(raw);
}
