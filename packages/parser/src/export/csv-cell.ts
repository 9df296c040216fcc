import { stringify } from "csv-stringify/sync";

/** What a spreadsheet reads as the start of a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A number stays a number: a longitude of -33.5 is no formula. */
const NUMBER = /^[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * A cell that a spreadsheet shows as text, never runs: a value an article controls (a site name
 * `=HYPERLINK("http://evil.example","site")`, an actor, a quote) that starts like a formula is
 * prefixed with an apostrophe, which Excel, LibreOffice and Google Sheets read as "text".
 */
export function safeCell(value: string): string {
  return FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

/** The project's one CSV writer: every CSV it writes goes through here, every cell through safeCell. */
export function toCsv<T extends Record<string, string>>(
  rows: readonly T[],
  columns: readonly (keyof T & string)[],
): string {
  return stringify(rows as T[], { header: true, columns: [...columns], cast: { string: safeCell } });
}
