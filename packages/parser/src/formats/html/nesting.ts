/** Elements that never hold others, so never add to the nesting. */
// prettier-ignore
const VOID = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
]);

const NAME_CHAR = /[A-Za-z0-9-]/;

/**
 * Whether the page's elements nest deeper than `cap`, read from its tags alone in one pass (a
 * tag is only a '<' and a name up to its '>', so no character is read twice). The DOM parser
 * keeps its open elements in an array it shifts at every tag, so a page of 100,000 unclosed
 * `<div><span>` cost it the square of that; such a page is read without its structure.
 */
export function nestsDeeperThan(html: string, cap: number): boolean {
  const next = forwardSearch(html);
  let depth = 0;
  let i = html.indexOf("<");
  while (i >= 0) {
    let j = i + 1;
    const closing = html[j] === "/";
    if (closing) j++;
    const nameStart = j;
    while (j < html.length && NAME_CHAR.test(html[j]!)) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    const lt = next("<", j);
    const gt = next(">", j);
    if (name && gt >= 0 && (lt < 0 || gt < lt)) {
      if (closing) depth = Math.max(0, depth - 1);
      else if (!VOID.has(name) && html[gt - 1] !== "/" && ++depth > cap) return true;
    }
    i = lt;
  }
  return false;
}

/**
 * indexOf for a scan that only moves forward: the last answer for a character is kept while it
 * is still ahead, so "<<<<..." without a '>' does not search to the end once per '<'.
 */
function forwardSearch(text: string): (ch: string, from: number) => number {
  const found = new Map<string, number>();
  return (ch, from) => {
    const at = found.get(ch);
    if (at !== undefined && (at === -1 || at >= from)) return at;
    const index = text.indexOf(ch, from);
    found.set(ch, index);
    return index;
  };
}
