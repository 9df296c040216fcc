import type { Location } from "@sitrep/schema";
import type { Gazetteer } from "../places/gazetteer.js";
import { distanceKm } from "../places/geo.js";
import type { SentenceMentions } from "./article-mentions.js";
import type { DateMention } from "./dates.js";
import { eventPlace, type EventDraft } from "./merging.js";
import { saysWhere, type PlaceMention } from "./places.js";
import type { Sentence } from "./segments.js";

/** Sentences of the body read as the lead, which says when and where the headline's event was. */
export const LEAD_SENTENCES = 4;

const DAY = 86_400_000;

/** What each sentence dates and places, read once, whichever pass asks first. */
export interface SentenceIndex {
  sentences: readonly Sentence[];
  /** The first sentence of the body; -1 when there is none. */
  firstBody: number;
  published: Date | null;
  datesOf(i: number): DateMention[];
  placesOf(i: number): PlaceMention[];
  /** The place sentence i says an event was at, if any. */
  placeOf(i: number): Location | null;
}

/** The first sentence of the body; -1 when there is none. */
export function firstBodySentence(sentences: readonly Sentence[]): number {
  return sentences.findIndex((s) => s.part === "body");
}

export function sentenceIndex(
  sentences: readonly Sentence[],
  ctx: { found: SentenceMentions; published: Date | null; firstBody: number },
): SentenceIndex {
  const placesOf = (i: number) => ctx.found.places[i] ?? [];
  return {
    sentences,
    firstBody: ctx.firstBody,
    published: ctx.published,
    datesOf: (i) => ctx.found.eventDates[i] ?? [],
    placesOf,
    placeOf: (i) => eventPlace(placesOf(i), sentences[i]!.text),
  };
}

/** Each pass in turn: dates first, since nothing below depends on a place to find a date. */
export function fillFromNeighbours(drafts: EventDraft[], index: SentenceIndex, gazetteer: Gazetteer): void {
  dateFromBefore(drafts, index);
  dateFromLead(drafts, index);
  placeFromNeighbours(drafts, index);
  countryInPassing(drafts, index);
  countryMadePrecise(drafts, index);
  cityMadePrecise(drafts, index, gazetteer);
}

const firstOrder = (d: EventDraft) => Math.min(...d.mentions.map((m) => m.sentence.order));
const SAID_KINDS = new Set(["Statement", "Accusation", "Decision", "Deployment"]);

/**
 * An event whose sentences give no date happened when the article last said: the nearest date
 * stated before it ("On 27 March, ... . The attackers then burned ..."), else unknown.
 */
function dateFromBefore(drafts: EventDraft[], index: SentenceIndex): void {
  for (const draft of drafts) {
    if (draft.date) continue;
    for (let i = firstOrder(draft) - 1; i >= 0 && !draft.date; i--) {
      const dated = index.datesOf(i).find((d) => d.date.basis === "occurred");
      if (dated) draft.date = { ...dated.date, text: null };
    }
  }
}

/**
 * A headline seldom says when; the lead does ("Seven died when a tram derailed on Wednesday").
 * Also when the event's sentences give only the day something was told ("the toll rose to six
 * Friday"). Only a recent day: "earlier this month" in a lead is background, and a day more than
 * a week before publication is some other story's.
 */
function dateFromLead(drafts: EventDraft[], index: SentenceIndex): void {
  const { published, sentences, firstBody } = index;
  if (firstBody < 0) return;
  const lead = () => sentences.slice(firstBody, firstBody + LEAD_SENTENCES).flatMap((s) => index.datesOf(s.order));
  const recent = (day: string | null) => !published || (!!day && published.getTime() - Date.parse(day) <= 7 * DAY);
  for (const draft of drafts) {
    const toldOnly =
      draft.date?.basis === "reported" &&
      draft.trigger.eventType !== "Statement" &&
      draft.trigger.eventType !== "Accusation";
    if ((draft.date && !toldOnly) || draft.mentions[0]!.sentence.part === "body") continue;
    // The day something was said is the day of a statement or a headline's news, not of a crash.
    const said =
      draft.trigger.eventType === "Other" ||
      draft.trigger.eventType === "Statement" ||
      draft.trigger.eventType === "Accusation";
    const dated = lead().find(
      (d) => (d.date.basis === "occurred" || said) && d.date.precision === "day" && recent(d.date.start),
    );
    // Told on a day, it happened on that day or before.
    if (dated && (!draft.date?.start || dated.date.start! <= draft.date.start))
      draft.date = { ...dated.date, text: null, basis: "occurred" };
  }
}

