import type { Actor, Casualties, Effect } from "@sitrep/schema";
import type { Gazetteer } from "../places/gazetteer.js";
import { assignRoles, findActors } from "./actors.js";
import { findAttributions, type AttributionMention } from "./attribution.js";
import { findCasualties } from "./casualties.js";
import type { SentenceMentions } from "./article-mentions.js";
import type { DateMention } from "./dates.js";
import { findEffects } from "./effects.js";
import type { PlaceContext, PlaceMention } from "./places.js";
import type { Sentence } from "./segments.js";
import { retype } from "./rules/retyping.js";
import { classify, plainTrigger, type Trigger } from "./typing.js";
import { findWeapons, type WeaponMention } from "./weapons.js";

/** One sentence's report of an event, with everything the stages found in it. */
export interface Mention {
  sentence: Sentence;
  trigger: Trigger;
  dates: DateMention[];
  places: PlaceMention[];
  weapons: WeaponMention[];
  casualties: Casualties;
  effects: Effect[];
  actors: Actor[];
  attributions: AttributionMention[];
}

export interface MentionContext {
  gazetteer: Gazetteer;
  places: PlaceContext;
  /** The publication day, UTC midnight; null when unknown. */
  published: Date | null;
  /** Every sentence's places and dates, by its order. */
  found: SentenceMentions;
}

/** "No casualties were reported.": a toll with no verb of its own adds to the event before it. */
function casualtiesOnly(): Trigger {
  const at = { start: 0, end: 0 };
  return plainTrigger("casualties-only", "Violence against civilians", "Attack", "violence", at, {
    anaphoric: true,
    generic: true,
  });
}

/** What a headline reports when it is no kind of event the rules know: a meeting, a race, a new product. */
function reportedEvent(): Trigger {
  return plainTrigger("headline", "Other", "Reported event", "other", { start: 0, end: 0 }, { generic: true });
}

/** The mention a headline makes of the article's own event, whatever the rules make of it. */
export function headlineMention(sentence: Sentence, ctx: MentionContext): Mention {
  return mentionOf(sentence, ctx, { forced: reportedEvent() })!;
}

/**
 * The mention a sentence makes, or null when it reports no event; the next sentence of its part may say what a
 * gathering was for.
 */
export function mentionOf(
  sentence: Sentence,
  ctx: MentionContext,
  { forced, next = "" }: { forced?: Trigger; next?: string } = {},
): Mention | null {
  const text = sentence.text;
  const weapons = findWeapons(text);
  const casualties = findCasualties(text);
  const trigger =
    forced ??
    classify(text, weapons, next) ??
    (casualties.killed.value !== null || casualties.injured.value !== null ? casualtiesOnly() : null);
  if (!trigger) return null;
  const actorMentions = findActors(text, ctx.gazetteer);
  const attributions = findAttributions(text);
  // A source that said something is not a party to the event.
  const parties = actorMentions.filter((a) => !attributions.some((s) => a.start >= s.start && a.end <= s.end));
  const actors = assignRoles(parties, trigger, text);
  return {
    sentence,
    trigger: forced ?? retype("actors", trigger, { actors, text }),
    dates: ctx.found.eventDates[sentence.order] ?? [],
    places: ctx.found.places[sentence.order] ?? [],
    weapons:
      trigger.subEventType === "Disrupted weapons use"
        ? weapons.map((w) => ({ ...w, count: null, text: w.text }))
        : weapons,
    casualties,
    effects: findEffects(text),
    actors,
    attributions,
  };
}
