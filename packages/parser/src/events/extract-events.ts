import type { Actor, Article, Event, EventDate, Location, Mentions, ParseWarning } from "@sitrep/schema";
import { isAcledType } from "@sitrep/schema";
import { loadGazetteer, type Gazetteer } from "../places/gazetteer.js";
import { resolveActors } from "./actor-resolution.js";
import { articleMentions, findSentenceMentions, MENTION_CHARS } from "./article-mentions.js";
import { articleContext } from "./context.js";
import { headlineMention, mentionOf, type Mention, type MentionContext } from "./mentions.js";
import { mergeMentions } from "./merging.js";
import { fillFromNeighbours, firstBodySentence, LEAD_SENTENCES, sentenceIndex } from "./neighbours.js";
import { toLocation } from "./places.js";
import { rankEvents } from "./salience.js";
import { segmentArticle, type Sentence } from "./segments.js";
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
  return readArticle(article, options).events;
}

/** The events an article reports and every place and date it mentions (the events are placed and dated by these). */
export function readArticle(
  article: Article,
  options: ExtractOptions = {},
): { events: Event[]; mentions: Mentions; warnings: ParseWarning[] } {
  const gazetteer = options.gazetteer ?? loadGazetteer();
  // A news article has dozens of sentences; a page of hundreds of thousands is read this far.
  const sentences = segmentArticle(article, MAX_SENTENCES);
  const places = articleContext(sentences, gazetteer, article.source.domain);
  const published = publicationDay(article.publishedAt);
  const found = findSentenceMentions(sentences, { gazetteer, places, published });
  const ctx = { gazetteer, places, published, found };
  const events = eventsOf(article, sentences, ctx);
  const warnings: ParseWarning[] =
    found.read < sentences.length
      ? [
          {
            code: "long_article",
            message: `places and dates were read in the first ${MENTION_CHARS.toLocaleString("en")} characters only`,
          },
        ]
      : [];
  return { events, mentions: articleMentions(sentences, found), warnings };
}

function eventsOf(article: Article, sentences: Sentence[], ctx: MentionContext): Event[] {
  const { gazetteer, places, published } = ctx;
  const mentions = sentences
    .map((s, i) => mentionOf(s, ctx, { next: sentences[i + 1]?.part === s.part ? sentences[i + 1]!.text : "" }))
    .filter((m): m is Mention => m !== null);
  // Every news article reports something: when neither its headline nor its lead is an event
  // the rules know ("Toblerone changes its shape"), the headline is the main event, of no ACLED kind.
  // The lead is the first few sentences of the body; a generic verb there ("hit") does not make
  // it the article's event.
  const firstBody = firstBodySentence(sentences);
  const inLead = (m: Mention) =>
    m.sentence.part !== "body" ||
    (firstBody >= 0 && m.sentence.order < firstBody + LEAD_SENTENCES && (!m.trigger.generic || m.actors.length > 0));
  const leadEvent = mentions.some(inLead);
  if (sentences[0]?.part === "title" && !leadEvent) mentions.unshift(headlineMention(sentences[0], ctx));
  const drafts = mergeMentions(mentions);
  // Dates and places an event's own sentences do not give, from the sentences around it.
  fillFromNeighbours(drafts, sentenceIndex(sentences, { ...ctx, firstBody }), gazetteer);
  const ranked = rankEvents(drafts);
  const fallbackCountry = places.countries[0] ? gazetteer.countryEntry(places.countries[0]) : undefined;
  const fallbackLocation: Location | null = fallbackCountry
    ? toLocation(fallbackCountry, fallbackCountry.name, gazetteer, null)
    : null;

  return ranked.map(({ draft, salience }, i) => {
    const date: EventDate = draft.date ?? (published ? reportedOn(published) : unknownDate());
    const location = draft.location ?? fallbackLocation ?? homeOfGroup(draft.actors, gazetteer);
    const parts = {
      type: {
        eventType: draft.trigger.eventType,
        subEventType: draft.trigger.subEventType,
        acled: isAcledType(draft.trigger.eventType),
      },
      date,
      location,
      weapons: draft.weapons,
      casualties: draft.casualties,
      actors: resolveActors(draft.actors, {
        eventType: draft.trigger.eventType,
        location,
        attributions: draft.attributions,
        gazetteer,
      }),
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
