/**
 * The parser's light entry point: its version, the exports and the geometry, without the
 * HTML, feed and language engines behind `parse`. A program that only reads a store (the
 * terminal UI, the website) starts faster and smaller with this than with the full package.
 */
export { PARSER_VERSION } from "./version.js";
export { ParseError, type ParseErrorCode } from "./errors.js";
export { MAX_INPUT_BYTES } from "./input/limits.js";
export { toAcledRows, toAcledCsv, ACLED_COLUMNS, acledRow, type AcledRow } from "./export/acled.js";
export { toGeoJson } from "./export/geojson.js";
export { canonicalUrl, domainOf } from "./article/url.js";
export { distanceKm } from "./places/geo.js";
