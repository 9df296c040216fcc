import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { runParseJob, type ParseJob, type ParseOutcome } from "./parse-job.js";

/**
 * Inputs in flight per parser thread (see runIngest): enough to keep parsing through the writer's
 * SQLite pauses. Half of them wait at the worker itself, which cannot ask a busy writer for more.
 */
export const IN_FLIGHT_PER_THREAD = 256;

/** How long one input may take to parse before its thread is ended and the input recorded as failed. */
export const DEFAULT_PARSE_SECONDS = 30;

/** How often the watchdog looks at the inputs being parsed. */
const WATCH_MS = 100;

export interface ParsePool {
  run(job: ParseJob, origin: string): Promise<ParseOutcome>;
  readonly threads: number;
  close(): Promise<void>;
}

export interface ParsePoolOptions {
  /** Wall-clock seconds one input may take on its thread. */
  timeLimitSeconds?: number;
}

/** What a worker is given: the job, and a clock it sets when it starts on it (see parse-worker.ts). */
export interface WorkerTask {
  job: ParseJob;
  origin: string;
  /** A Float64Array on shared memory: 0 until the worker starts the job, then Date.now(). */
  startedAt: Float64Array;
}

interface InFlight {
  startedAt: Float64Array;
  controller: AbortController;
}

const TIME_LIMIT = Symbol("time limit");
const MAX_ATTEMPTS = 4;

/**
 * Parsing spread over worker threads (one per core by default), each input under a wall-clock
 * limit: a parse that runs past it has its thread ended (piscina starts another) and its input
 * comes back failed, "took longer than N s". The other inputs queued on that thread had not
 * started; they are run again. From sources (tests) there is no compiled worker to start, so
 * parsing runs in this thread, with the same results and no limit.
 */
export function createParsePool(workers = availableParallelism(), options: ParsePoolOptions = {}): ParsePool {
  const compiled = import.meta.url.endsWith(".js");
  if (workers <= 0 || !compiled) {
    return { run: async (job, origin) => runParseJob(job, origin), threads: 0, close: async () => undefined };
  }
  const seconds = options.timeLimitSeconds ?? DEFAULT_PARSE_SECONDS;
  const pool = new Piscina({
    filename: new URL("./parse-worker.js", import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
    concurrentTasksPerWorker: IN_FLIGHT_PER_THREAD / 2,
  });
  const inFlight = new Set<InFlight>();
  const watchdog = setInterval(() => {
    const now = Date.now();
    for (const task of inFlight) {
      const started = task.startedAt[0]!;
      if (started > 0 && now - started > seconds * 1000) task.controller.abort(TIME_LIMIT);
    }
  }, WATCH_MS);
  watchdog.unref();

  const run = async (job: ParseJob, origin: string): Promise<ParseOutcome> => {
    for (let attempt = 1; ; attempt++) {
      const task: InFlight = {
        startedAt: new Float64Array(new SharedArrayBuffer(8)),
        controller: new AbortController(),
      };
      inFlight.add(task);
      try {
        const message: WorkerTask = { job, origin, startedAt: task.startedAt };
        return (await pool.run(message, { signal: task.controller.signal })) as ParseOutcome;
      } catch (error) {
        if (task.controller.signal.reason === TIME_LIMIT) return { ok: false, reason: `took longer than ${seconds} s` };
        // Queued on a thread that was ended for another input's sake, never started: run it again.
        // A few times at most: threads that die of themselves before any input starts are a fault, not a queue.
        if (task.startedAt[0] === 0 && isThreadTermination(error) && attempt < MAX_ATTEMPTS) continue;
        throw error;
      } finally {
        inFlight.delete(task);
      }
    }
  };
  return {
    run,
    threads: workers,
    close: async () => {
      clearInterval(watchdog);
      await pool.destroy();
    },
  };
}

function isThreadTermination(error: unknown): boolean {
  return error instanceof Error && /terminating worker thread/i.test(error.message);
}
