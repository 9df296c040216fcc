import { z } from "zod";

export const Certainty = z.enum(["reported_fact", "claimed", "accused", "suspected", "denied"]);
export type Certainty = z.infer<typeof Certainty>;

/** Who a claim comes from: "Iraq's military said in a statement". */
export const Attribution = z.object({
  /** The source as named ("Iraq's military", "local Alsumaria TV"). */
  source: z.string(),
  sourceKind: z.enum([
    "official",
    "military",
    "security_source",
    "media",
    "witness",
    "group",
    "organisation",
    "unknown",
  ]),
  /** How it was said: statement, interview, post... null when unstated. */
  channel: z.string().nullable(),
  certainty: Certainty,
  text: z.string(),
});
export type Attribution = z.infer<typeof Attribution>;
