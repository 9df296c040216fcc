import { z } from "zod";

/** A calendar date, YYYY-MM-DD. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/** A date, or a date and time with an offset: what a source actually tells. */
export const IsoDateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
export type IsoDateOrDateTime = z.infer<typeof IsoDateOrDateTime>;

/** How a number was stated: "five" is exact, "at least 17" at_least, "some 70" about. */
export const Qualifier = z.enum(["exact", "at_least", "more_than", "about", "up_to", "fewer_than"]);
export type Qualifier = z.infer<typeof Qualifier>;

export const Count = z.object({
  value: z.number().int().min(0),
  qualifier: Qualifier,
  /** The words the number came from, as written. */
  text: z.string(),
});
export type Count = z.infer<typeof Count>;

export const Coordinates = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
export type Coordinates = z.infer<typeof Coordinates>;
