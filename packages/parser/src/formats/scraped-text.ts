import { cleanLine } from "../text/normalise.js";
import { parseDateLine, parseReadingTimeLine } from "../text/date-line.js";
import { emptyDraft, type ArticleDraft } from "../article/build-article.js";

/**
 * The text a scraper saves from a news page, one block a line:
 *
 *   Title (often printed twice)
 *   Standfirst
 *   2 min read
 *   04 December, 2019
 *   Image caption [Credit]
 *   Body paragraphs, with promos ("Read more: ...") between them
 *   Follow us on ... / Tags ...
 *
 * Every header line is optional; a plain dump (a title line, then paragraphs) parses too,
 * and nothing absent is invented.
 */
export function parseScrapedText(text: string): ArticleDraft {
  const draft = emptyDraft("text");
  const lines = text.split("\n").map(cleanLine);
  const nonEmpty = lines.filter((l) => l.length > 0);
  if (nonEmpty.length === 0) return draft;

  const footer = takeFooter(nonEmpty);
  draft.tags = footer.tags;
  const body = footer.rest;

  draft.title = body.shift() ?? "";
  if (body[0] !== undefined && sameText(body[0], draft.title)) body.shift();

  const header = takeHeader(body);
  Object.assign(draft, header.meta);

  for (const line of header.rest) {
    const promo = parsePromo(line);
    if (promo) draft.related.push({ title: promo, url: null });
    else if (!isBoilerplate(line)) draft.paragraphs.push(line);
  }
  return draft;
}

interface HeaderMeta {
  standfirst: string | null;
  statedReadingTime: number | null;
  publishedAt: string | null;
  image: ArticleDraft["image"];
}

/**
 * The header is the run of lines after the title up to the last metadata line (reading time,
 * date, caption) among the first few. A line before the metadata that is not metadata itself
 * is the standfirst.
 */
function takeHeader(lines: string[]): { meta: HeaderMeta; rest: string[] } {
  const meta: HeaderMeta = { standfirst: null, statedReadingTime: null, publishedAt: null, image: null };
  const window = lines.slice(0, 6);
  let lastMeta = -1;
  window.forEach((line, i) => {
    if (isMetaLine(line)) lastMeta = i;
  });
  if (lastMeta < 0) return { meta, rest: lines };

  const byline: string[] = [];
  for (const line of lines.slice(0, lastMeta + 1)) {
    const minutes = parseReadingTimeLine(line);
    const date = minutes === null ? parseDateLine(line) : null;
    const caption = minutes === null && date === null ? parseCaption(line) : null;
    if (minutes !== null) meta.statedReadingTime = minutes;
    else if (date !== null) meta.publishedAt ??= date;
    else if (caption) meta.image = { url: null, caption: caption.caption, credit: caption.credit };
    else if (meta.standfirst === null && byline.length === 0) meta.standfirst = line;
    else byline.push(line);
  }
  // A non-metadata line past the standfirst is body text the header window swept up.
  return { meta, rest: [...byline, ...lines.slice(lastMeta + 1)] };
}

function isMetaLine(line: string): boolean {
  return parseReadingTimeLine(line) !== null || parseDateLine(line) !== null || parseCaption(line) !== null;
}

/** "The US has 5,200 troops ... [Getty/ Archive]", "... (Photo: AFP)". */
export function parseCaption(line: string): { caption: string; credit: string } | null {
  const m = /^(.{3,}?)\s*(?:\[([^\]]{2,80})\]|\((?:photo|image|picture|credit)s?\s*(?::|by)?\s*([^)]{2,80})\))$/i.exec(
    line,
  );
  if (!m?.[1]) return null;
  const credit = (m[2] ?? m[3] ?? "").trim();
  return credit ? { caption: m[1].trim(), credit } : null;
}

const PROMO =
  /^(?:read more|read also|also read|related|recommended|see also|more on this|watch|listen)\s*[:\-–—|]\s*(.+)$/i;

export function parsePromo(line: string): string | null {
  return PROMO.exec(line)?.[1]?.trim() ?? null;
}

const BOILERPLATE = [
  /^follow us on\b/i,
  /^(?:share|share this( article)?|share on (?:facebook|twitter|x|whatsapp)|print|email|comments?)$/i,
  /^(?:subscribe|sign up)\b.*\b(?:newsletter|updates)\b/i,
  /^(?:advertisement|sponsored|skip advert|continue reading below)$/i,
  /^(?:copyright|©)\s/i,
];

function isBoilerplate(line: string): boolean {
  return BOILERPLATE.some((re) => re.test(line));
}

/**
 * The page's footer: trailing boilerplate, and a "Tags" block ("Tags", "Tags: Iraq, US", or
 * "Tags" followed by one short line a tag). An empty "Tags" line simply disappears.
 */
function takeFooter(lines: string[]): { tags: string[]; rest: string[] } {
  const rest = [...lines];
  let tags: string[] = [];
  for (let guard = 0; guard < 3 && rest.length > 1; guard++) {
    while (rest.length > 1 && isBoilerplate(rest[rest.length - 1]!)) rest.pop();
    const tagsAt = findTagsLine(rest);
    if (tagsAt < 0) break;
    const inline = /^tags?\s*[:\-–]?\s*(.*)$/i.exec(rest[tagsAt]!)?.[1] ?? "";
    const following = rest.slice(tagsAt + 1);
    tags = [...splitTags(inline), ...following.flatMap(splitTags)];
    rest.splice(tagsAt);
  }
  while (rest.length > 1 && isBoilerplate(rest[rest.length - 1]!)) rest.pop();
  return { tags, rest };
}

/** A "Tags" line near the end whose following lines all look like tags. */
function findTagsLine(lines: string[]): number {
  const from = Math.max(1, lines.length - 12);
  for (let i = lines.length - 1; i >= from; i--) {
    if (!/^tags?\b\s*[:\-–]?/i.test(lines[i]!)) continue;
    if (/^tags?\s*$|^tags?\s*[:\-–]/i.test(lines[i]!) && lines.slice(i + 1).every(looksLikeTag)) return i;
  }
  return -1;
}

function looksLikeTag(line: string): boolean {
  return line.length <= 60 && !/[.!?]$/.test(line) && line.split(" ").length <= 6;
}

function splitTags(line: string): string[] {
  return line
    .split(/\s*[,;|#]\s*/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

function sameText(a: string, b: string): boolean {
  return a.length === b.length && a.toLowerCase() === b.toLowerCase();
}
