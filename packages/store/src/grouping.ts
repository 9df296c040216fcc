import type { Event, GeoPrecision } from "@sitrep/schema";
import { distanceKm } from "@sitrep/parser";

const DAY = 86_400_000;
const PRECISE: ReadonlySet<GeoPrecision> = new Set(["exact", "near"]);
const PRECISION_RANK: Record<GeoPrecision, number> = { exact: 0, near: 1, admin2: 2, fuzzy: 3, admin1: 4, country: 5, international_waters: 6 };
const DATE_RANK = { day: 0, week: 1, month: 2, year: 3, vague: 4, unknown: 5 } as const;

/**
 * Whether an event can be matched across articles at all: an ACLED event with dates and a
 * place at least as precise as a province. Statements, or an attack "in Iraq", are not
 * precise enough to say two reports are one event.
 */
export function groupable(e: Event): boolean {
  return e.type.acled && !!e.date.start && !!e.date.end && !!e.location?.country && (!!e.location.admin1 || PRECISE.has(e.location.precision));
}

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** The days an event may have happened on; a date only reported may be a couple of days late. */
export function dateWindow(e: Event): [string, string] {
  const start = e.date.start!;
  const end = e.date.end!;
  return [shiftDay(start, e.date.basis === "reported" ? -3 : -1), shiftDay(end, 1)];
}

/**
 * Two reports describe one event: same type, dates that overlap (a day's slack), the same place
 * (within 25 km, or the same province when either has no precise point), and no count that
 * contradicts the other. Two attacks on one day in one province stay apart when their places
 * or their counts differ.
 */
export function sameEvent(a: Event, b: Event): boolean {
  if (a.type.eventType !== b.type.eventType || a.type.subEventType !== b.type.subEventType) return false;
  if (!groupable(a) || !groupable(b)) return false;
  const [aFrom, aTo] = dateWindow(a);
  const [bFrom, bTo] = dateWindow(b);
  if (aFrom > bTo || bFrom > aTo) return false;
  const la = a.location!;
  const lb = b.location!;
  if (la.country?.iso2 !== lb.country?.iso2) return false;
  if (la.coordinates && lb.coordinates && PRECISE.has(la.precision) && PRECISE.has(lb.precision)) {
    if (distanceKm(la.coordinates, lb.coordinates) > 25) return false;
  } else if (!la.admin1?.code || la.admin1.code !== lb.admin1?.code) {
    return false;
  }
  if (!compatibleCounts(a.casualties.killed, b.casualties.killed)) return false;
  if (!compatibleCounts(a.casualties.injured, b.casualties.injured)) return false;
  for (const w of a.weapons) {
    const other = b.weapons.find((x) => x.kind === w.kind);
    if (other?.count && w.count && !compatibleCounts(w.count, other.count)) return false;
  }
  return true;
}

type Figure = { value: number | null; qualifier: string | null };

/** Equal figures agree; "at least 3" agrees with 5 but not with 2; two exact figures must be equal. */
function compatibleCounts(a: Figure, b: Figure): boolean {
  if (a.value === null || b.value === null) return true;
  if (a.value === b.value) return true;
  const lower = (f: Figure) => f.qualifier === "at_least" || f.qualifier === "more_than";
  const approx = (f: Figure) => f.qualifier === "about";
  if (approx(a) || approx(b)) return Math.abs(a.value - b.value) <= Math.max(2, 0.2 * Math.max(a.value, b.value));
  if (lower(a) && b.value >= a.value) return true;
  if (lower(b) && a.value >= b.value) return true;
  return false;
}

/** The group an event joins: one whose every member it agrees with, the nearest if several. */
export function chooseGroup(e: Event, groups: ReadonlyMap<string, readonly Event[]>): string | null {
  let best: { id: string; score: number } | null = null;
  for (const [id, members] of groups) {
    if (members.length === 0 || !members.every((m) => sameEvent(e, m))) continue;
    const score = Math.min(...members.map((m) => (e.location?.coordinates && m.location?.coordinates ? distanceKm(e.location.coordinates, m.location.coordinates) : 50)));
    if (!best || score < best.score) best = { id, score };
  }
  return best?.id ?? null;
}

/** The member that best represents a group: the most precise place, then the most precise date. */
export function representative(members: readonly Event[]): Event {
  return [...members].sort(
    (a, b) =>
      PRECISION_RANK[a.location?.precision ?? "international_waters"] - PRECISION_RANK[b.location?.precision ?? "international_waters"] ||
      DATE_RANK[a.date.precision] - DATE_RANK[b.date.precision] ||
      a.id.localeCompare(b.id),
  )[0]!;
}

/** ACLED's habit: of several reported tolls, the most conservative. */
export function conservative(values: ReadonlyArray<number | null>): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.min(...known);
}
