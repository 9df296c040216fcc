// What the place stage knows of a name once the gazetteer has candidates for it: which one the
// text most likely means (pickCandidate), the Location it becomes, and whether the sentence says
// something happened there (saysWhere). Shared by findPlaces, the bracketed-place reader and the
// stages that place events.
import type { GeoPrecision, Location, PlaceKind, Relation } from "@sitrep/schema";
import type { Gazetteer, GazetteerEntry } from "../places/gazetteer.js";
import { words } from "../text/pattern.js";
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from "../text/calendar.js";

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  location: Location;
  /** The word before the place ("in", "from", "of"), lower case; "" at a clause start. */
  preposition: string;
}

/** Countries the article is about, most mentioned first: settles ambiguous names. */
export interface PlaceContext {
  countries: string[];
  /** Words the article uses as people's names ("Donald" of "President-elect Donald Trump"), normalised. */
  people?: ReadonlySet<string>;
  /** Whether a capitalised word is an English first name (the gazetteer's list). */
  isGivenName?: (word: string) => boolean;
  /** Places the article introduces somewhere ("in Croydon"), normalised: a headline opening on the name means it. */
  introduced?: ReadonlySet<string>;
}

/** Capitalised words that open sentences or name things, and are also some town's name. */
export const NOT_PLACES = new Set(
  words`
    the
    a
    an
    it
    its
    their
    they
    this
    that
    these
    those
    most
    more
    many
    some
    several
    no
    not
    read
    follow
    tags
    share
    however
    meanwhile
    but
    and
    or
    if
    when
    while
    after
    before
    since
    during
    on
    in
    at
    of
    for
    from
    with
    by
    to
    said
    says
    according
    president
    minister
    secretary
    general
    commander
    police
    army
    government
    mark
    john
    will
    chief
    prime
    taliban
    hamas
    hezbollah
    houthis
    houthi
    daesh
    isis
    isil
    congress
    senate
    parliament
    cabinet
    foreign
    defence
    defense
    interior
    state
    islamic
    muslim
    christian
    sunni
    shia
    kurdish
    arab
    western
    eastern
    northern
    southern
    central
    north
    south
    east
    west
    new
    old
    great
    saint
    san
    santa
    mount
    lake
    river
    university
    hospital
  `.alternatives.concat(MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS),
);

/**
 * What a name's next words say it lies in: "Morelia, Michoacan", "Ayolas (Misiones)",
 * "Cordoba, Spain", "Beja (Beja Nord, Beja)". The provinces and countries those words name.
 */
export interface Qualifier {
  provinces: readonly GazetteerEntry[];
  countries: readonly string[];
}

export const NO_QUALIFIER: Qualifier = { provinces: [], countries: [] };

/**
 * Whether a place has `factor` times the people of every namesake in another country (and at
 * least `floor`): with nothing else to go on, "London" is London, England.
 */
/** A town or a facility (an airfield, a base): a point the gazetteer places, not an area. */
export const isLocality = (e: GazetteerEntry) => e.kind === "town" || e.kind === "facility";

export function outnumbers(
  place: GazetteerEntry,
  namesakes: readonly GazetteerEntry[],
  factor: number,
  floor = 100_000,
): boolean {
  const rival = Math.max(
    0,
    ...namesakes
      .filter((c) => c !== place && c.iso2 !== place.iso2 && c.kind !== "country" && c.kind !== "province")
      .map((c) => c.population),
  );
  return place.population >= floor && place.population >= factor * rival;
}

/** 2 when the qualifier names the candidate's province, 1 its country only, else 0. */
export function qualifies(c: GazetteerEntry, q: Qualifier): number {
  if (q.provinces.some((p) => p.admin1Code === c.admin1Code && c.kind !== "province")) return 2;
  if (q.countries.includes(c.iso2) || q.provinces.some((p) => p.iso2 === c.iso2)) return 1;
  return 0;
}

/**
 * The place a name most likely means: a country outright; else a score where the words after
 * the name weigh most ("Morelia, Michoacan"), then the countries the article is about, then the
 * place's kind and population (Cordoba, Argentina has 1.4 million people, Cordoba, Spain 300,000:
 * with nothing else to go on, the larger is likelier), less for a match by an alternate name.
 */
