import { decodeHTML } from "entities";
import { emptyDraft, type ArticleDraft } from "../article/build-article.js";
import { cleanLine } from "../text/normalise.js";
import { either, oneOf } from "../text/pattern.js";

const blockTags = oneOf`
  p
  div
  h[1-6]
  li
  ul
  ol
  br
  hr
  blockquote
  pre
  article
  section
  main
  table
  tr
  td
  th
  figure
  figcaption
  dd
  dt
`;

// What no page needs for its text, removed whole before the tags are dropped.
const DROPPED =
  /<(script|style|noscript|template|svg|nav|header|footer|aside|form|iframe|select|button)\b[^<>]*>|<!--/gi;
// A tag's inside stops at the next '<' as well as at '>': read to '>' alone, "<<<<..." without one
// was searched to its end from every '<' (5 MB took minutes).
const BLOCK = new RegExp(
  either`
    <\/?${blockTags}\b[^<>]*>
  `.source,
  "gi",
);
const TAG = /<[^<>]*>/g;

/**
 * A page's text without a DOM: for pages a DOM cannot take (nested thousands deep, tens of
 * megabytes, broken beyond repair). Linear in the page's size; blocks become paragraphs.
 */
export function plainHtml(html: string, baseUrl: string | null): ArticleDraft {
  const draft = emptyDraft("html");
  draft.url = baseUrl;
  const title = elementText(html, "title") ?? elementText(html, "h1") ?? "";
  draft.title = cleanLine(decodeHTML(title.replace(TAG, " ")));
  const body = /<body\b[^<>]*>([\s\S]*)$/i.exec(html)?.[1] ?? html;
  const text = withoutDropped(body).replace(BLOCK, "\n\n").replace(TAG, " ");
  draft.paragraphs = decodeHTML(text)
    .split(/\n\s*\n/)
    .map(cleanLine)
    .filter((p) => p.length > 0 && p !== draft.title);
  return draft;
}

/** The inside of the first element of the name that is closed, read in one pass. */
function elementText(html: string, name: string): string | null {
  const open = new RegExp(`<${name}\\b[^<>]*>`, "i").exec(html);
  if (!open) return null;
  const from = open.index + open[0].length;
  const close = new RegExp(`</${name}\\s*>`, "i").exec(html.slice(from));
  return close ? html.slice(from, from + close.index) : null;
}

/**
 * The text without DROPPED's elements and comments, each removed with what it holds up to its
 * closing tag. An element that is never closed stays, as do the others of its name after it:
 * each close is searched for once, not once per opening.
 */
function withoutDropped(html: string): string {
  const closers = new Map<string, RegExp | null>();
  let out = "";
  let at = 0;
  DROPPED.lastIndex = 0;
  for (let m = DROPPED.exec(html); m; m = DROPPED.exec(html)) {
    const name = m[1]?.toLowerCase() ?? "--";
    if (!closers.has(name)) closers.set(name, name === "--" ? /-->/g : new RegExp(`</${name}\\s*>`, "gi"));
    const closer = closers.get(name);
    if (!closer) continue;
    closer.lastIndex = DROPPED.lastIndex;
    const close = closer.exec(html);
    if (!close) {
      closers.set(name, null);
      continue;
    }
    out += html.slice(at, m.index) + " ";
    at = close.index + close[0].length;
    DROPPED.lastIndex = at;
  }
  DROPPED.lastIndex = 0;
  return out + html.slice(at);
}
