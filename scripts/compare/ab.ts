// npm run compare:speed -- <ref>: parse speed of the work tree against the ref's checkout that
// `npm run compare -- <ref>` prepared. Each side runs in processes of its own (two parsers in one
// process slow each other unevenly: one run here put the older build 3 times behind), in alternating
// rounds, over the sample, the Giveme5W1H articles and 61 of the article-extraction pages.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

const repo = resolve(import.meta.dirname, "../..");
const ref = process.argv[2] ?? "HEAD";
const sha = execFileSync("git", ["rev-parse", `${ref}^{commit}`], { cwd: repo, encoding: "utf8" }).trim();
const tree = join(repo, ".cache/compare", sha);
if (!existsSync(tree)) {
  console.error(`compare:speed: no checkout of ${sha.slice(0, 10)}: run npm run compare -- ${ref} first`);
  process.exit(2);
}
const ROUNDS = 5;
const shared = join(repo, "../shared");
const timeOf = (root: string) =>
  JSON.parse(
    execFileSync(
      "npx",
      ["tsx", "--conditions=@sitrep/source", join(repo, "scripts/compare/time-parse.ts"), root, shared],
      { cwd: repo, encoding: "utf8" },
    ),
  ) as Record<string, number>;

const runs: { work: Array<Record<string, number>>; ref: Array<Record<string, number>> } = { work: [], ref: [] };
for (let round = 0; round < ROUNDS; round++) {
  // Each goes first in every other round.
  const order = round % 2 === 0 ? (["work", "ref"] as const) : (["ref", "work"] as const);
  for (const side of order) runs[side].push(timeOf(side === "work" ? repo : tree));
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const parts = Object.keys(runs.work[0]!).map((set) => {
  const work = median(runs.work.map((r) => r[set]!));
  const old = median(runs.ref.map((r) => r[set]!));
  return `${set} ${old.toFixed(0)} -> ${work.toFixed(0)} ms (x${(old / work).toFixed(2)})`;
});
console.log(
  `work tree against ${sha.slice(0, 10)}, ${ROUNDS} rounds of separate processes, median ms (x1.10: 10% faster): ` +
    parts.join(", "),
);
