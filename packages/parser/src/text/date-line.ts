import * as chrono from "chrono-node";
import { MONTHS } from "./calendar.js";

/**
 * A line that is nothing but a publication date ("04 December, 2019", "Published: 4 Dec 2019
 * 10:30 GMT", "2019-12-04"), as ISO: a date, or a date-time when the line gives a time with
 * its zone. null for a line that says anything else.
 */
const MAYBE_DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\d{1,4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,4}/i;

export function parseDateLine(line: string): string | null {
  // chrono is the costly part of reading a header: only a line with a month's name or a
  // numeric date can be a date line.
  if (!/\d/.test(line) || !MAYBE_DATE.test(line)) return null;
  const stripped = line.replace(/^(published|updated|last updated|posted|date)\s*(on|:)?\s*/i, "").trim();
  if (stripped.length < 6 || stripped.length > 60) return null;
  const plain = plainDate(stripped);
  if (plain) return plain;
  const [result] = chrono.en.GB.parse(stripped);
  if (!result) return null;
  const covered = result.text.length / stripped.replace(/[\s,|·•-]+$/, "").length;
  if (covered < 0.8) return null;
  const { start } = result;
  if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) return null;
  return toIsoDateOrDateTime(start);
}

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i;
const MONTH_DAY_YEAR = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * "04 December, 2019", "December 4, 2019", "2019-12-04": the shapes most date lines take, read
 * without chrono (a tenth of a parse's time went to chrono reading this one line). Anything else,
 * or a day that does not exist, is left to chrono.
 */
function plainDate(line: string): string | null {
  let y: number, m: number, d: number;
  const dmy = DAY_MONTH_YEAR.exec(line);
  const mdy = dmy ? null : MONTH_DAY_YEAR.exec(line);
  const iso = dmy || mdy ? null : ISO_DAY.exec(line);
  if (dmy) [d, m, y] = [Number(dmy[1]), monthOf(dmy[2]!), Number(dmy[3])];
  else if (mdy) [m, d, y] = [monthOf(mdy[1]!), Number(mdy[2]), Number(mdy[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, m, d));
  if (m < 0 || date.getUTCMonth() !== m || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** The month a name or its abbreviation names, 0-based; -1 for a word that is none. */
function monthOf(word: string): number {
  const w = word.toLowerCase();
  const i = MONTH_NAMES.indexOf(w.slice(0, 3));
  // "Sept", "December": a month's name or a prefix of it; "Decoy" is not December.
  return i >= 0 && MONTHS[i]!.startsWith(w.replace(/^sept$/, "sep")) ? i : -1;
}

export function toIsoDateOrDateTime(c: chrono.ParsedComponents): string {
  const date = [c.get("year"), c.get("month"), c.get("day")]
    .map((n, i) => String(n ?? 0).padStart(i === 0 ? 4 : 2, "0"))
    .join("-");
  if (!c.isCertain("hour") || !c.isCertain("timezoneOffset")) return date;
  return c
    .date()
    .toISOString()
    .replace(/\.000Z$/, "Z");
}

/** "2 min read", "Reading time: 4 minutes". */
export function parseReadingTimeLine(line: string): number | null {
  const m = /^(?:reading time:?\s*)?(\d{1,3})\s*(?:min(?:ute)?s?)(?:\s+read)?$/i.exec(line.trim());
  return m?.[1] ? Number(m[1]) : null;
}
