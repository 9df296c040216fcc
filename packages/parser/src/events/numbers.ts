import type { Qualifier } from "@sitrep/schema";
import { execAll } from "../text/exec-all.js";
import { bare, either, oneOf } from "../text/pattern.js";

/** A number in running text with the words that qualify it: "at least 17", "some 70", "five". */
export interface NumberMention {
  start: number;
  end: number;
  value: number;
  qualifier: Qualifier;
  text: string;
}

const UNITS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  couple: 2,
  pair: 2,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

/** Vague amounts, with the figure news datasets conventionally code them as and its qualifier. */
const VAGUE: Record<string, [number, Qualifier]> = {
  dozens: [24, "at_least"],
  scores: [40, "at_least"],
  hundreds: [200, "at_least"],
  thousands: [2000, "at_least"],
  several: [3, "at_least"],
  "a few": [3, "about"],
  few: [3, "about"],
  "a number": [3, "at_least"],
  numerous: [10, "at_least"],
  many: [10, "at_least"],
  "a couple": [2, "about"],
};

/** Words of an approximate figure ("about", "some", "as many as"). */
const aboutWords = oneOf`
  about
  around
  some
  roughly
  approximately
  nearly
  almost
  close to
  an estimated
  estimated
  as many as
  up to
  around
`;
const QUALIFIERS: Array<[RegExp, Qualifier]> = [
  [/^(?:at least|no fewer than|no less than|a minimum of)$/i, "at_least"],
  [/^(?:more than|over|upwards of|in excess of|above)$/i, "more_than"],
  [new RegExp(either`^${aboutWords}$`.source, "i"), "about"],
  [/^(?:fewer than|less than|under)$/i, "fewer_than"],
];

/** Number words, as the numbers stage and the time rules ("two years ago") read them. */
export const numberWords = oneOf`
  one
  two
  three
  four
  five
  six
  seven
  eight
  nine
  ten
  eleven
  twelve
  thirteen
  fourteen
  fifteen
  sixteen
  seventeen
  eighteen
  nineteen
  twenty
  thirty
  forty
  fifty
  sixty
  seventy
  eighty
  ninety
  hundred
  thousand
  million
  dozen
`;
const NUMBER_WORD = numberWords.source;
const WORD = `(?:${NUMBER_WORD}(?:-${NUMBER_WORD})?)`;
const DIGITS = "\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?";
const qualifierWords = oneOf`
  at least
  no fewer than
  no less than
  a minimum of
  more than
  over
  upwards of
  in excess of
  about
  around
  some
  roughly
  approximately
  nearly
  almost
  close to
  an estimated
  as many as
  up to
  fewer than
  less than
`;
const QUALIFIER_WORDS = bare(qualifierWords);
const VAGUE_WORDS = "dozens|scores|hundreds|thousands|several|a few|a number|numerous|many|a couple";

const NUMBER = new RegExp(
  // A qualifier, then vague words ("dozens of"), digits ("1,200", "3 million") or number words ("twenty-one").
  `\\b(?:(${QUALIFIER_WORDS})\\s+)?` +
    `(?:(${VAGUE_WORDS})(?=\\s+(?:of\\s+)?[a-z])` +
    `|(${DIGITS})(?:\\s+(million|thousand|hundred))?` +
    `|((?:a\\s+(?=dozen|hundred|thousand|couple))?${WORD}(?:\\s+(?:and\\s+)?${WORD}){0,3}))\\b`,
  "gi",
);

/** Number words to a value: "five" 5, "twenty-two" 22, "two hundred" 200, "a dozen" 12. */
export function wordsToNumber(words: string): number | null {
  const parts = words
    .toLowerCase()
    .replace(/-/g, " ")
    .split(/\s+/)
    .filter((w) => w && w !== "and");
  if (parts.length === 0) return null;
  let total = 0;
  let current = 0;
  for (const p of parts) {
    const unit = UNITS[p];
    const scale = SCALES[p];
    if (unit !== undefined) current += unit === 12 && p === "dozen" && current > 0 ? current * 11 : unit;
    else if (scale !== undefined) {
      current = Math.max(current, 1) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
    } else return null;
  }
  return total + current;
}

export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of execAll(NUMBER, text)) {
    const [whole, qualifierWords, vague, digits, scale, words] = m;
    let value: number | null = null;
    let qualifier: Qualifier = "exact";
    if (vague) {
      const v = VAGUE[vague.toLowerCase()];
      if (v) [value, qualifier] = v;
    } else if (digits) {
      value = Number(digits.replace(/,/g, "")) * (scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1);
      if (!Number.isInteger(value)) value = Math.round(value);
    } else if (words) {
      value = wordsToNumber(words);
    }
    if (value === null) continue;
    // "no one", "every one", "the one who": a pronoun, not a count.
    if (
      words &&
      /^one$/i.test(words) &&
      /\b(?:no|every|any|some|the|this|that|which|each|anyone|someone)\s+$/i.test(
        text.slice(Math.max(0, m.index - 10), m.index),
      )
    )
      continue;
    if (qualifierWords) qualifier = QUALIFIERS.find(([re]) => re.test(qualifierWords))?.[1] ?? qualifier;
    out.push({ start: m.index, end: m.index + whole.length, value, qualifier, text: whole });
  }
  return out;
}

/** The number that ends right before `index` (only spaces and up to `gapWords` words between). */
export function numberBefore(
  numbers: NumberMention[],
  text: string,
  index: number,
  gapWords = 2,
): NumberMention | undefined {
  for (let i = numbers.length - 1; i >= 0; i--) {
    const n = numbers[i]!;
    if (n.end > index) continue;
    const gap = text.slice(n.end, index);
    const words = gap.trim() === "" ? 0 : gap.trim().split(/\s+/).length;
    if (/[,.;:()]/.test(gap) || words > gapWords) return undefined;
    return n;
  }
  return undefined;
}
