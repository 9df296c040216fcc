import type { Gazetteer } from "../places/gazetteer.js";
import { normaliseName } from "../places/normalise-name.js";
import { execAll } from "../text/exec-all.js";
import type { PlaceContext } from "./places.js";
import type { Sentence } from "./segments.js";

const PARTY = /^\s+(?:[\w-]+\s+){0,2}?(?:forces|troops|army|military|soldiers|warplanes|jets|aircraft|drones|navy|air force|ministry|officials?|government|regime|president|diplomats|authorities|police|militants|militias?|fighters|rebels|embassy|consulate|envoy)\b/i;
const INTRODUCED = /\b(?:in|at|near|outside|around)\s+((?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})(?![\p{L}'’-]|\s+\p{Lu})/gu;

/**
 * The countries of places a sentence introduces ("in Drancy", "near Avdiivka") whose every
 * place of that name lies in one country: they say where the article is, as a country's name
 * would.
 */
function unambiguousPlaces(text: string, gaz: Gazetteer): string[] {
  const out: string[] = [];
  for (const m of execAll(INTRODUCED, text)) {
    const words = m[1]!.replace(/^the\s+/, "").split(/\s+/);
    // The whole name, not its first word: "Plaza Italia" says nothing of Płaza, Poland.
    const found = gaz.lookup(normaliseName(words.join(" "))).filter((e) => !e.alternate);
    if (found.length > 0 && found[0]!.kind !== "country" && found.every((e) => e.iso2 === found[0]!.iso2)) out.push(found[0]!.iso2);
  }
  return out;
}

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
    const words = execAll(WORD, s.text);
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
      // "Russian forces shelled ..." says whose forces, not where: a demonym before a party
      // counts for nothing, elsewhere half a name.
      const named = !gaz.isDemonym(pair && pairIso ? pair : word);
      if (!named && PARTY.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      counts.set(iso2, (counts.get(iso2) ?? 0) + partWeight * (where ? 2 : 1) * (named ? 1 : 0.5));
    }
    for (const iso2 of unambiguousPlaces(s.text, gaz)) counts.set(iso2, (counts.get(iso2) ?? 0) + 2 * partWeight);
  }
  const countries = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([iso2]) => iso2);
  return { countries };
}
