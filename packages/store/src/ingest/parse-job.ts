import { readFileSync, statSync } from "node:fs";
import {
  MAX_INPUT_BYTES,
  ParseError,
  decodeInput,
  newsPleaseRecords,
  parse,
  parseFeed,
  parseFeedItem,
  sniffFormat,
  type FeedItem,
} from "@sitrep/parser";
import type { ParseResult } from "@sitrep/schema";
import { prepareArticle, type PreparedArticle } from "../prepare-article.js";

export interface ParseJob {
  /** The input, or the path of a file the worker reads itself (keeping file I/O off the writer's thread). */
  bytes?: Uint8Array;
  path?: string;
  /** "auto" sniffs; "feed-item" is a feed item's JSON, stored as the raw input of its article. */
  format: "auto" | "text" | "html" | "newsplease" | "feed-item" | "feed";
  /** Where the input was fetched from, which vouches for the address it names (for a feed item: the feed's). */
  url?: string;
  publishedAt?: string;
}

export type ParseOutcome =
  | { ok: true; article: PreparedArticle }
  | { ok: false; reason: string }
  /** The input was a feed: its items, to be ingested in turn. */
  | { ok: "feed"; items: FeedItem[]; title: string | null }
  /** The input held several news-please records (JSON lines or an array): each, as JSON, to be ingested in turn. */
  | { ok: "records"; records: string[] };

/** One input, in this thread or a worker's: the article ready to write, a feed's items, or the reason there is none. */
export function runParseJob(job: ParseJob, origin: string): ParseOutcome {
  try {
    const bytes = job.bytes ?? readInputFile(job.path!);
    if (typeof bytes === "string") return { ok: false, reason: bytes };
    const sniffed = job.format === "auto" ? formatOfHead(bytes) : null;
    if (sniffed === "feed" || job.format === "feed") {
      const feed = parseFeed(decodeInput(bytes));
      return { ok: "feed", items: feed.items, title: feed.title };
    }
    if (sniffed === "newsplease" || job.format === "newsplease") {
      const records = severalRecords(bytes);
      if (records) return { ok: "records", records };
    }
    return { ok: true, article: prepareArticle({ result: parseJob({ ...job, bytes }), raw: bytes, origin }) };
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, reason: error.message };
    return { ok: false, reason: `parser error: ${(error as Error).message}` };
  }
}

function parseJob(job: ParseJob & { bytes: Uint8Array }): ParseResult {
  if (job.format === "feed-item") {
    return parseFeedItem(JSON.parse(new TextDecoder().decode(job.bytes)) as FeedItem, { feedUrl: job.url });
  }
  return parse(job.bytes, { format: job.format, url: job.url, publishedAt: job.publishedAt });
}

/** A file's bytes, or what is wrong with it. */
function readInputFile(path: string): Uint8Array | string {
  try {
    if (statSync(path).size > MAX_INPUT_BYTES) return `more than the ${MAX_INPUT_BYTES / 1048576} MB limit`;
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (error as Error).message;
  }
}

/** The records of a news-please file that holds more than one; null for anything else. */
function severalRecords(bytes: Uint8Array): string[] | null {
  const records = newsPleaseRecords(decodeInput(bytes));
  return records.length > 1 ? records.map((r) => JSON.stringify(r)) : null;
}

/** The format the first 4 KB look like, read once: most inputs are articles, decoded in full only by the parser. */
function formatOfHead(bytes: Uint8Array): ReturnType<typeof sniffFormat> | null {
  try {
    return sniffFormat(decodeInput(bytes.subarray(0, 4096)));
  } catch {
    return null;
  }
}
