import type { Location, Relation } from "@sitrep/schema";
import type { Gazetteer, GazetteerEntry } from "../places/gazetteer.js";
import { normaliseName } from "../places/normalise-name.js";
import { execAll } from "../text/exec-all.js";
import { either, fragment, oneOf } from "../text/pattern.js";
import { findFramedPlaces, HEAD_SUFFIX } from "./framed-places.js";
import { partOfNextPlace, placedElsewhere } from "./place-consistency.js";
import { EXCLUSIONS } from "./place-exclusions.js";
import { qualifierAfter, resolve } from "./place-resolution.js";
import { ABBREVIATION, CONNECTORS, FUNCTION_WORDS, GENERIC, LOCATIVE, OPENERS, TOWN_SUFFIX } from "./place-words.js";
import { NOT_PLACES, toLocation, type PlaceContext, type PlaceMention } from "./place-candidates.js";

const partsAndPeopleOf = oneOf`
  village
  town
  city
  capital
  outskirts
  suburbs?
  area
  district
  province
  region
  state
  county
  municipality
  governorate
  neighbou?rhood
  port
  vicinity
  centre
  center
  streets
  heart
  countryside
  residents
  inhabitants
  villagers
  townspeople
  prison
  jail
  hospital
  mayor
  prefecture
  tribunal
  courthouse
  town hall
  city hall
  harbou?r
`;

export {
  outnumbers,
  saysWhere,
  specificity,
  toLocation,
  type PlaceContext,
  type PlaceMention,
  type Qualifier,
} from "./place-candidates.js";

/** Told, for each name tried, which resolution case decided it (place-resolution.ts). */
export type PlaceTrace = (name: string, rule: string) => void;

