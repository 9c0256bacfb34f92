#!/usr/bin/env bash
# Builds the site of explainers: scripts/build.sh [--out DIR] [--public-url /PATH/] [FILE_OR_FOLDER…]
#
# The engine (the WASM, its JS, the stylesheet: Trunk's build) and the pre-renderer are built
# once per version of the code, and only when the code has changed since (a fingerprint of
# every file they are made from): building an article is then running the pre-renderer, with no
# Rust compiled. Each content file (default: every .toml under content/) becomes an explainer at
# /<slug>/ (its file's name), beside the others already in DIR (default dist); the index at / is
# made again. With no FILE_OR_FOLDER the whole site is built again from scratch; with
# --engine-only, only what the code makes (the engine, the pre-renderer, the checker);
# --no-images or --images-only, that part of each explainer (the editor's loop shows the pages
# first).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" >/dev/null

out=dist
public_url=/
inputs=()
parts=()
engine_only=
rebuilt=
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --public-url) public_url="$2"; shift 2 ;;
    --engine-only) engine_only=1; shift ;;
    --no-images | --images-only) parts+=("$1"); shift ;;
    -*) echo "build.sh: unknown option $1" >&2; exit 2 ;;
    *) inputs+=("$1"); shift ;;
  esac
done

engine=target/engine
[ "$public_url" = / ] || engine="target/engine-$(echo "$public_url" | tr -c 'a-zA-Z0-9\n' '-')"
prerender=target/release/prerender
editor="$engine-editor"
# What the engine, the editor and the pre-renderer are made from.
sources=(Cargo.toml Cargo.lock Trunk.toml index.html src style static story vocabulary content-compiler/src content-compiler/Cargo.toml editor)
fingerprint=$( (
  echo "$public_url"
  # Files as they are now: a tracked file deleted from the tree is not one of them.
  { git ls-files -co --exclude-standard -- "${sources[@]}" 2>/dev/null || find "${sources[@]}" -type f; } \
    | while IFS= read -r file; do [ -f "$file" ] && printf '%s\0' "$file"; done | sort -z | xargs -0 sha256sum
) | sha256sum | cut -c1-16)
if [ "$(cat "$engine/.fingerprint" 2>/dev/null)" != "$fingerprint" ] || [ ! -x "$prerender" ] || [ ! -x target/release/check ]; then
  echo "build.sh: the code has changed: building the engine and the pre-renderer" >&2
  trunk build --release --offline --dist "$engine" --public-url "$public_url" >&2
  # The editor, a bundle of its own at /editor/ (Trunk reads editor/Trunk.toml there).
  (cd editor && trunk build --release --offline --dist "../$editor" --public-url "${public_url}editor/") >&2
  cargo build --release --quiet --features ssr --bin prerender >&2
  cargo build --release --quiet -p content-compiler --bin check >&2
  echo "$fingerprint" > "$engine/.fingerprint"
  rebuilt=1
fi

[ -n "$engine_only" ] && exit 0
if [ ${#inputs[@]} -eq 0 ]; then
  # The whole site, from scratch: but never for one part of it (that would leave only images).
  [ ${#parts[@]} -eq 0 ] && rm -rf "$out"
  inputs=(content)
elif [ -n "$rebuilt" ] && [ -d "$out" ]; then
  # The code changed: every page of the site carries the stylesheet its policy allows, so
  # every explainer under content/ is built again with the one asked for.
  echo "build.sh: the code changed: building every explainer of content/ again too" >&2
  inputs=(content "${inputs[@]}")
fi
exec "$prerender" --engine "$engine" --editor "$editor" --out "$out" --public-url "$public_url" ${parts[@]+"${parts[@]}"} "${inputs[@]}"
