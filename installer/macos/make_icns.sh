#!/usr/bin/env bash
# Builds resources/icons/hearth.icns from the 512 px PNG (macOS: sips and iconutil).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
source_png="$root/resources/icons/hearth-512.png"
iconset="$(mktemp -d)/hearth.iconset"
mkdir -p "$iconset"
for size in 16 32 128 256 512; do
  sips -z "$size" "$size" "$source_png" --out "$iconset/icon_${size}x${size}.png" >/dev/null
  double=$((size * 2))
  if [ "$double" -le 512 ]; then
    sips -z "$double" "$double" "$source_png" --out "$iconset/icon_${size}x${size}@2x.png" >/dev/null
  fi
done
iconutil -c icns "$iconset" -o "$root/resources/icons/hearth.icns"
echo "$root/resources/icons/hearth.icns"
