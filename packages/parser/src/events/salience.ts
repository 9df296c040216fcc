import type { Salience } from "@sitrep/schema";
import type { EventDraft } from "./merging.js";
import { words } from "../text/pattern.js";

const SENTENCES_A_PARAGRAPH = 3;

const RECALLED = new RegExp(
  words`
    most recently
    previously
    earlier
    last (?:week|month|year)
    in (?:january|february|march|april|may|june|july|august|september|october|november|december)
    in recent (?:months|weeks|years)
    in the past
    on several occasions
    have been targeted
    has been targeted
    repeatedly
  `.source,
  "i",
);

/**
 * The main event is the one the headline, standfirst or first paragraph reports (violence and
 * ACLED's kinds before statements). The others are background when they happened days before
 * it or the text recalls them ("most recently", "in recent months"), related otherwise.
 * Returns the events main first, then in the order the article tells them.
 */
export function rankEvents(events: EventDraft[]): Array<{ draft: EventDraft; salience: Salience }> {
  if (events.length === 0) return [];
  const leadScore = (e: EventDraft) => {
    // A body written as one block of text (no paragraphs kept) counts every three sentences as one.
    const first = e.mentions.reduce((min, m) => {
      const s = m.sentence;
      return Math.min(
        min,
        s.part === "title"
          ? 0
          : s.part === "standfirst"
            ? 1
            : 2 + Math.max(s.paragraph ?? 0, Math.floor(s.order / SENTENCES_A_PARAGRAPH)),
      );
    }, Infinity);
    // Words before deeds, but the headline's words before the body's deeds: a headline that
    // says "Clinton blames Comey" is about that, whatever the rally in the first paragraph.
    const kind =
      e.trigger.eventType === "Statement" || e.trigger.eventType === "Accusation" || e.trigger.eventType === "Decision"
        ? 1.5
        : 0;
    return first + kind;
  };
  const main = events.reduce((best, e) => (leadScore(e) < leadScore(best) ? e : best));
  const mainStart = main.date?.start ?? null;
  const out = [{ draft: main, salience: "main" as Salience }];
  for (const e of events) {
    if (e === main) continue;
    const recalled = e.mentions.some((m) => RECALLED.test(m.sentence.text)) || e.date?.precision === "vague";
    const before = mainStart && e.date?.end ? daysBetween(e.date.end, mainStart) > 3 : false;
    const inherited = e.inheritedFrom ? out.find((o) => o.draft === e.inheritedFrom)?.salience : undefined;
    out.push({ draft: e, salience: recalled || before || inherited === "background" ? "background" : "related" });
  }
  return out;
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}
