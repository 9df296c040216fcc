import type { EventTypeName, Stage, SubEventTypeName } from "@sitrep/schema";
import { anyOf } from "../text/any-of.js";
import { execAll } from "../text/exec-all.js";
import { wordsRequiredByAny } from "../text/required-literals.js";
import { checkRules, patternOf, type VerbRole } from "./rules/define.js";
import { GUARDS, ROLE_GUARDS, hypothetical, type GuardName } from "./rules/guards.js";
import { FALLBACK_RULES, INCIDENT_RULES, INCIDENT_WORD, INTENDED, PURPOSE_NEXT } from "./rules/incident-rules.js";
import { compile } from "../text/pattern.js";
import { retype } from "./rules/retyping.js";
import {
  ANAPHOR,
  ATTACK_VERB,
  BACKDROP,
  BEATING,
  CIVILIANS,
  DURING_ONE,
  ENGAGED,
  NEW_EVENT,
  RESPONSE,
  STAGE,
} from "./rules/typing-cues.js";
import { READING_ORDER, TYPING_RULES, type TypingRule } from "./rules/typing-rules.js";
import type { WeaponMention } from "./weapons.js";

export type { VerbRole } from "./rules/define.js";

export interface Trigger {
  eventType: EventTypeName;
  subEventType: SubEventTypeName;
  stage: Stage;
  /** Where the trigger word is in the sentence. */
  start: number;
  end: number;
  passive: boolean;
  verbRole: VerbRole;
  /** The sentence names its event as known already ("the missiles", "the strikes"). */
  anaphoric: boolean;
  /** The event answers another ("forces responded to the attack"): a new event in the other's place and time. */
  response: boolean;
  /** Typed by a generic verb only ("attacked", "killed"): a later, specific report may refine it. */
  generic: boolean;
  /** The id of the rule that typed it (a typing, incident or fallback rule, or the pipeline's own). */
  rule: string;
  /** The id of the last re-typing row that changed it, if any. */
  retypedBy?: string;
}

/** A trigger that no rule's verb decides the roles of: it happened, actively, as typed. */
export function plainTrigger(
  rule: string,
  eventType: EventTypeName,
  subEventType: SubEventTypeName,
  verbRole: VerbRole,
  at: { start: number; end: number },
  flags: Partial<Pick<Trigger, "anaphoric" | "generic">> = {},
): Trigger {
  return {
    eventType,
    subEventType,
    stage: "happened",
    start: at.start,
    end: at.end,
    passive: false,
    verbRole,
    anaphoric: flags.anaphoric ?? false,
    response: false,
    generic: flags.generic ?? false,
    rule,
  };
}

/** A typing rule ready to run: its pattern compiled and every guard it obeys. */
interface LoadedRule {
  rule: TypingRule;
  re: RegExp;
  guards: readonly GuardName[];
}

// Checked once, together: each record's shape and taxonomy, and one id across every table (the
// examples test and a reader of the output tell rules apart by it).
checkRules(
  "typing",
  [...Object.values(TYPING_RULES).flat(), ...INCIDENT_RULES, ...Object.values(FALLBACK_RULES)],
  true,
);

function load(rules: readonly TypingRule[]): LoadedRule[] {
  return rules.map((rule) => ({
    rule,
    re: patternOf("typing", rule),
    guards: [...(ROLE_GUARDS[rule.role] ?? []), ...(rule.unless ?? [])],
  }));
}

const GROUPS = {
  crowds: load(TYPING_RULES.crowds),
  weaponsAndTerritory: load(TYPING_RULES.weaponsAndTerritory),
  armedClash: load(TYPING_RULES.armedClash),
  actsAndDevelopments: load(TYPING_RULES.actsAndDevelopments),
};

const USUAL = READING_ORDER.usual.flatMap((g) => GROUPS[g]);
const WHEN_ENGAGED = READING_ORDER.engaged.flatMap((g) => GROUPS[g]);
const CROWD_RES = GROUPS.crowds.map((r) => r.re);

