import { describe, expect, it } from "vitest";
import { stripControls } from "./strip-controls.js";

describe("stripControls", () => {
  it("removes CSI, OSC, DCS and C1 sequences and other controls", () => {
    expect(stripControls("a\u001b[31mred\u001b[0m b")).toBe("ared b");
    expect(stripControls("x\u001b]0;title\u0007y")).toBe("xy");
    expect(stripControls("x\u001b]52;c;ZXZpbA==\u001b\\y")).toBe("xy");
    expect(stripControls("x\u001bP1$r\u001b\\y")).toBe("xy");
    expect(stripControls("x\u009b2Jy")).toBe("xy");
    expect(stripControls("bell\u0007 and \u0000nul")).toBe("bell and nul");
    expect(stripControls("right\u202eto left")).toBe("rightto left");
  });

  it("turns line breaks into spaces unless told to keep them", () => {
    expect(stripControls("one\ntwo\tthree")).toBe("one two three");
    expect(stripControls("one\ntwo", { keepNewlines: true })).toBe("one\ntwo");
  });
});
