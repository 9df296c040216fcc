import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../places/gazetteer.js";
import { findRegionsAndDemonyms } from "./regions-and-demonyms.js";

const gaz = loadGazetteer();
const found = (text: string) =>
  findRegionsAndDemonyms(text, gaz).map((p) => [p.text, p.location.name, p.location.country?.iso2 ?? null]);

describe("regions, seas and countries' adjectives", () => {
  it("names a continent or a sea as itself, never a town of the name", () => {
    expect(found("Aid agencies across Africa warned of drought.")).toEqual([["Africa", "Africa", null]]);
    expect(found("The ship sank in the Gulf of Mexico.")).toEqual([["Gulf of Mexico", "Gulf of Mexico", null]]);
    expect(found("Tensions rose in the Middle East.")).toEqual([["Middle East", "Middle East", null]]);
  });

  it("reads a country's adjective as the country, the longest name first", () => {
    expect(found("A Turkish policeman shot the envoy.")).toEqual([["Turkish", "Türkiye", "TR"]]);
    expect(found("South Korean officials met.")).toEqual([["South Korean", "South Korea", "KR"]]);
    expect(found("European leaders met.")).toEqual([["European", "Europe", null]]);
  });

  it("leaves people out: a plural demonym names people, not a country", () => {
    expect(found("Russians voted on Sunday.")).toEqual([]);
  });

  it("matches a case-sensitive name only as written", () => {
    expect(found("The EU imposed sanctions.")).toEqual([["EU", "Europe", null]]);
    expect(found("Eu is a town.")).toEqual([]);
  });
});
