import { atOffset, offsetOf } from "../../text/local-time.js";
import { parseDateLine } from "../../text/date-line.js";
import { cleanLine } from "../../text/normalise.js";
import { attr, classAndId, elementsIn, textOf, type Document, type Element } from "./dom.js";

/** What a page says about its article outside the article's text. */
export interface PageMeta {
  title: string | null;
  description: string | null;
  canonical: string | null;
  siteName: string | null;
  language: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  authors: string[];
  section: string | null;
  tags: string[];
  image: { url: string | null; caption: string | null; credit: string | null } | null;
}

/** The page's head and body in one pass: meta tags, JSON-LD, `<time>`, bylines, the canonical link. */
interface Collected {
  meta: Map<string, string[]>;
  ld: LdArticle;
  times: Array<{ value: string; published: boolean; modified: boolean }>;
  bylines: string[];
  datelines: string[];
  canonical: string | null;
  lang: string | null;
  docTitle: string | null;
}

interface LdArticle {
  headline: string | null;
  description: string | null;
  datePublished: string | null;
  dateModified: string | null;
  authors: string[];
  publisher: string | null;
  section: string | null;
  keywords: string[];
  language: string | null;
  url: string | null;
  image: { url: string | null; caption: string | null; credit: string | null } | null;
}

const BYLINE = /\b(?:byline|by-line|author-?name|article-?author|story-?author|contributor)\b/;
const DATELINE = /\b(?:date|dateline|timestamp|published|posted|pubdate|time)\b/;

export function readMeta(doc: Document, baseUrl: string | null): PageMeta {
  const c = collect(doc);
  const meta = (...names: string[]) => {
    for (const n of names) {
      const v = c.meta.get(n)?.find((s) => s.trim());
      if (v) return v.trim();
    }
    return null;
  };
  const published =
    isoDate(c.ld.datePublished) ??
    isoDate(
      meta(
        "article:published_time",
        "og:article:published_time",
        "datepublished",
        "date",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "dc.date.issued",
        "dc.date",
        "dcterms.created",
        "sailthru.date",
        "parsely-pub-date",
        "cxenseparse:recs:publishtime",
        "citation_publication_date",
        "article.published",
        "originalpublicationdate",
      ),
    ) ??
    isoDate(c.times.find((t) => t.published)?.value) ??
    isoDate(c.times.find((t) => !t.modified)?.value) ??
    c.datelines.map(parseDateLine).find((d): d is string => !!d) ??
    dateFromUrl(c.canonical ?? meta("og:url") ?? baseUrl);
  const updated =
    isoDate(c.ld.dateModified) ??
    isoDate(
      meta(
        "article:modified_time",
        "og:updated_time",
        "datemodified",
        "last-modified",
        "dcterms.modified",
        "article.updated",
      ),
    ) ??
    isoDate(c.times.find((t) => t.modified)?.value);
  const metaAuthors = [
    ...(c.meta.get("author") ?? []),
    ...(c.meta.get("article:author") ?? []),
    ...(c.meta.get("parsely-author") ?? []),
    ...(c.meta.get("sailthru.author") ?? []),
  ]
    .filter((a) => !/^https?:/.test(a))
    .flatMap(splitAuthors);
  const ogImage = meta("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src");
  const tags = [...(c.meta.get("article:tag") ?? []), ...c.ld.keywords];
  const keywordMeta = meta("news_keywords", "keywords");
  return {
    title: meta("og:title", "twitter:title") ?? c.ld.headline ?? c.docTitle,
    description: meta("og:description", "description", "twitter:description") ?? c.ld.description,
    canonical: absolute(c.canonical ?? meta("og:url") ?? c.ld.url, baseUrl),
    siteName: meta("og:site_name", "application-name", "publisher") ?? c.ld.publisher,
    language:
      c.lang ??
      c.ld.language ??
      meta("og:locale", "content-language", "language", "dc.language")?.replace("_", "-") ??
      null,
    publishedAt: published,
    // An update dated before publication is a mislabelled field, not an update.
    updatedAt:
      updated && updated !== published && !(published && Date.parse(updated) < Date.parse(published)) ? updated : null,
    authors:
      c.ld.authors.length > 0 ? c.ld.authors : metaAuthors.length > 0 ? metaAuthors : c.bylines.flatMap(splitAuthors),
    section: meta("article:section", "section", "parsely-section", "category") ?? c.ld.section,
    tags: tags.length > 0 ? tags : keywordMeta ? keywordMeta.split(/\s*[,;]\s*/) : [],
    image: ogImage
      ? { url: absolute(ogImage, baseUrl), caption: meta("og:image:alt", "twitter:image:alt"), credit: null }
      : c.ld.image
        ? { ...c.ld.image, url: absolute(c.ld.image.url, baseUrl) }
        : null,
  };
}

