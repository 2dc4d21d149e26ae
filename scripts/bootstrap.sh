#!/usr/bin/env bash
# Installs what Selloff Lab needs, idempotently, saying what it does.
#   scripts/bootstrap.sh build   – Rust wasm target, Trunk, wasm-bindgen-cli, wasm-opt (npm)
#   scripts/bootstrap.sh test    – all of the above, plus Chromium, ChromeDriver and CJK fonts
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the crate's exact wasm-bindgen pin.
WBG_VERSION=$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
mode=${1:-build}
say() { printf '\033[1m[bootstrap]\033[0m %s\n' "$*"; }

command -v cargo >/dev/null || { echo "cargo not found: install Rust (rustup) first." >&2; exit 1; }
command -v npm >/dev/null || { echo "npm not found: install Node.js 20+ first." >&2; exit 1; }
export PATH="$HOME/.cargo/bin:$PATH"

if rustup target list --installed 2>/dev/null | grep -x wasm32-unknown-unknown >/dev/null; then
  say "Rust target wasm32-unknown-unknown: present"
else
  say "adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

cargo_install() { # name version binary version-text
  local name=$1 version=$2 bin=$3
  if command -v "$bin" >/dev/null && "$bin" --version 2>/dev/null | grep " $version\b" >/dev/null; then
    say "$name $version: present"
    return
  fi
  say "installing $name $version with cargo (a few minutes, once)"
  # --locked keeps the tool's own tested dependencies; some lock files name versions the
  # registry no longer serves, so fall back to a fresh resolution.
  cargo install --locked "$name@$version" || cargo install "$name@$version"
}
cargo_install trunk "$TRUNK_VERSION" trunk
cargo_install wasm-bindgen-cli "$WBG_VERSION" wasm-bindgen

if [ -x node_modules/.bin/wasm-opt ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  say "npm packages (binaryen's wasm-opt, Playwright, axe): present"
else
  say "installing npm packages (binaryen's wasm-opt, Playwright, axe) from package-lock.json"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

if [ "$mode" = test ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || missing+=(fonts-noto-cjk)
  if [ ${#missing[@]} -eq 0 ]; then
    say "Chromium, ChromeDriver and CJK fonts: present"
  elif [ "$(id -u)" = 0 ]; then
    say "installing ${missing[*]} with apt"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing: ${missing[*]}. Install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
say "ready"
