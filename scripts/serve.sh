#!/usr/bin/env bash
# Installs what is missing, builds the site of every explainer (scripts/build.sh) and serves it
# at http://127.0.0.1:8080 (PORT to change it), building again what is saved: a content file
# (EXPLAINER_CONTENT, a file or a folder, default content/), that explainer alone, in seconds;
# the code, the engine and every explainer. A refused content file shows its faults in its
# pages until it is fixed (scripts/editor.mjs).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
exec node scripts/editor.mjs
