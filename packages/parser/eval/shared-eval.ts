import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { fileURLToPath } from "node:url";

/** ../shared/eval beside the repository, where evaluation sets live (never copied into the repo). */
export function sharedEval(sub: string): string {
  const path = fileURLToPath(new URL(`../../../../shared/eval/${sub}`, import.meta.url));
  if (!existsSync(path)) {
    console.error(`evaluation data not found at ${path}: this script needs ../shared/eval beside the repository`);
    process.exit(1);
  }
  return path;
}

/** The README's normalising of place names: case, accents, apostrophes, generic words, a leading article. */
export function normalisePlace(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[-,]/g, " ")
    .split(/\s+/)
    .filter((w) => w && !["province", "governorate", "region", "state", "district", "the", "of"].includes(w))
    .join(" ")
    .replace(/^(?:al|el|ad|ar|as|an|at) /, "")
    .trim();
}

export function pct(n: number, d: number): string {
  return d === 0 ? "  -  " : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

/** The records of a JSON-lines file of ../shared/eval/<sub>, each checked against `schema`; a bad line is named. */
export function readJsonl<T extends z.ZodType>(sub: string, file: string, schema: T): Array<z.infer<T>> {
  return readFileSync(join(sharedEval(sub), file), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = schema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${file} line ${i + 1}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}
