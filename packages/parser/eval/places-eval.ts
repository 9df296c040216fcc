// npm run eval:places: every place real news articles name (GeoWebNews, TR-News in ../shared/eval/places),
// scored as ../shared/eval/README.md defines. The body alone is fed (news-please maintext, no title)
// with its publication date; mentions.places are paired with the gold toponyms by text
// (mention-matching.ts). Found: precision, recall, F1. Resolved: the found ones placed within 161 km.
// Prints each set and both together, the misses and wrong places by kind, and the worst articles.
import { z } from "zod";
import type { MentionedPlace } from "@sitrep/schema";
import { distanceKm, parse } from "../src/index.js";
import { f1, fold, pairUp, ratio } from "./mention-matching.js";
import { pct, readJsonl } from "./shared-eval.js";

const Toponym = z.object({
  start: z.number(),
  end: z.number(),
  text: z.string(),
  name: z.string(),
  lat: z.number(),
  lon: z.number(),
});
type Toponym = z.infer<typeof Toponym>;
const Doc = z.object({
  id: z.string(),
  text: z.string(),
  date_publish: z.string().nullable(),
  url: z.string().nullable(),
  toponyms: z.array(Toponym),
});

const SETS = ["geowebnews", "tr-news"] as const;
const KM = 161;
const verbose = process.argv.includes("--verbose");

interface Tally {
  gold: number;
  mentions: number;
  found: number;
  resolved: number;
}
const empty = (): Tally => ({ gold: 0, mentions: 0, found: 0, resolved: 0 });
const add = (a: Tally, b: Tally) => {
  for (const k of Object.keys(a) as Array<keyof Tally>) a[k] += b[k];
};

/** The gold's place and the mention's are one country, province, region or sea by name ("Republic of India", India). */
function sameArea(m: MentionedPlace, g: Toponym): boolean {
  const kind = m.location?.kind;
  if (!m.location || !(kind === "country" || kind === "province" || kind === "region" || kind === "water"))
    return false;
  const [a, b] = [fold(m.location.name), fold(g.name)];
  return ` ${b} `.includes(` ${a} `) || ` ${a} `.includes(` ${b} `);
}

/** A coarse kind for a missed toponym, to say where recall goes. */
function missKind(t: Toponym): string {
  if (/^[\p{Lu}\s.-]+$/u.test(t.text) && t.text.length > 3) return "in capitals";
  if (fold(t.text) !== fold(t.name) && /(?:an|ian|ese|ish|i|ic|ch)s?$/.test(t.text)) return "demonym or adjective";
  if (/^\p{Ll}/u.test(t.text)) return "lower case";
  if (t.text.split(/\s+/).length >= 3) return "three words or more";
  return "a name";
}

const total = empty();
const misses = new Map<string, number>();
const worst: Array<{ id: string; f: number; line: string }> = [];
const wrongPlaces: string[] = [];
/** Found and named right but placed at another centre: a country's or a province's point differs between gazetteers. */
let otherCentre = 0;
const extras = new Map<string, number>();

for (const set of SETS) {
  const t = empty();
  const docs = readJsonl("places", `${set}.jsonl`, Doc);
  for (const d of docs) {
    const record = JSON.stringify({ maintext: d.text, date_publish: d.date_publish, url: d.url });
    const places: MentionedPlace[] = parse(record, { format: "newsplease" }).mentions.places;
    const gold = [...d.toponyms].sort((a, b) => a.start - b.start);
    const { pairs, missed, extra } = pairUp(gold, places);
    let resolved = 0;
    for (const { gold: g, mention: m } of pairs) {
      const c = m.location?.coordinates;
      const km = c ? distanceKm(c, { lat: g.lat, lon: g.lon }) : Infinity;
      if (km <= KM) resolved++;
      else if (sameArea(m, g)) otherCentre++;
      else {
        const placed = m.location ? `${m.location.name}, ${m.location.country?.name ?? "?"}` : "no place";
        const away = Number.isFinite(km) ? `${km.toFixed(0)} km` : "no coordinates";
        wrongPlaces.push(`  ${d.id}: "${m.text}" -> ${placed} (${away} from ${g.name})`);
      }
    }
    for (const g of missed) misses.set(missKind(g), (misses.get(missKind(g)) ?? 0) + 1);
    for (const m of extra) extras.set(m.text, (extras.get(m.text) ?? 0) + 1);
    const doc: Tally = { gold: gold.length, mentions: places.length, found: pairs.length, resolved };
    add(t, doc);
    const f = f1(ratio(doc.found, doc.mentions), ratio(doc.found, doc.gold));
    worst.push({
      id: d.id,
      f,
      line:
        `  ${d.id.padEnd(18)} F1 ${f.toFixed(2)}  ${doc.found}/${doc.gold} found, ${places.length - doc.found} extra;` +
        ` missed: ${missed
          .slice(0, 6)
          .map((g) => `"${g.text}"`)
          .join(", ")}`,
    });
  }
  add(total, t);
  report(set, t);
}
report("together", total);

function report(name: string, t: Tally) {
  const p = ratio(t.found, t.mentions);
  const r = ratio(t.found, t.gold);
  console.log(
    `${name.padEnd(11)} toponyms ${String(t.gold).padStart(5)}  precision ${pct(t.found, t.mentions)}` +
      `  recall ${pct(t.found, t.gold)}  F1 ${f1(p, r).toFixed(3)}  within ${KM} km ${pct(t.resolved, t.found)}`,
  );
}

console.log("\nmissed toponyms by kind");
for (const [k, n] of [...misses].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${k}`);
console.log("\nmentions no toponym matches, most frequent");
console.log(
  "  " +
    [...extras]
      .sort((a, b) => b[1] - a[1])
      .slice(0, verbose ? 200 : 30)
      .map(([text, n]) => `${text} ${n}`)
      .join(", "),
);
console.log(
  `\nfound but placed more than ${KM} km away: ${otherCentre} the same country, province, region or sea by name,` +
    ` at another centre than the gold's; ${wrongPlaces.length} others`,
);
for (const l of wrongPlaces.slice(0, verbose ? Infinity : 25)) console.log(l);
console.log("\nworst articles");
for (const w of worst.sort((a, b) => a.f - b.f).slice(0, verbose ? 40 : 10)) console.log(w.line);
console.log(`\ntarget: F1 at least 0.85 and at least 90% within ${KM} km (GeoWebNews and TR-News together)`);
