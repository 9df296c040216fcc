import { describe, expect, it } from "vitest";
import { join, raw, render, sql } from "./sql.js";

const byId = (id: string, read: boolean) => sql`SELECT id FROM articles WHERE id = ${id} AND is_read = ${read}`;

describe("the SQL builder", () => {
  it("renders either engine's placeholders, the values apart, booleans as 1 and 0", () => {
    expect(render(byId("a1", true), "question")).toEqual({
      text: "SELECT id FROM articles WHERE id = ? AND is_read = ?",
      params: ["a1", 1],
    });
    expect(render(byId("a2", false), "dollar")).toEqual({
      text: "SELECT id FROM articles WHERE id = $1 AND is_read = $2",
      params: ["a2", 0],
    });
    // The same template again, with other values: the same text, the new values.
    expect(render(byId("a3", true), "question")).toEqual({
      text: "SELECT id FROM articles WHERE id = ? AND is_read = ?",
      params: ["a3", 1],
    });
    expect(render(byId("a4", true), "dollar").params).toEqual(["a4", 1]);
  });

  it("numbers the placeholders of nested templates in order", () => {
    const q = sql`SELECT * FROM events WHERE ${join([sql`country_iso2 = ${"IQ"}`, sql`killed > ${0}`], " AND ")} ORDER BY ${raw("id")} LIMIT ${25}`;
    expect(render(q, "dollar")).toEqual({
      text: "SELECT * FROM events WHERE country_iso2 = $1 AND killed > $2 ORDER BY id LIMIT $3",
      params: ["IQ", 0, 25],
    });
    expect(render(q, "question").text).toBe(
      "SELECT * FROM events WHERE country_iso2 = ? AND killed > ? ORDER BY id LIMIT ?",
    );
  });
});
