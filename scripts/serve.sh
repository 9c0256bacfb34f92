#!/usr/bin/env bash
# Installs what is missing, builds the release bundle (pre-rendered) and serves it at
# http://127.0.0.1:8080 (PORT to change it), building it again each time the content file
# (EXPLAINER_CONTENT, default content/article.toml) or the code is saved. A refused content
# file shows its faults in the browser until it is fixed (scripts/editor.mjs).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
exec node scripts/editor.mjs