/** Most sentences match no rule: one test of them all first, twice as fast as trying each (see anyOf). */
const ANY_RULE = anyOf(
  USUAL.map((r) => r.re),
  "i",
);
/** Before it, the words the rules cannot match without, on the sentence in lower case: a seventh of its cost. */
const RULE_WORDS = wordsRequiredByAny(USUAL.map((r) => r.re));

const attackVerb = compile(ATTACK_VERB, "i", "typing cue ATTACK_VERB");
const engaged = compile(ENGAGED, "i", "typing cue ENGAGED");
const civilians = compile(CIVILIANS, "i", "typing cue CIVILIANS");
const backdropBefore = compile(BACKDROP, "iu", "typing cue BACKDROP");
const duringOne = compile(DURING_ONE, "iu", "typing cue DURING_ONE");
const anaphor = compile(ANAPHOR, "i", "typing cue ANAPHOR");
const response = compile(RESPONSE, "i", "typing cue RESPONSE");
const newEvent = compile(NEW_EVENT, "i", "typing cue NEW_EVENT");
const beating = compile(BEATING, "i", "typing cue BEATING");
const stageWords = {
  foiled: compile(STAGE.foiled, "i", "typing cue STAGE.foiled"),
  attempted: compile(STAGE.attempted, "i", "typing cue STAGE.attempted"),
  threatened: compile(STAGE.threatened, "i", "typing cue STAGE.threatened"),
};

const INCIDENTS = INCIDENT_RULES.map((rule) => ({
  rule,
  re: patternOf("incident", rule),
}));
const incidentWord = compile(INCIDENT_WORD, "i", "incident words");
const intended = compile(INTENDED, "i", "incident guard INTENDED");
const gathering = patternOf("fallback", FALLBACK_RULES.gathering);
const purposeNext = compile(PURPOSE_NEXT, "", "fallback cue PURPOSE_NEXT");
const statementRe = patternOf("fallback", FALLBACK_RULES.statement);

function incident(text: string): { rule: (typeof INCIDENT_RULES)[number]; m: RegExpExecArray } | null {
  if (!incidentWord.test(text)) return null;
  for (const { rule, re } of INCIDENTS) {
    const m = re.exec(text);
    if (m) return intended.test(text) ? null : { rule, m };
  }
  return null;
}

/**
 * The event a sentence reports, typed in ACLED's taxonomy or Sitrep's own kinds, or null
 * when it reports none ("The US currently has 5,200 troops in Iraq").
 */
