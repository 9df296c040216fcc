// Places a sentence names that are no town's, province's or country's: continents, world regions and
// seas ("the Middle East", "across Africa", "the Mediterranean"), and countries named by their
// adjective ("a Turkish policeman", "European leaders"). The article mentions them; an event is never
// placed by them (a Turkish policeman may shoot in Ankara or abroad; "Africa" says nothing useful).
import type { Location } from "@sitrep/schema";
import type { Gazetteer } from "../places/gazetteer.js";
import { normaliseName } from "../places/normalise-name.js";
import { WORLD_REGIONS, type WorldRegion } from "../places/world-regions.js";
import { execAll } from "../text/exec-all.js";
import { toLocation, type PlaceMention } from "./place-candidates.js";

const byName = new Map<string, WorldRegion>();
const byAdjective = new Map<string, WorldRegion>();
const exactly = new Map<string, WorldRegion>();
for (const r of WORLD_REGIONS) {
  for (const n of r.names) byName.set(normaliseName(n), r);
  for (const a of r.adjectives) byAdjective.set(normaliseName(a), r);
  for (const c of r.caseSensitive ?? []) exactly.set(c, r);
}
const LONGEST = Math.max(...[...byName.keys(), ...byAdjective.keys()].map((k) => k.split(" ").length));

/** A continent's, a region's or a sea's name or adjective, as written ("EU", "Asia", "European"). */
export function isRegionWord(word: string): boolean {
  const key = normaliseName(word);
  return exactly.has(word) || byName.has(key) || byAdjective.has(key);
}

/** Words one space apart and nothing else (a linear test: no nested repetition). */
const WORDS_APART = /^(?![\s\S]*\s\s)[\p{L}'’ -]+$/u;

// Capitalised words; "Sub-Saharan", "Asia-Pacific" as one.
const WORD = /\p{Lu}[\p{L}'’-]*/gu;

function regionLocation(r: WorldRegion, text: string): Location {
  return {
    text,
    name: r.name,
    kind: r.kind,
    admin1: null,
    admin2: null,
    country: null,
    coordinates: { lat: r.lat, lon: r.lon },
    precision: "fuzzy",
    relation: null,
    gazetteerId: null,
  };
}

/** "Iraq's" -> "Iraq". */
const bare = (w: string) => w.replace(/['’]s?$/, "");

/** Regions, seas and countries' adjectives in one sentence, longest names first. */
export function findRegionsAndDemonyms(text: string, gaz: Gazetteer): PlaceMention[] {
  const words = execAll(WORD, text);
  const out: PlaceMention[] = [];
  for (let i = 0; i < words.length;) {
    let found: { end: number; location: Location } | null = null;
    for (let n = Math.min(LONGEST, words.length - i); n >= 1 && !found; n--) {
      const last = words[i + n - 1]!;
      // Only words side by side, a space or "of" between: "Gulf of Mexico", not "Asia. Africa".
      const span = text.slice(words[i]!.index, last.index + bare(last[0]).length);
      if (n > 1 && !WORDS_APART.test(span)) continue;
      const key = normaliseName(span);
      const r = exactly.get(span) ?? byName.get(key) ?? byAdjective.get(key);
      if (r) {
        found = { end: i + n, location: regionLocation(r, span) };
        break;
      }
      // A country's adjective, in the singular: "Russian", "South Korean"; "Russians" are people.
      const iso2 = gaz.isDemonym(span) ? gaz.countryByWord(span) : undefined;
      const country = iso2 ? gaz.countryEntry(iso2) : undefined;
      if (country && !/s$/.test(span)) found = { end: i + n, location: toLocation(country, span, gaz, null) };
    }
    if (!found) {
      i++;
      continue;
    }
    const start = words[i]!.index;
    const endWord = words[found.end - 1]!;
    const end = endWord.index + bare(endWord[0]).length;
    out.push({ start, end, text: text.slice(start, end), location: found.location, preposition: "" });
    i = found.end;
  }
  return out;
}

/** Sentence places and region mentions together: of two that overlap the longer wins, a region on a tie. */
export function withoutOverlaps(
  places: PlaceMention[],
  regions: PlaceMention[],
): { places: PlaceMention[]; regions: PlaceMention[] } {
  const overlaps = (a: PlaceMention, b: PlaceMention) => a.start < b.end && b.start < a.end;
  const len = (p: PlaceMention) => p.end - p.start;
  return {
    places: places.filter((p) => !regions.some((r) => overlaps(p, r) && len(r) >= len(p))),
    regions: regions.filter((r) => !places.some((p) => overlaps(p, r) && len(p) > len(r))),
  };
}
