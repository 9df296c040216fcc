import { describe, expect, it } from "vitest";
import { BadCursor, encodeCursor } from "./cursor.js";
import { ArticleQuery, EventQuery, parseQuery } from "./queries.js";

describe("queries", () => {
  it("refuses a limit outside 1 to 500 in words, not as NaN", () => {
    for (const limit of [-5, 0, 100_000, 2.5]) {
      const parsed = ArticleQuery.safeParse({ limit });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe("limit must be a whole number from 1 to 500");
    }
    expect(EventQuery.parse({ limit: 500 }).limit).toBe(500);
  });

  it("refuses a cursor the store did not give out as a bad filter; the store's own parse throws BadCursor", () => {
    const parsed = EventQuery.safeParse({ cursor: "not-a-cursor" });
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ["cursor"],
      message: "the page cursor is not one this store gave out",
    });
    expect(() => parseQuery(ArticleQuery, { cursor: "x" })).toThrow(BadCursor);
    expect(parseQuery(ArticleQuery, { cursor: encodeCursor("2021-06-09", "a_1") }).cursor).toBeTruthy();
  });
});
