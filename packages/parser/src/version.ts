/** Bumped whenever parsing changes what it produces, so a store knows what to re-parse. */
export const PARSER_VERSION = "0.2.0";
