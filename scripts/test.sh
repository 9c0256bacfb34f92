#!/usr/bin/env bash
# Runs every test: formatting and lints, the native layers with cargo, then the browser tests
# with Playwright against one site built from every article (the project's, the examples, a
# draft), then the editor's loop. Fails when any test fails.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

echo "== format and lints (cargo fmt --check; cargo clippy -D warnings, native and wasm32: the engine, the editor, its preview)"
cargo fmt --all --check
cargo clippy --workspace --all-targets --features explainer/ssr -- -D warnings
cargo clippy --target wasm32-unknown-unknown --features browser --lib --bin explainer -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p editor -p editor-preview -- -D warnings

echo "== native tests (cargo test)"
cargo test --workspace --all-targets --features explainer/ssr

echo "== a draft of the article from its raw source (scripts/draft.sh), built as it is, as the site's explainer /draft/"
mkdir -p target/draft
scripts/draft.sh content/sources/000_5131e91ad352ad19.txt --content-dir target/draft > target/draft/draft.toml

echo "== the site: the engine built once, then every article of content/ and the draft (scripts/build.sh, into dist/)"
rm -rf dist
scripts/build.sh content target/draft/draft.toml

echo "== size check (bench/size-check.mjs: every page's first HTML, the WASM, the page's total transfer, gzip)"
node bench/size-check.mjs dist

echo "== browser tests (Playwright, Debian's Chromium)"
playwright test --config end2end/playwright.config.mjs

echo "== the editor's loop (Playwright: scripts/editor.mjs serving a draft that is edited, refused and fixed)"
playwright test --config end2end/editor.config.mjs
