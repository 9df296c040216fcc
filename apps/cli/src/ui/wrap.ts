/**
 * Word-wraps text (free of control characters) to a width: one string a screen line. Done here,
 * not by ink, so the reader can scroll by screen lines and never draws past its height.
 */
export function wrapText(text: string, width: number): string[] {
  const max = Math.max(10, width);
  if (text.length === 0) return [""];
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let w = word;
    while (w.length > max) {
      if (line) {
        lines.push(line);
        line = "";
      }
      lines.push(w.slice(0, max));
      w = w.slice(max);
    }
    if (!line) line = w;
    else if (line.length + 1 + w.length <= max) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  return lines;
}
