import { describe, expect, it } from "vitest";
import type { Event } from "@sitrep/schema";
import { parse } from "../parse.js";
import { sampleText } from "../test-support/sample.js";
import { distanceKm } from "../places/geo.js";

const { article, events } = parse(sampleText());
const ASAD = { lat: 33.786, lon: 42.441 };

function find(pred: (e: Event) => boolean, what: string): Event {
  const e = events.find(pred);
  expect(e, what).toBeDefined();
  return e!;
}

describe("the sample's events, as a careful coder reads them", () => {
  it("row 1: five rockets hit Ain al-Asad, one event, main, first", () => {
    const e = events[0]!;
    expect(e.salience).toBe("main");
    expect(e.type).toEqual({
      eventType: "Explosions/Remote violence",
      subEventType: "Shelling/artillery/missile attack",
      acled: true,
    });
    expect(e.date).toMatchObject({ start: "2019-12-03", end: "2019-12-03", precision: "day", basis: "occurred" });
    expect(e.location).toMatchObject({
      name: "Al Asad Air Base",
      precision: "exact",
      admin1: { code: "IQ-AN" },
      country: { name: "Iraq" },
    });
    expect(distanceKm(e.location!.coordinates!, ASAD)).toBeLessThan(25);
    expect(e.weapons).toEqual([
      expect.objectContaining({ kind: "rocket", count: { value: 5, qualifier: "exact", text: "five rockets" } }),
    ]);
    expect(e.casualties.killed.value).toBe(0);
    expect(e.casualties.injured.value).toBe(0);
    expect(e.attributions[0]).toMatchObject({
      source: "Iraq's military",
      sourceKind: "military",
      channel: "statement",
    });
    expect(e.actors.some((a) => a.role === "perpetrator")).toBe(false);
    expect(e.actors).toContainEqual(
      expect.objectContaining({ role: "target", kind: "external_forces", country: "US" }),
    );
    // Headline, standfirst and the first two paragraphs all report it.
    expect(e.evidence.map((v) => [v.part, v.paragraph])).toEqual([
      ["title", null],
      ["standfirst", null],
      ["body", 0],
      ["body", 1],
    ]);
    expect(events.filter((x) => x.location?.name === "Al Asad Air Base")).toHaveLength(1);
  });

  it("row 2: at least 17 rockets on a base north of Baghdad, on or before 9 November", () => {
    const e = find((x) => x.weapons.some((w) => w.count?.value === 17), "17 rockets");
    expect(e.type.subEventType).toBe("Shelling/artillery/missile attack");
    expect(e.weapons[0]!.count).toMatchObject({ value: 17, qualifier: "at_least" });
    expect(e.date).toMatchObject({ end: "2019-11-09", basis: "reported" });
    expect(e.location).toMatchObject({
      relation: { direction: "north", anchor: "Baghdad" },
      country: { iso2: "IQ" },
      admin1: { name: "Baghdad" },
    });
    expect(e.location!.coordinates).not.toBeNull();
    expect(e.salience).toBe("background");
    expect(e.attributions[0]).toMatchObject({ source: "Iraqi security source", sourceKind: "security_source" });
  });

  it("row 3: Iraqi forces strike back, killing three and destroying a vehicle", () => {
    const e = find((x) => x.casualties.killed.value === 3, "the response");
    expect(e.actors).toContainEqual(
      expect.objectContaining({ role: "responder", name: "Military Forces of Iraq", kind: "state_forces" }),
    );
    expect(e.casualties.bySide[0]).toMatchObject({ side: "terrorists" });
    expect(e.effects).toContainEqual(expect.objectContaining({ kind: "destroyed", object: "vehicle" }));
    expect(e.date.end).toBe("2019-11-09");
    expect(e.location?.relation?.anchor).toBe("Baghdad");
    expect(e.attributions[0]?.source).toContain("Noman Zobaei");
  });

  it("row 4: a vehicle loaded with a missile seized, per Alsumaria TV", () => {
    const e = find((x) => x.type.subEventType === "Disrupted weapons use", "the seizure");
    expect(e.type.eventType).toBe("Strategic developments");
    expect(e.effects[0]).toMatchObject({ kind: "seized" });
    expect(e.weapons.every((w) => w.count === null)).toBe(true);
    expect(e.date.end).toBe("2019-11-09");
    expect(e.location?.country?.iso2).toBe("IQ");
    expect(e.attributions[0]).toMatchObject({ source: "local Alsumaria TV", sourceKind: "media" });
  });

  it("row 5: Esper's statement, in October", () => {
    const e = find((x) => x.type.eventType === "Statement", "the statement");
    expect(e.date).toMatchObject({ start: "2019-10-01", end: "2019-10-31", precision: "month" });
    expect(e.location).toMatchObject({ name: "Iraq", precision: "country" });
    expect(e.actors[0]).toMatchObject({ role: "speaker", name: "US Defence Secretary Mark Esper" });
  });

  it("row 6: mystery strikes on the PMF in recent months, which the PMF blame on Israel", () => {
    const e = find(
      (x) => x.actors.some((a) => a.name === "Popular Mobilisation Forces" && a.role === "target"),
      "strikes on the PMF",
    );
    expect(e.date).toMatchObject({ precision: "vague", end: "2019-12-04" });
    expect(e.actors.some((a) => a.role === "perpetrator")).toBe(false);
    expect(e.actors).toContainEqual(expect.objectContaining({ role: "accused", name: "Military Forces of Israel" }));
    expect(e.attributions).toContainEqual(expect.objectContaining({ certainty: "accused" }));
    expect(e.location?.country?.iso2).toBe("IQ");
    // The mystery strikes of recent months were somewhere in Iraq, not at the base north of
    // Baghdad that the next sentence's attack hit.
    for (const strikes of events.filter((x) => x.date.precision === "vague"))
      expect(strikes.location, strikes.summary).toMatchObject({ precision: "country", country: { iso2: "IQ" } });
  });

  it("dates nothing after publication and counts no troops", () => {
    for (const e of events) {
      if (e.date.end) expect(e.date.end <= "2019-12-04", e.summary).toBe(true);
      for (const w of e.weapons) expect(w.count?.value).not.toBe(5200);
      expect(e.casualties.killed.value).not.toBe(5200);
      expect(e.casualties.injured.value).not.toBe(5200);
    }
  });

  it("gives every event evidence that points at the article's own text", () => {
    for (const e of events) {
      expect(e.evidence.length).toBeGreaterThan(0);
      for (const v of e.evidence) {
        const source =
          v.part === "title"
            ? article.title
            : v.part === "standfirst"
              ? article.standfirst!
              : article.paragraphs[v.paragraph!]!;
        expect(source.slice(v.start, v.end)).toBe(v.text);
      }
      expect(e.summary.length).toBeGreaterThan(10);
    }
  });
});
