// Two ways an article names places that a sentence alone does not show:
// - inside a compound: "Turkish-backed", "a Britain-based group", "the U.S.-led coalition", "EU-Canada";
// - again, once it has named it as a place: "in Parkland" makes "the Parkland students" Parkland too
//   (one sense per discourse, as document-level geoparsers read it).
import type { Gazetteer } from "../places/gazetteer.js";
import { normaliseName } from "../places/normalise-name.js";
import { words } from "../text/pattern.js";
import { isRegionWord } from "./regions-and-demonyms.js";
import { NOT_PLACES, type PlaceContext, type PlaceMention } from "./place-candidates.js";

const compoundTail = words`
  based
  led
  backed
  born
  owned
  run
  controlled
  held
  allied
  funded
  sponsored
  supported
  bound
  made
  wide
  linked
  affiliated
  aligned
  brokered
  style
  registered
  flagged
  headquartered
  listed
  bred
`;
const TAILED = new RegExp(`(?<=[\\p{L}.])-(?=${compoundTail.source})`, "gu");
// "EU-Canada", "Armenia-Italy", "U.S.-China": two countries' or regions' names joined by a hyphen.
const JOINED = /(?<=\b\p{Lu}[\p{L}.]*)-(?=\p{Lu})/gu;

/**
 * The sentence with the hyphen of a compound that holds a place as a space, so each name reads alone;
 * the same length, so every offset stays true. A name the gazetteer knows whole ("Guinea-Bissau",
 * "Mazar-i-Sharif") keeps its hyphen.
 */
export function splitCompounds(text: string, gaz: Gazetteer): string {
  if (!text.includes("-")) return text;
  let out = text.replace(TAILED, " ");
  out = out.replace(JOINED, (hyphen, at: number) => {
    const left = /[\p{L}.]+$/u.exec(out.slice(0, at))?.[0] ?? "";
    const right = /^[\p{L}.]+/u.exec(out.slice(at + 1))?.[0] ?? "";
    const whole = normaliseName(`${left}-${right}`);
    if (gaz.lookup(whole).length > 0 || gaz.countryByWord(`${left}-${right}`)) return hyphen;
    // Countries and regions only: "Yangon-East", "Dei-Dei" are one place's name.
    const known = (w: string) => !!gaz.countryByWord(w.replace(/\.$/, "")) || isRegionWord(w);
    return known(left) && known(right) ? " " : hyphen;
  });
  return out;
}

const CAPITALISED = /\p{Lu}[\p{L}'’.-]*/gu;
/** Words one space apart and nothing else (a linear test: no nested repetition). */
const WORDS_APART = /^(?![\s\S]*\s\s)[\p{L}'’. -]+$/u;
const IN = new Set(["in", "at", "near", "outside"]);
const LOCATIVE = new Set(["in", "at", "near", "outside", "around", "from", "to", "into", "across", "of"]);

/**
 * A place worth finding again: a town or a province the article introduced ("in Parkland"), or a
 * city of 100,000 people; not an acronym ("NATO" is no Nato, Philippines).
 */
function echoable(p: PlaceMention, gaz: Gazetteer): boolean {
  const { kind, relation, gazetteerId } = p.location;
  if (kind === "country" || relation || /^[\p{Lu}.]+$/u.test(p.text)) return false;
  if (kind === "province" || kind === "region" || kind === "water") return true;
  const entry = gazetteerId ? gaz.place(gazetteerId) : undefined;
  if (!entry || entry.alternate) return false;
  // A town named by a word ("Parkland", "Hope") only where the article put something in it.
  if (entry.commonWord) return IN.has(p.preposition);
  return LOCATIVE.has(p.preposition) || entry.population >= 100_000;
}

/**
 * Places the article named somewhere, named again where the sentence alone did not read them: the
 * same name, capitalised, not after another capitalised word ("Joe Walsh") and no one's name.
 * Countries and regions are read anywhere already; these are towns and provinces.
 */
export function echoes(
  sentences: readonly string[],
  found: ReadonlyArray<readonly PlaceMention[]>,
  ctx: PlaceContext,
  gaz: Gazetteer,
): PlaceMention[][] {
  const known = new Map<string, PlaceMention>();
  for (const list of found)
    for (const p of list) {
      const key = normaliseName(p.text);
      if (!known.has(key) && !ctx.people?.has(key) && echoable(p, gaz)) known.set(key, p);
    }
  if (known.size === 0) return sentences.map(() => []);
  const longest = Math.max(...[...known.keys()].map((k) => k.split(" ").length));
  return sentences.map((text, i) => {
    const taken = found[i]!;
    const out: PlaceMention[] = [];
    const caps = [...text.matchAll(CAPITALISED)];
    for (let w = 0; w < caps.length; w++) {
      const first = caps[w]!;
      const before = text.slice(Math.max(0, first.index - 2), first.index);
      const prev = caps[w - 1];
      const joined = prev && prev.index + prev[0].length + 1 === first.index && before.endsWith(" ");
      if (joined && !NOT_PLACES.has(prev[0].toLowerCase())) continue;
      for (let n = Math.min(longest, caps.length - w); n >= 1; n--) {
        const last = caps[w + n - 1]!;
        const end = last.index + last[0].replace(/['’]s$|[.'’]$/, "").length;
        const words = text.slice(first.index, end);
        if (n > 1 && !WORDS_APART.test(words)) continue;
        const p = known.get(normaliseName(words));
        if (!p) continue;
        if (!taken.some((t) => t.start < end && first.index < t.end))
          out.push({ start: first.index, end, text: words, location: p.location, preposition: "" });
        w += n - 1;
        break;
      }
    }
    return out;
  });
}
