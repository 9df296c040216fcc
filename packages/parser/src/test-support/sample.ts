import { readFileSync } from "node:fs";

/** The bundled sample article (samples/ at the repository root). */
export const SAMPLE_PATH = new URL("../../../../samples/ain-al-asad-2019-12-04.txt", import.meta.url);

export function sampleText(): string {
  return readFileSync(SAMPLE_PATH, "utf8");
}
