#!/usr/bin/env bash
# Install what is needed and open the editor (with a sample project the first time).
# Arguments are passed to `policywright`, e.g. `scripts/run.sh shop.policy`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh run
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting the editor on a virtual screen (Xvfb)." >&2
  echo "Use a desktop session to see the window; press Ctrl+C to stop." >&2
  exec xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/policywright "$@"
fi
exec .venv/bin/policywright "$@"
