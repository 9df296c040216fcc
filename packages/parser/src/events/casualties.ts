import type { Casualties, CasualtyFigure, Qualifier, SideCasualties } from "@sitrep/schema";
import { UNKNOWN_FIGURE } from "@sitrep/schema";
import { findNumbers, type NumberMention } from "./numbers.js";
import { MONTHS } from "../text/calendar.js";
import {
  BEFORE_A_YEAR,
  CASUALTY_RULES,
  INJURED as INJURED_WORDS,
  KILLED as KILLED_WORDS,
  NOT_PEOPLE as NOT_PEOPLE_WORDS,
  type CasualtyRule,
} from "./rules/casualty-rules.js";
import { checkRules } from "./rules/define.js";
import { bare, compile } from "../text/pattern.js";

const KILLED = bare(KILLED_WORDS);
/** A number of four digits from 1900 to 2099 after "in", "since", "the", a month...: a year, not a count. */
const YEAR_SHAPE = /^(?:19|20)\d\d$/;
const YEAR_BEFORE = new RegExp(`\\b(?:${bare(BEFORE_A_YEAR)}|${MONTHS.join("|")})\\s+$`, "i");
const isYear = (n: NumberMention, text: string) =>
  YEAR_SHAPE.test(n.text) && YEAR_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start));
const INJURED = bare(INJURED_WORDS);
const NOUN = "[\\p{L}-]+";

/** Nouns that are counted but never casualties ("5,200 troops in Iraq" is a deployment). */
const NOT_PEOPLE = compile(NOT_PEOPLE_WORDS, "i", "casualty words NOT_PEOPLE");

// Passive: "three people were killed", "17 dead". The verb is never a gerund ("four people and
// wounding six others" is two active figures) and the side never runs across "and".
const KILLED_PASSIVE = KILLED.split("|")
  .filter((w) => !/ing$|^kills?$/.test(w))
  .join("|");
const INJURED_PASSIVE = INJURED.split("|")
  .filter((w) => !w.endsWith("ing"))
  .join("|");
const SIDE_WORD = "(?!(?:and|or|but)\\b)[\\p{L}-]+";
const PASSIVE = new RegExp(
  `^\\s+(?:(${SIDE_WORD}(?:\\s+${SIDE_WORD}){0,2}?)\\s+)?` +
    `(?:(?:were|was|have been|had been|are|got)\\s+)?(?:(?:reportedly|reported|confirmed|allegedly)\\s+)?` +
    `(?:(${KILLED_PASSIVE})|(${INJURED_PASSIVE}))\\b`,
  "iu",
);
const ACTIVE = new RegExp(
  `\\b(?:(${KILLED})|(${INJURED}))\\s+` +
    `(?:at least\\s+|about\\s+|some\\s+|more than\\s+|nearly\\s+|up to\\s+|a total of\\s+|an estimated\\s+)?$`,
  "iu",
);
const ACTIVE_NOUN = new RegExp(`^\\s+(${NOUN}(?:\\s+${NOUN})?)`, "u");
const ANY_CASUALTY = new RegExp(`\\b(?:${KILLED}|${INJURED}|casualt|fatalit|deaths?|toll|victims|no one|nobody)`, "i");

interface Figure {
  value: number;
  qualifier: Qualifier;
  text: string;
  side: string | null;
}

/**
 * Killed and injured in one sentence. "No casualties were reported" gives 0 and 0; a
 * sentence that says nothing leaves both unknown (null). "three terrorists" killed by the
 * responders counts, on the side the text names.
 */