// An ampersand between capitals stays inside the word: "J&K" names a province.
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*(?:&\p{Lu}[\p{L}\p{N}’'.-]*)*/gu;

interface Token {
  start: number;
  end: number;
  word: string;
  lower: string;
  /** Capitalised, or an Arabic article joined to a capital ("al-Anbar"). */
  capital: boolean;
  /** May stand inside a name: capitalised, a connector ("al", "de") or a generic word ("province"). */
  joins: boolean;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const shouted = isShouted(text);
  for (const m of execAll(TOKEN, text)) {
    // "Iraq's" names Iraq; a final full stop ends the sentence, not the name.
    const word = withoutEnding(m[0]);
    if (!word) continue;
    const lower = word.toLowerCase();
    // In capitals (wire copy, telex), "THE", "NEAR" and "AND" are the words they are in lower case.
    const capital = isCapital(word) && !(shouted && FUNCTION_WORDS.has(lower));
    out.push({
      start: m.index,
      end: m.index + word.length,
      word,
      lower,
      capital,
      joins: capital || CONNECTORS.has(lower) || GENERIC.has(lower),
    });
  }
  return out;
}

/** Most of a sentence's letters are capitals: wire copy, telex, a shouted headline. */
function isShouted(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length && upper + lower < 400; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper >= 12 && upper > 4 * lower;
}

/** "Iraq's" -> "Iraq", "Iraqis'" -> "Iraqis", "U.S." -> "U.S". */
function withoutEnding(w: string): string {
  if (w.length >= 2 && w[w.length - 1] === "s" && (w[w.length - 2] === "'" || w[w.length - 2] === "’"))
    return w.slice(0, -2);
  const last = w[w.length - 1];
  return last === "'" || last === "’" || last === "." ? w.slice(0, -1) : w;
}

const ARTICLE_CAPITAL = /^(?:al|el|ad|ar|as|an|at|ash)-\p{Lu}/u;
const UPPER = /^\p{Lu}/u;
/**
 * Capitalised, or an Arabic article joined to a capital. ASCII first letters without a regular expression: most
 * words.
 */
function isCapital(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return (c === 97 || c === 101) && ARTICLE_CAPITAL.test(w);
  return UPPER.test(w);
}

/**
 * "a protest in Luxembourg", "at a rally in Singapore": where a country and its capital share a
 * name, what happens in it happens in the city; the country's government is still the country's.
 */
function cityState(entry: GazetteerEntry, words: string, preposition: string, gaz: Gazetteer): GazetteerEntry {
  if (entry.kind !== "country" || !LOCATIVE.has(preposition)) return entry;
  const capital = gaz.capital(entry.iso2);
  return capital && normaliseName(capital.name) === normaliseName(words) ? capital : entry;
}

/** The dateline's place in capitals, and the country after a comma ("KABUL, Afghanistan"). */
const datelinePlace = fragment`(\p{Lu}[\p{Lu}\p{M} .'’-]{2,40}?)(?:,\s*[\p{L}. ]{2,30})?`;
/** "LONDON —", "WASHINGTON (Reuters) -", "KABUL, Afghanistan —": the place a story was filed from. */
const DATELINE = new RegExp(
  either`
    ^\s*(?:(?:Photo|Image|Video)\s+)?${datelinePlace}\s*(?:\([^)]{1,30}\))?\s*(?:--|[—–-])\s
  `.source,
  "u",
);

/** The place a story was filed from, as its first line writes it ("LONDON —", "KABUL, Afghanistan —"), or null. */
export function datelineOf(text: string): string | null {
  return DATELINE.exec(text)?.[1]?.trim() ?? null;
}

/**
 * Places named in one sentence: the longest run of capitalised words (with connectors such as
 * "al" and generic words such as "province") that the gazetteer knows. A town in a country
 * the article is not about is kept only when a preposition introduces it ("in Paris"), so
 * people's names ("Mark Esper") are not taken for towns.
 */
export function findPlaces(
  text: string,
  gaz: Gazetteer,
  ctx: PlaceContext,
  headline = false,
  trace?: PlaceTrace,
): PlaceMention[] {
  const tokens = tokenize(text);
  const dateline = DATELINE.exec(text);
  const datelineEnd = dateline ? dateline[0].indexOf(dateline[1]!) + dateline[1]!.length : -1;
  const out: PlaceMention[] = [];
  for (let i = 0; i < tokens.length;) {
    const first = tokens[i]!;
    if (!first.capital) {
      i++;
      continue;
    }
    let found: { end: number; entry: GazetteerEntry; hint: string | null } | null = null;
    // A name runs over capitalised words, connectors and generic words only.
    let runEnd = i;
    while (runEnd + 1 < tokens.length && runEnd + 1 < i + gaz.maxWords) {
      if (!tokens[runEnd + 1]!.joins) break;
      // A comma, a bracket or a dash ends a name: "Mariupol, Donetsk", "Seoul City - Jongno" are two.
      // "St. Gallen", "Mt. Kenya": an abbreviation's full stop does not end the name.
      const gap = text.slice(tokens[runEnd]!.end, tokens[runEnd + 1]!.start);
      if (!/^\s+$/.test(gap) && !(/^\.\s+$/.test(gap) && ABBREVIATION.test(tokens[runEnd]!.word))) break;
      runEnd++;
    }
    let around: ReturnType<typeof aroundName> | undefined;
    for (let j = runEnd; j >= i; j--) {
      // A name ends on a capitalised or generic word; every word between joins (the run holds only those).
      if (!tokens[j]!.capital && !GENERIC.has(tokens[j]!.lower)) continue;
      const words = text.slice(first.start, tokens[j]!.end);
      const end = tokens[j]!.end;
      // What comes before the name is the same for each span tried: read once, when first needed.
      around ??= aroundName(text, first.start, out, ctx);
      // A dateline's city is introduced as surely as "in London".
      const preposition = end <= datelineEnd ? "in" : around.preposition;
      const entry = resolve(words, gaz, around.ctx, {
        preposition,
        sentenceStart: i === 0 && end > datelineEnd,
        headline,
        afterPlace: around.afterPlace,
        // Nothing that could continue the name follows: "Hole" of "Hole Camp", "Agency" of "Agency for ...".
        standsAlone: j === runEnd && !/^\s+(?:for|of)\s+\p{Lu}/u.test(text.slice(end, end + 30)),
        townWordAfter: j < runEnd && TOWN_SUFFIX.has(tokens[j + 1]!.lower),
        qualifierOf: () => qualifierAfter(text, end, gaz),
        afterUnknownNameOf: () => !!around!.head(),
        decided: trace && ((rule) => trace(words, rule)),
      });
      if (entry) {
        found = { end: j, entry: entry.entry, hint: entry.hint };
        break;
      }
    }
    if (!found) {
      i++;
      continue;
    }
    // A name the sentence shows is not the place: a surname, a street, a shop... (place-exclusions.ts).
    const name = { text, tokens, first: i, last: found.end, runEnd, entry: found.entry, ctx };
    const excluded = EXCLUSIONS.find((x) => x.when(name));
    if (excluded) {
      trace?.(text.slice(first.start, tokens[found.end]!.end), excluded.id);
      i = (excluded.resume === "after-run" ? runEnd : found.end) + 1;
      continue;
    }
    const end = tokens[found.end]!.end;
    const head = found.entry.kind === "province" ? around?.head() : null;
    if (head && found.entry.kind === "province") {
      // "the village of Novohnativka, Donetsk": a place the gazetteer lacks, in a province it knows.
      const words = text.slice(head.start, end);
      const name = head.name.replace(HEAD_SUFFIX, "");
      const location: Location = {
        ...toLocation(found.entry, words, gaz, null),
        name,
        kind: "town",
        precision: "admin1",
        gazetteerId: null,
      };
      out.push({ start: head.start, end, text: words, location, preposition: prepositionBefore(text, head.start) });
      i = found.end + 1;
      continue;
    }
    const words = text.slice(first.start, end);
    const preposition = prepositionBefore(text, first.start);
    out.push({
      start: first.start,
      end,
      text: words,
      location: toLocation(cityState(found.entry, words, preposition, gaz), words, gaz, null),
      preposition,
    });
    i = found.end + 1;
  }
  const framed = findFramedPlaces(text, gaz, ctx);
  // Names inside "(District, Province)" are read there, as one place, not one by one. The brackets
  // place a whole "City - Part" name too, when they put it in another country and either find the
  // part there or the city was read by another of its names: "Al Quds - Anata (Al Quds, West
  // Bank)" is not Israel's Jerusalem. ("Tripoli - Tripoli (Tripoli, West)" stays Libya's.)
  const elsewhere = (p: PlaceMention, f: PlaceMention) =>
    CITY_PART.test(text.slice(p.end, f.start)) &&
    f.location.country?.iso2 !== p.location.country?.iso2 &&
    (f.location.gazetteerId !== null || normaliseName(p.text) !== normaliseName(p.location.name));
  const rest = out.filter((p) => !framed.some((f) => (p.start < f.end && p.end > f.start) || elsewhere(p, f)));
  const all = [...rest, ...framed].sort((a, b) => a.start - b.start);
  const kept = all.filter((p, i) => !placedElsewhere(p, all, gaz) && !partOfNextPlace(p, all[i + 1], text, gaz));
  return [
    ...kept,
    ...findRelativePlaces(
      text,
      gaz,
      ctx,
      kept.filter((p) => rest.includes(p)),
    ),
  ].sort((a, b) => a.start - b.start);
}

/**
 * A capitalised name the gazetteer did not know, then a comma or "town in": "Novohnativka, ", "Lobacheve (west), ",
 * "Nahr-i-Saraj (Girishk) district, ", "Takihi town in ".
 */
const HEAD_KIND = "(?: (?:village|town|city|district|area|sub-county|municipality|township|commune))?";
const UNKNOWN_HEAD = new RegExp(
  // The name (up to four words, an Arabic article joined), a bracket, then a comma or "town in".
  `(?:^|[^\\p{L}\\p{N}'’.-])` +
    `((?:(?:al|el|ad|as|an|ar|at)-)?\\p{Lu}[\\p{L}\\p{N}'’.-]*` +
    `(?:[ -](?:\\p{Lu}[\\p{L}\\p{N}'’.-]*|de|del|la|el|al)){0,3}${HEAD_KIND})` +
    `(?:\\s*\\([^()]{1,20}\\))?${HEAD_KIND}` +
    `(?:,\\s*|(?<= (?:village|town|city|district|area|sub-district|neighbou?rhood|camp)) (?:in|of) (?:the )?)$`,
  "u",
);

function aroundName(text: string, start: number, found: readonly PlaceMention[], ctx: PlaceContext) {
  const previous = found[found.length - 1];
  const afterPlace = !!previous && /^,\s*$/.test(text.slice(previous.end, start));
  let head: { name: string; start: number } | null | undefined;
  const headOf = () => {
    if (head !== undefined) return head;
    const from = Math.max(0, start - 60, previous?.end ?? 0);
    // Only after a comma or "town in": the regular expression is the costly part.
    const m =
      afterPlace || !/(?:,|\b(?:in|of)(?: the)?)\s*$/.test(text.slice(Math.max(from, start - 8), start))
        ? null
        : UNKNOWN_HEAD.exec(text.slice(from, start));
    const name = m?.[1];
    // "CGT, FO, Sud": acronyms in a list are unions or parties, not villages.
    head =
      name &&
      /\p{Ll}/u.test(name) &&
      !NOT_PLACES.has(normaliseName(name)) &&
      !ctx.people?.has(normaliseName(name)) &&
      !OPENERS.test(name)
        ? { name, start: from + m.index + m[0].indexOf(name) }
        : null;
    return head;
  };
  return {
    ctx: listContext(text, start, found, ctx),
    preposition: prepositionBefore(text, start),
    afterPlace,
    head: headOf,
  };
}

/** After "Mariupol, " the next name is looked for first in Mariupol's country (Donetsk, Ukraine, not Russia). */
function listContext(text: string, start: number, found: readonly PlaceMention[], ctx: PlaceContext): PlaceContext {
  const last = found[found.length - 1];
  const iso2 = last?.location.country?.iso2;
  if (!last || !iso2 || !/^,\s*$/.test(text.slice(last.end, start))) return ctx;
  return { ...ctx, countries: [iso2, ...ctx.countries.filter((c) => c !== iso2)] };
}

/** Up to four capitalised words. */
const capitalisedName = fragment`(?:[\p{Lu}][\p{L}'’.-]*[\s-]+){0,3}[\p{Lu}][\p{L}'’.-]*`;
const listedKinds = oneOf`
  district
  province
  region
  county
  municipality
  township
  town
  city
  village
  area
  sub-county
  governorate
  state
`;
/** "in Severodonetsk, " before a name: the name is the next part of the same place. */
const PLACE_LIST = new RegExp(
  either`
    \b(in|at|near|outside|around)\s+(?:the\s+)?${capitalisedName}(?:\s+${listedKinds})?,\s*$
  `.source,
  "u",
);
/** "the village of Alkoma", "the capital of Ouagadougou": "of" after a kind of place introduces one. */
// "the prison of Valence", "the mayor of Toledo": an institution of a town names the town.
const PLACE_OF = new RegExp(
  either`
    \b${partsAndPeopleOf}\s+of\s+$
  `.source,
  "i",
);

function prepositionBefore(text: string, index: number): string {
  // "Iraq's Anbar province": the possessive places what follows in the possessor.
  if (/['’]s\s+$/.test(text.slice(Math.max(0, index - 4), index))) return "'s";
  // The expressions below are anchored at the end, which a regular expression can only try from
  // every start: they run only when the last word or mark before the name can end their match.
  const from = Math.max(0, index - 20);
  let end = index;
  while (end > from && SPACE.test(text[end - 1]!)) end--;
  // "in Severodonetsk, Luhansk": the province after a town shares the town's preposition.
  if (text[end - 1] === ",") {
    const listed = PLACE_LIST.exec(text.slice(Math.max(0, index - 80), index));
    if (listed) return listed[1]!.toLowerCase();
  }
  if (end < index && /of$/i.test(text.slice(end - 2, end)) && PLACE_OF.test(text.slice(Math.max(0, index - 30), index)))
    return "in";
  // The last word before the name, over any spaces and commas.
  while (end > from && (text[end - 1] === "," || SPACE.test(text[end - 1]!))) end--;
  let start = end;
  while (start > from) {
    if (LETTER.test(text.slice(start - 1, start))) start--;
    // A letter outside the Basic Multilingual Plane is two code units.
    else if (start - 2 >= from && LETTER.test(text.slice(start - 2, start))) start -= 2;
    else break;
  }
  return text.slice(start, end).toLowerCase();
}

const SPACE = /\s/;
const LETTER = /^\p{L}$/u;
const CITY_PART = /^\s+[-–]\s+$/;

const DIRECTIONS: Record<string, Relation["direction"]> = {
  north: "north",
  south: "south",
  east: "east",
  west: "west",
  northeast: "north-east",
  "north-east": "north-east",
  northwest: "north-west",
  "north-west": "north-west",
  southeast: "south-east",
  "south-east": "south-east",
  southwest: "south-west",
  "south-west": "south-west",
};

const compass = oneOf`
  north
  south
  east
  west
  north-?east
  north-?west
  south-?east
  south-?west
`;
/** "north of ", "outside " before a named place: where it lies from it. */
const DIRECTION_OF = new RegExp(either`\b(${compass}|outside|near)\s+of\s+(?:the\s+)?$`.source, "i");
const CAPITAL_WORD = /capital/i;
const RELATIVE = new RegExp(
  either`
    \b(${compass}|near|outside)(?:\s+of)?\s+(?:the\s+)?(?:([\p{Lu}][\p{L}-]+)\s+capital|capital)\b
  `.source,
  "giu",
);

/** "north of the Iraqi capital", "outside the capital": a place relative to a country's capital. */
function findRelativePlaces(text: string, gaz: Gazetteer, ctx: PlaceContext, named: PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  // Every phrase the expression finds holds the word; most sentences do not.
  const capitals = CAPITAL_WORD.test(text) ? execAll(RELATIVE, text) : [];
  for (const m of capitals) {
    const iso2 = m[2] ? gaz.countryByWord(m[2]) : ctx.countries[0];
    const capital = iso2 ? gaz.capital(iso2) : undefined;
    if (!capital) continue;
    const word = m[1]!.toLowerCase().replace(/^(north|south)(east|west)$/, "$1-$2");
    const relation: Relation = { direction: DIRECTIONS[word] ?? "near", anchor: capital.name };
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      location: toLocation(capital, m[0], gaz, relation),
      preposition: prepositionBefore(text, m.index),
    });
  }
  // A named place inside the phrase ("north of Baghdad") is resolved the same way.
  for (const p of named) {
    const before = text.slice(Math.max(0, p.start - 20), p.start);
    const dir = DIRECTION_OF.exec(before);
    if (!dir || p.location.kind === "country") continue;
    const word = dir[1]!.toLowerCase().replace(/^(north|south)(east|west)$/, "$1-$2");
    p.location = {
      ...p.location,
      precision: "near",
      relation: { direction: DIRECTIONS[word] ?? "near", anchor: p.location.name },
    };
  }
  return out;
}
