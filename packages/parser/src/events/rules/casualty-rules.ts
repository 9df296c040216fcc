// Killed and injured, as data: the verbs of each, what is counted but never a casualty, one person
// killed or hurt with no number, and "no casualties". The grammar that reads a figure around these
// words (passive "three people were killed", active "killed three soldiers") is events/casualties.ts.
import type { Examples } from "./define.js";
import { either, fragment, oneOf, type Pattern } from "../../text/pattern.js";

const killedVerbs = oneOf`
  killed
  killing
  murdered
  beheaded
  lynched
  shot dead
  gunned down
  executed
  stabbed to death
  beaten to death
  hacked to death
  burnt to death
  burned to death
`;
const killedParticiples = oneOf`
  killed
  murdered
  shot dead
  beheaded
  lynched
  gunned down
  found dead
  executed
  stabbed to death
  beaten to death
  hacked to death
`;
const severity = oneOf`
  seriously\s+
  critically\s+
  slightly\s+
`;
const shotAnd = oneOf`
  shot\s+and\s+
  stabbed\s+and\s+
  beaten\s+and\s+
`;
const wasOrWere = oneOf`
  was
  has been
  had been
  were
`;

export const KILLED = oneOf`
  killed
  dead
  died
  killing
  kills
  kill
  slain
  perished
  lost their lives
  lost his life
  lost her life
  massacred
  executed
  beheaded
  shot dead
  gunned down
`;

export const INJURED = oneOf`
  wounded
  injured
  hurt
  wounding
  injuring
  injuries
  wounds
`;

/** Nouns that are counted but never casualties ("5,200 troops in Iraq" is a deployment). */
const countedThings = oneOf`
  rockets?
  missiles?
  shells?
  mortars?
  drones?
  vehicles?
  houses?
  homes?
  buildings?
  bases?
  days?
  weeks?
  months?
  years?
  hours?
  minutes?
  times?
  occasions?
  kilometres?
  kilometers?
  km
  miles?
  metres?
  meters?
  percent
  per
`;
export const NOT_PEOPLE = either`
  ^${countedThings}$
`;

/** One person, as a casualty is named without a number: "a farmer", "one soldier", "an army officer". */
export const PERSON = oneOf`
  man
  woman
  boy
  girl
  child
  person
  civilian
  soldier
  officer
  policeman
  policewoman
  member
  leader
  chief
  farmer
  herder
  merchant
  trader
  driver
  student
  teacher
  journalist
  activist
  thief
  suspect
  fighter
  militant
  worker
  resident
  villager
  pastor
  priest
  imam
  judge
  lawyer
  official
  commander
  guard
  miner
  motorist
  passenger
  youth
  teenager
  vendor
  businessman
  businesswoman
  politician
  councillor
  councilor
  candidate
  mayor
  doctor
  nurse
  individual
  shepherd
  fisherman
  hunter
  refugee
  migrant
  prisoner
  inmate
  detainee
  army officer
`;

export interface CasualtyRule {
  id: string;
  /** What the rule reads: one killed or injured, or none of either. */
  gives: "one-killed" | "one-injured" | "none";
  match: Pattern;
  examples: Examples;
}

/** Words before a person that make it no one person: "a total of", "a group of". */
const notOne = oneOf`
  total
  number
  group
  dozen
  few
  couple
  series
`;
const person = fragment`(?:(?!${notOne}\b)[\p{L}-]+\s+){0,3}?${PERSON}`;

/** One person killed or hurt with no number ("killed a suspected cattle thief"), and none at all. */
export const CASUALTY_RULES = {
  killedOne: {
    id: "killed-one",
    gives: "one-killed",
    match: either`
      \b${killedVerbs}\s+(?:a|an|one)\s+${person}\b
    `,
    examples: { yes: ["Bandits killed a suspected cattle thief."], no: ["Bandits killed three cattle thieves."] },
  },
  oneKilled: {
    id: "one-killed",
    gives: "one-killed",
    match: either`
      \b(?:a|an|one)\s+${person}\s+${wasOrWere}\s+(?:reportedly\s+|allegedly\s+)?${shotAnd}?${killedParticiples}\b
      \b(?:a|an|one)\s+${person}\s+died\b
    `,
    examples: { yes: ["A local councillor was shot and killed."], no: ["A local councillor was questioned."] },
  },
  injuredOne: {
    id: "injured-one",
    gives: "one-injured",
    match: either`
      \b(?:injured|injuring|wounded|wounding)\s+(?:a|an|one)\s+${person}\b
    `,
    examples: { yes: ["The blast wounded a passer-by and a soldier."], no: ["The blast shattered the windows."] },
  },
  oneInjured: {
    id: "one-injured",
    gives: "one-injured",
    match: either`
      \b(?:a|an|one)\s+${person}\s+(?:was|has been|had been)\s+${severity}?(?:injured|wounded|hurt)\b
    `,
    examples: { yes: ["One policeman was slightly injured."], no: ["One policeman was transferred."] },
  },
  noneBoth: {
    id: "no-casualties",
    gives: "none",
    match: either`
      \bno (?:immediate )?(?:reports? of )?(?:casualties|victims)\b
      \bwithout (?:causing )?(?:any )?casualties\b
      \b(?:no one|nobody) was (?:hurt|harmed)\b
      \bcaused no casualties\b
    `,
    examples: { yes: ["There were no immediate reports of casualties."], no: ["There were many casualties."] },
  },
  noneKilled: {
    id: "no-deaths",
    gives: "none",
    match: either`
      \bno (?:immediate )?(?:reports? of )?(?:deaths|fatalities|one was killed|one died|lives were lost)\b
      \bno one was killed\b
      \bnobody was killed\b
      \bwithout (?:causing )?(?:any )?(?:deaths|fatalities)\b
    `,
    examples: { yes: ["The blast caused damage but no one was killed."], no: ["Everyone on board was killed."] },
  },
  noneInjured: {
    id: "no-injuries",
    gives: "none",
    match: either`
      \bno (?:immediate )?(?:reports? of )?(?:injuries|one was (?:injured|wounded))\b
      \bno one was (?:injured|wounded)\b
      \bnobody was (?:injured|wounded|hurt)\b
    `,
    examples: { yes: ["Nobody was injured in the fire."], no: ["Somebody was injured in the fire."] },
  },
} satisfies Record<string, CasualtyRule>;

/**
 * Words before a number of four digits that make it a year, not a count: "in 2012", "since 1959",
 * "the 1959 revolution", "spring 2016", "March 2015". (A month name counts too; see casualties.ts.)
 */
export const BEFORE_A_YEAR = oneOf`
  in
  since
  from
  until
  till
  by
  of
  before
  after
  during
  the
  early
  late
  mid
  spring
  summer
  autumn
  fall
  winter
`;

/** Sentences that name a year beside a toll: the year is never counted. */
export const YEAR_EXAMPLES: Examples = {
  yes: [
    "The 1959 revolution killed 3,000 people.",
    "In 2012 gunmen killed 14 people in the market.",
    "Since 1999 the conflict has killed 40 soldiers.",
  ],
  no: ["More than 2000 people were killed in the floods.", "Police said 1998 people were injured."],
};
