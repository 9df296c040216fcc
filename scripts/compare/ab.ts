// npm run compare:speed -- <ref>: same-process A/B of parse speed, the work tree against the ref's
// checkout that `npm run compare -- <ref>` prepared, in alternating rounds over the sample and Giveme5W1H.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

type Parse = (input: string, options: { format: string }) => unknown;
const load = async (root: string) =>
  ((await import(pathToFileURL(join(resolve(root), "packages/parser/src/index.ts")).href)) as { parse: Parse }).parse;
const repo = resolve(import.meta.dirname, "../..");
const sha = execFileSync("git", ["rev-parse", `${process.argv[2] ?? "HEAD"}^{commit}`], {
  cwd: repo,
  encoding: "utf8",
}).trim();
const tree = join(repo, ".cache/compare", sha);
if (!existsSync(tree)) {
  console.error(
    `compare:speed: no checkout of ${sha.slice(0, 10)}: run npm run compare -- ${process.argv[2] ?? "HEAD"} first`,
  );
  process.exit(2);
}
const [a, b] = [await load(repo), await load(tree)];
const dir = join(repo, "../shared/eval/events/giveme5w1h");
const inputs = readdirSync(dir).map((f) => {
  const d = JSON.parse(readFileSync(join(dir, f), "utf8")) as Record<string, string>;
  return JSON.stringify({ title: d.title, description: d.description, maintext: d.text, date_publish: d.date_publish });
});
const sample = readFileSync(join(repo, "samples/ain-al-asad-2019-12-04.txt"), "utf8");
// Pages of the article-extraction set (every third: 61 of 181), for the HTML reader's share.
const pagesDir = join(repo, "../shared/eval/article-extraction/html");
const pages = readdirSync(pagesDir)
  .sort()
  .filter((_, i) => i % 3 === 0)
  .map((f) => gunzipSync(readFileSync(join(pagesDir, f))).toString("utf8"));
const time = (parse: Parse, items: string[], format: string) => {
  const t = performance.now();
  for (const i of items) parse(i, { format });
  return performance.now() - t;
};
// The median of the rounds' ratios: a round the machine was slow in weighs as any other.
const ratios = { g: [] as number[], s: [] as number[], p: [] as number[] };
for (let round = 0; round < 15; round++) {
  // Each goes first in every other round, so neither gains from a warmer cache.
  const first = round % 2 === 0;
  const run = (p: Parse) => ({
    g: time(p, inputs, "newsplease"),
    s: time(p, Array(50).fill(sample), "text"),
    p: time(p, pages, "html"),
  });
  const [ta, tb] = first ? [run(a), run(b)] : [run(b), run(a)].reverse();
  ratios.g.push(tb.g / ta.g);
  ratios.s.push(tb.s / ta.s);
  ratios.p.push(tb.p / ta.p);
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[]) => `${Math.min(...xs).toFixed(2)}-${Math.max(...xs).toFixed(2)}`;
console.log(
  `work tree against ${sha.slice(0, 10)}, 15 rounds, median of ref time / work tree time (x1.10: 10% faster): ` +
    `Giveme5W1H x${median(ratios.g).toFixed(2)} (${spread(ratios.g)}), ` +
    `sample x${median(ratios.s).toFixed(2)} (${spread(ratios.s)}), ` +
    `pages x${median(ratios.p).toFixed(2)} (${spread(ratios.p)})`,
);
