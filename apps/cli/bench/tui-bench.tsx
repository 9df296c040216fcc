// npm run bench:tui [-- --articles 100000]: the terminal UI on a store of N SYNTHETIC articles
// (variations of the bundled sample): time to the first frame (opening the store included), key
// press to the next frame (median, p95), and resident memory of the real command in tmux. The store
// is built once and reused.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { render } from "ink-testing-library";
import { createElement } from "react";
import { Store, buildSyntheticStore } from "@sitrep/store";
import { App } from "../src/ui/app.js";
import { storeData } from "../src/ui/data-source.js";

const { values } = parseArgs({ options: { articles: { type: "string", default: "100000" } } });
const n = Number(values.articles);
// Shared with bench:web: the same synthetic store, built once.
const path = join(tmpdir(), `sitrep-bench-${n}.db`);
const sample = readFileSync(new URL("../../../samples/ain-al-asad-2019-12-04.txt", import.meta.url), "utf8");

if (!existsSync(path)) {
  console.log(`building a store of ${n} synthetic articles at ${path} (once)...`);
  await buildSyntheticStore(path, sample, n);
}

const t0 = performance.now();
const store = await Store.open({ engine: "sqlite", path });
// createElement keeps this file free of JSX settings; the script runs with the CLI's tsconfig.
const ui = render(createElement(App, { data: storeData(store) }));
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
while (!(ui.lastFrame() ?? "").includes("Rockets strike")) await wait(1);
const firstFrame = performance.now() - t0;

const latencies: number[] = [];
for (let i = 0; i < 200; i++) {
  const before = ui.frames.length;
  const t = performance.now();
  ui.stdin.write(i % 20 < 10 ? "j" : "k");
  while (ui.frames.length === before && performance.now() - t < 1000) await new Promise((r) => setImmediate(r));
  latencies.push(performance.now() - t);
}
latencies.sort((a, b) => a - b);
ui.unmount();
await store.close();
const real = await realProcess(path);
console.log(
  `${n} articles, in this process (ink-testing-library, tsx): first frame ${firstFrame.toFixed(0)} ms (store opened and first page read), key to frame median ${latencies[100]!.toFixed(1)} ms, p95 ${latencies[190]!.toFixed(1)} ms`,
);
console.log(
  `${n} articles, the real \`sitrep browse\` in tmux: first frame ${real.firstFrame.toFixed(0)} ms from launch (Node start included), resident memory ${real.rssAfterFirst.toFixed(0)} MB after the first frame, ${real.rssAfterKeys.toFixed(0)} MB after 200 keys across both views`,
);
console.log("targets: first frame under 500 ms, key to frame p95 under 30 ms, memory under 200 MB");

/**
 * The built command in a real terminal, as a user runs it: time until the first article shows,
 * and its resident memory (VmRSS of the node process), read from /proc.
 */
async function realProcess(db: string): Promise<{ firstFrame: number; rssAfterFirst: number; rssAfterKeys: number }> {
  const bin = new URL("../bin/sitrep.js", import.meta.url).pathname;
  const session = `sitrep-bench-${process.pid}`;
  const tmux = (...args: string[]) => execFileSync("tmux", args, { encoding: "utf8" });
  const t = performance.now();
  tmux(
    "new-session",
    "-d",
    "-s",
    session,
    "-x",
    "120",
    "-y",
    "40",
    `CI=false exec ${process.execPath} ${bin} browse --db ${db}`,
  );
  try {
    while (!tmux("capture-pane", "-p", "-t", session).includes("Rockets strike")) {
      if (performance.now() - t > 30_000) throw new Error("sitrep browse showed nothing in 30 s");
      await wait(5);
    }
    const firstFrame = performance.now() - t;
    const pid = tmux("list-panes", "-t", session, "-F", "#{pane_pid}").trim();
    const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
    const rssAfterFirst = rss();
    for (const view of [0, 1]) {
      if (view === 1) tmux("send-keys", "-t", session, "Tab");
      for (let i = 0; i < 100; i++) tmux("send-keys", "-t", session, i % 20 < 10 ? "j" : "k");
      await wait(500);
    }
    return { firstFrame, rssAfterFirst, rssAfterKeys: rss() };
  } finally {
    execFileSync("tmux", ["kill-session", "-t", session]);
  }
}
