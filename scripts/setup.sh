#!/usr/bin/env bash
# Installs what building and testing the explainer need, each only when it is missing or of
# the wrong version, so that a second run installs nothing. Sourced by serve.sh and test.sh.
#
# Needs a Debian machine with rustup and Node 20. Everything else comes from crates.io, npm and
# Debian's packages; no tool downloads binaries or browsers of its own.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
# The CLI must be the very version of the crate pinned in Cargo.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
# Playwright uses Debian's Chromium; it must never fetch a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

step() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

if ! command -v rustup >/dev/null || ! command -v npm >/dev/null; then
  echo "setup: this needs rustup (https://rustup.rs) and Node 20 with npm; install them first." >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    step "adding the $component component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "installing trunk $TRUNK_VERSION (about 15 minutes on 2 cores)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)"
  # Not --locked: a dependency locked by that release is no longer on the registry.
  cargo install --force "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "installing the npm tools (wasm-opt from binaryen, Playwright)"
  npm ci --no-audit --no-fund
fi

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    step "installing Debian's chromium for the browser tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: the browser tests need Debian's Chromium at /usr/bin/chromium:" >&2
    echo "       run 'sudo apt-get install chromium', then this command again." >&2
    exit 1
  fi
fi

# The build draws every chart as PNG images with DejaVu Sans (Debian's fonts-dejavu-core) and,
# for Arabic, Amiri (fonts-hosny-amiri), so that the images are the same on every machine; the
# browser tests draw the Arabic pages with them too. Not fonts-noto-core: fontconfig would then
# prefer Noto Sans to DejaVu Sans for every Latin page, whose layout the tests measure.
missing_fonts=()
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing_fonts+=(fonts-dejavu-core)
[ -f /usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf ] || missing_fonts+=(fonts-hosny-amiri)
if [ ${#missing_fonts[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    step "installing Debian's ${missing_fonts[*]} for the build-time images"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing_fonts[@]}" >/dev/null
  else
    echo "setup: the build-time images need Debian's ${missing_fonts[*]}:" >&2
    echo "       run 'sudo apt-get install ${missing_fonts[*]}', then this command again." >&2
    exit 1
  fi
fi
