import { isTag, isText } from "domhandler";
import { isHidden, isUnlikely, NEVER_TEXT } from "./boilerplate.js";
import { BLOCK_TAGS, childrenOf, type AnyNode, type Element } from "./dom.js";

/** Per element: the text under it as a reader sees it, how much of that is link text, its commas. */
export interface Stats {
  chars: number;
  linkChars: number;
  commas: number;
  /** Paragraphs under the element: <p>, and containers holding loose text. */
  paragraphs: number;
  images: number;
  listItems: number;
  inputs: number;
  /** Text outside any block child: what Readability wraps in a <p> of its own. */
  looseChars: number;
  looseCommas: number;
  hasBlockChild: boolean;
}

export interface Reading {
  /** Elements dropped with everything under them. */
  dropped: Set<Element>;
  stats: Map<Element, Stats>;
}

const LOOSE_TEXT = new Set(["div", "section", "article", "main", "td", "center"]);

/** One pass, children before parents: what is dropped, and every element's text statistics. */
export function readTree(root: AnyNode, stripUnlikely: boolean): Reading {
  const dropped = new Set<Element>();
  const stats = new Map<Element, Stats>();
  const stack: Array<{ node: AnyNode; done: boolean }> = [{ node: root, done: false }];
  while (stack.length > 0) {
    const top = stack.pop()!;
    const node = top.node;
    if (!top.done) {
      if (
        isTag(node) &&
        node !== root &&
        (NEVER_TEXT.has(node.name) || isHidden(node) || (stripUnlikely && isUnlikely(node)))
      ) {
        dropped.add(node);
        continue;
      }
      stack.push({ node, done: true });
      const kids = childrenOf(node);
      for (let i = kids.length - 1; i >= 0; i--) if (isTag(kids[i]!)) stack.push({ node: kids[i]!, done: false });
      continue;
    }
    if (!isTag(node) && node !== root) continue;
    const s: Stats = {
      chars: 0,
      linkChars: 0,
      commas: 0,
      paragraphs: 0,
      images: 0,
      listItems: 0,
      inputs: 0,
      looseChars: 0,
      looseCommas: 0,
      hasBlockChild: false,
    };
    let own = 0;
    for (const kid of childrenOf(node)) {
      if (isText(kid)) {
        const t = kid.data;
        const n = visibleLength(t);
        own += n;
        s.chars += n;
        const commas = countCommas(t);
        s.commas += commas;
        s.looseChars += n;
        s.looseCommas += commas;
      } else if (isTag(kid) && !dropped.has(kid)) {
        const block = BLOCK_TAGS.has(kid.name);
        if (block) s.hasBlockChild = true;
        const k = stats.get(kid);
        if (!k) continue;
        if (!block && k.paragraphs === 0) {
          s.looseChars += k.chars;
          s.looseCommas += k.commas;
        }
        s.chars += k.chars;
        s.linkChars += kid.name === "a" ? k.chars : k.linkChars;
        s.commas += k.commas;
        s.paragraphs += k.paragraphs + (kid.name === "p" ? 1 : 0);
        s.images += k.images + (kid.name === "img" ? 1 : 0);
        s.listItems += k.listItems + (kid.name === "li" ? 1 : 0);
        s.inputs += k.inputs;
      } else if (isTag(kid) && kid.name === "input") {
        s.inputs++;
      }
    }
    // Loose text in a container is a paragraph too, as Readability turns such divs into <p>.
    if (isTag(node) && LOOSE_TEXT.has(node.name) && (own >= 25 || (!s.hasBlockChild && s.chars >= 25))) s.paragraphs++;
    if (isTag(node)) stats.set(node, s);
  }
  return { dropped, stats };
}

function visibleLength(t: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const isSpace = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (isSpace) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return n;
}

function countCommas(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 44 || c === 0x060c || c === 0xfe50 || c === 0xff0c || c === 0x3001) n++;
  }
  return n;
}

export function linkDensity(s: Stats | undefined): number {
  return !s || s.chars === 0 ? 0 : s.linkChars / s.chars;
}
