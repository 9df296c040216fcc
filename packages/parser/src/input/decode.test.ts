import { describe, expect, it } from "vitest";
import { parse } from "../parse.js";
import { declaredCharset, decodeInput } from "./decode.js";

const page = (charset: string | null, body: number[]) =>
  Uint8Array.from([
    ...Buffer.from(
      `<!doctype html><html><head>${charset ? `<meta charset="${charset}">` : ""}<title>T</title></head><body><article><h1>T</h1><p>`,
      "latin1",
    ),
    ...body,
    ...Buffer.from("</p></article></body></html>", "latin1"),
  ]);

describe("character sets", () => {
  it("reads the charset a page declares, by meta charset or http-equiv", () => {
    expect(declaredCharset(Buffer.from('<meta charset="windows-1256">'))).toBe("windows-1256");
    expect(
      declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">')),
    ).toBe("shift_jis");
    expect(declaredCharset(Buffer.from('<meta charset="latin1">'))).toBe("windows-1252");
    expect(declaredCharset(Buffer.from('<meta charset="no-such-thing">'))).toBeNull();
    expect(declaredCharset(Buffer.from("<p>none</p>"))).toBeNull();
  });

  it("decodes windows-1252, windows-1256 and Shift_JIS pages that say so", () => {
    expect(decodeInput(page("windows-1252", [...Buffer.from("Caf\xe9 \x93quoted\x94", "latin1")]))).toContain(
      "Café “quoted”",
    );
    // مرحبا in windows-1256
    expect(decodeInput(page("windows-1256", [0xe3, 0xd1, 0xcd, 0xc8, 0xc7]))).toContain("مرحبا");
    // 東京 in Shift_JIS
    expect(decodeInput(page("Shift_JIS", [0x93, 0x8c, 0x8b, 0x9e]))).toContain("東京");
  });

  it("takes an undeclared legacy page as windows-1252, as browsers do", () => {
    expect(decodeInput(page(null, [...Buffer.from("Bogot\xe1 and S\xe3o Paulo", "latin1")]))).toContain(
      "Bogotá and São Paulo",
    );
  });

  it("trusts valid UTF-8 over a declaration that says otherwise", () => {
    expect(decodeInput(page("windows-1252", [...Buffer.from("Café in Kraków", "utf8")]))).toContain("Café in Kraków");
  });

  it("reads a UTF-8 byte-order mark", () => {
    expect(decodeInput(Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from("Kraków", "utf8")]))).toBe("Kraków");
  });

  it("gives the parser the page's real text", () => {
    const result = parse(
      page("windows-1256", [
        0xe3,
        0xd1,
        0xcd,
        0xc8,
        0xc7,
        0x20,
        ...Buffer.from(" Five rockets struck the base on Tuesday, the military said in a statement.", "latin1"),
      ]),
    );
    expect(result.article.text).toContain("مرحبا");
  });
});
