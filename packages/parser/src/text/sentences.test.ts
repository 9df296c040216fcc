import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.js";

describe("sentences", () => {
  it("does not break after titles and initials", () => {
    const text = "It was Gen. Jones who spoke. Mr. Smith and George W. Bush agreed. Then they left.";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "It was Gen. Jones who spoke.",
      "Mr. Smith and George W. Bush agreed.",
      "Then they left.",
    ]);
  });

  it("breaks after a time that ends a sentence, not inside one", () => {
    expect(splitSentences("They met at 5 p.m. The talks failed.").map((s) => s.text)).toEqual([
      "They met at 5 p.m.",
      "The talks failed.",
    ]);
    expect(splitSentences("They met at 5 p.m. on Tuesday.").map((s) => s.text)).toEqual([
      "They met at 5 p.m. on Tuesday.",
    ]);
  });

  it("gives offsets that point at the sentence", () => {
    const text = "  First one. Second one.";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("reads a paragraph of one sentence as ICU's segmenter does, whatever closes it", () => {
    const icu = (text: string) =>
      [...new Intl.Segmenter("en", { granularity: "sentence" }).segment(text)]
        .map((s) => s.segment.trim())
        .filter((t) => t.length > 0);
    for (const text of [
      "  Five rockets struck the base on Tuesday.  ",
      'He asked "why?" ',
      "Protesters marched (peacefully)!",
      "No full stop at the end",
      "Who fired?!”",
      "",
      "   ",
    ]) {
      expect(
        splitSentences(text).map((s) => s.text),
        JSON.stringify(text),
      ).toEqual(icu(text));
      for (const sp of splitSentences(text)) expect(text.slice(sp.start, sp.end)).toBe(sp.text);
    }
    // A break inside still splits: a terminator or a line break before the closing punctuation.
    expect(splitSentences("Rockets hit. No one was hurt.").map((s) => s.text)).toEqual([
      "Rockets hit.",
      "No one was hurt.",
    ]);
    expect(splitSentences("Rockets hit\nNo one was hurt").map((s) => s.text)).toEqual([
      "Rockets hit",
      "No one was hurt",
    ]);
  });

  it("stops at a limit with the same sentences as a full split", () => {
    const text = "Gen. Jones spoke. Rockets hit. No one was hurt. Then they left.";
    expect(splitSentences(text, 2)).toEqual(splitSentences(text).slice(0, 2));
    expect(splitSentences(text, 0)).toEqual([]);
  });
});
