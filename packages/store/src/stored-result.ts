import { deflateSync, inflateSync } from "node:zlib";
import type { ParseResult } from "@sitrep/schema";

/**
 * An article's parse result as the store keeps it: its JSON, deflated (zlib). A result is
 * mostly events and compresses about five to one (15 KB of JSON to 3 KB for the sample), which
 * makes the store about half the size (28 KB to 16 KB per synthetic article). Parse workers
 * compress it, off the writer's thread. Stores written before migration 6 hold plain JSON
 * text; both read back.
 */
export function encodeResult(result: ParseResult): Buffer {
  // Level 3: within 10% of level 6's size at two thirds of its time.
  return deflateSync(JSON.stringify(result), { level: 3 });
}

/** What no result inflates beyond: a damaged or hostile database cannot exhaust memory. */
export const MAX_RESULT_BYTES = 256 * 1048576;

/** The JSON text of a stored result, compressed or not; throws a plain Error when it is damaged. */
export function resultText(stored: string | Uint8Array): string {
  if (typeof stored === "string") return stored;
  const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  // A zlib stream starts with 0x78; JSON with "{" (older stores on PostgreSQL, as UTF-8 bytes).
  if (bytes[0] !== 0x78) return bytes.toString("utf8");
  try {
    return inflateSync(bytes, { maxOutputLength: MAX_RESULT_BYTES }).toString("utf8");
  } catch (error) {
    throw new Error(`stored parse result does not inflate: ${(error as Error).message}`);
  }
}
