import { readdir, readlink, realpath, stat } from "node:fs/promises";
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
      if (info?.isDirectory()) out.push(...(await walk(arg, new Set())));
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

/**
 * A directory's files in name order, its folders walked in turn. Links are followed, to files and
 * to folders, each folder once however many links lead to it (a link to a parent is no loop); a
 * link to nothing is reported as an input that failed, not left out unsaid.
 */
async function walk(dir: string, seen: Set<string>): Promise<InputSource[]> {
  const real = await realpath(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  const out: InputSource[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch((error: NodeJS.ErrnoException) => error.code ?? "error");
      if (typeof target === "string") {
        const to = await readlink(path).catch(() => "?");
        const reason = target === "ELOOP" ? `a loop of links (to ${to})` : `a link to ${to}, which does not exist`;
        out.push({ kind: "missing", origin: path, reason });
      } else if (target.isDirectory()) out.push(...(await walk(path, seen)));
      else if (target.isFile()) out.push({ kind: "file", path });
    } else if (entry.isDirectory()) out.push(...(await walk(path, seen)));
    else if (entry.isFile()) out.push({ kind: "file", path });
  }
  return out;
}
