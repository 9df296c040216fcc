/** The slice of a list to draw so the selected row stays in view. */
export function windowAround(selected: number, total: number, height: number): { start: number; end: number } {
  const size = Math.max(1, height);
  const start = Math.max(0, Math.min(selected - Math.floor(size / 2), total - size));
  return { start, end: Math.min(total, start + size) };
}
