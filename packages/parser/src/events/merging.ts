import { DATE_PRECISION_RANK } from "@sitrep/schema";
import type {
  Actor,
  Attribution,
  Casualties,
  CasualtyFigure,
  Effect,
  EventDate,
  Evidence,
  Location,
  Weapon,
  WeaponKind,
} from "@sitrep/schema";
import type { Mention } from "./mentions.js";
import type { PlaceMention } from "./places.js";
import { saysWhere, specificity } from "./places.js";
import { evidenceOf } from "./segments.js";
import { distanceKm } from "../places/geo.js";
import { retype, sameFamilyOrGeneric, turnsViolent } from "./rules/retyping.js";
import type { Trigger } from "./typing.js";
import { either } from "../text/pattern.js";

/** An event as it is assembled from the mentions that report it. */
export interface EventDraft {
  trigger: Trigger;
  mentions: Mention[];
  date: EventDate | null;
  location: Location | null;
  weapons: Weapon[];
  casualties: Casualties;
  effects: Effect[];
  actors: Actor[];
  attributions: Attribution[];
  evidence: Evidence[];
  /** Inherited from the event it answers or follows, not stated in its own sentences. */
  inheritedFrom: EventDraft | null;
}

const PROJECTILES: ReadonlySet<WeaponKind> = new Set(["rocket", "missile", "mortar", "artillery"]);

/**
 * Mentions in reading order become events. A mention joins an earlier event when nothing
 * conflicts (type, date, place, counts) and something links them: it names the event as known
 * ("the missiles"), or shares its place or its weapon count. A response ("forces responded to
 * the attack") or a follow-up ("seized from the scene") starts a new event in the time and
 * place of the one it refers to. An accusation about "the strikes" is attached to them.
 */
export function mergeMentions(mentions: Mention[]): EventDraft[] {
  const events: EventDraft[] = [];
  for (const m of mentions) {
    const latest = events[events.length - 1];
    if (m.trigger.eventType === "Accusation" && m.trigger.anaphoric && latest) {
      const target = [...events]
        .reverse()
        .find((e) => e.trigger.verbRole === "violence" || e.trigger.verbRole === "response");
      if (target) {
        attach(target, m, { asAccusation: true });
        continue;
      }
    }
    // "Two soldiers were killed." after a report, or "Demonstrators threw bottles." after a
    // protest: more about the same event, not a new one.
    if (latest && (elaborates(m) || (turnsViolent(latest.trigger, m) && compatiblePlace(latest, m)))) {
      attach(latest, m, { asAccusation: false });
      continue;
    }
    const joinable = m.trigger.response
      ? undefined
      : [...events].reverse().find((e) => compatible(e, m) && linked(e, m));
    if (joinable) {
      attach(joinable, m, { asAccusation: false });
      continue;
    }
    const draft = start(m);
    const refersBack =
      m.trigger.response ||
      m.trigger.anaphoric ||
      /\b(?:the scene|the operation|the area|the site|the incident)\b/i.test(m.sentence.text);
    if (refersBack && latest) {
      draft.inheritedFrom = latest;
      if (!draft.date) draft.date = latest.date;
      if (!draft.location) draft.location = latest.location;
    }
    events.push(draft);
  }
  return events;
}

function start(m: Mention): EventDraft {
  const d: EventDraft = {
    trigger: m.trigger,
    mentions: [],
    date: null,
    location: null,
    weapons: [],
    casualties: m.casualties,
    effects: [],
    actors: [],
    attributions: [],
    evidence: [],
    inheritedFrom: null,
  };
  attach(d, m, { asAccusation: false });
  return d;
}

/** A sentence that only adds detail: a generic verb, and no place, date or weapon count of its own. */
function elaborates(m: Mention): boolean {
  return (
    m.trigger.generic &&
    m.places.length === 0 &&
    m.dates.length === 0 &&
    !m.weapons.some((w) => w.count) &&
    !m.trigger.response
  );
}

