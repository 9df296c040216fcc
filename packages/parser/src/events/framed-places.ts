// Places written as wire copy and datasets write them: a name, then its district and province in
// brackets ("Minakulu sub-county (Oyam, Northern)", "Nadiagou (Pama, Kompienga)").
import type { Location } from "@sitrep/schema";
import type { Gazetteer, GazetteerEntry } from "../places/gazetteer.js";
import { normaliseName } from "../places/normalise-name.js";
import { execAll } from "../text/exec-all.js";
import {
  isLocality,
  NOT_PLACES,
  outnumbers,
  pickCandidate,
  toLocation,
  type PlaceContext,
  type PlaceMention,
} from "./place-candidates.js";
import { either, oneOf } from "../text/pattern.js";

const buildings = oneOf`
  council
  hall
  office
  assembly
  court
  station
  university
  school
  hospital
  square
  park
  building
  headquarters
  market
  plaza
  centre
  center
`;
/** A building or an office ("City Council") ends the name: the place is the town itself. */
const IN_TOWN = new RegExp(either`\b${buildings}$`.source, "i");

/** Provinces by name, allowing one letter's difference in longer names (Andalucia, Andalusia). */
export function provinceNamed(name: string, gaz: Gazetteer): GazetteerEntry[] {
  const key = normaliseName(name);
  // "Bara district" is not Para, Suriname: near spellings are of the name, not of "district".
  const bare = key.replace(/ (?:district|province|region|state|governorate|division|county)$/, "");
  // "West Java province" is West Java.
  const provincesOf = (k: string) => gaz.lookup(k).filter((e) => e.kind === "province");
  const named = provincesOf(key);
  const exact = named.length > 0 || bare === key ? named : provincesOf(bare);
  // "(Seytenga, Seno)": a district, or a province below a region, says the province that holds it.
  // Both, where a name is one country's province and another's district: Comoé of Côte d'Ivoire
  // and of Burkina Faso; the names in the brackets settle which.
  const holding = gaz.provincesOfDistrict(bare).filter((p) => !exact.includes(p));
  if (exact.length > 0 || holding.length > 0) return [...exact, ...holding];
  // "Shan-North", "Sagaing region": the province a part of it, or its generic word, belongs to.
  const whole = bare.replace(
    /^(?:north|south|east|west|upper|lower|central) | (?:north|south|east|west|upper|lower|central)$/,
    "",
  );
  if (whole !== key) {
    const found = gaz.lookup(whole).filter((e) => e.kind === "province");
    if (found.length > 0) return found;
  }
  // "(Pohang)": a name the gazetteer knows as a town is that town's, not Pahang spelled otherwise.
  if (bare.length < 6 || gaz.lookup(bare).some((e) => isLocality(e) && !e.alternate)) return [];
  const near = gaz.provincesNear(bare);
  if (near.length > 0) return near;
  // "Al Nabatieh" for Nabatîyé: another transliteration, trusted when it names one province.
  const like = gaz.provincesLike(bare);
  return like.length === 1 ? like : [];
}

/** A city the bracket after it only spells the district of: "Islamabad city (Islamabad, FCT)". */
const GREAT_CITY = 500_000;

/** "(East)", "(North)": a bracket that tells villages of one name apart, not a province. */
const DIRECTION_ONLY =
  /^(?:north|south|east|west|upper|lower|central|north-?east|north-?west|south-?east|south-?west)$/i;

/** Words after a place's name that say what kind of place it is ("Minakulu sub-county"). */
// prettier-ignore
const HEAD_KINDS = [
  "sub-county", "municipality", "district", "village", "town", "city", "area", "township", "commune", "county",
  "locality", "neighbourhood", "neighborhood", "upazila", "territory", "tehsil", "taluka", "parish", "canton",
  "corregimiento", "subdivision", "sub-district", "woreda", "kebele", "ward", "junction", "crossroads", "roundabout",
].join("|");

/** A capitalised word; it takes in hyphens, so "Al-Bab" is one word. */
const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;

/**
 * A head of up to six words and its bracket. The match starts only at the first capital of a run of
 * word characters (the lookbehind): a later one fails wherever the first does, and trying each of them
 * made "A-A-A-..." cost time exponential in its length. Words are joined by spaces only, as a hyphen
 * is inside WORD already: the two readings of "A-B" are what made the pattern backtrack.
 */
