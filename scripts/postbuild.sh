#!/usr/bin/env bash
# The ordered post-build step, after `trunk build --release` (Trunk starts its own hooks all at
# once, so the order lives here): the pre-rendered pages and chart images, then the single-file
# lesson and the minified JS, then each page's Content Security Policy, last.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
echo "[postbuild] pre-rendering every page and chart image into $dist/"
cargo run --quiet --profile prerender --bin prerender -- "$dist"
node scripts/postbuild.mjs "$dist"
