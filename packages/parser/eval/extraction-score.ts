// The article-extraction benchmark's scoring, exactly as ../shared/eval/README.md defines it:
// tokens are \w+ (Unicode), shingles are runs of 4 tokens counted as a multiset, per page
// tp/fp/fn, then precision and recall as means over pages, F1 of the two means.

const WORD = /[\p{L}\p{N}\p{M}_]+/gu;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(WORD) ?? [];
  const out = new Map<string, number>();
  const add = (s: string) => out.set(s, (out.get(s) ?? 0) + 1);
  if (tokens.length === 0) return out;
  if (tokens.length < 4) add(tokens.join(" "));
  else for (let i = 0; i + 4 <= tokens.length; i++) add(tokens.slice(i, i + 4).join(" "));
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

export function scorePage(truth: string, predicted: string): PageScore {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [s, n] of t) {
    const m = p.get(s) ?? 0;
    tp += Math.min(n, m);
    fn += Math.max(0, n - m);
  }
  for (const [s, m] of p) fp += Math.max(0, m - (t.get(s) ?? 0));
  const sum = tp + fp + fn || 1;
  return { tp: tp / sum, fp: fp / sum, fn: fn / sum };
}

export function pagePrecision(s: PageScore): number | null {
  if (s.fp === 0 && s.fn === 0) return 1;
  return s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : null;
}

export function pageRecall(s: PageScore): number | null {
  if (s.fp === 0 && s.fn === 0) return 1;
  return s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : null;
}

export function summarise(scores: PageScore[]): { precision: number; recall: number; f1: number } {
  const mean = (values: Array<number | null>) => {
    const known = values.filter((v): v is number => v !== null);
    return known.reduce((a, b) => a + b, 0) / (known.length || 1);
  };
  const precision = mean(scores.map(pagePrecision));
  const recall = mean(scores.map(pageRecall));
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
