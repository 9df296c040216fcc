// npm run eval:realnews: the events of 60 real news articles, each coded event by event by hand
// (../shared/eval/events/realnews-dev.jsonl), scored as ../shared/eval/README.md defines.
//
// Only "coded" events count: ACLED's six types and Incident. A parser event matches a gold event of
// the same type whose dates overlap with a day of slack either side (an open end is open; a gold event
// with no date overlaps any); among several, one whose place is right. Each gold event is matched once,
// so a second report of one incident is an unmatched event. Then, of the matched pairs: sub-type, place
// (within 25 km or the same name after folding) and killed (where the gold states it). Main event: the
// parser's first event against the gold's main one (type, sub-type, start day, place); where the gold
// has no main event, right when the first event is not a coded one. Phantom: an article with no gold
// event that gets a coded event. Every wrong event is listed with its sentence.
import { z } from "zod";
import type { Event } from "@sitrep/schema";
import { distanceKm, parse } from "../src/index.js";
import { normalisePlace, pct, readJsonl } from "./shared-eval.js";

const CODED = new Set([
  "Battles",
  "Explosions/Remote violence",
  "Violence against civilians",
  "Protests",
  "Riots",
  "Strategic developments",
  "Incident",
]);

const GoldEvent = z.object({
  main: z.boolean(),
  type: z.string(),
  subType: z.string(),
  date: z.object({ start: z.string().nullable(), end: z.string().nullable() }).nullable(),
  place: z
    .object({ name: z.string().nullable(), lat: z.number().nullable(), lon: z.number().nullable() })
    .passthrough()
    .nullable(),
  killed: z.number().nullable(),
  injured: z.number().nullable(),
  quote: z.string().nullable().optional(),
});
type GoldEvent = z.infer<typeof GoldEvent>;
const Article = z.object({
  id: z.string(),
  title: z.string().nullable(),
  date_publish: z.string().nullable(),
  text: z.string(),
  events: z.array(GoldEvent),
});

const DAY = 86_400_000;
const day = (iso: string | null | undefined) => (iso ? Date.parse(iso.slice(0, 10)) : NaN);

/** The gold's dates and the event's overlap, a day of slack each side; an open or missing end is open. */
function datesOverlap(e: Event, g: GoldEvent): boolean {
  if (!g.date || (!g.date.start && !g.date.end)) return true;
  const gs = g.date.start ? day(g.date.start) - DAY : -Infinity;
  const ge = g.date.end ? day(g.date.end) + DAY : Infinity;
  const es = day(e.date.start);
  const ee = day(e.date.end ?? e.date.start);
  if (Number.isNaN(es) || Number.isNaN(ee)) return false;
  return es <= ge && ee >= gs;
}

function placeRight(e: Event, g: GoldEvent): boolean {
  const p = g.place;
  const l = e.location;
  if (!p || !l) return false;
  if (p.lat !== null && p.lon !== null && l.coordinates) {
    if (distanceKm({ lat: p.lat, lon: p.lon }, l.coordinates) <= 25) return true;
  }
  return !!p.name && normalisePlace(p.name) === normalisePlace(l.name);
}

const sentenceOf = (e: Event) => e.evidence[0]?.text.replace(/\s+/g, " ").slice(0, 160) ?? "";
const show = (e: Event) =>
  `${e.type.eventType} / ${e.type.subEventType} | ${e.date.start ?? "?"} | ${e.location?.name ?? "-"} | ` +
  `killed ${e.casualties.killed.value ?? "?"}`;

const articles = readJsonl("events", "realnews-dev.jsonl", Article);

const t = { coded: 0, matched: 0, gold: 0, goldMatched: 0, sub: 0, place: 0, killedStated: 0, killed: 0 };
let mainRight = 0;
let empty = 0;
let phantom = 0;
const wrong: string[] = [];

for (const a of articles) {
  const record = JSON.stringify({ title: a.title, maintext: a.text, date_publish: a.date_publish });
  const events = parse(record, { format: "newsplease" }).events;
  const coded = events.filter((e) => CODED.has(e.type.eventType));
  const taken = new Set<number>();
  t.coded += coded.length;
  t.gold += a.events.length;
  const lines: string[] = [];
  for (const e of coded) {
    const candidates = a.events
      .map((g, i) => ({ g, i }))
      .filter(({ g, i }) => !taken.has(i) && g.type === e.type.eventType && datesOverlap(e, g));
    const pick = candidates.find(({ g }) => placeRight(e, g)) ?? candidates[0];
    if (!pick) {
      lines.push(`  unmatched  ${show(e)}\n             "${sentenceOf(e)}"`);
      continue;
    }
    taken.add(pick.i);
    t.matched++;
    const g = pick.g;
    const problems: string[] = [];
    if (g.subType === e.type.subEventType) t.sub++;
    else problems.push(`sub-type ${e.type.subEventType}, coder ${g.subType}`);
    if (placeRight(e, g)) t.place++;
    else problems.push(`place ${e.location?.name ?? "-"}, coder ${g.place?.name ?? "-"}`);
    if (g.killed !== null) {
      t.killedStated++;
      if (e.casualties.killed.value === g.killed) t.killed++;
      else problems.push(`killed ${e.casualties.killed.value ?? "?"}, coder ${g.killed}`);
    }
    if (problems.length) lines.push(`  matched    ${show(e)}: ${problems.join("; ")}\n             "${sentenceOf(e)}"`);
  }
  t.goldMatched += taken.size;
  for (const [i, g] of a.events.entries())
    if (!taken.has(i))
      lines.push(`  missed     ${g.type} / ${g.subType} | ${g.date?.end ?? "?"} | ${g.place?.name ?? "-"}`);

  const goldMain = a.events.find((g) => g.main);
  const first = events[0];
  const firstCoded = !!first && CODED.has(first.type.eventType);
  const mainOk = goldMain
    ? !!first &&
      first.type.eventType === goldMain.type &&
      first.type.subEventType === goldMain.subType &&
      (!goldMain.date?.start || first.date.start === goldMain.date.start) &&
      placeRight(first, goldMain)
    : !firstCoded;
  if (mainOk) mainRight++;
  else
    lines.unshift(
      `  main event ${first ? show(first) : "none"}, coder ${goldMain ? goldMain.subType : "no main event"}`,
    );
  if (a.events.length === 0) {
    empty++;
    if (coded.length > 0) phantom++;
  }
  if (lines.length) wrong.push(`${a.id} ${a.title ?? ""}\n${lines.join("\n")}`);
}

console.log(wrong.join("\n\n"));
console.log("");
console.log(`realnews-dev: ${articles.length} articles, ${t.gold} coded events by hand, ${t.coded} coded by Sitrep`);
console.log(
  `precision ${pct(t.matched, t.coded)} (target 80%)  recall ${pct(t.goldMatched, t.gold)} (75%)  ` +
    `main event ${pct(mainRight, articles.length)} (80%)`,
);
console.log(
  `of matched: sub-type ${pct(t.sub, t.matched)}  place ${pct(t.place, t.matched)} (80%)  ` +
    `killed ${pct(t.killed, t.killedStated)} (80%, ${t.killedStated} stated)`,
);
console.log(
  `phantom: ${phantom} of ${empty} articles with no event get one (${pct(phantom, empty).trim()}; target 5%)`,
);
