// The words the typing engine reads around a rule's match: which verb carries the roles, whether the
// sentence tells of a known event, a response, a backdrop, a stage. Word lists as data, one a line.
import { either, oneOf, words } from "../../text/pattern.js";

const backdropWords = oneOf`
  amid
  gripped by
  wave of
  months of
  weeks of
  ongoing
  continuing
  remained
  mass
  anti-government
  during
`;

/** The verb that carries a violent event's roles ("was struck by"), read instead of the weapon word. */
export const ATTACK_VERB = words`
  struck
  strikes?
  hit
  hits
  fired
  launched
  targeted
  targeting
  attacked
  attacking
  landed
  pounded
  shelled
  bombed
  slammed
  exploded
  detonated
  killed
  killing
  wounded
  ambushed
  raided
  clashed
  shot
  stabbed
  abducted
  kidnapped
`;

/** Two armed sides engaged: the armed clash is read before what they fired (see READING_ORDER). */
export const ENGAGED = words`
  clash(?:ed|es)? (?:with|between|erupted|broke out)
  clashed
  fighting (?:broke out|erupted)
  fought (?:with|against|off)
  engaged (?:in )?(?:fighting|militants|rebels|the)
  shoot-?outs?
  gun ?battles?
  exchanged fire
  exchanges? of fire
  firefights?
`;

/** Victims named: an attack on them is no generic report to be refined by a later one. */
export const CIVILIANS = words`
  civilians?
  villagers?
  residents?
  farmers?
  herders?
  students?
  children
  women
  worshippers
  passengers
  a man
  a woman
  a boy
  a girl
  family
  families
`;

const knownEvents = oneOf`
  attacks?
  strikes?
  missiles?
  rockets?
  explosions?
  blasts?
  bombings?
  incidents?
  assaults?
  operation
  shelling
  raids?
  clashes
  fighting
  ambush
  protests?
  protesters
  demonstrators
  demonstrations?
  march
  marchers
  rally
  sit-in
  activists
  participants
  crowd
  strikers
  attackers
  gunmen
  assailants
  shooting
  violence
`;

/** The sentence names its event as known already: "the missiles", "the latest strikes". */
export const ANAPHOR = either`
  \bthe\s+(?:(?:latest|same|recent|deadly|rocket|missile|drone)\s+)?${knownEvents}\b
`;

/** The event answers another: "forces responded to the attack". */
export const RESPONSE = words`
  responded to
  in response to
  retaliat(?:ed|ion|ing)
  in retaliation
  hit back
  struck back
  fired back
  returned fire
`;

/** Words that make a sentence about a known event tell of a new one: "another", "a second". */
export const NEW_EVENT = words`
  also
  another
  separate(?:ly)?
  earlier
  meanwhile
  several
  in a second
  a second
`;

/** Words before a match that make it the backdrop, not something that happened: "amid ongoing protests". */
export const BACKDROP = either`
  \b${backdropWords}\s+(?:[\p{L}-]+\s+){0,2}$
`;

/** "during a protest": one gathering as the backdrop, which is the event when nothing else is. */
export const DURING_ONE = either`
  \bduring\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}$
`;

/** After "beat", words that make it hurt: "beat him to death", not "Trump beats Clinton". */
export const BEATING = words`
  to death
  unconscious
  badly
  severely
  brutally
  up
`;

/** Stages other than "happened", read from the whole sentence. */
export const STAGE = {
  foiled: words`
    foiled
    thwarted
    prevented
    intercepted
    shot down
    defused
  `,
  attempted: words`
    attempted
    tried to
    failed to
    attempt to
    an attempt
  `,
  threatened: words`
    threaten(?:ed|s)
    vow(?:ed|s) to
  `,
};
