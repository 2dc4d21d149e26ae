import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const base = "http://127.0.0.1:8130/";
const widgets = ["holdings", "risk-table", "scenarios", "yield-lab", "jgb-yields", "auction", "ust-candles", "taper", "fiscal-loop"];
for (const lang of ["en", "zh-Hant"]) {
  const p = await b.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  const errs = [];
  p.on("pageerror", (e) => errs.push(e.message));
  await p.goto(base + lang + "/");
  await p.waitForSelector("html.wasm-started");
  for (const w of widgets) {
    const el = p.locator(`[data-island="widget-${w}"]`).first();
    for (let i = 0; i < 10; i++) { await el.scrollIntoViewIfNeeded(); if (await el.getAttribute("data-live") !== null) break; await p.waitForTimeout(300); }
    await p.waitForTimeout(400);
    await el.screenshot({ path: `tmp/w-${lang}-${w}.png` });
  }
  for (const id of ["teacher", "glossary"]) {
    const el = p.locator(`#${id}`); await el.scrollIntoViewIfNeeded(); await p.waitForTimeout(300);
    await el.screenshot({ path: `tmp/w-${lang}-${id}.png` });
  }
  console.log(lang, "errors:", errs);
  await p.close();
}
await b.close();
