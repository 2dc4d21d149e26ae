#!/usr/bin/env node
// Serves dist/ on 127.0.0.1 with no dependencies, both at / and under /selloff-lab/ (to prove the
// build works from a sub-path). Usage: node scripts/serve-dist.mjs [port] [dir]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

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
    await stat(file);
    const body = await readFile(file);
    res.writeHead(200, {
      "content-type": types[extname(file)] || "application/octet-stream",
      "cache-control": "no-store",
    });
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
});
server.listen(port, "127.0.0.1", () => {
  console.log(`Selloff Lab is served at http://127.0.0.1:${port}/ (also under /selloff-lab/)`);
});
