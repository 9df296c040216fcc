import { hasFullContent, type FeedItem } from "@sitrep/parser";
import type { Store } from "../store.js";
import { ingestItems } from "./ingest.js";
import { createParsePool } from "./parse-pool.js";
import { DEFAULT_POLICY, FetchError, safeFetch, type FetchPolicy } from "./safe-fetch.js";

export interface FeedRefresh {
  url: string;
  status: "not_modified" | "updated" | "failed";
  items: number;
  added: number;
  message: string;
}

/**
 * Checks every feed with a conditional GET (ETag, Last-Modified): an unchanged feed costs one
 * small request; a changed one has its new items ingested.
 */
export async function refreshFeeds(
  store: Store,
  options: { policy?: FetchPolicy; workers?: number; onFeed?: (r: FeedRefresh) => void } = {},
): Promise<FeedRefresh[]> {
  const out: FeedRefresh[] = [];
  // One pool for the whole refresh: the feeds and their items, rather than threads started per feed.
  const pool = createParsePool(options.workers);
  try {
    for (const feed of await store.feeds()) {
      let result: FeedRefresh;
      try {
        const fetched = await safeFetch(feed.url, options.policy ?? DEFAULT_POLICY, {
          etag: feed.etag,
          lastModified: feed.lastModified,
        });
        if (fetched.status === "not_modified") {
          await store.updateFeed(feed.url, {
            etag: feed.etag,
            lastModified: feed.lastModified,
            status: "304 not modified",
          });
          result = { url: feed.url, status: "not_modified", items: 0, added: 0, message: "not modified" };
        } else {
          // On a parser thread, under its time limit, like every other input: the feed comes from anywhere.
          const outcome = await pool.run({ bytes: fetched.bytes, format: "feed", url: fetched.url }, feed.url);
          if (outcome.ok !== "feed")
            throw new Error(outcome.ok === false ? outcome.reason : "the address no longer serves a feed");
          const parsed = { title: outcome.title, items: outcome.items };
          const full: FeedItem[] = parsed.items.filter(hasFullContent);
          const links = parsed.items.filter((i) => !hasFullContent(i) && i.link).map((i) => i.link!);
          const summary = await ingestItems(store, full, links, {
            policy: options.policy,
            pool,
            feedUrl: fetched.url,
          });
          await store.updateFeed(feed.url, {
            title: parsed.title,
            etag: fetched.etag,
            lastModified: fetched.lastModified,
            status: `200, ${summary.added} new`,
          });
          result = {
            url: feed.url,
            status: "updated",
            items: parsed.items.length,
            added: summary.added,
            message: `${parsed.items.length} items, ${summary.added} new, ${summary.failed} failed`,
          };
        }
      } catch (error) {
        const message = error instanceof FetchError || error instanceof Error ? error.message : String(error);
        await store.updateFeed(feed.url, {
          etag: feed.etag,
          lastModified: feed.lastModified,
          status: `failed: ${message}`,
        });
        result = { url: feed.url, status: "failed", items: 0, added: 0, message };
      }
      out.push(result);
      options.onFeed?.(result);
    }
  } finally {
    await pool.close();
  }
  return out;
}
