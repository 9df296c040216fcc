import type { Mentions } from "@sitrep/schema";
import type { Gazetteer } from "../places/gazetteer.js";
import { eventDates, findDates, isQuarter, yearAgoOfQuarter, type DateMention } from "./dates.js";
import { findPlaces, type PlaceContext, type PlaceMention } from "./places.js";
import { echoes, splitCompounds } from "./place-echoes.js";
import { findRegionsAndDemonyms, withoutOverlaps } from "./regions-and-demonyms.js";
import type { Sentence } from "./segments.js";

/** The places and dates of each sentence, by its order: read once for the article, used by every stage. */
export interface SentenceMentions {
  /** Towns, provinces, countries: what events are placed by. */
  places: PlaceMention[][];
  /**
   * Every place the article shows as mentioned: the towns, provinces and countries, continents and seas,
   * countries' adjectives, names inside compounds ("Turkish-backed") and names found again (place-echoes.ts).
   */
  shown: PlaceMention[][];
  /** Every date and time as the text says it. */
  dates: DateMention[][];
  /** The dates events may be dated by (see eventDates). */
  eventDates: DateMention[][];
  /** Sentences past the budget are not read: the number read. */
  read: number;
}

/**
 * Characters of sentences read for places and dates. The longest news articles run to 60,000; a
 * hostile page of a megabyte of "May 5 May 5" would otherwise cost seconds (see patterns.redos.test.ts).
 */
export const MENTION_CHARS = 100_000;

export interface MentionsContext {
  gazetteer: Gazetteer;
  places: PlaceContext;
  /** The publication day, UTC midnight; null when unknown. */
  published: Date | null;
}

/** Every place and date of every sentence. */
export function findSentenceMentions(sentences: readonly Sentence[], ctx: MentionsContext): SentenceMentions {
  let chars = 0;
  let read = 0;
  while (read < sentences.length && chars + sentences[read]!.text.length <= MENTION_CHARS)
    chars += sentences[read++]!.text.length;
  const places: PlaceMention[][] = [];
  const shown: PlaceMention[][] = [];
  const texts = sentences.map((s, i) => (i < read ? splitCompounds(s.text, ctx.gazetteer) : ""));
  sentences.forEach((s, i) => {
    if (i >= read) {
      places.push([]);
      shown.push([]);
      return;
    }
    const headline = s.part === "title";
    const regions = findRegionsAndDemonyms(texts[i]!, ctx.gazetteer);
    // Events are placed by the sentence as written: "Saudi-led strikes" are no strikes in Saudi Arabia.
    const asWritten = withoutOverlaps(findPlaces(s.text, ctx.gazetteer, ctx.places, headline), regions);
    // Mentions read the compounds apart; most sentences have none, and are read once.
    const both =
      texts[i] === s.text
        ? asWritten
        : withoutOverlaps(findPlaces(texts[i]!, ctx.gazetteer, ctx.places, headline), regions);
    places.push(asWritten.places);
    shown.push([...both.places, ...both.regions]);
  });
  echoes(texts, shown, ctx.places, ctx.gazetteer).forEach((e, i) => shown[i]!.push(...e));
  const dates = sentences.map((s, i) => (i < read ? findDates(s.text, ctx.published) : []));
  // A year earlier in a report of a quarter's results: the quarter of the sentences just before.
  for (let i = 1; i < dates.length; i++) {
    const around = [dates[i - 1], dates[i - 2]].flatMap((d) => d ?? []).find(isQuarter);
    if (around) dates[i] = yearAgoOfQuarter(dates[i]!, around);
  }
  return { places, shown, dates, eventDates: dates.map((d) => eventDates(d, ctx.published)), read };
}

/** The article's mentions as the parse result gives them: spans into the article's parts, in reading order. */
export function articleMentions(sentences: readonly Sentence[], found: SentenceMentions): Mentions {
  const span = (s: Sentence, m: { start: number; end: number; text: string }) => ({
    part: s.part,
    paragraph: s.paragraph,
    start: s.start + m.start,
    end: s.start + m.end,
    text: m.text,
  });
  return {
    places: sentences.flatMap((s, i) =>
      [...found.shown[i]!].sort((a, b) => a.start - b.start).map((p) => ({ ...span(s, p), location: p.location })),
    ),
    dates: sentences.flatMap((s, i) => found.dates[i]!.map((d) => ({ ...span(s, d), date: d.date }))),
  };
}
