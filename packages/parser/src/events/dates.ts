import * as chrono from "chrono-node";
import type { DatePrecision, EventDate } from "@sitrep/schema";
import { either, oneOf } from "../text/pattern.js";
import { MONTHS } from "../text/calendar.js";
import { addDays, DAY_MS, isoDay, monthSpan, weekSpan, yearSpan } from "../text/calendar-spans.js";
import { tenseOf } from "../text/tense.js";
import { TIME_RULES, type Anchor, type TimeRule } from "./rules/time-rules.js";

const sayingWords = oneOf`
  said
  says
  reported
  announced
  told
  stated
  confirmed
  added
  statement
  claimed
  published
  wrote
  tweeted
`;

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** As the text says it, resolved against publication: a plan's date lies after it. */
  date: EventDate;
  /** An event may be dated by it: not "now", "soon" or "the 1990s". */
  events: boolean;
  /** The time rule that read it (rules/time-rules.ts), if one did. */
  rule?: string;
}

/**
 * A date the text gives without its year is the latest such date, unless the sentence speaks of
 * a plan or a forecast ("talks will resume on Nov. 16"): then the next (a weekday a week on, a day
 * or a month more than a month past a year on). See tenseOf.
 */
const DEADLINE = /\b(?:by|until|till|before|payable|effective)\s+(?:the\s+)?$/i;

const tenseRefiner: chrono.Refiner = {
  refine: (context, results) => {
    const ref = context.reference.instant.getTime();
    const sentenceFuture = results.length > 0 && tenseOf(context.text) === "future";
    for (const r of results) {
      const s = r.start;
      if (s.isCertain("year")) continue;
      // "payable by Dec. 7", "until mid-November": a deadline lies ahead whatever the verb.
      const future = sentenceFuture || DEADLINE.test(context.text.slice(Math.max(0, r.index - 12), r.index));
      const t = s.date().getTime();
      const weekdayOnly = s.isCertain("weekday") && !s.isCertain("day");
      // "the results of the November 8 election will ...": a day of the last month is still past.
      const recent = weekdayOnly ? DAY_MS / 2 : 31 * DAY_MS;
      if (future ? t >= ref - recent : t <= ref + DAY_MS / 2) continue;
      if (weekdayOnly) shiftDays(r, future ? 7 : -7);
      else if (s.isCertain("month") || s.isCertain("day")) shiftYear(r, future ? 1 : -1);
    }
    return results;
  },
};

function shiftDays(r: chrono.ParsingResult, days: number) {
  for (const c of [r.start, r.end]) {
    if (!c) continue;
    const d = new Date(Date.UTC(c.get("year")!, c.get("month")! - 1, c.get("day")! + days));
    c.imply("year", d.getUTCFullYear());
    c.imply("month", d.getUTCMonth() + 1);
    c.imply("day", d.getUTCDate());
  }
}

function shiftYear(r: chrono.ParsingResult, years: number) {
  for (const c of [r.start, r.end]) {
    if (c) c.imply("year", c.get("year")! + years);
  }
}

// Day-month order ("3/12/2019" is 3 December) as most outlets outside the US write it.
const parser = chrono.en.GB.clone();
parser.refiners.push(tenseRefiner);
// An event's date is a day at finest: clock times ("at 6.10am"), "within two days" and "two days
// later" (later than what the text says, not than publication) add cost, not dates. Dropping
// their parsers saves a third of chrono's time.
parser.parsers = parser.parsers.filter(
  (p) => !/^EN(?:TimeExpression|TimeUnitWithinFormat|TimeUnitLaterFormat)Parser$/.test(p.constructor.name),
);
// "Nov. 10", "on November 10": a day, as news writes dates, not November 2010, as British-order
// parsing takes a month and two digits to be.
for (const p of parser.parsers) {
  if (p.constructor.name === "ENMonthNameMiddleEndianParser")
    (p as { shouldSkipYearLikeDate?: boolean }).shouldSkipYearLikeDate = false;
}

