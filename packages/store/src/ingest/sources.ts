import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { glob } from "tinyglobby";

export type InputSource =
  | { kind: "file"; path: string }
  | { kind: "stdin" }
  | { kind: "url"; url: string }
  | { kind: "missing"; origin: string; reason: string };

const GLOB = /[*?[\]{}]/;

/**
 * What the command line names, as inputs in order: "-" is standard input, http(s) URLs are
 * fetched, directories are walked (hidden files and folders left out), globs are expanded.
 */
export async function expandInputs(args: readonly string[]): Promise<InputSource[]> {
  const out: InputSource[] = [];
  for (const arg of args) {
    if (arg === "-") out.push({ kind: "stdin" });
    else if (/^https?:\/\//i.test(arg)) out.push({ kind: "url", url: arg });
    else {
      const info = await stat(arg).catch(() => null);
      if (info?.isDirectory()) out.push(...(await walk(arg)).map((path) => ({ kind: "file" as const, path })));
      else if (info) out.push({ kind: "file", path: arg });
      else if (GLOB.test(arg)) {
        const paths = (await glob(arg, { onlyFiles: true, dot: false, expandDirectories: false })).sort();
        if (paths.length === 0) out.push({ kind: "missing", origin: arg, reason: "no file matches this pattern" });
        out.push(...paths.map((path) => ({ kind: "file" as const, path })));
      } else out.push({ kind: "missing", origin: arg, reason: "no such file" });
    }
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}
