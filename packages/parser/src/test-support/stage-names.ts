import type { StageName } from "./stage-worker.js";

/** The stages stage-worker.ts runs, named without loading them (the test thread never does). */
// prettier-ignore
export const STAGE_NAMES: StageName[] = [
  "sentences", "dates", "dateLine", "places", "framedPlaces", "numbers", "actors", "attributions", "casualties",
  "effects", "weapons", "typing", "feed", "parse",
];
