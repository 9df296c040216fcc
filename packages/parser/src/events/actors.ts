import type { Actor, ActorKind, ActorRole } from "@sitrep/schema";
import type { Gazetteer } from "../places/gazetteer.js";
import { anyOf } from "../text/any-of.js";
import { execAll } from "../text/exec-all.js";
import {
  ATTRIBUTIVE as ATTRIBUTIVE_WORDS,
  FORCE as FORCE_WORDS,
  GENERIC_PARTIES,
  NAMED_GROUPS,
} from "./rules/actor-rules.js";
import { checkRules } from "./rules/define.js";
import { bare, compile } from "../text/pattern.js";

export interface ActorMention {
  start: number;
  end: number;
  text: string;
  name: string;
  kind: ActorKind;
  country: string | null;
}

const GROUPS: Array<[RegExp, string, ActorKind, string | null]> = checkRules("actor", NAMED_GROUPS).map((r) => [
  compile(r.match, r.anyCase ? "gi" : "g", `actor rule "${r.id}"`),
  r.name,
  r.kind,
  r.country,
]);
const FORCE = bare(FORCE_WORDS);
const GENERIC: Array<[RegExp, string, ActorKind]> = checkRules("actor", GENERIC_PARTIES).map((r) => [
  compile(r.match, r.anyCase ? "gi" : "g", `actor rule "${r.id}"`),
  r.name,
  r.kind,
]);

/**
 * Actors named in one sentence: state forces ("Iraqi forces", "Iraq's military", "US troops"),
 * known groups, and generic parties (gunmen, protesters, civilians). The kind follows ACLED:
 * another state's forces are external forces where the event's country is known.
 */
/** "a US military base", "an army checkpoint": the force names a place or thing, not an actor. */
const ATTRIBUTIVE = compile(ATTRIBUTIVE_WORDS, "i", "actor cue ATTRIBUTIVE");

const STATE_FORCE = new RegExp(
  `\\b((?:the\\s+)?([\\p{Lu}][\\p{L}.]+)(?:['’]s)?)\\s+(?:[a-z]+\\s+)?(${FORCE})\\b`,
  "gu",
);
const ACCUSED = /\b(?:blam(?:ed|es|ing)|accus(?:ed|es|ing)|held)\s+([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?)/gu;
const BARE_FORCE = new RegExp(`\\b(?:security |government |armed )?(?:${FORCE})\\b`, "gi");

// One test of every name first, per case rule: most sentences name none of the groups, and two
// dozen scans of a sentence that finds nothing cost more than the rest of this stage.
const NAMED_GROUP = anyOf(GROUPS.filter(([re]) => !re.ignoreCase).map(([re]) => re));
const NAMED_GROUP_ANY_CASE = anyOf(
  GROUPS.filter(([re]) => re.ignoreCase).map(([re]) => re),
  "i",
);
const GENERIC_ACTOR = anyOf(
  GENERIC.map(([re]) => re),
  "i",
);

export function findActors(text: string, gaz: Gazetteer): ActorMention[] {
  const out: ActorMention[] = [];
  const add = (a: ActorMention) => {
    if (ATTRIBUTIVE.test(text.slice(a.end, a.end + 20))) return;
    if (!out.some((o) => a.start < o.end && a.end > o.start)) out.push(a);
  };
  const named = NAMED_GROUP.test(text);
  const namedAnyCase = NAMED_GROUP_ANY_CASE.test(text);
  for (const [re, name, kind, country] of GROUPS) {
    if (!(re.ignoreCase ? namedAnyCase : named)) continue;
    for (const m of execAll(re, text))
      add({ start: m.index, end: m.index + m[0].length, text: m[0], name, kind, country });
  }
  for (const m of execAll(STATE_FORCE, text)) {
    const iso2 = gaz.countryByWord(m[2]!.replace(/\.$/, ""));
    if (!iso2) continue;
    const country = gaz.country(iso2)?.name ?? iso2;
    const force = m[3]!.toLowerCase();
    const name = /police|policemen|gendarm/.test(force)
      ? `Police Forces of ${country}`
      : `Military Forces of ${country}`;
    add({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0].replace(/^the\s+/i, ""),
      name,
      kind: "state_forces",
      country: iso2,
    });
  }
  // "blamed Israel", "accused Iran of": a state named as a party to an accusation.
  for (const m of execAll(ACCUSED, text)) {
    const iso2 = gaz.countryByWord(m[1]!);
    if (!iso2) continue;
    const start = m.index + m[0].length - m[1]!.length;
    add({
      start,
      end: start + m[1]!.length,
      text: m[1]!,
      name: `Military Forces of ${gaz.country(iso2)?.name ?? m[1]}`,
      kind: "state_forces",
      country: iso2,
    });
  }
  for (const m of execAll(BARE_FORCE, text)) {
    add({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      name: "State forces",
      kind: "state_forces",
      country: null,
    });
  }
  if (GENERIC_ACTOR.test(text)) {
    for (const [re, name, kind] of GENERIC) {
      for (const m of execAll(re, text))
        add({ start: m.index, end: m.index + m[0].length, text: m[0], name, kind, country: null });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The role of each actor relative to the event's trigger: before an active verb the doer,
 * after it the target; in the passive ("was struck by") the other way round.
 */
export function assignRoles(
  actors: ActorMention[],
  trigger: {
    start: number;
    end: number;
    passive: boolean;
    verbRole: "violence" | "arrest" | "protest" | "response" | "accusation" | "statement" | "other";
  },
  text: string,
): Actor[] {
  return actors.map((a) => {
    // "a base hosting US troops": whoever the place holds is on the receiving end.
    const held = /\b(?:hosting|housing|holding|with|carrying|of)\s+(?:the\s+)?$/i.test(
      text.slice(Math.max(0, a.start - 12), a.start),
    );
    if (held && (trigger.verbRole === "violence" || trigger.verbRole === "response")) {
      return {
        name: a.name,
        text: a.text,
        role: a.kind === "civilians" ? "victim" : "target",
        kind: a.kind,
        country: a.country,
      };
    }
    const before = a.end <= trigger.start;
    const afterBy = /\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, a.start - 8), a.start));
    let role: ActorRole;
    switch (trigger.verbRole) {
      case "protest":
        role = a.kind === "protesters" || before ? "protester" : "responder";
        break;
      case "arrest":
        role = (trigger.passive ? afterBy : before) ? "detainer" : "detainee";
        break;
      case "response":
        role = before || a.kind === "state_forces" ? "responder" : "target";
        break;
      case "accusation":
        role = before ? "accuser" : "accused";
        break;
      case "statement":
        role = "speaker";
        break;
      default: {
        const doer = trigger.passive ? afterBy : before && !afterBy;
        role = doer ? "perpetrator" : a.kind === "civilians" ? "victim" : "target";
      }
    }
    return { name: a.name, text: a.text, role, kind: a.kind, country: a.country };
  });
}
