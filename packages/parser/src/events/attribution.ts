import type { Attribution, Certainty } from "@sitrep/schema";
import { execAll } from "../text/exec-all.js";
import {
  CERTAINTY,
  CHANNEL,
  SAY as SAY_WORDS,
  SOURCE_KINDS,
  SOURCE_NOUN as SOURCE_NOUN_WORDS,
} from "./rules/attribution-rules.js";
import { checkRules, patternOf } from "./rules/define.js";
import { bare, compile } from "../text/pattern.js";

export interface AttributionMention extends Attribution {
  start: number;
  end: number;
}

const SAY = bare(SAY_WORDS);
const NAME = "(?:[\\p{Lu}][\\p{L}'’.-]*|of|the|for|al-[\\p{Lu}][\\p{L}-]*)";
// An optional article or "local", up to five words, up to four name words, the last word.
const SOURCE =
  `((?:(?:an?|the|local|state|state-run|local)\\s+)?` + `(?:[\\p{L}'’.-]+\\s+){0,5}?(?:${NAME}\\s+){0,4}[\\p{L}'’.-]+)`;

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

const SOURCE_NOUN = compile(SOURCE_NOUN_WORDS, "i", "attribution words SOURCE_NOUN");

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
  const channel = CHANNEL_IN.exec(rest)?.[1] ?? (/\btold\s+([\p{Lu}][\p{L}]+)/u.exec(rest)?.[1] ? "interview" : null);
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

const CHANNEL_IN = new RegExp(`\\bin a (${bare(CHANNEL)})\\b`, "i");
const KINDS = checkRules("attribution", SOURCE_KINDS).map((r) => ({ ...r, re: patternOf("attribution", r) }));
const SURE = checkRules("certainty", CERTAINTY).map((r) => ({ ...r, re: patternOf("certainty", r) }));

export function sourceKind(source: string): Attribution["sourceKind"] {
  return KINDS.find((k) => k.re.test(source))?.kind ?? "unknown";
}

export function certainty(sentence: string): Certainty {
  return SURE.find((c) => c.re.test(sentence))?.certainty ?? "reported_fact";
}
