import type { DatePrecision } from "@sitrep/schema";

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const WEEKDAY = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

function asDate(iso: string): Date | null {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "4 Dec 2019" for a publication date or time, as the source gave it. */
export function formatDay(iso: string | null): string {
  const d = iso ? asDate(iso) : null;
  return d ? DAY.format(d) : "undated";
}

/** "Wednesday 4 December 2019": a timeline's day heading. */
export function formatLongDay(iso: string): string {
  const d = asDate(iso);
  return d ? WEEKDAY.format(d) : iso;
}

/** An event's date at its precision: "3 Dec 2019", "1–3 Nov 2019", "November 2019", "around 2019". */
export function formatEventDate(date: { start: string | null; end: string | null; precision: DatePrecision }): string {
  const { start, end, precision } = date;
  if (!start && !end) return "date unknown";
  const s = start ? asDate(start) : null;
  const e = end ? asDate(end) : null;
  if (precision === "year" && s) return String(s.getUTCFullYear());
  if (precision === "month" && s) return MONTH.format(s);
  if (s && e && start !== end) return DAY.formatRange(s, e);
  const one = s ?? e;
  const text = one ? DAY.format(one) : "date unknown";
  return precision === "vague" ? `around ${text}` : precision === "week" ? `week of ${text}` : text;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}

/** A casualty figure for a card: "0", "at least 17", "unknown". */
export function formatFigure(f: { value: number | null; qualifier: string | null }): string {
  if (f.value === null) return "not stated";
  const q =
    {
      exact: "",
      at_least: "at least ",
      more_than: "more than ",
      about: "about ",
      up_to: "up to ",
      fewer_than: "fewer than ",
    }[f.qualifier ?? "exact"] ?? "";
  return `${q}${f.value}`;
}

/** "2019-12" as "December 2019". */
export function monthLabel(month: string): string {
  const d = asDate(`${month}-01`);
  return d ? MONTH.format(d) : month;
}

/** A month's first and last days, as a date filter takes them. */
export function monthRange(month: string): [string, string] {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return [`${month}-01`, `${month}-${String(last).padStart(2, "0")}`];
}

/** "Maiduguri, Borno, Nigeria": a place and what it lies in, each named once. */
export function placeLine(...parts: Array<string | null | undefined>): string {
  const named = parts.filter((p, i, all): p is string => Boolean(p) && all.indexOf(p) === i);
  return named.length > 0 ? named.join(", ") : "place unknown";
}