function collect(doc: Document): Collected {
  const out: Collected = {
    meta: new Map(),
    ld: emptyLd(),
    times: [],
    bylines: [],
    datelines: [],
    canonical: null,
    lang: null,
    docTitle: null,
  };
  const add = (key: string, value: string) => {
    const list = out.meta.get(key);
    if (list) list.push(value);
    else out.meta.set(key, [value]);
  };
  for (const el of elementsIn(doc)) {
    switch (el.name) {
      case "html":
        out.lang ??= attr(el, "lang")?.trim() || attr(el, "xml:lang")?.trim() || null;
        break;
      case "title":
        out.docTitle ??= cleanLine(textOf(el)) || null;
        break;
      case "meta": {
        const key = (
          attr(el, "property") ??
          attr(el, "name") ??
          attr(el, "itemprop") ??
          attr(el, "http-equiv")
        )?.toLowerCase();
        const content = attr(el, "content");
        if (key && content !== null) add(key, content);
        break;
      }
      case "link":
        if (/\bcanonical\b/i.test(attr(el, "rel") ?? "")) out.canonical ??= attr(el, "href");
        break;
      case "script":
        if (/ld\+json/i.test(attr(el, "type") ?? "")) readLd(textOf(el), out.ld);
        break;
      case "time": {
        const value = attr(el, "datetime") ?? (textOf(el).trim() || null);
        if (!value) break;
        const parent = el.parent && "attribs" in el.parent ? classAndId(el.parent as Element) : "";
        const around = `${attr(el, "itemprop") ?? ""} ${classAndId(el)} ${parent}`.toLowerCase();
        out.times.push({
          value,
          published: attr(el, "pubdate") !== null || /published|datepublished|pubdate|posted|created/.test(around),
          modified: /modified|updated|datemodified/.test(around),
        });
        break;
      }
      default: {
        const itemprop = attr(el, "itemprop");
        if (itemprop === "author" && out.bylines.length < 5) {
          const name = el.children.length ? textOf(el) : (attr(el, "content") ?? "");
          if (name.trim()) out.bylines.push(name);
        } else if (itemprop === "datePublished") {
          out.times.push({ value: attr(el, "content") ?? textOf(el), published: true, modified: false });
        } else if (el.name !== "body" && el.name !== "article" && el.name !== "main") {
          const ci = classAndId(el);
          if (ci && BYLINE.test(ci) && out.bylines.length < 5) out.bylines.push(textOf(el));
          else if (ci && DATELINE.test(ci) && out.datelines.length < 5) {
            const t = cleanLine(textOf(el));
            if (t.length > 0 && t.length < 120) out.datelines.push(t);
          }
        }
      }
    }
  }
  return out;
}

function emptyLd(): LdArticle {
  return {
    headline: null,
    description: null,
    datePublished: null,
    dateModified: null,
    authors: [],
    publisher: null,
    section: null,
    keywords: [],
    language: null,
    url: null,
    image: null,
  };
}

const ARTICLE_TYPE = /Article|Posting|Report|NewsArticle|LiveBlog/;

