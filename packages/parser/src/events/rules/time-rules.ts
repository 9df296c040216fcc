// Time expressions that chrono does not read, or reads at the wrong grain, as HeidelTime's resource
// files keep them: a pattern, and how its words resolve against the publication day. Each rule says
// whether an event may be dated by it: "now" and "soon" are times an article mentions, not when
// anything it reports happened; quarters, fiscal years and years alone are a report's background
// ("up from a year earlier", "the worst since 2008") far more often than an incident's date.
import type { DatePrecision } from "@sitrep/schema";
import {
  addDays,
  daySpan,
  monthSpan,
  quarterOf,
  quarterSpan,
  weekSpan,
  yearSpan,
  type Span,
} from "../../text/calendar-spans.js";
import { either, fragment, oneOf, type Pattern } from "../../text/pattern.js";
import type { Tense } from "../../text/tense.js";
import { numberWords, wordsToNumber } from "../numbers.js";
import { checkRules, type Examples } from "./define.js";

/** What a time expression is read against: the publication day (UTC midnight) and the sentence's tense. */
export interface Anchor {
  day: Date;
  tense: Tense;
}

export interface Resolved {
  start: string | null;
  end: string | null;
  precision: DatePrecision;
}

export interface TimeRule {
  id: string;
  why: string;
  match: Pattern;
  /** Words without which the rule cannot match: tested first, as most sentences hold none. */
  cue: RegExp;
  /** "before" rules claim their words before chrono reads the sentence; "after" rules read what it left. */
  phase: "before" | "after";
  /** An event may be dated by it. */
  events: boolean;
  /** The span the words name; `at` is null when the article has no publication date. */
  resolve: (m: RegExpExecArray, at: Anchor | null) => Resolved | null;
  examples: Examples;
}

const ordinal = oneOf`
  first
  second
  third
  fourth
  1st
  2nd
  3rd
  4th
`;
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
};
/** "a year", "two", "twenty-one", "12": how many units ago. */
const count = fragment`(?:an?|${numberWords}(?:-${numberWords})?|\d{1,3})`;
/** "a" or "an" is one; digits as written; number words through the numbers stage's reader. */
const numberOf = (w: string) => (/^an?$/i.test(w) ? 1 : /^\d+$/.test(w) ? Number(w) : (wordsToNumber(w) ?? NaN));
/** "early", "late", "the end of": a part of the unit, which TimeML values as the unit itself. */
const partOf = oneOf`
  early
  late
  mid-?
  earlier
  later
  the (?:end|beginning|start|middle|rest|remainder) of
`;
const fiscal = oneOf`
  fiscal[- ]
  financial[- ]
  calendar[- ]
`;

const whichQuarter = oneOf`
  latest
  most\s+recent
  recent
  last
  past
  previous
  just-ended
  just\s+ended
  current
  latest\s+fiscal
`;
/** "a quarter of the vote", "the quarter final": no quarter of a year. */
const notAQuarter = oneOf`
  of
  century
  mile
  point
  inch
  final
`;
const whichUnit = oneOf`
  this
  last
  next
  the\s+current
  the\s+present
  the\s+coming
  the\s+past
`;
const whichSeason = oneOf`
  this(?:\s+past)?
  last
  next
  the
  early
  late
`;
/** "the summer season", "the winter olympics": a season's name in another's. */
const notASeason = oneOf`
  season
  olympics
  games
  term
  session
  school
  camp
  collection
  wheat
  storm
`;
/** What follows a number that counts, not a year: "1988 people", "2000 km", "1990-95". */
const countedAfter = oneOf`
  percent
  per\s+cent
  people
  persons
  men
  women
  children
  troops
  soldiers
  dead
  killed
  injured
  wounded
  units
  shares
  votes
  barrels
  tons
  tonnes
  km
  kilometres
  kilometers
  miles
  metres
  meters
  feet
  hours
  jobs
  workers
  residents
  cases
  homes
  houses
  vehicles
  cars
  km²
  sq
  square
  BC
  B\.C\.
  hrs
  GMT
  UTC
  local\s+time
  [-–]\s*\d
`;

