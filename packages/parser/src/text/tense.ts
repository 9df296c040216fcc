import { either } from "./pattern.js";

/**
 * What a sentence says of time, as far as its words show: a plan or a forecast ("will resume on
 * Nov. 16", "is expected in February"), else the past. News reports the past, so a sentence that
 * shows neither is read as past; HeidelTime reads a month or a weekday without a year the same way.
 */
export type Tense = "future" | "past";

const FUTURE = new RegExp(
  either`
    \b(?:will|won['’]t|shall|going to|gonna)\b
    \w['’]ll\b
    \b(?:expect(?:s|ed)?|plans?|planned|scheduled|set|aims?|hopes?|intends?|promised?|vows?|pledged?)\s+to\b
    \b(?:is|are|was|were)\s+(?:expected|scheduled|due|set|slated)\b
    \b(?:upcoming|coming|forthcoming|payable|effective)\b
    \bexpects?\b
    \bto\s+be\s+\w+(?:ed|en)\b
    \bby the end of\b
  `.source,
  "i",
);

export function tenseOf(sentence: string): Tense {
  return FUTURE.test(sentence) ? "future" : "past";
}