/** A JSON-LD block's article node (NewsArticle and kin), first one wins for each field. */
function readLd(json: string, out: LdArticle): void {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return;
  }
  for (const node of flattenLd(data)) {
    const type = [node["@type"]].flat().map(String);
    if (!type.some((t) => ARTICLE_TYPE.test(t))) continue;
    out.headline ??= str(node.headline) ?? str(node.name);
    out.description ??= str(node.description);
    out.datePublished ??= str(node.datePublished) ?? str(node.dateCreated);
    out.dateModified ??= str(node.dateModified);
    out.section ??= str([node.articleSection].flat()[0]);
    out.language ??= str(node.inLanguage);
    out.url ??=
      str(node.url) ??
      (isRecord(node.mainEntityOfPage) ? str(node.mainEntityOfPage["@id"]) : str(node.mainEntityOfPage));
    const publisher = [node.publisher].flat()[0];
    if (isRecord(publisher)) out.publisher ??= str(publisher.name);
    if (out.authors.length === 0) {
      out.authors = [node.author, node.creator]
        .flat()
        .flatMap((a) => (isRecord(a) ? [str(a.name)] : typeof a === "string" ? splitAuthors(a) : []))
        .filter((a): a is string => !!a);
    }
    if (out.keywords.length === 0) {
      const k = node.keywords;
      out.keywords = Array.isArray(k)
        ? k.map(str).filter((s): s is string => !!s)
        : typeof k === "string"
          ? k.split(/\s*,\s*/).filter(Boolean)
          : [];
    }
    if (!out.image) {
      const image = [node.image].flat()[0];
      if (typeof image === "string") out.image = { url: image, caption: null, credit: null };
      else if (isRecord(image)) {
        const credit =
          str(image.creditText) ??
          str(image.copyrightHolder) ??
          (isRecord(image.author) ? str(image.author.name) : str(image.author));
        out.image = {
          url: str(image.url) ?? str(image.contentUrl),
          caption: str(image.caption) ?? str(image.description),
          credit,
        };
      }
    }
  }
}

function flattenLd(data: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const stack: unknown[] = [data];
  while (stack.length > 0 && out.length < 200) {
    const d = stack.pop();
    if (Array.isArray(d)) stack.push(...d.slice().reverse());
    else if (isRecord(d)) {
      out.push(d);
      if (Array.isArray(d["@graph"])) stack.push(...(d["@graph"] as unknown[]).slice().reverse());
    }
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? cleanLine(v) : null;
}

/** "By Jane Doe and John Roe", "Jane Doe, John Roe | Reuters": the people, not the words around them. */
export function splitAuthors(raw: string): string[] {
  const text = cleanLine(raw)
    .replace(/^(?:written |reported |story )?by\s+/i, "")
    .replace(/\s*[|•·–—]\s*.*$/, "")
    .replace(/\s+(?:updated|published|posted)\b.*$/i, "");
  if (!text || text.length > 120) return [];
  return text
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((a) => a.trim())
    .filter(
      (a) => a.length > 1 && a.length < 60 && !/^(?:staff|reporter|correspondent|editor)$/i.test(a) && !/\d{4}/.test(a),
    );
}

export function absolute(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href.trim(), base ?? undefined).toString();
  } catch {
    return null;
  }
}

/** An ISO date or date-time as the schema keeps it; other spellings through the dateline reader. */
export function isoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(s);
  if (iso?.[1]) {
    if (!iso[2] || !iso[3]) return validDay(iso[1]);
    const d = new Date(
      `${iso[1]}T${iso[2]}${iso[3].length === 5 ? `${iso[3].slice(0, 3)}:${iso[3].slice(3)}` : iso[3]}`,
    );
    // At the page's own offset: the local day is the day its "on Tuesday" counts from.
    return Number.isNaN(d.getTime()) ? validDay(iso[1]) : atOffset(d, offsetOf(iso[0]) ?? 0);
  }
  if (/^\d{8}$/.test(s)) return validDay(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`);
  return parseDateLine(s);
}

function validDay(day: string): string | null {
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== day ? null : day;
}

/** "/2019/11/19/", "/20191119/", "-2019-11-19": many news URLs carry the day of publication. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/.exec(path);
  return m ? validDay(`${m[1]}-${m[2]}-${m[3]}`) : null;
}
