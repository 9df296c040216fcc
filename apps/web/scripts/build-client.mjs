// Builds the site's one browser script (client/sitrep.ts -> public/sitrep.js) before next build.
import { build } from "esbuild";

await build({
  entryPoints: [new URL("../client/sitrep.ts", import.meta.url).pathname],
  outfile: new URL("../public/sitrep.js", import.meta.url).pathname,
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2022"],
  logLevel: "error",
});
