import { ParseError, parse, parseFeedItem, type FeedItem } from "@sitrep/parser";
import type { ParseResult } from "@sitrep/schema";

export interface ParseJob {
  bytes: Uint8Array;
  /** "auto" sniffs; "feed-item" is a feed item's JSON, stored as the raw input of its article. */
  format: "auto" | "text" | "html" | "newsplease" | "feed-item";
  url?: string;
  publishedAt?: string;
}

export type ParseOutcome = { ok: true; result: ParseResult } | { ok: false; reason: string };

/** One parse, in this thread or a worker's: a result, or the reason there is none. */
export function runParseJob(job: ParseJob): ParseOutcome {
  try {
    if (job.format === "feed-item") {
      const item = JSON.parse(new TextDecoder().decode(job.bytes)) as FeedItem;
      return { ok: true, result: parseFeedItem(item) };
    }
    return { ok: true, result: parse(job.bytes, { format: job.format, url: job.url, publishedAt: job.publishedAt }) };
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, reason: error.message };
    return { ok: false, reason: `parser error: ${(error as Error).message}` };
  }
}
