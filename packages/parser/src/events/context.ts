import type { Gazetteer, GazetteerEntry } from "../places/gazetteer.js";
import { normaliseName } from "../places/normalise-name.js";
import { anyOf } from "../text/any-of.js";
import { execAll } from "../text/exec-all.js";
import { qualifierAfter } from "./place-resolution.js";
import { GENERIC } from "./place-words.js";
import { datelineOf, outnumbers, type PlaceContext } from "./places.js";
import { MENTION_CHARS } from "./article-mentions.js";
import type { Sentence } from "./segments.js";
import { either, oneOf } from "../text/pattern.js";

const actingBodies = oneOf`
  forces
  troops
  army
  military
  soldiers
  warplanes
  jets
  aircraft
  drones
  navy
  air force
  ministry
  officials?
  government
  regime
  president
  diplomats
  authorities
  police
  militants
  militias?
  fighters
  rebels
  embassy
  consulate
  envoy
`;
const placePrepositions = oneOf`
  in
  at
  near
  outside
  around
`;
const institutionWords = oneOf`
  police
  ministry
  command
  army
  council
  office
  department
  forces
  government
  agency
  news
  times
  post
  party
  university
  hospital
  house
  tower
  towers
  street
  road
  square
  station
  airport
  province
  city
  county
  state
  district
  republic
  union
  group
  company
  club
  league
  prix
  grand
  united
  national
  international
  federal
  the
  said
  says
  fire
  brigade
  ambulance
  service
  services
  transport
  tram
  tramlink
  metropolitan
  railway
  rail
  bridge
  park
  market
  centre
  center
  hall
  stadium
  field
  bay
  beach
  valley
  port
  harbour
  harbor
  cathedral
  church
  mosque
  school
  college
  institute
  museum
  bank
  court
  prison
  corporation
  media
  press
  tv
  radio
  airways
  airlines
`;

const PARTY = new RegExp(
  either`
    ^\s+(?:[\w-]+\s+){0,2}?${actingBodies}\b
  `.source,
  "i",
);
const INTRODUCED = new RegExp(
  either`
    \b${placePrepositions}\s+((?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})(?![\p{L}'’-]|\s+\p{Lu})
  `.source,
  "gu",
);

/**
 * The countries of places a sentence introduces ("in Drancy", "near Avdiivka") whose every
 * place of that name lies in one country: they say where the article is, as a country's name
 * would.
 */
function unambiguousPlaces(
  text: string,
  gaz: Gazetteer,
  introduced: Set<string>,
): Array<[iso2: string, weight: number]> {
  const out: Array<[string, number]> = [];
  for (const m of execAll(INTRODUCED, text)) {
    const words = m[1]!.replace(/^the\s+/, "").split(/\s+/);
    // The whole name, not its first word: "Plaza Italia" says nothing of Płaza, Poland.
    const key = normaliseName(words.join(" "));
    const found = gaz.lookup(key).filter((e) => !e.alternate);
    if (found.length > 0) introduced.add(key);
    if (found.length === 0 || found.some((e) => e.kind === "country")) continue;
    // "near Azov, Donetsk": a province of another country after the comma says this is not Azov, Russia.
    const qualifier = qualifierAfter(text, m.index + m[0].length, gaz);
    if (qualifier.provinces.length > 0 && !found.some((e) => qualifier.provinces.some((p) => p.iso2 === e.iso2)))
      continue;
    const country = countryOfName(found);
    // "in London", "in Croydon": a city far larger than its namesakes elsewhere counts half as much.
    if (country) out.push([country.iso2, country.sure ? 2 : 1]);
  }
  return out;
}

/**
 * The country a name's places lie in: surely, when every one lies there; else the country of a city
 * five times the size of every namesake elsewhere ("London"); else none.
 */
function countryOfName(found: readonly GazetteerEntry[]): { iso2: string; sure: boolean } | undefined {
  if (found.length === 0) return undefined;
  if (found.every((e) => e.iso2 === found[0]!.iso2)) return { iso2: found[0]!.iso2, sure: true };
  const largest = found.reduce((a, b) => (b.population > a.population ? b : a));
  return outnumbers(largest, found, 5) ? { iso2: largest.iso2, sure: false } : undefined;
}

