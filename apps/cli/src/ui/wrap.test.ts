import { describe, expect, it } from "vitest";
import { wrapText } from "./wrap.js";

describe("wrapText", () => {
  it("wraps at word boundaries within the width", () => {
    const lines = wrapText("The Ain al-Asad base in western Iraq was struck by five rockets on Tuesday.", 20);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join(" ")).toBe("The Ain al-Asad base in western Iraq was struck by five rockets on Tuesday.");
  });

  it("breaks a word longer than the width", () => {
    expect(wrapText("x".repeat(25), 10)).toEqual(["x".repeat(10), "x".repeat(10), "x".repeat(5)]);
  });
});
