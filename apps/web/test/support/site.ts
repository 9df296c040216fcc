import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
export const WEB_DIR = fileURLToPath(new URL("../../", import.meta.url));
export const REPO = fileURLToPath(new URL("../../../../", import.meta.url));
const CLI = `${REPO}apps/cli/bin/sitrep.js`;

/** The real `sitrep` command, as a user runs it, on the given store. */
export function sitrep(db: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, SITREP_DB: db, DATABASE_URL: "" },
    encoding: "utf8",
    cwd: REPO,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Site {
  url: string;
  stop: () => Promise<void>;
}

/** `next start` of the built site on a store; the build must exist (npm test builds it first). */
export async function startSite(db: string, env: Record<string, string> = {}): Promise<Site> {
  if (!existsSync(`${WEB_DIR}.next/BUILD_ID`))
    throw new Error("the website is not built: run `npm run build` (npm test does it)");
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [require.resolve("next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: WEB_DIR,
      env: { ...process.env, SITREP_DB: db, DATABASE_URL: "", NODE_ENV: "production", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited: ${output}`);
    try {
      if ((await fetch(`${url}/api/articles?limit=1`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer in 30 s: ${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
