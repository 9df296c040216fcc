import { describe, expect, it } from "vitest";
import { findCasualties } from "./casualties.js";
import { YEAR_EXAMPLES } from "./rules/casualty-rules.js";

describe("casualties", () => {
  it("reads no casualties as 0 killed and 0 injured", () => {
    const c = findCasualties("No casualties were reported when the missiles struck Ain al-Asad.");
    expect([c.killed.value, c.injured.value]).toEqual([0, 0]);
  });

  it("does not count years of hurt as people hurt", () => {
    const c = findCasualties("The Cubs ended 108 years of hurt by winning the World Series.");
    expect([c.killed.value, c.injured.value]).toEqual([null, null]);
    expect(findCasualties("Five people were hurt in the crash.").injured.value).toBe(5);
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
    expect(c.bySide).toEqual([
      {
        side: "terrorists",
        killed: expect.objectContaining({ value: 3 }),
        injured: expect.objectContaining({ value: null }),
      },
    ]);
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

  it("counts one person killed or injured when the text names one", () => {
    expect(findCasualties("Villagers killed a suspected cattle thief in the market.").killed).toMatchObject({
      value: 1,
      qualifier: "exact",
    });
    expect(findCasualties("A man was shot and killed by two armed men outside his house.").killed.value).toBe(1);
    expect(findCasualties("One soldier died in the ambush.").killed.value).toBe(1);
    expect(findCasualties("A journalist was seriously injured.").injured.value).toBe(1);
    expect(findCasualties("The report lists 3 fatalities.").killed.value).toBe(3);
    expect(findCasualties("1 fatality.").killed.value).toBe(1);
  });

  it("does not count a group or a total as one person", () => {
    expect(findCasualties("Gunmen killed a number of villagers.").killed.qualifier).not.toBe("exact");
    expect(findCasualties("They killed a total of 12 people.").killed.value).toBe(12);
  });

  it("keeps killed and wounded apart when one sentence gives both actively", () => {
    const c = findCasualties(
      "A bomb struck a minibus on Tuesday, killing four people and wounding six others, police said.",
    );
    expect([c.killed.value, c.injured.value]).toEqual([4, 6]);
    const left = findCasualties("The attack left four people dead and six injured.");
    expect([left.killed.value, left.injured.value]).toEqual([4, 6]);
  });
});

describe("years beside tolls", () => {
  const figures = (s: string) => {
    const c = findCasualties(s);
    return [c.killed.value, c.injured.value];
  };
  it.each(YEAR_EXAMPLES.yes)("never counts the year: %s", (s) => {
    // The toll is the sentence's other number ("3,000" beside "1959").
    const numbers = [...s.matchAll(/\b\d[\d,]*\b/g)].map((m) => m[0]);
    const toll = Number(numbers.find((n) => !/^(?:19|20)\d\d$/.test(n))!.replace(/,/g, ""));
    expect(findCasualties(s).killed.value).toBe(toll);
  });
  it.each(YEAR_EXAMPLES.no)("reads a count of four digits that is no year: %s", (s) => {
    expect(figures(s)).toContain(Number(/\b\d{4}\b/.exec(s)![0]));
  });
});
