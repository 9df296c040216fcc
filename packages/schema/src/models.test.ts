import { describe, expect, it } from "vitest";
import { CasualtyFigure, EventDate, Evidence } from "./index.js";

describe("casualty figures", () => {
  it("keeps none reported (0) apart from not stated (null)", () => {
    expect(CasualtyFigure.parse({ value: 0, qualifier: "exact", text: "No casualties were reported" }).value).toBe(0);
    expect(CasualtyFigure.parse({ value: null, qualifier: null, text: null }).value).toBeNull();
  });

  it("refuses a stated figure without a qualifier", () => {
    expect(CasualtyFigure.safeParse({ value: 3, qualifier: null, text: "three" }).success).toBe(false);
  });
});

describe("event dates", () => {
  it("refuses an end before the start", () => {
    const result = EventDate.safeParse({
      start: "2019-12-04",
      end: "2019-12-03",
      precision: "day",
      text: null,
      basis: "occurred",
    });
    expect(result.success).toBe(false);
  });
});

describe("evidence", () => {
  it("needs a paragraph index for body spans only", () => {
    expect(Evidence.safeParse({ part: "body", paragraph: 0, start: 0, end: 5, text: "Hello" }).success).toBe(true);
    expect(Evidence.safeParse({ part: "body", paragraph: null, start: 0, end: 5, text: "Hello" }).success).toBe(false);
    expect(Evidence.safeParse({ part: "title", paragraph: 2, start: 0, end: 5, text: "Hello" }).success).toBe(false);
    expect(Evidence.safeParse({ part: "title", paragraph: null, start: 5, end: 5, text: "Hello" }).success).toBe(false);
  });
});
