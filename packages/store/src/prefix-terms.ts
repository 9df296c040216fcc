import type { Db } from "./db.js";

/** A prefix that stands for more words than this is left to the index as it is. */
const MAX_TERMS = 20;
const PREFIX = /(^|\s)([^\s"*-][^\s"*]*)\*(?=\s|$)/gu;

/** What FTS5's unicode61 tokenizer (remove_diacritics 2) stores: lower case, no accents. */
function folded(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * A search with each prefix ("strike*") replaced by the indexed words it stands for ("strike OR
 * striker"), where the engine keeps a vocabulary and the words are few. FTS5 answers a prefix by
 * merging the postings of all its words, again for every article it checks (a snippet, a date
 * walk); named words are looked up directly. Prefixes the vocabulary cannot settle stay as they are.
 */
export async function expandPrefixes(db: Db, q: string): Promise<string> {
  const found = [...q.matchAll(PREFIX)];
  if (found.length === 0) return q;
  let out = q;
  for (const m of found) {
    const from = folded(m[2]!);
    if (!/^[\p{L}\p{N}]+$/u.test(from)) continue;
    const to = from.slice(0, -1) + String.fromCodePoint(from.codePointAt(from.length - 1)! + 1);
    const query = db.dialect.vocabulary(from, to, MAX_TERMS + 1);
    if (!query) return q;
    const terms = (await db.all(query)).map((r) => String(r.term));
    if (terms.length === 0 || terms.length > MAX_TERMS) continue;
    out = out.replace(`${m[2]}*`, terms.join(" OR "));
  }
  return out;
}
