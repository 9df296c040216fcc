import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/browser";
import { WEB_DIR, sitrep, startSite, type Site } from "./support/site";

// The website as a reader meets it: Debian's Chromium against `next start` on a store the CLI filled.
const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const STEP = 60_000;

const PAGE_TO_ADD = `<!doctype html><html lang="en"><head><title>Grenade attack on market in Goma</title>
<meta property="article:published_time" content="2021-06-14T08:00:00Z"></head><body><article><h1>Grenade attack on market in Goma</h1>
<p>A grenade thrown into a crowded market in Goma on Sunday wounded eleven people, the provincial governor said.</p>
<p>Police cordoned off the market after the blast and arrested two suspects, the governor said.</p></article></body></html>`;

/** Waits until the page's scripts run (the shortcuts mark the document when they listen). */
async function interactive(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.shortcuts === "on");
}

describe("the website", () => {
  let dir: string;
  let db: string;
  let site: Site;
  let open: Site;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let local: Server;
  let localUrl: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sitrep-web-"));
    db = join(dir, "store.db");
    const ingest = sitrep(db, ["ingest", "samples", join(WEB_DIR, "test/fixtures")]);
    expect(ingest.status, ingest.stderr).toBe(0);
    local = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(PAGE_TO_ADD);
    });
    await new Promise<void>((r) => local.listen(0, "127.0.0.1", r));
    const address = local.address();
    localUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/goma`;
    [site, open, browser] = await Promise.all([
      startSite(db),
      startSite(db, { SITREP_ALLOW_PRIVATE_FETCH: "1" }),
      launchChromium(),
    ]);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([site?.stop(), open?.stop()]);
    await new Promise((r) => local?.close(r));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(
    "goes from the list to an article, its event and the map",
    async () => {
      await page.goto(`${site.url}/`);
      await expect.poll(() => page.locator("[data-nav-item]").count()).toBe(7);
      await page.getByRole("link", { name: "Rockets strike Iraq's Ain al-Asad base hosting US troops" }).click();
      await page.waitForURL(/\/articles\/a_[0-9a-f]{16}$/);
      // The reader is plain HTML: the site's one small script, no framework.
      expect(await page.locator("script").evaluateAll((ss) => ss.map((s) => s.getAttribute("src")))).toEqual([
        "/sitrep.js",
      ]);
      const card = page.locator(".event-card").first();
      expect(await card.locator("h3").innerText()).toContain("Shelling/artillery/missile attack");
      expect(await card.innerText()).toMatch(/Al Asad Air Base, Anbar, Iraq/);
      expect(await card.innerText()).toMatch(/Killed\s+0/);
      // Evidence in the text links to its card.
      const evidence = page.locator("a.evidence").first();
      expect(await evidence.getAttribute("href")).toBe("#event-0");
      await card.getByRole("link", { name: /Event page/ }).click();
      await page.waitForURL(/\/events\/g_/);
      expect(await page.locator("h1").innerText()).toContain("Shelling/artillery/missile attack");
      expect(await page.locator(".reports blockquote").first().innerText()).toContain("five rockets");
      expect(await page.locator(".map-small circle.marker").count()).toBe(1);
      await page.goto(`${site.url}/events`);
      expect(await page.locator(".map svg path").count()).toBeGreaterThan(150);
      const markers = page.locator(".map a circle.marker");
      expect(await markers.count()).toBeGreaterThanOrEqual(5);
      // Both Kabul reports sit on one point: the marker drawn last is the one on top.
      const kabul = page.locator('.map a[aria-label*="Kabul"]').last();
      await kabul.click();
      await page.waitForURL(/\/events\/g_/);
      expect(await page.locator("h1").innerText()).toContain("Kabul");
    },
    STEP,
  );

  it(
    "searches the full text with facets, and the URL holds the search",
    async () => {
      await page.goto(`${site.url}/`);
      await page.getByLabel("Search", { exact: true }).fill("minibus");
      await page.getByLabel("Search", { exact: true }).press("Enter");
      await page.waitForURL(/q=minibus/);
      expect(await page.locator("[data-nav-item]").count()).toBe(2);
      expect(await page.locator(".snippet mark").first().innerText()).toMatch(/minibus/i);
      await page
        .locator(".facets")
        .getByRole("link", { name: /afghan-wire\.example/ })
        .click();
      await page.waitForURL(/source=afghan-wire\.example/);
      expect(await page.locator("[data-nav-item]").count()).toBe(1);
      // The same URL, opened afresh, gives the same result.
      const shared = await browser.newPage();
      await shared.goto(page.url());
      expect(await shared.locator("[data-nav-item] h2").innerText()).toBe(
        "Minibus blast in west Kabul leaves four dead",
      );
      await shared.close();
      // The month facet sets the date range.
      await page.goto(`${site.url}/`);
      await page
        .locator(".facets")
        .getByRole("link", { name: /December 2019/ })
        .click();
      await page.waitForURL(/from=2019-12-01&to=2019-12-31/);
      expect(await page.locator("[data-nav-item] h2").allInnerTexts()).toEqual([
        "Rockets strike Iraq's Ain al-Asad base hosting US troops",
      ]);
    },
    STEP,
  );

  it(
    "filters articles and events by type, country and dates",
    async () => {
      await page.goto(`${site.url}/`);
      await page.getByLabel("Event type").selectOption("Protests");
      await page.getByRole("button", { name: "Search" }).click();
      await page.waitForURL(/type=Protests/);
      expect(await page.locator("[data-nav-item] h2").allInnerTexts()).toEqual([
        "Thousands march in Santiago over pension reform",
      ]);
      await page.goto(`${site.url}/events?country=AF`);
      const titles = await page.locator(".event-item h3").allInnerTexts();
      expect(titles.length).toBeGreaterThan(0);
      expect(titles.every((t) => t.includes("Afghanistan"))).toBe(true);
      await page.goto(`${site.url}/events?from=2019-01-01&to=2019-12-31`);
      expect(await page.locator(".day h2").allInnerTexts()).toContainEqual(
        expect.stringMatching(/^Tuesday,? 3 December 2019$/),
      );
      await page.goto(`${site.url}/events?from=2020-01-02&to=2020-01-01`);
      expect(await page.locator("p.error").innerText()).toMatch(/from must not be after to/);
    },
    STEP,
  );

  it(
    "adds an article by paste, and tells what is wrong beside the field",
    async () => {
      await page.goto(`${site.url}/add`);
      await interactive(page);
      await page.getByRole("button", { name: "Add article" }).click();
      const error = page.locator("#form-error");
      await error.waitFor();
      expect(await error.innerText()).toMatch(/Paste the text, choose a file or give an address/);
      const text =
        "Protesters clash with police in Nairobi\n\nPolice fired tear gas at hundreds of protesters in central Nairobi on Tuesday as demonstrations over rising food prices turned violent, witnesses said.\n\nSeveral shops were looted and at least 20 people were arrested, police said.";
      await page.getByLabel("The article’s text").fill(text);
      await page.getByRole("button", { name: "Add article" }).click();
      await page.waitForURL(/\/articles\/a_[0-9a-f]{16}$/);
      expect(await page.locator("h1").innerText()).toBe("Protesters clash with police in Nairobi");
    },
    STEP,
  );

  it(
    "fetches an article by URL only where private addresses are allowed",
    async () => {
      await page.goto(`${site.url}/add`);
      await interactive(page);
      await page.getByLabel("Address of an article (URL)").fill(localUrl);
      await page.getByRole("button", { name: "Add article" }).click();
      const refusal = page.locator("#url-error");
      await refusal.waitFor();
      expect(await refusal.innerText()).toMatch(/127\.0\.0\.1 is a private or local address/);
      await page.goto(`${open.url}/add`);
      await interactive(page);
      await page.getByLabel("Address of an article (URL)").fill(localUrl);
      await page.getByRole("button", { name: "Add article" }).click();
      await page.waitForURL(/\/articles\/a_[0-9a-f]{16}$/);
      expect(await page.locator("h1").innerText()).toBe("Grenade attack on market in Goma");
      expect(await page.locator(".event-card h3").first().innerText()).toContain("Grenade");
    },
    STEP,
  );

  it(
    "answers the keyboard: j/k, o, / and ? for help",
    async () => {
      await page.goto(`${site.url}/`);
      await interactive(page);
      const titles = await page.locator("[data-nav-item] h2").allInnerTexts();
      const current = () => page.locator("[data-nav-item].current h2").allInnerTexts();
      await page.keyboard.press("j");
      expect(await current()).toEqual([titles[0]]);
      await page.keyboard.press("j");
      expect(await current()).toEqual([titles[1]]);
      await page.keyboard.press("k");
      expect(await current()).toEqual([titles[0]]);
      await page.keyboard.press("?");
      const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
      await help.waitFor();
      expect(await help.innerText()).toContain("Next item");
      await page.keyboard.press("Escape");
      await help.waitFor({ state: "hidden" });
      await page.keyboard.press("/");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("q");
      await page.keyboard.press("Escape");
      // The selection stays where it was: j moves on to the second article, o opens it.
      await page.keyboard.press("j");
      await page.keyboard.press("o");
      await page.waitForURL(/\/articles\//);
      expect(await page.locator("h1").innerText()).toBe(titles[1]);
    },
    STEP,
  );

  it(
    "switches to the dark theme and keeps it",
    async () => {
      await page.goto(`${site.url}/events`);
      const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      const light = await background();
      await page.getByRole("button", { name: "Dark" }).click();
      await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
      expect(page.url()).toBe(`${site.url}/events`);
      expect(await background()).not.toBe(light);
      await page.goto(`${site.url}/`);
      expect(await page.locator("html").getAttribute("data-theme")).toBe("dark");
      // The reader, rendered ahead of time, takes the choice from the cookie in the browser.
      await page.locator("[data-nav-open]").first().click();
      await page.waitForURL(/\/articles\//);
      expect(await page.locator("html").getAttribute("data-theme")).toBe("dark");
      expect(await page.getByRole("button", { name: "Dark" }).getAttribute("aria-pressed")).toBe("true");
      await page.goto(`${site.url}/`);
      await page.getByRole("button", { name: "System" }).click();
      await page.waitForFunction(() => document.documentElement.dataset.theme === "system");
      const dark = await browser.newContext({ colorScheme: "dark" });
      const p = await dark.newPage();
      await p.goto(`${site.url}/`);
      expect(await p.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe(light);
      await dark.close();
    },
    STEP,
  );

  it(
    "runs nothing an article carries: no script, no handler, no javascript: link",
    async () => {
      const hostile = await browser.newPage();
      const violations: string[] = [];
      hostile.on("console", (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      hostile.on("dialog", (d) => void d.dismiss());
      const found = (await (await fetch(`${site.url}/api/articles?q=pwned`)).json()) as {
        items: Array<{ id: string }>;
      };
      expect(found.items).toHaveLength(1);
      await hostile.goto(`${site.url}/articles/${found.items[0]!.id}`);
      expect(await hostile.locator("h1").innerText()).toContain("<script>");
      await hostile.locator("body").click({ position: { x: 5, y: 300 } });
      for (const p of await hostile.locator(".body p").all()) await p.click();
      expect(await hostile.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(
        await hostile.locator("main script, main iframe, main [onerror], main [onclick], main [onload]").count(),
      ).toBe(0);
      const hrefs = await hostile
        .locator("main a[href]")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
      expect(hrefs.some((h) => /^\s*javascript:/i.test(h))).toBe(false);
      const csp = (await hostile.request.get(hostile.url())).headers()["content-security-policy"] ?? "";
      // The reader is rendered ahead of time with no inline script: this site's files only.
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toContain("unsafe-inline");
      expect(await hostile.locator("script:not([src])").count()).toBe(0);
      const listPolicy = (await hostile.request.get(`${site.url}/`)).headers()["content-security-policy"] ?? "";
      expect(listPolicy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
      expect(listPolicy).not.toContain("unsafe-inline");
      expect(violations).toEqual([]);
      await hostile.close();
    },
    STEP,
  );

  it(
    "answers bad API queries with 400 and a message, good ones with JSON pages",
    async () => {
      const bad = await fetch(`${site.url}/api/events?limit=lots`);
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: string }).error).toMatch(/limit/);
      expect((await fetch(`${site.url}/api/articles?type=Parades`)).status).toBe(400);
      expect((await fetch(`${site.url}/api/articles?cursor=garbage`)).status).toBe(400);
      const first = (await (await fetch(`${site.url}/api/articles?limit=3`)).json()) as {
        items: Array<{ id: string }>;
        next: string | null;
      };
      expect(first.items).toHaveLength(3);
      const second = (await (
        await fetch(`${site.url}/api/articles?limit=3&cursor=${encodeURIComponent(first.next!)}`)
      ).json()) as { items: Array<{ id: string }> };
      expect(second.items.map((i) => i.id)).not.toContain(first.items[0]!.id);
      const csv = await (await fetch(`${site.url}/api/export?format=acled&country=IQ`)).text();
      expect(csv.split("\n")[0]).toContain("event_date");
      expect(csv).toContain("Anbar");
      const geo = (await (await fetch(`${site.url}/api/export?format=geojson&country=AF`)).json()) as {
        features: unknown[];
      };
      expect(geo.features.length).toBeGreaterThan(0);
      const atom = await (await fetch(`${site.url}/feed.xml?q=Kabul`)).text();
      expect(atom).toContain("<feed");
      expect((atom.match(/<entry>/g) ?? []).length).toBe(2);
    },
    STEP,
  );

  it(
    "fits a 360 px screen without sideways scrolling",
    async () => {
      const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const p = await phone.newPage();
      for (const path of ["/", "/events", "/add"]) {
        await p.goto(`${site.url}${path}`);
        expect(await p.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      }
      await phone.close();
    },
    STEP,
  );

  it("has no serious or critical accessibility violation on any page (axe-core)", async () => {
    // axe is injected through the DevTools protocol, so the page's CSP stays as it is.
    const pages = ["/", "/?q=rockets", "/events", "/add"];
    await page.goto(`${site.url}/`);
    const article = await page.locator("[data-nav-open]").first().getAttribute("href");
    await page.goto(`${site.url}/events`);
    const event = await page.locator("[data-nav-open]").first().getAttribute("href");
    pages.push(article!, event!);
    for (const theme of ["light", "dark"] as const) {
      const themed = await browser.newContext({ colorScheme: theme });
      const p = await themed.newPage();
      for (const path of pages) {
        await p.goto(`${site.url}${path}`);
        await p.evaluate(AXE);
        const found = await p.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run: (ctx: Document) => Promise<{
                  violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown }> }>;
                }>;
              };
            }
          ).axe;
          const result = await axe.run(document);
          return result.violations
            .filter((v) => v.impact === "serious" || v.impact === "critical")
            .map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
        });
        expect(found, `${theme} ${path}`).toEqual([]);
      }
      await themed.close();
    }
  }, 120_000);

  it(
    "shifts no layout while a page loads",
    async () => {
      for (const path of ["/", "/events"]) {
        const p = await browser.newPage();
        await p.goto(`${site.url}${path}`, { waitUntil: "networkidle" });
        const shift = await p.evaluate(
          () =>
            new Promise<number>((resolve) => {
              let total = 0;
              new PerformanceObserver((list) => {
                for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
              }).observe({ type: "layout-shift", buffered: true });
              setTimeout(() => resolve(total), 300);
            }),
        );
        expect(shift, path).toBeLessThan(0.01);
        await p.close();
      }
    },
    STEP,
  );
});
