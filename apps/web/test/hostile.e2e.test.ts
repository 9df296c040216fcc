import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/browser";
import { sitrep, startSite, type Site } from "./support/site";

// The site against what an attacker or an unlucky user sends it.
const STEP = 90_000;

const JS_RECORD = JSON.stringify({
  title: "Rockets hit Kabul airport",
  maintext: "Three rockets struck Kabul airport on Monday, police said.",
  date_publish: "2021-06-09 10:00:00",
  url: "javascript:alert(document.cookie)",
});

async function submitFile(page: Page, site: Site, name: string, content: string): Promise<void> {
  await page.goto(`${site.url}/add`);
  await page.waitForFunction(() => document.documentElement.dataset.shortcuts === "on");
  await page.locator("#file").setInputFiles({ name, mimeType: "text/plain", buffer: Buffer.from(content) });
  await page.getByRole("button", { name: "Add article" }).click();
}

describe("the website on hostile input", () => {
  let dir: string;
  let site: Site;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sitrep-web-hostile-"));
    const db = join(dir, "store.db");
    writeFileSync(join(dir, "js.json"), JS_RECORD);
    const ingest = sitrep(db, ["ingest", "samples", join(dir, "js.json")]);
    expect(ingest.status, ingest.stderr).toBe(0);
    [site, browser] = await Promise.all([startSite(db), launchChromium()]);
    page = await (await browser.newContext()).newPage();
  }, STEP);

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(
    "answers a bad cursor on the pages with words, not a blank 500",
    async () => {
      for (const path of ["/?cursor=zzz", "/events?cursor=zzz"]) {
        const response = await page.goto(`${site.url}${path}`);
        expect(response?.status(), path).toBeLessThan(500);
        expect(await page.locator("p.error").innerText()).toMatch(/the page cursor is not one this store gave out/);
      }
    },
    STEP,
  );

  it(
    "refuses bad limits, cursors and flags in the API with 400 and words, and sends nosniff",
    async () => {
      const cases: Array<[string, RegExp]> = [
        ["/api/articles?limit=-5", /limit must be a whole number from 1 to 500/],
        ["/api/events?limit=100000", /limit must be a whole number from 1 to 500/],
        ["/api/articles?read=2", /read/],
        ["/api/events?cursor=zzz", /the page cursor is not one this store gave out/],
      ];
      for (const [path, message] of cases) {
        const response = await fetch(`${site.url}${path}`);
        expect(response.status, path).toBe(400);
        expect(((await response.json()) as { error: string }).error, path).toMatch(message);
        expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      }
      const ok = await fetch(`${site.url}/api/articles?limit=1`);
      expect(ok.headers.get("x-content-type-options")).toBe("nosniff");
    },
    STEP,
  );

  it(
    "gives out no javascript: address in the API or the GeoJSON export",
    async () => {
      const found = (await (await fetch(`${site.url}/api/articles?q=kabul`)).json()) as {
        items: Array<{ title: string; url: string | null }>;
      };
      const hit = found.items.find((i) => i.title === "Rockets hit Kabul airport");
      expect(hit).toBeTruthy();
      expect(hit?.url).toBeNull();
      const geojson = await (await fetch(`${site.url}/api/export?format=geojson&q=kabul`)).text();
      expect(geojson).toContain("Kabul");
      expect(geojson).not.toContain("javascript:");
    },
    STEP,
  );

  it(
    "takes a file over 1 MB, as the form promises 5 MB",
    async () => {
      const body = "Police fired tear gas at protesters in central Nairobi on Tuesday, witnesses said. ".repeat(18_000);
      await submitFile(page, site, "long.txt", `Protest in Nairobi\n\n${body}`);
      await page.waitForURL(/\/articles\/a_[0-9a-f]{16}$/, { timeout: 60_000 });
      expect(await page.locator("h1").innerText()).toBe("Protest in Nairobi");
    },
    STEP,
  );

  it(
    "answers other requests within a second while a slow upload is parsed",
    async () => {
      // 4.9 MB with no full stop: seconds of parsing, which froze the whole site on its request thread.
      const slow = JSON.stringify({
        title: "T",
        maintext: "Five rockets struck the base on Tuesday and ".repeat(110_000),
      });
      const upload = submitFile(page, site, "slow.json", slow);
      const latencies: number[] = [];
      const started = Date.now();
      await new Promise((r) => setTimeout(r, 500));
      while (Date.now() - started < 6000) {
        const t = performance.now();
        expect((await fetch(`${site.url}/api/articles?limit=1`)).status).toBe(200);
        latencies.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 100));
      }
      await upload;
      await page.waitForURL(/\/articles\/a_[0-9a-f]{16}$/, { timeout: 60_000 });
      expect(latencies.length).toBeGreaterThan(5);
      expect(Math.max(...latencies)).toBeLessThan(1000);
    },
    STEP,
  );
});
