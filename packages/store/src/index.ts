export { Store, type StoreOptions } from "./store.js";
export {
  storeLocation,
  describeLocation,
  StoreConfigError,
  StoreWriteError,
  StoreEnv,
  type StoreLocation,
} from "./config.js";
export { ArticleQuery, EventQuery } from "./queries.js";
export * from "./filters.js";
export { BadCursor } from "./cursor.js";
export { sameEvent, groupable } from "./grouping.js";
export { contentHash, prepareArticle, type ArticleInput, type PreparedArticle } from "./prepare-article.js";
export { toFts5Query } from "./fts-query.js";
export { SCHEMA_VERSION } from "./migrations.js";
export type * from "./types.js";
// Writers load the parser, an HTTP client and workers on first use (see lazy-ingest.ts).
export { ingest, ingestItems, refreshFeeds, reparse, addOne, safeFetch, expandInputs } from "./lazy-ingest.js";
export type { IngestOptions, IngestProgress, IngestSummary } from "./ingest/ingest.js";
export type { FeedRefresh } from "./ingest/refresh.js";
export type { ReparseSummary } from "./ingest/reparse.js";
export type { OneInput, AddOutcome } from "./ingest/add-one.js";
export type { FetchResult } from "./ingest/safe-fetch.js";
export { FetchError, DEFAULT_POLICY, type FetchPolicy, type FetchErrorCode } from "./ingest/fetch-policy.js";
export { syntheticArticles, buildSyntheticStore, type SyntheticArticle } from "./synthetic.js";