// Digits only as dates write them (a year, 3/11/2019, 2019-12-04, the 15th): "five rockets" and
// "17 dead" are most sentences with a digit, and chrono finds nothing in them, slowly.
const MAY_HOLD_DATE = new RegExp(
  either`
    \b(?:1[5-9]|20)\d\d\b
    \d[/.-]\d
    \b\d{1,2}(?:st|nd|rd|th)\b
    \b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b
    day\b
    \b(?:tonight|tomorrow|ago|last|week|month|year|noon|midnight|morning|evening|night)\b
  `.source,
  "i",
);

/** Something that makes a chrono match a real date: a digit, a month, a weekday, or a relative word. */
const REAL_DATE = new RegExp(
  either`
    \d
    \b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b
    \b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b
    \b(?:yesterday|today|tonight|tomorrow|ago|last|week|month|year)\b
  `.source,
  "i",
);

const LAST_NIGHT = /^(?:late )?last night$/i;

interface VaguePattern {
  re: RegExp;
  span: (pub: Date, m: RegExpExecArray, ahead: boolean) => [Date, Date];
}

const LOWER_MONTH_WORD = /^(?:march|may|june|july|august)$/;
const month = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)));
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" +
  "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/** The year a month without one falls in: the latest not after publication. */
function pastYear(mo: number, day: number, pub: Date): number {
  const sameYear = Date.UTC(pub.getUTCFullYear(), mo, day);
  return sameYear > pub.getTime() ? pub.getUTCFullYear() - 1 : pub.getUTCFullYear();
}

/** Day ranges: "between 1 and 3 November", "from 1 to 3 November 2019", "1-3 November". */
const RANGE = new RegExp(
  `\\b(?:(?:between|from)\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|to|until|through|-|–)\\s*` +
    `(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\b(?:,?\\s+(\\d{4}))?`,
  "i",
);

function findRange(text: string, pub: Date | null): DateMention | null {
  const m = RANGE.exec(text);
  if (!m) return null;
  const mo = month(m[3]!);
  const [from, to] = [Number(m[1]), Number(m[2])];
  if (mo < 0 || from > to || to > 31) return null;
  const year = m[4] ? Number(m[4]) : pub ? pastYear(mo, from, pub) : null;
  if (year === null) return null;
  const start = new Date(Date.UTC(year, mo, from));
  const end = new Date(Date.UTC(year, mo, to));
  return mention(m.index, m[0], { start: isoDay(start), end: isoDay(end), precision: "day" }, text);
}

/** "in recent months", "over the past few weeks". */
const recently = (unit: string) =>
  new RegExp(
    `\\b(?:in|over|during) (?:the )?(?:recent|past|last) (?:few |several |couple of )?${unit}\\b` +
      `|\\bin recent ${unit}\\b`,
    "i",
  );

const VAGUE_PATTERNS: VaguePattern[] = [
  {
    re: recently("months"),
    span: (p) => [addDays(p, -90), p],
  },
  {
    re: recently("weeks"),
    span: (p) => [addDays(p, -21), p],
  },
  {
    re: recently("days"),
    span: (p) => [addDays(p, -7), p],
  },
  {
    re: recently("years"),
    span: (p) => [addDays(p, -3 * 365), p],
  },
  {
    re: new RegExp(`\\b(early|mid|late)[- ](${MONTHS.join("|")})\\b`, "i"),
    span: (p, m, ahead) => {
      const mo = month(m[2]!);
      // "results are due in mid-November": a plan's month is this year's or next.
      const year = ahead ? (mo >= p.getUTCMonth() ? p.getUTCFullYear() : p.getUTCFullYear() + 1) : pastYear(mo, 1, p);
      const last = new Date(Date.UTC(year, mo + 1, 0)).getUTCDate();
      const [from, to] =
        m[1]!.toLowerCase() === "early" ? [1, 10] : m[1]!.toLowerCase() === "mid" ? [11, 20] : [21, last];
      return [new Date(Date.UTC(year, mo, from)), new Date(Date.UTC(year, mo, to))];
    },
  },
];

