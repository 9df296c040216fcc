import type { Weapon, WeaponKind } from "@sitrep/schema";
import { anyOf } from "../text/any-of.js";
import { execAll } from "../text/exec-all.js";
import { wordsRequiredByAny } from "../text/required-literals.js";
import { findNumbers, numberBefore } from "./numbers.js";
import { checkRules, patternOf } from "./rules/define.js";
import { WEAPON_RULES } from "./rules/weapon-rules.js";

export interface WeaponMention extends Weapon {
  start: number;
  end: number;
}

/** Weapon words, most specific first: "car bomb" before "bomb" (rules/weapon-rules.ts). */
const WEAPON_WORDS: Array<[WeaponKind, RegExp]> = checkRules("weapon", WEAPON_RULES).map((rule) => [
  rule.kind,
  patternOf("weapon", rule, "g"),
]);

const ANY_WEAPON = anyOf(
  WEAPON_WORDS.map(([, re]) => re),
  "i",
);
const WEAPON_LITERALS = wordsRequiredByAny(WEAPON_WORDS.map(([, re]) => re));

/**
 * Weapons named in one sentence, each with the count written right before it ("five rockets",
 * "at least 17 rockets", "a rocket"). Only a number directly before the weapon word counts,
 * so "5,200 troops" or "a second vehicle" never become weapon counts.
 */
export function findWeapons(text: string): WeaponMention[] {
  // Most sentences name no weapon: one test of all the words first, numbers only when needed.
  if ((WEAPON_LITERALS && !WEAPON_LITERALS.test(text.toLowerCase())) || !ANY_WEAPON.test(text)) return [];
  const numbers = findNumbers(text);
  const out: WeaponMention[] = [];
  for (const [kind, re] of WEAPON_WORDS) {
    for (const m of execAll(re, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((w) => start < w.end && end > w.start)) continue;
      const n = numberBefore(numbers, text, start, 2);
      const single = !n && /\b(?:a|an|one)\s+(?:[\p{L}-]+\s+)?$/iu.exec(text.slice(Math.max(0, start - 24), start));
      const count = n
        ? { value: n.value, qualifier: n.qualifier, text: text.slice(n.start, end) }
        : single
          ? { value: 1, qualifier: "exact" as const, text: text.slice(start - single[0].length, end) }
          : null;
      out.push({
        kind,
        text: count ? count.text : m[0],
        count,
        start: n ? n.start : single ? start - single[0].length : start,
        end,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
