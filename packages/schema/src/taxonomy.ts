import { z } from "zod";

/** ACLED's six event types and their 25 sub-event types, in ACLED's own wording. */
export const ACLED_TAXONOMY = {
  Battles: ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
  "Explosions/Remote violence": [
    "Chemical weapon",
    "Air/drone strike",
    "Suicide bomb",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Grenade",
  ],
  "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
  Protests: ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
  Riots: ["Violent demonstration", "Mob violence"],
  "Strategic developments": [
    "Agreement",
    "Arrests",
    "Change to group/activity",
    "Disrupted weapons use",
    "Headquarters or base established",
    "Looting/property destruction",
    "Non-violent transfer of territory",
    "Other",
  ],
} as const;

/**
 * Kinds ACLED does not code. Articles report them and readers follow them, so they are
 * kept as events of their own rather than dropped.
 */
export const SITREP_TAXONOMY = {
  Statement: ["Statement", "Threat", "Claim of responsibility", "Denial"],
  Accusation: ["Accusation"],
  Deployment: ["Troop deployment", "Troop withdrawal"],
  Decision: ["Policy decision", "Sanctions", "Legal ruling"],
  /** Deaths and damage no one intended: a tram that derails, a flood. */
  Incident: ["Accident", "Disaster"],
  /** What a headline reports when it is none of the above: a meeting, a race, a product's new shape. */
  Other: ["Reported event"],
} as const;

export const TAXONOMY = { ...ACLED_TAXONOMY, ...SITREP_TAXONOMY } as const;

type Taxonomy = typeof TAXONOMY;
export type EventTypeName = keyof Taxonomy;
export type SubEventTypeName = Taxonomy[EventTypeName][number];

const eventTypeNames = Object.keys(TAXONOMY) as [EventTypeName, ...EventTypeName[]];
const subEventTypeNames = [...new Set(Object.values(TAXONOMY).flat())] as [SubEventTypeName, ...SubEventTypeName[]];

export const EventTypeName = z.enum(eventTypeNames);
export const SubEventTypeName = z.enum(subEventTypeNames);

/** Disorder type as ACLED assigns it; null for Sitrep's own kinds. */
export const DISORDER_TYPE: Record<EventTypeName, string | null> = {
  Battles: "Political violence",
  "Explosions/Remote violence": "Political violence",
  "Violence against civilians": "Political violence",
  Protests: "Demonstrations",
  Riots: "Political violence",
  "Strategic developments": "Strategic developments",
  Statement: null,
  Accusation: null,
  Deployment: null,
  Decision: null,
  Incident: null,
  Other: null,
};

export function isAcledType(type: EventTypeName): type is keyof typeof ACLED_TAXONOMY {
  return type in ACLED_TAXONOMY;
}

export const EventType = z
  .object({
    eventType: EventTypeName,
    subEventType: SubEventTypeName,
    /** True when the type is one of ACLED's; false for Sitrep's own kinds. */
    acled: z.boolean(),
  })
  .check((ctx) => {
    const { eventType, subEventType, acled } = ctx.value;
    const allowed: readonly string[] = TAXONOMY[eventType];
    if (!allowed.includes(subEventType)) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        path: ["subEventType"],
        message: `"${subEventType}" is not a sub-type of "${eventType}" (expected one of: ${allowed.join(", ")})`,
      });
    }
    if (acled !== isAcledType(eventType)) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        path: ["acled"],
        message: `acled must be ${isAcledType(eventType)} for "${eventType}"`,
      });
    }
  });
export type EventType = z.infer<typeof EventType>;
