import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { StoredArticleRow } from "./rows.js";
import { encodeResult, resultText } from "./stored-result.js";
import { REPORT_A } from "./test-support/articles.js";

const row = (result: unknown) => ({
  result,
  origin: "a.txt",
  is_read: 0,
  is_favourite: 1,
  ingested_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
});

describe("a stored parse result", () => {
  it("is kept deflated, several times smaller than its JSON, and reads back whole", () => {
    const json = JSON.stringify(REPORT_A.result);
    const stored = encodeResult(REPORT_A.result);
    expect(stored.byteLength).toBeLessThan(json.length / 2);
    expect(StoredArticleRow.parse(row(stored)).result).toEqual(REPORT_A.result);
  });

  it("reads the JSON text older stores hold, as text (SQLite) or as UTF-8 bytes (PostgreSQL after migration 6)", () => {
    const json = JSON.stringify(REPORT_A.result);
    expect(StoredArticleRow.parse(row(json)).result).toEqual(REPORT_A.result);
    expect(StoredArticleRow.parse(row(new Uint8Array(Buffer.from(json)))).result).toEqual(REPORT_A.result);
  });

  it("says what is wrong with a damaged one instead of returning something", () => {
    const stored = encodeResult(REPORT_A.result);
    const damaged = Buffer.concat([stored.subarray(0, 40), Buffer.alloc(40, 7)]);
    expect(() => resultText(damaged)).toThrow(/stored parse result does not inflate/);
    const r = StoredArticleRow.safeParse(row(damaged));
    expect(r.success).toBe(false);
    // Inflates, but is not a parse result.
    expect(StoredArticleRow.safeParse(row(deflateSync('{"article": 1}'))).success).toBe(false);
  });
});