/**
 * "Activists occupied a house in Vienna. 12 people were arrested.": the arrests were in Vienna.
 * The place the nearest sentence before names, else one of the next two; a headline's event is
 * placed by the lead, as it is dated by it.
 */
function placeFromNeighbours(drafts: EventDraft[], index: SentenceIndex): void {
  const { sentences, firstBody } = index;
  for (const draft of drafts) {
    if (draft.location) continue;
    const orders = draft.mentions.map((m) => m.sentence.order);
    const [first, last] = [Math.min(...orders), Math.max(...orders)];
    const headline = firstBody >= 0 && draft.mentions.every((m) => m.sentence.part !== "body");
    const until = Math.min(
      sentences.length - 1,
      headline ? Math.max(last + 2, firstBody + LEAD_SENTENCES - 1) : last + 2,
    );
    for (const i of [...descending(first - 1, 0), ...ascending(last + 1, until)]) {
      // The nearest sentence that names any place, a country included, says where.
      const found = index.placeOf(i);
      if (found) {
        draft.location = found;
        break;
      }
    }
  }
}

/**
 * "Activists blocked a cargo ship in Gdansk. They were protesting the war of Russia against
 * Ukraine.": a country the event's sentences only name, and nowhere say it happened in, yields to
 * the town or province the sentence before names.
 */
function countryInPassing(drafts: EventDraft[], index: SentenceIndex): void {
  for (const draft of drafts) {
    const iso2 =
      draft.location?.precision === "country" && !SAID_KINDS.has(draft.trigger.eventType)
        ? draft.location.country?.iso2
        : undefined;
    if (!iso2) continue;
    const named = draft.mentions.flatMap((m) =>
      m.places
        .filter((p) => p.location.kind === "country" && p.location.country?.iso2 === iso2)
        .map((p) => ({ p, text: m.sentence.text })),
    );
    if (named.length === 0 || named.some(({ p, text }) => saysWhere(p, text))) continue;
    const first = firstOrder(draft);
    const before = first > 0 ? index.placeOf(first - 1) : null;
    if (before && before.precision !== "country") draft.location = before;
  }
}

/**
 * "in a city in north Afghanistan. ... the consulate in Mazar-i-Sharif": a country is made precise
 * by a town or facility in it that the next two sentences name, unless they report another kind of
 * event (whose place that is). What was said or decided "in Iraq" was said of the country.
 */
function countryMadePrecise(drafts: EventDraft[], index: SentenceIndex): void {
  for (const draft of drafts) {
    const country =
      draft.location?.precision === "country" && !SAID_KINDS.has(draft.trigger.eventType)
        ? draft.location.country?.iso2
        : undefined;
    if (!country) continue;
    const first = firstOrder(draft);
    for (let i = first + 1; i <= Math.min(index.sentences.length - 1, first + 2); i++) {
      if (
        drafts.some(
          (d) =>
            d !== draft &&
            d.trigger.subEventType !== draft.trigger.subEventType &&
            d.mentions.some((m) => m.sentence.order === i),
        )
      )
        continue;
      const within = index.placeOf(i);
      if (within && (within.precision === "exact" || within.precision === "near") && within.country?.iso2 === country) {
        draft.location = within;
        break;
      }
    }
  }
}

/**
 * "a tram overturned in London ... in Croydon, south London": a city of a million or more is made
 * precise by a town within 20 km that the event's own sentences, or the next two, name.
 */
function cityMadePrecise(drafts: EventDraft[], index: SentenceIndex, gazetteer: Gazetteer): void {
  for (const draft of drafts) {
    const l = draft.location;
    const city = l?.kind === "town" && l.gazetteerId ? gazetteer.place(l.gazetteerId) : undefined;
    if (!l?.coordinates || !city || city.population < 1_000_000) continue;
    const first = firstOrder(draft);
    const orders = [...new Set([...draft.mentions.map((m) => m.sentence.order), first + 1, first + 2])]
      .filter((i) => i < index.sentences.length)
      .sort((a, b) => a - b);
    for (const i of orders) {
      const within = index
        .placesOf(i)
        .find(
          (p) =>
            p.location.kind === "town" &&
            p.location.gazetteerId !== l.gazetteerId &&
            !!p.location.coordinates &&
            distanceKm(p.location.coordinates, l.coordinates!) <= 20,
        );
      if (within) {
        draft.location = within.location;
        break;
      }
    }
  }
}

/** from, from - 1, ..., to; empty when from < to. */
function descending(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i >= to; i--) out.push(i);
  return out;
}

/** from, from + 1, ..., to; empty when from > to. */
function ascending(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
