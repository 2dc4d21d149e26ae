#!/usr/bin/env node
// Serves dist/ on 127.0.0.1 with no dependencies, both at / and under /selloff-lab/ (to prove the
// build works from a sub-path), with the response headers the README asks a host to send: each
// page's Content Security Policy (its own <meta> policy plus frame-ancestors *, since embedding is
// wanted), X-Content-Type-Options and a Referrer-Policy. Text and wasm are sent gzip-compressed
// (level 9) to a browser that accepts it, as any static host does, so Lighthouse's simulated
// network sees the bytes a reader would download. Usage: node scripts/serve-dist.mjs [port] [dir]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const port = Number(process.argv[2] || 8080);
const root = resolve(process.argv[3] || "dist");
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};
const compressible = new Set([".html", ".js", ".wasm", ".css", ".svg", ".json", ".txt"]);
const gzipped = new Map(); // file -> [mtime:size:inode, bytes]: compress each file once
const common = {
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};

/** The policy a page carries in its <meta>, as a header with frame-ancestors added. */
function policyOf(html) {
  const m = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/);
  return m ? `${m[1]}; frame-ancestors *` : null;
}

const server = createServer(async (req, res) => {
  try {
    let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path === "/selloff-lab") {
      res.writeHead(301, { location: "/selloff-lab/" }).end();
      return;
    }
    if (path.startsWith("/selloff-lab/")) path = path.slice("/selloff-lab".length);
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) throw new Error("outside");
    const info = await stat(file);
    if (info.isDirectory()) {
      res.writeHead(301, { location: `${req.url.split("?")[0]}/` }).end();
      return;
    }
    const body = await readFile(file);
    const headers = { ...common, "content-type": types[extname(file)] || "application/octet-stream" };
    if (extname(file) === ".html") {
      const policy = policyOf(body.toString("utf8"));
      if (policy) headers["content-security-policy"] = policy;
    }
    let sent = body;
    if (compressible.has(extname(file))) {
      headers.vary = "accept-encoding";
      if (/\bgzip\b/.test(req.headers["accept-encoding"] || "")) {
        let cached = gzipped.get(file);
        const stamp = `${info.mtimeMs}:${info.size}:${info.ino}`;
        if (!cached || cached[0] !== stamp) {
          cached = [stamp, gzipSync(body, { level: 9 })];
          gzipped.set(file, cached);
        }
        sent = cached[1];
        headers["content-encoding"] = "gzip";
      }
    }
    headers["content-length"] = sent.length;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : sent);
  } catch {
    res.writeHead(404, { "content-type": "text/plain", ...common }).end("not found");
  }
});
server.listen(port, "127.0.0.1", () => {
  console.log(`Selloff Lab is served at http://127.0.0.1:${port}/ (also under /selloff-lab/)`);
});
