import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseResultJsonSchema } from "./index.js";

describe("committed JSON Schema", () => {
  it("matches the zod models (run `npm run schema:json` after changing them)", () => {
    const committed: unknown = JSON.parse(
      readFileSync(new URL("../json-schema/parse-result.schema.json", import.meta.url), "utf8"),
    );
    expect(committed).toEqual(parseResultJsonSchema());
  });

  it("keeps the public article field names", () => {
    const schema = parseResultJsonSchema() as { properties: { article: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.properties.article.properties)).toEqual(
      expect.arrayContaining(["title", "text", "paragraphs", "publishedAt", "url"]),
    );
  });
});
