// What a name in a sentence is: the gazetteer's candidates for it (spellings, articles, provinces
// spelled otherwise, districts, transliterated cities), what follows it (a comma, brackets: the
// qualifier), and an ordered table of cases (RESOLUTION) that accepts or refuses the best candidate.
import type { Gazetteer, GazetteerEntry } from "../places/gazetteer.js";
import { ARTICLE, normaliseName } from "../places/normalise-name.js";
import { provinceNamed } from "./framed-places.js";
import {
  ASSAULTED,
  isLocality,
  NO_QUALIFIER,
  NOT_PLACES,
  outnumbers,
  pickCandidate,
  qualifies,
  type PlaceContext,
  type Qualifier,
} from "./place-candidates.js";
import { CONNECTORS, LOCATIVE, TOWN_SUFFIX } from "./place-words.js";
import { checkRules, type Examples } from "./rules/define.js";

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

/** What the resolver knows of a name once it has its best candidate: what each case reads. */
interface NameCase {
  words: string;
  key: string;
  /** The generic word the name ends with ("province", "city"), if any. */
  suffix: string | null;
  best: GazetteerEntry;
  pool: readonly GazetteerEntry[];
  qualifier: Qualifier;
  ctx: PlaceContext;
  at: NameSetting;
  afterUnknownName: boolean;
  /** The place lies in a country the article is about. */
  inContext: boolean;
  multiWord: boolean;
  /** A locative preposition introduces the name ("in", "near"). */
  introduced: boolean;
  /** What follows the name (a comma, brackets) says where the place is, and it agrees. */
  qualified: boolean;
  /** One word, no generic word, a town, and nothing after it says which. */
  single: boolean;
  /** A town named by a word stands for itself only after "in" or "at", alone, and not in capitals. */
  spelledOut: boolean;
  /** The article knows someone by the name. */
  aPerson: boolean;
}

/** A case of place resolution: when it holds, it decides; `pick` gives the place, or null for none. */
export interface ResolutionCase {
  id: string;
  why: string;
  when: (n: NameCase) => boolean;
  pick: (n: NameCase) => GazetteerEntry | null;
  examples: Examples;
}

const keep = (n: NameCase) => n.best;
const none = () => null;
const isTown = (n: NameCase) => n.best.kind === "town";

/**
 * The cases, in order: the first that holds decides. Early cases refuse a name (an ordinary word,
 * a person, a brand, a place the comma puts elsewhere); later ones accept it for what the text says.
 * A name no case accepts is no place.
 */
