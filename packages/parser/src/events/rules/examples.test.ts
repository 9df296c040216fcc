// Every rule's own sentences, run as tests: a rule reads each of its `yes` examples and none of its
// `no` ones. Generated from the rule tables, so a rule added with examples is tested with no more code.
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../../places/gazetteer.js";
import { splitSentences } from "../../text/sentences.js";
import { mentionOf, type Mention } from "../mentions.js";
import { mergeMentions } from "../merging.js";
import type { Sentence } from "../segments.js";
import { findActors } from "../actors.js";
import { certainty, sourceKind } from "../attribution.js";
import { findCasualties } from "../casualties.js";
import { articleContext } from "../context.js";
import { EXCLUSIONS } from "../place-exclusions.js";
import { RESOLUTION } from "../place-resolution.js";
import { findPlaces } from "../places.js";
import { classify } from "../typing.js";
import { findWeapons } from "../weapons.js";
import { GENERIC_PARTIES, NAMED_GROUPS } from "./actor-rules.js";
import { CERTAINTY, SOURCE_KINDS } from "./attribution-rules.js";
import { CASUALTY_RULES } from "./casualty-rules.js";
import type { Examples } from "./define.js";
import { FALLBACK_RULES, INCIDENT_RULES } from "./incident-rules.js";
import { RETYPING } from "./retyping.js";
import { TYPING_RULES } from "./typing-rules.js";
import { WEAPON_RULES } from "./weapon-rules.js";
import { TIME_RULES } from "./time-rules.js";
import { findDates } from "../dates.js";
import { findSentenceMentions } from "../article-mentions.js";

const gazetteer = loadGazetteer();
const ctx = { gazetteer, places: { countries: [] }, published: new Date(Date.UTC(2022, 2, 1)) };

function sentences(text: string): Sentence[] {
  return splitSentences(text).map((s, order) => ({ part: "body", paragraph: 0, ...s, order }));
}

/** The rule that types an example's first sentence (its second, if any, is the sentence after). */
function typedBy(example: string): string | undefined {
  const [first, second] = sentences(example);
  return classify(first!.text, findWeapons(first!.text), second?.text ?? "")?.rule;
}

function mentions(example: string): Mention[] {
  const all = sentences(example);
  const read = { ...ctx, found: findSentenceMentions(all, ctx) };
  return all
    .map((s, i) => mentionOf(s, read, { next: all[i + 1]?.text ?? "" }))
    .filter((m): m is Mention => m !== null);
}

/** The re-typing rows that changed an example's events: at its sentence, or as its mentions merged. */
function retypedBy(example: string, stage: string): Array<string | undefined> {
  const ms = mentions(example);
  if (stage !== "merge") return ms.map((m) => m.trigger.retypedBy);
  return mergeMentions(ms).map((e) => e.trigger.retypedBy);
}

function examplesOf(table: string, id: string, examples: Examples, check: (s: string) => boolean) {
  describe(`${table} rule ${id}`, () => {
    it.each(examples.yes)("reads: %s", (s) => expect(check(s)).toBe(true));
    it.each(examples.no)("does not read: %s", (s) => expect(check(s)).toBe(false));
  });
}

for (const rule of [...Object.values(TYPING_RULES).flat(), ...INCIDENT_RULES, ...Object.values(FALLBACK_RULES)])
  examplesOf("typing", rule.id, rule.examples, (s) => typedBy(s) === rule.id);

for (const row of RETYPING)
  examplesOf("re-typing", row.id, row.examples, (s) => retypedBy(s, row.stage).includes(row.id));

for (const rule of WEAPON_RULES)
  examplesOf("weapon", rule.id, rule.examples, (s) => findWeapons(s).some((w) => w.kind === rule.kind));

for (const rule of [...NAMED_GROUPS, ...GENERIC_PARTIES])
  examplesOf("actor", rule.id, rule.examples, (s) => findActors(s, gazetteer).some((a) => a.name === rule.name));

for (const rule of Object.values(CASUALTY_RULES)) {
  examplesOf("casualty", rule.id, rule.examples, (s) => {
    const { killed, injured } = findCasualties(s);
    if (rule.gives === "one-killed") return killed.value === 1;
    if (rule.gives === "one-injured") return injured.value === 1;
    return killed.value === 0 || injured.value === 0;
  });
}

for (const rule of SOURCE_KINDS) examplesOf("source kind", rule.id, rule.examples, (s) => sourceKind(s) === rule.kind);

for (const rule of CERTAINTY) examplesOf("certainty", rule.id, rule.examples, (s) => certainty(s) === rule.certainty);

/** The resolution cases and exclusions that decided the names of an example (a headline when it has no full stop). */
function placeCases(example: string): string[] {
  const headline = !/[.!?]$/.test(example);
  const all = sentences(example).map((s) => (headline ? { ...s, part: "title" as const, paragraph: null } : s));
  const context = articleContext(all, gazetteer);
  const out: string[] = [];
  for (const s of all) findPlaces(s.text, gazetteer, context, headline, (_name, rule) => out.push(rule));
  return out;
}

for (const c of RESOLUTION) examplesOf("place resolution", c.id, c.examples, (s) => placeCases(s).includes(c.id));

for (const r of TIME_RULES)
  examplesOf("time", r.id, r.examples, (s) => findDates(s, ctx.published).some((d) => d.rule === r.id));

for (const x of EXCLUSIONS) examplesOf("place exclusion", x.id, x.examples, (s) => placeCases(s).includes(x.id));
