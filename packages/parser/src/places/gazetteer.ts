import { readFileSync } from "node:fs";
import { z } from "zod";
import { COUNTRY_ALIASES, DEMONYM_ALIASES, PLACE_ALIASES, PROVINCE_ALIASES } from "./aliases.js";
import { COLUMNS, GazetteerFile, type ColumnName, type CountryRow } from "./gazetteer-data.js";
import { nameVariants, normaliseName } from "./normalise-name.js";

export type EntryKind = "country" | "province" | "town" | "facility";

export interface GazetteerEntry {
  id: string;
  name: string;
  kind: EntryKind;
  iso2: string;
  admin1Code: string | null;
  lat: number;
  lon: number;
  /** People living there, where the data says (towns); 0 when unknown. */
  population: number;
  /** Found by one of its alternate names (a transliteration, an old name), not its own. */
  alternate: boolean;
  /** A small town whose own name is an ordinary English word ("Congress", "Greenwood"). */
  commonWord: boolean;
}

export interface Gazetteer {
  /** Every entry one of whose names normalises to `key` (see normaliseName). */
  lookup(key: string): readonly GazetteerEntry[];
  country(iso2: string): CountryRow | undefined;
  countryEntry(iso2: string): GazetteerEntry | undefined;
  /** A town or facility by its id ("p:123", as a Location's gazetteerId holds it). */
  place(id: string): GazetteerEntry | undefined;
  /** The country a demonym ("Iraqi") or a country name refers to. */
  countryByWord(word: string): string | undefined;
  /** Whether a word is a demonym ("Russian", "French") and not also a country's name. */
  isDemonym(word: string): boolean;
  /** Whether a capitalised word is an English first name ("Vladimir", "Tom"; not "Will" or "Mark"). */
  isGivenName(word: string): boolean;
  admin1(code: string): GazetteerEntry | undefined;
  /** The capital city of a country. */
  capital(iso2: string): GazetteerEntry | undefined;
  /** The provinces that hold a district (the level below a province) named `key`: "seno" -> Sahel. */
  provincesOfDistrict(key: string): GazetteerEntry[];
  /** Provinces whose name is one edit away from `key` (a normalised name of six letters or more). */
  provincesNear(key: string): GazetteerEntry[];
  /**
   * Provinces whose name is `key` transliterated otherwise (Idleb for Idlib, Hasakeh for Hasakah), in countries whose
   * names are transliterated; see skeleton.
   */
  provincesLike(key: string): GazetteerEntry[];
  /**
   * Cities of 100,000 or more whose name has `key`'s consonants, in countries whose names are transliterated
   * ("Nassriya" for An Nāşirīyah).
   */
  citiesLike(key: string): GazetteerEntry[];
  /** Longest name in words, to bound the n-grams worth looking up. */
  readonly maxWords: number;
}

/**
 * What transliterations of one name keep: its consonants in order, each run of vowels one mark,
 * without the leading article, doubled letters or a final -h, the article within as one and a
 * diphthong as a vowel ("idleb" and "idlib" -> "*dl*b", "al hasakeh" and "hasakah" -> "h*s*k*",
 * "ar raqqa" and "raqqah" -> "r*q*", "salah ad din" and "salah al din" -> "s*l*ld*n",
 * "dayr az zawr" and "deir ez zor" -> "d*r*lz*r").
 */
export function skeleton(key: string): string {
  return (
    key
      .replace(/^(?:al|el|ad|ar|as|an|at|ash|az|ath|adh) /, "")
      // Within a name the article is written as said or as spelled: Salah ad Din, Salah al Din.
      .replace(/ (?:al|el|ad|ar|as|an|at|ash|az|ath|adh|ed|er|es|ez|et|en) /g, " al ")
      // Arabic's dhal is written dh or th: Dhi Qar, Thi Qar.
      .replace(/\b(?:dh|th)/g, "d")
      .replace(/([aeiou])h\b/g, "$1")
      // A diphthong is a vowel: Dayr az Zawr, Deir ez Zor.
      .replace(/([aeiou])[yw](?![aeiou])/g, "$1")
      .replace(/ /g, "")
      .replace(/(.)\1+/g, "$1")
      .replace(/[aeiou]+/g, "*")
  );
}

