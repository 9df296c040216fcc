import { describe, expect, it } from "vitest";
import { anyOf } from "./any-of.js";

describe("anyOf", () => {
  it("matches where any of its patterns would, and nowhere else", () => {
    const re = anyOf([/\bmortars?\b/, /\brockets?\b/], "i");
    expect(re.test("Rockets hit the base.")).toBe(true);
    expect(re.test("A mortar landed nearby.")).toBe(true);
    expect(re.test("The market reopened.")).toBe(false);
  });

  it("refuses a pattern whose meaning needs a flag the union lacks", () => {
    expect(() => anyOf([/\p{Lu}\./u], "i")).toThrow(/needs the flags u/);
    expect(anyOf([/\p{Lu}\./u], "iu").test("B.C.")).toBe(true);
  });
});
