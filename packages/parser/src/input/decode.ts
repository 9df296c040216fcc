import iconv from "iconv-lite";
import { ParseError } from "../errors.js";
import { MAX_INPUT_BYTES } from "./limits.js";

export { MAX_INPUT_BYTES };

/**
 * Bytes to text: a byte-order mark (UTF-8, UTF-16) first, then
 * the charset a page declares, then UTF-8, then windows-1252 for undeclared legacy pages. Content
 * that is plainly not text (NUL bytes, or mostly control and undecodable bytes) is refused as binary.
 */
export function decodeInput(input: string | Uint8Array): string {
  if (typeof input === "string") {
    if (input.length > MAX_INPUT_BYTES)
      throw new ParseError("too_large", `input is ${mb(input.length)}, more than the ${mb(MAX_INPUT_BYTES)} limit`);
    return input.replace(/^\uFEFF/, "");
  }
  if (input.byteLength > MAX_INPUT_BYTES)
    throw new ParseError("too_large", `input is ${mb(input.byteLength)}, more than the ${mb(MAX_INPUT_BYTES)} limit`);
  if (input[0] === 0xff && input[1] === 0xfe) return new TextDecoder("utf-16le").decode(input.subarray(2));
  if (input[0] === 0xfe && input[1] === 0xff) return new TextDecoder("utf-16be").decode(input.subarray(2));
  if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf)
    return new TextDecoder("utf-8").decode(input.subarray(3));
  const declared = declaredCharset(input);
  if (declared && declared !== "utf-8") {
    const text = legacy(input, declared);
    // A declaration can lie; a page that is valid UTF-8 with non-ASCII in it is UTF-8.
    if (!isValidUtf8WithNonAscii(input)) return text;
  }
  if (looksBinary(input)) throw new ParseError("binary", "the input is binary, not text");
  const utf8 = new TextDecoder("utf-8").decode(input);
  // Not UTF-8 and no declaration: the web's commonest legacy encoding, windows-1252, as browsers do.
  if (!declared && utf8.includes("\uFFFD") && !isValidUtf8WithNonAscii(input)) return legacy(input, "windows-1252");
  return utf8;
}

/**
 * The character set a page declares in its first 1024 bytes (<meta charset>, or the
 * http-equiv Content-Type), as a label TextDecoder knows (WHATWG names: windows-1252,
 * windows-1256, iso-8859-2, shift_jis, gbk, euc-kr ...); null when none or unknown.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  const label =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1] ??
    /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i.exec(head)?.[1];
  if (!label) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/**
 * Legacy encodings through iconv-lite: Node's own TextDecoder reads windows-1252 as Latin-1
 * (0x93 stays a control character instead of a curly quote), and small ICU builds lack others.
 */
function legacy(bytes: Uint8Array, encoding: string): string {
  return iconv.encodingExists(encoding)
    ? iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding)
    : new TextDecoder(encoding).decode(bytes);
}

function isValidUtf8WithNonAscii(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b > 0x7f)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let suspicious = 0;
  // An indexed loop: for-of over a typed array costs several times as much, on every input.
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
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