const FRAMED = new RegExp(
  String.raw`(?<!\p{Lu}[\p{L}'’.-]*?)(${WORD}(?: (?:${WORD}|de|del|la|el|al|du|des|do|da|of|${HEAD_KINDS})){0,5})` +
    String.raw`\s*\(([^()]{2,90})\)`,
  "gu",
);
export const HEAD_SUFFIX = new RegExp(String.raw`\s+(?:${HEAD_KINDS})$`, "i");

/**
 * "Minakulu sub-county (Oyam, Northern)", "Kuchiri (Paikoro, Niger)": a place followed by its
 * district and province in brackets, as wire copy and datasets write it. The province is found
 * first; the place is then looked for within it. A place the gazetteer lacks keeps its name,
 * with the province's coordinates and an admin1 precision.
 */
export function findFramedPlaces(text: string, gaz: Gazetteer, ctx: PlaceContext): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of execAll(FRAMED, text)) {
    let parts = m[2]!
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    if (
      parts.length === 0 ||
      parts.length > 3 ||
      parts.some((p) => !/^\p{Lu}/u.test(p)) ||
      (parts.length === 1 && DIRECTION_ONLY.test(parts[0]!))
    )
      continue;
    // "(Foni Bintang Karanai, Brikama, Gambia)": a country last, by a name no province has
    // (Niger is also Nigeria's state, West Bank Palestine's), says where the rest is.
    const lastNamed = parts.length > 1 ? gaz.lookup(normaliseName(parts[parts.length - 1]!)) : [];
    const country = lastNamed.some((e) => e.kind === "province")
      ? undefined
      : lastNamed.find((e) => e.kind === "country")?.iso2;
    if (country) parts = parts.slice(0, -1);
    const inCountry = (found: GazetteerEntry[]) => (country ? found.filter((e) => e.iso2 === country) : found);
    // The province is the last part as a rule ("(Oyam, Northern)"); some write it first, by its
    // very name: "(Sindian, Bignona)" is a district of Bignona, not Sandaun spelled otherwise.
    let provinces = inCountry(provinceNamed(parts[parts.length - 1]!, gaz));
    if (provinces.length === 0 && parts.length > 1)
      provinces = inCountry(gaz.lookup(normaliseName(parts[0]!)).filter((e) => e.kind === "province"));
    const head = m[1]!.replace(HEAD_SUFFIX, "").trim();
    if (NOT_PLACES.has(normaliseName(head))) continue;
    if (provinces.length === 0) {
      const near = districtTown(head, parts, gaz, country ? { ...ctx, countries: [country] } : ctx, country);
      if (near) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], location: near, preposition: "in" });
      continue;
    }
    // "Jos North" is a district of Jos: a compass word after a town's name is part of its district's.
    const inCountries = (name: string) => {
      const key = normaliseName(name.replace(HEAD_SUFFIX, ""));
      const found = (k: string) =>
        gaz.lookup(k).filter((e) => isLocality(e) && provinces.some((p) => p.iso2 === e.iso2));
      const exact = found(key);
      const bare = key.replace(/ (?:north|south|east|west|central)$/, "");
      return exact.length > 0 || bare === key ? exact : found(bare);
    };
    const towns = inCountries(head);
    const districts = parts.length >= 2 ? inCountries(parts[parts.length - 2]!) : [];
    // "Ouagadougou (Ouagadougou, Kadiogo)", "Islamabad city (FCT)": a city the gazetteer knows
    // well, in no country of the bracket's province, is itself; the bracket only spelled its district.
    if (towns.length === 0 && districts.length === 0) {
      const city = gaz
        .lookup(normaliseName(head))
        .filter((e) => e.kind === "town" && !e.alternate && e.population >= GREAT_CITY);
      if (city.length === 1) {
        out.push({
          start: m.index,
          end: m.index + m[0].length,
          text: m[0],
          location: toLocation(city[0]!, m[0], gaz, null),
          preposition: "in",
        });
        continue;
      }
    }
    // The province whose country (better: whose own towns) hold the place and the district.
    const score = (p: GazetteerEntry) =>
      (towns.some((t) => t.admin1Code === p.admin1Code) ? 4 : towns.some((t) => t.iso2 === p.iso2) ? 2 : 0) +
      (districts.some((t) => t.admin1Code === p.admin1Code) ? 4 : districts.some((t) => t.iso2 === p.iso2) ? 2 : 0) +
      (ctx.countries.includes(p.iso2) ? 1 : 0);
    // A tie (Punjab of India and of Pakistan, each with a Taxila) goes to the larger town.
    const largest = (p: GazetteerEntry) =>
      Math.max(0, ...[...towns, ...districts].filter((t) => t.admin1Code === p.admin1Code).map((t) => t.population));
    const province = [...provinces].sort((a, b) => score(b) - score(a) || largest(b) - largest(a))[0]!;
    // "Valletta (South Eastern)", "Al Kufrah (Alkufra, East)": a bracket whose province could be
    // of several countries and nothing else bears out, after a head the gazetteer knows in
    // another country only (a province, or a city), is the head's.
    if (score(province) === 0 && !country && new Set(provinces.map((p) => p.iso2)).size > 1) {
      const own = gaz
        .lookup(normaliseName(head))
        .filter(
          (e) =>
            (e.kind === "province" || (isLocality(e) && !e.alternate && e.population >= 100_000)) &&
            !provinces.some((p) => p.iso2 === e.iso2),
        );
      const pick = own.length > 0 && new Set(own.map((e) => e.iso2)).size === 1 ? pickCandidate(own, ctx) : undefined;
      if (pick) {
        out.push({
          start: m.index,
          end: m.index + m[0].length,
          text: m[0],
          location: toLocation(pick, m[0], gaz, null),
          preposition: "in",
        });
        continue;
      }
    }
    // Not a town of the name in another province ("Vale (North Carolina)" is not Vale, Oregon);
    // one the gazetteer knows no province of may be this one.
    const town =
      towns.find((t) => t.admin1Code === province.admin1Code) ??
      towns.find((t) => t.iso2 === province.iso2 && !t.admin1Code);
    // A place the gazetteer lacks is near its district's seat, where the district is named for a
    // town of the province ("Nadiagou (Pama, Kompienga)"); else somewhere in the province.
    const seat = town ? undefined : districts.find((t) => t.admin1Code === province.admin1Code);
    const words = m[0];
    const location: Location = town
      ? toLocation({ ...town, admin1Code: town.admin1Code ?? province.admin1Code }, words, gaz, null)
      : seat
        ? { ...toLocation(seat, words, gaz, null), name: head, kind: "town", precision: "near", gazetteerId: null }
        : {
            ...toLocation(province, words, gaz, null),
            name: head,
            kind: "town",
            precision: "admin1",
            gazetteerId: null,
          };
    if (parts.length >= 2) location.admin2 = { name: parts[parts.length - 2]!, code: null };
    out.push({ start: m.index, end: m.index + words.length, text: words, location, preposition: "in" });
  }
  return out;
}

