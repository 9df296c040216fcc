import { existsSync } from "node:fs";
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
