// Screenshots for looking at the page as a reader: node tests/tools/screenshot.mjs URL OUT.png [width] [selector]
import { chromium } from "@playwright/test";
const [url, out, width = "1280", selector] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, deviceScaleFactor: 2, colorScheme: process.env.DARK ? "dark" : "light" });
page.on("console", (m) => m.type() === "error" && console.log("console error:", m.text()));
page.on("pageerror", (e) => console.log("page error:", e.message));
await page.goto(url);
await page.waitForSelector("main#lesson");
await page.waitForTimeout(500);
if (selector) {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  await page.locator(selector).first().screenshot({ path: out });
} else {
  await page.screenshot({ path: out });
}
await browser.close();
