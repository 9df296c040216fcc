// One process's timing for npm run compare:speed: the parser at the given root, warmed, then the median
// of 7 rounds over the sample, the Giveme5W1H articles and 61 of the article-extraction pages, as JSON.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";

type Parse = (input: string, options: { format: string }) => unknown;
const root = resolve(process.argv[2] ?? ".");
const shared = resolve(process.argv[3] ?? join(root, "../shared"));
const { parse } = (await import(pathToFileURL(join(root, "packages/parser/src/index.ts")).href)) as { parse: Parse };

const giveme = join(shared, "eval/events/giveme5w1h");
const articles = readdirSync(giveme).map((f) => {
  const d = JSON.parse(readFileSync(join(giveme, f), "utf8")) as Record<string, string>;
  return JSON.stringify({ title: d.title, description: d.description, maintext: d.text, date_publish: d.date_publish });
});
const pagesDir = join(shared, "eval/article-extraction/html");
const pages = readdirSync(pagesDir)
  .sort()
  .filter((_, i) => i % 3 === 0)
  .map((f) => gunzipSync(readFileSync(join(pagesDir, f))).toString("utf8"));
const sample = readFileSync(join(root, "samples/ain-al-asad-2019-12-04.txt"), "utf8");

const sets: Record<string, [string[], string]> = {
  giveme5w1h: [articles, "newsplease"],
  sample: [Array<string>(50).fill(sample), "text"],
  pages: [pages, "html"],
};
const out: Record<string, number> = {};
for (const [name, [items, format]] of Object.entries(sets)) {
  for (const item of items) parse(item, { format });
  const times: number[] = [];
  for (let round = 0; round < 7; round++) {
    const t = performance.now();
    for (const item of items) parse(item, { format });
    times.push(performance.now() - t);
  }
  out[name] = times.sort((a, b) => a - b)[3]!;
}
console.log(JSON.stringify(out));