export function pickCandidate(
  candidates: readonly GazetteerEntry[],
  ctx: PlaceContext,
  qualifier: Qualifier = NO_QUALIFIER,
  afterPlace = false,
  /** The name as the text wrote it, normalised. */
  key?: string,
): GazetteerEntry | undefined {
  const country = candidates.find((c) => c.kind === "country");
  if (country) return country;
  const score = (c: GazetteerEntry) => {
    const rank = ctx.countries.indexOf(c.iso2);
    const context = rank < 0 ? 0 : rank === 0 ? 30 : rank === 1 ? 20 : 10;
    // A province counts as a town of a million (Santiago, Chile before Santiago province in the
    // Dominican Republic); a town beats the province it shares its name with and lies in (Vienna
    // the city, in Wien the state), unless only an alternate name of the town matched ("Idleb").
    // "California" is no namesake of California City, a small town found by its name less "City"
    // (Jeju City, the province's great city, still is).
    const namesake =
      c.kind === "town" &&
      !c.alternate &&
      !(key && /\scity$/i.test(c.name) && !key.endsWith(" city") && c.population < 100_000) &&
      candidates.some((p) => p.kind === "province" && p.admin1Code === c.admin1Code);
    // After "Severodonetsk, " a name says which province: Luhansk the province, not the city.
    const kind = c.kind === "province" ? (afterPlace ? 25 : 12) : c.kind === "facility" ? 4 : namesake ? 6 : 0;
    // A city's other spellings are news spellings ("Amara" for Al ʿAmārah); a village's seldom.
    // Even so, a city by another spelling needs some 30 times the people of a town of that very
    // name: "Valence" is Valence, France, not Valencia.
    return (
      qualifies(c, qualifier) * 50 +
      context +
      kind +
      2 * Math.log10(c.population + 1) -
      (c.alternate ? (c.population >= 100_000 ? 3 : 15) : 0)
    );
  };
  let best: GazetteerEntry | undefined;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const sc = score(c);
    if (sc > bestScore) [best, bestScore] = [c, sc];
  }
  return best;
}

const KIND: Record<GazetteerEntry["kind"], PlaceKind> = {
  facility: "facility",
  town: "town",
  province: "province",
  country: "country",
};
const PRECISION: Record<GazetteerEntry["kind"], GeoPrecision> = {
  facility: "exact",
  town: "exact",
  province: "admin1",
  country: "country",
};

export function toLocation(entry: GazetteerEntry, text: string, gaz: Gazetteer, relation: Relation | null): Location {
  const country = gaz.country(entry.iso2);
  const admin1 = entry.admin1Code ? gaz.admin1(entry.admin1Code) : undefined;
  return {
    text,
    name: entry.name,
    kind: KIND[entry.kind],
    admin1: admin1 ? { name: admin1.name, code: admin1.admin1Code } : null,
    admin2: null,
    country: country
      ? {
          name: country.name,
          iso2: country.iso2,
          iso3: country.iso3,
          isoNumeric: country.isoNumeric,
          region: country.region,
        }
      : null,
    coordinates: { lat: entry.lat, lon: entry.lon },
    // A place given relative to a city ("north of the capital") may lie tens of km away.
    precision: relation ? (relation.direction === "near" ? "near" : "fuzzy") : PRECISION[entry.kind],
    relation,
    gazetteerId: entry.id,
  };
}

/** How specific a location is, for choosing among several: lower is more specific. */
export function specificity(l: Location): number {
  const rank: Record<GeoPrecision, number> = {
    exact: 0,
    near: 1,
    admin2: 2,
    fuzzy: 3,
    admin1: 4,
    country: 5,
    international_waters: 6,
  };
  return rank[l.precision];
}

/** "shelled Mariupol", "stormed Fallujah": what such a verb acts on is a place as often as a target. */
export const ASSAULTED = new Set([
  "shelled",
  "struck",
  "bombed",
  "bombarded",
  "attacked",
  "hit",
  "targeted",
  "raided",
  "stormed",
  "captured",
  "besieged",
  "entered",
  "pounded",
  "recaptured",
  "retook",
  "seized",
]);

/** Words before a place that say something happened there. */
const AT = new Set([
  "'s",
  "in",
  "at",
  "near",
  "inside",
  "outside",
  "across",
  "into",
  "on",
  "around",
  "within",
  "western",
  "eastern",
  "northern",
  "southern",
  "central",
]);

const NAMES_ANOTHER_THING = /^\s+(?:University|College|School|Hospital|Stadium|[Rr]iver|[Ll]ake|[Mm]ountains?)\b/;
/** "in the Achin district", "in rural Suluk town": a locative with one word between. */
const AT_BEFORE_WORD = /\b(?:in|at|near|inside|outside|across|into|on|around|within)\s+[\p{L}-]+\s+$/iu;

/**
 * The sentence says something happened there ("in Iraq", "Iraq's", "shelled Al Bab city"), not
 * only names it ("the war of Russia", "Saint Petersburg Mayor").
 */
export function saysWhere(p: PlaceMention, sentence: string): boolean {
  // "outside the Akdeniz University hospital in Konyaalti": an institution's name, not where it
  // stands; "near the Mbomou river" a river's.
  if (NAMES_ANOTHER_THING.test(sentence.slice(p.end, p.end + 14))) return false;
  if (AT.has(p.preposition) || ASSAULTED.has(p.preposition) || /^['’]s/.test(sentence.slice(p.end, p.end + 3)))
    return true;
  return AT_BEFORE_WORD.test(sentence.slice(Math.max(0, p.start - 30), p.start));
}
