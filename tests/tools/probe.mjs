import { chromium } from "@playwright/test";
const [url, out, width = "1280"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, deviceScaleFactor: 1, colorScheme: process.env.DARK ? "dark" : "light" });
page.on("console", (m) => console.log("console", m.type(), m.text().slice(0, 300)));
page.on("pageerror", (e) => console.log("page error:", e.message));
await page.goto(url);
await page.waitForTimeout(2500);
console.log("url", page.url());
console.log("islands", await page.locator("[data-island]").count(), "hydrated", await page.locator("[data-hydrated]").count());
console.log("html class", await page.evaluate(() => document.documentElement.className));
if (out) await page.screenshot({ path: out, fullPage: false });
const s = process.env.SEL;
if (s) { await page.locator(s).first().scrollIntoViewIfNeeded(); await page.waitForTimeout(800); await page.locator(s).first().screenshot({ path: out.replace('.png','-sel.png') }); }
await browser.close();
