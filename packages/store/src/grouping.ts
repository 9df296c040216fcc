import { z } from "zod";
import { DATE_PRECISION_RANK, GeoPrecision, Qualifier, type DatePrecision, type Event } from "@sitrep/schema";
import { distanceKm } from "@sitrep/parser/light";

/**
 * What grouping compares, kept on each event row (column `match`) so finding a group reads a
 * few small rows instead of whole events.
 */
export const MatchKey = z.object({
  type: z.string(),
  sub: z.string(),
  start: z.string(),
  end: z.string(),
  reported: z.boolean(),
  iso2: z.string(),
  admin1: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  precision: GeoPrecision,
  killed: z.tuple([z.number().nullable(), Qualifier.nullable()]),
  injured: z.tuple([z.number().nullable(), Qualifier.nullable()]),
  weapons: z.array(z.tuple([z.string(), z.number(), Qualifier])),
});
export type MatchKey = z.infer<typeof MatchKey>;

/** The match key of a groupable event (see groupable). */
export function matchKey(e: Event): MatchKey {
  const l = e.location!;
  return {
    type: e.type.eventType,
    sub: e.type.subEventType,
    start: e.date.start!,
    end: e.date.end!,
    reported: e.date.basis === "reported",
    iso2: l.country!.iso2,
    admin1: l.admin1?.code ?? null,
    lat: l.coordinates?.lat ?? null,
    lon: l.coordinates?.lon ?? null,
    precision: l.precision,
    killed: [e.casualties.killed.value, e.casualties.killed.qualifier],
    injured: [e.casualties.injured.value, e.casualties.injured.qualifier],
    weapons: e.weapons.flatMap((w) =>
      w.count ? [[w.kind, w.count.value, w.count.qualifier] as [string, number, Qualifier]] : [],
    ),
  };
}

const DAY = 86_400_000;
const PRECISE: ReadonlySet<GeoPrecision> = new Set(["exact", "near"]);
const PRECISION_RANK: Record<GeoPrecision, number> = {
  exact: 0,
  near: 1,
  admin2: 2,
  fuzzy: 3,
  admin1: 4,
  country: 5,
  international_waters: 6,
};

/**
 * Whether an event can be matched across articles at all: an ACLED event dated to the day,
 * week or month, at a place at least as precise as a province. Statements, or an attack "in Iraq", are not
 * precise enough to say two reports are one event.
 */
export function groupable(e: Event): boolean {
  const dated = e.date.precision === "day" || e.date.precision === "week" || e.date.precision === "month";
  return (
    e.type.acled &&
    dated &&
    !!e.date.start &&
    !!e.date.end &&
    !!e.location?.country &&
    (!!e.location.admin1 || PRECISE.has(e.location.precision))
  );
}

/** A day moved by a number of days (YYYY-MM-DD in, YYYY-MM-DD out). */
export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

interface Span {
  from: string;
  to: string;
  monthLong: boolean;
}

// A key's span, worked out once: the writer compares each event with up to 200 candidate groups,
// whose keys come from one cache (see parseKey), and date arithmetic was a tenth of its time.
const spans = new WeakMap<MatchKey, Span>();
function spanOf(k: MatchKey): Span {
  let s = spans.get(k);
  if (!s) {
    const [from, to] = dateWindow(k);
    spans.set(k, (s = { from, to, monthLong: Date.parse(k.end) - Date.parse(k.start) > 8 * DAY }));
  }
  return s;
}

/** A date of more than eight days ("in March"): it matches only a group of that same span. */
export function isMonthLong(k: MatchKey): boolean {
  return spanOf(k).monthLong;
}

/** The days an event may have happened on; a date only reported may be a couple of days late. */
export function dateWindow(k: MatchKey): [string, string] {
  return [shiftDay(k.start, k.reported ? -3 : -1), shiftDay(k.end, 1)];
}

/**
 * Two reports describe one event: same type, dates that overlap (a day's slack), the same place
 * (within 25 km, or the same province when either has no precise point), and no count that
 * contradicts the other. Two attacks on one day in one province stay apart when their places
 * or their counts differ.
 */
export function sameEvent(a: Event, b: Event): boolean {
  return groupable(a) && groupable(b) && sameKey(matchKey(a), matchKey(b));
}

export function sameKey(a: MatchKey, b: MatchKey): boolean {
  if (a.type !== b.type || a.sub !== b.sub || a.iso2 !== b.iso2) return false;
  const sa = spanOf(a);
  const sb = spanOf(b);
  if (sa.from > sb.to || sb.from > sa.to) return false;
  // A month-long date only matches the same month: it says too little to join a dated report.
  if (sa.monthLong !== sb.monthLong || (sa.monthLong && (a.start !== b.start || a.end !== b.end))) return false;
  if (a.lat !== null && b.lat !== null && PRECISE.has(a.precision) && PRECISE.has(b.precision)) {
    if (distanceKm({ lat: a.lat, lon: a.lon! }, { lat: b.lat, lon: b.lon! }) > 25) return false;
  } else if (!a.admin1 || a.admin1 !== b.admin1) {
    return false;
  }
  if (!compatibleCounts(a.killed, b.killed) || !compatibleCounts(a.injured, b.injured)) return false;
  for (const [kind, value, qualifier] of a.weapons) {
    const other = b.weapons.find((w) => w[0] === kind);
    if (other && !compatibleCounts([value, qualifier], [other[1], other[2]])) return false;
  }
  return true;
}

type Figure = readonly [number | null, string | null];

/** Equal figures agree; "at least 3" agrees with 5 but not with 2; two exact figures must be equal. */
function compatibleCounts([av, aq]: Figure, [bv, bq]: Figure): boolean {
  if (av === null || bv === null || av === bv) return true;
  const lower = (q: string | null) => q === "at_least" || q === "more_than";
  if (aq === "about" || bq === "about") return Math.abs(av - bv) <= Math.max(2, 0.2 * Math.max(av, bv));
  if (lower(aq) && bv >= av) return true;
  if (lower(bq) && av >= bv) return true;
  return false;
}

/** The groups an event may join, nearest first: those whose representative it agrees with. */
export function rankGroups(e: MatchKey, groups: ReadonlyArray<{ id: string; key: MatchKey }>): string[] {
  return groups
    .filter((g) => sameKey(e, g.key))
    .map((g) => ({
      id: g.id,
      score:
        e.lat !== null && g.key.lat !== null
          ? distanceKm({ lat: e.lat, lon: e.lon! }, { lat: g.key.lat, lon: g.key.lon! })
          : 50,
    }))
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .map((g) => g.id);
}

/** The member that best represents a group: the most precise place, then the most precise date. */
export function representative<
  T extends { id: string; geo_precision: GeoPrecision | null; date_precision: DatePrecision },
>(members: readonly T[]): T {
  return [...members].sort(
    (a, b) =>
      PRECISION_RANK[a.geo_precision ?? "international_waters"] -
        PRECISION_RANK[b.geo_precision ?? "international_waters"] ||
      DATE_PRECISION_RANK[a.date_precision] - DATE_PRECISION_RANK[b.date_precision] ||
      a.id.localeCompare(b.id),
  )[0]!;
}

/** The same choice over whole events. */
export function representativeEvent(members: readonly Event[]): Event {
  const chosen = representative(
    members.map((e) => ({ id: e.id, geo_precision: e.location?.precision ?? null, date_precision: e.date.precision })),
  );
  return members.find((e) => e.id === chosen.id)!;
}

/** ACLED's habit: of several reported tolls, the most conservative. */
export function conservative(values: ReadonlyArray<number | null>): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.min(...known);
}
