import { z } from "zod";
import { EventDate } from "./event-date.js";
import { checkedSpan, SpanFields } from "./evidence.js";
import { Location } from "./place.js";

/** A place the article names: the words, where they are, and the place they were resolved to. */
export const MentionedPlace = checkedSpan(
  SpanFields.extend({
    /** Null when the name is a place's but could not be resolved to one. */
    location: Location.nullable(),
  }),
);
export type MentionedPlace = z.infer<typeof MentionedPlace>;

/** A date or time the article gives, resolved against its publication date. */
export const MentionedDate = checkedSpan(
  SpanFields.extend({
    date: EventDate,
  }),
);
export type MentionedDate = z.infer<typeof MentionedDate>;

/** Every place and date an article mentions, in reading order: what events are placed and dated with. */
export const Mentions = z.object({
  places: z.array(MentionedPlace),
  dates: z.array(MentionedDate),
});
export type Mentions = z.infer<typeof Mentions>;
