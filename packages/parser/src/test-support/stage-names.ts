import type { StageName } from "./stage-worker.js";

/**
 * The stages stage-worker.ts runs, named without loading them (the test thread never does). Written as
 * the keys of a record of every StageName, so a stage added there and not here fails to compile.
 */
const EVERY_STAGE: Record<StageName, true> = {
  sentences: true,
  dates: true,
  dateLine: true,
  places: true,
  framedPlaces: true,
  numbers: true,
  actors: true,
  attributions: true,
  casualties: true,
  effects: true,
  weapons: true,
  typing: true,
  feed: true,
  parse: true,
};
export const STAGE_NAMES = Object.keys(EVERY_STAGE) as StageName[];