/** Whether two strings are at most one insertion, deletion or substitution apart. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * Entries live as the file's rows and become objects only when looked up: the index holds
 * numbers (negative for provinces; for places the row times two, plus one for an alternate
 * name), which keeps the load fast and small.
 */
export function buildGazetteer(file: GazetteerFile, ints: Int32Array): Gazetteer {
  const col = (name: ColumnName) =>
    ints.subarray(file.columns[name].offset, file.columns[name].offset + file.columns[name].length);
  const index = new Map<string, number[]>();
  const countries = new Map<string, CountryRow>();
  const countryEntries = new Map<string, GazetteerEntry>();
  const countryKeys = new Map<string, GazetteerEntry>();
  const givenNames = new Set(file.givenNames);
  const countryWords = new Map<string, string>();
  const admin1ByCode = new Map<string, number>();
  const made = new Map<number, GazetteerEntry>();

  const addTo = (map: Map<string, number[]>, key: string, ref: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [ref]);
    else if (!list.includes(ref)) list.push(ref);
  };
  const addRef = (key: string, ref: number) => addTo(index, key, ref);

  for (const c of file.countries) {
    countries.set(c.iso2, c);
    const entry: GazetteerEntry = {
      id: `c:${c.iso2}`,
      name: c.name,
      kind: "country",
      iso2: c.iso2,
      admin1Code: null,
      lat: c.lat,
      lon: c.lon,
      population: 0,
      alternate: false,
      commonWord: false,
    };
    countryEntries.set(c.iso2, entry);
    for (const n of [c.name, ...c.names]) {
      countryKeys.set(normaliseName(n), entry);
      countryWords.set(normaliseName(n), c.iso2);
    }
    for (const d of c.demonyms) countryWords.set(normaliseName(d), c.iso2);
  }
  for (const [word, iso2] of Object.entries(DEMONYM_ALIASES)) countryWords.set(normaliseName(word), iso2);
  for (const [word, iso2] of Object.entries(COUNTRY_ALIASES)) {
    countryWords.set(normaliseName(word), iso2);
    const entry = countryEntries.get(iso2);
    if (entry) countryKeys.set(normaliseName(word), entry);
  }
  file.admin1.forEach(([code, , , , keys], i) => {
    admin1ByCode.set(code, i);
    for (const key of keys) addRef(key, -1 - i);
  });
  const districtIndex = new Map<string, number[]>();
  for (const [name, code] of file.districts) {
    const i = admin1ByCode.get(code);
    if (i === undefined) continue;
    for (const key of nameVariants(name)) addTo(districtIndex, key, -1 - i);
  }
  for (const [alias, code] of Object.entries(PROVINCE_ALIASES)) {
    const i = admin1ByCode.get(code);
    if (i !== undefined) for (const key of nameVariants(alias)) addRef(key, -1 - i);
  }
  // Places are found by binary search in the file's sorted keys; only provinces and the aliases
  // below go into a Map (a few thousand keys, against 300,000 for places).
  const [nameEnds, keyEnds, admin1Rows, lats, lons, populations, offsets, refs] = COLUMNS.map(col) as [
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
  ];
  const { names, kinds, countries: countryCodes } = file.places;
  const keyAt = (i: number) => file.keys.slice(i > 0 ? keyEnds[i - 1]! : 0, keyEnds[i]!);
  const placeRefs = (key: string): readonly number[] => {
    let lo = 0;
    let hi = keyEnds.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keyAt(mid);
      if (k === key) return Array.from(refs.subarray(offsets[mid]!, offsets[mid + 1]!));
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return [];
  };
  // A place's ref in the file is its row times two, plus one when the key is an alternate name.
  const refsOf = (key: string): number[] => {
    const own = index.get(key);
    const places = placeRefs(key);
    if (!own) return [...places];
    return [
      ...own.filter((r) => r < 0),
      ...places,
      ...own.filter((r) => r >= 0 && !places.includes(r) && !places.includes(r + 1)),
    ];
  };

  const entry = (ref: number): GazetteerEntry => {
    let e = made.get(ref);
    if (e) return e;
    if (ref < 0) {
      const [code, name, lat, lon] = file.admin1[-1 - ref]!;
      e = {
        id: `a:${code}`,
        name,
        kind: "province",
        iso2: code.slice(0, 2),
        admin1Code: code,
        lat,
        lon,
        population: 0,
        alternate: false,
        commonWord: false,
      };
    } else {
      const row = ref >> 1;
      const province = admin1Rows[row]!;
      e = {
        id: `p:${row}`,
        name: names.slice(row > 0 ? nameEnds[row - 1]! : 0, nameEnds[row]!),
        kind: kinds[row] === "f" ? "facility" : "town",
        iso2: countryCodes.slice(2 * row, 2 * row + 2),
        admin1Code: province >= 0 ? file.admin1[province]![0] : null,
        lat: lats[row]! / 1e4,
        lon: lons[row]! / 1e4,
        population: populations[row]!,
        alternate: (ref & 1) === 1,
        commonWord: kinds[row] === "w",
      };
    }
    made.set(ref, e);
    return e;
  };

  for (const { alias, name, iso2, admin1 } of PLACE_ALIASES) {
    const ref = refsOf(normaliseName(name)).find((r) => {
      const e = entry(r);
      return e.iso2 === iso2 && e.name === name && e.kind !== "province" && (!admin1 || e.admin1Code === admin1);
    });
    // An alias kept by hand is as good as the place's own name.
    if (ref !== undefined) for (const key of nameVariants(alias)) addRef(key, ref & ~1);
  }

  // The same names recur through an article and a corpus: answers are kept, up to a bound.
  const memo = <T>(f: (key: string) => T, limit = 20_000) => {
    const kept = new Map<string, T>();
    return (key: string): T => {
      let v = kept.get(key);
      if (v === undefined) {
        if (kept.size >= limit) kept.clear();
        kept.set(key, (v = f(key)));
      }
      return v;
    };
  };
  const lookup = memo((key: string): readonly GazetteerEntry[] => {
    const country = countryKeys.get(key);
    const found = refsOf(key).map(entry);
    return country ? [country, ...found] : found;
  });

  const capitals = new Map<string, GazetteerEntry | undefined>();
  const capital = (iso2: string) => {
    if (!capitals.has(iso2)) {
      const name = countries.get(iso2)?.capital;
      capitals.set(
        iso2,
        name ? lookup(normaliseName(name)).find((e) => e.iso2 === iso2 && e.kind === "town") : undefined,
      );
    }
    return capitals.get(iso2);
  };

  const provinceKeys = [...new Set(file.admin1.flatMap((row) => row[4]))].filter((k) => k.length >= 5);
  const provincesNear = memo((key: string) =>
    provinceKeys
      .filter((k) => k !== key && oneEditApart(k, key))
      .flatMap((k) => lookup(k).filter((e) => e.kind === "province")),
  );

  let skeletons: Map<string, number[]> | undefined;
  const provincesLike = memo((key: string): GazetteerEntry[] => {
    const sk = skeleton(key);
    if (sk.replace(/\*/g, "").length < 3) return [];
    if (!skeletons) {
      skeletons = new Map();
      // Only where English spells names many ways: elsewhere a skeleton's match is another word
      // ("Mambesu" is not Mombasa, "Simboro" not Samburu).
      const transliterated = new Set(file.countries.filter((c) => c.transliterated).map((c) => c.iso2));
      file.admin1.forEach((row, i) => {
        if (!transliterated.has(row[0].slice(0, 2))) return;
        for (const k of new Set(row[4].map(skeleton))) {
          if (k.replace(/\*/g, "").length < 3) continue;
          const list = skeletons!.get(k);
          if (list) list.push(-1 - i);
          else skeletons!.set(k, [-1 - i]);
        }
      });
    }
    return (skeletons.get(sk) ?? []).map(entry);
  });

  // Built on first use: a name's consonants ("nsry"), for the cities of transliterated countries.
  let cityConsonants: Map<string, number[]> | undefined;
  const citiesLike = memo((key: string): GazetteerEntry[] => {
    const consonants = skeleton(key).replace(/\*/g, "");
    if (consonants.length < 4) return [];
    if (!cityConsonants) {
      cityConsonants = new Map();
      const transliterated = new Set(file.countries.filter((c) => c.transliterated).map((c) => c.iso2));
      for (let row = 0; row < populations.length; row++) {
        if (
          populations[row]! < 100_000 ||
          kinds[row] === "f" ||
          !transliterated.has(countryCodes.slice(2 * row, 2 * row + 2))
        )
          continue;
        const k = skeleton(normaliseName(names.slice(row > 0 ? nameEnds[row - 1]! : 0, nameEnds[row]!))).replace(
          /\*/g,
          "",
        );
        if (k.length >= 4) addTo(cityConsonants, k, 2 * row);
      }
    }
    return (cityConsonants.get(consonants) ?? []).map(entry);
  });

  return {
    lookup,
    provincesOfDistrict: (key) => (districtIndex.get(key) ?? []).map(entry),
    provincesNear,
    provincesLike,
    citiesLike,
    country: (iso2) => countries.get(iso2),
    countryEntry: (iso2) => countryEntries.get(iso2),
    place: (id) => {
      const row = /^p:(\d+)$/.exec(id)?.[1];
      return row !== undefined && Number(row) < nameEnds.length ? entry(2 * Number(row)) : undefined;
    },
    countryByWord: (word) => countryWords.get(normaliseName(word)),
    isDemonym: (word) => {
      const key = normaliseName(word);
      return countryWords.has(key) && !countryKeys.has(key);
    },
    isGivenName: (word) => givenNames.has(word),
    admin1: (code) => {
      const i = admin1ByCode.get(code);
      return i === undefined ? undefined : entry(-1 - i);
    },
    capital,
    maxWords: 6,
  };
}

