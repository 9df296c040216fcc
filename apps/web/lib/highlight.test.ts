import { describe, expect, it } from "vitest";
import { segments } from "./highlight";

describe("evidence segments", () => {
  const text = "Five rockets struck the base on Tuesday, the military said.";

  it("keeps the whole text, in order, with the marked stretch apart", () => {
    const out = segments(text, [{ start: 0, end: 12, event: 0 }]);
    expect(out.map((s) => s.text).join("")).toBe(text);
    expect(out[0]).toEqual({ text: "Five rockets", events: [0] });
    expect(out[1]!.events).toEqual([]);
  });

  it("splits overlapping evidence of two events so each stretch names both", () => {
    const out = segments(text, [
      { start: 0, end: 29, event: 0 },
      { start: 13, end: 39, event: 1 },
    ]);
    expect(out.map((s) => [s.text, s.events])).toEqual([
      ["Five rockets ", [0]],
      ["struck the base ", [0, 1]],
      ["on Tuesday", [1]],
      [", the military said.", []],
    ]);
  });

  it("clips marks beyond the text and ignores empty ones", () => {
    const out = segments("short", [
      { start: 3, end: 99, event: 2 },
      { start: 4, end: 4, event: 5 },
    ]);
    expect(out).toEqual([
      { text: "sho", events: [] },
      { text: "rt", events: [2] },
    ]);
  });
});
