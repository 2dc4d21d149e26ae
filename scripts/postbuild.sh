#!/usr/bin/env bash
# The ordered post-build step, after `trunk build --release` (Trunk starts its own hooks all at
# once, so the order lives here): each language's wasm for the served pages, the pre-rendered
# pages and chart images, then the single-file lesson and the minified JS, then each page's
# Content Security Policy, last.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
# The tools scripts/bootstrap.sh installs, wherever this is run from.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# This step consumes Trunk's build (its glue and wasm end up inside the single file): it runs
# once after each `trunk build --release`, never twice on the same dist/.
if ! ls "$dist" 2>/dev/null | grep -qE '^selloff-lab-[0-9a-f]+_bg\.wasm$'; then
  echo "[postbuild] no fresh Trunk build in $dist/: run \`trunk build --release\` first" >&2
  exit 1
fi
pinned=$(grep -oE 'wasm-bindgen = "=[0-9.]+"' Cargo.toml | grep -oE '[0-9]+\.[0-9]+\.[0-9]+')
if [ "$(wasm-bindgen --version | awk '{print $2}')" != "$pinned" ]; then
  echo "[postbuild] wasm-bindgen $pinned is needed (scripts/bootstrap.sh installs it)" >&2
  exit 1
fi
hash_of() { if command -v sha256sum >/dev/null; then sha256sum; else shasum -a 256; fi; }

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
  # Kept with its names for `make bench`'s breakdown of the English page's wasm.
  cp target/wasm32-unknown-unknown/release/selloff-lab.wasm "$out/cargo.wasm"
  wasm-opt -Oz "$out/selloff-lab-${lang}_bg.wasm" -o "$out/opt.wasm"
  hash=$(cat "$out/opt.wasm" "$out/selloff-lab-$lang.js" | hash_of | cut -c1-16)
  cp "$out/opt.wasm" "$dist/selloff-lab-$lang-${hash}_bg.wasm"
  cp "$out/selloff-lab-$lang.js" "$dist/selloff-lab-$lang-$hash.js"
done

echo "[postbuild] pre-rendering every page and chart image into $dist/"
cargo run --quiet --profile prerender --bin prerender -- "$dist"
node scripts/postbuild.mjs "$dist"
