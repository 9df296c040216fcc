import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { parse } from "../src/index.js";
import { scorePage } from "./extraction-score.js";
const dir = "/work/shared/eval/article-extraction";
const truth = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8")) as Record<string, { articleBody: string; url: string }>;
const peer = JSON.parse(readFileSync(join(dir, "peers", `${process.argv[2] ?? "readability_js"}.json`), "utf8")).output as Record<string, { articleBody: string }>;
const f1 = (s: { tp: number; fp: number; fn: number }) => (s.tp === 0 ? (s.fp === 0 && s.fn === 0 ? 1 : 0) : (2 * s.tp) / (2 * s.tp + s.fp + s.fn));
const rows = [];
for (const id of Object.keys(truth)) {
  const html = gunzipSync(readFileSync(join(dir, "html", `${id}.html.gz`)));
  let text = "";
  try { text = parse(html, { format: "html", url: truth[id]!.url, events: false }).article.text; } catch {}
  const ours = scorePage(truth[id]!.articleBody, text);
  const theirs = scorePage(truth[id]!.articleBody, peer[id]?.articleBody ?? "");
  rows.push({ url: truth[id]!.url, ours: f1(ours), theirs: f1(theirs), op: ours.tp / (ours.tp + ours.fp || 1), or: ours.tp / (ours.tp + ours.fn || 1) });
}
rows.sort((a, b) => a.ours - a.theirs - (b.ours - b.theirs));
for (const r of rows.slice(0, Number(process.argv[3] ?? 25))) console.log(r.ours.toFixed(3), r.theirs.toFixed(3), `p${r.op.toFixed(2)} r${r.or.toFixed(2)}`, r.url.slice(0, 110));
