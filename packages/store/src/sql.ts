/**
 * A small SQL builder: `sql` templates keep values apart from text, nest, and render with
 * either engine's placeholders (? for SQLite, $1 for PostgreSQL). Values are never spliced in.
 */
export class Sql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  // The template's own strings array: the same object each time the template runs, so its
  // rendered text can be kept (see render).
  return new Sql(strings, values);
}

/** Trusted SQL text (identifiers, keywords chosen by code, never by input). */
export function raw(text: string): Sql {
  return new Sql([text], []);
}

export function join(parts: readonly Sql[], separator: string): Sql {
  if (parts.length === 0) return raw("");
  const strings: string[] = [""];
  const values: unknown[] = [];
  parts.forEach((part, i) => {
    if (i > 0) strings[strings.length - 1] += separator;
    values.push(part);
    strings.push("");
  });
  return new Sql(strings, values);
}

/** `WHERE a AND b`, or nothing when there are no conditions. */
export function where(conditions: readonly Sql[]): Sql {
  return conditions.length === 0 ? raw("") : sql`WHERE ${join(conditions, " AND ")}`;
}

export type PlaceholderStyle = "question" | "dollar";

/**
 * The text of templates without nested SQL, by template and style: an ingest runs the same few
 * statements for every article, and a text made afresh each time must also be hashed afresh to
 * find its prepared statement.
 */
const flatTexts = new WeakMap<readonly string[], Partial<Record<PlaceholderStyle, string>>>();

export function render(query: Sql, style: PlaceholderStyle): { text: string; params: unknown[] } {
  // Frozen: a template's strings (raw() and join() make arrays of their own, each used once).
  if (Object.isFrozen(query.strings) && !query.values.some((v) => v instanceof Sql)) {
    const texts = flatTexts.get(query.strings) ?? {};
    let text = texts[style];
    if (text === undefined) {
      text = renderFlat(query.strings, style);
      texts[style] = text;
      flatTexts.set(query.strings, texts);
    }
    return { text, params: query.values.map((v) => (typeof v === "boolean" ? (v ? 1 : 0) : v)) };
  }
  const params: unknown[] = [];
  const walk = (q: Sql): string => {
    let text = q.strings[0] ?? "";
    q.values.forEach((value, i) => {
      if (value instanceof Sql) text += walk(value);
      else {
        params.push(typeof value === "boolean" ? (value ? 1 : 0) : value);
        text += style === "question" ? "?" : `$${params.length}`;
      }
      text += q.strings[i + 1] ?? "";
    });
    return text;
  };
  return { text: walk(query), params };
}

function renderFlat(strings: readonly string[], style: PlaceholderStyle): string {
  let text = strings[0] ?? "";
  for (let i = 1; i < strings.length; i++) text += (style === "question" ? "?" : `$${i}`) + strings[i];
  return text;
}
