import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.js";

describe("sentences", () => {
  it("does not break after titles and initials", () => {
    const text = "It was Gen. Jones who spoke. Mr. Smith and George W. Bush agreed. Then they left.";
    expect(splitSentences(text).map((s) => s.text)).toEqual(["It was Gen. Jones who spoke.", "Mr. Smith and George W. Bush agreed.", "Then they left."]);
  });

  it("breaks after a time that ends a sentence, not inside one", () => {
    expect(splitSentences("They met at 5 p.m. The talks failed.").map((s) => s.text)).toEqual(["They met at 5 p.m.", "The talks failed."]);
    expect(splitSentences("They met at 5 p.m. on Tuesday.").map((s) => s.text)).toEqual(["They met at 5 p.m. on Tuesday."]);
  });

  it("gives offsets that point at the sentence", () => {
    const text = "  First one. Second one.";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("stops at a limit with the same sentences as a full split", () => {
    const text = "Gen. Jones spoke. Rockets hit. No one was hurt. Then they left.";
    expect(splitSentences(text, 2)).toEqual(splitSentences(text).slice(0, 2));
    expect(splitSentences(text, 0)).toEqual([]);
  });
});
