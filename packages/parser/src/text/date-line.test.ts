import { describe, expect, it } from "vitest";
import { parseDateLine } from "./date-line.js";

describe("date lines", () => {
  it("reads the plain shapes of a publication date", () => {
    expect(parseDateLine("04 December, 2019")).toBe("2019-12-04");
    expect(parseDateLine("December 4, 2019")).toBe("2019-12-04");
    expect(parseDateLine("Sept. 30, 2021")).toBe("2021-09-30");
    expect(parseDateLine("Published: 2019-12-04")).toBe("2019-12-04");
  });

  it("keeps a date line's time and zone when it gives them", () => {
    expect(parseDateLine("Published: 4 Dec 2019 10:30 GMT")).toBe("2019-12-04T10:30:00Z");
  });

  it("reads no date into a day that does not exist, a word like a month, or a sentence", () => {
    expect(parseDateLine("31 February 2019")).not.toBe("2019-02-31");
    expect(parseDateLine("Decoy 4, 2019")).not.toBe("2019-12-04");
    expect(parseDateLine("Five rockets struck the base on 3 December 2019, officials said.")).toBeNull();
  });
});
