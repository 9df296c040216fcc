import { z } from "zod";
import { Coordinates } from "./primitives.js";

export const PlaceKind = z.enum([
  "facility",
  "village",
  "town",
  "city",
  "district",
  "province",
  "region",
  "country",
  "water",
  "feature",
]);
export type PlaceKind = z.infer<typeof PlaceKind>;

/**
 * UCDP GED's scale, as words: exact (1), near a point within ~25 km (2), admin2 (3),
 * admin1 (4), fuzzy or linear feature (5), country only (6), international waters (7).
 */
export const GeoPrecision = z.enum(["exact", "near", "admin2", "admin1", "fuzzy", "country", "international_waters"]);
export type GeoPrecision = z.infer<typeof GeoPrecision>;

export const UCDP_PRECISION: Record<GeoPrecision, number> = {
  exact: 1,
  near: 2,
  admin2: 3,
  admin1: 4,
  fuzzy: 5,
  country: 6,
  international_waters: 7,
};

/** ACLED's geo_precision: 1 the place itself, 2 near it or part of a region, 3 only a region. */
export const ACLED_GEO_PRECISION: Record<GeoPrecision, 1 | 2 | 3> = {
  exact: 1,
  near: 2,
  admin2: 2,
  admin1: 3,
  fuzzy: 3,
  country: 3,
  international_waters: 3,
};

export const AdminArea = z.object({
  name: z.string(),
  /** ISO 3166-2 code where known, e.g. IQ-AN; else GeoNames' admin1 key, e.g. FR.11. */
  code: z.string().nullable(),
});
export type AdminArea = z.infer<typeof AdminArea>;

export const Country = z.object({
  name: z.string(),
  iso2: z.string().length(2),
  iso3: z.string().length(3),
  /** ISO 3166-1 numeric, the code ACLED's `iso` column carries (368 for Iraq). */
  isoNumeric: z.number().int().nullable(),
  /** ACLED-style world region, e.g. "Middle East". */
  region: z.string().nullable(),
});
export type Country = z.infer<typeof Country>;

/** A place relative to another: "north of the Iraqi capital". */
export const Relation = z.object({
  direction: z.enum(["north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west", "near"]),
  /** The anchor as resolved, e.g. "Baghdad". */
  anchor: z.string(),
});
export type Relation = z.infer<typeof Relation>;

export const Location = z.object({
  /** The place as the article wrote it. */
  text: z.string(),
  /** The resolved place's name, e.g. "Al Asad Air Base". */
  name: z.string(),
  kind: PlaceKind,
  admin1: AdminArea.nullable(),
  admin2: AdminArea.nullable(),
  country: Country.nullable(),
  coordinates: Coordinates.nullable(),
  precision: GeoPrecision,
  relation: Relation.nullable(),
  /** Identifier in Sitrep's gazetteer, when the place was found there. */
  gazetteerId: z.string().nullable(),
});
export type Location = z.infer<typeof Location>;
