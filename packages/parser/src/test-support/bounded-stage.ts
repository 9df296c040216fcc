import { Worker } from "node:worker_threads";
import type { StageName } from "./stage-worker.js";

export type StageRun = { ok: true; slowestMs: number } | { ok: false; input: string; ms: number };

/**
 * Runs a stage over the inputs on a thread of its own, each under `limitMs`: a stage that never
 * returns is ended and reported with its input, where in this thread it would hang the suite.
 */
export function runBounded(stage: StageName, inputs: readonly string[], limitMs: number): Promise<StageRun> {
  const worker = new Worker(new URL("./stage-worker.mjs", import.meta.url));
  return new Promise<StageRun>((resolve, reject) => {
    let next = 0;
    let slowest = 0;
    let timer: NodeJS.Timeout | undefined;
    const finish = (run: StageRun) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(run);
    };
    const arm = () => {
      clearTimeout(timer);
      const started = performance.now();
      timer = setTimeout(() => finish({ ok: false, input: inputs[next]!, ms: performance.now() - started }), limitMs);
    };
    worker.on("message", (m: { ready?: true; i?: number; ms?: number; done?: true }) => {
      if (m.done) return finish({ ok: true, slowestMs: slowest });
      if (m.i !== undefined) {
        slowest = Math.max(slowest, m.ms ?? 0);
        if ((m.ms ?? 0) > limitMs) return finish({ ok: false, input: inputs[m.i]!, ms: m.ms ?? 0 });
        next = m.i + 1;
      }
      arm();
    });
    worker.on("error", reject);
    worker.postMessage({ stage, inputs });
  });
}
