import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { parsePage, elementsIn, findFirst, classAndId } from "../src/formats/html/dom.js";
import { readTree } from "../src/formats/html/reading.js";
const truth = JSON.parse(readFileSync("/work/shared/eval/article-extraction/ground-truth.json", "utf8"));
const id = Object.keys(truth).find((k) => truth[k].url.includes(process.argv[2]!))!;
const html = gunzipSync(readFileSync(`/work/shared/eval/article-extraction/html/${id}.html.gz`)).toString();
const doc = parsePage(html);
const body = findFirst(doc, (e) => e.name === "body")!;
console.log("body?", !!body, body?.children.length);
const r = readTree(body, true);
const path = (e: any) => { const p = []; for (let x = e; x && x.name; x = x.parent) p.unshift(`${x.name}${x.attribs?.class ? "." + x.attribs.class.split(" ")[0] : ""}${x.attribs?.id ? "#" + x.attribs.id : ""}`); return p.join(">"); };
for (const d of [...r.dropped].filter((d) => (readTree(d, false).stats.get(d)?.chars ?? 0) > 300)) console.log("DROPPED", path(d), readTree(d, false).stats.get(d)?.chars);
import { mainText } from "../src/formats/html/main-text.js";
console.log(mainText(doc, {}).slice(0, 5));
const r2 = readTree(body, false);
for (const p of [...elementsIn(body)].filter((e) => e.name === "p" || e.name === "div").filter((e) => (r2.stats.get(e)?.chars ?? 0) > 200 && !r2.stats.get(e)?.paragraphs).slice(0, 8)) console.log("BLOCK", path(p), r2.stats.get(p));
import { articleRoots } from "../src/formats/html/main-text.js";
for (const strip of [true, false]) { const rr = readTree(body, strip); console.log(strip, articleRoots(body, rr).roots.map((e) => path(e) + " " + JSON.stringify(rr.stats.get(e)))); }
{
const rr = readTree(body, false);
let n = 0;
for (const el of elementsIn(body, (e) => rr.dropped.has(e))) { if (el.name === "div" || el.name === "p") { const s = rr.stats.get(el); if (s && s.chars > 100 && n++ < 5) console.log("SC", path(el), s.chars); } }
console.log("stats size", rr.stats.size, "dropped", rr.dropped.size);
}
