import { isTag } from "domhandler";
import { classWeight } from "./boilerplate.js";
import { blocksOf, type PageFacts } from "./blocks.js";
import { elementsIn, findFirst, isElement, textOf, type AnyNode, type Document, type Element } from "./dom.js";
import { linkDensity, readTree, type Reading } from "./reading.js";

const SCORED = new Set(["p", "pre", "td", "blockquote", "h2", "h3", "section"]);
const CONTAINERS = new Set(["div", "article", "main", "section", "td", "center", "font", "span"]);

/**
 * The article's text blocks, found the way Mozilla's Readability finds them (score paragraphs
 * by length and commas, credit their ancestors, scale by link density, take the best and its
 * worthy siblings) on htmlparser2's light DOM, then read block by block with the page's
 * furniture left out.
 */
export function mainText(doc: Document, page: PageFacts = {}): string[] {
  const body = findFirst(doc, (el) => el.name === "body") ?? doc;
  let best: string[] = [];
  // Like Readability: when stripping unlikely-looking parts leaves too little, try again without.
  for (const stripUnlikely of [true, false]) {
    const reading = readTree(body, stripUnlikely);
    const { roots, keep } = articleRoots(body, reading);
    const paragraphs = blocksOf(roots, reading, page, keep);
    if (length(paragraphs) > length(best)) best = paragraphs;
    if (length(best) >= 500) break;
  }
  return best;
}

const length = (ps: string[]) => ps.reduce((n, p) => n + p.length, 0);

/** Readability's choice: the best-scoring container, and the siblings that belong with it. */
export function articleRoots(body: Element | Document, reading: Reading): { roots: Element[]; keep: Set<Element> } {
  const { dropped, stats } = reading;
  const scores = new Map<Element, number>();
  const initial = (el: Element) => {
    let s = classWeight(el);
    if (el.name === "div" || el.name === "article") s += 5;
    else if (el.name === "pre" || el.name === "td" || el.name === "blockquote") s += 3;
    else if (["address", "ol", "ul", "dl", "dd", "dt", "li", "form"].includes(el.name)) s -= 3;
    else if (/^h[1-6]$|^th$/.test(el.name)) s -= 5;
    if (el.name === "article" || el.attribs.itemprop === "articleBody") s += 10;
    return s;
  };
  const credit = (from: AnyNode | null, score: number) => {
    let ancestor = from;
    for (let level = 0; level < 5 && isElement(ancestor); level++, ancestor = ancestor.parent) {
      if (!scores.has(ancestor)) scores.set(ancestor, initial(ancestor));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, scores.get(ancestor)! + score / divider);
    }
  };
  for (const el of elementsIn(body, (e) => dropped.has(e))) {
    const s = stats.get(el);
    if (!s) continue;
    if (SCORED.has(el.name) || (el.name === "div" && !s.hasBlockChild)) {
      if (s.chars >= 25) credit(el.parent, 1 + s.commas + Math.min(Math.floor(s.chars / 100), 3));
    } else if (s.hasBlockChild && s.looseChars >= 25 && CONTAINERS.has(el.name)) {
      // Loose text beside blocks: Readability wraps it in a <p> of its own, whose parent is this element.
      credit(el, 1 + s.looseCommas + Math.min(Math.floor(s.looseChars / 100), 3));
    }
  }
  const ranked = [...scores]
    .map(([el, s]) => [el, s * (1 - linkDensity(stats.get(el)))] as const)
    .sort((a, b) => b[1] - a[1]);
  const final = new Map(ranked);
  const keep = new Set<Element>();
  if (ranked.length === 0 || !isElement(body)) return { roots: isElement(body) ? [body] : [], keep };
  let [top, topScore] = ranked[0]!;
  // The strongest candidates and what holds them are never cleaned away as furniture.
  for (const [el, score] of ranked.slice(0, 3)) {
    if (score < topScore * 0.5) break;
    for (let p: Element | null = el; isElement(p); p = isElement(p.parent) ? p.parent : null) keep.add(p);
  }

  // Several strong candidates under one ancestor: the article is that ancestor.
  const rivals = ranked
    .slice(1, 5)
    .filter(([, s]) => s / topScore >= 0.75)
    .map(([el]) => el);
  if (rivals.length >= 3) {
    for (let p = top.parent; isElement(p) && p !== body; p = p.parent) {
      if (rivals.filter((r) => contains(p as Element, r)).length >= 3) {
        top = p;
        break;
      }
    }
  }
  // A parent that scores better than the candidate holds more of the article.
  let last = final.get(top) ?? topScore;
  const threshold = last / 3;
  for (let p = top.parent; isElement(p) && p !== body; p = p.parent) {
    const s = final.get(p);
    if (s === undefined) continue;
    if (s < threshold) break;
    if (s > last) {
      top = p;
      break;
    }
    last = s;
  }
  while (isElement(top.parent) && top.parent !== body && elementChildren(top.parent).length === 1) top = top.parent;
  topScore = final.get(top) ?? topScore;

  const parent = top.parent;
  if (!isElement(parent)) return { roots: [top], keep };
  const siblingThreshold = Math.max(10, topScore * 0.2);
  const topClass = top.attribs.class ?? "";
  const roots: Element[] = [];
  for (const sib of elementChildren(parent)) {
    if (dropped.has(sib)) continue;
    if (sib === top) {
      roots.push(sib);
      continue;
    }
    const bonus = topClass && sib.attribs.class === topClass ? topScore * 0.2 : 0;
    const score = final.get(sib);
    if (score !== undefined && score + bonus >= siblingThreshold) {
      roots.push(sib);
      continue;
    }
    if (sib.name === "p") {
      const s = stats.get(sib);
      if (!s) continue;
      const density = linkDensity(s);
      if (
        (s.chars > 80 && density < 0.25) ||
        (s.chars > 0 && s.chars <= 80 && density === 0 && /\.( |$)/.test(textOf(sib).trim()))
      )
        roots.push(sib);
    }
  }
  return { roots, keep };
}

function contains(ancestor: Element, el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

export function elementChildren(el: Element): Element[] {
  return el.children.filter(isTag);
}
