// Selloff Lab benchmark: prints sizes and timings, asserts nothing.
//   make bench   (builds dist/ first)
// Sizes: each file in dist/ raw, gzip -9 and brotli. Data: the bytes the embedded dataset adds,
// packed as the wasm stores it. Timings in Chromium with 4x CPU throttling: page start to first
// render, and slider input to redrawn chart (median and worst over 60 moves).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { gzipSync, brotliCompressSync } from "node:zlib";
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log("== sizes (dist/) ==");
let totalGz = 0;
for (const f of readdirSync("dist").sort()) {
  const buf = readFileSync(`dist/${f}`);
  if (!statSync(`dist/${f}`).isFile()) continue;
  const gz = gzipSync(buf, { level: 9 }).length;
  totalGz += gz;
  console.log(`${f.padEnd(48)} raw ${kb(buf.length).padStart(10)}  gzip ${kb(gz).padStart(9)}  brotli ${kb(brotliCompressSync(buf).length).padStart(9)}`);
}
console.log(`${"whole page".padEnd(48)} gzip ${kb(totalGz)}`);

// The dataset as the wasm holds it: Month<N> = 2 u32 + 3 N i16; Day<N> = u32 + N i16 (padded to 4).
const src = readFileSync("src/model/dataset.rs", "utf8");
const packed = [];
const pad4 = (n) => (n + 3) & ~3;
for (const m of src.matchAll(/Month \{ month: (\d+), last_day: (\d+), end: \[([^\]]*)\], high: \[([^\]]*)\], low: \[([^\]]*)\] \}/g)) {
  const vals = [m[3], m[4], m[5]].flatMap((s) => s.split(",").map((x) => (x.trim() === "NA" ? -32768 : Number(x))));
  const b = Buffer.alloc(pad4(8 + 2 * vals.length));
  b.writeUInt32LE(Number(m[1]), 0); b.writeUInt32LE(Number(m[2]), 4);
  vals.forEach((v, i) => b.writeInt16LE(v, 8 + 2 * i));
  packed.push(b);
}
for (const m of src.matchAll(/Day \{ date: (\d+), values: \[([^\]]*)\] \}/g)) {
  const vals = m[2].split(",").map((x) => (x.trim() === "NA" ? -32768 : Number(x)));
  const b = Buffer.alloc(pad4(4 + 2 * vals.length));
  b.writeUInt32LE(Number(m[1]), 0);
  vals.forEach((v, i) => b.writeInt16LE(v, 4 + 2 * i));
  packed.push(b);
}
const auctions = [...src.matchAll(/UsAuction \{/g)].length;
packed.push(Buffer.alloc(auctions * 24));
const text = [...src.matchAll(/"([^"\\]*(?:\\.[^"\\]*)*)"/g)].map((m) => m[1]).join("");
const data = Buffer.concat([...packed, Buffer.from(text)]);
console.log(`\n== data ==\nembedded dataset: ${kb(data.length)} raw, about ${kb(gzipSync(data, { level: 9 }).length)} of the gzipped page`);

// Timings.
const port = 8131;
const server = spawn("node", ["scripts/serve-dist.mjs", String(port), "dist"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 });
const cdp = await page.context().newCDPSession(page);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
const starts = [];
for (let i = 0; i < 3; i++) {
  await page.goto(`http://127.0.0.1:${port}/?lang=en&v=1&n=${i}`.replace("&n=" + i, ""));
  await page.waitForSelector('[data-testid="lab-canvas"]');
  starts.push(await page.evaluate(() => performance.now()));
}
async function sliderMoves(url) {
await page.goto(url);
await page.waitForSelector('[data-testid="lab-canvas"]');
// The reader is at the lab: its chart on screen, the slider in reach.
await page.evaluate(() => document.querySelector('[data-testid="lab-canvas"]').scrollIntoView({ block: "end" }));
await page.waitForTimeout(300);
return page.evaluate(async () => {
  const slider = document.querySelector('[data-testid="shock-slider"]');
  const readout = document.querySelector('[data-testid="price-after"]');
  const afterTasks = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
  const compute = [], frame = [];
  for (let i = 0; i < 60; i++) {
    const before = readout.getAttribute("data-value");
    const t0 = performance.now();
    slider.value = String(-150 + i * 7);
    slider.dispatchEvent(new Event("input", { bubbles: true }));
    await afterTasks();
    const t1 = performance.now();
    await new Promise((r) => requestAnimationFrame(() => r()));
    const t2 = performance.now();
    if (readout.getAttribute("data-value") === before) throw new Error("readout did not change");
    compute.push(t1 - t0);
    frame.push(t2 - t0);
  }
  return { compute, frame };
});
}
const moves = await sliderMoves(`http://127.0.0.1:${port}/?lang=en`);
const alone = await sliderMoves(`http://127.0.0.1:${port}/?lang=en&embed=yield-lab`);
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)].toFixed(1)} ms, worst ${s[s.length - 1].toFixed(1)} ms`;
};
console.log("\n== timings (Chromium, 4x CPU throttling, 390x844 @3x) ==");
console.log(`page start to first render:            ${stats(starts)} (3 loads)`);
console.log(`slider input to redrawn chart:          ${stats(moves.compute)} (60 moves)`);
console.log(`slider input to next frame:             ${stats(moves.frame)}`);
console.log(`same, yield lab embedded alone:         ${stats(alone.compute)} (to next frame ${stats(alone.frame)})`);
await browser.close();
server.kill();