function attach(e: EventDraft, m: Mention, how: { asAccusation: boolean }) {
  // What the new mention says may re-type the event (rules/retyping.ts, the "merge" rows).
  e.trigger = retype("merge", e.trigger, m);
  e.mentions.push(m);
  e.evidence.push(evidenceOf(m.sentence));
  if (how.asAccusation) {
    // The place of an accusation is where the accused is, not where the event was.
    for (const a of m.actors) addActor(e.actors, a);
    e.attributions.push({
      source: m.actors.find((a) => a.role === "accuser")?.text ?? m.sentence.text,
      sourceKind: "group",
      channel: null,
      certainty: "accused",
      text: m.sentence.text,
    });
    return;
  }
  const date = eventDate(m);
  if (date && (!e.date || better(date, e.date))) e.date = date;
  const place = eventPlace(m.places, m.sentence.text);
  if (place && (!e.location || specificity(place) < specificity(e.location))) e.location = place;
  for (const w of m.weapons) addWeapon(e.weapons, w);
  if (e.mentions.length > 1) e.casualties = mergeCasualties(e.casualties, m.casualties);
  for (const x of m.effects) if (!e.effects.some((y) => y.kind === x.kind && y.object === x.object)) e.effects.push(x);
  for (const a of m.actors) addActor(e.actors, a);
  for (const a of m.attributions) {
    if (!e.attributions.some((b) => b.source === a.source))
      e.attributions.push({
        source: a.source,
        sourceKind: a.sourceKind,
        channel: a.channel,
        certainty: a.certainty,
        text: a.text,
      });
  }
}

/** The date of what happened; a date the text gives only for the report comes second. */
function eventDate(m: Mention): EventDate | null {
  const occurred = m.dates.find((d) => d.date.basis === "occurred");
  return (occurred ?? m.dates[0])?.date ?? null;
}

function better(a: EventDate, b: EventDate): boolean {
  if (a.basis !== b.basis) return a.basis === "occurred";
  return DATE_PRECISION_RANK[a.precision] < DATE_PRECISION_RANK[b.precision];
}

/**
 * Where a sentence's event happened: the most specific place it names, places introduced by
 * "in", "at" or "near" (or a possessive, "Iraq's Anbar province") before others, and places
 * introduced by "from" or "to" or used as adjectives ("US troops") only when nothing else is named.
 */
/** After a country's name, what makes it an adjective or an origin: "US Army", "US troops", "Iraq's embassy". */
const ADJECTIVE_AFTER = new RegExp(
  either`
    ^\s\p{Lu}
    ^\s(?:troops|forces|military|officials?|soldiers|army|embassy|government|citizens?|president|envoy)\b
  `.source,
  "u",
);

export function eventPlace(places: PlaceMention[], sentence = ""): Location | null {
  // Any named place below a country outranks a country; among countries, one introduced by
  // "in" beats one used as an adjective ("US troops") or as an origin ("from Syria").
  const weight = (p: PlaceMention) => {
    // A place the sentence says it happened at before one it only names ("Saint Petersburg Mayor").
    if (p.location.kind !== "country") return p.preposition === "from" ? 2 : saysWhere(p, sentence) ? 0 : 0.5;
    const after = sentence.slice(p.end, p.end + 14);
    if (saysWhere(p, sentence)) return 1;
    if (p.preposition === "from" || p.preposition === "to" || ADJECTIVE_AFTER.test(after)) return 3;
    return 2;
  };
  let best: PlaceMention | null = null;
  let bestWeight = Infinity;
  for (const p of places) {
    const w = weight(p);
    if (w < bestWeight || (w === bestWeight && specificity(p.location) < specificity(best!.location)))
      [best, bestWeight] = [p, w];
  }
  return best?.location ?? null;
}

function addWeapon(list: Weapon[], w: Weapon) {
  const same = list.find(
    (x) => x.kind === w.kind || (PROJECTILES.has(x.kind) && PROJECTILES.has(w.kind) && (!x.count || !w.count)),
  );
  const weapon = { kind: w.kind, text: w.text, count: w.count };
  if (!same) list.push(weapon);
  else if (!same.count && w.count) Object.assign(same, weapon);
}

