import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { describeLocation } from "@sitrep/store";
import type { Io } from "../io.js";
import { CliError, locate } from "../open-store.js";

export const ServeFlags = z.object({
  db: z.string().optional(),
  port: z.coerce.number().int().min(1).max(65535).default(3000),
  host: z.string().min(1).default("127.0.0.1"),
  allowPrivate: z.boolean().default(false),
});
export type ServeFlags = z.infer<typeof ServeFlags>;

/**
 * The website lives beside the CLI in the repository (apps/web). `sitrep serve` runs its
 * production server as a child process: the apps share the store, never code.
 */
export function webDirectory(): string {
  return fileURLToPath(new URL("../../../web/", import.meta.url));
}

export async function runServe(flags: ServeFlags, io: Io): Promise<number> {
  const dir = webDirectory();
  if (!existsSync(resolve(dir, "package.json")))
    throw new CliError(`sitrep serve: the website is not beside this command (looked in ${dir})`);
  if (!existsSync(resolve(dir, ".next", "BUILD_ID")))
    throw new CliError("sitrep serve: the website is not built yet: run `npm run build` first");
  const location = locate(io, flags.db);
  const env: NodeJS.ProcessEnv = { ...process.env, ...io.env, NODE_ENV: "production" };
  if (location.engine === "postgres") env.DATABASE_URL = location.url;
  else {
    env.DATABASE_URL = "";
    env.SITREP_DB = resolve(location.path);
  }
  env.SITREP_ALLOW_PRIVATE_FETCH = flags.allowPrivate ? "1" : "0";
  const next = createRequire(resolve(dir, "package.json")).resolve("next/dist/bin/next");
  const host = flags.host.includes(":") ? `[${flags.host}]` : flags.host;
  io.stderr(`sitrep: serving ${describeLocation(location)} at http://${host}:${flags.port}/ (Ctrl+C stops)\n`);
  const child = spawn(process.execPath, [next, "start", "-p", String(flags.port), "-H", flags.host], {
    cwd: dir,
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  let stopping = false;
  const stop = () => {
    stopping = true;
    child.kill("SIGTERM");
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return new Promise((done) => {
    child.once("error", (error) => done((io.stderr(`sitrep serve: ${error.message}\n`), 1)));
    child.once("exit", (code, signal) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      // Stopped by Ctrl+C or a TERM: a clean end, whatever code the server exits with.
      done(stopping || signal ? 0 : (code ?? 1));
    });
  });
}
