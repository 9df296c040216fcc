import { z } from "zod";
import { ParseResult } from "./parse-result.js";

/** The JSON Schema of a parse result, generated from the zod models (the one source of truth). */
export function parseResultJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ParseResult, { target: "draft-2020-12", io: "output" });
}
