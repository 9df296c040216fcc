import { z } from "zod";
import { EventTypeName, SubEventTypeName } from "@sitrep/schema";
import { BadCursor, decodeCursor } from "./cursor.js";

const text = (max: number) => z.string().trim().min(1).max(max);

/** Filters that articles and events share, as a search form or an API would give them. */
const Common = {
  /** Full-text query: words, "phrases", -excluded, a OR b, prefix*. */
  q: z.string().trim().max(500).optional(),
  /** Inclusive day range: the article's publication day, or the event's dates. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** Country name or ISO 3166-1 alpha-2 code. */
  country: text(100).optional(),
  /** Province name or ISO 3166-2 code. */
  admin1: text(100).optional(),
  eventType: EventTypeName.optional(),
  subEventType: SubEventTypeName.optional(),
  actor: text(200).optional(),
  /** Publisher name or domain. */
  source: text(200).optional(),
  fatalities: z.enum(["with", "without"]).optional(),
  limit: z
    .number({ error: "limit must be a whole number from 1 to 500" })
    .int("limit must be a whole number from 1 to 500")
    .min(1, "limit must be a whole number from 1 to 500")
    .max(500, "limit must be a whole number from 1 to 500")
    .default(25),
  // Checked here, so every caller (a page, the API, the CLI) refuses a bad one as it would any filter.
  cursor: z.string().max(1000).refine(isCursor, "the page cursor is not one this store gave out").optional(),
};

export const ArticleQuery = z
  .object({
    ...Common,
    tag: text(100).optional(),
    read: z.boolean().optional(),
    favourite: z.boolean().optional(),
    sort: z.enum(["newest", "oldest", "relevance"]).default("newest"),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must not be after to", path: ["to"] });
export type ArticleQuery = z.input<typeof ArticleQuery>;
export type ArticleQueryParsed = z.output<typeof ArticleQuery>;

export const EventQuery = z
  .object({
    ...Common,
    sort: z.enum(["newest", "oldest", "deadliest"]).default("newest"),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must not be after to", path: ["to"] });
export type EventQuery = z.input<typeof EventQuery>;
export type EventQueryParsed = z.output<typeof EventQuery>;

function isCursor(raw: string): boolean {
  try {
    decodeCursor(raw);
    return true;
  } catch (error) {
    if (error instanceof BadCursor) return false;
    throw error;
  }
}

/**
 * A query parsed for the store's own methods: as any caller's, except that a bad cursor is a
 * BadCursor, which a server answers with 400 like the other mistakes of a client.
 */
export function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.output<S> {
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  if (parsed.error.issues.every((i) => i.path[0] === "cursor")) throw new BadCursor(parsed.error.issues[0]!.message);
  throw parsed.error;
}
