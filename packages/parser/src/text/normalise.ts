/**
 * Unicode clean-up every input goes through before any pattern sees it. Scraped pages carry
 * no-break spaces, zero-width characters and Windows line endings that silently break
 * patterns written for plain spaces.
 */
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// C0/C1 controls other than tab and newline never belong in article text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function normaliseText(input: string): string {
  return input
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/\u2028|\u2029/g, "\n")
    .replace(SPACES, " ")
    .replace(INVISIBLE, "")
    .replace(CONTROLS, "")
    .replace(/\t/g, " ");
}

/** One line of text: inner runs of whitespace become one space, ends trimmed. */
export function cleanLine(line: string): string {
  // Most lines are clean already; testing first saves a copy of each (and of a 20 MB page).
  if (!NEEDS_CLEANING.test(line)) return line;
  return line.replace(/\s+/g, " ").trim();
}
const NEEDS_CLEANING = /^\s|\s$|\s\s|[^\S ]/;

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Average adult reading speed for news, words a minute. */
const WORDS_PER_MINUTE = 230;

export function readingTimeMinutes(wordCount: number): number {
  return wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/**
 * The text without the run of characters at its end that `char` accepts, read backwards a character
 * at a time: a pattern anchored at the end (`[.!?]+$`) is tried from every start, and over a
 * headline of a million dots that took minutes.
 */
export function trimEndWhile(text: string, char: RegExp): string {
  let end = text.length;
  while (end > 0 && char.test(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}