const WORD = /[\p{Lu}][\p{L}.-]*(?:['’]s)?/gu;

/** The country of the dateline's city, when the first lines of the article open on one the gazetteer knows. */
function datelineCountry(sentences: Sentence[], gaz: Gazetteer): string | undefined {
  const first = sentences.find((s) => s.part === "body") ?? sentences[0];
  const name = first ? datelineOf(first.text) : null;
  if (!name) return undefined;
  const found = gaz.lookup(normaliseName(name)).filter((e) => !e.alternate);
  return (found.find((e) => e.kind === "country") ?? countryOfName(found))?.iso2;
}

// Country-code domains used for other things than their country's news (.tv, .io, .me, .ai...).
const GENERIC_TLDS = new Set([
  "tv",
  "io",
  "me",
  "co",
  "ai",
  "fm",
  "am",
  "ly",
  "to",
  "cc",
  "ws",
  "nu",
  "tk",
  "gg",
  "is",
  "it",
]);

/** The country of an outlet's country-code domain ("bbc.co.uk" GB, "abc.net.au" AU), if it has one. */
function domainCountry(domain: string | null, gaz: Gazetteer): string | undefined {
  const tld = domain?.toLowerCase().split(".").pop();
  if (!tld || tld.length !== 2 || GENERIC_TLDS.has(tld)) return undefined;
  const iso2 = tld === "uk" ? "GB" : tld.toUpperCase();
  return gaz.country(iso2) ? iso2 : undefined;
}

const NAME = "[\\p{Lu}][\\p{L}'’-]+";
/** "President-elect Donald Trump", "FBI Director James Comey", "spokesman Zabihullah Mujahid". */
const titles = oneOf`
  President(?:-elect)?
  Vice President
  Mr
  Mrs
  Ms
  Miss
  Dr
  Sen
  Senator
  Rep
  Representative
  Governor
  Gov
  Gen
  General
  Col
  Colonel
  Lt
  Capt
  Captain
  Sgt
  Minister
  Secretary
  Director
  Chancellor
  Prince
  Princess
  King
  Queen
  Pope
  Sheikh
  Judge
  Justice
  Mayor
  Speaker
  Lady
  Lord
  Sir
  Commander
  [Ss]pokes(?:man|woman|person)
  [Ll]eader
  [Cc]andidate
  [Nn]ominee
  [Cc]hairman
  [Cc]hairwoman
  [Cc]oach
  [Mm]anager
  [Dd]river
  [Ss]inger
  [Aa]ctor
  [Aa]ctress
  [Ss]tar
  [Cc]hief
  [Aa]ide
  [Dd]eputy
`;
const TITLED = new RegExp(`\\b${titles.source}\\.?\\s+((?:${NAME}\\s+){0,2}${NAME})`, "gu");
/** "Hillary Clinton said", "Max Verstappen told": two or three names before a verb of saying. */
const SAYING_VERBS = "said|says|told|added|wrote|tweeted|insisted|admitted|blamed|declared|announced";
const SAYING = new RegExp(`((?:${NAME}\\s+){1,2}${NAME})(?:,[^,.]{3,60},)?\\s+(?:${SAYING_VERBS})\\b`, "gu");
/** Words that make a run of capitals an organisation's or a place's name, not a person's. */
const NOT_PERSON = new RegExp(
  either`
    ^${institutionWords}$
  `.source,
  "i",
);

const SAYS = new RegExp(`\\b(?:${SAYING_VERBS})\\b`);

/** The words of people's names an article uses, normalised: a town of that name is not read into prose. */
function peopleNamed(text: string, gaz: Gazetteer, out: Set<string>): void {
  // Most sentences name no one by a title or a verb of saying: each pattern only where it can match.
  for (const re of SAYS.test(text) ? [TITLED, SAYING] : [TITLED]) {
    for (const m of execAll(re, text)) {
      // Not the tail of a longer run of capitals ("German Chancellor Angela Merkel said").
      if (re === SAYING && RUN_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      const words = m[1]!.split(/\s+/).map((w) => w.replace(/['’]s$/, ""));
      if (words.some((w) => NOT_PERSON.test(w))) continue;
      // "Mosul Police", "Mazar-i-Sharif": a run the gazetteer knows whole is a place.
      if (words.length > 1 && gaz.lookup(normaliseName(words.join(" "))).length > 0) continue;
      for (const w of words) if (!gaz.countryByWord(w)) out.add(normaliseName(w));
    }
  }
}

const RUN_BEFORE = /\p{Lu}[\p{L}'’-]*\s$/u;

/** "Tom Johnston", "George W. Bush": a first name, an initial maybe, and one or two capitalised words. */
// Only from the start of a word: tried inside a long word, each start would read to its end again.
const GIVEN_NAME_RUN = new RegExp(`(?<![\\p{L}'’-])(${NAME})\\s+(?:\\p{Lu}\\.\\s+)?(${NAME}(?:\\s+${NAME})?)`, "gu");

/**
 * The words of names that open on an English first name ("Vladimir Putin", "Tom Johnston"): the
 * surname is a person's wherever the article uses it alone, and so is the whole name (not a village
 * the gazetteer lacks, before a comma); the first name too, unless it is also a country's, a
 * province's or a city's ("Sydney").
 */
function givenNamed(text: string, gaz: Gazetteer, out: Set<string>): void {
  for (const m of execAll(GIVEN_NAME_RUN, text)) {
    const [first, rest] = [m[1]!, m[2]!.split(/\s+/).map((w) => w.replace(/['’]s$/, ""))];
    if (!gaz.isGivenName(first) || gaz.countryByWord(rest[0]!)) continue;
    // "Sydney Harbour", "Jordan Valley", "Lincoln Memorial": a place's or an institution's name.
    const cut = rest.findIndex((w) => NOT_PERSON.test(w) || GENERIC.has(w.toLowerCase()));
    const surname = cut < 0 ? rest : rest.slice(0, cut);
    // "Alice Springs", "Tom Price": a place's name, whoever else bears it.
    if (surname.length === 0 || gaz.lookup(normaliseName(`${first} ${surname.join(" ")}`)).length > 0) continue;
    for (const w of surname) out.add(normaliseName(w));
    out.add(normaliseName(`${first} ${surname.join(" ")}`));
    if (!gaz.lookup(normaliseName(first)).some(isWellKnown)) out.add(normaliseName(first));
  }
}

/** A country, a province or a city of 100,000 people: a name that is more than some person's. */
const isWellKnown = (e: GazetteerEntry) => e.kind === "country" || e.kind === "province" || e.population >= 100_000;

/** Two capitalised words side by side, alone ("Donald Trump", not "New York City"): counted by `pairs`. */
function countPair(text: string, words: readonly RegExpExecArray[], i: number, pairs: Map<string, number>): void {
  const [prev, m, next, after] = [words[i - 1], words[i]!, words[i + 1], words[i + 2]];
  const adjacent = (a: RegExpExecArray | undefined, b: RegExpExecArray | undefined) =>
    !!a && !!b && b.index === a.index + a[0].length + 1 && text[a.index + a[0].length] === " ";
  if (!adjacent(m, next) || adjacent(prev, m) || adjacent(next, after)) return;
  const pair = `${m[0]} ${next![0].replace(/['’]s$|\.+$/, "")}`;
  pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
}

/** "Donald Trump" twice or more, not a place the gazetteer knows: a person's first name and surname. */
function repeatedNames(seen: ReadonlyMap<string, number>, gaz: Gazetteer, out: Set<string>): void {
  for (const [pair, n] of seen) {
    const words = pair.split(" ");
    if (n < 2 || words.some((w) => NOT_PERSON.test(w) || gaz.countryByWord(w))) continue;
    if (gaz.lookup(normaliseName(pair)).length > 0) continue;
    for (const w of words) out.add(normaliseName(w));
  }
}

/**
 * Missions and forces that work in one country only: a report of theirs is from that country
 * ("the OSCE SMM observed ...", "UNAMA said ..."), as a name of the country would say.
 */
const ONE_COUNTRY_BODIES: ReadonlyArray<[RegExp, string]> = [
  [/\bOSCE (?:SMM|Special Monitoring Mission)\b|\bSpecial Monitoring Mission to Ukraine\b/, "UA"],
  [/\bUNAMA\b/, "AF"],
  [/\bUNAMI\b/, "IQ"],
  [/\bMONUSCO\b/, "CD"],
  [/\bMINUSMA\b/, "ML"],
  [/\bMINUSCA\b/, "CF"],
  [/\bUNMISS\b/, "SS"],
  [/\bUNIFIL\b/, "LB"],
  [/\bUNSMIL\b/, "LY"],
  [/\b(?:AMISOM|ATMIS|UNSOM)\b/, "SO"],
  [/\bMINURSO\b/, "EH"],
  [/\b(?:KFOR|UNMIK|EULEX)\b/, "XK"],
  // Burkina Faso's civilian auxiliaries and self-defence groups.
  [/\b(?:VDP|Volunteers for the Defen[cs]e of the (?:Homeland|Fatherland)|Koglweogo)\b/, "BF"],
];
const ANY_BODY = anyOf(ONE_COUNTRY_BODIES.map(([re]) => re));

/**
 * The countries an article is about, most mentioned first. Country names and demonyms count;
 * a country after "in" counts double (it says where, not whose), and so does anything in the
 * title or standfirst. Ambiguous place names are settled in these countries' favour.
 */
export function articleContext(sentences: Sentence[], gaz: Gazetteer, domain: string | null = null): PlaceContext {
  const counts = new Map<string, number>();
  const add = (iso2: string | undefined, weight: number) => {
    if (iso2) counts.set(iso2, (counts.get(iso2) ?? 0) + weight);
  };
  // Where the reporter filed from and where the outlet is: the article's likeliest country, as far
  // as nothing in it says otherwise ("LONDON —" on a page of a .co.uk site: Manchester is England's).
  add(datelineCountry(sentences, gaz), 2);
  add(domainCountry(domain, gaz), 1);
  const people = new Set<string>();
  const introduced = new Set<string>();
  const pairs = new Map<string, number>();
  let read = 0;
  for (const s of sentences) {
    peopleNamed(s.text, gaz, people);
    // Names matter where places are read (article-mentions.ts), and a page of capitals would cost seconds.
    if ((read += s.text.length) <= MENTION_CHARS) givenNamed(s.text, gaz, people);
    const partWeight = s.part === "body" ? 1 : 2;
    const words = execAll(WORD, s.text);
    for (let i = 0; i < words.length; i++) {
      countPair(s.text, words, i, pairs);
      const m = words[i]!;
      const next = words[i + 1];
      const word = m[0].replace(/['’]s$/, "");
      // Two-word names first: "Saudi Arabia", "South Sudan", "United States".
      const pair = next && next.index === m.index + m[0].length + 1 ? `${word} ${next[0].replace(/['’]s$/, "")}` : null;
      const pairIso = pair ? gaz.countryByWord(pair) : undefined;
      const iso2 = pairIso ?? gaz.countryByWord(word);
      if (!iso2) continue;
      if (pairIso) i++;
      const where = /\b(?:in|across|throughout|inside|western|eastern|northern|southern|central)\s+$/i.test(
        s.text.slice(Math.max(0, m.index - 12), m.index),
      );
      // "Russian forces shelled ..." says whose forces, not where: a demonym before a party
      // counts for nothing, elsewhere half a name.
      const named = !gaz.isDemonym(pair && pairIso ? pair : word);
      if (!named && PARTY.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      counts.set(iso2, (counts.get(iso2) ?? 0) + partWeight * (where ? 2 : 1) * (named ? 1 : 0.5));
    }
    for (const [iso2, weight] of unambiguousPlaces(s.text, gaz, introduced))
      counts.set(iso2, (counts.get(iso2) ?? 0) + weight * partWeight);
    if (ANY_BODY.test(s.text))
      for (const [re, iso2] of ONE_COUNTRY_BODIES)
        if (re.test(s.text)) counts.set(iso2, (counts.get(iso2) ?? 0) + partWeight);
  }
  repeatedNames(pairs, gaz, people);
  // "in Croydon" says Croydon is a place, whatever "Croydon Tramlink" made of it.
  for (const key of introduced) people.delete(key);
  const countries = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([iso2]) => iso2);
  return {
    countries,
    people,
    introduced,
    isGivenName: (w) => gaz.isGivenName(w),
  };
}
