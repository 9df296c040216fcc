// Weapons named in a sentence, as data: most specific first ("car bomb" before "bomb"), since a
// span read by one rule is not read again by a later one.
import type { WeaponKind } from "@sitrep/schema";
import type { Examples } from "./define.js";
import { either, words, type Pattern } from "../../text/pattern.js";

export interface WeaponRule {
  id: string;
  kind: WeaponKind;
  match: Pattern;
  examples: Examples;
}

export const WEAPON_RULES: readonly WeaponRule[] = [
  {
    id: "car-bomb",
    kind: "car_bomb",
    match: either`
      \b(?:car|truck|vehicle)[- ]bombs?\b
      \bvehicle[- ]borne (?:improvised )?explosive devices?\b
      \bVBIEDs?\b
    `,
    examples: { yes: ["A truck bomb exploded outside the ministry."], no: ["A truck exploded outside the ministry."] },
  },
  {
    id: "suicide-bomb",
    kind: "suicide_bomb",
    match: either`
      \bsuicide (?:bomb(?:er|ers|s|ing|ings)?|attack(?:er|ers|s)?|vests?|belts?)\b
    `,
    examples: { yes: ["The attacker wore a suicide vest."], no: ["The attacker wore a black vest."] },
  },
  {
    id: "ied",
    kind: "ied",
    match: words`
      improvised explosive devices?
      IEDs?
      roadside bombs?
      explosive devices?
      sticky bombs?
      magnetic bombs?
    `,
    examples: { yes: ["A sticky bomb was fixed to the car."], no: ["A sticky label was fixed to the car."] },
  },
  {
    id: "landmine",
    kind: "landmine",
    match: words`
      land ?mines?
      anti-?(?:personnel|tank) mines?
    `,
    examples: { yes: ["The tractor hit an anti-tank mine."], no: ["The miners left the coal mine."] },
  },
  {
    id: "drone",
    kind: "drone",
    match: words`
      drones?
      UAVs?
      unmanned aerial vehicles?
    `,
    examples: { yes: ["Two UAVs circled the camp."], no: ["Two helicopters circled the camp."] },
  },
  {
    id: "airstrike",
    kind: "airstrike",
    match: words`
      air ?strikes?
      air raids?
      aerial (?:bombardments?|attacks?)
      warplanes?
      fighter jets?
      (?:helicopter )?gunships?
      bombers
    `,
    examples: { yes: ["Warplanes flew over the valley."], no: ["Airliners flew over the valley."] },
  },
  {
    id: "rocket",
    kind: "rocket",
    match: either`
      \b(?:(?:katyusha|grad|qassam)\s+)?rockets?\b
      \b(?:katyushas?|RPGs?|rocket-propelled grenades?)\b
    `,
    examples: { yes: ["Militants fired Katyusha rockets at the base."], no: ["Militants fired at the base."] },
  },
  {
    id: "missile",
    kind: "missile",
    match: words`
      missiles?
    `,
    examples: { yes: ["A missile hit the port."], no: ["A storm hit the port."] },
  },
  {
    id: "mortar",
    kind: "mortar",
    match: words`
      mortars?(?: (?:shells?|rounds?|bombs?))?
    `,
    examples: { yes: ["Three mortar rounds landed in the camp."], no: ["Three parcels landed in the camp."] },
  },
  {
    id: "artillery",
    kind: "artillery",
    match: words`
      artillery(?: (?:shells?|fire|rounds?))?
      shells?
      shelling
      howitzers?
    `,
    examples: { yes: ["Artillery fire was heard all night."], no: ["Laughter was heard all night."] },
  },
  {
    id: "grenade",
    kind: "grenade",
    match: words`
      (?:hand )?grenades?
    `,
    examples: { yes: ["He threw a hand grenade into the yard."], no: ["He threw a ball into the yard."] },
  },
  {
    id: "chemical",
    kind: "chemical",
    match: words`
      chemical weapons?
      chlorine
      sarin
      mustard gas
      nerve agents?
    `,
    examples: { yes: ["Chlorine was used in the attack."], no: ["Chalk was used in the classroom."] },
  },
  {
    id: "gun",
    kind: "gun",
    match: words`
      guns?
      gunfire
      gunshots?
      rifles?
      firearms?
      bullets?
      live (?:ammunition|rounds)
      machine[- ]guns?
      pistols?
      AK-47s?
    `,
    examples: { yes: ["Police found two pistols in the car."], no: ["Police found two phones in the car."] },
  },
  {
    id: "knife",
    kind: "knife",
    match: words`
      knives
      knife
      machetes?
      swords?
      axes?
      daggers?
    `,
    examples: { yes: ["The attackers carried machetes."], no: ["The attackers carried flags."] },
  },
  {
    id: "explosive",
    kind: "explosive",
    match: words`
      bombs?
      explosives?
      bombings?
      blasts?
      explosions?
      dynamite
    `,
    examples: { yes: ["Dynamite was found in the shed."], no: ["Fertiliser was found in the shed."] },
  },
];
