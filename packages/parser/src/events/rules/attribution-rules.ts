// Who says so, as data: the verbs of saying, the nouns that make a phrase a source, what kind of
// source it is and how sure the sentence is. The grammar that finds the source phrase is in
// events/attribution.ts.
import type { Attribution, Certainty } from "@sitrep/schema";
import type { Examples } from "./define.js";
import { either, oneOf, words, type Pattern } from "../../text/pattern.js";

export const SAY = oneOf`
  said
  says
  told
  reported
  announced
  stated
  confirmed
  claimed
  added
  wrote
  tweeted
  alleged
  warned
  quoted
`;

/** A lower-case phrase before a verb of saying is a source only with one of these: "local officials said". */
export const SOURCE_NOUN = words`
  sources?
  officials?
  spokes(?:man|woman|person)
  police
  army
  military
  ministry
  witness(?:es)?
  residents?
  medics?
  doctors?
  authorities
  commander
  governor
  agency
  group
  statement
  media
  observers?
  activists?
`;

/** How the source spoke: "in a statement", "in a televised address". */
export const CHANNEL = oneOf`
  statement
  post
  tweet
  interview
  press conference
  news conference
  televised address
  briefing
  video
`;

export interface SourceKindRule {
  id: string;
  kind: Attribution["sourceKind"];
  match: Pattern;
  examples: Examples;
}

/** The kind of a source, by the first rule whose words it holds. */
export const SOURCE_KINDS: readonly SourceKindRule[] = [
  {
    id: "security-source",
    kind: "security_source",
    match: either`
      security sources?
      intelligence
    `,
    examples: { yes: ["a security source"], no: ["a local source"] },
  },
  {
    id: "military",
    kind: "military",
    match: words`
      military
      army
      armed forces
      commander
      general
      colonel
      defen[cs]e
      forces
      command
      operations
    `,
    examples: { yes: ["the army's spokesman"], no: ["the mayor's spokesman"] },
  },
  {
    id: "media",
    kind: "media",
    match: words`
      TV
      television
      radio
      news
      agency
      newspaper
      media
      Reuters
      AFP
      AP
      Al Jazeera
      BBC
      channel
      outlet
      journalist
      correspondent
    `,
    examples: { yes: ["local Alsumaria TV"], no: ["local residents"] },
  },
  {
    id: "official",
    kind: "official",
    match: words`
      ministry
      minister
      government
      official
      officials
      spokes(?:man|woman|person)
      governor
      president
      mayor
      police
      authorities
      secretary
      embassy
      state department
    `,
    examples: { yes: ["the provincial governor"], no: ["a shopkeeper"] },
  },
  {
    id: "witness",
    kind: "witness",
    match: words`
      witness
      witnesses
      resident
      residents
      locals
      villagers
    `,
    examples: { yes: ["two witnesses"], no: ["two lawyers"] },
  },
  {
    id: "organisation",
    kind: "organisation",
    match: words`
      UN
      United Nations
      Red Cross
      Amnesty
      Human Rights Watch
      organisation
      organization
      NGO
      observatory
      monitor
    `,
    examples: { yes: ["the Syrian Observatory for Human Rights"], no: ["a cousin of the victim"] },
  },
  {
    id: "group",
    kind: "group",
    match: words`
      group
      militia
      movement
      party
      front
    `,
    examples: { yes: ["the rebel movement"], no: ["the victim's cousin"] },
  },
];

export interface CertaintyRule {
  id: string;
  certainty: Certainty;
  match: Pattern;
  examples: Examples;
}

/** How sure a sentence is of what it reports, by the first rule whose words it holds; else a reported fact. */
export const CERTAINTY: readonly CertaintyRule[] = [
  {
    id: "claimed",
    certainty: "claimed",
    match: words`
      claimed responsibility
      claimed the attack
    `,
    examples: { yes: ["The group claimed the attack."], no: ["The group condemned the attack."] },
  },
  {
    id: "accused",
    certainty: "accused",
    match: words`
      accused
      accuses
      accusing
      blamed
      blames
      blaming
      held responsible
    `,
    examples: { yes: ["Police blamed the rebels."], no: ["Police thanked the rebels."] },
  },
  {
    id: "denied",
    certainty: "denied",
    match: words`
      denied
      denies
      rejected claims
    `,
    examples: { yes: ["The army denied firing on the crowd."], no: ["The army admitted firing on the crowd."] },
  },
  {
    id: "suspected",
    certainty: "suspected",
    match: words`
      suspected
      allegedly
      believed to
      reportedly
      apparently
      likely
    `,
    examples: { yes: ["The man was reportedly shot."], no: ["The man was shot."] },
  },
];
