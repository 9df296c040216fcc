import { articleIdOfUrl } from "@sitrep/parser";
import type { Store } from "../store.js";
import { createParsePool } from "./parse-pool.js";
import type { ParseJob } from "./parse-job.js";

export interface ReparseSummary {
  checked: number;
  updated: number;
  unchanged: number;
  failed: Array<{ id: string; reason: string }>;
}

/**
 * Runs the stored raw inputs through the current parser: those an older parser read, or all.
 * An article whose result changes is updated (and its events regrouped); nothing is lost when
 * an input no longer parses: the old version stays and the failure is reported.
 */
export async function reparse(
  store: Store,
  options: { all?: boolean; workers?: number; onProgress?: (done: number) => void } = {},
): Promise<ReparseSummary> {
  const pool = createParsePool(options.workers);
  const summary: ReparseSummary = { checked: 0, updated: 0, unchanged: 0, failed: [] };
  try {
    await store.bulk(async () => {
      for await (const input of store.rawInputs({ all: options.all })) {
        const job: ParseJob = {
          bytes: input.raw,
          format:
            input.format === "feed"
              ? "feed-item"
              : input.format === "text" || input.format === "html" || input.format === "newsplease"
                ? input.format
                : "auto",
          // The address vouched for the article at ingest only if it is what the article is known by.
          url: input.url && articleIdOfUrl(input.url) === input.id ? input.url : undefined,
          publishedAt: input.publishedAt ?? undefined,
        };
        const outcome = await pool.run(job, input.origin);
        summary.checked++;
        if (outcome.ok === false) summary.failed.push({ id: input.id, reason: outcome.reason });
        else if (outcome.ok === "feed")
          summary.failed.push({ id: input.id, reason: "the stored input is now read as a feed" });
        else if (outcome.ok === "records")
          summary.failed.push({ id: input.id, reason: "the stored input now holds several records" });
        else {
          const put = await store.putPrepared(outcome.article);
          if (put.status === "unchanged") summary.unchanged++;
          else summary.updated++;
        }
        options.onProgress?.(summary.checked);
      }
    });
  } finally {
    await pool.close();
  }
  return summary;
}
