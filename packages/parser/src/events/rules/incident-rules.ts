// Deaths no one intended, and what a sentence reports when no typing rule reads it: as data.
import type { Examples, Kind } from "./define.js";
import { either, oneOf, words, type Pattern } from "../../text/pattern.js";

const vehicleKinds = oneOf`
  tram
  train
  bus
  car
  plane
  aircraft
  helicopter
  lorry
  truck
  boat
  ferry
  vehicle
  jet
  minibus
  coach
  ship
`;
const accidentKinds = oneOf`
  road
  traffic
  car
  rail
  train
  tram
  plane
  air
  boating
  mining
  mine
  industrial
  workplace
  bus
`;
const sayVerbs = oneOf`
  said
  says
  announced
  stated
  declared
  pledged
  promised
`;

export type IncidentRule = Kind & { id: string; match: Pattern; examples: Examples };

/** Accidents before disasters: a sentence with both words ("a crash in the storm") is an accident. */
export const INCIDENT_RULES: readonly IncidentRule[] = [
  {
    id: "accident",
    type: "Incident",
    sub: "Accident",
    match: words`
      derail(?:ed|s|ment|ing)?
      (?:left|came off|jumped) the (?:tracks?|rails?|road)
      ${vehicleKinds}s?\s+(?:\w+\s+){0,2}(?:crash(?:ed|es)?|overturn(?:ed|s)?|collided|capsized|sank|plunged|flipped)
      ${accidentKinds} (?:accidents?|crash(?:es)?|disasters?|collisions?)
      crash(?:ed|es)?
      collided with
      head-on collision
      capsiz(?:ed|es|ing)
      overturn(?:ed|s)
      fell (?:down|into) (?:a |an |the )?(?:[\w-]+\s+){0,2}(?:well|shaft|ravine|river|hole)
      trapped (?:in|down|under) (?:a |an |the )?(?:[\w-]+\s+){0,2}(?:well|mine|rubble)
      stampedes?
      gas (?:leak|explosion)
      (?:building|bridge|mine|dam) collapse(?:d)?
      accidents?
      accidentally
    `,
    examples: {
      yes: ["A bus overturned on the mountain road, killing nine passengers.", "The ferry capsized off the coast."],
      no: ["A bus crashed into the checkpoint and the attackers opened fire.", "The ferry sailed off the coast."],
    },
  },
  {
    id: "disaster",
    type: "Incident",
    sub: "Disaster",
    match: words`
      earthquakes?
      quakes?
      floods
      flooding
      flash floods?
      floodwaters?
      landslides?
      mudslides?
      hurricanes?
      cyclones?
      typhoons?
      tornado(?:es|s)?
      tsunamis?
      wildfires?
      forest fires?
      bush ?fires?
      volcanic eruptions?
      droughts?
      avalanches?
      heatwaves?
      (?:tropical|winter|severe) storms?
      snowstorms?
      blizzards?
    `,
    examples: {
      yes: ["Flash floods swept away twelve houses in the valley."],
      no: ["Insurgents used the floods to move fighters across the river."],
    },
  },
];

/** Someone meant it: an accident or a disaster with an attacker in it is an attack. */
export const INTENDED = words`
  gunm[ae]n
  attack(?:er|ers|ed|s|ing)?
  militants?
  insurgents?
  terror(?:ist|ists|ism)?
  bomb(?:s|er|ers|ing|ings)?
  explosives?
  IEDs?
  land ?mines?
  rockets?
  missiles?
  mortars?
  shell(?:ed|ing)
  air ?strikes?
  drones?
  shot (?:down|dead|at)
  shooting
  opened fire
  gunfire
  ambush(?:ed)?
  rebels?
  deliberately
  rammed
  targeted
  protest(?:ers|s)?
  riot(?:ers|s)?
  arson
`;

/** Words without which no incident rule matches: most sentences are tested by this alone. */
export const INCIDENT_WORD = either`
  gas
  crash
  derail
  left the
  came off
  jumped the
  collid
  collision
  capsiz
  overturn
  accident
  stampede
  fell
  trapped
  collapse
  leak
  sank
  plunged
  flipped
  quake
  flood
  slide
  hurricane
  cyclone
  typhoon
  tornado
  tsunami
  fire
  volcan
  drought
  avalanche
  heatwave
  storm
  blizzard
`;

export type FallbackRule = Kind & { id: string; match: Pattern; examples: Examples };

/**
 * What a sentence that no typing rule reads may still report, tried in order: a gathering whose
 * next sentence says what it was for is a protest; "said ... would", "announced" a statement.
 */
export const FALLBACK_RULES = {
  gathering: {
    id: "gathering-with-purpose",
    type: "Protests",
    sub: "Peaceful protest",
    match: words`
      gathered
      assembled
      congregated
      blocked
      lined up
      lined
    `,
    examples: {
      yes: ["Nearly 80 people gathered in the square. They denounced the expulsion of a student."],
      no: ["Nearly 80 people gathered in the square. They listened to a concert."],
    },
  },
  statement: {
    id: "statement",
    type: "Statement",
    sub: "Statement",
    match: either`
      \b${sayVerbs}\b[^.]{0,160}\b(?:would|will|plans? to|intends? to|is to|are to)\b
      \b(?:announced|declared|pledged|promised)\b
    `,
    examples: {
      yes: ["The minister said the border would reopen next month."],
      no: ["The minister visited the border last month."],
    },
  },
} satisfies Record<string, FallbackRule>;

const gatherers = oneOf`
  protesters
  demonstrators
  participants
  crowd
  group
  workers
  farmers
  residents
  activists
  students
  drivers
  guards
  employees
  teachers
  members
`;
const saidWhatFor = oneOf`
  denounced
  called (?:for|on)
  demanded
  protested
  were protesting
  opposed
  expressed
  critici[sz]ed
  rejected
  condemned
  urged
  chanted
  voiced
`;

/** The sentence after a gathering that says what it was for: "They denounced", "The activists were protesting". */
export const PURPOSE_NEXT = either`
  ^\W*(?:They|The (?:[\w-]+ )?${gatherers})\s+(?:also\s+)?${saidWhatFor}\b
`;
