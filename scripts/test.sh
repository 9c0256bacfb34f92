#!/usr/bin/env bash
# Runs every test: formatting and lints, the native layers with cargo, then the browser tests
# with Playwright against the release bundles (the project's article, the examples, a draft),
# then the editor's loop. Fails when any test fails.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

echo "== format and lints (cargo fmt --check; cargo clippy -D warnings, native and wasm32)"
cargo fmt --all --check
cargo clippy --workspace --all-targets --features explainer/ssr -- -D warnings
cargo clippy --target wasm32-unknown-unknown --features browser --lib --bin explainer -- -D warnings

echo "== native tests (cargo test)"
cargo test --workspace --all-targets --features explainer/ssr

echo "== release bundle of a second article (content/examples/short.toml)"
EXPLAINER_CONTENT=content/examples/short.toml trunk build --release --offline --dist target/dist-example

echo "== release bundles of the other examples (content/examples/*.toml, into target/dist-examples/)"
for example in content/examples/*.toml; do
  name=$(basename "$example" .toml)
  [ "$name" = short ] && continue
  EXPLAINER_CONTENT="$example" trunk build --release --offline --dist "target/dist-examples/$name"
done

echo "== a draft of the article from its raw source (scripts/draft.sh), built as it is, into target/dist-draft"
mkdir -p target/draft
scripts/draft.sh content/sources/000_5131e91ad352ad19.txt --content-dir target/draft > target/draft/article.toml
EXPLAINER_CONTENT=target/draft/article.toml trunk build --release --offline --dist target/dist-draft

echo "== release bundle of the article"
trunk build --release --offline

echo "== size check (bench/size-check.mjs: the WASM and the page's total transfer, gzip)"
node bench/size-check.mjs dist

echo "== browser tests (Playwright, Debian's Chromium)"
playwright test --config end2end/playwright.config.mjs

echo "== the editor's loop (Playwright: scripts/editor.mjs serving a draft that is edited, refused and fixed)"
playwright test --config end2end/editor.config.mjs
