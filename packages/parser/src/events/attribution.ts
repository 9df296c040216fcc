import type { Attribution, Certainty } from "@sitrep/schema";
import { execAll } from "../text/exec-all.js";

export interface AttributionMention extends Attribution {
  start: number;
  end: number;
}

const SAY = "said|says|told|reported|announced|stated|confirmed|claimed|added|wrote|tweeted|alleged|warned|quoted";
const NAME = "(?:[\\p{Lu}][\\p{L}'’.-]*|of|the|for|al-[\\p{Lu}][\\p{L}-]*)";
const SOURCE = `((?:(?:an?|the|local|state|state-run|local)\\s+)?(?:[\\p{L}'’.-]+\\s+){0,5}?(?:${NAME}\\s+){0,4}[\\p{L}'’.-]+)`;

const ACCORDING = new RegExp(`\\baccording to\\s+${SOURCE}(?=[,.;]|$|\\s+(?:on|in|which|who))`, "giu");
const SAID = new RegExp(`(?:^|[,;"“”]\\s*|\\b(?:and|but)\\s+)${SOURCE}\\s+(?:has |have |had )?(?:${SAY})\\b`, "giu");
const MAY_ATTRIBUTE = new RegExp(`\\baccording to\\b|\\b(?:${SAY})\\b`, "i");

/**
 * Who a sentence's claim comes from: "Iraq's military said in a statement", "according to
 * local Alsumaria TV", "Iraqi security source said on 9 November", "X told Reuters".
 */
export function findAttributions(text: string): AttributionMention[] {
  const out: AttributionMention[] = [];
  // A sentence that says neither "according to" nor a verb of saying has no source to find.
  if (!MAY_ATTRIBUTE.test(text)) return out;
  // Read once: per source, a long sentence of many sources cost its length squared.
  const sure = certainty(text);
  for (const m of execAll(ACCORDING, text)) out.push(make(m[1]!, m.index, m[0], text, sure));
  // "..., Iraq's military said in a statement." / "Iraqi commander Noman Zobaei said forces ..."
  for (const m of execAll(SAID, text)) {
    const source = cleanSource(m[1]!);
    if (!source || /^(?:it|he|she|they|who|which|that|this|we|i|you)$/i.test(source)) continue;
    // "No casualties were reported" is a passive, not a source; a source names someone.
    if (/\b(?:were|was|been|is|are|be|being|not)$/i.test(source)) continue;
    if (!/\p{Lu}/u.test(source) && !SOURCE_NOUN.test(source)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    if (out.some((a) => start < a.end && start + source.length > a.start)) continue;
    out.push(make(source, start, text.slice(start, m.index + m[0].length), text, sure));
  }
  return out;
}

const SOURCE_NOUN =
  /\b(?:sources?|officials?|spokes(?:man|woman|person)|police|army|military|ministry|witness(?:es)?|residents?|medics?|doctors?|authorities|commander|governor|agency|group|statement|media|observers?|activists?)\b/i;

function cleanSource(raw: string): string {
  return raw
    .replace(/^(?:and|but|however|meanwhile|most recently|also)\s+/i, "")
    .replace(/[\s.,;:]+$/, "")
    .trim();
}

/** How far after its source a sentence says how the source spoke ("..., police said in a statement"). */
const CHANNEL_REACH = 600;

function make(source: string, start: number, words: string, sentence: string, sure: Certainty): AttributionMention {
  const rest = sentence.slice(start, start + CHANNEL_REACH);
  const channel =
    /\bin a (statement|post|tweet|interview|press conference|news conference|televised address|briefing|video)\b/i.exec(
      rest,
    )?.[1] ?? (/\btold\s+([\p{Lu}][\p{L}]+)/u.exec(rest)?.[1] ? "interview" : null);
  return {
    source: cleanSource(source),
    sourceKind: sourceKind(source),
    channel: channel?.toLowerCase() ?? null,
    certainty: sure,
    text: words.trim(),
    start,
    end: start + words.length,
  };
}

function sourceKind(source: string): Attribution["sourceKind"] {
  if (/security sources?|intelligence/i.test(source)) return "security_source";
  if (/\b(?:military|army|armed forces|commander|general|colonel|defen[cs]e|forces|command|operations)\b/i.test(source))
    return "military";
  if (
    /\b(?:TV|television|radio|news|agency|newspaper|media|Reuters|AFP|AP|Al Jazeera|BBC|channel|outlet|journalist|correspondent)\b/i.test(
      source,
    )
  )
    return "media";
  if (
    /\b(?:ministry|minister|government|official|officials|spokes(?:man|woman|person)|governor|president|mayor|police|authorities|secretary|embassy|state department)\b/i.test(
      source,
    )
  )
    return "official";
  if (/\b(?:witness|witnesses|resident|residents|locals|villagers)\b/i.test(source)) return "witness";
  if (
    /\b(?:UN|United Nations|Red Cross|Amnesty|Human Rights Watch|organisation|organization|NGO|observatory|monitor)\b/i.test(
      source,
    )
  )
    return "organisation";
  if (/\b(?:group|militia|movement|party|front)\b/i.test(source)) return "group";
  return "unknown";
}

export function certainty(sentence: string): Certainty {
  if (/\b(?:claimed responsibility|claimed the attack)\b/i.test(sentence)) return "claimed";
  if (/\b(?:accused|accuses|accusing|blamed|blames|blaming|held responsible)\b/i.test(sentence)) return "accused";
  if (/\b(?:denied|denies|rejected claims)\b/i.test(sentence)) return "denied";
  if (/\b(?:suspected|allegedly|believed to|reportedly|apparently|likely)\b/i.test(sentence)) return "suspected";
  return "reported_fact";
}
