#!/usr/bin/env bash
# Prepare this checkout to run (`setup.sh run`) or to test (`setup.sh test`) on a Debian or
# Ubuntu machine: the system libraries Qt needs, a virtual environment in .venv, and the package
# installed in editable mode. Safe to run again: it installs only what is missing.
set -euo pipefail
profile="${1:-run}"
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# --- system packages ------------------------------------------------------------------------
# Qt's offscreen and xcb platform plugins, and fonts so text has glyphs to draw. (Qt's xcb
# error names libxcb-cursor, but libxcb-icccm4 and libxcb-keysyms1 are what is usually missing.)
qt_packages="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1
  fonts-dejavu-core"
# Tests also convert DOCX with LibreOffice and open exported pages in Chromium; the installer
# tests build the bundle (binutils: strip) and check the .deb's desktop entry, AppStream
# metainfo and MIME type with the freedesktop.org tools.
test_packages="libreoffice-writer-nogui libreoffice-calc-nogui chromium fonts-liberation2 xvfb poppler-utils pandoc strace
  binutils desktop-file-utils appstream shared-mime-info"

wanted="$qt_packages python3-venv"
[ "$profile" = test ] && wanted="$wanted $test_packages"
[ "$profile" = test ] && ! command -v node >/dev/null 2>&1 && wanted="$wanted nodejs npm"
if [ "$profile" = run ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  wanted="$wanted xvfb"  # no screen: the run script starts a virtual one
fi

missing=""
if command -v dpkg >/dev/null 2>&1; then
  for pkg in $wanted; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
  done
fi
if [ -n "$missing" ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    say "Please install these system packages first:$missing"
    exit 1
  fi
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  say "Installing system packages:$missing"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# --- Python ---------------------------------------------------------------------------------
python="${PYTHON:-python3}"
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  say "Policywright needs Python 3.11 or newer; $("$python" --version 2>&1) was found."
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  say "Creating a virtual environment in .venv"
  "$python" -m venv .venv
fi

# Reinstall only when the project's metadata changed since the last install.
stamp=".venv/.policywright-$profile"
digest="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
  say "Installing Policywright and its dependencies into .venv"
  extras=""
  [ "$profile" = test ] && extras="[test]"
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".$extras"
  echo "$digest" > "$stamp"
fi

# --- browser test tools (playwright-core drives Debian's Chromium; axe-core checks pages) ----
if [ "$profile" = test ]; then
  lock_digest="$(sha256sum tests/browser/package-lock.json | cut -d' ' -f1)"
  if [ ! -d tests/browser/node_modules ] || [ "$(cat tests/browser/node_modules/.lock-digest 2>/dev/null)" != "$lock_digest" ]; then
    say "Installing the browser test tools (npm ci in tests/browser)"
    npm ci --prefix tests/browser --no-audit --no-fund --silent
    echo "$lock_digest" > tests/browser/node_modules/.lock-digest
  fi
fi