function addActor(list: Actor[], a: Actor) {
  if (!list.some((x) => x.name === a.name && x.role === a.role)) list.push(a);
}

function mergeCasualties(a: Casualties, b: Casualties): Casualties {
  const pick = (x: CasualtyFigure, y: CasualtyFigure) =>
    x.value === null ? y : y.value !== null && y.value > x.value ? y : x;
  return {
    killed: pick(a.killed, b.killed),
    injured: pick(a.injured, b.injured),
    bySide: [...a.bySide, ...b.bySide.filter((s) => !a.bySide.some((t) => t.side === s.side))],
  };
}

/** Violent types that a generic attack report may turn out to be. */
function compatible(e: EventDraft, m: Mention): boolean {
  const generic = sameFamilyOrGeneric(e.trigger, m.trigger);
  if (!generic && e.trigger.eventType !== m.trigger.eventType) return false;
  const family = e.trigger.eventType === "Explosions/Remote violence" || e.trigger.eventType === "Protests";
  if (!generic && e.trigger.subEventType !== m.trigger.subEventType && !family) return false;
  const date = eventDate(m);
  // "The attack highlighted ... heavy fighting in recent months": the backdrop, not this event.
  if (date?.precision === "vague" && e.date?.precision !== "vague") return false;
  if (date && e.date && date.start && e.date.start && date.end && e.date.end) {
    if (date.start > e.date.end || e.date.start > date.end) return false;
  }
  if (!compatiblePlace(e, m)) return false;
  for (const w of m.weapons) {
    const x = e.weapons.find((y) => y.kind === w.kind);
    if (x?.count && w.count && x.count.value !== w.count.value) return false;
  }
  return true;
}

/** The mention's place is the event's, lies in it, or is not precise enough to differ. */
function compatiblePlace(e: EventDraft, m: Mention): boolean {
  // A country only named ("the war of Russia against Ukraine") is not a place that differs.
  const place = eventPlace(
    m.places.filter((p) => p.location.kind !== "country" || saysWhere(p, m.sentence.text)),
    m.sentence.text,
  );
  if (place && e.location && !samePlace(place, e.location) && specificity(place) <= 1 && specificity(e.location) <= 1)
    return false;
  return !(
    place &&
    e.location &&
    place.country &&
    e.location.country &&
    place.country.iso2 !== e.location.country.iso2
  );
}

/** The headline, the standfirst and the first paragraph: where an article states its main news. */
function inLead(s: { part: string; paragraph: number | null }): boolean {
  return s.part !== "body" || (s.paragraph ?? 0) === 0;
}

function linked(e: EventDraft, m: Mention): boolean {
  if (m.trigger.anaphoric) return true;
  // An article tells of one crash or one flood, however many sentences it takes: nothing in
  // them conflicts (compatible), so a second report of the same kind of incident is the first's.
  if (
    e.trigger.eventType === "Incident" &&
    m.trigger.eventType === "Incident" &&
    e.trigger.subEventType === m.trigger.subEventType
  )
    return true;
  // A headline and the lead report one event unless something in them conflicts.
  if (inLead(m.sentence) && e.mentions.every((x) => x.sentence.part === "title")) return true;
  const place = eventPlace(m.places, m.sentence.text);
  if (
    place &&
    e.location &&
    place.precision !== "country" &&
    e.location.precision !== "country" &&
    samePlace(place, e.location)
  )
    return true;
  return m.weapons.some(
    (w) => w.count && e.weapons.some((x) => x.kind === w.kind && x.count?.value === w.count?.value),
  );
}

/** One place is, or lies within, the other. */
function samePlace(a: Location, b: Location): boolean {
  if (a.gazetteerId && a.gazetteerId === b.gazetteerId) return true;
  const province = (l: Location) => (l.kind === "province" ? l.admin1?.code : null);
  if (province(a) && province(a) === b.admin1?.code) return true;
  if (province(b) && province(b) === a.admin1?.code) return true;
  if (a.coordinates && b.coordinates && a.precision === "exact" && b.precision === "exact")
    return distanceKm(a.coordinates, b.coordinates) <= 25;
  return false;
}