/** The words before a date that make it the date something was said, not done. */
// "officials said on Tuesday", "the death toll rose to at least six Friday": the day it was told.
const REPORTED_BEFORE = new RegExp(
  either`
    \b${sayingWords}\s+(?:\w+\s+){0,2}$
    \btoll\b[^.;]{0,100}\b(?:rose|climbed|reached|increased|stood|jumped|risen)\b[^.;]{0,30}$
  `.source,
  "i",
);

/** The time rules of a phase, compiled once. */
const RULES = (phase: TimeRule["phase"]) =>
  TIME_RULES.filter((r) => r.phase === phase).map((rule) => ({ rule, re: new RegExp(rule.match.source, "gi") }));
const BEFORE = RULES("before");
const AFTER = RULES("after");

/**
 * Dates and times in one sentence, resolved against the publication date (`published`, a UTC day)
 * as the text says them: a plan's date lies after publication (see eventDates for what events use).
 * Without a publication date, only dates that carry their own year are resolved.
 */
export function findDates(text: string, published: Date | null): DateMention[] {
  const out: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  const free = (start: number, end: number) => !taken.some(([a, b]) => start < b && end > a);
  const add = (m: DateMention) => {
    out.push(m);
    taken.push([m.start, m.end]);
  };
  // The tense is read only when a rule asks for it.
  let tense: Anchor["tense"] | undefined;
  const at: Anchor | null = published
    ? {
        day: published,
        get tense() {
          return (tense ??= tenseOf(text));
        },
      }
    : null;
  const runRules = (phase: typeof BEFORE) => {
    for (const { rule, re } of phase) {
      if (!rule.cue.test(text)) continue;
      for (const m of text.matchAll(re)) {
        if (!free(m.index, m.index + m[0].length)) continue;
        const d = rule.resolve(m as RegExpExecArray, at);
        if (d) add({ ...mention(m.index, m[0], d, text), events: rule.events, rule: rule.id });
      }
    }
  };
  runRules(BEFORE);
  const range = findRange(text, published);
  if (range && free(range.start, range.end)) add(range);
  if (published) {
    for (const v of VAGUE_PATTERNS) {
      const m = v.re.exec(text);
      if (!m || !free(m.index, m.index + m[0].length)) continue;
      const ahead = DEADLINE.test(text.slice(Math.max(0, m.index - 12), m.index)) || at?.tense === "future";
      const [from, to] = v.span(published, m, ahead);
      add(mention(m.index, m[0], { start: isoDay(from), end: isoDay(to), precision: "vague" }, text));
    }
  }
  // chrono is the costliest stage; most sentences hold no date at all.
  if (MAY_HOLD_DATE.test(text)) {
    const reference = published ?? new Date(Date.UTC(2000, 0, 1));
    for (const r of parser.parse(text, { instant: reference, timezone: 0 }, { forwardDate: false })) {
      if (!REAL_DATE.test(r.text)) continue;
      // "the march ended", "they may attack": a month written in lower case alone is a word.
      if (LOWER_MONTH_WORD.test(r.text)) continue;
      // "1/8", "3/11" without a year: a gallery's count or a score as often as a date.
      if (/^\d{1,2}[/.]\d{1,2}$/.test(r.text.trim())) continue;
      if (!free(r.index, r.index + r.text.length)) continue;
      // Without a publication date only a date that writes its year is one: "tonight" and "last
      // week" are relative to a day nobody gave (chrono would take its reference day for it).
      if (!published && !(r.start.isCertain("year") && /\d{4}/.test(r.text))) continue;
      const precision = precisionOf(r.start, r.text);
      if (!precision) continue;
      // "late last night": the night before the day of publication (chrono reads the same day's).
      const lastNight = published && LAST_NIGHT.test(r.text) ? addDays(published, -1) : null;
      const start = lastNight ?? r.start.date();
      const end = lastNight ?? (r.end ? r.end.date() : start);
      const span =
        precision === "month"
          ? monthSpan(start.getUTCFullYear(), start.getUTCMonth())
          : precision === "year"
            ? yearSpan(start.getUTCFullYear())
            : precision === "week"
              ? weekSpan(start)
              : { start: isoDay(start), end: isoDay(end) };
      add(mention(r.index, r.text, { ...span, precision }, text));
    }
  }
  runRules(AFTER);
  return yearAgoOfQuarter(out).sort((a, b) => a.start - b.start);
}

