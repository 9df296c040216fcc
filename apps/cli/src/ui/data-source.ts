import type { ArticleHit, EventGroup, Page, Store, StoredArticle } from "@sitrep/store";

/** What the terminal UI reads and changes; the store in use, a fake in tests. */
export interface BrowseData {
  articles(query: { q?: string; cursor?: string }): Promise<Page<ArticleHit>>;
  article(id: string): Promise<StoredArticle | null>;
  events(): Promise<Page<EventGroup>>;
  setRead(id: string, read: boolean): Promise<void>;
  setFavourite(id: string, favourite: boolean): Promise<void>;
}

export function storeData(store: Store): BrowseData {
  return {
    articles: (q) => store.searchArticles({ q: q.q, cursor: q.cursor, limit: 200, sort: q.q ? "relevance" : "newest" }),
    article: (id) => store.getArticle(id),
    events: () => store.searchEvents({ limit: 200 }),
    setRead: async (id, read) => {
      await store.setRead(id, read);
    },
    setFavourite: async (id, favourite) => {
      await store.setFavourite(id, favourite);
    },
  };
}
