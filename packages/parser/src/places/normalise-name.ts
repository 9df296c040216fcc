import { either, oneOf } from "../text/pattern.js";
/**
 * The key two spellings of one place share: lower case, no diacritics or apostrophes
 * (‘Anah = Anah, Fallūjah = Fallujah, Łódź = Lodz), hyphens as spaces (al-Anbar = al Anbar).
 */
const memo = new Map<string, string>();

/** Memoised: the same words recur throughout an article and across a corpus. */
export function normaliseName(name: string): string {
  let key = memo.get(name);
  if (key === undefined) {
    if (memo.size > 50_000) memo.clear();
    memo.set(name, (key = normalise(name)));
  }
  return key;
}

/** Letters that carry their mark within them, so NFD leaves them whole: Łódź is Lodz, Tromsø Tromso. */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: "l",
  ø: "o",
  ı: "i",
  đ: "d",
  ð: "d",
  ħ: "h",
  ŧ: "t",
  ŀ: "l",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  þ: "th",
};
const UNDECOMPOSED_RE = /[łøıđðħŧŀßæœþ]/g;

function normalise(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c]!)
    .replace(/[‘’'`ʿʾ´]/g, "")
    .replace(/[-‐‑–—_./]/g, " ")
    .replace(/[^\p{L}\p{N} ]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** A first word and its other spelling: abbreviated and spelled out. */
const OTHER_SPELLING: Readonly<Record<string, string>> = {
  st: "saint",
  saint: "st",
  ste: "sainte",
  sainte: "ste",
  mt: "mount",
  mount: "mt",
  ft: "fort",
  fort: "ft",
};
const SPELLABLE = /^(st|ste|mt|ft|saint|sainte|mount|fort)(?= )/;

export const ARTICLE = /^(?:al|el|ad|ar|as|an|at|ash|az|ath|adh)\s+/;
const genericWords = oneOf`
  province
  governorate
  region
  state
  district
  prefecture
  county
  oblast
  department
  municipality
  upazila
  tehsil
  taluka
  taluk
  city
`;
const GENERIC_SUFFIX = new RegExp(
  either`
    \s+${genericWords}$
  `.source,
  "",
);

const EAST_ASIAN_SUFFIX = /^(.{4,}) (?:si|gun|shi)$/;

/** Further forms a name is written in: without the Arabic article, without "province". */
export function nameVariants(name: string): string[] {
  const key = normaliseName(name);
  const out = new Set([key]);
  // "Gwacheon-si", "Haman-gun", "Ōita-shi": Korean and Japanese cities and counties by their name alone.
  const noSuffix = key.replace(GENERIC_SUFFIX, "").replace(EAST_ASIAN_SUFFIX, "$1");
  out.add(noSuffix);
  for (const k of [key, noSuffix]) {
    if (ARTICLE.test(k)) out.add(k.replace(ARTICLE, ""));
    // "St. Petersburg" and "Saint Petersburg", "Mt. Kenya" and "Mount Kenya": one name, spelled out or not.
    const first = SPELLABLE.exec(k)?.[1];
    if (first) out.add(`${OTHER_SPELLING[first]}${k.slice(first.length)}`);
  }
  return [...out].filter((k) => k.length >= 2);
}

const KOREAN_HALF = /^(\p{Lu}[\p{L}'’]+?)-?(buk|nam)(?:-?(?:do|to))?$/u;

/** The generic words of a province's name as GeoNames writes it ("Anbar Governorate", "Donetsk Oblast"). */
const displayWords = oneOf`
  Province
  Governorate
  Region
  State
  Oblast
  Oblysy
  Oblisi
  County
  Department
  Prefecture
  Voivodeship
  Division
  Muhafazah
  Wilayah
`;
// "-do" is Korean for province: "Gyeonggi-do" is Gyeonggi.
const DISPLAY_SUFFIX = new RegExp(
  either`
    \s+${displayWords}$
    -do$
  `.source,
  "",
);

/**
 * A province's name as people and datasets write it: without the generic word GeoNames adds
 * ("Rivers State" -> "Rivers", "Donetsk Oblast" -> "Donetsk", "Gyeonggi-do" -> "Gyeonggi"),
 * unless that leaves only a generic word ("Capital Region").
 */
export function displayProvinceName(name: string): string {
  // "Jeollabuk-do", "Hamgyŏng-bukto": Korean provinces halved north and south, as English names them.
  const korean = KOREAN_HALF.exec(name);
  if (korean) return `${korean[2]!.toLowerCase() === "buk" ? "North" : "South"} ${korean[1]}`;
  const short = name.replace(DISPLAY_SUFFIX, "");
  return short === name || /^(?:Capital|Central|National|Federal|Autonomous)$/i.test(short) ? name : short;
}
