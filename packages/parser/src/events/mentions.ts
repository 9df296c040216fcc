import type { Actor, Casualties, Effect } from "@sitrep/schema";
import type { Gazetteer } from "../places/gazetteer.js";
import { assignRoles, findActors } from "./actors.js";
import { findAttributions, type AttributionMention } from "./attribution.js";
import { findCasualties } from "./casualties.js";
import { findDates, type DateMention } from "./dates.js";
import { findEffects } from "./effects.js";
import { findPlaces, type PlaceContext, type PlaceMention } from "./places.js";
import type { Sentence } from "./segments.js";
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
}

/** "No casualties were reported.": a toll with no verb of its own adds to the event before it. */
function casualtiesOnly(): Trigger {
  return plainTrigger(
    "Violence against civilians",
    "Attack",
    "violence",
    { start: 0, end: 0 },
    { anaphoric: true, generic: true },
  );
}

const ARMED: ReadonlySet<Actor["kind"]> = new Set([
  "state_forces",
  "rebel_group",
  "political_militia",
  "identity_militia",
  "external_forces",
]);

/**
 * An attack on armed men (soldiers, police, militants) is a battle in ACLED's coding, not
 * violence against civilians: an attack whose targets are all armed and none a civilian.
 */
function armedClash(trigger: Trigger, actors: Actor[], text: string): Trigger {
  if (trigger.eventType !== "Violence against civilians" || trigger.subEventType !== "Attack") return trigger;
  const targets = actors.filter((a) => a.role === "target" || a.role === "victim");
  const armedTargets = targets.length > 0 && targets.every((a) => ARMED.has(a.kind));
  // "attacked a checkpoint", "fired at the positions of": what was hit was an armed post.
  const post =
    ARMED_POST.test(text.slice(trigger.end, trigger.end + 80)) && !targets.some((a) => a.kind === "civilians");
  if (!armedTargets && !post) return trigger;
  return { ...trigger, eventType: "Battles", subEventType: "Armed clash" };
}

const ARMED_POST =
  /^[^.;]{0,60}?\b(?:checkpoints?|check ?posts?|military (?:posts?|positions?|bases?|vehicles?|convoys?)|positions|outposts?|barracks|police stations?|army (?:posts?|camps?|bases?)|patrols?|convoys?)\b/i;

/** Crowds of ordinary people as the attackers: "a group of locals killed a suspected thief". */
const CROWD = new RegExp(
  [
    "\\ba (?:group|crowd|mob|gang) of (?:[\\w-]+\\s+){0,4}?(?:locals|residents|villagers|people|youths|men|women|farmers|herders|traders|students|supporters|members|motorcycle taxi drivers|drivers|relatives)\\b",
    "\\b(?:angry|irate|rowdy) (?:mob|crowd|residents|villagers|youths|locals)\\b",
    "\\b(?:a|an|the) (?:angry |irate )?mob\\b|\\bmob of\\b|\\bvigilantes?\\b",
    // "beaten up and killed by residents", "motorists cornered and beat up two men"
    "\\bby (?:\\w+\\s+){0,2}(?:residents|locals|villagers|motorists|passers-by|relatives)\\b",
    "\\b(?:residents|locals|villagers|motorists|relatives|youths)\\s+(?:\\w+\\s+){0,8}(?:beat|lynched|killed|attacked|assaulted|cornered|stoned|chased)\\b",
    // Party supporters and rival communities fighting: not armed groups.
    "\\b(?:supporters|members|activists|cadres|workers) of (?:[\\w-]+\\s+){0,5}(?:party|parties|league|congress|front|movement)\\b",
    "\\b[\\p{Lu}][\\p{L}-]*(?:[ -][\\p{Lu}][\\p{L}-]*)? (?:supporters|cadres|party workers)\\b",
    "\\bcommunities\\b[^.]{0,40}\\b(?:fought|clashed)\\b",
  ].join("|"),
  "iu",
);

function mobViolence(trigger: Trigger, text: string, actors: Actor[]): Trigger {
  const violent =
    (trigger.eventType === "Violence against civilians" && trigger.subEventType === "Attack") ||
    (trigger.eventType === "Battles" && trigger.subEventType === "Armed clash");
  if (!violent || !CROWD.test(text)) return trigger;
  if (
    actors.some(
      (a) =>
        a.role === "perpetrator" &&
        (a.kind === "state_forces" || a.kind === "rebel_group" || a.kind === "external_forces"),
    )
  )
    return trigger;
  return { ...trigger, eventType: "Riots", subEventType: "Mob violence" };
}

/** What a headline reports when it is no kind of event the rules know: a meeting, a race, a new product. */
function reportedEvent(): Trigger {
  return plainTrigger("Other", "Reported event", "other", { start: 0, end: 0 }, { generic: true });
}

/** The mention a headline makes of the article's own event, whatever the rules make of it. */
export function headlineMention(sentence: Sentence, ctx: MentionContext): Mention {
  return mentionOf(sentence, ctx, { forced: reportedEvent() })!;
}

/** The mention a sentence makes, or null when it reports no event; the next sentence of its part may say what a gathering was for. */
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
    trigger: forced ?? mobViolence(armedClash(trigger, actors, text), text, actors),
    dates: findDates(text, ctx.published),
    places: findPlaces(text, ctx.gazetteer, ctx.places, sentence.part === "title"),
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
