// Who acts in a sentence, as data: named groups news mentions often, with ACLED's kind and the
// country where they fight, and generic parties (gunmen, protesters, civilians). Names are matched
// as written (capitals count) unless a rule says `anyCase`.
import type { ActorKind } from "@sitrep/schema";
import type { Examples } from "./define.js";
import { either, oneOf, words, type Pattern } from "../../text/pattern.js";

const stateForceMembers = oneOf`
  policem[ae]n
  police officers?
  soldiers?
  guards?
  servicem[ae]n
  commanders?
  officers?
  troops?
`;

export interface ActorRule {
  id: string;
  /** The actor's name as ACLED writes it. */
  name: string;
  kind: ActorKind;
  /** ISO 3166-1 alpha-2 of the country it fights in, when it is one country's group. */
  country: string | null;
  match: Pattern;
  anyCase?: boolean;
  examples: Examples;
}

/** Named groups, looked up before state forces and generic parties. Extend as articles need. */
export const NAMED_GROUPS: readonly ActorRule[] = [
  {
    id: "popular-mobilisation-forces",
    name: "Popular Mobilisation Forces",
    kind: "state_forces",
    country: "IQ",
    match: words`
      Popular Mobili[sz]ation (?:Forces|Units)
      PMF
      PMU
      Hashd al-Shaabi
    `,
    examples: { yes: ["Units of the Hashd al-Shaabi entered the town."], no: ["Units of the army entered the town."] },
  },
  {
    id: "islamic-state",
    name: "Islamic State",
    kind: "rebel_group",
    country: null,
    match: words`
      Islamic State(?: group)?
      ISIS
      ISIL
      IS
      Daesh
    `,
    examples: { yes: ["Daesh fighters attacked the village."], no: ["The village is quiet, as it is every winter."] },
  },
  {
    id: "al-shabaab",
    name: "Al Shabaab",
    kind: "rebel_group",
    country: "SO",
    match: words`
      al-Shabaab
      al-Shabab
      Al Shabaab
    `,
    examples: { yes: ["Al Shabaab claimed the raid."], no: ["The shabby hotel was raided."] },
  },
  {
    id: "boko-haram",
    name: "Boko Haram",
    kind: "rebel_group",
    country: "NG",
    match: either`
      \bBoko Haram\b
    `,
    examples: { yes: ["Boko Haram fighters stormed the school."], no: ["Bandits stormed the school."] },
  },
  {
    id: "taliban",
    name: "Taliban",
    kind: "rebel_group",
    country: "AF",
    match: either`
      \bTaliban\b
    `,
    examples: { yes: ["The Taliban took the district."], no: ["The rebels took the district."] },
  },
  // Before Hezbollah: a span one rule reads is not read again, so the longer name goes first.
  {
    id: "kataib-hezbollah",
    name: "Kataib Hezbollah",
    kind: "political_militia",
    country: "IQ",
    match: either`
      \bKataib Hezbollah\b
    `,
    examples: { yes: ["Kataib Hezbollah denied the attack."], no: ["A spokesman denied the attack."] },
  },
  {
    id: "hezbollah",
    name: "Hezbollah",
    kind: "political_militia",
    country: "LB",
    match: either`
      \bHezbollah\b
    `,
    examples: { yes: ["Hezbollah fired at the post."], no: ["Someone fired at the post."] },
  },
  {
    id: "hamas",
    name: "Hamas",
    kind: "rebel_group",
    country: "PS",
    match: either`
      \bHamas\b
    `,
    examples: { yes: ["Hamas said it fired the rockets."], no: ["The group said it fired the rockets."] },
  },
  {
    id: "houthis",
    name: "Houthis (Ansar Allah)",
    kind: "rebel_group",
    country: "YE",
    match: either`
      \bHouthis?\b
      \bAnsar Allah\b
    `,
    examples: { yes: ["Houthi forces shelled the port."], no: ["Coastguard forces patrolled the port."] },
  },
  {
    id: "al-qaeda",
    name: "Al Qaeda",
    kind: "rebel_group",
    country: null,
    match: either`
      \bal-Qaeda\b
      \bAl Qaeda\b
    `,
    examples: { yes: ["An al-Qaeda cell was dismantled."], no: ["A smuggling cell was dismantled."] },
  },
  {
    id: "wagner-group",
    name: "Wagner Group",
    kind: "external_forces",
    country: "RU",
    match: either`
      \bWagner(?: Group)?\b
    `,
    examples: { yes: ["Wagner mercenaries guarded the mine."], no: ["Private guards watched the mine."] },
  },
  // Groups of one country's war: where they fight says where the event was, when the text names no place.
  {
    id: "novorossiya",
    name: "NAF: United Armed Forces of Novorossiya",
    kind: "rebel_group",
    country: "UA",
    match: words`
      NAF
      DPR
      LPR
      Donbass People's Militia
      (?:Donetsk|Luhansk) People's (?:Republic|Militia)
    `,
    examples: { yes: ["DPR forces shelled the village."], no: ["Government forces shelled the village."] },
  },
  {
    id: "syrian-democratic-forces",
    name: "QSD: Syrian Democratic Forces",
    kind: "rebel_group",
    country: "SY",
    match: words`
      QSD
      SDF
      Syrian Democratic Forces
    `,
    examples: { yes: ["The SDF arrested two men."], no: ["The police arrested two men."] },
  },
  {
    id: "hayat-tahrir-al-sham",
    name: "Hayat Tahrir al-Sham",
    kind: "rebel_group",
    country: "SY",
    match: words`
      Hayat Tahrir al-Sham
      HTS
    `,
    examples: { yes: ["HTS fighters shelled the town."], no: ["Unknown fighters shelled the town."] },
  },
  {
    id: "new-peoples-army",
    name: "NPA: New People's Army",
    kind: "rebel_group",
    country: "PH",
    match: words`
      NPA
      New People's Army
    `,
    examples: { yes: ["The New People's Army ambushed a patrol."], no: ["Bandits ambushed a patrol."] },
  },
  {
    id: "myanmar-resistance",
    name: "Myanmar armed resistance",
    kind: "rebel_group",
    country: "MM",
    match: words`
      TNLA
      Ta'ang National Liberation Army
      KIA
      Kachin Independence Army
      Arakan Army
      People's Defen[cs]e Forces?
      PDF
    `,
    examples: { yes: ["The Arakan Army seized the outpost."], no: ["The junta's army seized the outpost."] },
  },
  {
    id: "colombian-armed-group",
    name: "Colombian armed group",
    kind: "rebel_group",
    country: "CO",
    match: words`
      FARC
      ELN
      Clan del Golfo
      Gulf Clan
    `,
    examples: { yes: ["ELN guerrillas blew up the pipeline."], no: ["Unknown men blew up the pipeline."] },
  },
  {
    id: "m23",
    name: "M23: March 23 Movement",
    kind: "rebel_group",
    country: "CD",
    match: either`
      \bM23\b
    `,
    examples: { yes: ["M23 rebels entered the town."], no: ["Rebels entered the town on 23 March."] },
  },
  {
    id: "jnim",
    name: "JNIM: Group for Support of Islam and Muslims",
    kind: "rebel_group",
    country: null,
    match: words`
      JNIM
      Group for Support of Islam and Muslims
    `,
    examples: { yes: ["JNIM claimed the ambush."], no: ["No group claimed the ambush."] },
  },
  {
    id: "iswap",
    name: "Islamic State West Africa Province",
    kind: "rebel_group",
    country: null,
    match: words`
      ISWAP
      Islamic State West Africa Province
    `,
    examples: { yes: ["ISWAP fighters raided the base."], no: ["Local fighters raided the base."] },
  },
  {
    id: "us-led-coalition",
    name: "US-led Coalition",
    kind: "external_forces",
    country: null,
    anyCase: true,
    match: either`
      \b(?:anti-IS|anti-ISIS|US-led|international|Saudi-led|Arab) coalition\b
      \bcoalition (?:forces|troops|aircraft|warplanes)\b
    `,
    examples: { yes: ["US-led coalition aircraft struck the bridge."], no: ["The ruling coalition met on Monday."] },
  },
];

