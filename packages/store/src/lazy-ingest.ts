import type * as AddOne from "./ingest/add-one.js";
import type * as Ingest from "./ingest/ingest.js";
import type * as Refresh from "./ingest/refresh.js";
import type * as Reparse from "./ingest/reparse.js";
import type * as SafeFetch from "./ingest/safe-fetch.js";
import type * as Sources from "./ingest/sources.js";

// Writing to the store needs the parser (HTML, feeds, language), an HTTP client and worker
// threads; reading it needs none of them. These load on first use, so a program that only
// reads (the terminal UI, the website) starts without them: about 45 MB and 300 ms less.

export const ingest: typeof Ingest.ingest = async (...args) => (await import("./ingest/ingest.js")).ingest(...args);
export const ingestItems: typeof Ingest.ingestItems = async (...args) =>
  (await import("./ingest/ingest.js")).ingestItems(...args);
export const refreshFeeds: typeof Refresh.refreshFeeds = async (...args) =>
  (await import("./ingest/refresh.js")).refreshFeeds(...args);
export const reparse: typeof Reparse.reparse = async (...args) =>
  (await import("./ingest/reparse.js")).reparse(...args);
export const addOne: typeof AddOne.addOne = async (...args) => (await import("./ingest/add-one.js")).addOne(...args);
export const safeFetch: typeof SafeFetch.safeFetch = async (...args) =>
  (await import("./ingest/safe-fetch.js")).safeFetch(...args);
export const expandInputs: typeof Sources.expandInputs = async (...args) =>
  (await import("./ingest/sources.js")).expandInputs(...args);
