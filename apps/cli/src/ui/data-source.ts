import { fromPublic, type Filters } from "@sitrep/store/filters";
import type { BrowseFilters } from "./filters.js";
import {
  DEFAULT_POLICY,
  refreshFeeds,
  type ArticleHit,
  type EventGroup,
  type Page,
  type Store,
  type StoredArticle,
} from "@sitrep/store";

/** What the terminal UI reads and changes; the store in use, a fake in tests. */
export interface BrowseData {
  articles(query: { q?: string; cursor?: string; filters?: BrowseFilters }): Promise<Page<ArticleHit>>;
  article(id: string): Promise<StoredArticle | null>;
  events(): Promise<Page<EventGroup>>;
  setRead(id: string, read: boolean): Promise<void>;
  setFavourite(id: string, favourite: boolean): Promise<void>;
  /** Checks every feed; says what it found. */
  refresh(): Promise<string>;
}

export function storeData(store: Store): BrowseData {
  return {
    articles: (q) =>
      store.searchArticles({
        q: q.q,
        cursor: q.cursor,
        limit: 200,
        sort: q.q ? "relevance" : "newest",
        // The prompt's values were checked with the store's schema of each field (BrowseFilters).
        ...(fromPublic("prompt", q.filters ?? {}) as Filters),
      }),
    article: (id) => store.getArticle(id),
    events: () => store.searchEvents({ limit: 200 }),
    setRead: async (id, read) => {
      await store.setRead(id, read);
    },
    setFavourite: async (id, favourite) => {
      await store.setFavourite(id, favourite);
    },
    refresh: async () => {
      const feeds = await store.feeds();
      if (feeds.length === 0) return "No feeds yet: add one with `sitrep feeds add <url>`.";
      const results = await refreshFeeds(store, { policy: DEFAULT_POLICY, workers: 0 });
      const added = results.reduce((n, r) => n + r.added, 0);
      const failed = results.filter((r) => r.status === "failed").length;
      const counted = `${results.length} feed${results.length === 1 ? "" : "s"}`;
      return `Refreshed ${counted}: ${added} new${failed ? `, ${failed} failed` : ""}.`;
    },
  };
}
