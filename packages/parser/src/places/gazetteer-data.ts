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
});
export type CountryRow = z.infer<typeof CountryRow>;

/** [code (ISO 3166-2, e.g. IQ-AN), name, lat, lon, lookup keys (normalised name variants)] */
export const Admin1Row = z.tuple([z.string(), z.string(), z.number(), z.number(), z.array(z.string())]);
export type Admin1Row = z.infer<typeof Admin1Row>;

/** [name, kind code (t town, f facility), ISO2, admin1 code or "", lat, lon] */
export const PlaceRow = z.tuple([z.string(), z.enum(["t", "f"]), z.string(), z.string(), z.number(), z.number()]);
export type PlaceRow = z.infer<typeof PlaceRow>;

/**
 * The places' lookup keys, sorted (by JavaScript's string order), each with the places it names
 * (one row number, or several): a lookup is a binary search, so loading builds no index at all.
 */
export const PlaceIndex = z.object({
  keys: z.array(z.string()),
  refs: z.array(z.union([z.number().int(), z.array(z.number().int())])),
});
export type PlaceIndex = z.infer<typeof PlaceIndex>;

export const GazetteerFile = z.object({
  version: z.literal(2),
  countries: z.array(CountryRow),
  admin1: z.array(Admin1Row),
  places: z.array(PlaceRow),
  index: PlaceIndex,
});
export type GazetteerFile = z.infer<typeof GazetteerFile>;
