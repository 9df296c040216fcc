/**
 * A search box query ("rocket attack", "Ain al-Asad", -protest, Iraq OR Syria, strike*) as
 * FTS5 syntax. Every word is quoted, so punctuation in user input is never FTS5 syntax and
 * never an error.
 */
export function toFts5Query(input: string): string {
  const tokens = [...input.matchAll(/(-?)"([^"]*)"|(-?)(\S+)/g)];
  const positive: string[] = [];
  const negative: string[] = [];
  let pendingOr = false;
  for (const m of tokens) {
    const negated = (m[1] ?? m[3]) === "-";
    const raw = m[2] ?? m[4] ?? "";
    if (m[4] === "OR") {
      pendingOr = positive.length > 0;
      continue;
    }
    const prefix = raw.endsWith("*");
    const words = raw
      .replace(/\*$/, "")
      .replace(/[^\p{L}\p{N}\s'’-]/gu, " ")
      .trim();
    if (!words) continue;
    const term = `"${words.replace(/"/g, '""')}"${prefix ? "*" : ""}`;
    if (negated) negative.push(term);
    else if (pendingOr) {
      positive[positive.length - 1] = `(${positive[positive.length - 1]} OR ${term})`;
      pendingOr = false;
    } else positive.push(term);
  }
  if (positive.length === 0) return '""';
  return [positive.join(" AND "), ...negative.map((n) => `NOT ${n}`)].join(" ");
}
