#!/usr/bin/env bash
# Packs dist/Hearth.app into dist/Hearth-VERSION-macos-ARCH.dmg, with a link to
# /Applications to drag it onto, then signs and notarizes it when credentials are set.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
version="${1:-$(python3 -c 'import sys; sys.path.insert(0, "'"$root"'"); import app; print(app.__version__)')}"
app_bundle="$root/dist/Hearth.app"
dmg="$root/dist/Hearth-$version-macos-$(uname -m).dmg"
[ -d "$app_bundle" ] || { echo "build the app first: python packaging/build.py" >&2; exit 1; }

"$root/installer/macos/sign_and_notarize.sh" app "$app_bundle"
staging="$(mktemp -d)"
cp -R "$app_bundle" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "Hearth" -srcfolder "$staging" -ov -format UDZO "$dmg"
rm -rf "$staging"
"$root/installer/macos/sign_and_notarize.sh" dmg "$dmg"
echo "$dmg"