/** Generic parties, read last: any span a named group or a state's forces took is theirs. */
export const GENERIC_PARTIES: readonly ActorRule[] = [
  {
    id: "unidentified-armed-group",
    name: "Unidentified Armed Group",
    kind: "unknown",
    country: null,
    anyCase: true,
    match: either`
      \b(?:unidentified|unknown|armed) (?:gunmen|assailants|attackers|men|militants|group)\b
      \bgunmen\b
      \bassailants\b
    `,
    examples: { yes: ["Unknown assailants shot the driver."], no: ["A drunk driver hit the wall."] },
  },
  {
    id: "militants",
    name: "Militants",
    kind: "rebel_group",
    country: null,
    anyCase: true,
    match: words`
      militants?
      insurgents?
      jihadists?
      rebels?
      terrorists?
    `,
    examples: { yes: ["Insurgents blocked the road."], no: ["Farmers blocked the road."] },
  },
  {
    id: "militia",
    name: "Militia",
    kind: "political_militia",
    country: null,
    anyCase: true,
    match: words`
      militias?
      militiam[ae]n
    `,
    examples: { yes: ["A militiaman was arrested."], no: ["A shopkeeper was arrested."] },
  },
  // Gangs and cartels are armed groups as ACLED codes them (political militias), not civilians.
  {
    id: "gang",
    name: "Gang",
    kind: "political_militia",
    country: null,
    anyCase: true,
    match: words`
      gang members?
      gangs?
      gangsters?
      cartels?
      cartel members?
      drug traffick(?:ers?|ing groups?)
      drug dealers?
      criminal groups?
      bandits?
      dahalo
    `,
    examples: { yes: ["Bandits robbed the travellers."], no: ["Nobody robbed the travellers."] },
  },
  {
    id: "state-forces",
    name: "State forces",
    kind: "state_forces",
    country: null,
    anyCase: true,
    match: either`
      \b(?:a |an |the )?${stateForceMembers}\b
    `,
    examples: { yes: ["A policeman was wounded."], no: ["A postman was wounded."] },
  },
  {
    id: "protesters",
    name: "Protesters",
    kind: "protesters",
    country: null,
    anyCase: true,
    match: words`
      protesters
      demonstrators
      marchers
    `,
    examples: { yes: ["Demonstrators filled the square."], no: ["Tourists filled the square."] },
  },
  {
    id: "rioters",
    name: "Rioters",
    kind: "rioters",
    country: null,
    anyCase: true,
    match: words`
      rioters
      mob
    `,
    examples: { yes: ["Rioters looted the shops."], no: ["Thieves looted the shops."] },
  },
  {
    id: "civilians",
    name: "Civilians",
    kind: "civilians",
    country: null,
    anyCase: true,
    match: words`
      civilians?
      villagers?
      residents?
      farmers?
      herders?
      students?
      children
      women
      a man
      a woman
      worshippers
      journalists?
      passengers
    `,
    examples: { yes: ["Two worshippers were hurt."], no: ["Two officials were hurt."] },
  },
];

/** The words that make a state's name an actor: "Iraqi forces", "Iraq's military", "US troops". */
export const FORCE = oneOf`
  forces
  troops
  soldiers
  army
  military
  police
  policemen
  security forces
  navy
  air force
  warplanes
  jets
  aircraft
  drones
  border guards
  gendarmes
  gendarmerie
  personnel
  servicemen
  marines
  commandos
  units
`;

/** Things a force has: after a force, they make it name a place or a thing ("a US military base"). */
const forcesThings = oneOf`
  base
  bases
  camp
  camps
  convoy
  convoys
  vehicles?
  patrols?
  posts?
  checkpoints?
  facility
  facilities
  installations?
  airport
  airfield
  compound
  headquarters
  positions?
  sites?
  barracks
  academy
  hospital
  court
  officials?
  sources?
  spokes(?:man|woman|person)
  statement
  presence
  operations?
  commander
  chief
`;
export const ATTRIBUTIVE = either`
  ^\s+${forcesThings}\b
`;
