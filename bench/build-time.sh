#!/usr/bin/env bash
# How long building explainers takes once the engine and the pre-renderer are built (a
# benchmark, not a test): one explainer (the seed's, in three languages, images included),
# rebuilt three times, then sites of 25, 50 and 100 copies of it, which must grow linearly.
# Prints seconds; never fails on a figure. Usage: bench/build-time.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/build.sh --engine-only
out=target/bench-site
rm -rf "$out"
seconds() { local start=$(date +%s.%N); "$@" >/dev/null 2>&1; awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $start }"; }
echo "one explainer (content/maroc-migrations.toml), rebuilt beside the others, no cargo run:"
for run in 1 2 3; do echo "  run $run: $(seconds scripts/build.sh --out "$out" content/maroc-migrations.toml) s"; done
copies=target/bench-content
for count in 25 50 100; do
  rm -rf "$copies" "$out" && mkdir -p "$copies/sources"
  cp content/sources/* "$copies/sources/"
  for i in $(seq 1 "$count"); do cp content/maroc-migrations.toml "$copies/copy-$i.toml"; done
  time=$(seconds scripts/build.sh --out "$out" "$copies")
  echo "a site of $count copies: $time s ($(awk "BEGIN { printf \"%.2f\", $time / $count }") s each)"
done
