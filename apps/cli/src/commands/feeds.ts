import { forTerminal } from "../text/strip-controls.js";
import { DEFAULT_POLICY, refreshFeeds } from "@sitrep/store";
import { z } from "zod";
import type { Io } from "../io.js";
import { CliError, withStore } from "../open-store.js";

export const FeedUrl = z.url({ protocol: /^https?$/, error: "expected an http(s) URL" });

export async function feedsAdd(
  url: string,
  title: string | undefined,
  db: string | undefined,
  io: Io,
): Promise<number> {
  const parsed = FeedUrl.safeParse(url);
  if (!parsed.success) throw new CliError(`sitrep feeds add: ${url}: ${parsed.error.issues[0]?.message}`, 2);
  return withStore(io, db, async (store) => {
    const added = await store.addFeed(parsed.data, title ?? null);
    io.stderr(added ? `added ${parsed.data}; fetch it with: sitrep refresh\n` : `${parsed.data} is already followed\n`);
    return 0;
  });
}

export async function feedsList(json: boolean, db: string | undefined, io: Io): Promise<number> {
  return withStore(io, db, async (store) => {
    const feeds = await store.feeds();
    if (json) io.stdout(JSON.stringify(feeds, null, 2) + "\n");
    else if (feeds.length === 0) io.stderr("no feeds yet: add one with `sitrep feeds add <url>`\n");
    else
      for (const f of feeds) {
        const checked = f.checkedAt
          ? `checked ${f.checkedAt.slice(0, 16).replace("T", " ")}: ${f.status}`
          : "never checked";
        io.stdout(`${f.url}\t${f.title ?? ""}\t${checked}\n`);
      }
    return 0;
  });
}

export async function feedsRemove(url: string, db: string | undefined, io: Io): Promise<number> {
  return withStore(io, db, async (store) => {
    if (await store.removeFeed(url)) {
      io.stderr(`removed ${url}\n`);
      return 0;
    }
    io.stderr(`sitrep feeds remove: ${url} is not followed (see sitrep feeds list)\n`);
    return 1;
  });
}

/** `sitrep refresh`: every feed, with a transient status line on a terminal. */
export async function refresh(
  flags: { db?: string; allowPrivate: boolean; workers?: number },
  io: Io,
): Promise<number> {
  return withStore(io, flags.db, async (store) => {
    const feeds = await store.feeds();
    if (feeds.length === 0) {
      io.stderr("no feeds yet: add one with `sitrep feeds add <url>`\n");
      return 0;
    }
    // The progress line is drawn on the terminal directly: what a feed says is made inert first.
    const status = (text: string) => io.progressStream?.write(`\r\x1b[2K${forTerminal(text)}`);
    let i = 0;
    status(`Refreshing ${feeds.length} feed${feeds.length === 1 ? "" : "s"}...`);
    const results = await refreshFeeds(store, {
      policy: { ...DEFAULT_POLICY, allowPrivate: flags.allowPrivate },
      workers: flags.workers,
      onFeed: (r) => status(`Refreshing... ${++i}/${feeds.length}: ${r.url} (${r.message})`),
    });
    status("");
    for (const r of results) {
      const outcome = r.status === "failed" ? "failed" : r.status === "not_modified" ? "unchanged" : "updated";
      io.stderr(`${outcome}\t${r.url}\t${r.message}\n`);
    }
    return results.some((r) => r.status === "failed") ? 1 : 0;
  });
}