export const RESOLUTION: readonly ResolutionCase[] = checkRules<ResolutionCase>("place resolution", [
  {
    id: "country",
    why: "A country's name is the country.",
    when: (n) => n.best.kind === "country",
    pick: keep,
    examples: { yes: ["Talks resumed in Qatar on Sunday."], no: ["Talks resumed in Doha on Sunday."] },
  },
  {
    id: "word-or-person",
    why: "A small town named like an ordinary word or one of the article's people, where the text does not say which.",
    when: (n) => n.single && ((n.best.commonWord && !n.spelledOut) || (n.aPerson && n.best.population < 200_000)),
    pick: none,
    examples: {
      yes: ["The report gave Hope to the families."],
      no: ["Rockets struck Baghdad on Tuesday."],
    },
  },
  {
    id: "brand",
    why: "Mercedes, Toyota: a carmaker far more often than the town of its name.",
    when: (n) => n.single && BRANDS.has(n.key) && !n.spelledOut,
    pick: none,
    examples: { yes: ["Hamilton drove the Mercedes to victory."], no: ["Hamilton won the race in Monaco."] },
  },
  {
    id: "town-beside-another-province",
    why: "A town elsewhere by the name of a place in the province the comma names is not that place.",
    when: (n) =>
      isTown(n) &&
      n.qualifier.provinces.length > 0 &&
      !n.qualifier.provinces.some((p) => p.admin1Code === n.best.admin1Code),
    // "in Hajjah, Marib, and Sadah": a province of the comma's country by the name is a list's.
    pick: (n) =>
      n.pool.find(
        (c) =>
          c.kind === "province" &&
          !n.qualifier.provinces.includes(c) &&
          n.qualifier.provinces.some((p) => p.iso2 === c.iso2),
      ) ?? null,
    examples: {
      yes: ["Shells fell near Azov, Donetsk, on Monday."],
      no: ["Shells fell near Mariupol, Donetsk, on Monday."],
    },
  },
  {
    id: "province-abroad",
    why: "A province of another country than the comma's: 'Isla municipality, Veracruz' is not Malta's Isla.",
    when: (n) =>
      n.best.kind === "province" &&
      n.qualifier.provinces.length > 0 &&
      !n.qualifier.provinces.some((p) => p.iso2 === n.best.iso2),
    pick: none,
    examples: {
      yes: ["Historians met in Galicia, Lviv, on Monday."],
      no: ["Historians met in Lviv on Monday."],
    },
  },
  {
    id: "town-abroad",
    why: "A town of another country than the one the comma names: 'Guanyin, Taoyuan City' is not China's.",
    when: (n) =>
      isTown(n) &&
      n.qualifier.provinces.length === 0 &&
      n.qualifier.countries.length > 0 &&
      !n.qualifier.countries.includes(n.best.iso2),
    pick: none,
    examples: {
      yes: ["Farmers protested in Guanyin, Taoyuan City, on Friday."],
      no: ["Farmers protested in Taoyuan on Friday."],
    },
  },
  {
    id: "province-framed",
    why: "A province the text frames as one: in the article's country, called a province, introduced or after a name.",
    when: (n) =>
      n.best.kind === "province" && (n.inContext || !!n.suffix || n.introduced || n.qualified || n.afterUnknownName),
    pick: keep,
    examples: {
      yes: ["Clashes were reported in Idlib province on Monday."],
      no: ["Clashes were reported in Idlib city on Monday."],
    },
  },
  {
    id: "qualified-or-introduced",
    why: "A place the text introduces ('in Paris') or says where it is ('Morelia, Michoacan').",
    when: (n) => n.qualified || n.introduced,
    pick: keep,
    examples: {
      yes: ["The minister spoke in Lyon on Friday."],
      no: ["The minister met Lyon officials on Friday."],
    },
  },
  {
    id: "assaulted-town",
    why: "A town acted on by an assault ('shelled Mariupol'), where no namesake rivals it.",
    when: (n) =>
      ASSAULTED.has(n.at.preposition) &&
      isTown(n) &&
      !n.best.commonWord &&
      !n.best.alternate &&
      !n.aPerson &&
      (inOneCountry(n.pool) || outnumbers(n.best, n.pool, 5, 20_000)),
    pick: keep,
    examples: {
      yes: ["Russian forces shelled Kharkiv overnight."],
      no: ["Russian forces left Kharkiv overnight."],
    },
  },
  {
    id: "alternate-name",
    why: "An alternate name ('Noman' for Norman, Oklahoma) is a place only where the text says so.",
    when: (n) => n.best.alternate,
    pick: none,
    examples: {
      yes: ["The Bombay film industry grew."],
      no: ["The Mumbai film industry grew."],
    },
  },
  {
    id: "article-country",
    why: "A place in a country the article is about, unless a lone name opens the sentence.",
    when: (n) => n.inContext && (n.multiWord || !n.at.sentenceStart || !!n.ctx.introduced?.has(n.key)),
    pick: keep,
    examples: {
      yes: ["Iraq's army said Ramadi was calm."],
      no: ["Officials said Fallujah was calm."],
    },
  },
  {
    id: "said-city",
    why: "'Kabul city', 'Mosul city': a city said to be one, far larger than any namesake.",
    when: (n) => n.suffix === "city" && isTown(n) && outnumbers(n.best, n.pool, 10),
    pick: keep,
    examples: {
      yes: ["Mosul city was quiet on Friday."],
      no: ["Mosul was quiet on Friday."],
    },
  },
  {
    id: "headline-city",
    why: "'Kabul blast kills five': a headline opens on its place, when it is a city far larger than any namesake.",
    when: (n) =>
      n.at.headline && n.at.sentenceStart && isTown(n) && !n.best.commonWord && outnumbers(n.best, n.pool, 5),
    pick: keep,
    examples: { yes: ["Kabul blast kills five"], no: ["Blast kills five"] },
  },
  {
    id: "great-city",
    why: "'Rockets struck Baghdad': a great city, far larger than any namesake, mid-sentence and no one's name.",
    when: (n) =>
      isTown(n) &&
      !n.best.commonWord &&
      !n.at.sentenceStart &&
      !n.aPerson &&
      outnumbers(n.best, n.pool, 20, GREAT_CITY),
    pick: keep,
    examples: { yes: ["Russian forces left Kharkiv overnight."], no: ["Baghdad said the rockets came from the east."] },
  },
  {
    id: "one-place-of-the-name",
    why: "A name of several words that the gazetteer knows only one place (not a town) by.",
    when: (n) => n.multiWord && n.pool.length === 1 && n.best.kind !== "town",
    pick: keep,
    examples: {
      yes: ["Aid reached North Kivu last week."],
      no: ["Aid reached the province last week."],
    },
  },
  {
    id: "one-country-of-the-name",
    why: "A name of several words whose every place lies in one country, in an article about none.",
    when: (n) => n.multiWord && inOneCountry(n.pool) && n.ctx.countries.length === 0,
    pick: keep,
    examples: {
      yes: ["Pilgrims said Santiago de Compostela was full."],
      no: ["Pilgrims said the cathedral was full."],
    },
  },
]);

/** Where a name stands: what the resolver reads around it, the costly parts only when asked. */
export interface NameSetting {
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
  /** Told which case decided the name, to explain a reading (and to test the cases). */
  decided?: (rule: string) => void;
}

export function resolve(
  words: string,
  gaz: Gazetteer,
  ctx: PlaceContext,
  at: NameSetting,
): { entry: GazetteerEntry; hint: string | null; rule: string } | null {
  const { preposition, afterPlace } = at;
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
  const best = pickCandidate(pool, ctx, qualifier, afterPlace || afterUnknownName, key);
  if (!best) return null;
  const multiWord = key.includes(" ");
  const qualified = qualifies(best, qualifier) > 0;
  const name: NameCase = {
    words,
    key,
    suffix,
    best,
    pool,
    qualifier,
    ctx,
    at,
    afterUnknownName,
    inContext: ctx.countries.includes(best.iso2),
    multiWord,
    introduced: LOCATIVE.has(preposition),
    qualified,
    single: !multiWord && !suffix && best.kind === "town" && !qualified,
    spelledOut: /\p{Ll}/u.test(words) && at.standsAlone && /^(?:in|at|near|outside|around)$/.test(preposition),
    aPerson: ctx.people?.has(key) ?? false,
  };
  for (const c of RESOLUTION) {
    if (!c.when(name)) continue;
    const entry = c.pick(name);
    at.decided?.(c.id);
    return entry ? { entry, hint: suffix, rule: c.id } : null;
  }
  return null;
}
