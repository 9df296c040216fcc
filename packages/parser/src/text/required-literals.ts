// The words a regular expression cannot match without: a cheap test on many sentences before the
// expression itself runs on the few that hold one of them.

type Req = string[] | null;

/** Parses the subset of JavaScript's pattern syntax the stages use; anything else gives null. */
class Reader {
  i = 0;
  constructor(readonly src: string) {}
  peek(): string | undefined {
    return this.src[this.i];
  }
  done(): boolean {
    return this.i >= this.src.length;
  }
}

class Unsupported extends Error {}

/** The best of a sequence's requirements: the set whose shortest word is longest, then the smallest set. */
function best(candidates: string[][]): Req {
  let out: string[] | null = null;
  const shortest = (xs: string[]) => Math.min(...xs.map((x) => x.length));
  for (const c of candidates) {
    if (c.length === 0) continue;
    if (!out || shortest(c) > shortest(out) || (shortest(c) === shortest(out) && c.length < out.length)) out = c;
  }
  return out;
}

function alternation(r: Reader): Req {
  const branches: Req[] = [sequence(r)];
  while (r.peek() === "|") {
    r.i++;
    branches.push(sequence(r));
  }
  if (branches.some((b) => b === null)) return null;
  return [...new Set(branches.flatMap((b) => b!))];
}

/** Reads a quantifier if one follows: its least count, and whether it may repeat. */
function quantifier(r: Reader): { min: number; many: boolean } {
  const c = r.peek();
  let q = { min: 1, many: false };
  if (c === "?") q = { min: 0, many: false };
  else if (c === "*") q = { min: 0, many: true };
  else if (c === "+") q = { min: 1, many: true };
  else if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(r.src.slice(r.i));
    if (!m) return q;
    r.i += m[0].length;
    if (r.peek() === "?") r.i++;
    return { min: Number(m[1]), many: m[2] !== undefined && m[3] !== m[1] };
  } else return q;
  r.i++;
  if (r.peek() === "?") r.i++;
  return q;
}

function sequence(r: Reader): Req {
  const candidates: string[][] = [];
  let run = "";
  const endRun = () => {
    if (run) candidates.push([run]);
    run = "";
  };
  while (!r.done() && r.peek() !== "|" && r.peek() !== ")") {
    const c = r.peek()!;
    if (c === "(") {
      r.i++;
      let zeroWidth = false;
      if (r.src.startsWith("?:", r.i)) r.i += 2;
      else if (/^\?<?[=!]/.test(r.src.slice(r.i))) {
        r.i += r.src[r.i + 1] === "<" ? 3 : 2;
        zeroWidth = true;
      } else if (r.src.startsWith("?<", r.i)) r.i = r.src.indexOf(">", r.i) + 1;
      const inner = alternation(r);
      if (r.peek() !== ")") throw new Unsupported("unclosed group");
      r.i++;
      // A lookaround matches nothing: the words on either side are still side by side.
      if (zeroWidth) continue;
      const q = quantifier(r);
      endRun();
      if (q.min > 0 && inner) candidates.push(inner);
      continue;
    }
    let literal: string | null = null;
    if (c === "[") {
      const end = classEnd(r.src, r.i);
      r.i = end;
    } else if (c === "\\") {
      const e = r.src[r.i + 1];
      if (e === undefined) throw new Unsupported("trailing backslash");
      if (e === "b" || e === "B") {
        r.i += 2;
        continue;
      }
      if (e === "p" || e === "P") r.i = r.src.indexOf("}", r.i) + 1;
      else if (/[dDwWsS]/.test(e) || /[0-9ux]/.test(e) || /[nrtfv]/.test(e)) {
        if (e === "u" || e === "x") throw new Unsupported("code point escape");
        if (/[1-9]/.test(e)) throw new Unsupported("back reference");
        r.i += 2;
      } else if (/[A-Za-z0-9]/.test(e)) {
        // "\k<name>", "\cJ": escapes that are not the character itself.
        throw new Unsupported(`escape \\${e}`);
      } else {
        literal = e;
        r.i += 2;
      }
    } else if (c === "^" || c === "$") {
      r.i++;
      continue;
    } else if (c === ".") {
      r.i++;
    } else if ("*+?{}]".includes(c)) {
      throw new Unsupported(`stray ${c}`);
    } else {
      literal = c;
      r.i++;
    }
    const q = quantifier(r);
    if (literal !== null && q.min > 0) {
      run += literal.toLowerCase();
      // "s+": one s is certain, what follows may come after more of them.
      if (q.many || q.min > 1) endRun();
    } else endRun();
  }
  endRun();
  return best(candidates);
}

function classEnd(src: string, start: number): number {
  let i = start + 1;
  if (src[i] === "^") i++;
  if (src[i] === "]") i++;
  for (; i < src.length; i++) {
    if (src[i] === "\\") i++;
    else if (src[i] === "]") return i + 1;
  }
  throw new Unsupported("unclosed class");
}

/**
 * Lower-case words one of which is in every text `re` matches, or null when the expression can
 * match without any (or uses syntax this reader does not know). Test them on the text in lower
 * case: a case-sensitive expression's words are then found whatever their case, which can only
 * let more texts through, never fewer.
 */
export function requiredLiterals(re: RegExp): string[] | null {
  try {
    const r = new Reader(re.source);
    const out = alternation(r);
    if (!r.done()) return null;
    return out;
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/**
 * One expression of the words that `patterns` require, for text in lower case: a text it does not
 * match, none of the patterns can (as case-insensitive patterns). Null when a pattern requires no
 * word, or a word outside ASCII (whose case folding lower case would not mirror).
 */
export function wordsRequiredByAny(patterns: readonly RegExp[]): RegExp | null {
  const words: string[] = [];
  for (const re of patterns) {
    const own = requiredLiterals(re);
    if (!own || own.some((w) => !/^[\x20-\x7e]+$/.test(w))) return null;
    words.push(...own);
  }
  // "protest" stands for "protesters": a text with the longer word holds the shorter.
  const unique = [...new Set(words)];
  const minimal = unique.filter((w) => !unique.some((o) => o !== w && w.includes(o)));
  return new RegExp(minimal.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
}
