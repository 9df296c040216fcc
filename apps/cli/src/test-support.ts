import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Io } from "./io.js";
import { run } from "./program.js";

export const SAMPLE = new URL("../../../samples/ain-al-asad-2019-12-04.txt", import.meta.url).pathname;

/** Runs the CLI in-process with captured output. */
export async function runCli(
  argv: string[],
  stdin = "",
  env: Record<string, string | undefined> = {},
  isTty = false,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readStdin: async () => Buffer.from(stdin),
    isTty,
    progressStream: null,
    env,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** A temporary directory with the given files (name -> content). */
export function scratch(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-cli-"));
  for (const [name, content] of Object.entries(files)) {
    if (name.endsWith("/")) mkdirSync(join(dir, name), { recursive: true });
    else writeFileSync(join(dir, name), content);
  }
  return dir;
}
