import { describe, expect, it } from "vitest";
import { execAll } from "./exec-all.js";

describe("execAll", () => {
  it("finds what matchAll finds, and can be called again on the same expression", () => {
    const re = /\b(\w)(\w*)\b/g;
    const text = "Rockets struck the base";
    const want = [...text.matchAll(re)].map((m) => [m.index, m[0], m[1]]);
    expect(execAll(re, text).map((m) => [m.index, m[0], m[1]])).toEqual(want);
    expect(execAll(re, text).map((m) => m[0])).toEqual(["Rockets", "struck", "the", "base"]);
    expect(re.lastIndex).toBe(0);
  });

  it("steps over empty matches instead of looping", () => {
    expect(execAll(/x*/g, "ab").map((m) => m.index)).toEqual([0, 1, 2]);
  });

  it("refuses an expression without the global flag", () => {
    expect(() => execAll(/a/, "a")).toThrow(/global/);
  });
});
