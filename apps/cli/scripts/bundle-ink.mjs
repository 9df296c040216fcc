// Ink as one file (dist/vendor/ink.js): Node loads Ink's ~150 small modules in about 300 ms,
// one bundled file in under 100 ms, and that time is the terminal UI's first frame. React stays
// a normal dependency (the UI's components import it too). Tests and typechecks use Ink itself
// (package.json "imports", condition @sitrep/source).
import { build } from "esbuild";
import { mkdirSync, writeFileSync } from "node:fs";

const dir = new URL("../dist/vendor/", import.meta.url);
mkdirSync(dir, { recursive: true });
const stub = new URL("devtools-stub.js", dir).pathname;
// Ink imports react-devtools-core only when DEV=true; the bundle has no devtools.
writeFileSync(stub, "export default {};\n");
await build({
  stdin: { contents: 'export * from "ink";', resolveDir: new URL("..", import.meta.url).pathname, loader: "js" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile: new URL("ink.js", dir).pathname,
  external: ["react"],
  alias: { "react-devtools-core": stub },
  // Some of Ink's dependencies are CommonJS and require Node's built-ins.
  banner: {
    js: 'import { createRequire as __sitrepCreateRequire } from "node:module"; const require = __sitrepCreateRequire(import.meta.url);',
  },
  logLevel: "error",
  legalComments: "linked",
});