/**
 * "Nadiagou (Pama, Kompienga)", "the City Council (Wonju)": brackets that name no province the
 * gazetteer knows, but a town it does (a district seat, a city). The head keeps its name, in that
 * town's province; or is the town itself, when the gazetteer knows the head there too.
 */
function districtTown(
  head: string,
  parts: readonly string[],
  gaz: Gazetteer,
  ctx: PlaceContext,
  country?: string,
): Location | null {
  // "CPN(US)", "JUI-F": a party's or a union's name.
  if (!/\p{Ll}/u.test(head)) return null;
  for (const part of [...parts].reverse()) {
    if (!/\p{Ll}/u.test(part)) continue;
    const towns = gaz
      .lookup(normaliseName(part.replace(HEAD_SUFFIX, "")))
      .filter((e) => isLocality(e) && !e.alternate && (!country || e.iso2 === country));
    const town = pickCandidate(towns, ctx);
    if (!town) continue;
    // With nothing else to go on, only a town far larger than its namesakes abroad.
    if (!ctx.countries.includes(town.iso2) && !outnumbers(town, towns, 5, 0)) continue;
    const own = gaz
      .lookup(normaliseName(head))
      .find(
        (e) =>
          e.kind !== "country" && e.kind !== "province" && e.iso2 === town.iso2 && e.admin1Code === town.admin1Code,
      );
    if (own) return toLocation(own, head, gaz, null);
    // A building or an office ("City Council") is in the town itself; a village near it.
    const inTown = IN_TOWN.test(head);
    return {
      ...toLocation(town, head, gaz, null),
      name: inTown ? town.name : head,
      precision: inTown ? "exact" : "near",
      gazetteerId: inTown ? town.id : null,
    };
  }
  return null;
}
