#!/usr/bin/env bash
# Signs dist/Hearth.app with the hardened runtime, then notarizes and staples a DMG.
# Each step runs only when its variables are set, and says so when it is skipped:
#   MACOS_SIGNING_IDENTITY                      "Developer ID Application: …"
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD for notarytool
# Usage: sign_and_notarize.sh app|dmg PATH
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
what="${1:?app or dmg}"
target="${2:?path}"

if [ -z "${MACOS_SIGNING_IDENTITY:-}" ]; then
  echo "MACOS_SIGNING_IDENTITY is not set: skipping code signing and notarization of $target"
  exit 0
fi

if [ "$what" = "app" ]; then
  codesign --force --deep --timestamp --options runtime \
    --entitlements "$here/entitlements.plist" \
    --sign "$MACOS_SIGNING_IDENTITY" "$target"
  codesign --verify --deep --strict --verbose=2 "$target"
  exit 0
fi

codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$target"
if [ -z "${APPLE_ID:-}" ] || [ -z "${APPLE_TEAM_ID:-}" ] || [ -z "${APPLE_APP_PASSWORD:-}" ]; then
  echo "APPLE_ID, APPLE_TEAM_ID or APPLE_APP_PASSWORD is not set: skipping notarization of $target"
  exit 0
fi
xcrun notarytool submit "$target" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
  --password "$APPLE_APP_PASSWORD" --wait
xcrun stapler staple "$target"
xcrun stapler validate "$target"
