import { open, stat } from "node:fs/promises";
import { MAX_INPUT_BYTES } from "@sitrep/parser/light";
import type { Io } from "./io.js";

export type InputRead = { ok: true; name: string; bytes: Uint8Array } | { ok: false; name: string; problem: string };

/** One input's bytes, or what is wrong with it in words a user can act on. */
export async function readInput(path: string, io: Io): Promise<InputRead> {
  if (path === "-") {
    const bytes = await io.readStdin();
    return { ok: true, name: "-", bytes };
  }
  try {
    const info = await stat(path);
    if (info.isDirectory())
      return { ok: false, name: path, problem: "is a directory (give the files in it, e.g. dir/*.txt)" };
    if (!info.isFile()) return { ok: false, name: path, problem: "is not a regular file" };
    if (info.size > MAX_INPUT_BYTES)
      return {
        ok: false,
        name: path,
        problem: `is ${(info.size / 1048576).toFixed(1)} MB, more than the ${MAX_INPUT_BYTES / 1048576} MB limit`,
      };
    const handle = await open(path, "r");
    try {
      return { ok: true, name: path, bytes: await handle.readFile() };
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === "ENOENT"
        ? "no such file"
        : code === "EACCES" || code === "EPERM"
          ? "permission denied"
          : code === "EISDIR"
            ? "is a directory"
            : `cannot be read (${code ?? String(error)})`;
    return { ok: false, name: path, problem };
  }
}
