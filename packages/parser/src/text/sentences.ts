/**
 * Sentence splitting: ICU's sentence segmenter (Intl.Segmenter) with one repair. ICU breaks
 * after title abbreviations ("Gen. Jones", "Mr. Smith"), which news is full of, so a break
 * after one of those is undone.
 */
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

// prettier-ignore
const NO_BREAK_AFTER = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr",
    "brig", "gov", "sen", "rep", "pres", "rev", "st", "mt", "ft", "no", "nos", "vol", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "insp", "supt", "hon", "jr", "sr", "vs", "v",
  ],
);
// These end sentences as often as not: join only when a lowercase word or a digit follows.
const JOIN_BEFORE_LOWERCASE = new Set(["a.m", "p.m", "etc", "e.g", "i.e", "approx", "est", "u.s", "u.k", "u.n"]);

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

// ICU breaks a sentence only after a terminator (".", "!", "?" and their kin in other scripts) or
// at a line or paragraph separator. A text with neither before its closing punctuation is one
// sentence, as most news paragraphs are: told so without the segmenter, which costs more than
// the rest of the splitting.
const BREAK_CHAR = /[\p{Sentence_Terminal}\n\r\u0085\u2028\u2029]/u;
const CLOSING_CHAR = /[\p{Sentence_Terminal}\p{Pe}\p{Pf}\p{Po}"'\s]/u;

function oneSentence(text: string): boolean {
  // The closing run read backwards, a character at a time (see wordBeforeFinalDot).
  let end = text.length;
  while (end > 0 && CLOSING_CHAR.test(text[end - 1]!)) end--;
  return !BREAK_CHAR.test(end === text.length ? text : text.slice(0, end));
}

/**
 * The longest sentence the stages read. Every stage runs its patterns over a sentence, some once per
 * mention in it, so a "sentence" of megabytes (a paragraph without a full stop) cost its length squared;
 * news sentences stay under a few hundred characters.
 */
export const MAX_SENTENCE = 5000;

export function splitSentences(text: string, limit = Infinity): SentenceSpan[] {
  if (limit <= 0) return [];
  if (oneSentence(text)) {
    const span = trimSpan({ start: 0, end: text.length, text });
    return span.text.length === 0 ? [] : span.text.length <= MAX_SENTENCE ? [span] : cutLong(span, limit);
  }
  const out: SentenceSpan[] = [];
  let prev: SentenceSpan | null = null;
  const flush = () => {
    if (!prev) return;
    const span = trimSpan(prev);
    if (span.text.length > MAX_SENTENCE) out.push(...cutLong(span, limit - out.length));
    else if (span.text.length > 0) out.push(span);
  };
  for (const s of segmentsOf(text)) {
    const span = { start: s.index, end: s.index + s.segment.length, text: s.segment };
    if (prev && joinsNext(prev.text, span.text)) {
      prev.end = span.end;
      prev.text = text.slice(prev.start, prev.end);
      continue;
    }
    flush();
    if (out.length >= limit) return out;
    prev = span;
  }
  flush();
  return out;
}

/** How much text the segmenter is given at once: its cost grows with the square of what it is given. */
const WINDOW = 8192;

/**
 * ICU's sentence segments of the text, found a window at a time. A window's last two segments may
 * be cut by its edge, or broken without the context after them, so the next window starts at the
 * second-to-last; a window of fewer segments is taken whole (a run of text with no break in it).
 * Lazy, like the segmenter: a long text is segmented only as far as the caller reads.
 */
function* segmentsOf(text: string): Generator<{ index: number; segment: string }> {
  let from = 0;
  while (from < text.length) {
    const to = Math.min(text.length, from + WINDOW);
    const window = [...segmenter.segment(text.slice(from, to))];
    const keep = to === text.length || window.length < 3 ? window.length : window.length - 2;
    for (const s of window.slice(0, keep)) yield { index: from + s.index, segment: s.segment };
    const next = window[keep];
    from = next ? from + next.index : to;
  }
}

/** A sentence over MAX_SENTENCE in pieces, each cut after the last clause mark or space before the cap. */
function cutLong(span: SentenceSpan, limit: number): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  const text = span.text;
  while (start < text.length && out.length < limit) {
    let end = Math.min(text.length, start + MAX_SENTENCE);
    if (end < text.length) {
      const window = text.slice(start + MAX_SENTENCE / 2, end);
      const mark = Math.max(window.lastIndexOf("; "), window.lastIndexOf(", "));
      const space = mark >= 0 ? mark + 1 : window.lastIndexOf(" ");
      if (space >= 0) end = start + MAX_SENTENCE / 2 + space + 1;
    }
    const piece = trimSpan({ start: span.start + start, end: span.start + end, text: text.slice(start, end) });
    if (piece.text.length > 0) out.push(piece);
    start = end;
  }
  return out;
}

function joinsNext(sentence: string, next: string): boolean {
  const last = wordBeforeFinalDot(sentence);
  if (!last) return false;
  const word = last.toLowerCase();
  if (JOIN_BEFORE_LOWERCASE.has(word)) return /^\s*[\p{Ll}\d]/u.test(next);
  if (word === "no" || word === "nos") return /^\s*\d/.test(next);
  // A single capital letter is an initial ("George W. Bush").
  return (NO_BREAK_AFTER.has(word) || /^[A-Z]$/.test(last)) && /^\s*[\p{L}\d]/u.test(next);
}

const SPACE = /\s/;
const WORD_CHAR = /[A-Za-z.]/;
const ASCII_LETTER = /[A-Za-z]/;
const BEFORE_WORD = /[\s("']/;

/**
 * "Gen" of "... said Gen.", "U.S" of "... in the U.S.": the word of letters (and inner dots) that
 * the sentence's final full stop ends, after a space, a bracket or a quote. Read backwards from
 * the end: an expression anchored at the end is tried from every start of the sentence.
 */
function wordBeforeFinalDot(sentence: string): string | null {
  let end = sentence.length;
  while (end > 0 && SPACE.test(sentence[end - 1]!)) end--;
  const dot = end - 1;
  if (dot < 1 || sentence[dot] !== ".") return null;
  let start = dot;
  while (start > 0 && WORD_CHAR.test(sentence[start - 1]!)) start--;
  if (start === dot || !ASCII_LETTER.test(sentence[start]!) || !ASCII_LETTER.test(sentence[dot - 1]!)) return null;
  if (start > 0 && !BEFORE_WORD.test(sentence[start - 1]!)) return null;
  return sentence.slice(start, dot);
}

function trimSpan(span: SentenceSpan): SentenceSpan {
  const lead = span.text.length - span.text.trimStart().length;
  const text = span.text.trim();
  return { start: span.start + lead, end: span.start + lead + text.length, text };
}
