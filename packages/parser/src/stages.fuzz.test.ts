import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runBounded } from "./test-support/bounded-stage.js";
import { STAGE_NAMES } from "./test-support/stage-names.js";
import { MAX_SENTENCE } from "./text/sentences.js";

// Each stage of the pipeline fed adversarial sentences: short runs of the rules' own alphabet
// (capitals, hyphens, brackets, digits, separators, the words rules key on) repeated up to the
// longest sentence a stage is given. Backtracking that grows faster than the text shows as time;
// each stage runs on a thread of its own, so one that never returns fails instead of hanging.

// prettier-ignore
const TOKENS = [
  "A", "Al", "AB", "El-", "Saint", "al", "de", "-", "--", "(", ")", "[", "]", "'", "’", ".", ",", ";", ":", "/",
  " ", "  ", "\t", "\n", "1", "12", "2,000", "1959", "3.5", "at least", "killed", "were", "was", "shot", "said",
  "in", "of", "the", "near", "district", "village", "province", "town", "rockets", "police", "protesters",
  "attacked", "on", "Monday", "March", "last", "week", "according to", "officials", "Military", "Forces",
];

/** A feed's alphabet: a feed is fetched from anywhere, and `sitrep refresh` parses it as it comes. */
// prettier-ignore
const XML_TOKENS = [
  "<", "</", ">", "/>", "rss", "item", "channel", "title", "link", "a:b", "xmlns:a", "=", '"', "'", "<!--", "-->",
  "<![CDATA[", "]]>", "&amp;", "&#", "x", " ", "\n", "<?xml", "?>", "<!DOCTYPE", "<!ENTITY",
];

/** A few tokens, pumped up to `max` characters. */
const pumped = (tokens: string[], max: number) =>
  fc
    .tuple(fc.array(fc.constantFrom(...tokens), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max }))
    .map(([unit, size]) => {
      const piece = unit.join("");
      return piece.repeat(Math.max(1, Math.floor(size / piece.length))).slice(0, max);
    });

/** A sentence of up to MAX_SENTENCE characters. */
const sentence = pumped(TOKENS, MAX_SENTENCE);
/** A feed of up to 1 MB. */
const feed = pumped(XML_TOKENS, 1024 * 1024).map((body) => `<?xml version="1.0"?><rss><channel>${body}`);

/** The bound tells a blow-up from a slow, shared machine: a stage reads a sentence in milliseconds. */
const STAGE_MS = 1000;
const RUNS = 80;

describe("every stage on adversarial sentences", () => {
  for (const stage of STAGE_NAMES) {
    it(`${stage} reads each in under a second`, async () => {
      const inputs =
        stage === "parse"
          ? fc.sample(fc.array(sentence, { minLength: 1, maxLength: 8 }), 40).map((p) => `Report\n\n${p.join("\n\n")}`)
          : stage === "feed"
            ? fc.sample(feed, 40)
            : fc.sample(sentence, RUNS);
      const run = await runBounded(stage, inputs, stage === "parse" ? 2 * STAGE_MS : STAGE_MS);
      expect(run.ok ? "in time" : `${run.ms.toFixed(0)} ms on ${JSON.stringify(run.input.slice(0, 120))}`).toBe(
        "in time",
      );
    }, 120_000);
  }
});
