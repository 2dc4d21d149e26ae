#!/usr/bin/env node
// The last part of the ordered post-build step (scripts/postbuild.sh runs it after the Rust
// pre-rendering): minifies the JS, builds the single-file lesson, and finally writes each page's
// Content Security Policy, with the hashes of the page's own inline script and style.
//   node scripts/postbuild.mjs dist
import { readFileSync, writeFileSync, readdirSync, statSync, rmSync } from "node:fs";
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { minify } from "terser";

const dist = process.argv[2] || "dist";
const say = (m) => console.log(`[postbuild] ${m}`);
const files = readdirSync(dist);
// Trunk's build (both languages, the whole page: the single file's) and each language's own.
const glueName = files.find((f) => /^selloff-lab-[0-9a-f]+\.js$/.test(f));
const wasmName = files.find((f) => /^selloff-lab-[0-9a-f]+_bg\.wasm$/.test(f));
const pageGlues = files.filter((f) => /^selloff-lab-(en|zh)-[0-9a-f]+\.js$/.test(f));
const cssName = files.find((f) => /^style-.*\.css$/.test(f));
if (!glueName || !wasmName || !cssName) throw new Error(`no Trunk build in ${dist}`);

// 1. Minify the JS glue and the loader (Trunk's minifier cannot parse the glue).
const minified = async (code, module) => (await minify(code, { module, compress: true, mangle: true })).code;
const glue = readFileSync(join(dist, glueName), "utf8");
for (const name of pageGlues) {
  writeFileSync(join(dist, name), await minified(readFileSync(join(dist, name), "utf8"), true));
}
writeFileSync(join(dist, "embed.js"), await minified(readFileSync(join(dist, "embed.js"), "utf8"), false));
// The loader is not a file of the site: it goes inside each page (step 3).
const boot = await minified(readFileSync("static/boot.js", "utf8"), false);
say(`minified ${pageGlues.join(", ")}, embed.js and the loader (static/boot.js)`);

// 2. The single-file lesson: CSS, glue and gzipped wasm inside one HTML file. It makes no request.
const template = join(dist, "selloff-lab.template.html");
const css = readFileSync(join(dist, cssName), "utf8");
const wasm = readFileSync(join(dist, wasmName));
const packed = gzipSync(wasm, { level: 9 }).toString("base64");
// The glue's own loader fetches by URL; here the bytes come from the page, inflated in the browser.
const start = `
const packedEl = document.getElementById("wasm-gz");
async function selloffLabStart() {
  const root = document.documentElement;
  const fail = () => { root.classList.add("no-wasm"); const n = document.getElementById("no-wasm"); if (n) n.hidden = false; };
  if (typeof WebAssembly !== "object" || typeof DecompressionStream !== "function") return fail();
  try {
    const bytes = Uint8Array.from(atob(packedEl.textContent.trim()), (c) => c.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    await __wbg_init({ module_or_path: await new Response(stream).arrayBuffer() });
    root.classList.add("wasm-started");
  } catch (e) { fail(); }
}
requestAnimationFrame(() => setTimeout(selloffLabStart, 0));
document.documentElement.classList.add("js");
${readFileSync("static/print.js", "utf8")}
`;
const script = await minified(glue + start, true);
const single = readFileSync(template, "utf8")
  .replace("__STYLE__", () => css)
  .replace(
    "__SCRIPT__",
    () => `<script type="application/octet-stream" id="wasm-gz">${packed}</script>\n<script type="module">${script}</script>`,
  );
writeFileSync(join(dist, "selloff-lab.html"), single);
rmSync(template);
// Trunk's glue and wasm live on inside the single file; no page loads them (when each language's
// own build is there).
if (pageGlues.length === 2) {
  rmSync(join(dist, glueName));
  rmSync(join(dist, wasmName));
}
say(`wrote selloff-lab.html (${(single.length / 1024).toFixed(0)} KiB, wasm gzipped and inlined)`);

// 3. The stylesheet goes inside every page: 5 KiB gzipped costs less than a request the first
// paint would wait for (a round trip on a phone network), and a reader rarely opens a second page.
const styleLink = new RegExp(`<link rel="stylesheet" href="[^"]*${cssName.replace(/\./g, "\\.")}">`);
let styled = 0;
const allPages = [];
const collect = (dir) => {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) collect(p);
    else if (f.endsWith(".html")) allPages.push(p);
  }
};
collect(dist);
// The loader, minified above, goes inside too: the first paint waits for no request at all.
for (const page of allPages) {
  const html = readFileSync(page, "utf8");
  if (!styleLink.test(html)) continue;
  writeFileSync(page, html.replace(styleLink, () => `<style>${css}</style>`).replace("__BOOT__", () => boot));
  styled++;
}
// No page loads the stylesheet file any more.
if (styled > 0) rmSync(join(dist, cssName));
say(`put the stylesheet and the loader inside ${styled} pages`);

// 4. Last: every page's Content Security Policy, from the inline scripts and styles it holds.
const sha = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const inline = (html, tag) =>
  [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "g"))]
    .filter((m) => !/type="application\/octet-stream"/.test(m[1] || "") && !/\ssrc=/.test(m[1] || ""))
    .map((m) => sha(m[2]));
const pages = allPages;
for (const page of pages) {
  const html = readFileSync(page, "utf8");
  if (!html.includes("__CSP__")) continue;
  const scripts = inline(html, "script");
  const styles = inline(html, "style");
  const isSingle = page.endsWith("selloff-lab.html");
  const policy = isSingle
    ? [
        "default-src 'none'",
        `script-src 'wasm-unsafe-eval' ${scripts.join(" ")}`,
        `style-src ${styles.join(" ")}`,
        "img-src data:",
        "connect-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ]
    : [
        "default-src 'self'",
        `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(" ")}`.trim(),
        `style-src 'self' ${styles.join(" ")}`.trim(),
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ];
  writeFileSync(page, html.replace("__CSP__", policy.join("; ")));
}
say(`wrote the Content Security Policy of ${pages.length} pages`);
