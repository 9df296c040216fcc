import { describe, expect, it } from "vitest";
import { findWeapons } from "./weapons.js";

const kinds = (text: string) =>
  findWeapons(text).map((w) => [w.kind, w.count?.value ?? null, w.count?.qualifier ?? null]);

describe("weapons", () => {
  it("counts the number right before the weapon", () => {
    expect(kinds("The base was struck by five rockets on Tuesday.")).toEqual([["rocket", 5, "exact"]]);
    expect(kinds("At least 17 rockets struck a military base.")).toEqual([["rocket", 17, "at_least"]]);
    expect(kinds("Militants fired two Katyusha rockets.")).toEqual([["rocket", 2, "exact"]]);
    expect(kinds("A roadside bomb hit a patrol.")).toEqual([["ied", 1, "exact"]]);
  });

  it("never takes troops or ordinals for a weapon count", () => {
    expect(kinds("The US has 5,200 troops in Iraq.")).toEqual([]);
    expect(kinds("A second vehicle loaded with another missile was seized.")).toEqual([["missile", null, null]]);
  });

  it("tells weapon kinds apart, the specific before the general", () => {
    expect(kinds("A car bomb and a suicide bomber struck, then mortars fell.").map((k) => k[0])).toEqual([
      "car_bomb",
      "suicide_bomb",
      "mortar",
    ]);
    expect(kinds("A drone strike and an airstrike.").map((k) => k[0])).toEqual(["drone", "airstrike"]);
  });
});
