import { describe, expect, it } from "vitest";
import { parse } from "../parse.js";
import { sampleText } from "../test-support/sample.js";
import { ACLED_COLUMNS, toAcledCsv, toAcledRows } from "./acled.js";
import { toGeoJson } from "./geojson.js";

const result = parse(sampleText(), { url: "https://www.newarab.com/news/rockets-strike-iraqs-ain-al-asad-base" });

describe("ACLED export", () => {
  it("has ACLED's 31 columns in ACLED's order", () => {
    const header = toAcledCsv(toAcledRows([result])).split("\n")[0]!;
    expect(header.split(",")).toEqual([...ACLED_COLUMNS]);
    expect(ACLED_COLUMNS).toHaveLength(31);
  });

  it("codes the main event as a coder would", () => {
    const [row] = toAcledRows([result]);
    expect(row).toMatchObject({
      event_date: "2019-12-03",
      time_precision: "1",
      event_type: "Explosions/Remote violence",
      sub_event_type: "Shelling/artillery/missile attack",
      country: "Iraq",
      iso: "368",
      admin1: "Anbar",
      geo_precision: "1",
      fatalities: "0",
      source: "newarab.com",
      actor1: "Unidentified Armed Group (Iraq)",
    });
    expect(Number(row!.latitude)).toBeCloseTo(33.786, 1);
  });

  it("writes one row per event, and leaves an unknown toll empty rather than 0", () => {
    const rows = toAcledRows([result]);
    expect(rows).toHaveLength(result.events.length);
    const unknown = result.events.findIndex((e) => e.casualties.killed.value === null);
    expect(rows[unknown]!.fatalities).toBe("");
  });

  it("quotes fields that hold commas", () => {
    const csv = toAcledCsv(toAcledRows([result]));
    expect(csv).toContain('"Shelling or missile attack at Al Asad Air Base (Anbar, Iraq)');
  });
});

describe("GeoJSON export", () => {
  it("gives a point, longitude first, for each event with coordinates", () => {
    const fc = toGeoJson([result]);
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features).toHaveLength(result.events.filter((e) => e.location?.coordinates).length);
    const [first] = fc.features;
    expect(first!.geometry.coordinates[0]).toBeCloseTo(42.44, 1);
    expect(first!.geometry.coordinates[1]).toBeCloseTo(33.79, 1);
    expect(first!.properties.subEventType).toBe("Shelling/artillery/missile attack");
  });
});
