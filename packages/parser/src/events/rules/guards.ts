// Named guards: conditions under which a typing rule that matched does not type the sentence. A rule
// names the guards it obeys (`unless`); every rule of a role obeys that role's guards.
import type { WeaponMention } from "../weapons.js";
import type { VerbRole } from "./define.js";
import { either, words } from "../../text/pattern.js";

interface Guard {
  /** Why the rule should not fire, in a sentence. */
  why: string;
  holds: (text: string, weapons: readonly WeaponMention[]) => boolean;
}

const WEAPON_NOUN = words`
  weapons?
  arms
  ammunition
  explosives?
  munitions
`.source;
const weaponNoun = new RegExp(WEAPON_NOUN, "i");

/** What is deployed or withdrawn is armed: "the safety car is deployed" is not troops. */
export const deployedForce = new RegExp(
  words`
    troops?
    soldiers?
    forces
    force
    army
    military
    police
    policemen
    officers
    gendarmes?
    guards?
    units?
    battalions?
    brigades?
    regiments?
    divisions?
    fighters
    militiam[ae]n
    militias?
    personnel
    servicem[ae]n
    marines
    commandos
    peacekeepers
    reinforcements
    contingent
    warships?
    ships
    vessels
    carriers?
    submarines?
    aircraft
    jets
    warplanes
    planes
    helicopters
    bombers
    drones
    tanks
    armou?red
    artillery
    missiles?
    rockets?
    launchers
    batter(?:y|ies)
    systems?
    weapons
  `.source,
  "i",
);

/** What might happen, is planned or feared: "could strike", "plans to", "the threat of". */
export const hypothetical = new RegExp(
  either`
    \b(?:could|might|may|would|if)\s+(?:\w+\s+){0,2}(?:attack|strike|hit|be)\b
    \b(?:plans? to|intends? to|threat of|fear(?:s|ed)? of|risk of)\b
  `.source,
  "i",
);
const happened = /\b(?:was|were|has been|have been)\b/;

export const GUARDS = {
  "no-weapon-named": {
    why: "Seizing or finding is disrupted weapons use only when weapons are what was seized.",
    holds: (text, weapons) => weapons.length === 0 && !weaponNoun.test(text),
  },
  "nothing-armed-named": {
    why: "What is deployed or withdrawn is armed: not airbags, a safety car or a candidate.",
    holds: (text) => !deployedForce.test(text),
  },
  hypothetical: {
    why: "Violence that might happen, is planned or feared has not happened, unless the sentence says it was.",
    holds: (text) => hypothetical.test(text) && !happened.test(text),
  },
} satisfies Record<string, Guard>;

export type GuardName = keyof typeof GUARDS;

/** Guards every rule of a role obeys, besides its own. */
export const ROLE_GUARDS: Partial<Record<VerbRole, readonly GuardName[]>> = {
  violence: ["hypothetical"],
};
