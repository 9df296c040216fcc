// npm run compare -- [ref]: parse results of the work tree against a git ref (default HEAD), input by
// input, over every evaluation set in ../shared/eval. Prints how many rows are identical, and for the
// others what changed in their events; the full rows are left in .cache/compare for a closer look.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { summarise, type Row } from "./summarise.js";

const repo = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const shared = resolve(repo, "..", "shared");
const ref = process.argv[2] ?? "HEAD";
const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" }).trim();

let sha: string;
try {
  sha = git("rev-parse", "--verify", `${ref}^{commit}`);
} catch {
  console.error(`compare: '${ref}' is not a commit of this repository`);
  process.exit(2);
}
const cache = join(repo, ".cache", "compare");
const tree = join(cache, sha);
mkdirSync(cache, { recursive: true });

/** A checkout of the ref that shares this tree's installed packages but resolves @sitrep/* to its own. */
function prepareTree(): void {
  if (!existsSync(tree)) git("worktree", "add", "--detach", "--force", tree, sha);
  const modules = join(tree, "node_modules");
  if (!existsSync(modules)) {
    mkdirSync(join(modules, "@sitrep"), { recursive: true });
    for (const entry of readdirSync(join(repo, "node_modules"))) {
      if (entry !== "@sitrep") symlinkSync(join(repo, "node_modules", entry), join(modules, entry));
    }
    for (const dir of ["packages", "apps"]) {
      for (const pkg of readdirSync(join(tree, dir))) {
        const manifest = join(tree, dir, pkg, "package.json");
        if (!existsSync(manifest)) continue;
        const name = (JSON.parse(readFileSync(manifest, "utf8")) as { name: string }).name;
        symlinkSync(join(tree, dir, pkg), join(modules, "@sitrep", name.replace("@sitrep/", "")));
      }
    }
  }
  if (!existsSync(join(tree, "packages/parser/data/gazetteer.json"))) {
    console.error(`compare: building the gazetteer of ${sha.slice(0, 10)}`);
    execFileSync("npx", ["tsx", "scripts/build-gazetteer.ts"], {
      cwd: join(tree, "packages/parser"),
      stdio: "inherit",
    });
  }
}

function dump(root: string, out: string): Promise<void> {
  const args = [
    "tsx",
    "--conditions=@sitrep/source",
    join(repo, "scripts/compare/dump.ts"),
    root,
    `${out}.part`,
    shared,
  ];
  return new Promise((done, fail) => {
    const child = spawn("npx", args, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
    // Written aside and renamed when complete, so a run cut short leaves no partial cache.
    const complete = () => (renameSync(`${out}.part`, out), done());
    child.on("exit", (code) => (code === 0 ? complete() : fail(new Error(`parsing with ${root} exited ${code}`))));
  });
}

function rows(path: string): Map<string, Row> {
  const map = new Map<string, Row>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line) map.set((JSON.parse(line) as Row).id, JSON.parse(line) as Row);
  }
  return map;
}

prepareTree();
const before = join(cache, `${sha}.jsonl`);
const after = join(cache, "work.jsonl");
await Promise.all([existsSync(before) ? Promise.resolve() : dump(tree, before), dump(repo, after)]);
const report = summarise(rows(before), rows(after), `${ref} (${sha.slice(0, 10)})`);
writeFileSync(join(cache, "report.txt"), report.full);
console.log(report.short);
