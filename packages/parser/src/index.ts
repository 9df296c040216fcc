export { parse, ParseOptions } from "./parse.js";
export { ParseError, type ParseErrorCode } from "./errors.js";
export { PARSER_VERSION } from "./version.js";
export { sniffFormat } from "./input/sniff-format.js";
export { decodeInput, MAX_INPUT_BYTES } from "./input/decode.js";
export { extractEvents } from "./events/extract-events.js";
export { loadGazetteer, buildGazetteer, type Gazetteer, type GazetteerEntry } from "./places/gazetteer.js";
export { toAcledRows, toAcledCsv, ACLED_COLUMNS } from "./export/acled.js";
export { toGeoJson } from "./export/geojson.js";
