import type { EventTypeName } from "@sitrep/schema";

/** A CSS class per event type: the colour of its badge and its map marker (see globals.css). */
const TYPE_CLASS: Record<EventTypeName, string> = {
  Battles: "t-battles",
  "Explosions/Remote violence": "t-explosions",
  "Violence against civilians": "t-civilians",
  Protests: "t-protests",
  Riots: "t-riots",
  "Strategic developments": "t-strategic",
  Statement: "t-statement",
  Accusation: "t-accusation",
  Deployment: "t-deployment",
  Decision: "t-decision",
  Incident: "t-incident",
  Other: "t-other",
};

export function typeClass(type: EventTypeName): string {
  return TYPE_CLASS[type];
}

/** A map marker's radius: area grows with the toll, so one mass-casualty event stands out. */
export function markerRadius(killed: number | null): number {
  return 3 + Math.min(12, Math.sqrt(Math.max(0, killed ?? 0)) * 1.6);
}
