#!/usr/bin/env bash
# Install what is needed and run the whole test suite (lint and type checks included).
# Arguments are passed to pytest, e.g. `scripts/test.sh -k storage`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
exec .venv/bin/python -m pytest "$@"
