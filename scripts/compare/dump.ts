// Parses every comparison input with the parser at argv[2] (a checkout's root) and writes one JSON line
// per input to argv[3]: {id, result} or {id, error}. Run by compare.ts, once per build.
import { createWriteStream } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { compareInputs } from "./inputs.js";

interface ParserModule {
  parse(input: string, options: { format: string; url?: string }): unknown;
}

const [root, out, shared] = process.argv.slice(2);
if (!root || !out || !shared) {
  console.error("usage: dump.ts <checkout> <out.jsonl> <shared>");
  process.exit(2);
}
const parser = (await import(pathToFileURL(join(resolve(root), "packages/parser/src/index.ts")).href)) as ParserModule;
const sink = createWriteStream(out);
let n = 0;
const started = performance.now();
for (const item of compareInputs(resolve(shared), resolve(root))) {
  let row: string;
  try {
    row = JSON.stringify({ id: item.id, result: parser.parse(item.input, { format: item.format, url: item.url }) });
  } catch (error) {
    row = JSON.stringify({ id: item.id, error: String((error as Error).message ?? error) });
  }
  if (!sink.write(row + "\n")) await new Promise((r) => sink.once("drain", r));
  n++;
}
await new Promise((r) => sink.end(r));
console.error(`${root}: ${n} inputs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
