// Patterns kept as data: one alternative a line, so that adding a word to a rule is a one-line diff
// and a reviewer reads a rule like a table. Three tags build them from a template literal (its raw
// text, so backslashes are written once, as in a regular expression literal):
//
//   words`...`   the alternatives as whole words:   \b(?:a|b|c)\b
//   either`...`  the alternatives as they stand:    a|b|c
//   oneOf`...`   a vocabulary, a named word list:   (?:a|b|c), put into other patterns as ${name}
//   fragment`..` a named piece of a pattern, one line, put into others as it stands
//
// Blank lines and lines that start with "//" are skipped; each line is trimmed, so a space that
// begins or ends an alternative is written [ ].

export interface Pattern {
  /** The alternatives, one a line as written. */
  readonly alternatives: readonly string[];
  /** The regular expression source they make. */
  readonly source: string;
}

/** A word list written once and referred to by name: a group `(?:a|b|c)` when put into a pattern. */
export interface Vocabulary extends Pattern {
  readonly vocabulary: true;
}

function lines(strings: TemplateStringsArray, values: readonly Vocabulary[]): string[] {
  let raw = strings.raw[0]!;
  values.forEach((v, i) => (raw += v.source + strings.raw[i + 1]!));
  return raw
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("//"));
}

export function words(strings: TemplateStringsArray, ...values: Vocabulary[]): Pattern {
  const alternatives = lines(strings, values);
  return { alternatives, source: `\\b(?:${alternatives.join("|")})\\b` };
}

export function either(strings: TemplateStringsArray, ...values: Vocabulary[]): Pattern {
  const alternatives = lines(strings, values);
  return { alternatives, source: alternatives.join("|") };
}

export function oneOf(strings: TemplateStringsArray, ...values: Vocabulary[]): Vocabulary {
  const alternatives = lines(strings, values);
  return { alternatives, source: `(?:${alternatives.join("|")})`, vocabulary: true };
}

/** A piece of a pattern on one line, named to be put into others as it stands (no group added). */
export function fragment(strings: TemplateStringsArray, ...values: Vocabulary[]): Vocabulary {
  const alternatives = lines(strings, values);
  if (alternatives.length !== 1) throw new RuleError("fragment", `is ${alternatives.length} lines, not one`);
  return { alternatives, source: alternatives[0]!, vocabulary: true };
}

/** The alternatives joined bare (`a|b|c`), for a vocabulary put inside a group of its own. */
export function bare(v: Pattern): string {
  return v.alternatives.join("|");
}

/**
 * The pattern's regular expression. When it does not compile, the alternative that fails is named
 * (`what`: the rule or list it belongs to) instead of the whole expression.
 */
export function compile(p: Pattern, flags: string, what: string): RegExp {
  try {
    return new RegExp(p.source, flags);
  } catch (whole) {
    p.alternatives.forEach((alt, i) => {
      try {
        new RegExp(alt, flags);
      } catch (e) {
        throw new RuleError(what, `line ${i + 1} (${alt.slice(0, 60)}) is not a regular expression: ${message(e)}`);
      }
    });
    throw new RuleError(what, `not a regular expression: ${message(whole)}`);
  }
}

/** A rule that cannot be loaded: its message names the rule and what is wrong with it. */
export class RuleError extends Error {
  constructor(what: string, problem: string) {
    super(`${what}: ${problem}`);
    this.name = "RuleError";
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
