// A piscina worker: parses in a thread of its own, so ingest uses every core.
import { setPriority } from "node:os";
import { runParseJob, type ParseOutcome } from "./parse-job.js";
import type { WorkerTask } from "./parse-pool.js";

// The single writer thread is what limits an ingest; parsers yield the CPU to it. On Linux a
// thread's nice value is its own, so this lowers only this worker (elsewhere it may be refused).
if (process.env.SITREP_NICE !== "0") {
  try {
    setPriority(10);
  } catch {
    // Not permitted here: parse at normal priority.
  }
}

export default function parseInWorker({ job, origin, startedAt }: WorkerTask): ParseOutcome {
  // The pool's watchdog times the parse from here, not from when the job was queued.
  startedAt[0] = Date.now();
  return runParseJob(job, origin);
}
