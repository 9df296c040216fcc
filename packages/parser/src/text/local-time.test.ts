import { describe, expect, it } from "vitest";
import { localDateTime } from "./local-time.js";

describe("publication times at their own offset", () => {
  it("keeps the offset a source writes, so the local day stays the day", () => {
    expect(localDateTime("2019-12-04T23:30:00-05:00")).toBe("2019-12-04T23:30:00-05:00");
    expect(localDateTime("Wed, 04 Dec 2019 23:30:00 -0500")).toBe("2019-12-04T23:30:00-05:00");
    expect(localDateTime("Wed, 04 Dec 2019 23:30:00 EST")).toBe("2019-12-04T23:30:00-05:00");
    expect(localDateTime("2024-03-05T04:10:00+05:30")).toBe("2024-03-05T04:10:00+05:30");
  });

  it("writes UTC as Z, and a time without an offset as UTC", () => {
    expect(localDateTime("Wed, 04 Dec 2019 23:30:00 GMT")).toBe("2019-12-04T23:30:00Z");
    expect(localDateTime("2019-12-04T23:30:00Z")).toBe("2019-12-04T23:30:00Z");
  });

  it("reads nothing from what is no date", () => {
    expect(localDateTime("yesterday-ish")).toBeNull();
  });
});
