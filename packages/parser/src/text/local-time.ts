// A publication time as the source wrote it, with its offset from UTC: the day a reporter means by
// "on Tuesday" is the local one ("23:30 on Monday in New York" is Tuesday in UTC).

/** "+05:30" from "+0530", "+05:30" or "+05"; "Z" for UTC. */
function offsetText(minutes: number): string {
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const m = Math.abs(minutes);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** The ISO date-time of an instant at an offset: "2019-12-04T23:30:00-05:00". */
export function atOffset(instant: Date, offsetMinutes: number): string {
  const local = new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
  return `${local}${offsetText(offsetMinutes)}`;
}

/** Time zones feeds write by name (RFC 822), in minutes east of UTC. */
const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

/** The offset a date-time string ends with ("+0530", "-05:00", "GMT", "EST"), in minutes; null when none. */
export function offsetOf(raw: string): number | null {
  const numeric = /([+-])(\d{2}):?(\d{2})?\s*$/.exec(raw.trim());
  // Not the day of a bare date ("2019-12-04"): an offset follows a time.
  if (numeric && /\d:\d{2}(?::\d{2}(?:\.\d+)?)?\s*[+-]\d{2}:?(?:\d{2})?\s*$/.test(raw.trim()))
    return (numeric[1] === "-" ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3] ?? 0));
  const named = /\b([A-Z]{1,3}T?|Z)\s*$/.exec(raw.trim());
  return named && named[1]! in ZONES ? ZONES[named[1]!]! : null;
}

/** A date-time the source wrote, as ISO at its own offset (UTC when it gives none); null when unreadable. */
export function localDateTime(raw: string): string | null {
  const d = new Date(raw);
  if (Number.isNaN(d.getTime())) return null;
  return atOffset(d, offsetOf(raw) ?? 0);
}
