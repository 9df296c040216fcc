import type { InputFormat } from "@sitrep/schema";

/**
 * What an input is, from its first characters: a JSON object (a news-please record), a feed,
 * an HTML page, or text.
 */
export function sniffFormat(text: string): InputFormat {
  const head = text.slice(0, 4096).trimStart();
  if (/^\{/.test(head) && /"version"\s*:\s*"https:\/\/jsonfeed\.org/.test(head)) return "feed";
  if (/^[{[]/.test(head) && /"(?:maintext|title|date_publish|source_domain)"\s*:/.test(head)) return "newsplease";
  if (/^<(?:rss|feed|rdf:RDF)\b/i.test(afterProlog(head))) return "feed";
  if (
    /^(?:<!doctype html|<html\b|<head\b|<body\b|<meta\b|<!--)/i.test(head) ||
    /<(?:p|div|article|h1)\b[^>]*>/i.test(head.slice(0, 1024))
  )
    return "html";
  return "text";
}

/**
 * The text after an XML declaration and the comments that open it. Read a comment at a time:
 * as one pattern, `(?:<!--[\s\S]*?-->\s*)*` could split a run of comments in exponentially many
 * ways, and 130 bytes of "<!--" and "-->" took seconds.
 */
function afterProlog(head: string): string {
  let rest = head.replace(/^<\?xml[^<>]*>\s*/i, "");
  while (rest.startsWith("<!--")) {
    const end = rest.indexOf("-->", 4);
    if (end < 0) return rest;
    rest = rest.slice(end + 3).trimStart();
  }
  return rest;
}
