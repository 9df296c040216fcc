import { parse } from "./packages/parser/src/index.ts";
const MB = 1024 * 1024;
const fill = (unit: string, bytes: number) => unit.repeat(Math.floor(bytes / unit.length));
const cases: Record<string, () => string> = {
  lt5m: () => "<html><body>" + fill("<", 5 * MB),
  lt1m: () => "<html><body>" + fill("<", 1 * MB),
  ltp1m: () => "<html><body>" + fill("<P<A", 1 * MB),
  svg1m: () => "<html><body>" + fill("<SVG<", 1 * MB),
  tab1m: () => "Title\n\n" + fill("\t", 1 * MB) + "\u0000\t",
  tabhtml: () => "<html><head><title>" + fill("\t", 1 * MB) + "|x</title></head><body><p>x</p></body></html>",
  metatab: () => '<html><head><meta name="author" content="' + fill("\t", 1 * MB) + ',"></head><body><p>Hello there.</p></body></html>',
  copy: () => "<html><body><p>x</p><figure><img src=a.jpg><figcaption>" + fill(" ©\u0000", 1 * MB) + "[</figcaption></figure></body></html>",
  brk: () => "Title\n\n" + ")YG" + fill("([B", 1 * MB),
  tagline: () => "TAG\n" + fill("\t", 1 * MB) + "\u0000\n",
  hash: () => "Title\n\n" + fill("\t", 1 * MB) + "\u0000#",
  feed: () => '<?xml version="1.0"?><rss>' + fill("<", 1 * MB),
  toll: () => "Title\n\n" + fill("TOLL ROSE DFRBUY ", 1 * MB),
  pthe: () => "Title\n\n" + fill("P THE ", 1 * MB),
  dots: () => "Title\n\n" + fill(".", 1 * MB),
  caps: () => "Title\n\n" + fill("A", 1 * MB) + "\tA\t",
};
for (const [k, f] of Object.entries(cases)) {
  if (process.argv[2] && !process.argv.slice(2).includes(k)) continue;
  const s = f(); const t = performance.now();
  try { parse(s); } catch (e) { console.log(k, "error", (e as Error).message.slice(0, 80)); }
  console.log(k, (s.length / MB).toFixed(2), "MB", (performance.now() - t).toFixed(0), "ms");
}
