// Calendar spans as ISO days, all in UTC: what a time expression resolves to.

export const DAY_MS = 86_400_000;

export interface Span {
  start: string;
  end: string;
}

export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
const utc = (year: number, month: number, day: number): Date => new Date(Date.UTC(year, month, day));
export const addDays = (d: Date, days: number): Date => new Date(d.getTime() + days * DAY_MS);

export function daySpan(d: Date): Span {
  return { start: isoDay(d), end: isoDay(d) };
}

/** Monday to Sunday of the week the day falls in (an ISO week). */
export function weekSpan(d: Date): Span {
  const monday = addDays(d, -((d.getUTCDay() + 6) % 7));
  return { start: isoDay(monday), end: isoDay(addDays(monday, 6)) };
}

/** `month` from 0; months past 11 or before 0 run into the next or the previous year. */
export function monthSpan(year: number, month: number): Span {
  return { start: isoDay(utc(year, month, 1)), end: isoDay(utc(year, month + 1, 0)) };
}

/** `quarter` from 1 to 4; beyond them into the next or the previous year. */
export function quarterSpan(year: number, quarter: number): Span {
  return { start: isoDay(utc(year, 3 * (quarter - 1), 1)), end: isoDay(utc(year, 3 * quarter, 0)) };
}

export function yearSpan(year: number, years = 1): Span {
  return { start: `${String(year).padStart(4, "0")}-01-01`, end: `${String(year + years - 1).padStart(4, "0")}-12-31` };
}

export const quarterOf = (d: Date): number => Math.floor(d.getUTCMonth() / 3) + 1;
