import type { ArticleHit, EventGroup, Page } from "@sitrep/store";
import { ArticleQuery, BadCursor, EventQuery } from "@sitrep/store";
import { z } from "zod";
import type { Io } from "../io.js";
import { FilterFlags, toQueries } from "../filters.js";
import { CliError, withStore } from "../open-store.js";
import { stripControls } from "../text/strip-controls.js";

export const SearchFlags = FilterFlags.extend({
  db: z.string().optional(),
  events: z.boolean().default(false),
  json: z.boolean().default(false),
  sort: z.enum(["newest", "oldest", "relevance", "deadliest"]).optional(),
});
export type SearchFlags = z.infer<typeof SearchFlags>;

/** `sitrep search`: articles (or grouped events) as plain lines, or JSON. Also the TUI's fallback off a terminal. */
export async function runSearch(words: string[], flags: SearchFlags, io: Io): Promise<number> {
  const queries = toQueries({ ...flags, q: words.join(" ") || undefined });
  return withStore(io, flags.db, async (store) => {
    try {
      if (flags.events) {
        const q = EventQuery.safeParse({
          ...queries.events,
          sort: flags.sort === "relevance" ? undefined : flags.sort,
        });
        if (!q.success) throw new CliError(`sitrep search: ${z.prettifyError(q.error)}`, 2);
        const page = await store.searchEvents(q.data);
        io.stdout(flags.json ? JSON.stringify(page, null, 2) + "\n" : formatEvents(page));
        if (!flags.json && page.items.length === 0) io.stderr(emptyMessage(await store.stats()));
      } else {
        const q = ArticleQuery.safeParse({
          ...queries.articles,
          sort: flags.sort === "deadliest" ? undefined : flags.sort,
        });
        if (!q.success) throw new CliError(`sitrep search: ${z.prettifyError(q.error)}`, 2);
        const page = await store.searchArticles(q.data);
        io.stdout(flags.json ? JSON.stringify(page, null, 2) + "\n" : formatArticles(page));
        if (!flags.json && page.items.length === 0) io.stderr(emptyMessage(await store.stats()));
      }
    } catch (error) {
      if (error instanceof BadCursor) throw new CliError(`sitrep search: ${error.message}`, 2);
      throw error;
    }
    return 0;
  });
}

function emptyMessage(stats: { articles: number }): string {
  return stats.articles === 0 ? "no articles yet: run `sitrep ingest <files|dirs|URLs>`\n" : "nothing matches\n";
}

const clean = (s: string | null | undefined) => stripControls(s ?? "");

/** Hits in a snippet (between \u0002 and \u0003) as «hit». */
export function plainSnippet(snippet: string): string {
  return clean(snippet.replaceAll("\u0002", "«").replaceAll("\u0003", "»")).replace(/\s+/g, " ");
}

export function formatArticles(page: Page<ArticleHit>): string {
  const lines: string[] = [];
  for (const a of page.items) {
    const marks = `${a.read ? " " : "•"}${a.favourite ? "★" : " "}`;
    lines.push(
      `${marks} ${(a.publishedAt ?? "").slice(0, 10).padEnd(10)}  ${clean(a.source.name ?? a.source.domain ?? "")
        .padEnd(18)
        .slice(0, 18)}  ${clean(a.title)}`,
    );
    const types = [...new Set(a.events.map((e) => e.subEventType))];
    if (types.length > 0) lines.push(`    ${types.map((t) => `[${t}]`).join(" ")}`);
    if (a.snippet) lines.push(`    ${plainSnippet(a.snippet)}`);
    lines.push(`    ${a.id}${a.url ? `  ${clean(a.url)}` : ""}`);
  }
  if (page.next) lines.push(`more: --cursor ${page.next}`);
  return lines.length ? lines.join("\n") + "\n" : "";
}

export function formatEvents(page: Page<EventGroup>): string {
  const lines: string[] = [];
  for (const g of page.items) {
    const place = g.location
      ? [g.location.name, g.location.admin1, g.location.country]
          .filter((x, i, all) => x && all.indexOf(x) === i)
          .join(", ")
      : "place unknown";
    const toll = g.killed === null ? "" : `  ${g.killed} killed`;
    lines.push(
      `${(g.date.start ?? "").padEnd(10)}  ${g.subEventType}  ${clean(place)}${toll}  ` +
        `(${g.articleCount} source${g.articleCount === 1 ? "" : "s"})`,
    );
    lines.push(`    ${clean(g.summary)}`);
    lines.push(`    ${g.sources.map((s) => clean(s.source ?? s.title)).join("; ")}  ${g.id}`);
  }
  if (page.next) lines.push(`more: --cursor ${page.next}`);
  return lines.length ? lines.join("\n") + "\n" : "";
}
