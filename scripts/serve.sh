#!/usr/bin/env bash
# Installs what is missing, builds the release bundle (pre-rendered) and serves it at
# http://127.0.0.1:8080, rebuilding when a source or the content file changes.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
exec trunk serve --release --offline --no-autoreload --address 127.0.0.1 --port "${PORT:-8080}"
