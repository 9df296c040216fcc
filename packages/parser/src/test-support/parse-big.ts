// Parses one large input of a given shape and prints how long it took and the process's peak
// memory, as JSON: run as a process of its own by parse.bounds.test.ts, so the memory is its own.
import { ParseError } from "../errors.js";
import { parse } from "../parse.js";

const MB = 1024 * 1024;
const fill = (unit: string, bytes: number) => unit.repeat(Math.floor(bytes / unit.length));
const size = Number(process.argv[3] ?? 31) * MB;
const SHAPES: Record<string, () => string> = {
  record: () =>
    JSON.stringify({ title: "T", maintext: fill("Five rockets struck the base on Tuesday officials said and ", size) }),
  text: () => `Title\n\n${fill("Five rockets struck the base on Tuesday, officials said. ", size)}`,
  page: () =>
    `<html><body>${fill("<p>Five rockets struck the base on Tuesday, officials said.</p>", size)}</body></html>`,
};
const input = SHAPES[process.argv[2] ?? "record"]!();
const started = performance.now();
try {
  parse(input);
} catch (error) {
  if (!(error instanceof ParseError)) throw error;
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, peakMb: process.resourceUsage().maxRSS / 1024 }));
