import { describe, expect, it } from "vitest";
import { requiredLiterals, wordsRequiredByAny } from "./required-literals.js";

describe("the words an expression requires", () => {
  it("takes the longest run of letters a match must hold", () => {
    expect(requiredLiterals(/\bprotest(?:ed|ers|s)?\b/)).toEqual(["protest"]);
    // "car" or "truck" is required too, but "bomb" is the longer requirement.
    expect(requiredLiterals(/\b(?:car|truck)[- ]bombs?\b/i)).toEqual(["bomb"]);
    expect(requiredLiterals(/\d+ dead/)).toEqual([" dead"]);
  });

  it("gives every branch's word for an alternation", () => {
    expect(requiredLiterals(/\b(?:rockets?|missiles?|mortars?)\b/i)).toEqual(["rocket", "missile", "mortar"]);
  });

  it("reads through lookarounds, which match nothing, and lowers the case", () => {
    expect(requiredLiterals(/(?<!best )Shot(?! at the title)/)).toEqual(["shot"]);
    expect(requiredLiterals(/[Mm]obs?/)).toEqual(["ob"]);
  });

  it("requires nothing of an expression that can match without a word", () => {
    expect(requiredLiterals(/a?b*/)).toBeNull();
    expect(requiredLiterals(/killed|\d+/)).toBeNull();
    expect(requiredLiterals(/(?:village )?of/)).toEqual(["of"]);
  });

  it("gives up on syntax it does not read, rather than guess", () => {
    expect(requiredLiterals(/(a)\1/)).toBeNull();
    expect(requiredLiterals(/\u0041BC/)).toBeNull();
    // A named back reference is not the letter k.
    expect(requiredLiterals(/(?<w>\w+) \k<w>/)).toBeNull();
  });
});

describe("one test of the words several expressions require", () => {
  const patterns = [/\b(?:air ?strikes?|air raids?)\b/i, /\bshell(?:s|ed|ing)\b/i, /\b[Mm]obs?\b/];
  const words = wordsRequiredByAny(patterns)!;

  it("lets through every text one of the expressions matches", () => {
    for (const text of [
      "Warplanes carried out airstrikes on the town.",
      "An AIR RAID hit the port.",
      "Rebels shelled the village.",
      "A mob attacked the station.",
    ]) {
      expect(
        patterns.some((re) => re.test(text)),
        text,
      ).toBe(true);
      expect(words.test(text.toLowerCase()), text).toBe(true);
    }
  });

  it("stops a text that holds none of the words", () => {
    expect(words.test("the minister opened a new school on monday.")).toBe(false);
  });

  it("is not made when one expression requires no word", () => {
    expect(wordsRequiredByAny([/\bkilled\b/, /\d+/])).toBeNull();
  });
});
