#!/usr/bin/env node
// The published entry: loads the built CLI, or says how to build it.
// React's production build: faster to load and to render than its development build.
process.env.NODE_ENV ??= "production";
try {
  await import("../dist/cli.js");
} catch (error) {
  if (error && error.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist/cli.js")) {
    process.stderr.write("sitrep: not built yet. Run `npm install` (or `npm run build`) at the repository root.\n");
    process.exit(1);
  }
  throw error;
}
