import type { Weapon, WeaponKind } from "@sitrep/schema";
import { anyOf } from "../text/any-of.js";
import { execAll } from "../text/exec-all.js";
import { wordsRequiredByAny } from "../text/required-literals.js";
import { findNumbers, numberBefore } from "./numbers.js";

export interface WeaponMention extends Weapon {
  start: number;
  end: number;
}

/** Weapon words, most specific first: "car bomb" before "bomb". */
const WEAPON_WORDS: Array<[WeaponKind, RegExp]> = [
  [
    "car_bomb",
    /\b(?:car|truck|vehicle)[- ]bombs?\b|\bvehicle[- ]borne (?:improvised )?explosive devices?\b|\bVBIEDs?\b/gi,
  ],
  ["suicide_bomb", /\bsuicide (?:bomb(?:er|ers|s|ing|ings)?|attack(?:er|ers|s)?|vests?|belts?)\b/gi],
  [
    "ied",
    /\b(?:improvised explosive devices?|IEDs?|roadside bombs?|explosive devices?|sticky bombs?|magnetic bombs?)\b/gi,
  ],
  ["landmine", /\b(?:land ?mines?|anti-?(?:personnel|tank) mines?)\b/gi],
  ["drone", /\b(?:drones?|UAVs?|unmanned aerial vehicles?)\b/gi],
  [
    "airstrike",
    /\b(?:air ?strikes?|air raids?|aerial (?:bombardments?|attacks?)|warplanes?|fighter jets?|(?:helicopter )?gunships?|bombers)\b/gi,
  ],
  ["rocket", /\b(?:(?:katyusha|grad|qassam)\s+)?rockets?\b|\b(?:katyushas?|RPGs?|rocket-propelled grenades?)\b/gi],
  ["missile", /\b(?:missiles?)\b/gi],
  ["mortar", /\b(?:mortars?(?: (?:shells?|rounds?|bombs?))?)\b/gi],
  ["artillery", /\b(?:artillery(?: (?:shells?|fire|rounds?))?|shells?|shelling|howitzers?)\b/gi],
  ["grenade", /\b(?:(?:hand )?grenades?)\b/gi],
  ["chemical", /\b(?:chemical weapons?|chlorine|sarin|mustard gas|nerve agents?)\b/gi],
  [
    "gun",
    /\b(?:guns?|gunfire|gunshots?|rifles?|firearms?|bullets?|live (?:ammunition|rounds)|machine[- ]guns?|pistols?|AK-47s?)\b/gi,
  ],
  ["knife", /\b(?:knives|knife|machetes?|swords?|axes?|daggers?)\b/gi],
  ["explosive", /\b(?:bombs?|explosives?|bombings?|blasts?|explosions?|dynamite)\b/gi],
];

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
