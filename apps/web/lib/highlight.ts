/** A span of text that reports one or more events (indices into the article's events). */
export interface Mark {
  start: number;
  end: number;
  event: number;
}

export interface Segment {
  text: string;
  /** The events this stretch is evidence for, in order; empty for plain text. */
  events: number[];
}

/**
 * Cuts a text at every mark's edge, so overlapping evidence of several events stays
 * highlighted for each. Marks outside the text are clipped, empty ones ignored.
 */
export function segments(text: string, marks: readonly Mark[]): Segment[] {
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }))
    .filter((m) => m.end > m.start);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const events = [...new Set(valid.filter((m) => m.start <= from && m.end >= to).map((m) => m.event))].sort(
      (a, b) => a - b,
    );
    const last = out[out.length - 1];
    if (last && last.events.join() === events.join()) last.text += text.slice(from, to);
    else out.push({ text: text.slice(from, to), events });
  }
  return out.filter((s) => s.text.length > 0);
}