const YEAR_BEFORE = /^(?:a\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:comparable\s+)?year-(?:earlier|ago))$/i;

/**
 * "Profit rose in the third quarter from $5 million a year earlier": in a sentence about a quarter
 * (its own, else `around`, one just before it), a year earlier is that quarter a year before, as
 * TimeML reads it.
 */
export function yearAgoOfQuarter(dates: DateMention[], around?: DateMention): DateMention[] {
  const quarter = dates.find(isQuarter) ?? around;
  if (!quarter || !dates.some((d) => YEAR_BEFORE.test(d.text))) return dates;
  const back = (iso: string) => `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
  return dates.map((d) =>
    YEAR_BEFORE.test(d.text)
      ? {
          ...d,
          date: { ...d.date, start: back(quarter.date.start!), end: back(quarter.date.end!), precision: "quarter" },
        }
      : d,
  );
}

export const isQuarter = (d: DateMention): boolean =>
  d.date.precision === "quarter" && !!d.date.start && !!d.date.end && !YEAR_BEFORE.test(d.text);

/**
 * The dates an event may be dated by: none after publication (news of a plan or a forecast, not of
 * an event), none of the vague "now" kind, and a span that runs on past publication ("this year")
 * ends on it.
 */
export function eventDates(dates: readonly DateMention[], published: Date | null): DateMention[] {
  // A year alone ("in 2003") dates an event only where its sentence gives no other date.
  const alone = (d: DateMention) => d.rule !== "in-year" || dates.every((o) => o === d || !o.events);
  if (!published) return dates.filter((d) => d.events && alone(d));
  const day = isoDay(published);
  return dates
    .filter((d) => d.events && alone(d) && (d.date.start === null || d.date.start <= day))
    .map((d) => (d.date.end !== null && d.date.end > day ? { ...d, date: { ...d.date, end: day } } : d));
}

function precisionOf(c: chrono.ParsedComponents, words: string): DatePrecision | null {
  // "last week", "this month": chrono gives a day; the text gives a week or a month.
  const unit = /\b(?:last|past|this|previous)\s+(week|month|year)\b/i.exec(words)?.[1]?.toLowerCase();
  if (unit) return unit as DatePrecision;
  if (c.isCertain("day") || c.isCertain("weekday")) return "day";
  if (/\b(?:yesterday|today|tonight|ago)\b/i.test(words)) return "day";
  if (c.isCertain("month")) return "month";
  if (c.isCertain("year")) return "year";
  return null;
}

function mention(
  index: number,
  raw: string,
  d: { start: string | null; end: string | null; precision: DatePrecision },
  sentence: string,
): DateMention {
  const words = raw.replace(/[\s,;.:]+$/, "");
  const reported = REPORTED_BEFORE.test(sentence.slice(Math.max(0, index - 140), index));
  return {
    start: index,
    end: index + words.length,
    text: words,
    date: {
      start: d.start,
      end: d.end,
      precision: d.precision,
      text: words.trim(),
      basis: reported ? "reported" : "occurred",
    },
    events: true,
  };
}
