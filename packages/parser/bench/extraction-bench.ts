// npm run bench:extraction: pages per second on the 181 pages of the article-extraction benchmark
// (../shared/eval/article-extraction), Sitrep against Mozilla's Readability on linkedom and on
// jsdom, all measured in this run on the same pages, as ratios.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { parseHTML } from "linkedom";
import { loadGazetteer, parse } from "../src/index.js";
import { sharedEval } from "../eval/shared-eval.js";

const dir = sharedEval("article-extraction");
const truth = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8")) as Record<string, { url: string }>;
const pages = Object.keys(truth)
  .sort()
  .map((id) => ({
    html: gunzipSync(readFileSync(join(dir, "html", `${id}.html.gz`))).toString("utf8"),
    url: truth[id]!.url,
  }));
loadGazetteer();

type Doc = ConstructorParameters<typeof Readability>[0];
const runners: Record<string, (p: { html: string; url: string }) => unknown> = {
  "sitrep (article)": (p) => parse(p.html, { format: "html", url: p.url, events: false }),
  "sitrep (article + events)": (p) => parse(p.html, { format: "html", url: p.url }),
  "readability + linkedom": (p) => new Readability(parseHTML(p.html).document as unknown as Doc).parse(),
  "readability + jsdom": (p) =>
    new Readability(
      new JSDOM(p.html, { url: p.url, virtualConsole: new VirtualConsole() }).window.document as unknown as Doc,
    ).parse(),
};

// A page an extractor fails on still counts as processed: it took the time it took.
const failures = new Map<string, number>();
const attempt = (
  name: string,
  run: (p: { html: string; url: string }) => unknown,
  p: { html: string; url: string },
) => {
  try {
    run(p);
  } catch {
    failures.set(name, (failures.get(name) ?? 0) + 1);
  }
};

const rounds = Number(process.env.ROUNDS ?? 3);
const rates = new Map<string, number>();
for (const [name, run] of Object.entries(runners)) {
  for (const p of pages.slice(0, 20)) attempt(name, run, p);
  failures.delete(name);
  const t = performance.now();
  for (let r = 0; r < rounds; r++) for (const p of pages) attempt(name, run, p);
  rates.set(name, (pages.length * rounds) / ((performance.now() - t) / 1000));
}
const linkedom = rates.get("readability + linkedom")!;
const jsdom = rates.get("readability + jsdom")!;
console.log(`${pages.length} pages x ${rounds} rounds, one core`);
for (const [name, rate] of rates) {
  const failed = failures.get(name) ? `   (${failures.get(name)} page runs threw)` : "";
  console.log(
    `${name.padEnd(28)} ${rate.toFixed(1).padStart(7)} pages/s   x${(rate / linkedom).toFixed(2)} readability+linkedom   x${(rate / jsdom).toFixed(2)} readability+jsdom${failed}`,
  );
}
console.log(
  "target: sitrep (article) at least x2.00 readability+linkedom, at equal or better F1 (npm run eval:extraction)",
);
