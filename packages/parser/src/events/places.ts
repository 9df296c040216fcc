import type { Location, Relation } from "@sitrep/schema";
import type { Gazetteer, GazetteerEntry } from "../places/gazetteer.js";
import { ARTICLE, normaliseName } from "../places/normalise-name.js";
import { execAll } from "../text/exec-all.js";
import { findFramedPlaces, HEAD_SUFFIX, provinceNamed } from "./framed-places.js";
import { partOfNextPlace, placedElsewhere } from "./place-consistency.js";
import {
  ASSAULTED,
  isLocality,
  NO_QUALIFIER,
  NOT_PLACES,
  outnumbers,
  pickCandidate,
  qualifies,
  toLocation,
  type PlaceContext,
  type PlaceMention,
  type Qualifier,
} from "./place-candidates.js";

export {
  outnumbers,
  saysWhere,
  specificity,
  toLocation,
  type PlaceContext,
  type PlaceMention,
  type Qualifier,
} from "./place-candidates.js";

// An ampersand between capitals stays inside the word: "J&K" names a province.
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*(?:&\p{Lu}[\p{L}\p{N}’'.-]*)*/gu;
const CONNECTORS = new Set([
  "al",
  "el",
  "ad",
  "ar",
  "as",
  "an",
  "at",
  "ash",
  "ez",
  "az",
  "es",
  "ed",
  "ul",
  "dos",
  "das",
  "los",
  "las",
  "des",
  "e",
  "de",
  "del",
  "da",
  "di",
  "du",
  "la",
  "le",
  "of",
  "bin",
  "ibn",
  "abu",
  "van",
  "von",
  "y",
  "imeni",
]);
const GENERIC = new Set([
  "province",
  "governorate",
  "region",
  "state",
  "district",
  "city",
  "town",
  "village",
  "county",
  "prefecture",
  "oblast",
  "department",
  "municipality",
  "upazila",
  "tehsil",
  "taluka",
  "taluk",
  "air",
  "base",
  "airport",
  "airbase",
  "camp",
]);
// Not "of" or "and": they join the words of organisations' names ("Federation of Used Car Dealers").
const LOCATIVE = new Set([
  "in",
  "at",
  "near",
  "outside",
  "around",
  "across",
  "into",
  "to",
  "from",
  "on",
  "toward",
  "towards",
  "inside",
  "within",
  "between",
  "through",
  "throughout",
  "western",
  "eastern",
  "northern",
  "southern",
  "central",
  "downtown",
]);
/** Capitalised words that open a sentence without naming anyone: "Yesterday Baghdad was quiet." */
const OPENERS =
  /^(?:yesterday|today|tonight|earlier|later|overnight|photo|image|video|residents|police|officials|witnesses|troops|soldiers|protesters|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

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
  for (const m of execAll(TOKEN, text)) {
    // "Iraq's" names Iraq; a final full stop ends the sentence, not the name.
    const word = withoutEnding(m[0]);
    if (!word) continue;
    const lower = word.toLowerCase();
    const capital = isCapital(word);
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

/** "Iraq's" -> "Iraq", "Iraqis'" -> "Iraqis", "U.S." -> "U.S". */
function withoutEnding(w: string): string {
  if (w.length >= 2 && w[w.length - 1] === "s" && (w[w.length - 2] === "'" || w[w.length - 2] === "’"))
    return w.slice(0, -2);
  const last = w[w.length - 1];
  return last === "'" || last === "’" || last === "." ? w.slice(0, -1) : w;
}

const ARTICLE_CAPITAL = /^(?:al|el|ad|ar|as|an|at|ash)-\p{Lu}/u;
const UPPER = /^\p{Lu}/u;
/** Capitalised, or an Arabic article joined to a capital. ASCII first letters without a regular expression: most words. */
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

/** "LONDON —", "WASHINGTON (Reuters) -", "KABUL, Afghanistan —": the place a story was filed from. */
const DATELINE =
  /^\s*(?:(?:Photo|Image|Video)\s+)?(\p{Lu}[\p{Lu}\p{M} .'’-]{2,40}?)(?:,\s*[\p{L}. ]{2,30})?\s*(?:\([^)]{1,30}\))?\s*(?:--|[—–-])\s/u;

/**
 * Places named in one sentence: the longest run of capitalised words (with connectors such as
 * "al" and generic words such as "province") that the gazetteer knows. A town in a country
 * the article is not about is kept only when a preposition introduces it ("in Paris"), so
 * people's names ("Mark Esper") are not taken for towns.
 */
export function findPlaces(text: string, gaz: Gazetteer, ctx: PlaceContext, headline = false): PlaceMention[] {
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
    // "Hillary Clinton", "Mark Esper": one capitalised word after another, mid-sentence, is a
    // surname, not a town (countries and provinces excepted: "Lake Chad" still names Chad).
    const prev = tokens[i - 1];
    const surname =
      tokens.slice(i, found.end + 1).filter((t) => !GENERIC.has(t.lower)).length === 1 &&
      prev &&
      prev.capital &&
      !OPENERS.test(prev.word) &&
      !NOT_PLACES.has(prev.lower) &&
      !/[,.;:(]/.test(text.slice(prev.end, first.start)) &&
      isLocality(found.entry);
    if (surname) {
      i = found.end + 1;
      continue;
    }
    // "Man Nawng Kawng", "Moe Bye": a known name that begins a longer one the gazetteer lacks
    // is not that place, unless the article is about its country.
    // What follows "of" ("Achin district of Nangarhar") is another name, not more of this one.
    const further = tokens.slice(found.end + 1, runEnd + 1);
    const ofAt = further.findIndex((t) => t.lower === "of");
    const unmatched = (ofAt < 0 ? further : further.slice(0, ofAt)).some((t) => t.capital && !GENERIC.has(t.lower));
    if (unmatched && isLocality(found.entry) && !ctx.countries.includes(found.entry.iso2)) {
      i = runEnd + 1;
      continue;
    }
    const end = tokens[found.end]!.end;
    // "Dante square in Napoli", "Colombo Square", "El Cid avenue": a street or a square named
    // after someone or somewhere is not that town; the town is named next.
    if (
      isLocality(found.entry) &&
      (STREET_AFTER.test(text.slice(end, end + 16)) || STREET_LAST.test(tokens[found.end]!.lower))
    ) {
      i = found.end + 1;
      continue;
    }
    // "outside McDonald's in Sheffield": a shop's name, not the town of McDonald.
    if (isLocality(found.entry) && SHOP_AFTER.test(text.slice(end, end + 16))) {
      i = found.end + 1;
      continue;
    }
    // "the Luhansk People's Militia", "the Sudan People's Liberation Army": a party's name, not where.
    // "against the US dollar": a currency, not where anything happened; "The Washington Post", a newspaper.
    // "a Crystal Palace fan", "the Chelsea manager": a club's name.
    if (
      PEOPLES.test(text.slice(end, end + 12)) ||
      (found.entry.kind === "country" && CURRENCY_AFTER.test(text.slice(end, end + 10))) ||
      NEWSPAPER_AFTER.test(text.slice(end, end + 16)) ||
      CLUB_AFTER.test(text.slice(end, end + 14))
    ) {
      i = found.end + 1;
      continue;
    }
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

/** A capitalised name the gazetteer did not know, then a comma or "town in": "Novohnativka, ", "Lobacheve (west), ", "Nahr-i-Saraj (Girishk) district, ", "Takihi town in ". */
const HEAD_KIND = "(?: (?:village|town|city|district|area|sub-county|municipality|township|commune))?";
const UNKNOWN_HEAD = new RegExp(
  `(?:^|[^\\p{L}\\p{N}'’.-])((?:(?:al|el|ad|as|an|ar|at)-)?\\p{Lu}[\\p{L}\\p{N}'’.-]*(?:[ -](?:\\p{Lu}[\\p{L}\\p{N}'’.-]*|de|del|la|el|al)){0,3}${HEAD_KIND})(?:\\s*\\([^()]{1,20}\\))?${HEAD_KIND}(?:,\\s*|(?<= (?:village|town|city|district|area|sub-district|neighbou?rhood|camp)) (?:in|of) (?:the )?)$`,
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
      name && /\p{Ll}/u.test(name) && !NOT_PLACES.has(normaliseName(name)) && !OPENERS.test(name)
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

/** "in Severodonetsk, " before a name: the name is the next part of the same place. */
const PLACE_LIST =
  /\b(in|at|near|outside|around)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*[\s-]+){0,3}[\p{Lu}][\p{L}'’.-]*(?:\s+(?:district|province|region|county|municipality|township|town|city|village|area|sub-county|governorate|state))?,\s*$/u;
/** "the village of Alkoma", "the capital of Ouagadougou": "of" after a kind of place introduces one. */
// "the prison of Valence", "the mayor of Toledo": an institution of a town names the town.
const PLACE_OF =
  /\b(?:village|town|city|capital|outskirts|suburbs?|area|district|province|region|state|county|municipality|governorate|neighbou?rhood|port|vicinity|centre|center|streets|heart|countryside|residents|inhabitants|villagers|townspeople|prison|jail|hospital|mayor|prefecture|tribunal|courthouse|town hall|city hall|harbou?r)\s+of\s+$/i;

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

/** Every place of the name lies in one country. */
const inOneCountry = (pool: readonly GazetteerEntry[]) => new Set(pool.map((c) => c.iso2)).size === 1;
const GREAT_CITY = 1_000_000;
const BRANDS = new Set([
  "mercedes",
  "ferrari",
  "mclaren",
  "toyota",
  "honda",
  "nissan",
  "renault",
  "porsche",
  "bentley",
  "audi",
  "peugeot",
  "citroen",
  "volvo",
  "tesla",
]);
const ABBREVIATION = /^(?:St|Ste|Mt|Ft|Pt|Sta|Sto|Sv)$/;
const STREETS = "square|street|avenue|boulevard|roundabout|lane|alley";
const NEWSPAPER_AFTER =
  /^\s+(?:Post|Times|Herald|Tribune|Journal|Gazette|Chronicle|Examiner|Telegraph|Observer|Courier|Inquirer|Daily News)\b/;
const CURRENCY_AFTER = /^\s+dollars?\b/i;
const CLUB_AFTER = /^\s+(?:fans?|supporters|striker|defender|midfielder|goalkeeper|manager|F\.?C\.?)\b/;
const PEOPLES = /^\s+People['’]s\b/;
const SHOP_AFTER =
  /^['’]s(?:\s+(?:in|at|on|near|restaurant|store|shop|outlet|branch|headquarters|offices?)\b|\s*[,.;)])/;
const STREET_AFTER = new RegExp(`^\\s+(?:${STREETS})s?\\b`, "i");
const STREET_LAST = new RegExp(`^(?:${STREETS})$`);
const SPACE = /\s/;
const LETTER = /^\p{L}$/u;

const CITY_PART = /^\s+[-–]\s+$/;
const PARTS = "village|town|city|district|area|neighbou?rhood|sub-district|township|municipality";
// "Mariupol, Donetsk", "Isla municipality, Veracruz".
const COMMA_QUALIFIER = new RegExp(
  `^(?:\\s+(?:${PARTS}))?,\\s*((?:[\\p{Lu}][\\p{L}'’.-]*)(?:[ -](?:[\\p{Lu}][\\p{L}'’.-]*|de|del|la|el|al|of)){0,5})`,
  "u",
);
const IN_QUALIFIER = new RegExp(
  `^(\\s+(?:${PARTS}))?\\s+(?:in|of)\\s+(?:the\\s+)?((?:[\\p{Lu}][\\p{L}'’.-]*)(?:[ -][\\p{Lu}][\\p{L}'’.-]*){0,3})`,
  "u",
);
const PART_LAST = new RegExp(`\\s(?:${PARTS})$`, "i");
const PROVINCE_WORDS = "province|governorate|region|state|district|county|department|oblast";
const PROVINCE_WORD = new RegExp(`\\s+(?:${PROVINCE_WORDS})$`, "i");
const PROVINCE_OR_CITY_WORD = new RegExp(`\\s+(?:${PROVINCE_WORDS}|city)$`, "i");
const BRACKET_QUALIFIER = /^\s*\(([^()]{2,90})\)/u;

export function qualifierAfter(text: string, end: number, gaz: Gazetteer): Qualifier {
  const rest = text.slice(end, end + 100);
  const bracket = BRACKET_QUALIFIER.exec(rest);
  // "Almaly district in Almaty city": the place a district or a village is said to be in.
  const within = bracket ? null : IN_QUALIFIER.exec(rest);
  const inPlace = within && (within[1] || PART_LAST.test(text.slice(Math.max(0, end - 16), end))) ? within[2]! : null;
  const parts = bracket
    ? bracket[1]!.split(",").map((p) => p.trim())
    : [inPlace ?? COMMA_QUALIFIER.exec(rest)?.[1] ?? ""];
  // A province's generic word goes; a city's too when the place is said to be in one ("in Almaty city").
  const last = parts[parts.length - 1]!.replace(inPlace ? PROVINCE_OR_CITY_WORD : PROVINCE_WORD, "");
  if (!last || !/^\p{Lu}/u.test(last)) return NO_QUALIFIER;
  const key = normaliseName(last);
  const found = gaz.lookup(key);
  const provinces = found.filter((e) => e.kind === "province");
  const countries = found.filter((e) => e.kind === "country").map((e) => e.iso2);
  if (provinces.length === 0 && countries.length === 0) {
    // "Lale, Boulgou": a district (Burkina Faso's provinces are one) says its province; "Muse
    // district, Shan-North state" a part of a province, as brackets do; "Kelly town in Idleb" a
    // province spelled otherwise.
    const named = provinceNamed(last, gaz);
    if (named.length > 0) return { provinces: named, countries: [] };
    if (inPlace) {
      // A district in a city is in the city's province, where every town of the name is in one.
      const cities = found.filter((e) => e.kind === "town" && !e.alternate && e.admin1Code);
      const held = [...new Set(cities.map((e) => e.admin1Code!))].flatMap((code) => gaz.admin1(code) ?? []);
      if (held.length === 1) return { provinces: held, countries: [] };
    }
    // "Xinyi, Nantou", "Guanyin, Taoyuan City": a town of one country after the comma says the country.
    if (!bracket && !inPlace) {
      const towns = (found.length > 0 ? found : gaz.lookup(key.replace(/ city$/, ""))).filter(
        (e) => isLocality(e) && !e.alternate && e.population >= 1_000,
      );
      if (towns.length > 0 && inOneCountry(towns)) return { provinces: [], countries: [towns[0]!.iso2] };
    }
    const like = key.length >= 5 ? [...gaz.provincesNear(key), ...gaz.provincesLike(key)] : [];
    return like.length > 0 ? { provinces: like, countries: [] } : NO_QUALIFIER;
  }
  return { provinces, countries };
}

/** Where a name stands: what the resolver reads around it, the costly parts only when asked. */
interface NameSetting {
  /** The word before the name ("in", "of"), lower case. */
  preposition: string;
  sentenceStart: boolean;
  /** The sentence is a headline. */
  headline: boolean;
  /** The name follows another place and a comma ("Mariupol, Donetsk"). */
  afterPlace: boolean;
  standsAlone: boolean;
  /** A town's generic word follows the name ("Pauk Taw village"). */
  townWordAfter: boolean;
  qualifierOf: () => Qualifier;
  /** The name follows an unknown capitalised name and a comma ("Novohnativka, Donetsk"). */
  afterUnknownNameOf: () => boolean;
}

function resolve(
  words: string,
  gaz: Gazetteer,
  ctx: PlaceContext,
  at: NameSetting,
): { entry: GazetteerEntry; hint: string | null } | null {
  const { preposition, sentenceStart, headline, afterPlace, standsAlone } = at;
  const key = normaliseName(words);
  // "Al" alone is an article, "French" a demonym: neither names a town.
  if (NOT_PLACES.has(key) || CONNECTORS.has(key) || (!key.includes(" ") && gaz.isDemonym(key))) return null;
  const suffix = /\s(province|governorate|region|state|district|city|town|village)$/.exec(key)?.[1] ?? null;
  let candidates = gaz.lookup(key);
  if (candidates.length === 0 && suffix) candidates = gaz.lookup(key.slice(0, -suffix.length - 1));
  // "Ar Raqqa" is Raqqa: the article is written or not.
  if (candidates.length === 0 && ARTICLE.test(key)) candidates = gaz.lookup(key.replace(ARTICLE, ""));
  // A province spelled another way ("Idleb", "Al Hasakeh"): trusted only when it names one province.
  // Also when only a town's alternate name matched: "Idleb" is Idlib the town's, too.
  // Not a name said to be a town's ("Pauk Taw village" is not Paktia spelled otherwise).
  if (
    candidates.every((c) => c.alternate) &&
    /^\p{Lu}/u.test(words) &&
    !TOWN_SUFFIX.has(suffix ?? "") &&
    !at.townWordAfter
  ) {
    // Not a province of another country: "Torino" is Turin's, not Tiranë spelled otherwise.
    const countries = new Set(candidates.map((c) => c.iso2));
    const like = gaz
      .provincesLike(suffix ? key.slice(0, -suffix.length - 1) : key)
      .filter((p) => candidates.length === 0 || countries.has(p.iso2));
    if (like.length === 1 || (like.length > 1 && like.filter((c) => ctx.countries.includes(c.iso2)).length === 1))
      candidates = [...like, ...candidates];
  }
  // "Lale, Boulgou", "in Seno province": a district the gazetteer knows only as part of a
  // province stands for that province where the text frames it as one (after a comma, or so called).
  const calledOne = suffix === "province" || suffix === "district";
  if (candidates.length === 0 && (afterPlace || calledOne || at.afterUnknownNameOf())) {
    candidates = gaz.provincesOfDistrict(calledOne ? key.slice(0, -suffix.length - 1) : key);
  }
  // "Nassriya city", "in Nassriya": a city of a transliterated name, spelled without a vowel of it.
  if (candidates.length === 0 && /^\p{Lu}/u.test(words) && (suffix === "city" || LOCATIVE.has(preposition))) {
    const like = gaz.citiesLike(suffix ? key.slice(0, -suffix.length - 1) : key);
    if (like.length === 1) candidates = like;
  }
  if (candidates.length === 0) return null;
  // Read only for a name the gazetteer knows: most capitalised words are not places.
  const qualifier = at.qualifierOf();
  const hinted =
    suffix === "province" || suffix === "governorate" || suffix === "region" || suffix === "state"
      ? candidates.filter((c) => c.kind === "province")
      : suffix === "city" || suffix === "town" || suffix === "village" || suffix === "district"
        ? candidates.filter((c) => c.kind === "town")
        : candidates;
  const pool = hinted.length > 0 ? hinted : candidates;
  // Read only when a province is among the candidates: most names are not after a comma.
  const afterUnknownName = pool.some((c) => c.kind === "province") && at.afterUnknownNameOf();
  const best = pickCandidate(pool, ctx, qualifier, afterPlace || afterUnknownName);
  if (!best) return null;
  const inContext = ctx.countries.includes(best.iso2);
  const multiWord = key.includes(" ");
  const introduced = LOCATIVE.has(preposition);
  const qualified = qualifies(best, qualifier) > 0;
  if (best.kind === "country") return { entry: best, hint: suffix };
  // "as Donald is elected", "Republicans in Congress": a small town named like one of the
  // article's people, or by an ordinary word, only where the text says which town.
  const single = !multiWord && !suffix && best.kind === "town" && !qualified;
  // "demonstrated in Valence", "gathered in Dover": a town named by a word stands for itself
  // only after "in" or "at", alone, and not in capitals ("on IS positions", "in Hole Camp").
  const spelledOut = /\p{Ll}/u.test(words) && standsAlone && /^(?:in|at|near|outside|around)$/.test(preposition);
  if (single && ((best.commonWord && !spelledOut) || (ctx.people?.has(key) && best.population < 200_000))) return null;
  // "Mercedes", "Toyota": a carmaker far more often than the town it shares a name with.
  if (single && BRANDS.has(key) && !spelledOut) return null;
  // "Azov, Donetsk", "Vasylivka, Donetsk": a town elsewhere (abroad, or in another province) by
  // the name of a place in the province the comma names is not that place; the head is then read
  // as a place the gazetteer lacks, in that province. So even in an article about the town's
  // country: Ukrainian forces "fired at Russian positions near Azov, Donetsk" mean Donetsk's Azov.
  if (
    best.kind === "town" &&
    qualifier.provinces.length > 0 &&
    !qualifier.provinces.some((p) => p.admin1Code === best.admin1Code)
  ) {
    // "in Hajjah, Marib, and Sadah": a province of the comma's country by the name is a list's.
    const listed = pool.find(
      (c) =>
        c.kind === "province" && !qualifier.provinces.includes(c) && qualifier.provinces.some((p) => p.iso2 === c.iso2),
    );
    return listed ? { entry: listed, hint: suffix } : null;
  }
  // A province of another country than the comma's ("Isla municipality, Veracruz" is not Malta's Isla).
  if (
    best.kind === "province" &&
    qualifier.provinces.length > 0 &&
    !qualifier.provinces.some((p) => p.iso2 === best.iso2)
  )
    return null;
  // So too a town of another country than the comma names ("Guanyin, Taoyuan City" is not Guanyin, China).
  if (
    best.kind === "town" &&
    qualifier.provinces.length === 0 &&
    qualifier.countries.length > 0 &&
    !qualifier.countries.includes(best.iso2)
  )
    return null;
  // "Novohnativka, Donetsk": after a name and a comma, a province qualifies the name.
  if (best.kind === "province" && (inContext || suffix || introduced || qualified || afterUnknownName))
    return { entry: best, hint: suffix };
  if (qualified || introduced) return { entry: best, hint: suffix };
  // "Russian forces shelled Mariupol": a town acted on by an assault, where no namesake rivals it.
  if (
    ASSAULTED.has(preposition) &&
    best.kind === "town" &&
    !best.commonWord &&
    !best.alternate &&
    !ctx.people?.has(key) &&
    (inOneCountry(pool) || outnumbers(best, pool, 5, 20_000))
  ) {
    return { entry: best, hint: suffix };
  }
  // An alternate name ("Noman" for Norman, Oklahoma) is a place only where the text says so.
  if (best.alternate) return null;
  if (inContext && (multiWord || !sentenceStart || ctx.introduced?.has(key))) return { entry: best, hint: suffix };
  // "Kabul city", "Mosul city": a city said to be one, far larger than any namesake.
  if (suffix === "city" && best.kind === "town" && outnumbers(best, pool, 10)) return { entry: best, hint: suffix };
  // "Croydon tram crash: ...", "Kabul blast kills five": a headline opens on its place, when that
  // is a city far larger than any namesake.
  if (headline && sentenceStart && best.kind === "town" && !best.commonWord && outnumbers(best, pool, 5))
    return { entry: best, hint: suffix };
  // "the tribunal of Paris", "rockets struck Baghdad": a great city, far larger than any namesake,
  // is that city wherever it stands mid-sentence, unless the article knows someone by the name.
  if (
    best.kind === "town" &&
    !best.commonWord &&
    !sentenceStart &&
    !ctx.people?.has(key) &&
    outnumbers(best, pool, 20, GREAT_CITY)
  )
    return { entry: best, hint: suffix };
  // A name of several words that the gazetteer knows only one place by is that place.
  if (multiWord && pool.length === 1 && best.kind !== "town") return { entry: best, hint: suffix };
  if (multiWord && inOneCountry(pool) && ctx.countries.length === 0) return { entry: best, hint: suffix };
  return null;
}

const TOWN_SUFFIX = new Set(["city", "town", "village"]);

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

const CAPITAL_WORD = /capital/i;
const RELATIVE =
  /\b(north|south|east|west|north-?east|north-?west|south-?east|south-?west|near|outside)(?:\s+of)?\s+(?:the\s+)?(?:([\p{Lu}][\p{L}-]+)\s+capital|capital)\b/giu;

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
    const dir =
      /\b(north|south|east|west|north-?east|north-?west|south-?east|south-?west|outside|near)\s+of\s+(?:the\s+)?$/i.exec(
        before,
      );
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
