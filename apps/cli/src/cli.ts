import { processIo } from "./io.js";
import { run } from "./program.js";

// A reader closing the pipe (`sitrep parse ... | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await run(process.argv.slice(2), processIo());
} catch (error) {
  // A bug, not a user's mistake: one line, and a way to see more.
  process.stderr.write(`sitrep: internal error: ${(error as Error).message}\n`);
  if (process.env.SITREP_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 70;
}
