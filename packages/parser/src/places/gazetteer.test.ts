import { describe, expect, it } from "vitest";
import { buildGazetteer, skeleton } from "./gazetteer.js";
import { packColumns, type ColumnName, type GazetteerFile } from "./gazetteer-data.js";

/** A gazetteer file of two towns, written as the build writes one (see gazetteer-data.ts). */
function tinyFile(): { file: GazetteerFile; ints: Int32Array } {
  const places = [
    { name: "Kyiv", kind: "t", iso2: "UA", admin1: 0, lat: 50.45, lon: 30.52, population: 2_800_000 },
    { name: "Kyiv", kind: "t", iso2: "US", admin1: -1, lat: 40.1, lon: -75.2, population: 800 },
  ];
  // key -> refs (row * 2, plus 1 for an alternate name), sorted by key as the build sorts them.
  const index: Array<[string, number[]]> = [
    ["kiev", [1]],
    ["kyiv", [0, 2]],
  ];
  const ends = (xs: string[]) => {
    let at = 0;
    return xs.map((x) => (at += x.length));
  };
  const data: Record<ColumnName, number[]> = {
    nameEnds: ends(places.map((p) => p.name)),
    keyEnds: ends(index.map(([k]) => k)),
    admin1: places.map((p) => p.admin1),
    lat: places.map((p) => Math.round(p.lat * 1e4)),
    lon: places.map((p) => Math.round(p.lon * 1e4)),
    population: places.map((p) => p.population),
    offsets: [0, ...ends(index.map(([, r]) => "x".repeat(r.length)))],
    refs: index.flatMap(([, r]) => r),
  };
  const { ints, columns } = packColumns(data);
  const file: GazetteerFile = {
    version: 7,
    countries: [
      {
        iso2: "UA",
        iso3: "UKR",
        isoNumeric: 804,
        name: "Ukraine",
        region: "Europe",
        lat: 49,
        lon: 32,
        names: [],
        demonyms: ["Ukrainian"],
        capital: "Kyiv",
        transliterated: false,
      },
      {
        iso2: "IQ",
        iso3: "IRQ",
        isoNumeric: 368,
        name: "Iraq",
        region: "Middle East",
        lat: 33,
        lon: 44,
        names: [],
        demonyms: ["Iraqi"],
        capital: "Baghdad",
        transliterated: true,
      },
      {
        iso2: "KE",
        iso3: "KEN",
        isoNumeric: 404,
        name: "Kenya",
        region: "Eastern Africa",
        lat: 1,
        lon: 38,
        names: [],
        demonyms: ["Kenyan"],
        capital: "Nairobi",
        transliterated: false,
      },
    ],
    admin1: [
      ["UA-30", "Kyiv City", 50.45, 30.52, ["kyiv city"]],
      ["IQ-DQ", "Dhi Qar", 31.1, 46.2, ["dhi qar"]],
      ["KE-28", "Mombasa", -4.05, 39.67, ["mombasa"]],
    ],
    districts: [["Darnytskyi", "UA-30"]],
    places: {
      names: places.map((p) => p.name).join(""),
      kinds: places.map((p) => p.kind).join(""),
      countries: places.map((p) => p.iso2).join(""),
    },
    keys: index.map(([k]) => k).join(""),
    givenNames: ["Vladimir"],
    columns,
  };
  return { file, ints };
}

describe("the gazetteer file", () => {
  it("finds places by binary search in the keys, with their province, point and population", () => {
    const { file, ints } = tinyFile();
    const gaz = buildGazetteer(file, ints);
    expect(gaz.lookup("kyiv").map((e) => [e.name, e.iso2, e.admin1Code, e.population, e.alternate])).toEqual([
      ["Kyiv", "UA", "UA-30", 2_800_000, false],
      ["Kyiv", "US", null, 800, false],
    ]);
    expect(gaz.lookup("kyiv")[0]).toMatchObject({ lat: 50.45, lon: 30.52, kind: "town" });
    expect(gaz.lookup("nowhere")).toEqual([]);
  });

  it("tells a match by an alternate name from one by the place's own", () => {
    const { file, ints } = tinyFile();
    const gaz = buildGazetteer(file, ints);
    expect(gaz.lookup("kiev").map((e) => [e.name, e.iso2, e.alternate])).toEqual([["Kyiv", "UA", true]]);
    expect(gaz.capital("UA")?.admin1Code).toBe("UA-30");
    expect(gaz.countryByWord("Ukrainian")).toBe("UA");
  });

  it("finds the province that holds a district, and no place by the district's name", () => {
    const { file, ints } = tinyFile();
    const gaz = buildGazetteer(file, ints);
    expect(gaz.provincesOfDistrict("darnytskyi").map((e) => [e.name, e.kind, e.admin1Code])).toEqual([
      ["Kyiv City", "province", "UA-30"],
    ]);
    expect(gaz.lookup("darnytskyi")).toEqual([]);
    expect(gaz.provincesOfDistrict("kyiv")).toEqual([]);
  });

  it("finds a province spelled another way only where its names are transliterated from a script of few vowels", () => {
    const { file, ints } = tinyFile();
    const gaz = buildGazetteer(file, ints);
    expect(gaz.provincesLike("thi qar").map((e) => e.admin1Code)).toEqual(["IQ-DQ"]);
    // "Mambesu village" in Congo has Mombasa's consonants, but Kenya's names are not transliterated.
    expect(gaz.provincesLike("mambesu")).toEqual([]);
  });

  it("reads transliterations of one name to one skeleton, and other names to others", () => {
    expect(skeleton("idleb")).toBe(skeleton("idlib"));
    expect(skeleton("al hasakeh")).toBe(skeleton("hasakah"));
    expect(skeleton("salah al din")).toBe(skeleton("salah ad din"));
    expect(skeleton("deir ez zor")).toBe(skeleton("dayr az zawr"));
    expect(skeleton("thi qar")).toBe(skeleton("dhi qar"));
    expect(skeleton("basra")).not.toBe(skeleton("babil"));
  });
});
