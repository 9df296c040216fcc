import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingest } from "./lazy-ingest.js";
import { Store } from "./store.js";

/**
 * A SYNTHETIC corpus for tests and benchmarks: variations of the bundled sample article with
 * other places, counts, weekdays and publication dates. Not news: every article says so in its
 * title. Deterministic for a given seed.
 */
const PLACES: Array<[string, string]> = [
  ["Ain al-Asad", "Anbar province"],
  ["Fallujah", "Anbar province"],
  ["Ramadi", "Anbar province"],
  ["Mosul", "Nineveh province"],
  ["Kirkuk", "Kirkuk province"],
  ["Erbil", "Erbil province"],
  ["Basra", "Basra province"],
  ["Karbala", "Karbala province"],
  ["Najaf", "Najaf province"],
  ["Baqubah", "Diyala province"],
  ["Tikrit", "Salahuddin province"],
  ["Samarra", "Salahuddin province"],
  ["Kut", "Wasit province"],
  ["Nasiriyah", "Dhi Qar province"],
  ["Hillah", "Babylon province"],
  ["Sulaymaniyah", "Sulaymaniyah province"],
];
const NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticArticle {
  name: string;
  text: string;
}

export function* syntheticArticles(sample: string, count: number, seed = 1): Generator<SyntheticArticle> {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  for (let i = 0; i < count; i++) {
    const [place, province] = pick(PLACES);
    const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(random() * 4 * 365) * 86_400_000);
    const dayOfMonth = String(day.getUTCDate()).padStart(2, "0");
    const published = `${dayOfMonth} ${MONTHS[day.getUTCMonth()]}, ${day.getUTCFullYear()}`;
    const text = sample
      .replace(
        /Rockets strike Iraq's Ain al-Asad base hosting US troops/g,
        `Rockets strike Iraq's ${place} base hosting US troops (synthetic ${seed}-${i})`,
      )
      .replaceAll("Ain al-Asad", place)
      .replaceAll("Anbar province", province)
      .replaceAll("five rockets", `${pick(NUMBERS)} rockets`)
      .replaceAll("at least 17 rockets", `at least ${10 + Math.floor(random() * 30)} rockets`)
      .replaceAll("on Tuesday", `on ${pick(WEEKDAYS)}`)
      .replace(/\d\d December, 2019/, published);
    yield { name: `synthetic-${seed}-${String(i).padStart(6, "0")}.txt`, text };
  }
}

/**
 * A SQLite store of `count` synthetic articles at `path`, made once for benchmarks: the corpus is
 * written to a temporary directory, ingested as a user would, and removed.
 */
export async function buildSyntheticStore(path: string, sample: string, count: number, seed = 42): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-synthetic-"));
  try {
    for (const a of syntheticArticles(sample, count, seed)) writeFileSync(join(dir, a.name), a.text);
    const store = await Store.open({ engine: "sqlite", path });
    try {
      await ingest(store, [dir]);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