const span = (s: Span, precision: DatePrecision): Resolved => ({ ...s, precision });

/** The grain a unit word names and the span of the unit `shift` units from the anchor. */
function unitSpan(unit: string, day: Date, shift: number): Resolved | null {
  const u = unit.toLowerCase().replace(/s$/, "");
  const y = day.getUTCFullYear();
  if (u === "day") return span(daySpan(addDays(day, shift)), "day");
  if (u === "week") return span(weekSpan(addDays(day, 7 * shift)), "week");
  if (u === "month") return span(monthSpan(y, day.getUTCMonth() + shift), "month");
  if (u === "quarter") return span(quarterSpan(y, quarterOf(day) + shift), "quarter");
  if (u === "year") return span(yearSpan(y + shift), "year");
  return null;
}

/** A quarter named without a year: this year's, unless it is still to come and the sentence is not of the future. */
function quarterNamed(n: number, at: Anchor): Resolved {
  const y = at.day.getUTCFullYear();
  const year = n > quarterOf(at.day) && at.tense === "past" ? y - 1 : y;
  return span(quarterSpan(year, n), "quarter");
}

export const TIME_RULES: readonly TimeRule[] = checkRules<TimeRule>("time", [
  {
    id: "quarter-of-year",
    why: "'the third quarter of 1990', 'fiscal 1989's first quarter': a quarter of a year the text gives.",
    cue: /quarter/i,
    match: either`
      \b(${ordinal})[- ](?:${fiscal})?quarter\s+(?:of|in)\s+(?:${fiscal}(?:year\s+)?)?((?:19|20)\d\d)\b
    `,
    phase: "before",
    events: false,
    resolve: (m) => span(quarterSpan(Number(m[2]), ORDINALS[m[1]!.toLowerCase()]!), "quarter"),
    examples: { yes: ["Sales fell in the third quarter of 1990."], no: ["Sales fell in the third quarter."] },
  },
  {
    id: "year-ago-quarter",
    why: "'the year-earlier quarter', 'the quarter a year ago': the last quarter, a year before.",
    cue: /year-(?:earlier|ago)|a year (?:ago|earlier)/i,
    match: either`
      \b(?:the\s+)?(?:comparable\s+)?year-(?:earlier|ago)\s+(?:(${ordinal})\s+)?(?:${fiscal})?(?:quarter|period)\b
      \bthe\s+(?:same\s+)?(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)\b
    `,
    phase: "before",
    events: false,
    resolve: (m, at) => {
      if (!at) return null;
      // The named quarter, else the one before publication's; its latest past occurrence, a year back.
      const latest = m[1]
        ? quarterNamed(ORDINALS[m[1].toLowerCase()]!, { ...at, tense: "past" })
        : unitSpan("quarter", at.day, -1)!;
      const q = quarterOf(new Date(`${latest.start!}T00:00:00Z`));
      return span(quarterSpan(Number(latest.start!.slice(0, 4)) - 1, q), "quarter");
    },
    examples: {
      yes: ["Profit rose from $5 million in the year-earlier quarter."],
      no: ["Profit rose from $5 million a year earlier."],
    },
  },
  {
    id: "quarter",
    why: "'the third quarter', 'third-quarter profit': the latest such quarter, or the coming one in a forecast.",
    cue: /quarter/i,
    match: either`
      \b(?:the\s+)?(?:${fiscal})?(${ordinal})[- ](?:${fiscal})?quarter\b
    `,
    phase: "before",
    events: false,
    resolve: (m, at) => (at ? quarterNamed(ORDINALS[m[1]!.toLowerCase()]!, at) : null),
    examples: { yes: ["Third-quarter profit fell 5%."], no: ["A quarter of the staff left."] },
  },
  {
    id: "latest-quarter",
    why: "'the latest quarter', 'the quarter': in a report of results, the quarter just ended.",
    cue: /quarter/i,
    match: either`
      \bthe\s+(?:(${whichQuarter})\s+)?(?:${fiscal})?quarter\b(?!\s+${notAQuarter})
      \b(this|next)\s+(?:${fiscal})?quarter\b
    `,
    phase: "before",
    events: false,
    resolve: (m, at) => {
      if (!at) return null;
      const which = (m[1] ?? m[2] ?? "").toLowerCase();
      return unitSpan("quarter", at.day, which === "current" || which === "this" ? 0 : which === "next" ? 1 : -1);
    },
    examples: { yes: ["Earnings rose in the latest quarter."], no: ["A quarter of the vote went to him."] },
  },
  {
    id: "this-last-next",
    why: "'this year', 'last week', 'early next month', 'the end of this year': the unit itself.",
    cue: /\b(?:week|month|year)\b/i,
    match: either`
      \b(?:(?:${partOf})\s+)?(${whichUnit})\s+(week|month|year)\b(?!\s+(?:or|and)\b)
    `,
    phase: "before",
    events: true,
    resolve: (m, at) => {
      if (!at) return null;
      const which = m[1]!.toLowerCase().replace(/^the\s+/, "");
      // "the past year" is a year's duration, not last year.
      if (which === "past") return null;
      const shift = which === "last" ? -1 : which === "next" || which === "coming" ? 1 : 0;
      return unitSpan(m[2]!, at.day, shift);
    },
    examples: { yes: ["Prices rose this year."], no: ["Prices rose this time."] },
  },
  {
    id: "units-ago",
    why: "'two years ago', 'six weeks ago': the unit that many before publication, at the unit's grain.",
    cue: /\bago\b/i,
    match: either`
      \b(${count})\s+(days?|weeks?|months?|years?)\s+ago\b
    `,
    phase: "before",
    events: true,
    resolve: (m, at) => {
      if (!at) return null;
      const n = numberOf(m[1]!);
      return Number.isFinite(n) && n <= 200 ? unitSpan(m[2]!, at.day, -n) : null;
    },
    examples: { yes: ["The plant closed two years ago."], no: ["The plant closed two years later."] },
  },
  {
    id: "year-before",
    why: "'a year earlier', 'year-ago levels', 'the previous year': in a report, the year before publication.",
    cue: /year/i,
    match: either`
      \ba\s+year\s+(?:earlier|before|ago)\b
      \bthe\s+(?:previous|prior)\s+year\b
      \byear-(?:earlier|ago)\b
    `,
    phase: "before",
    events: false,
    resolve: (_m, at) => (at ? span(yearSpan(at.day.getUTCFullYear() - 1), "year") : null),
    examples: { yes: ["Sales were $4 million a year earlier."], no: ["Sales were $4 million a year."] },
  },
  {
    id: "fiscal-year",
    why: "'fiscal 1989', 'the 1990 fiscal year', 'the end of 1994': a year the text names, or part of one.",
    cue: /\d{4}/,
    match: either`
      \b(?:${fiscal})(?:year\s+)?((?:19|20)\d\d)\b
      \b(?:the\s+)?((?:19|20)\d\d)\s+(?:fiscal|financial|calendar)\s+year\b
      \b(?:${partOf})\s+((?:19|20)\d\d)\b
    `,
    phase: "before",
    events: false,
    resolve: (m) => span(yearSpan(Number(m[1] ?? m[2] ?? m[3])), "year"),
    examples: { yes: ["Profit rose in fiscal 1989."], no: ["Profit rose in fiscal terms."] },
  },
  {
    id: "decade",
    why: "'the 1990s', 'the late 1970s': a decade, vaguely.",
    cue: /\d0['’]?s\b/,
    match: either`
      \b(?:the\s+)?(?:(?:early|mid|late)[- ])?((?:1[89]|20)\d)0['’]?s\b
    `,
    phase: "before",
    events: false,
    resolve: (m) => span(yearSpan(Number(m[1]) * 10, 10), "vague"),
    examples: { yes: ["Growth slowed in the late 1970s."], no: ["Growth slowed to 1970 levels."] },
  },
  {
    id: "century",
    why: "'the 20th century': a century, vaguely.",
    cue: /century/i,
    match: either`
      \b(?:the\s+)?(1\d|2[01])(?:st|nd|rd|th)\s+century\b
    `,
    phase: "before",
    events: false,
    resolve: (m) => span(yearSpan((Number(m[1]) - 1) * 100 + 1, 100), "vague"),
    examples: { yes: ["The church dates from the 11th century."], no: ["The church is 11 centuries old."] },
  },
  {
    id: "season",
    why: "'this summer', 'last fall', 'the winter of 1994': a season, vaguely (the northern one, as news writes it).",
    cue: /spring|summer|fall|autumn|winter/i,
    match: either`
      \b(?:(${whichSeason})\s+)?(spring|summer|fall|autumn|winter)(?:\s+of\s+((?:19|20)\d\d))?\b(?!\s+${notASeason})
    `,
    phase: "before",
    events: false,
    resolve: (m, at) => {
      const which = (m[1] ?? "").toLowerCase();
      // Alone ("the fall of the regime", "in spring") it is a word as often as a time: only named so.
      if (!m[3] && !which) return null;
      // "the fall of the regime", "the spring of discontent": a word, not a season.
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 4);
      if (!m[3] && which === "the" && (m[2]!.toLowerCase() === "fall" || /^\s+of\b/i.test(after))) return null;
      if (!m[3] && !at) return null;
      const season = m[2]!.toLowerCase();
      const first = { spring: 2, summer: 5, fall: 8, autumn: 8, winter: 11 }[season]!;
      let year = m[3] ? Number(m[3]) : at!.day.getUTCFullYear();
      if (!m[3] && at) {
        const started = at.day.getUTCMonth() >= first;
        if (which === "last" || (which !== "next" && which !== "this" && !started && at.tense === "past")) year -= 1;
        if (which === "next" && started) year += 1;
        if (which.startsWith("this past") && !started) year -= 1;
      }
      return { ...monthSpan(year, first), end: monthSpan(year, first + 2).end, precision: "vague" };
    },
    examples: { yes: ["Prices rose this summer."], no: ["The fall of the regime was sudden."] },
  },
  {
    id: "weekend",
    why: "'the weekend', 'this weekend': the Saturday and Sunday nearest publication. No event's date: a report's \
weekend is as often the narrative's ('the weekend of 12 March', 'abducted during the weekend') as publication's.",
    cue: /weekend/i,
    match: either`
      \b(?:this|last|next|the)\s+weekend\b(?!\s+(?:of|before|after)\b)
    `,
    phase: "before",
    events: false,
    resolve: (m, at) => {
      if (!at) return null;
      const which = m[0].toLowerCase().split(/\s+/)[0]!;
      const week = weekSpan(addDays(at.day, which === "last" ? -7 : which === "next" ? 7 : 0));
      // The weekend just past, unless the sentence speaks of a plan or says "next".
      const monday = new Date(`${week.start}T00:00:00Z`);
      const ahead = which === "next" || at.tense === "future" || (which === "this" && at.day.getUTCDay() === 6);
      const saturday = addDays(monday, ahead || at.day.getUTCDay() === 0 || at.day.getUTCDay() === 6 ? 5 : -2);
      return { start: daySpan(saturday).start, end: daySpan(addDays(saturday, 1)).end, precision: "day" };
    },
    examples: { yes: ["Protesters gathered over the weekend."], no: ["Protesters gathered on weekends."] },
  },
  {
    id: "part-of-day",
    why: "'this morning', 'this evening': the day of publication.",
    cue: /\bthis\s+(?:morning|afternoon|evening)/i,
    match: either`
      \bthis\s+(?:morning|afternoon|evening)\b
    `,
    phase: "before",
    events: true,
    resolve: (_m, at) => (at ? span(daySpan(at.day), "day") : null),
    examples: { yes: ["Gunmen attacked a bank this morning."], no: ["Gunmen attacked a bank in the morning."] },
  },
  {
    id: "year-end",
    why: "'by year-end', 'the year's end': the end of the year of publication, as a year.",
    cue: /year/i,
    match: either`
      \byear['’]?s?[- ]end\b
    `,
    phase: "before",
    events: false,
    resolve: (_m, at) => (at ? span(yearSpan(at.day.getUTCFullYear()), "year") : null),
    examples: { yes: ["The plant will close by year-end."], no: ["The plant will close in a year."] },
  },
  {
    id: "present",
    why: "'now', 'currently', 'these days': the time of writing, vaguely; no event's date.",
    cue: /now|current|these days|at (?:present|the moment|this time)|presently/i,
    match: either`
      \b(?:right\s+)?now\b(?!-)
      \bcurrently\b
      \bcurrent\b(?!\s+(?:account|affairs|events|of|through))
      \bnowadays\b
      \bthese\s+days\b
      \bat\s+(?:present|the\s+moment|this\s+time)\b
      \bpresently\b
    `,
    phase: "after",
    events: false,
    resolve: (_m, at) => (at ? { ...daySpan(at.day), precision: "vague" } : null),
    examples: { yes: ["Prices are now falling."], no: ["Prices are falling."] },
  },
  {
    id: "past-ref",
    why: "'recently', 'in the past': before the time of writing, vaguely; no event's date. Not 'recent' or \
'previously', which qualify a thing or an order of events more often than they say when.",
    cue: /recently|lately|past/i,
    match: either`
      \brecently\b
      \blately\b
      \b(?:in\s+)?the\s+past\b(?!\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?|century|centuries)\b)
    `,
    phase: "after",
    events: false,
    resolve: (_m, at) => (at ? { start: null, end: daySpan(at.day).end, precision: "vague" } : null),
    examples: { yes: ["He recently left the company."], no: ["He left the company."] },
  },
  {
    id: "future-ref",
    why: "'in the near future', 'the long term': after the time of writing, vaguely; no event's date. Not 'soon' \
or 'future' alone ('future demand'), which time tagging conventions mostly leave out.",
    cue: /future|term\b/i,
    match: either`
      \b(?:in\s+)?the\s+(?:near\s+|distant\s+|foreseeable\s+)?future\b
      \bthe\s+(?:near|short|long)\s+term\b
    `,
    phase: "after",
    events: false,
    resolve: (_m, at) => (at ? { start: daySpan(at.day).start, end: null, precision: "vague" } : null),
    examples: { yes: ["Talks will resume in the near future."], no: ["Future talks were planned."] },
  },
  {
    id: "in-year",
    why: "'In 2003 an earthquake in Bam killed 25,000': a past year that opens the sentence places its event in it. \
Dates an event only where the sentence gives no other date (see eventDates), never the year of publication; at the \
end of a sentence ('students killed by police in 1988') the year is the backdrop of another event.",
    cue: /\bin\s+(?:19|20)\d\d/i,
    match: either`
      ^\s*(?:[Bb]ack\s+)?[Ii]n\s+((?:1[89]|20)\d\d)\b(?![\d%,.]\d|\s*(?:[-–]|to|and)\s*\d)
    `,
    phase: "after",
    events: true,
    resolve: (m, at) => {
      const year = Number(m[1]);
      if (at && year >= at.day.getUTCFullYear()) return null;
      return span(yearSpan(year), "year");
    },
    examples: {
      yes: ["In 2003 an earthquake in the city of Bam left 25,000 people dead."],
      no: ["Quakes have struck often since 2003.", "Students were killed by police in 1988."],
    },
  },
  {
    id: "bare-year",
    why: "'in 1988', 'since 2004', '1990 sales': a year alone, where it is no count or amount. In a sentence that \
reports an event, a year alone is its background ('the worst since 2008') more often than its date: no event's date.",
    cue: /\d{4}/,
    match: either`
      (?<![\d$£€¥#.,:/-]|\bNo\.?\s|\bnumber\s)\b((?:1[89]|20)\d\d)\b(?![\d%,.]\d|\s*${countedAfter})
    `,
    phase: "after",
    events: false,
    resolve: (m) => span(yearSpan(Number(m[1])), "year"),
    examples: { yes: ["Sales have grown since 1988."], no: ["Some 1988 people were killed."] },
  },
]);
