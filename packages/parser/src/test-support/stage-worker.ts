// Runs one stage of the pipeline over inputs sent by bounded-stage.ts, telling after each how
// long it took, so the test thread can end a stage that never returns.
import { parentPort } from "node:worker_threads";
import { findActors } from "../events/actors.js";
import { findAttributions } from "../events/attribution.js";
import { findCasualties } from "../events/casualties.js";
import { findDates } from "../events/dates.js";
import { findEffects } from "../events/effects.js";
import { findFramedPlaces } from "../events/framed-places.js";
import { findNumbers } from "../events/numbers.js";
import { findPlaces } from "../events/places.js";
import { classify } from "../events/typing.js";
import { findWeapons } from "../events/weapons.js";
import { ParseError } from "../errors.js";
import { parseFeed } from "../formats/feed.js";
import { parse } from "../parse.js";
import { loadGazetteer } from "../places/gazetteer.js";
import { parseDateLine } from "../text/date-line.js";
import { splitSentences } from "../text/sentences.js";

const gaz = loadGazetteer();
const ctx = { countries: ["IQ"] };
const published = new Date("2021-06-09T00:00:00Z");

export const STAGES = {
  sentences: (t: string) => splitSentences(t),
  dates: (t: string) => findDates(t, published),
  dateLine: (t: string) => parseDateLine(t),
  places: (t: string) => findPlaces(t, gaz, ctx),
  framedPlaces: (t: string) => findFramedPlaces(t, gaz, ctx),
  numbers: (t: string) => findNumbers(t),
  actors: (t: string) => findActors(t, gaz),
  attributions: (t: string) => findAttributions(t),
  casualties: (t: string) => findCasualties(t),
  effects: (t: string) => findEffects(t),
  weapons: (t: string) => findWeapons(t),
  typing: (t: string) => classify(t, findWeapons(t)),
  feed: (t: string) => {
    try {
      return parseFeed(t);
    } catch (error) {
      if (error instanceof ParseError) return null;
      throw error;
    }
  },
  parse: (t: string) => {
    try {
      return parse(t, { format: "text", publishedAt: "2021-06-09" });
    } catch (error) {
      if (error instanceof ParseError) return null;
      throw error;
    }
  },
};
export type StageName = keyof typeof STAGES;

parentPort?.on("message", ({ stage, inputs }: { stage: StageName; inputs: string[] }) => {
  parentPort!.postMessage({ ready: true });
  inputs.forEach((input, i) => {
    const t = performance.now();
    STAGES[stage](input);
    parentPort!.postMessage({ i, ms: performance.now() - t });
  });
  parentPort!.postMessage({ done: true });
});
