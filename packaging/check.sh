#!/usr/bin/env bash
# The packaging checks CI runs: bundle, frozen self-test, NSIS compile, the Windows
# installer installed and uninstalled under Wine, the frozen app in a real X11 window on a
# system without the xcb libraries, shell and YAML lint. Needs the project's .venv
# (make test creates it) and some Debian packages; it installs them when they are missing
# and it runs as root.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
python=".venv/bin/python"

missing=()
command -v makensis >/dev/null 2>&1 || missing+=(nsis)
command -v shellcheck >/dev/null 2>&1 || missing+=(shellcheck)
command -v wine >/dev/null 2>&1 || missing+=(wine wine64)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v file >/dev/null 2>&1 || missing+=(file)
# the libraries the bundle carries for Qt's xcb plugin must be on the build machine
for package in libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
               libxcb-cursor0 libxcb-util1 libxkbcommon-x11-0; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  else
    echo "please install: ${missing[*]}" >&2
    exit 1
  fi
fi

echo "== shellcheck"
shellcheck .ci/run packaging/*.sh installer/*/*.sh
echo "== YAML"
"$python" -c 'import sys, yaml; [yaml.safe_load(open(p)) for p in sys.argv[1:]]; print("ok")' \
  .github/workflows/*.yml
echo "== bundle"
"$python" packaging/build.py
test -f dist/Hearth/_internal/resources/embedder/all-minilm-l6-v2-q8_0.gguf \
  || { echo "the bundle lacks the embedding model" >&2; exit 1; }
echo "== frozen self-test, stdio closed, no network"
"$python" packaging/smoke_test.py
echo "== frozen documents: every kind read by the bundle's child process, and found"
"$python" packaging/documents_check.py
echo "== NSIS (the Linux bundle stands in for the Windows payload)"
version="$("$python" -c 'import app; print(app.__version__)')"
(cd installer/windows && makensis -WX -V2 -DNO_COMPRESSION -DVERSION="$version" \
  -DPAYLOAD=../../dist/Hearth -DOUTFILE="$root/build/hearth-setup-check.exe" hearth.nsi)
rm -f build/hearth-setup-check.exe
echo "== Windows installer under Wine: install, check, uninstall"
installer/windows/wine_check.sh
echo "== frozen Linux app in a real X11 window, without the system's xcb libraries"
packaging/xcb_check.sh dist/Hearth
echo "packaging checks passed"
