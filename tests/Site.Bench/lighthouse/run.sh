#!/usr/bin/env bash
# The Lighthouse benchmark of docs/BENCHMARKS.md (not a test). Builds the demo site for production into a temporary
# folder, then runs run.mjs (Lighthouse 12.2.3, pinned by package-lock.json, in Debian's Chromium, headless, mobile)
# over home, a story, an article, /events/ and /alerts/, and prints the four category scores of each.
# As root it runs in a network namespace of its own with only loopback, so Lighthouse and Chromium cannot reach
# anything but the site on 127.0.0.1: a request to anywhere else fails and is printed.
#   tests/Site.Bench/lighthouse/run.sh [--runs N] [page ...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
[ -d "$here/node_modules/lighthouse" ] || (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
(cd "$root" && dotnet run --project src/Site.Cli -- build --context production --output "$site/output" --image-cache "") >&2
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null && unshare -n true 2>/dev/null; then
  unshare -n bash -c 'ip link set lo up 2>/dev/null; exec node "$0" --site "$@"' "$here/run.mjs" "$site/output" "$@"
  exit
fi
echo "(not root: running without a network namespace of its own)" >&2
node "$here/run.mjs" --site "$site/output" "$@"
