#!/usr/bin/env bash
# Drafts a content file from a raw article: scripts/draft.sh ARTICLE.txt > content/NAME.toml
# The article is plain text: a first line `date YYYY-MM`, then paragraphs separated by blank
# lines (as in content/sources/). The draft builds as it is, with `status = "draft"`; every
# guess in it carries a `# check:` mark (see README, "Drafting a content file").
# Options: --lang CODE (a language whose pack drafts: fr, en, es; default: detected), --content-dir DIR (default: content).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# Paths the editor gives are relative to where they stand, not to the project.
args=()
for arg in "$@"; do
  if [[ -e "$OLDPWD/$arg" && "$arg" != /* ]]; then args+=("$OLDPWD/$arg"); else args+=("$arg"); fi
done
exec cargo run --quiet -p content-compiler --bin draft -- "${args[@]}"
