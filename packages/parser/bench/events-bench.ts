// npm run bench:events: articles per second with events on one core (the bundled sample and the
// Giveme5W1H articles of ../shared/eval), beside the same parse without events (the peer: what the
// event pipeline adds); and the gazetteer's cold start in fresh processes (load time and memory),
// beside those processes merely reading and JSON-parsing the same file (the floor for any loader).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
// The built parser (dist/), which the CLI, the store's parse workers and the website run; the
// sources as tsx transpiles them on the fly ran 15-40% slower in a back-to-back run.
import { parse } from "../dist/index.js";
import { sharedEval } from "../eval/shared-eval.js";

const sample = readFileSync(new URL("../../../samples/ain-al-asad-2019-12-04.txt", import.meta.url));
const gdir = sharedEval("events/giveme5w1h");
const giveme = readdirSync(gdir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => {
    const a = JSON.parse(readFileSync(join(gdir, f), "utf8")) as {
      title: string;
      description?: string;
      text: string;
      date_publish: string;
      url?: string;
    };
    // As a news-please record: the shape these articles come in.
    return JSON.stringify({
      title: a.title,
      description: a.description,
      maintext: a.text,
      date_publish: a.date_publish,
      url: a.url,
    });
  });

function rate(inputs: ReadonlyArray<string | Uint8Array>, events: boolean, seconds = 3): number {
  for (const input of inputs.slice(0, 10)) parse(input, { events });
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    for (const input of inputs) parse(input, { events });
    n += inputs.length;
  }
  return n / ((performance.now() - start) / 1000);
}

console.log("articles per second, one core (parse with events; peer: the same parse without events)");
for (const [name, inputs] of [
  ["bundled sample", [sample]],
  [`Giveme5W1H (${giveme.length} articles)`, giveme],
] as const) {
  const withEvents = rate(inputs, true);
  const articleOnly = rate(inputs, false);
  console.log(
    `  ${name.padEnd(28)} ${withEvents.toFixed(0).padStart(6)}/s with events   ${articleOnly.toFixed(0).padStart(6)}/s article only   events cost x${(articleOnly / withEvents).toFixed(2)}`,
  );
}
console.log("  target: at least 300 seed-sized articles per second with events");

// Cold start: each run a new Node process, so nothing is cached but the operating system's files.
const gazetteerFile = new URL("../data/gazetteer.json", import.meta.url).pathname;
const parserEntry = new URL("../dist/index.js", import.meta.url).href;
const probe = (code: string) =>
  JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" })) as {
    ms: number;
    mb: number;
  };
const measure = (body: string) =>
  `const m0 = process.memoryUsage().rss; const t0 = performance.now(); ${body}; const ms = performance.now() - t0; const mb = (process.memoryUsage().rss - m0) / 1048576; console.log(JSON.stringify({ ms, mb }));`;
const runs = Number(process.env.RUNS ?? 5);
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const load: Array<{ ms: number; mb: number }> = [];
const floor: Array<{ ms: number; mb: number }> = [];
for (let i = 0; i < runs; i++) {
  load.push(
    probe(`const { loadGazetteer } = await import(${JSON.stringify(parserEntry)}); ${measure("loadGazetteer()")}`),
  );
  floor.push(
    probe(
      `import { readFileSync } from "node:fs"; ${measure(`JSON.parse(readFileSync(${JSON.stringify(gazetteerFile)}, "utf8"))`)}`,
    ),
  );
}
const [lm, lb, fm, fb] = [
  median(load.map((r) => r.ms)),
  median(load.map((r) => r.mb)),
  median(floor.map((r) => r.ms)),
  median(floor.map((r) => r.mb)),
];
console.log(`gazetteer cold start, median of ${runs} fresh processes (the built parser, dist/)`);
console.log(`  loadGazetteer()                  ${lm.toFixed(0).padStart(5)} ms   +${lb.toFixed(0)} MB resident`);
console.log(
  `  peer: read + JSON.parse the file ${fm.toFixed(0).padStart(5)} ms   +${fb.toFixed(0)} MB resident   load is x${(lm / fm).toFixed(2)} the floor`,
);
console.log("  target: under 300 ms and under 150 MB");
