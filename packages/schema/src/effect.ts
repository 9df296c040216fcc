import { z } from "zod";
import { Count } from "./primitives.js";

export const Effect = z.object({
  kind: z.enum(["damaged", "destroyed", "seized", "burned", "looted", "defused", "intercepted"]),
  /** What was affected ("vehicle", "vehicle loaded with a missile"). */
  object: z.string(),
  count: Count.nullable(),
  text: z.string(),
});
export type Effect = z.infer<typeof Effect>;