let cached: Gazetteer | undefined;

/**
 * The gazetteer the build wrote (data/gazetteer.json and gazetteer.bin), loaded once per process.
 * The files are a boundary: the JSON is checked with zod and the binary's size against the
 * columns it must hold; a missing or damaged file says how to make it again.
 */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const jsonPath = new URL("../../data/gazetteer.json", import.meta.url);
  const binPath = new URL("../../data/gazetteer.bin", import.meta.url);
  const rebuild = "Build it with: npm run data -w @sitrep/parser";
  let raw: string;
  let bin: Buffer;
  try {
    // The build writes the JSON in ASCII (every other character escaped): Latin-1 reads it fastest.
    raw = readFileSync(jsonPath, "latin1");
    bin = readFileSync(binPath);
  } catch {
    throw new Error(`The gazetteer is missing (${jsonPath.pathname}, gazetteer.bin). ${rebuild}`);
  }
  const file = GazetteerFile.safeParse(JSON.parse(raw));
  if (!file.success)
    throw new Error(
      `The gazetteer at ${jsonPath.pathname} is damaged or stale. ${rebuild}\n${z.prettifyError(file.error)}`,
    );
  const needed = Math.max(...Object.values(file.data.columns).map((c) => c.offset + c.length));
  if (bin.byteLength !== needed * 4)
    throw new Error(
      `The gazetteer at ${binPath.pathname} holds ${bin.byteLength} bytes, not ${needed * 4}. ${rebuild}`,
    );
  // The build writes little-endian integers, as every machine Node runs on reads them.
  const ints = new Int32Array(bin.buffer, bin.byteOffset, needed);
  cached = buildGazetteer(file.data, ints);
  return cached;
}
