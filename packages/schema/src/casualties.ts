import { z } from "zod";
import { Qualifier } from "./primitives.js";

/**
 * One casualty figure. `value` 0 means the text says there were none ("no casualties
 * were reported"); null means the text does not say. The two are never confused.
 */
export const CasualtyFigure = z
  .object({
    value: z.number().int().min(0).nullable(),
    qualifier: Qualifier.nullable(),
    text: z.string().nullable(),
  })
  .refine((f) => (f.value === null) === (f.qualifier === null), {
    message: "a stated figure needs a qualifier, an unknown one has none",
    path: ["qualifier"],
  });
export type CasualtyFigure = z.infer<typeof CasualtyFigure>;

export const UNKNOWN_FIGURE: CasualtyFigure = { value: null, qualifier: null, text: null };

export const SideCasualties = z.object({
  /** Who the figures are about, as the text names them ("terrorists", "civilians"). */
  side: z.string(),
  killed: CasualtyFigure,
  injured: CasualtyFigure,
});
export type SideCasualties = z.infer<typeof SideCasualties>;

export const Casualties = z.object({
  killed: CasualtyFigure,
  injured: CasualtyFigure,
  bySide: z.array(SideCasualties),
});
export type Casualties = z.infer<typeof Casualties>;
