/**
 * One expression that matches where any of `patterns` would: a stage tests a sentence with it
 * once before running each pattern, since most sentences match none of them.
 */
export function anyOf(patterns: readonly RegExp[], flags = ""): RegExp {
  // Read without its own "u", "s" or "m", a pattern means something else ("\p{Lu}" is "p{Lu}").
  for (const re of patterns) {
    const missing = [..."usm"].filter((f) => re.flags.includes(f) && !flags.includes(f));
    if (missing.length > 0)
      throw new Error(`anyOf: /${re.source.slice(0, 40)}.../ needs the flags ${missing.join("")}`);
  }
  return new RegExp(patterns.map((re) => `(?:${re.source})`).join("|"), flags);
}
