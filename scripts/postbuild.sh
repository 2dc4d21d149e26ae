#!/usr/bin/env bash
# The ordered post-build step, after `trunk build --release` (Trunk starts its own hooks all at
# once, so the order lives here): each language's wasm for the served pages, the pre-rendered
# pages and chart images, then the single-file lesson and the minified JS, then each page's
# Content Security Policy, last.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}

# Trunk's build holds both languages and the whole-page rendering: that one becomes the
# single-file lesson. A served page is pre-rendered and one language, so it loads a smaller wasm
# built with that language's feature (pages-en, pages-zh), through the same wasm-bindgen and
# wasm-opt as Trunk's.
rm -f "$dist"/selloff-lab-en-* "$dist"/selloff-lab-zh-*
for lang in en zh; do
  echo "[postbuild] the served pages' wasm in one language: $lang"
  cargo build --quiet --release --target wasm32-unknown-unknown --bin selloff-lab --features "pages-$lang"
  out="target/pages-$lang"
  rm -rf "$out" && mkdir -p "$out"
  wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name "selloff-lab-$lang" \
    target/wasm32-unknown-unknown/release/selloff-lab.wasm
  wasm-opt -Oz "$out/selloff-lab-${lang}_bg.wasm" -o "$out/opt.wasm"
  hash=$(cat "$out/opt.wasm" "$out/selloff-lab-$lang.js" | sha256sum | cut -c1-16)
  cp "$out/opt.wasm" "$dist/selloff-lab-$lang-${hash}_bg.wasm"
  cp "$out/selloff-lab-$lang.js" "$dist/selloff-lab-$lang-$hash.js"
done

echo "[postbuild] pre-rendering every page and chart image into $dist/"
cargo run --quiet --profile prerender --bin prerender -- "$dist"
node scripts/postbuild.mjs "$dist"
