import { z } from "zod";

/**
 * The gazetteer file the build writes (data/gazetteer.json): compact rows, so it loads fast.
 * Validated on load, because it is a file and files can be stale or damaged.
 */
export const CountryRow = z.object({
  iso2: z.string().length(2),
  iso3: z.string().length(3),
  isoNumeric: z.number().int().nullable(),
  name: z.string(),
  region: z.string().nullable(),
  lat: z.number(),
  lon: z.number(),
  names: z.array(z.string()),
  demonyms: z.array(z.string()),
  capital: z.string().nullable(),
  /** Its names come into English from a script that writes few vowels (Arabic, Persian, Pashto, Urdu, Hebrew). */
  transliterated: z.boolean(),
});
export type CountryRow = z.infer<typeof CountryRow>;

/**
 * [code (ISO 3166-2, e.g. IQ-AN, else GeoNames' key, e.g. FR.11), name, lat, lon, lookup keys (normalised name
 * variants)]
 */
export const Admin1Row = z.tuple([z.string(), z.string(), z.number(), z.number(), z.array(z.string())]);
export type Admin1Row = z.infer<typeof Admin1Row>;

/** [name, code of its province]: a subdivision one level below a province (ISO 3166-2's second level). */
export const DistrictRow = z.tuple([z.string(), z.string()]);
export type DistrictRow = z.infer<typeof DistrictRow>;

/** The integer columns of the binary file beside the JSON (data/gazetteer.bin). */
export const COLUMNS = ["nameEnds", "keyEnds", "admin1", "lat", "lon", "population", "offsets", "refs"] as const;
export type ColumnName = (typeof COLUMNS)[number];

/**
 * The gazetteer as the build writes it: a small JSON file (countries, provinces, and the places'
 * text as a few long strings) and a binary file of little-endian 32-bit integer columns. Loading
 * then parses no per-place structure at all: a place is row i of every column.
 *
 * - places' names: `names` cut at `nameEnds` (place i is names.slice(nameEnds[i-1], nameEnds[i]));
 *   `kinds` one letter a place (t town, w a small town named by an ordinary English word, f facility); `countries`
 *   two letters a place;
 *   `admin1` the row in `admin1` or -1; `lat`, `lon` in degrees times 10,000; `population` (0: unknown).
 * - lookup keys: sorted by JavaScript's string order, `keys` cut at `keyEnds`; key i names the
 *   places refs[offsets[i]] up to refs[offsets[i + 1]]. A lookup is a binary search.
 */
export const GazetteerFile = z.object({
  version: z.literal(7),
  countries: z.array(CountryRow),
  admin1: z.array(Admin1Row),
  districts: z.array(DistrictRow),
  places: z.object({ names: z.string(), kinds: z.string(), countries: z.string() }),
  keys: z.string(),
  /** English first names that are not ordinary words ("Vladimir", "Tom"): a run of capitals they open is a person. */
  givenNames: z.array(z.string()),
  /** Where each column starts in the binary file, and its length, in integers. */
  columns: z.record(
    z.enum(COLUMNS),
    z.object({ offset: z.number().int().nonnegative(), length: z.number().int().nonnegative() }),
  ),
});
export type GazetteerFile = z.infer<typeof GazetteerFile>;

/** The integer columns laid end to end, as gazetteer.bin holds them, with where each one lies. */
export function packColumns(data: Readonly<Record<ColumnName, readonly number[]>>): {
  ints: Int32Array;
  columns: GazetteerFile["columns"];
} {
  const columns = {} as GazetteerFile["columns"];
  let at = 0;
  for (const name of COLUMNS) {
    columns[name] = { offset: at, length: data[name].length };
    at += data[name].length;
  }
  const ints = new Int32Array(at);
  for (const name of COLUMNS) ints.set(data[name], columns[name].offset);
  return { ints, columns };
}
