import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { safeCell, toCsv } from "./csv-cell.js";

describe("CSV cells", () => {
  it("turns what a spreadsheet would run into text", () => {
    expect(safeCell('=HYPERLINK("http://evil.example","site")')).toBe('\'=HYPERLINK("http://evil.example","site")');
    for (const start of ["+", "-", "@", "\t", "\r"]) expect(safeCell(`${start}cmd|' /C calc'!A0`)).toMatch(/^'/);
  });

  it("leaves numbers, negative ones too, and ordinary text as they are", () => {
    for (const v of ["-33.5", "+44", "12", "1.5e3", "Kabul", "Islamic State (Iraq)", ""]) expect(safeCell(v)).toBe(v);
  });

  it("writes every cell through it, and the file still reads back", () => {
    const csv = toCsv(
      [{ source: "=1+1", latitude: "-33.5", notes: 'A "quoted", line' }],
      ["source", "latitude", "notes"],
    );
    expect(parseCsv(csv, { columns: true })).toEqual([
      { source: "'=1+1", latitude: "-33.5", notes: 'A "quoted", line' },
    ]);
  });
});