export function classify(text: string, weapons: WeaponMention[], next = ""): Trigger | null {
  // Most sentences report nothing: neither an incident's words nor any rule's, at most a statement.
  const accident = incident(text);
  if (!accident && ((RULE_WORDS && !RULE_WORDS.test(text.toLowerCase())) || !ANY_RULE.test(text)))
    return assembly(text, next) ?? statement(text);
  const isAnaphoric = anaphor.test(text) && !newEvent.test(text);
  const isResponse = response.test(text);
  // Two sides engaged is a battle, whatever they fired ("clashes with light weapons and mortars").
  const rules = engaged.test(text) && !hypothetical.test(text) ? WHEN_ENGAGED : USUAL;
  // Crowds first: a protest over a crash ("after a bus collision killed two") is a protest.
  const unintended = accident && !CROWD_RES.some((re) => re.test(text)) ? accident : null;
  if (unintended) {
    const { rule, m } = unintended;
    const at = { start: m.index, end: m.index + m[0].length };
    return plainTrigger(rule.id, rule.type, rule.sub, "other", at, { anaphoric: isAnaphoric });
  }
  // "burnt the party flag during a protest": a crowd's backdrop is the event when nothing else
  // is; not a state of affairs ("gripped by protests", "amid ongoing protests").
  let backdrop: Trigger | null = null;
  for (const { rule, re, guards } of rules) {
    const onBackdrop =
      backdrop || rule.type !== "Protests"
        ? undefined
        : (seen: RegExpExecArray) => {
            if (!backdrop && duringOne.test(text.slice(Math.max(0, seen.index - 40), seen.index))) {
              const at = { start: seen.index, end: seen.index + seen[0].length };
              backdrop = plainTrigger(rule.id, rule.type, rule.sub, rule.role, at);
            }
          };
    const m = firstLiveMatch(re, text, onBackdrop);
    if (!m) continue;
    if (guards.some((g) => GUARDS[g].holds(text, weapons))) continue;
    // Roles are read around the verb ("was struck by"), not the weapon word, where there is one.
    const verb = rule.role === "violence" ? attackVerb.exec(text) : null;
    const start = verb ? verb.index : m.index;
    const end = start + (verb ? verb[0].length : m[0].length);
    const typed: Trigger = {
      eventType: rule.type,
      subEventType: rule.sub,
      stage: stageOf(text, rule.sub),
      start,
      end,
      // "was struck by"; or a headline's bare participle at the end ("base hosting US troops attacked").
      passive:
        /\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(0, start - 20), start)) ||
        /^\s*[.!?"'”]*\s*$|^\s+by\b/.test(text.slice(end)),
      verbRole: isResponse && rule.role === "violence" ? "response" : rule.role,
      anaphoric: isAnaphoric,
      response: isResponse,
      generic: rule.id === "attack" && !civilians.test(text),
      rule: rule.id,
    };
    return retype("weapons", typed, { weapons });
  }
  return assembly(text, next) ?? statement(text) ?? backdrop;
}

/** "Nearly 80 people gathered in Dijon. They denounced the expulsion.": a gathering with a cause is a protest. */
function assembly(text: string, next: string): Trigger | null {
  const m = next && purposeNext.test(next) ? gathering.exec(text) : null;
  const { id, type, sub } = FALLBACK_RULES.gathering;
  return m ? plainTrigger(id, type, sub, "protest", { start: m.index, end: m.index + m[0].length }) : null;
}

function statement(text: string): Trigger | null {
  const said = statementRe.exec(text);
  const { id, type, sub } = FALLBACK_RULES.statement;
  return said
    ? plainTrigger(id, type, sub, "statement", { start: said.index, end: said.index + said[0].length })
    : null;
}

const GLOBAL = new Map<RegExp, RegExp>();

/** The first match that is not the backdrop (told of each backdrop match skipped) nor a contest lost. */
function firstLiveMatch(
  re: RegExp,
  text: string,
  skippedBackdrop?: (m: RegExpExecArray) => void,
): RegExpExecArray | null {
  if (!re.test(text)) return null;
  let global = GLOBAL.get(re);
  if (!global) GLOBAL.set(re, (global = new RegExp(re.source, re.flags + "g")));
  for (const m of execAll(global, text)) {
    if (backdropBefore.test(text.slice(Math.max(0, m.index - 40), m.index))) {
      skippedBackdrop?.(m as RegExpExecArray);
      continue;
    }
    // "hard to beat Nico", "Trump beats Clinton": a name beaten is a contest lost, unless it hurt.
    if (
      /^beat/i.test(m[0]) &&
      /^\s+(?:the\s+)?\p{Lu}/u.test(text.slice(m.index + m[0].length)) &&
      !beating.test(text.slice(m.index, m.index + 60))
    )
      continue;
    return m as RegExpExecArray;
  }
  return null;
}

function stageOf(text: string, sub: SubEventTypeName): Stage {
  if (sub === "Disrupted weapons use" || stageWords.foiled.test(text)) return "foiled";
  if (stageWords.attempted.test(text)) return "attempted";
  if (stageWords.threatened.test(text)) return "threatened";
  return "happened";
}
