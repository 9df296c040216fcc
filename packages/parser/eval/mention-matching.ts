// How ../shared/eval/README.md pairs an article's gold spans (toponyms, TIMEX3s) with the parser's
// mentions: by text, not offsets. Texts are folded (accents dropped, lower case, a leading "the"
// dropped, punctuation as spaces); pairs are made greedily, equal texts first, then one text holding
// the other as whole words.

export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

function holds(a: string, b: string): boolean {
  return a.length > 0 && b.length > 0 && ` ${a} `.includes(` ${b} `);
}

export interface Pairing<G, M> {
  pairs: Array<{ gold: G; mention: M }>;
  missed: G[];
  extra: M[];
}

export function pairUp<G extends { text: string }, M extends { text: string }>(
  gold: readonly G[],
  mentions: readonly M[],
): Pairing<G, M> {
  const g = gold.map((x) => fold(x.text));
  const m = mentions.map((x) => fold(x.text));
  const goldUsed = new Set<number>();
  const mentionUsed = new Set<number>();
  const pairs: Array<{ gold: G; mention: M }> = [];
  const pass = (same: (a: string, b: string) => boolean) => {
    for (let i = 0; i < gold.length; i++) {
      if (goldUsed.has(i)) continue;
      const j = m.findIndex((t, k) => !mentionUsed.has(k) && same(g[i]!, t));
      if (j < 0) continue;
      goldUsed.add(i);
      mentionUsed.add(j);
      pairs.push({ gold: gold[i]!, mention: mentions[j]! });
    }
  };
  pass((a, b) => a === b);
  pass((a, b) => holds(a, b) || holds(b, a));
  return {
    pairs,
    missed: gold.filter((_, i) => !goldUsed.has(i)),
    extra: mentions.filter((_, j) => !mentionUsed.has(j)),
  };
}

export function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
