import type { Article, Evidence } from "@sitrep/schema";
import { splitSentences } from "../text/sentences.js";

/** One sentence of the article, with where it sits: what evidence spans point at. */
export interface Sentence {
  part: Evidence["part"];
  paragraph: number | null;
  start: number;
  end: number;
  text: string;
  /** Position in reading order, title first. */
  order: number;
}

/** The article's sentences in reading order, title first, the first `limit` of them. */
export function segmentArticle(article: Article, limit = Infinity): Sentence[] {
  const out: Sentence[] = [];
  const push = (part: Evidence["part"], paragraph: number | null, text: string) => {
    for (const s of splitSentences(text, limit - out.length))
      out.push({ part, paragraph, start: s.start, end: s.end, text: s.text, order: out.length });
  };
  if (article.title) push("title", null, article.title);
  if (article.standfirst) push("standfirst", null, article.standfirst);
  for (let i = 0; i < article.paragraphs.length && out.length < limit; i++) push("body", i, article.paragraphs[i]!);
  return out;
}

export function evidenceOf(s: Sentence): Evidence {
  return { part: s.part, paragraph: s.paragraph, start: s.start, end: s.end, text: s.text };
}
