// Re-typing: what the rest of a sentence, or a later sentence of the same event, changes about the
// type a rule gave. One ordered table; each row runs at the stage that knows what it needs:
//   weapons  the sentence's weapons are known (while it is typed)
//   actors   the sentence's actors and their roles are known
//   merge    a later mention joins the event
import type { Actor, SubEventTypeName, WeaponKind } from "@sitrep/schema";
import type { Mention } from "../mentions.js";
import type { Trigger } from "../typing.js";
import type { WeaponMention } from "../weapons.js";
import type { Examples } from "./define.js";
import { either, oneOf } from "../../text/pattern.js";

const armedPosts = oneOf`
  checkpoints?
  check ?posts?
  military (?:posts?|positions?|bases?|vehicles?|convoys?)
  positions
  outposts?
  barracks
  police stations?
  army (?:posts?|camps?|bases?)
  patrols?
  convoys?
`;
const ordinaryPeople = oneOf`
  locals
  residents
  villagers
  people
  youths
  men
  women
  farmers
  herders
  traders
  students
  supporters
  members
  motorcycle taxi drivers
  drivers
  relatives
`;
const mobActs = oneOf`
  beat
  lynched
  killed
  attacked
  assaulted
  cornered
  stoned
  chased
`;
const politicalBodies = oneOf`
  party
  parties
  league
  congress
  front
  movement
`;
const violentActs = oneOf`
  threw
  hurled
  pelted
  attacked
  beat
  torched
  set fire
  burn(?:ed|t)
  vandali[sz]ed
  looted
  destroyed
  damaged
  smashed
  stormed
  clashed
`;
const protestCrowds = oneOf`
  demonstrators
  protesters
  protestors
  rioters
  marchers
  strikers
  the (?:crowd|group|students|residents|protest(?:ers)?)
`;

interface Row<Stage extends string, Input> {
  id: string;
  stage: Stage;
  /** Why, in a sentence a reviewer can check against ACLED's codebook. */
  why: string;
  /** The trigger as re-typed, or null when the row does not apply. */
  retype: (current: Trigger, input: Input) => Trigger | null;
  examples: Examples;
}

type WeaponsRow = Row<"weapons", { weapons: readonly WeaponMention[] }>;
type ActorsRow = Row<"actors", { actors: readonly Actor[]; text: string }>;
type MergeRow = Row<"merge", Mention>;
export type RetypingRow = WeaponsRow | ActorsRow | MergeRow;

/** The sub-type a named weapon gives a generic attack. */
const WEAPON_SUB: Partial<Record<WeaponKind, SubEventTypeName>> = {
  rocket: "Shelling/artillery/missile attack",
  missile: "Shelling/artillery/missile attack",
  mortar: "Shelling/artillery/missile attack",
  artillery: "Shelling/artillery/missile attack",
  airstrike: "Air/drone strike",
  drone: "Air/drone strike",
  suicide_bomb: "Suicide bomb",
  ied: "Remote explosive/landmine/IED",
  car_bomb: "Remote explosive/landmine/IED",
  landmine: "Remote explosive/landmine/IED",
  grenade: "Grenade",
  chemical: "Chemical weapon",
};

const ARMED: ReadonlySet<Actor["kind"]> = new Set([
  "state_forces",
  "rebel_group",
  "political_militia",
  "identity_militia",
  "external_forces",
]);

/** What was hit was an armed post: "attacked a checkpoint", "fired at the positions of". */
const ARMED_POST = new RegExp(
  either`
    ^[^.;]{0,60}?\b${armedPosts}\b
  `.source,
  "i",
);

/** Crowds of ordinary people as the attackers: "a group of locals killed a suspected thief". */
const CROWD = new RegExp(
  either`
    \ba (?:group|crowd|mob|gang) of (?:[\w-]+\s+){0,4}?${ordinaryPeople}\b
    \b(?:angry|irate|rowdy) (?:mob|crowd|residents|villagers|youths|locals)\b
    \b(?:a|an|the) (?:angry |irate )?mob\b
    \bmob of\b
    \bvigilantes?\b
    // "beaten up and killed by residents", "motorists cornered and beat up two men"
    \bby (?:\w+\s+){0,2}(?:residents|locals|villagers|motorists|passers-by|relatives)\b
    \b(?:residents|locals|villagers|motorists|relatives|youths)\s+(?:\w+\s+){0,8}${mobActs}\b
    // Party supporters and rival communities fighting: not armed groups.
    \b(?:supporters|members|activists|cadres|workers) of (?:[\w-]+\s+){0,5}${politicalBodies}\b
    \b[\p{Lu}][\p{L}-]*(?:[ -][\p{Lu}][\p{L}-]*)? (?:supporters|cadres|party workers)\b
    \bcommunities\b[^.]{0,40}\b(?:fought|clashed)\b
  `.source,
  "iu",
);

/** "Demonstrators threw bottles at police": a protest whose crowd turns violent is a riot. */
const VIOLENT_CROWD = new RegExp(
  either`
    \b${protestCrowds}\b[^.]{0,60}\b${violentActs}\b
    \brioters\b
  `.source,
  "i",
);

/** The event types of armed violence, which a generic report ("attacked", "killed") may turn out to be. */
export const VIOLENT: ReadonlySet<string> = new Set([
  "Explosions/Remote violence",
  "Battles",
  "Violence against civilians",
]);

/** Protests by how far the state went; a later report of more force raises the event's sub-type. */
const PROTEST_SEVERITY: readonly string[] = [
  "Peaceful protest",
  "Protest with intervention",
  "Excessive force against protesters",
];

const isAttack = (t: Trigger) => t.eventType === "Violence against civilians" && t.subEventType === "Attack";

