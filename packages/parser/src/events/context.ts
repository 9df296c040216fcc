import type { Gazetteer } from "../places/gazetteer.js";
import type { PlaceContext } from "./places.js";
import type { Sentence } from "./segments.js";

const WORD = /[\p{Lu}][\p{L}.-]*(?:['’]s)?/gu;

/**
 * The countries an article is about, most mentioned first. Country names and demonyms count;
 * a country after "in" counts double (it says where, not whose), and so does anything in the
 * title or standfirst. Ambiguous place names are settled in these countries' favour.
 */
export function articleContext(sentences: Sentence[], gaz: Gazetteer): PlaceContext {
  const counts = new Map<string, number>();
  for (const s of sentences) {
    const partWeight = s.part === "body" ? 1 : 2;
    const words = [...s.text.matchAll(WORD)];
    for (let i = 0; i < words.length; i++) {
      const m = words[i]!;
      const next = words[i + 1];
      const word = m[0].replace(/['’]s$/, "");
      // Two-word names first: "Saudi Arabia", "South Sudan", "United States".
      const pair = next && next.index === m.index + m[0].length + 1 ? `${word} ${next[0].replace(/['’]s$/, "")}` : null;
      const pairIso = pair ? gaz.countryByWord(pair) : undefined;
      const iso2 = pairIso ?? gaz.countryByWord(word);
      if (!iso2) continue;
      if (pairIso) i++;
      const where = /\b(?:in|across|throughout|inside|western|eastern|northern|southern|central)\s+$/i.test(s.text.slice(Math.max(0, m.index - 12), m.index));
      counts.set(iso2, (counts.get(iso2) ?? 0) + partWeight * (where ? 2 : 1));
    }
  }
  const countries = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([iso2]) => iso2);
  return { countries };
}
