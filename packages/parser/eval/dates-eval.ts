// npm run eval:dates: every date and time of real news (TimeBank's 183 documents in ../shared/eval/dates),
// scored as ../shared/eval/README.md defines. The text is fed with its creation date as the publication
// date; mentions.dates are paired with the gold TIMEX3s by text (mention-matching.ts). A mention paired
// with a DURATION or SET counts neither way. Expressions: precision, recall and F1 over DATE and TIME.
// Values: a found expression whose gold value is a calendar span (a day, an ISO week, a month, a quarter,
// a year) is right when the mention's start and end are that span.
import { z } from "zod";
import type { MentionedDate } from "@sitrep/schema";
import { parse } from "../src/index.js";
import { f1, pairUp, ratio } from "./mention-matching.js";
import { pct, readJsonl } from "./shared-eval.js";

const Timex = z.object({ start: z.number(), end: z.number(), text: z.string(), type: z.string(), value: z.string() });
type Timex = z.infer<typeof Timex>;
const Doc = z.object({ id: z.string(), text: z.string(), date_publish: z.string(), timexes: z.array(Timex) });
const verbose = process.argv.includes("--verbose");

/** The first and last day of a calendar-span value, or null for any other value ("PRESENT_REF", "P1W"). */
export function calendarSpan(value: string): [string, string] | null {
  const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) return [value, value];
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return [iso(y, mo, 1), iso(y, mo + 1, 0)];
  }
  if ((m = /^(\d{4})$/.exec(value))) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const [y, q] = [Number(m[1]), Number(m[2])];
    return [iso(y, 3 * q - 2, 1), iso(y, 3 * q + 1, 0)];
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    // ISO week 1 holds 4 January; weeks start on Monday.
    const [y, w] = [Number(m[1]), Number(m[2])];
    const jan4 = new Date(Date.UTC(y, 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (w - 1) * 7 * 86_400_000);
    const sunday = new Date(monday.getTime() + 6 * 86_400_000);
    return [monday.toISOString().slice(0, 10), sunday.toISOString().slice(0, 10)];
  }
  return null;
}

/** A coarse kind for a gold expression, to say where the misses and wrong values are. */
function kind(t: Timex): string {
  const s = t.text.toLowerCase();
  if (/\b(?:now|current|currently|present|recent|recently|former|formerly|past|future|once)\b/.test(s)) return "vague";
  if (/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.test(s)) return "weekday";
  if (/\b(?:today|yesterday|tomorrow|tonight)\b/.test(s)) return "relative day";
  if (/\b(?:week|month|year|quarter|decade|century)s?\b/.test(s)) return "relative unit";
  if (/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/.test(s)) return "month named";
  if (/\d/.test(s)) return "digits";
  return "other";
}

const docs = readJsonl("dates", "timebank.jsonl", Doc);

const t = { gold: 0, mentions: 0, found: 0, spans: 0, spanFound: 0, right: 0, unmatched: 0 };
const missed = new Map<string, string[]>();
const wrong = new Map<string, string[]>();
const extra: string[] = [];
const note = (map: Map<string, string[]>, key: string, line: string) => map.set(key, [...(map.get(key) ?? []), line]);

for (const d of docs) {
  const record = JSON.stringify({ maintext: d.text, date_publish: d.date_publish });
  const dates: MentionedDate[] = parse(record, { format: "newsplease" }).mentions.dates;
  const gold = [...d.timexes].sort((a, b) => a.start - b.start);
  const { pairs, missed: miss, extra: more } = pairUp(gold, dates);
  const counted = gold.filter((g) => g.type === "DATE" || g.type === "TIME");
  t.gold += counted.length;
  t.spans += counted.filter((g) => calendarSpan(g.value)).length;
  // A mention of a duration or a set is neither right nor wrong.
  const kept = pairs.filter((p) => p.gold.type === "DATE" || p.gold.type === "TIME");
  t.mentions += kept.length + more.length;
  t.found += kept.length;
  t.unmatched += more.length;
  for (const m of more) extra.push(`  ${d.id}: "${m.text}" -> ${m.date.start} .. ${m.date.end}`);
  for (const g of miss)
    if (g.type === "DATE" || g.type === "TIME") note(missed, kind(g), `  ${d.id}: "${g.text}" (${g.value})`);
  for (const { gold: g, mention: m } of kept) {
    const span = calendarSpan(g.value);
    if (!span) continue;
    t.spanFound++;
    if (m.date.start === span[0] && m.date.end === span[1]) t.right++;
    else
      note(
        wrong,
        kind(g),
        `  ${d.id}: "${m.text}" -> ${m.date.start} .. ${m.date.end}, not ${g.value} (${d.date_publish})`,
      );
  }
}

const ep = ratio(t.found, t.mentions);
const er = ratio(t.found, t.gold);
const vp = ratio(t.right, t.spanFound + t.unmatched);
const vr = ratio(t.right, t.spans);
console.log(`TimeBank: ${docs.length} documents, ${t.gold} dates and times (${t.spans} with a calendar-span value)`);
console.log(
  `expressions  precision ${pct(t.found, t.mentions)}  recall ${pct(t.found, t.gold)}  F1 ${f1(ep, er).toFixed(3)}`,
);
console.log(
  `values       precision ${pct(t.right, t.spanFound + t.unmatched)}  recall ${pct(t.right, t.spans)}` +
    `  F1 ${f1(vp, vr).toFixed(3)}`,
);
const show = (title: string, map: Map<string, string[]>) => {
  console.log(`\n${title}`);
  for (const [k, lines] of [...map].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${String(lines.length).padStart(4)}  ${k}`);
    for (const l of lines.slice(0, verbose ? Infinity : 3)) console.log(`  ${l}`);
  }
};
show("missed, by kind", missed);
show("found with a wrong value, by kind", wrong);
console.log(`\nmentions no gold expression matches (${extra.length})`);
for (const l of extra.slice(0, verbose ? Infinity : 10)) console.log(l);
console.log("\ntarget: expression F1 at least 0.85, value F1 at least 0.80");
