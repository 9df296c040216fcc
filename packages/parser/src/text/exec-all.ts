/**
 * Every match of a global regular expression in `text`. String.prototype.matchAll copies the
 * expression on each call, which on the event pipeline's hot path (a few dozen patterns over
 * each sentence) costs more than the matching; this runs the expression itself, from the start,
 * and leaves its lastIndex at 0.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`execAll needs a global expression: ${re.source.slice(0, 40)}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push(m);
    // An empty match would find itself again forever.
    if (m[0] === "") re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/**
 * The match of a pattern anchored at the end (`...$`), read in the last `reach` characters only,
 * its index into the whole text. Tried from every position, such a pattern costs the text's length
 * times its own reach; what it finds (a credit, a suffix) lies within its reach of the end anyway.
 */
export function execNearEnd(re: RegExp, text: string, reach: number): RegExpExecArray | null {
  if (text.length <= reach) return re.exec(text);
  const from = text.length - reach;
  const m = re.exec(text.slice(from));
  if (m) m.index += from;
  return m;
}