export function findCasualties(text: string): Casualties {
  if (!ANY_CASUALTY.test(text)) return { killed: UNKNOWN_FIGURE, injured: UNKNOWN_FIGURE, bySide: [] };
  const numbers = findNumbers(text).filter((n) => !isYear(n, text));
  const killed: Figure[] = [];
  const injured: Figure[] = [];
  for (const n of numbers) {
    const after = text.slice(n.end, n.end + 80);
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    // "three people were killed", "17 dead", "two soldiers killed"
    const passive = PASSIVE.exec(after);
    // "killed three terrorists", "wounding five civilians"
    const active = ACTIVE.exec(before);
    const activeNoun = ACTIVE_NOUN.exec(after)?.[1] ?? null;
    if (passive) {
      const side = passive[1] ?? null;
      // "108 years of hurt", "5,200 troops in Iraq": counted, but not casualties.
      if (side && side.split(/\s+/).some((w) => NOT_PEOPLE.test(w))) continue;
      const fig = figure(n, side, text, n.start, n.end + passive[0].length);
      (passive[2] ? killed : injured).push(fig);
    } else if (active) {
      const side =
        activeNoun && !/^(?:and|in|on|at|of|with|after|while|when|people)$/i.test(activeNoun.split(/\s+/)[0]!)
          ? activeNoun.split(/\s+/)[0]!
          : activeNoun?.startsWith("people")
            ? "people"
            : null;
      if (side && NOT_PEOPLE.test(side)) continue;
      (active[1] ? killed : injured).push(
        figure(
          n,
          side,
          text,
          n.start - active[0].length,
          n.end + (side ? text.slice(n.end).indexOf(side) + side.length : 0),
        ),
      );
    }
  }
  // "the death toll rose to 12", "12 fatalities"
  for (const n of numbers) {
    if (
      /\b(?:death toll|toll|fatalities|deaths)\b[^.]{0,25}$/i.test(text.slice(Math.max(0, n.start - 40), n.start)) ||
      /^\s+(?:fatalit(?:y|ies)|deaths?|dead)\b/i.test(text.slice(n.end, n.end + 20))
    ) {
      if (!killed.some((k) => k.text.includes(n.text))) killed.push(figure(n, null, text, n.start, n.end));
    }
  }

  // "killed a suspected cattle thief", "a man was shot and killed": one person.
  const one = (re: RegExp, list: Figure[]) => {
    const m = re.exec(text);
    if (m && list.length === 0) list.push({ value: 1, qualifier: "exact", text: m[0].trim(), side: null });
  };
  one(KILLED_ONE, killed);
  one(ONE_KILLED, killed);
  one(INJURED_ONE, injured);
  one(ONE_INJURED, injured);

  let k = total(killed);
  let i = total(injured);
  const none = noneReported(text);
  if (none.killed && !k) k = { value: 0, qualifier: "exact", text: none.text };
  if (none.injured && !i) i = { value: 0, qualifier: "exact", text: none.text };

  const sides = new Map<string, SideCasualties>();
  for (const [list, key] of [
    [killed, "killed"],
    [injured, "injured"],
  ] as const) {
    for (const f of list) {
      if (!f.side) continue;
      const s = sides.get(f.side) ?? { side: f.side, killed: UNKNOWN_FIGURE, injured: UNKNOWN_FIGURE };
      s[key] = { value: f.value, qualifier: f.qualifier, text: f.text };
      sides.set(f.side, s);
    }
  }
  return { killed: k ?? UNKNOWN_FIGURE, injured: i ?? UNKNOWN_FIGURE, bySide: [...sides.values()] };
}

function figure(n: NumberMention, side: string | null, text: string, from: number, to: number): Figure {
  return {
    value: n.value,
    qualifier: n.qualifier,
    text: text.slice(Math.max(0, from), to).trim(),
    side: side?.toLowerCase() ?? null,
  };
}

function total(list: Figure[]): CasualtyFigure | null {
  if (list.length === 0) return null;
  const value = list.reduce((sum, f) => sum + f.value, 0);
  const qualifier = list.every((f) => f.qualifier === "exact")
    ? "exact"
    : (list.find((f) => f.qualifier !== "exact")?.qualifier ?? "exact");
  return { value, qualifier, text: list.map((f) => f.text).join("; ") };
}

const rule = (r: CasualtyRule, flags: string) => compile(r.match, flags, `casualty rule "${r.id}"`);
const R = CASUALTY_RULES;
const KILLED_ONE = rule(R.killedOne, "iu");
const ONE_KILLED = rule(R.oneKilled, "iu");
const INJURED_ONE = rule(R.injuredOne, "iu");
const ONE_INJURED = rule(R.oneInjured, "iu");
const NONE_BOTH = rule(R.noneBoth, "i");
const NONE_KILLED = rule(R.noneKilled, "i");
const NONE_INJURED = rule(R.noneInjured, "i");
checkRules("casualty", Object.values(R));

function noneReported(text: string): { killed: boolean; injured: boolean; text: string } {
  const both = NONE_BOTH.exec(text);
  const killed = NONE_KILLED.exec(text);
  const injured = NONE_INJURED.exec(text);
  const match = both ?? killed ?? injured;
  return { killed: !!(both ?? killed), injured: !!(both ?? injured), text: match?.[0] ?? "" };
}
