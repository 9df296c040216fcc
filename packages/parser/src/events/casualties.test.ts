import { describe, expect, it } from "vitest";
import { findCasualties } from "./casualties.js";

describe("casualties", () => {
  it("reads no casualties as 0 killed and 0 injured", () => {
    const c = findCasualties("No casualties were reported when the missiles struck Ain al-Asad.");
    expect([c.killed.value, c.injured.value]).toEqual([0, 0]);
  });

  it("leaves both unknown when the text is silent", () => {
    const c = findCasualties("The base was struck by five rockets on Tuesday.");
    expect([c.killed.value, c.injured.value]).toEqual([null, null]);
    expect(c.killed.qualifier).toBeNull();
  });

  it("counts the killed on the side the text names: three terrorists killed by the responders", () => {
    const c = findCasualties('Forces responded in a strike that "killed three terrorists and destroyed a vehicle".');
    expect(c.killed).toMatchObject({ value: 3, qualifier: "exact" });
    expect(c.injured.value).toBeNull();
    expect(c.bySide).toEqual([{ side: "terrorists", killed: expect.objectContaining({ value: 3 }), injured: expect.objectContaining({ value: null }) }]);
  });

  it("reads passive and qualified figures", () => {
    const c = findCasualties("At least 12 people were killed and more than 30 wounded in the blast.");
    expect(c.killed).toMatchObject({ value: 12, qualifier: "at_least" });
    expect(c.injured).toMatchObject({ value: 30, qualifier: "more_than" });
  });

  it("reads separate counts of deaths and injuries", () => {
    const c = findCasualties("Two soldiers died and no one was injured.");
    expect(c.killed.value).toBe(2);
    expect(c.injured.value).toBe(0);
  });

  it("does not count troops stationed as casualties", () => {
    const c = findCasualties("The US currently has 5,200 troops in Iraq.");
    expect([c.killed.value, c.injured.value]).toEqual([null, null]);
  });
});
