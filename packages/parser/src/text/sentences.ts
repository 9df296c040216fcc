/**
 * Sentence splitting: ICU's sentence segmenter (Intl.Segmenter) with one repair. ICU breaks
 * after title abbreviations ("Gen. Jones", "Mr. Smith"), which news is full of, so a break
 * after one of those is undone.
 */
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

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

export function splitSentences(text: string, limit = Infinity): SentenceSpan[] {
  if (limit <= 0) return [];
  if (oneSentence(text)) {
    const span = trimSpan({ start: 0, end: text.length, text });
    return span.text.length > 0 ? [span] : [];
  }
  const out: SentenceSpan[] = [];
  let prev: SentenceSpan | null = null;
  const flush = () => {
    if (!prev) return;
    const span = trimSpan(prev);
    if (span.text.length > 0) out.push(span);
  };
  // The segmenter is lazy: a long text is segmented only as far as the limit asks.
  for (const s of segmenter.segment(text)) {
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
