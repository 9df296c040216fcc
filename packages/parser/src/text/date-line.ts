import * as chrono from "chrono-node";

/**
 * A line that is nothing but a publication date ("04 December, 2019", "Published: 4 Dec 2019
 * 10:30 GMT", "2019-12-04"), as ISO: a date, or a date-time when the line gives a time with
 * its zone. null for a line that says anything else.
 */
const MAYBE_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\d{1,4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,4}/i;

export function parseDateLine(line: string): string | null {
  // chrono is the costly part of reading a header: only a line with a month's name or a
  // numeric date can be a date line.
  if (!/\d/.test(line) || !MAYBE_DATE.test(line)) return null;
  const stripped = line.replace(/^(published|updated|last updated|posted|date)\s*(on|:)?\s*/i, "").trim();
  if (stripped.length < 6 || stripped.length > 60) return null;
  const [result] = chrono.en.GB.parse(stripped);
  if (!result) return null;
  const covered = result.text.length / stripped.replace(/[\s,|·•-]+$/, "").length;
  if (covered < 0.8) return null;
  const { start } = result;
  if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) return null;
  return toIsoDateOrDateTime(start);
}

export function toIsoDateOrDateTime(c: chrono.ParsedComponents): string {
  const date = [c.get("year"), c.get("month"), c.get("day")]
    .map((n, i) => String(n ?? 0).padStart(i === 0 ? 4 : 2, "0"))
    .join("-");
  if (!c.isCertain("hour") || !c.isCertain("timezoneOffset")) return date;
  return c.date().toISOString().replace(/\.000Z$/, "Z");
}

/** "2 min read", "Reading time: 4 minutes". */
export function parseReadingTimeLine(line: string): number | null {
  const m = /^(?:reading time:?\s*)?(\d{1,3})\s*(?:min(?:ute)?s?)(?:\s+read)?$/i.exec(line.trim());
  return m?.[1] ? Number(m[1]) : null;
}
