import type { Event } from "@sitrep/schema";
import { trimEndWhile } from "../text/normalise.js";

type Parts = Pick<
  Event,
  "type" | "date" | "location" | "weapons" | "casualties" | "actors" | "effects" | "attributions"
>;

const WHAT: Record<string, string> = {
  "Shelling/artillery/missile attack": "Shelling or missile attack",
  "Air/drone strike": "Air or drone strike",
  "Remote explosive/landmine/IED": "Explosive device attack",
  "Disrupted weapons use": "Weapons seized or disrupted",
  Attack: "Attack",
};

/**
 * One plain line a reader can scan: what, where, when, with what, and the toll.
 * "Shelling or missile attack on Al Asad Air Base (Anbar, Iraq) on 3 December 2019: 5 rockets; no casualties reported."
 */
const CLOSING = /[.!?:;,\s]/;

export function summarise(e: Parts, headline?: string): string {
  // A headline's own event is best told in the headline's words.
  const what =
    e.type.subEventType === "Reported event" && headline
      ? trimEndWhile(headline, CLOSING)
      : (WHAT[e.type.subEventType] ?? e.type.subEventType);
  const who = e.actors.find(
    (a) =>
      a.role === "perpetrator" ||
      a.role === "responder" ||
      a.role === "speaker" ||
      a.role === "detainer" ||
      a.role === "protester",
  );
  const place = e.location ? ` ${e.location.kind === "facility" ? "at" : "in"} ${placeName(e.location)}` : "";
  const when = e.date?.start ? ` ${dateWords(e.date)}` : "";
  const details: string[] = [];
  for (const w of e.weapons)
    if (w.count)
      details.push(`${qualifierWords(w.count.qualifier)}${w.count.value} ${weaponWord(w.kind, w.count.value)}`);
  const k = e.casualties.killed.value;
  const i = e.casualties.injured.value;
  if (k === 0 && i === 0) details.push("no casualties reported");
  else {
    if (k !== null)
      details.push(k === 0 ? "no deaths reported" : `${qualifierWords(e.casualties.killed.qualifier)}${k} killed`);
    if (i !== null)
      details.push(i === 0 ? "no injuries reported" : `${qualifierWords(e.casualties.injured.qualifier)}${i} injured`);
  }
  for (const x of e.effects) details.push(`${x.object} ${x.kind}`);
  const by = who
    ? ` by ${/^(?:forces|troops|soldiers|police|military|army)$/i.test(who.text) ? who.name : who.text}`
    : "";
  return `${what}${by}${place}${when}${details.length ? `: ${details.join("; ")}` : ""}.`;
}

function placeName(l: NonNullable<Parts["location"]>): string {
  const within = [l.admin1?.name, l.country?.name].filter((x) => x && x !== l.name);
  const rel = l.relation ? `${l.relation.direction === "near" ? "near" : `${l.relation.direction} of`} ` : "";
  return `${rel}${l.name}${within.length ? ` (${within.join(", ")})` : ""}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2019-12-03" as "3 December 2019", or "December 2019" (Intl is far slower than this, per call). */
function fmt(iso: string, opts: { day?: unknown }): string {
  const [y, m, d] = iso.split("-");
  const month = MONTHS[Number(m) - 1] ?? "";
  return opts.day ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

function dateWords(d: NonNullable<Parts["date"]>): string {
  const day = { day: "numeric" } as const;
  const prefix = d.basis === "reported" ? "on or before " : "";
  switch (d.precision) {
    case "day":
      return d.start === d.end || !d.end
        ? `${prefix ? prefix : "on "}${fmt(d.start!, day)}`
        : `between ${fmt(d.start!, day)} and ${fmt(d.end, day)}`;
    case "week":
      return `in the week of ${fmt(d.start!, day)}`;
    case "month":
      return `in ${fmt(d.start!, {})}`;
    case "quarter":
      return `in the quarter to ${fmt(d.end!, {})}`;
    case "year":
      return `in ${d.start!.slice(0, 4)}`;
    default:
      return d.text ? d.text.replace(/^(?:in|over|during)\s+/i, "in ") : "";
  }
}

/** "IED", "car bomb", plural when there are several: "2 car bombs". */
function weaponWord(kind: string, count: number): string {
  return `${kind === "ied" ? "IED" : kind.replace("_", " ")}${count === 1 ? "" : "s"}`;
}

function qualifierWords(q: string | null): string {
  return q === "at_least"
    ? "at least "
    : q === "about"
      ? "about "
      : q === "more_than"
        ? "more than "
        : q === "up_to"
          ? "up to "
          : q === "fewer_than"
            ? "fewer than "
            : "";
}
