import { launchChromium } from "../test/support/browser.js";
const b = await launchChromium();
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
p.on("console", (m) => console.log("console:", m.type(), m.text().slice(0, 300)));
p.on("pageerror", (e) => console.log("pageerror:", e.message));
await p.goto("http://localhost:3100/", { waitUntil: "networkidle" });
await p.waitForFunction(() => document.documentElement.dataset.shortcuts === "on");
for (const k of ["j", "j", "k"]) {
  await p.keyboard.press(k);
  console.log(
    k,
    await p.locator("[data-nav-item].current h2").allInnerTexts(),
    await p.evaluate(() => document.activeElement?.textContent),
  );
}
await p.goto("http://localhost:3100/add", { waitUntil: "networkidle" });
await p.waitForFunction(() => document.documentElement.dataset.shortcuts === "on");
await p
  .getByLabel("The article’s text")
  .fill(
    "Protesters clash with police in Nairobi\n\nPolice fired tear gas at hundreds of protesters in central Nairobi on Tuesday, witnesses said.",
  );
await p.getByRole("button", { name: "Add article" }).click();
await p.waitForTimeout(3000);
console.log(p.url(), await p.locator("[role=alert]").allInnerTexts());
await b.close();
