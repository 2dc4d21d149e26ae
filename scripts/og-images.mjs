#!/usr/bin/env node
// Link-preview images (1200x630 PNG), one per language, from the lesson's own chart (the yield
// lab's pre-rendered SVG) and its title and lede in that language, drawn by Chromium so the text
// has real fonts. A kept step like the data step: run `make og-images` after a build, commit the
// PNGs in static/og/ (the build copies them into dist/og/).
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "@playwright/test";

const dist = resolve(process.argv[2] || "dist");
const out = resolve("static/og");
const text = (html, re) => (html.match(re)?.[1] ?? "").replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/&quot;/g, '"');
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (const lang of ["en", "zh-Hant"]) {
  const page = readFileSync(join(dist, lang, "index.html"), "utf8");
  const name = text(page, /<p class="site-name">([^<]*)</);
  const title = text(page, /<h1 data-testid="title">([^<]*)</);
  const lede = text(page, /<p class="lede">([^<]*)</);
  const chart = join(dist, "charts", lang, "lab-canvas-wide-light.svg");
  const dir = mkdtempSync(join(tmpdir(), "og-"));
  const html = `<!doctype html><html lang="${lang}"><meta charset="utf-8"><body style="margin:0">
<div style="width:1200px;height:630px;box-sizing:border-box;padding:56px 60px;display:flex;gap:40px;align-items:center;
  font-family:system-ui,'Noto Sans CJK TC','Noto Sans TC',sans-serif;background:#fff;color:#1f2328;border-top:14px solid #0060a0">
  <div style="flex:1 1 520px">
    <div style="font-size:26px;font-weight:700;color:#0060a0;letter-spacing:.02em">${name}</div>
    <div style="font-size:46px;line-height:1.2;font-weight:700;margin:18px 0">${title}</div>
    <div style="font-size:22px;line-height:1.5;color:#57606a">${lede}</div>
  </div>
  <img src="file://${chart}" style="width:540px;border:1px solid #d0d7de;border-radius:10px">
</div></body></html>`;
  writeFileSync(join(dir, "og.html"), html);
  const tab = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
  await tab.goto(`file://${join(dir, "og.html")}`);
  await tab.screenshot({ path: join(out, `selloff-lab-${lang}.png`), clip: { x: 0, y: 0, width: 1200, height: 630 } });
  await tab.close();
  console.log(`[og-images] wrote static/og/selloff-lab-${lang}.png`);
}
await browser.close();
