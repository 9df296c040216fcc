// A piscina worker: parses in a thread of its own, so ingest uses every core.
import { runParseJob, type ParseJob, type ParseOutcome } from "./parse-job.js";

export default function parseInWorker({ job, origin }: { job: ParseJob; origin: string }): ParseOutcome {
  return runParseJob(job, origin);
}
