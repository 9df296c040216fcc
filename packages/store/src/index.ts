export { Store } from "./store.js";
export { storeLocation, describeLocation, StoreConfigError, StoreEnv, type StoreLocation } from "./config.js";
export { ArticleQuery, EventQuery } from "./queries.js";
export { BadCursor } from "./cursor.js";
export { sameEvent, groupable } from "./grouping.js";
export { contentHash, type ArticleInput } from "./write-article.js";
export { toFts5Query } from "./fts-query.js";
export { SCHEMA_VERSION } from "./migrations.js";
export type * from "./types.js";
