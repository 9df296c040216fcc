// The stage worker's entry: plain JavaScript that teaches this thread TypeScript (tsx), then loads it.
import { register } from "tsx/esm/api";

register();
await import("./stage-worker.ts");
