import type { Actor, Article, Event, EventDate, Location } from "@sitrep/schema";
import { isAcledType } from "@sitrep/schema";
import { loadGazetteer, type Gazetteer } from "../places/gazetteer.js";
import { resolveActors } from "./actor-resolution.js";
import { articleContext } from "./context.js";
import { headlineMention, mentionOf, type Mention } from "./mentions.js";
import { findDates } from "./dates.js";
import { eventPlace, mergeMentions } from "./merging.js";
import { findPlaces, toLocation } from "./places.js";
import { distanceKm } from "../places/geo.js";
import { rankEvents } from "./salience.js";
import { segmentArticle } from "./segments.js";
import { summarise } from "./summary.js";

/** Sentences read for events at most (see extractEvents). */
export const MAX_SENTENCES = 2000;

export interface ExtractOptions {
  gazetteer?: Gazetteer;
}

/**
 * The events an article reports, main event first. The pipeline: sentences -> one mention per
 * sentence that reports something (type, dates, places, weapons, casualties, effects, actors,
 * attribution) -> mentions merged into events -> salience and summary.
 */
export function extractEvents(article: Article, options: ExtractOptions = {}): Event[] {
  const gazetteer = options.gazetteer ?? loadGazetteer();
  // A news article has dozens of sentences; a page of hundreds of thousands is read this far.
  const sentences = segmentArticle(article, MAX_SENTENCES);
  const places = articleContext(sentences, gazetteer);
  const published = publicationDay(article.publishedAt);
  const ctx = { gazetteer, places, published };
  const mentions = sentences.map((s) => mentionOf(s, ctx)).filter((m): m is Mention => m !== null);
  // Every news article reports something: when neither its headline nor its lead is an event
  // the rules know ("Toblerone changes its shape"), the headline is the main event, of no ACLED kind.
  // The lead is the first few sentences of the body; a generic verb there ("hit") does not make
  // it the article's event.
  const firstBody = sentences.findIndex((s) => s.part === "body");
  const inLead = (m: Mention) => m.sentence.part !== "body" || (firstBody >= 0 && m.sentence.order < firstBody + LEAD_SENTENCES && (!m.trigger.generic || m.actors.length > 0));
  const leadEvent = mentions.some(inLead);
  if (sentences[0]?.part === "title" && !leadEvent) mentions.unshift(headlineMention(sentences[0], ctx));
  // What each sentence dates and places, read once: events without their own look back for them.
  const datesIn = new Map(mentions.map((m) => [m.sentence.order, m.dates]));
  const datesOf = (i: number) => {
    let d = datesIn.get(i);
    if (!d) datesIn.set(i, (d = findDates(sentences[i]!.text, published)));
    return d;
  };
  const placesIn = new Map(mentions.map((m) => [m.sentence.order, m.places]));
  const placeOf = (i: number) => {
    let p = placesIn.get(i);
    if (!p) placesIn.set(i, (p = findPlaces(sentences[i]!.text, gazetteer, places, sentences[i]!.part === "title")));
    return eventPlace(p, sentences[i]!.text);
  };
  const drafts = mergeMentions(mentions);
  // An event whose sentences give no date happened when the article last said: the nearest
  // date stated before it ("On 27 March, ... . The attackers then burned ..."), else unknown.
  for (const draft of drafts) {
    if (draft.date) continue;
    const first = draft.mentions.reduce((min, m) => Math.min(min, m.sentence.order), Infinity);
    for (let i = first - 1; i >= 0 && !draft.date; i--) {
      const dated = datesOf(i).find((d) => d.date.basis === "occurred");
      if (dated) draft.date = { ...dated.date, text: null };
    }
  }
  // A headline seldom says when; the lead does ("Seven died when a tram derailed on Wednesday").
  for (const draft of drafts) {
    // Also when its sentences give only the day something was told ("the toll rose to six Friday").
    const toldOnly = draft.date?.basis === "reported" && draft.trigger.eventType !== "Statement" && draft.trigger.eventType !== "Accusation";
    if ((draft.date && !toldOnly) || draft.mentions[0]!.sentence.part === "body") continue;
    const lead = sentences.filter((s) => s.part === "body").slice(0, LEAD_SENTENCES).flatMap((s) => datesOf(s.order));
    // The day something was said is the day of a statement or a headline's news, not of a crash;
    // only a day: "earlier this month" in a lead is background, and the publication day says more.
    const said = draft.trigger.eventType === "Other" || draft.trigger.eventType === "Statement" || draft.trigger.eventType === "Accusation";
    // A headline is news: a day more than a week before publication is some other story's.
    const recent = (day: string | null) => !published || (!!day && published.getTime() - Date.parse(day) <= 7 * 86_400_000);
    const dated = lead.find((d) => (d.date.basis === "occurred" || said) && d.date.precision === "day" && recent(d.date.start));
    // Told on a day, it happened on that day or before.
    if (dated && (!draft.date?.start || dated.date.start! <= draft.date.start)) draft.date = { ...dated.date, text: null, basis: "occurred" };
  }
  // Likewise a place: "Activists occupied a house in Vienna. 12 people were arrested." The
  // arrests were in Vienna. The place the nearest sentence before names, else one of the next two.
  for (const draft of drafts) {
    if (draft.location) continue;
    const orders = draft.mentions.map((m) => m.sentence.order);
    const [first, last] = [Math.min(...orders), Math.max(...orders)];
    // A headline's event is placed by the lead, its first few sentences, as it is dated by them.
    const firstBody = sentences.findIndex((s) => s.part === "body");
    const headline = draft.mentions.every((m) => m.sentence.part !== "body") && firstBody >= 0;
    const until = headline ? Math.max(last + 2, firstBody + LEAD_SENTENCES - 1) : last + 2;
    const near = [...descending(first - 1, 0), ...ascending(last + 1, Math.min(sentences.length - 1, until))];
    for (const i of near) {
      const found = placeOf(i);
      // The nearest sentence that names any place, a country included, says where.
      if (!found) continue;
      draft.location = found;
      break;
    }
  }
  // "in a city in north Afghanistan. ... the consulate in Mazar-i-Sharif": a country is made
  // precise by a place within it that the next sentences name.
  for (const draft of drafts) {
    // What was said or decided "in Iraq" was said of the country; a blast was somewhere in it.
    const said = ["Statement", "Accusation", "Decision", "Deployment"].includes(draft.trigger.eventType);
    const country = draft.location?.precision === "country" && !said ? draft.location.country?.iso2 : undefined;
    if (!country) continue;
    const first = Math.min(...draft.mentions.map((m) => m.sentence.order));
    for (let i = first + 1; i <= Math.min(sentences.length - 1, first + 2); i++) {
      // A sentence that reports another kind of event speaks of that event's place.
      if (drafts.some((d) => d !== draft && d.trigger.subEventType !== draft.trigger.subEventType && d.mentions.some((m) => m.sentence.order === i))) continue;
      const within = placeOf(i);
      if (within && (within.precision === "exact" || within.precision === "near") && within.country?.iso2 === country) {
        draft.location = within;
        break;
      }
    }
  }
  // "a tram overturned in London ... in Croydon, south London": a great city is made precise by
  // a town within it that the event's own sentences, or the next two, name.
  for (const draft of drafts) {
    const l = draft.location;
    const city = l?.kind === "town" && l.gazetteerId ? gazetteer.place(l.gazetteerId) : undefined;
    if (!l || !city || city.population < 1_000_000) continue;
    const first = Math.min(...draft.mentions.map((m) => m.sentence.order));
    const orders = new Set([...draft.mentions.map((m) => m.sentence.order), first + 1, first + 2].filter((i) => i < sentences.length));
    for (const i of [...orders].sort((a, b) => a - b)) {
      const within = (placesIn.get(i) ?? findPlaces(sentences[i]!.text, gazetteer, places)).find(
        (p) => p.location.kind === "town" && p.location.gazetteerId !== l.gazetteerId && p.location.coordinates && distanceKm(p.location.coordinates, l.coordinates!) <= 20,
      );
      if (within) {
        draft.location = within.location;
        break;
      }
    }
  }
  const ranked = rankEvents(drafts);
  const fallbackCountry = places.countries[0] ? gazetteer.countryEntry(places.countries[0]) : undefined;
  const fallbackLocation: Location | null = fallbackCountry ? toLocation(fallbackCountry, fallbackCountry.name, gazetteer, null) : null;

  return ranked.map(({ draft, salience }, i) => {
    const date: EventDate = draft.date ?? (published ? reportedOn(published) : unknownDate());
    const location = draft.location ?? fallbackLocation ?? homeOfGroup(draft.actors, gazetteer);
    const parts = {
      type: { eventType: draft.trigger.eventType, subEventType: draft.trigger.subEventType, acled: isAcledType(draft.trigger.eventType) },
      date,
      location,
      weapons: draft.weapons,
      casualties: draft.casualties,
      actors: resolveActors(draft.actors, { eventType: draft.trigger.eventType, location, attributions: draft.attributions, gazetteer }),
      effects: draft.effects,
      attributions: draft.attributions,
    };
    return {
      id: `${article.id}-e${i + 1}`,
      articleId: article.id,
      ...parts,
      stage: draft.trigger.stage,
      evidence: draft.evidence,
      salience,
      summary: summarise(parts, article.title),
    } satisfies Event;
  });
}

/**
 * With no place in the text nor a country in the article, a group that fights in one country
 * only ("NAF rebel forces", "the QSD") says the country. A state's forces say nothing: they fight
 * abroad as often as at home.
 */
function homeOfGroup(actors: readonly Actor[], gaz: Gazetteer): Location | null {
  const group = actors.find((a) => a.kind === "rebel_group" && a.country);
  const entry = group?.country ? gaz.countryEntry(group.country) : undefined;
  return entry ? toLocation(entry, entry.name, gaz, null) : null;
}

/** Sentences of the body read as the lead, which says when and where the headline's event was. */
const LEAD_SENTENCES = 4;

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

/** The UTC day of a publication date or date-time, or null. */
export function publicationDay(publishedAt: string | null): Date | null {
  if (!publishedAt) return null;
  const day = publishedAt.slice(0, 10);
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** No date in the text: the event happened on or before the day it was published. */
function reportedOn(published: Date): EventDate {
  const day = published.toISOString().slice(0, 10);
  return { start: day, end: day, precision: "day", text: null, basis: "reported" };
}

function unknownDate(): EventDate {
  return { start: null, end: null, precision: "unknown", text: null, basis: "reported" };
}
