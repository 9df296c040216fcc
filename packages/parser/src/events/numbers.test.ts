import { describe, expect, it } from "vitest";
import { findNumbers, wordsToNumber } from "./numbers.js";

describe("numbers", () => {
  it("reads number words", () => {
    expect(wordsToNumber("five")).toBe(5);
    expect(wordsToNumber("twenty-two")).toBe(22);
    expect(wordsToNumber("two hundred")).toBe(200);
    expect(wordsToNumber("one hundred and five")).toBe(105);
    expect(wordsToNumber("rockets")).toBeNull();
  });

  it("keeps the qualifier with the number", () => {
    const found = findNumbers("at least 17 rockets, some 70 militias, more than 5,200 troops, about a dozen men");
    expect(found.map((n) => [n.value, n.qualifier])).toEqual([
      [17, "at_least"],
      [70, "about"],
      [5200, "more_than"],
      [12, "about"],
    ]);
  });

  it("reads vague amounts as a lower bound", () => {
    expect(findNumbers("dozens of people").map((n) => [n.value, n.qualifier])).toEqual([[24, "at_least"]]);
  });

  it("does not take ordinals for counts", () => {
    expect(findNumbers("a second vehicle")).toEqual([]);
  });
});
