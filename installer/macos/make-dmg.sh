#!/bin/sh
# Make the macOS disk image: Policywright.app beside a link to /Applications, so that
# installing is a drag. Run on macOS by installer/build.py after PyInstaller made the .app:
#   sh installer/macos/make-dmg.sh dist/Policywright.app dist/Policywright-X.Y.Z.dmg
# The image is compressed (UDZO) and read-only. Signing and notarising are separate steps
# (codesign, notarytool) that need the project's Apple Developer ID; not done here.
set -eu

if [ "$#" -ne 2 ]; then
    echo "usage: $0 PATH/TO/Policywright.app OUT.dmg" >&2
    exit 2
fi
app="$1"
out="$2"
[ -d "$app" ] || { echo "$0: no app at $app" >&2; exit 1; }

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT INT TERM
ditto "$app" "$stage/Policywright.app"
ln -s /Applications "$stage/Applications"

version="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$app/Contents/Info.plist")"
hdiutil create -volname "Policywright $version" -srcfolder "$stage" -fs HFS+ \
    -format UDZO -ov "$out"
echo "$out"
