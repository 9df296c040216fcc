import { EventTypeName, SubEventTypeName, TAXONOMY } from "@sitrep/schema";
import { z } from "zod";
import { RuleError, compile, type Pattern } from "../../text/pattern.js";

/** How the verb of a typed sentence relates its actors: who is doer and who is done to. */
export type VerbRole = "violence" | "arrest" | "protest" | "response" | "accusation" | "statement" | "other";

/** An event type with one of its own sub-types: a pair the taxonomy does not hold does not compile. */
export type Kind = {
  [T in EventTypeName]: { type: T; sub: (typeof TAXONOMY)[T][number] };
}[EventTypeName];

/** Sentences of our own that justify a rule: it must read every `yes` and none of the `no`. */
export interface Examples {
  yes: readonly string[];
  no: readonly string[];
}

/** Anything a rule file holds: named, with the sentences that show what it reads and what not. */
export interface RuleRecord {
  id: string;
  examples: Examples;
}

const Examples = z.object({
  yes: z.array(z.string().min(1)).min(1, "needs at least one `yes` example"),
  no: z.array(z.string().min(1)).min(1, "needs at least one `no` example"),
});

const Record = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lower-case words joined by hyphens"),
  examples: Examples,
});

const KindShape = z
  .object({ type: EventTypeName, sub: SubEventTypeName })
  .refine((k) => (TAXONOMY[k.type] as readonly string[]).includes(k.sub), {
    message: "the sub-type is not one of its type's in the taxonomy",
  });

/**
 * Checks a table of rules when it loads: each an id of its own, examples both ways and, where
 * it types events, a type and sub-type the taxonomy holds. Fails naming the table and the rule.
 */
export function checkRules<R extends RuleRecord>(table: string, rules: readonly R[], typed = false): readonly R[] {
  const seen = new Set<string>();
  rules.forEach((rule, i) => {
    const what = `${table} rule ${JSON.stringify(rule.id ?? `#${i + 1}`)}`;
    const shape = (typed ? Record.and(KindShape) : Record).safeParse(rule);
    if (!shape.success) throw new RuleError(what, shape.error.issues.map(issue).join("; "));
    if (seen.has(rule.id)) throw new RuleError(what, "another rule of the table has this id");
    seen.add(rule.id);
  });
  return rules;
}

function issue(i: z.core.$ZodIssue): string {
  return i.path.length > 0 ? `${i.path.join(".")}: ${i.message}` : i.message;
}

/** A rule's pattern compiled, its flags "i" unless it is case-sensitive, its errors naming it. */
export function patternOf(
  table: string,
  rule: { id: string; match: Pattern; caseSensitive?: boolean },
  extraFlags = "",
): RegExp {
  return compile(rule.match, (rule.caseSensitive ? "" : "i") + extraFlags, `${table} rule "${rule.id}"`);
}
