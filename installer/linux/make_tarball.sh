#!/usr/bin/env bash
# Packs the Linux bundle with its menu entry, icon and per-user install script into
# dist/Hearth-VERSION-linux-ARCH.tar.gz.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
version="${1:-$(python3 -c 'import sys; sys.path.insert(0, "'"$root"'"); import app; print(app.__version__)')}"
bundle="$root/dist/Hearth"
[ -d "$bundle" ] || { echo "build the bundle first: python packaging/build.py" >&2; exit 1; }
name="Hearth-$version-linux-$(uname -m)"
staging="$(mktemp -d)/$name"
mkdir -p "$staging"
cp -R "$bundle" "$staging/Hearth"
cp "$root/installer/linux/install.sh" "$root/installer/linux/hearth.desktop" "$staging/"
cp "$root/resources/icons/hearth.png" "$staging/hearth.png"
chmod +x "$staging/install.sh"
tar -C "$(dirname "$staging")" -czf "$root/dist/$name.tar.gz" "$name"
rm -rf "$(dirname "$staging")"
echo "$root/dist/$name.tar.gz"
