// npm run eval:extraction: the parser's article bodies against the article-extraction benchmark
// (../shared/eval/article-extraction), scored as its README defines; the peers' outputs are
// scored by the same code, beside their published figures.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { parse } from "../src/index.js";
import { scorePage, summarise, type PageScore } from "./extraction-score.js";
import { sharedEval } from "./shared-eval.js";

const PUBLISHED: Record<string, number> = {
  "rs-trafilatura": 0.97,
  AutoExtract: 0.97,
  "go-trafilatura": 0.96,
  trafilatura: 0.958,
  Diffbot: 0.951,
  newspaper: 0.949,
  "news-please": 0.948,
  "readability.js": 0.947,
  dragnet: 0.907,
  goose3: 0.896,
  boilerpipe: 0.86,
};

const dir = sharedEval("article-extraction");
const truth = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8")) as Record<
  string,
  { articleBody: string; url: string }
>;
const ids = Object.keys(truth).sort();

const ours = new Map<string, PageScore>();
const failures: string[] = [];
const started = performance.now();
for (const id of ids) {
  const html = gunzipSync(readFileSync(join(dir, "html", `${id}.html.gz`)));
  let text = "";
  try {
    const { article } = parse(html, { format: "html", url: truth[id]!.url });
    text = article.text;
  } catch (error) {
    failures.push(`${id}: ${(error as Error).message}`);
  }
  ours.set(id, scorePage(truth[id]!.articleBody, text));
}
const seconds = (performance.now() - started) / 1000;

const fmt = (n: number) => n.toFixed(3);
const mine = summarise([...ours.values()]);
console.log(`article extraction, ${ids.length} pages, ${(ids.length / seconds).toFixed(0)} pages/s`);
console.log(
  `${"extractor".padEnd(22)}${"precision".padStart(10)}${"recall".padStart(10)}${"F1".padStart(8)}${"published F1".padStart(14)}`,
);
console.log(
  `${"sitrep".padEnd(22)}${fmt(mine.precision).padStart(10)}${fmt(mine.recall).padStart(10)}${fmt(mine.f1).padStart(8)}${"".padStart(14)}`,
);
const peersDir = join(dir, "peers");
for (const file of existsSync(peersDir) ? readdirSync(peersDir).sort() : []) {
  const data = JSON.parse(readFileSync(join(peersDir, file), "utf8")) as {
    output?: Record<string, { articleBody?: string }>;
  };
  if (!data.output) continue;
  const s = summarise(ids.map((id) => scorePage(truth[id]!.articleBody, data.output![id]?.articleBody ?? "")));
  const name = file.replace(/\.json$/, "");
  const published = PUBLISHED[name.replace("_js", ".js").replace(/_/g, "-")] ?? PUBLISHED[name];
  console.log(
    `${name.padEnd(22)}${fmt(s.precision).padStart(10)}${fmt(s.recall).padStart(10)}${fmt(s.f1).padStart(8)}${(published ? fmt(published) : "").padStart(14)}`,
  );
}
console.log(`target: F1 0.965`);
console.log("\nTen worst pages (F1, precision, recall):");
const f1 = (s: PageScore) => {
  const p = s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 0;
  const r = s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 0;
  return { f: p + r ? (2 * p * r) / (p + r) : 0, p, r };
};
for (const [id, s] of [...ours.entries()].sort((a, b) => f1(a[1]).f - f1(b[1]).f).slice(0, 10)) {
  const x = f1(s);
  console.log(`  ${fmt(x.f)}  p ${fmt(x.p)}  r ${fmt(x.r)}  ${truth[id]!.url}`);
}
for (const f of failures) console.log(`  failed: ${f}`);
