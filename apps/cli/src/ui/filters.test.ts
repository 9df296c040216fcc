import { describe, expect, it } from "vitest";
import { describeFilters, parseFilters } from "./filters.js";

describe("browse filters", () => {
  it("reads key=value pairs, quoted values included", () => {
    expect(parseFilters('country=Iraq type="Explosions/Remote violence" from=2019-12-01')).toEqual({
      ok: true,
      filters: { country: "Iraq", type: "Explosions/Remote violence", from: "2019-12-01" },
    });
    expect(parseFilters("")).toEqual({ ok: true, filters: {} });
  });

  it("says what is wrong", () => {
    const bad = parseFilters("country=Iraq nonsense");
    expect(bad.ok).toBe(false);
    const date = parseFilters("from=yesterday");
    expect(date.ok).toBe(false);
    const key = parseFilters("colour=red");
    expect(key.ok).toBe(false);
  });

  it("shows filters as a line the prompt reads back the same", () => {
    const line = 'province=Anbar subtype="Shelling/artillery/missile attack"';
    const parsed = parseFilters(line);
    expect(parsed.ok && describeFilters(parsed.filters)).toBe(line);
  });
});
