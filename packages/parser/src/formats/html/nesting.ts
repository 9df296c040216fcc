/** Elements that never hold others, so never add to the nesting. */
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
  let depth = 0;
  let i = html.indexOf("<");
  while (i >= 0 && i < html.length) {
    let j = i + 1;
    const closing = html[j] === "/";
    if (closing) j++;
    const nameStart = j;
    while (j < html.length && NAME_CHAR.test(html[j]!)) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    const next = html.indexOf("<", j);
    const end = html.indexOf(">", j);
    if (name && end >= 0 && (next < 0 || end < next)) {
      if (closing) depth = Math.max(0, depth - 1);
      else if (!VOID.has(name) && html[end - 1] !== "/" && ++depth > cap) return true;
    }
    i = next;
  }
  return false;
}
