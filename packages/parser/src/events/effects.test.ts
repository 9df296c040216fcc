import { describe, expect, it } from "vitest";
import { findEffects } from "./effects.js";

describe("effects", () => {
  it("finds what was destroyed", () => {
    expect(
      findEffects("a strike that killed three terrorists and destroyed a vehicle").map((e) => [e.kind, e.object]),
    ).toEqual([["destroyed", "vehicle"]]);
  });

  it("finds what was seized, in the passive", () => {
    const [e] = findEffects("A second vehicle loaded with another missile was seized from the scene.");
    expect(e).toMatchObject({ kind: "seized" });
    expect(e!.object).toContain("vehicle loaded with another missile");
  });

  it("does not take people for effects", () => {
    expect(findEffects("Police seized three suspects.")).toEqual([]);
  });
});
