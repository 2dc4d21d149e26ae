# Selloff Lab. Two commands: `make serve` shows the lesson, `make test` runs every test.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080
# Headless Chromium for wasm-bindgen-test (flags in webdriver.json).
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: serve test build data bench lint unit wasm-test e2e og-images

## Build the release lesson and serve it on 127.0.0.1.
serve:
	@scripts/bootstrap.sh build
	@echo "[serve] building the release lesson into dist/"
	trunk build --release
	scripts/postbuild.sh dist
	@echo "[serve] open http://127.0.0.1:$(PORT)/ (Ctrl-C stops)"
	node scripts/serve-dist.mjs $(PORT) dist

## Every test layer: format, lints (native and wasm32), native tests, browser component tests,
## the release build and end-to-end tests in Chromium.
test:
	@scripts/bootstrap.sh test
	@$(MAKE) --no-print-directory lint unit wasm-test build e2e
	@echo "[test] all layers passed"

lint:
	@echo "[test] cargo fmt --check"
	cargo fmt --check
	@echo "[test] clippy, native and wasm32, warnings are errors"
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	@echo "[test] clippy on a served page's one-language wasm (feature pages-zh)"
	cargo clippy --target wasm32-unknown-unknown --features pages-zh --lib --bins -- -D warnings

unit:
	@echo "[test] native model, data, translation and chart tests"
	cargo test

wasm-test:
	@echo "[test] wasm-bindgen-test: components mounted in headless Chromium"
	cargo test --target wasm32-unknown-unknown --test web --features render-count

build:
	@echo "[test] release build into dist/, then the pre-rendered pages, the single file and the CSP"
	trunk build --release
	scripts/postbuild.sh dist

e2e:
	@echo "[test] Playwright end-to-end against dist/ on 127.0.0.1"
	npx playwright test

## Sizes and timings under 4x CPU throttling (prints figures; no pass/fail).
bench: build
	node tests/bench/bench.mjs

## Redraw the committed link-preview images (static/og/) from a build.
og-images: build
	node scripts/og-images.mjs dist

## Rebuild the committed dataset from ../shared/data.
data:
	cargo run --bin build-data -- ../shared/data
