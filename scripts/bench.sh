#!/usr/bin/env bash
# The benchmark (not a test): builds the site, then prints what a reader downloads, Lighthouse's
# mobile figures and the time a selection takes, each against bench/budgets.json; then how long
# building explainers takes (bench/build-time.sh: one explainer, and sites of 25 to 100).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
if [ "$(node -p "require('./node_modules/lighthouse/package.json').version" 2>/dev/null)" != 13.5.0 ]; then
  # Lighthouse 13.5 asks for Node 22 (npm warns) but runs on Node 20: every run of it here did.
  # Installed here only, not for the tests.
  npm install --no-save --no-audit --no-fund -E lighthouse@13.5.0 chrome-launcher@1.2.1
fi
if ! command -v twiggy >/dev/null; then
  # Says what the WASM's bytes are spent on; for the benchmark only, not for the tests.
  cargo install --locked twiggy@0.8.0
fi
scripts/build.sh
CHROME_PATH=/usr/bin/chromium node bench/bench.mjs dist "$@"
bench/build-time.sh
