import { ParseError, parse, parseFeedItem, type FeedItem } from "@sitrep/parser";
import type { ParseResult } from "@sitrep/schema";
import { prepareArticle, type PreparedArticle } from "../prepare-article.js";

export interface ParseJob {
  bytes: Uint8Array;
  /** "auto" sniffs; "feed-item" is a feed item's JSON, stored as the raw input of its article. */
  format: "auto" | "text" | "html" | "newsplease" | "feed-item";
  url?: string;
  publishedAt?: string;
}

export type ParseOutcome = { ok: true; article: PreparedArticle } | { ok: false; reason: string };

/** One parse, in this thread or a worker's: the article ready to write, or the reason there is none. */
export function runParseJob(job: ParseJob, origin: string): ParseOutcome {
  try {
    return { ok: true, article: prepareArticle({ result: parseJob(job), raw: job.bytes, origin }) };
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, reason: error.message };
    return { ok: false, reason: `parser error: ${(error as Error).message}` };
  }
}

function parseJob(job: ParseJob): ParseResult {
  if (job.format === "feed-item") return parseFeedItem(JSON.parse(new TextDecoder().decode(job.bytes)) as FeedItem);
  return parse(job.bytes, { format: job.format, url: job.url, publishedAt: job.publishedAt });
}
