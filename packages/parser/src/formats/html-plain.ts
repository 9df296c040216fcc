import { decodeHTML } from "entities";
import { emptyDraft, type ArticleDraft } from "../article/build-article.js";
import { cleanLine } from "../text/normalise.js";

// What no page needs for its text, removed whole before the tags are dropped.
const DROPPED = /<(script|style|noscript|template|svg|nav|header|footer|aside|form|iframe|select|button)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const BLOCK = /<\/?(?:p|div|h[1-6]|li|ul|ol|br|hr|blockquote|pre|article|section|main|table|tr|td|th|figure|figcaption|dd|dt)\b[^>]*>/gi;

/**
 * A page's text without a DOM: for pages a DOM cannot take (nested thousands deep, tens of
 * megabytes, broken beyond repair). Linear in the page's size; blocks become paragraphs.
 */
export function plainHtml(html: string, baseUrl: string | null): ArticleDraft {
  const draft = emptyDraft("html");
  draft.url = baseUrl;
  const title = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html)?.[1] ?? /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i.exec(html)?.[1] ?? "";
  draft.title = cleanLine(decodeHTML(title.replace(/<[^>]*>/g, " ")));
  const body = /<body\b[^>]*>([\s\S]*)$/i.exec(html)?.[1] ?? html;
  const text = body.replace(DROPPED, " ").replace(BLOCK, "\n\n").replace(/<[^>]*>/g, " ");
  draft.paragraphs = decodeHTML(text)
    .split(/\n\s*\n/)
    .map(cleanLine)
    .filter((p) => p.length > 0 && p !== draft.title);
  return draft;
}
