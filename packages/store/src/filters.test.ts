import { describe, expect, it } from "vitest";
import { z } from "zod";
import { filterShape, fromPublic, publicName, toPublic } from "./filters.js";
import { EventQuery } from "./queries.js";

describe("the filter model", () => {
  it("reads each surface's public names as the store's one spelling", () => {
    expect(
      fromPublic("cli", { province: "Anbar", type: "Protests", subType: "Peaceful protest", unrelated: 1 }),
    ).toEqual({ admin1: "Anbar", eventType: "Protests", subEventType: "Peaceful protest" });
    expect(fromPublic("prompt", { province: "Anbar", subtype: "Arrests" })).toEqual({
      admin1: "Anbar",
      subEventType: "Arrests",
    });
    expect(fromPublic("url", { admin1: "Anbar", sub: "Arrests", q: "ignored" })).toEqual({
      admin1: "Anbar",
      subEventType: "Arrests",
    });
  });

  it("shows filters back under a surface's names", () => {
    expect(toPublic("url", { subEventType: "Arrests", country: "Iraq", admin1: undefined })).toEqual({
      sub: "Arrests",
      country: "Iraq",
    });
    expect(publicName("prompt", "admin1")).toBe("province");
    expect(publicName("url", "limit")).toBe("limit");
  });

  it("checks a surface's values with the store's schema of each field", () => {
    const prompt = z.object(filterShape("prompt", ["admin1", "subEventType", "from"])).strict();
    expect(prompt.safeParse({ province: "Anbar", subtype: "Arrests", from: "2021-01-01" }).success).toBe(true);
    expect(prompt.safeParse({ subtype: "Picnic" }).success).toBe(false);
    expect(prompt.safeParse({ admin1: "Anbar" }).success).toBe(false);
    const day = prompt.safeParse({ from: "yesterday" });
    expect(day.success || day.error.issues[0]!.message).toBe("expected a day, 2019-12-04");
    // The store's own query takes what a surface gave once renamed.
    expect(EventQuery.safeParse(fromPublic("cli", { province: "Anbar", type: "Protests" })).success).toBe(true);
  });
});
