import { isTag, isText } from "domhandler";
import { parseDateLine } from "../../text/date-line.js";
import { cleanLine } from "../../text/normalise.js";
import { classWeight, INTERFACE } from "./boilerplate.js";
import { BLOCK_TAGS, classAndId, textOf, type Element } from "./dom.js";
import { linkDensity, type Reading } from "./reading.js";
import { either } from "../../text/pattern.js";

// Containers Readability cleans "conditionally": kept unless their numbers say furniture.
const CONDITIONAL = new Set(["div", "section", "ul", "ol", "table", "form", "header", "footer", "fieldset", "details"]);
// Small pieces a page sets beside the text: captions, credits, bylines, timestamps, share rows.
const FURNITURE = new RegExp(
  either`
    caption
    credit
    byline
    dateline
    timestamp
    share
    sharing
    related
    newsletter
    promo
    author-info
    article-meta
    post-meta
    entry-meta
    meta-data
    tags
    toolbar
    subscribe
  `.source,
  "",
);

interface Frame {
  el: Element;
  next: number;
  text: string;
  linkChars: number;
}

/**
 * The text blocks under the chosen containers, in order: each paragraph, heading, list item,
 * quote or run of loose text one block. Site furniture inside the article (link lists, share
 * rows, captions, image galleries) is left out by its numbers, as Readability's cleaning does.
 */
export function blocksOf(
  roots: readonly Element[],
  reading: Reading,
  page: PageFacts = {},
  keep: ReadonlySet<Element> = new Set(),
): string[] {
  const out: string[] = [];
  const titleKey = page.title ? key(page.title) : null;
  const people = new Set((page.authors ?? []).map(key).filter((a) => a.length > 3));
  const skip = (el: Element) =>
    reading.dropped.has(el) ||
    el.name === "figure" ||
    el.name === "figcaption" ||
    el.name === "picture" ||
    isFurniture(el, reading) ||
    isMedia(el, reading);
  const emit = (f: Frame) => {
    const raw = f.text;
    f.text = "";
    const linkChars = f.linkChars;
    f.linkChars = 0;
    for (const part of raw.split(/\n\s*\n/)) {
      const text = cleanLine(part);
      if (!text || INTERFACE.test(text)) continue;
      if (titleKey && key(text) === titleKey) continue;
      if (isByline(text, people) || isDateline(text)) continue;
      // A short block that is nearly all link text is navigation ("Home", "Sports", "Jobs").
      if (text.split(" ").length <= 8 && linkChars / text.length >= 0.9) continue;
      if (out[out.length - 1] === text) continue;
      out.push(text);
    }
  };
  for (const root of roots) {
    if (skip(root) || (!keep.has(root) && dropConditionally(root, reading))) continue;
    const stack: Frame[] = [{ el: root, next: 0, text: "", linkChars: 0 }];
    while (stack.length > 0) {
      const f = stack[stack.length - 1]!;
      if (f.next >= f.el.children.length) {
        emit(f);
        stack.pop();
        continue;
      }
      const child = f.el.children[f.next++]!;
      if (isText(child)) {
        f.text += child.data;
        continue;
      }
      if (!isTag(child)) continue;
      if (skip(child)) continue;
      if (child.name === "br") {
        f.text += "\n";
        continue;
      }
      const stats = reading.stats.get(child);
      if (BLOCK_TAGS.has(child.name) || (stats && stats.paragraphs > 0)) {
        emit(f);
        if (!keep.has(child) && dropConditionally(child, reading)) continue;
        stack.push({ el: child, next: 0, text: "", linkChars: 0 });
        continue;
      }
      f.text += textOf(child, skip);
      if (stats) f.linkChars += child.name === "a" ? stats.chars : stats.linkChars;
    }
  }
  return out;
}

/** What the page's metadata says, to recognise its title, byline and dateline among the blocks. */
export interface PageFacts {
  title?: string | null;
  authors?: readonly string[];
}

/** "By Jane Doe", "The Associated Press", "Jane Doe, CNN": a short block naming the authors. */
function isByline(text: string, people: ReadonlySet<string>): boolean {
  if (text.length > 80) return false;
  const bare = key(text.replace(/^(?:written |reported |story |words |text )?by\s+/i, ""));
  if (people.has(bare)) return true;
  for (const p of people) if (bare.startsWith(p) && bare.length - p.length < 25) return true;
  return /^by\s+[\p{Lu}]/u.test(text) && text.split(" ").length <= 8;
}

/** "Published Monday, November 18, 2019 8:22AM EST", "Updated: 4 Dec 2019": a block that only dates the page. */
function isDateline(text: string): boolean {
  if (text.length > 70 || !/\d/.test(text)) return false;
  if (/^(?:published|updated|last updated|posted|first published|date)\b/i.test(text) && text.split(" ").length <= 12)
    return true;
  return parseDateLine(text) !== null;
}

function key(text: string): string {
  return cleanLine(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

const MEDIA_CLASS = /image|photo|img|media|gallery|picture|video|slideshow|carousel|embed/;

/** A picture or video with its caption, set in a div rather than a figure. */
function isMedia(el: Element, reading: Reading): boolean {
  if (el.name !== "div" && el.name !== "span" && el.name !== "section") return false;
  const ci = classAndId(el);
  if (!ci || !MEDIA_CLASS.test(ci)) return false;
  const s = reading.stats.get(el);
  return !!s && s.images > 0 && s.chars < 400;
}

function isFurniture(el: Element, reading: Reading): boolean {
  if (el.name === "p" || el.name === "article" || el.name === "main" || el.name === "body") return false;
  const ci = classAndId(el);
  if (!ci || !FURNITURE.test(ci)) return false;
  const s = reading.stats.get(el);
  return !s || s.chars < 250 || linkDensity(s) > 0.3;
}

/** Readability's conditional cleaning: a container with few commas whose numbers say furniture. */
function dropConditionally(el: Element, reading: Reading): boolean {
  if (!CONDITIONAL.has(el.name)) return false;
  const s = reading.stats.get(el);
  if (!s) return true;
  const weight = classWeight(el);
  const density = linkDensity(s);
  // Readability weighs the class against the content's own score: a "widget" holding the article stays.
  if (weight < 0 && !(s.paragraphs >= 3 && s.chars > 500 && density < 0.3)) return true;
  if (s.commas >= 10) return false;
  // Much text and few links is article, however many pictures sit beside it.
  if (s.chars > 1500 && density < 0.2) return false;
  const isList = el.name === "ul" || el.name === "ol";
  if (isList) return density > 0.5;
  if (s.images > 1 && s.paragraphs / s.images < 0.5 && s.chars / s.images < 50) return true;
  if (s.listItems > s.paragraphs + 5 && s.chars / Math.max(1, s.listItems) < 40) return true;
  if (s.inputs > Math.floor(s.paragraphs / 3)) return true;
  if (s.chars < 25 && (s.images === 0 || s.images > 2) && density > 0) return true;
  if (weight < 25 && density > 0.2) return true;
  if (weight >= 25 && density > 0.5) return true;
  return false;
}
