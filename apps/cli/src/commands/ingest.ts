import { SingleBar } from "cli-progress";
import { z } from "zod";
import { DEFAULT_POLICY, ingest, type IngestProgress, type IngestSummary } from "@sitrep/store";
import type { Io } from "../io.js";
import { withStore } from "../open-store.js";

export const IngestFlags = z.object({
  db: z.string().min(1).optional(),
  format: z.enum(["auto", "text", "html", "newsplease"]).default("auto"),
  publishedAt: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], {
      error: "expected a date (2019-12-04) or an ISO date-time",
    })
    .optional(),
  workers: z.coerce.number().int().min(0).max(64).optional(),
  allowPrivate: z.boolean().default(false),
  timeout: z.coerce.number().min(1).max(600).default(20),
  parseTimeout: z.coerce.number().min(0.1).max(3600).default(30),
});
export type IngestFlags = z.infer<typeof IngestFlags>;

/**
 * `sitrep ingest`: a progress bar on a terminal (count, rate, ETA), one summary line otherwise,
 * every failure listed at the end, exit code 1 when any input failed. Ctrl+C stops taking new
 * inputs; what is stored stays stored, and running again completes the work.
 */
export async function runIngest(inputs: string[], flags: IngestFlags, io: Io): Promise<number> {
  return withStore(io, flags.db, async (store) => {
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    const bar = io.progressStream ? progressBar(io.progressStream) : null;
    let summary: IngestSummary;
    try {
      summary = await ingest(store, inputs, {
        workers: flags.workers,
        parseSeconds: flags.parseTimeout,
        format: flags.format,
        publishedAt: flags.publishedAt,
        policy: { ...DEFAULT_POLICY, allowPrivate: flags.allowPrivate, timeoutMs: flags.timeout * 1000 },
        readStdin: io.readStdin,
        signal: controller.signal,
        onProgress: (p) => bar?.update(p),
      });
    } finally {
      bar?.stop();
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
    }
    for (const f of summary.failures) io.stderr(`sitrep: ${f.origin}: ${f.reason}\n`);
    const rate = summary.seconds > 0 ? Math.round(summary.done / summary.seconds) : summary.done;
    const stopped = controller.signal.aborted ? " (stopped early: run again to finish)" : "";
    io.stderr(
      `ingested ${summary.done} input${summary.done === 1 ? "" : "s"} ` +
        `in ${summary.seconds.toFixed(1)} s (${rate}/s): ` +
        `${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed` +
        `${stopped} -> ${store.describe()}\n`,
    );
    if (controller.signal.aborted) return 130;
    return summary.failed > 0 ? 1 : 0;
  });
}

function progressBar(stream: NodeJS.WriteStream) {
  const bar = new SingleBar({
    stream,
    format: "ingest [{bar}] {value}/{total} | {rate}/s | ETA {eta_formatted} | {added} new, {failed} failed",
    barsize: 24,
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 200,
    fps: 8,
  });
  const started = Date.now();
  let begun = false;
  return {
    update(p: IngestProgress) {
      const payload = {
        rate: Math.round(p.done / Math.max(0.001, (Date.now() - started) / 1000)),
        added: p.added,
        failed: p.failed,
      };
      if (!begun) {
        bar.start(p.total, p.done, payload);
        begun = true;
      } else {
        bar.setTotal(p.total);
        bar.update(p.done, payload);
      }
    },
    stop() {
      if (begun) bar.stop();
    },
  };
}
