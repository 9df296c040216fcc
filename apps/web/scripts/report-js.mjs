// After `next build`: the JavaScript the reader page sends, gzipped. The reader
// (pages/articles/[id].tsx) has no framework runtime (unstable_runtimeJS: false), so it is the
// site's one script; the end-to-end tests check the page loads nothing else. Next's own build
// output no longer lists sizes.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const reader = readFileSync(new URL("../pages/articles/[id].tsx", import.meta.url), "utf8");
if (!/unstable_runtimeJS:\s*false/.test(reader))
  throw new Error("the reader page sends Next's runtime: this report would be wrong");
const script = readFileSync(new URL("../public/sitrep.js", import.meta.url));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `JavaScript sent with the reader page (/articles/[id]): /sitrep.js, ${kb(script.length)}, ${kb(gzipSync(script).length)} gzipped (target: under 120 KB gzipped)`,
);
