import { ParseError } from "../errors.js";

/** How long a parse takes, in ms; a ParseError is an answer too, any other error a failure. */
export function parseTime(parse: (input: string) => unknown, input: string): number {
  const t = performance.now();
  try {
    parse(input);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
  }
  return performance.now() - t;
}
