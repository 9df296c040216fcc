import { DEFAULT_POLICY, FetchError, safeFetch, type FetchPolicy } from "./safe-fetch.js";
import { createParsePool, type ParsePool } from "./parse-pool.js";
import type { Store } from "../store.js";
import type { PutStatus } from "../types.js";

export type OneInput =
  /** Pasted text or an uploaded file; `origin` names it ("pasted text", the file's name). */
  { bytes: Uint8Array; origin: string } | { url: string };

export type AddOutcome = { ok: true; id: string; status: PutStatus } | { ok: false; reason: string };

/** Seconds a person's input may take to parse before it is refused. */
export const ADD_PARSE_SECONDS = 20;

let sharedPool: ParsePool | null = null;

/**
 * The server's parser: one thread of its own, made on first use and kept, so that a slow or
 * hostile paste never holds the thread that answers requests, and ends after ADD_PARSE_SECONDS.
 */
function addPool(): ParsePool {
  sharedPool ??= createParsePool(1, { timeLimitSeconds: ADD_PARSE_SECONDS });
  return sharedPool;
}

/**
 * One article from a person (the website's form): parsed on the server's parser thread, fetched
 * under the policy when it is a URL, stored, or refused with a reason fit to show beside the field.
 */
export async function addOne(store: Store, input: OneInput, policy: FetchPolicy = DEFAULT_POLICY): Promise<AddOutcome> {
  let bytes: Uint8Array;
  let url: string | undefined;
  let origin: string;
  if ("url" in input) {
    try {
      const fetched = await safeFetch(input.url, policy);
      if (fetched.status !== "ok") return { ok: false, reason: "the server sent nothing new" };
      bytes = fetched.bytes;
      url = fetched.url;
      origin = fetched.url;
    } catch (error) {
      if (error instanceof FetchError) return { ok: false, reason: error.message };
      throw error;
    }
  } else {
    bytes = input.bytes;
    origin = input.origin;
  }
  const outcome = await addPool().run({ bytes, format: "auto", url }, origin);
  if (outcome.ok === "feed")
    return { ok: false, reason: `this is a feed of ${outcome.items.length} items: add it with \`sitrep feeds add\`` };
  if (outcome.ok === "records")
    return {
      ok: false,
      reason: `this file holds ${outcome.records.length} news-please records: add them with \`sitrep ingest\``,
    };
  if (!outcome.ok) return { ok: false, reason: outcome.reason };
  const put = await store.putPrepared(outcome.article);
  return { ok: true, id: put.id, status: put.status };
}
