// npm run eval:muc4: MUC-4's 1,500 development wire reports of 1989-90 (most in capitals) against their
// incident templates (../shared/eval/events/muc4-dev.jsonl), scored as ../shared/eval/README.md defines.
//
// The publication day is the dateline's ("SAN SALVADOR, 12 JAN 90 --"). For each template, the best of
// its document's events (the one with most slots right) is scored: type, an ACLED type a coder could
// choose for the template's; date, in the template's range ("- 25 AUG 88": on that day or in the month
// before; alternatives split by "/"); country, one of the template's; place, a template place below the
// country that holds or is held by the event's location, admin2 or admin1 name.
import { z } from "zod";
import type { Event } from "@sitrep/schema";
import { parse } from "../src/index.js";
import { normalisePlace, pct, readJsonl } from "./shared-eval.js";

const TYPES: Record<string, readonly string[]> = {
  ATTACK: ["Battles", "Violence against civilians", "Explosions/Remote violence"],
  BOMBING: ["Explosions/Remote violence"],
  KIDNAPPING: ["Violence against civilians"],
  ARSON: ["Strategic developments", "Riots", "Violence against civilians"],
  ROBBERY: ["Strategic developments", "Violence against civilians"],
  "FORCED WORK STOPPAGE": ["Strategic developments", "Protests", "Riots"],
};
const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

const Template = z.record(z.string(), z.string());
const Doc = z.object({ id: z.string(), text: z.string(), templates: z.array(Template) });

/** "30 DEC 89" as a UTC day (ms); a day without a year takes the publication's. */
function dayOf(text: string, year: number | null): number | null {
  const m = /^(\d{1,2}) ([A-Z]{3})(?: (\d\d))?$/.exec(text.trim());
  const month = m ? MONTHS.indexOf(m[2]!) : -1;
  if (!m || month < 0) return null;
  const y = m[3] ? 1900 + Number(m[3]) : year;
  return y === null ? null : Date.UTC(y, month, Number(m[1]));
}

/** The template's date as ranges of days: "30 DEC 89", "- 25 AUG 88", "20 JAN 90 - 25 JAN 90", "a / b". */
function ranges(raw: string | undefined, year: number | null): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const alt of (raw ?? "").split("/").map((a) => a.replace(/[()]/g, "").trim())) {
    const before = /^-\s*(.+)$/.exec(alt);
    if (before) {
      const end = dayOf(before[1]!, year);
      if (end !== null) out.push([end - 31 * 86_400_000, end]);
      continue;
    }
    const span = /^(.+?)\s+-\s+(.+)$/.exec(alt);
    const [a, b] = span ? [dayOf(span[1]!, year), dayOf(span[2]!, year)] : [dayOf(alt, year), dayOf(alt, year)];
    if (a !== null && b !== null) out.push([a, b]);
  }
  return out;
}

/** Countries and the places below them: "COLOMBIA: CUCUTA (CITY) - CAMPANARIO (RURAL AREA) / PERU". */
function places(raw: string | undefined): { countries: string[]; below: string[] } {
  const countries: string[] = [];
  const below: string[] = [];
  for (const alt of (raw ?? "").split("/")) {
    const [country, ...rest] = alt.split(":").map((p) => p.trim());
    if (!country || country === "-" || country === "*") continue;
    countries.push(normalisePlace(country));
    for (const part of rest.flatMap((p) => p.split(/\s+-\s+/)))
      below.push(normalisePlace(part.replace(/\([^)]*\)/g, "").trim()));
  }
  return { countries, below: below.filter(Boolean) };
}

const wholeWords = (a: string, b: string) => ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);

function score(e: Event, t: Record<string, string>, year: number | null) {
  const allowed = (t["INCIDENT: TYPE"] ?? "").split("/").flatMap((k) => TYPES[k.trim()] ?? []);
  const when = ranges(t["INCIDENT: DATE"], year);
  const where = places(t["INCIDENT: LOCATION"]);
  const start = e.date.start ? Date.parse(e.date.start) : NaN;
  const end = e.date.end ? Date.parse(e.date.end) : start;
  const names = [e.location?.name, e.location?.admin2?.name, e.location?.admin1?.name]
    .filter((n): n is string => !!n)
    .map(normalisePlace);
  return {
    type: allowed.includes(e.type.eventType),
    date: when.length === 0 ? null : when.some(([a, b]) => start <= b && end >= a),
    country:
      where.countries.length === 0 ? null : where.countries.includes(normalisePlace(e.location?.country?.name ?? "")),
    place: where.below.length === 0 ? null : where.below.some((p) => names.some((n) => wholeWords(p, n))),
  };
}

const docs = readJsonl("events", "muc4-dev.jsonl", Doc);

const slots = ["type", "date", "country", "place"] as const;
const right = { type: 0, date: 0, country: 0, place: 0 };
const asked = { type: 0, date: 0, country: 0, place: 0 };
let templates = 0;
let noEvent = 0;
let datelines = 0;
for (const doc of docs) {
  if (doc.templates.length === 0) continue;
  const dateline = /^[^\n]*?\b(\d{1,2}) ([A-Z]{3}) (\d\d)\b/.exec(doc.text);
  const published = dateline ? dayOf(`${dateline[1]} ${dateline[2]} ${dateline[3]}`, null) : null;
  if (published !== null) datelines++;
  const publishedAt = published === null ? undefined : new Date(published).toISOString().slice(0, 10);
  const events = parse(doc.text, { format: "text", ...(publishedAt ? { publishedAt } : {}) }).events;
  const year = published === null ? null : new Date(published).getUTCFullYear();
  for (const t of doc.templates) {
    templates++;
    const scored = events.map((e) => score(e, t, year));
    const count = (s: ReturnType<typeof score>) => slots.filter((k) => s[k] === true).length;
    const best = scored.reduce<ReturnType<typeof score> | null>((b, s) => (!b || count(s) > count(b) ? s : b), null);
    if (!best) noEvent++;
    const where = places(t["INCIDENT: LOCATION"]);
    const holds = {
      type: true,
      date: ranges(t["INCIDENT: DATE"], year).length > 0,
      country: where.countries.length > 0,
      place: where.below.length > 0,
    };
    for (const k of slots) {
      if (!holds[k]) continue;
      asked[k]++;
      if (best?.[k]) right[k]++;
    }
  }
}

console.log(
  `muc4-dev: ${docs.length} reports, ${templates} templates, ${datelines} datelines read, ${noEvent} with no event`,
);
console.log(
  `type ${pct(right.type, asked.type)} (target 85%)  date ${pct(right.date, asked.date)} (85%, ${asked.date} dated)  ` +
    `country ${pct(right.country, asked.country)} (95%)  place ${pct(right.place, asked.place)} (70%, ${asked.place} placed)`,
);