/** A generic report and another of armed violence may be one event, whichever came first. */
export function sameFamilyOrGeneric(a: Trigger, b: Trigger): boolean {
  return (a.generic && VIOLENT.has(b.eventType)) || (b.generic && VIOLENT.has(a.eventType));
}

/** A protest of which a later sentence reports a riot, or armed violence by its crowd. */
export function turnsViolent(e: Trigger, m: Mention): boolean {
  return (
    e.eventType === "Protests" &&
    e.subEventType !== "Excessive force against protesters" &&
    (m.trigger.eventType === "Riots" || (VIOLENT.has(m.trigger.eventType) && VIOLENT_CROWD.test(m.sentence.text)))
  );
}

export const RETYPING: readonly RetypingRow[] = [
  {
    id: "weapon-named",
    stage: "weapons",
    why: "A generic attack with a named weapon takes the weapon's type: 'attacked with rockets' is shelling.",
    retype: (t, { weapons }) => {
      if (!isAttack(t)) return null;
      const sub = weapons.map((w) => WEAPON_SUB[w.kind]).find((s) => s !== undefined);
      return sub ? { ...t, eventType: "Explosions/Remote violence", subEventType: sub, generic: false } : null;
    },
    examples: {
      yes: ["Insurgents attacked the airport with a UAV."],
      no: ["Gunmen attacked the convoy with rifles."],
    },
  },
  {
    id: "attack-on-armed-men",
    stage: "actors",
    why: "An attack whose targets are all armed (soldiers, police, militants), or an armed post, is a battle.",
    retype: (t, { actors, text }) => {
      if (!isAttack(t)) return null;
      const targets = actors.filter((a) => a.role === "target" || a.role === "victim");
      const armedTargets = targets.length > 0 && targets.every((a) => ARMED.has(a.kind));
      const post = ARMED_POST.test(text.slice(t.end, t.end + 80)) && !targets.some((a) => a.kind === "civilians");
      return armedTargets || post ? { ...t, eventType: "Battles", subEventType: "Armed clash" } : null;
    },
    examples: {
      yes: ["Militants attacked soldiers near the bridge.", "Gunmen attacked a checkpoint outside the town."],
      no: ["Militants attacked villagers near the bridge."],
    },
  },
  {
    id: "crowd-violence",
    stage: "actors",
    why: "Violence by a crowd of ordinary people (locals, a mob, party supporters) is mob violence.",
    retype: (t, { actors, text }) => {
      const violent = isAttack(t) || (t.eventType === "Battles" && t.subEventType === "Armed clash");
      if (!violent || !CROWD.test(text)) return null;
      const armedDoer = actors.some(
        (a) =>
          a.role === "perpetrator" &&
          (a.kind === "state_forces" || a.kind === "rebel_group" || a.kind === "external_forces"),
      );
      return armedDoer ? null : { ...t, eventType: "Riots", subEventType: "Mob violence" };
    },
    examples: {
      yes: ["A group of angry residents killed a suspected thief."],
      no: ["Soldiers killed a suspected thief as a crowd of residents watched."],
    },
  },
  {
    id: "specific-report",
    stage: "merge",
    why: "A generic report ('the base was attacked') takes the type of a specific one ('five rockets struck').",
    retype: (e, m) =>
      e.generic && !m.trigger.generic && sameFamilyOrGeneric(e, m.trigger) ? { ...m.trigger, generic: false } : null,
    examples: {
      yes: ["Gunmen attacked a market in Kirkuk on Monday. Two rockets struck the market in Kirkuk."],
      no: ["Gunmen attacked a market in Kirkuk on Monday. Protesters marched in Kirkuk on Monday."],
    },
  },
  {
    id: "protest-escalates",
    stage: "merge",
    why: "A protest later reported with more force against it (intervention, then excessive force) is that.",
    retype: (e, m) =>
      e.eventType === "Protests" &&
      m.trigger.eventType === "Protests" &&
      PROTEST_SEVERITY.indexOf(m.trigger.subEventType) > PROTEST_SEVERITY.indexOf(e.subEventType)
        ? { ...e, subEventType: m.trigger.subEventType, stage: m.trigger.stage }
        : null,
    examples: {
      yes: ["Teachers protested in the capital on Monday. Police fired tear gas at the protesters."],
      no: ["Teachers protested in the capital on Monday. The protesters went home in the evening."],
    },
  },
  {
    id: "protest-turns-violent",
    stage: "merge",
    why: "A protest whose crowd turns violent, or that a later sentence calls a riot, is a violent demonstration.",
    retype: (e, m) =>
      turnsViolent(e, m)
        ? { ...e, eventType: "Riots", subEventType: "Violent demonstration", verbRole: "protest" }
        : null,
    examples: {
      yes: ["Students protested in the capital on Monday. Rioters later torched a police station."],
      no: ["Students protested in the capital on Monday. The protesters later went home."],
    },
  },
];

type Input<S extends RetypingRow["stage"]> = Parameters<Extract<RetypingRow, { stage: S }>["retype"]>[1];

/** The rows of each stage, in the table's order: a stage runs for every sentence or merge. */
const BY_STAGE = {
  weapons: RETYPING.filter((r) => r.stage === "weapons"),
  actors: RETYPING.filter((r) => r.stage === "actors"),
  merge: RETYPING.filter((r) => r.stage === "merge"),
};

/** The trigger after every row of the stage, in the table's order, each on what the one before left. */
export function retype<S extends RetypingRow["stage"]>(stage: S, trigger: Trigger, input: Input<S>): Trigger {
  let t = trigger;
  for (const row of BY_STAGE[stage]) {
    const next = (row.retype as (t: Trigger, i: Input<S>) => Trigger | null)(t, input);
    if (next) t = { ...next, retypedBy: row.id };
  }
  return t;
}
