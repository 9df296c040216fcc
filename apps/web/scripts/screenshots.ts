// npm run screenshots -w @sitrep/web -- <base URL>: the README's pictures of the list, the reader
// and the events map, taken in Debian's Chromium from a running site.
import { launchChromium } from "../test/support/browser.js";

const base = process.argv[2] ?? "http://localhost:3000";
const out = new URL("../../../docs/screenshots/", import.meta.url);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
const shoot = async (path: string, name: string) => {
  await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
  await page.screenshot({ path: new URL(name, out).pathname });
  console.log(`${name}: ${base}${path}`);
};
await shoot("/", "articles.png");
const first = await page.locator("[data-nav-open]").first().getAttribute("href");
await shoot(process.argv[3] ?? first ?? "/", "reader.png");
await shoot("/events", "events.png");
await browser.close();
