import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { runParseJob, type ParseJob, type ParseOutcome } from "./parse-job.js";

/**
 * Inputs in flight per parser thread (see runIngest): enough to keep parsing through the writer's
 * SQLite pauses. Half of them wait at the worker itself, which cannot ask a busy writer for more.
 */
export const IN_FLIGHT_PER_THREAD = 256;

export interface ParsePool {
  run(job: ParseJob, origin: string): Promise<ParseOutcome>;
  readonly threads: number;
  close(): Promise<void>;
}

/**
 * Parsing spread over worker threads (one per core by default). From sources (tests) there
 * is no compiled worker to start, so parsing runs in this thread, with the same results.
 */
export function createParsePool(workers = availableParallelism()): ParsePool {
  const compiled = import.meta.url.endsWith(".js");
  if (workers <= 0 || !compiled) {
    return { run: async (job, origin) => runParseJob(job, origin), threads: 0, close: async () => undefined };
  }
  const pool = new Piscina({ filename: new URL("./parse-worker.js", import.meta.url).href, minThreads: workers, maxThreads: workers, idleTimeout: 60_000, concurrentTasksPerWorker: IN_FLIGHT_PER_THREAD / 2 });
  return {
    run: (job, origin) => pool.run({ job, origin }) as Promise<ParseOutcome>,
    threads: workers,
    close: () => pool.destroy(),
  };
}
