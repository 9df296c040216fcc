import { describe, expect, it } from "vitest";
import { formatDay, formatEventDate, formatFigure, monthLabel, monthRange, placeLine } from "./format";

describe("dates and figures as a reader sees them", () => {
  it("shows an event's date at its precision", () => {
    expect(formatEventDate({ start: "2019-12-03", end: "2019-12-03", precision: "day" })).toBe("3 Dec 2019");
    expect(formatEventDate({ start: "2019-11-01", end: "2019-11-03", precision: "day" })).toMatch(
      /^1\s*–\s*3 Nov 2019$/,
    );
    expect(formatEventDate({ start: "2019-10-01", end: "2019-10-31", precision: "month" })).toBe("October 2019");
    expect(formatEventDate({ start: "2019-01-01", end: "2019-12-31", precision: "year" })).toBe("2019");
    expect(formatEventDate({ start: null, end: null, precision: "unknown" })).toBe("date unknown");
  });

  it("shows a publication date in UTC whatever its form", () => {
    expect(formatDay("2019-12-04")).toBe("4 Dec 2019");
    expect(formatDay("2019-12-04T23:30:00+00:00")).toBe("4 Dec 2019");
    expect(formatDay(null)).toBe("undated");
  });

  it("names a month and gives its days for a filter", () => {
    expect(monthLabel("2019-12")).toBe("December 2019");
    expect(monthRange("2019-12")).toEqual(["2019-12-01", "2019-12-31"]);
    expect(monthRange("2020-02")).toEqual(["2020-02-01", "2020-02-29"]);
  });

  it("names a place and what it lies in once each", () => {
    expect(placeLine("Maiduguri", "Borno", "Nigeria")).toBe("Maiduguri, Borno, Nigeria");
    expect(placeLine("Kyiv", "Kyiv", "Ukraine")).toBe("Kyiv, Ukraine");
    expect(placeLine(null, undefined)).toBe("place unknown");
  });

  it("keeps 0 apart from not stated", () => {
    expect(formatFigure({ value: 0, qualifier: "exact" })).toBe("0");
    expect(formatFigure({ value: null, qualifier: null })).toBe("not stated");
    expect(formatFigure({ value: 17, qualifier: "at_least" })).toBe("at least 17");
  });
});
