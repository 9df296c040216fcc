import { z } from "zod";
import { IsoDate } from "./primitives.js";

/** day, week, month, quarter, year: ACLED's time precision and coarser; vague: "in recent months", "now". */
export const DatePrecision = z.enum(["day", "week", "month", "quarter", "year", "vague", "unknown"]);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** Finest first: what to prefer of two dates of one event, and how groups order their reports. */
export const DATE_PRECISION_RANK: Readonly<Record<DatePrecision, number>> = {
  day: 0,
  week: 1,
  month: 2,
  quarter: 3,
  year: 4,
  vague: 5,
  unknown: 6,
};

export const EventDate = z
  .object({
    /** First day the event may have happened on; null when unknown. */
    start: IsoDate.nullable(),
    /** Last day; equal to start for a single day. */
    end: IsoDate.nullable(),
    precision: DatePrecision,
    /** The words the date came from ("on Tuesday"), null when inferred. */
    text: z.string().nullable(),
    /**
     * occurred: the text says when it happened. reported: only when it was reported,
     * so the event happened on or before `end`.
     */
    basis: z.enum(["occurred", "reported"]),
  })
  .refine((d) => d.start === null || d.end === null || d.start <= d.end, {
    message: "start must not be after end",
    path: ["end"],
  });
export type EventDate = z.infer<typeof EventDate>;
