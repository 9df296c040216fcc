/**
 * One expression that matches where any of `patterns` would: a stage tests a sentence with it
 * once before running each pattern, since most sentences match none of them.
 */
export function anyOf(patterns: readonly RegExp[], flags = ""): RegExp {
  return new RegExp(patterns.map((re) => `(?:${re.source})`).join("|"), flags);
}
