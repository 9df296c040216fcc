// Names the gazetteer knows that the sentence shows are not that place: a surname, the start of a
// longer name, a street, a shop, a party, a currency, a newspaper, a club. An ordered table the
// walk of a sentence (places.ts) reads for each name found; the first case that holds drops it.
import type { GazetteerEntry } from "../places/gazetteer.js";
import { isLocality, NOT_PLACES, type PlaceContext } from "./place-candidates.js";
import {
  CLUB_AFTER,
  CURRENCY_AFTER,
  GENERIC,
  NEWSPAPER_AFTER,
  OPENERS,
  PEOPLES,
  SHOP_AFTER,
  STREET_AFTER,
  STREET_LAST,
} from "./place-words.js";
import { checkRules, type Examples } from "./rules/define.js";

/** A word of the sentence, as the walk reads it. */
export interface NameToken {
  start: number;
  end: number;
  word: string;
  lower: string;
  capital: boolean;
}

/** A name found: its tokens (first to last) within the run of name-like words, and its place. */
export interface FoundName {
  text: string;
  tokens: readonly NameToken[];
  first: number;
  last: number;
  /** The last token of the run of capitalised and joining words the name starts. */
  runEnd: number;
  entry: GazetteerEntry;
  ctx: PlaceContext;
}

export interface Exclusion {
  id: string;
  why: string;
  when: (f: FoundName) => boolean;
  /** Where the walk goes on: after the name, or after the whole run of capitalised words. */
  resume: "after-name" | "after-run";
  examples: Examples;
}

const after = (f: FoundName, length: number) => {
  const end = f.tokens[f.last]!.end;
  return f.text.slice(end, end + length);
};

export const EXCLUSIONS: readonly Exclusion[] = checkRules<Exclusion>("place exclusion", [
  {
    id: "first-name",
    why: "A town named like a first name, before a surname the article gives a person ('Vladimir Putin').",
    when: (f) => {
      const next = f.tokens[f.last + 1];
      return (
        f.first === f.last &&
        !!f.ctx.isGivenName?.(f.tokens[f.first]!.word) &&
        !!next &&
        next.capital &&
        /^\s+$/.test(f.text.slice(f.tokens[f.last]!.end, next.start)) &&
        !!f.ctx.people?.has(next.lower.replace(/['’]s$/, "")) &&
        isLocality(f.entry)
      );
    },
    resume: "after-run",
    examples: {
      yes: ["Russia's envoy met Vladimir Putin on Monday."],
      no: ["The envoy flew to Vladimir on Monday."],
    },
  },
  {
    id: "surname",
    why: "One capitalised word after another, mid-sentence, is a surname ('Hillary Clinton'), not a town.",
    when: (f) => {
      const prev = f.tokens[f.first - 1];
      return (
        f.tokens.slice(f.first, f.last + 1).filter((t) => !GENERIC.has(t.lower)).length === 1 &&
        !!prev &&
        prev.capital &&
        // In capitals every word is one: "NEAR SOYAPANGO", "ATTACKED SOYAPANGO" name no one.
        /\p{Ll}/u.test(prev.word) &&
        !OPENERS.test(prev.word) &&
        !NOT_PLACES.has(prev.lower) &&
        !/[,.;:(]/.test(f.text.slice(prev.end, f.tokens[f.first]!.start)) &&
        isLocality(f.entry)
      );
    },
    resume: "after-name",
    examples: {
      yes: ["Protesters met Nnamdi Clinton in Washington."],
      no: ["Protesters met the senator in Clinton.", "THE ARMY ATTACKED REBEL POSITIONS NEAR SOYAPANGO."],
    },
  },
  {
    id: "start-of-a-longer-name",
    why: "A known name that begins a longer one the gazetteer lacks ('Moe Bye') is not that place, unless the article \
is about its country.",
    when: (f) => {
      // What follows "of" ("Achin district of Nangarhar") is another name, not more of this one.
      const further = f.tokens.slice(f.last + 1, f.runEnd + 1);
      const ofAt = further.findIndex((t) => t.lower === "of");
      const unmatched = (ofAt < 0 ? further : further.slice(0, ofAt)).some((t) => t.capital && !GENERIC.has(t.lower));
      return unmatched && isLocality(f.entry) && !f.ctx.countries.includes(f.entry.iso2);
    },
    resume: "after-run",
    examples: {
      yes: ["Fighting was reported in Mosul Zarkhi Qala on Monday."],
      no: ["Fighting was reported in Mosul on Monday."],
    },
  },
  {
    id: "street",
    why: "A street or a square named after someone or somewhere ('Dante square', 'El Cid avenue') is not that town.",
    when: (f) => isLocality(f.entry) && (STREET_AFTER.test(after(f, 16)) || STREET_LAST.test(f.tokens[f.last]!.lower)),
    resume: "after-name",
    examples: {
      yes: ["Crowds marched down Baghdad street in Amman."],
      no: ["Crowds marched down the street in Baghdad."],
    },
  },
  {
    id: "shop",
    why: "'outside McDonald's in Sheffield': a shop's name, not the town of McDonald.",
    when: (f) => isLocality(f.entry) && SHOP_AFTER.test(after(f, 16)),
    resume: "after-name",
    examples: {
      yes: ["He was stabbed outside McDonald's in Sheffield."],
      no: ["He was stabbed outside a bar in Sheffield."],
    },
  },
  {
    id: "party",
    why: "'the Luhansk People's Militia', 'the Sudan People's Liberation Army': a party's name, not where.",
    when: (f) => PEOPLES.test(after(f, 12)),
    resume: "after-name",
    examples: { yes: ["Fighters of the Sudan People's Liberation Army left."], no: ["Fighters left Sudan on Monday."] },
  },
  {
    id: "currency",
    why: "'against the US dollar': a currency, not where anything happened.",
    when: (f) => f.entry.kind === "country" && CURRENCY_AFTER.test(after(f, 10)),
    resume: "after-name",
    examples: { yes: ["The rouble fell against the US dollar."], no: ["The rouble fell in the US."] },
  },
  {
    id: "newspaper",
    why: "'The Washington Post': a newspaper, not the city.",
    when: (f) => NEWSPAPER_AFTER.test(after(f, 16)),
    resume: "after-name",
    examples: {
      yes: ["Police in Indonesia spoke to the Jakarta Post."],
      no: ["Police in Indonesia spoke to reporters in Jakarta."],
    },
  },
  {
    id: "club",
    why: "'a Crystal Palace fan', 'the Chelsea manager': a club's name.",
    when: (f) => CLUB_AFTER.test(after(f, 14)),
    resume: "after-name",
    examples: {
      yes: ["A Crystal Palace fan was injured at the match."],
      no: ["A fan was injured at Crystal Palace."],
    },
  },
]);
