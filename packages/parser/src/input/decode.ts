import { ParseError } from "../errors.js";

/** Larger inputs are refused: no news article is this big, and parsing one would stall a batch. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

/**
 * Bytes to text. UTF-8 (with or without a BOM) and UTF-16 with a BOM are decoded; content that
 * is plainly not text (NUL bytes, or mostly control and undecodable bytes) is refused as binary.
 */
export function decodeInput(input: string | Uint8Array): string {
  if (typeof input === "string") {
    if (input.length > MAX_INPUT_BYTES) throw new ParseError("too_large", `input is ${mb(input.length)}, more than the ${mb(MAX_INPUT_BYTES)} limit`);
    return input.replace(/^\uFEFF/, "");
  }
  if (input.byteLength > MAX_INPUT_BYTES) throw new ParseError("too_large", `input is ${mb(input.byteLength)}, more than the ${mb(MAX_INPUT_BYTES)} limit`);
  if (input[0] === 0xff && input[1] === 0xfe) return new TextDecoder("utf-16le").decode(input.subarray(2));
  if (input[0] === 0xfe && input[1] === 0xff) return new TextDecoder("utf-16be").decode(input.subarray(2));
  if (looksBinary(input)) throw new ParseError("binary", "the input is binary, not text");
  return new TextDecoder("utf-8").decode(input).replace(/^\uFEFF/, "");
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let suspicious = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) suspicious++;
  }
  if (sample.length > 0 && suspicious / sample.length > 0.1) return true;
  // Many undecodable sequences mean a binary format or a text in an unknown encoding gone wrong.
  const text = new TextDecoder("utf-8").decode(sample);
  const replaced = text.match(/\uFFFD/g)?.length ?? 0;
  return text.length > 0 && replaced / text.length > 0.3;
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
