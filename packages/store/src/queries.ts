import { z } from "zod";
import { BadCursor, decodeCursor } from "./cursor.js";
import { ArticleFilters, EventFilters } from "./filters.js";

/** What a search takes besides its filters: words, a page size and the page it continues. */
const Common = {
  /** Full-text query: words, "phrases", -excluded, a OR b, prefix*. */
  q: z.string().trim().max(500).optional(),
  ...EventFilters,
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
    tag: ArticleFilters.tag,
    read: ArticleFilters.read,
    favourite: ArticleFilters.favourite,
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
