import { sql, type Sql } from "./sql.js";
import { z } from "zod";

/** A keyset cursor: the sort value and id of the last row of a page. */
const Cursor = z.tuple([z.union([z.string(), z.number(), z.null()]), z.string()]);
export type Cursor = z.infer<typeof Cursor>;

export function encodeCursor(value: string | number | null, id: string): string {
  return Buffer.from(JSON.stringify([value, id])).toString("base64url");
}

export class BadCursor extends Error {
  override readonly name = "BadCursor";
}

export function decodeCursor(raw: string): Cursor {
  try {
    return Cursor.parse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
  } catch {
    throw new BadCursor("the page cursor is not one this store gave out");
  }
}

/** The rows after a cursor, in a query whose rows are `s` with `sort_value` and `id`, sorted both ways alike. */
export function keysetAfter(cursor: string | undefined, descending: boolean): Sql[] {
  if (!cursor) return [];
  const [value, id] = decodeCursor(cursor);
  // Written as a range on the sort value first, so both engines seek on the sort index to the
  // cursor instead of walking every earlier row to find it.
  return [
    descending
      ? sql`s.sort_value <= ${value} AND (s.sort_value < ${value} OR s.id < ${id})`
      : sql`s.sort_value >= ${value} AND (s.sort_value > ${value} OR s.id > ${id})`,
  ];
}
