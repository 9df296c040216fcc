import type { Effect } from "@sitrep/schema";
import { execAll } from "../text/exec-all.js";
import { findNumbers, numberBefore } from "./numbers.js";
import { words } from "../text/pattern.js";

const VERBS: Array<[Effect["kind"], string]> = [
  ["destroyed", "destroyed|destroying|demolished|razed|flattened"],
  ["damaged", "damaged|damaging"],
  ["seized", "seized|confiscated|captured|recovered|impounded"],
  ["burned", "burned|burnt|torched|set (?:on )?fire to|set ablaze"],
  ["looted", "looted|plundered|ransacked"],
  ["defused", "defused|dismantled|neutralised|neutralized|disarmed"],
  ["intercepted", "intercepted|shot down|downed"],
];

const DET = "(?:(?:a|an|the|one|two|three|four|five|several|some|\\d+|his|her|their|its)\\s+)?";
// The object: up to three words, then optionally "loaded with ..." or "belonging to ...".
const OBJECT =
  "((?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+" +
  "(?:\\s+(?:loaded|packed|rigged|belonging|carrying|filled)\\s+(?:with|to)\\s+" +
  "(?:(?:a|an|another|the|some)\\s+)?[\\p{L}-]+)?)";
/** People are casualties or detainees, never effects; nor are abstractions ("seized control"). */
const PEOPLE = new RegExp(
  words`
    people
    persons?
    individuals
    civilians?
    soldiers?
    man
    men
    woman
    women
    children
    boys?
    girls?
    fighters?
    militants?
    terrorists?
    gunmen
    suspects?
    members?
    officers?
    policemen
    hostages?
    prisoners?
    workers?
    journalists?
    leaders?
    commanders?
    control
    power
    territory
    initiative
  `.source,
  "i",
);
const STOP = /^(?:and|in|at|on|from|by|during|after|before|while|with|when|which|that|near|the|a|an)$/i;

/**
 * Damage, destruction and seizures: "destroyed a vehicle", "a vehicle loaded with a missile
 * was seized". People are not effects; casualties count them.
 */
const PATTERNS = VERBS.map(([kind, verbs]) => ({
  kind,
  verb: new RegExp(`\\b(?:${verbs})\\b`, "i"),
  active: new RegExp(`\\b(?:${verbs})\\s+${DET}${OBJECT}`, "giu"),
  passive: new RegExp(
    `\\b${DET}(?:second|third|another\\s+)?${OBJECT}` +
      `\\s+(?:was|were|had been|has been|have been)\\s+(?:\\w+\\s+)?(?:${verbs})\\b`,
    "giu",
  ),
}));
const ANY_VERB = new RegExp(`\\b(?:${VERBS.map(([, v]) => v).join("|")})\\b`, "i");

export function findEffects(text: string): Effect[] {
  if (!ANY_VERB.test(text)) return [];
  const numbers = findNumbers(text);
  const out: Effect[] = [];
  for (const { kind, verb, active, passive } of PATTERNS) {
    if (!verb.test(text)) continue;
    for (const m of execAll(active, text)) {
      const object = trimObject(m[1]!);
      if (!object || PEOPLE.test(object)) continue;
      const n = numberBefore(numbers, text, m.index + m[0].length - m[1]!.length, 0);
      out.push({
        kind,
        object,
        count: n ? { value: n.value, qualifier: n.qualifier, text: n.text } : null,
        text: m[0].trim(),
      });
    }
    // The passive form is slow to match; only a sentence with an auxiliary can hold one.
    if (!/\b(?:was|were|been)\b/i.test(text)) continue;
    for (const m of execAll(passive, text)) {
      const object = trimObject(m[1]!);
      if (!object || PEOPLE.test(object) || /\b(?:he|she|they|it|who|which)\b/i.test(object)) continue;
      if (out.some((e) => e.kind === kind && e.object === object)) continue;
      out.push({ kind, object, count: null, text: m[0].trim() });
    }
  }
  return out;
}

function trimObject(raw: string): string {
  const words = raw.trim().split(/\s+/);
  while (words.length > 0 && STOP.test(words[0]!)) words.shift();
  const cut = words.findIndex((w, i) => i > 0 && STOP.test(w) && !/^(?:with|to)$/i.test(w));
  return (cut > 0 ? words.slice(0, cut) : words).join(" ");
}
