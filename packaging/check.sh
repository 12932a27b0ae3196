#!/usr/bin/env bash
# The packaging checks CI runs: bundle, frozen self-test, NSIS compile, shell and YAML lint.
# Needs the project's .venv (make test creates it) and two Debian packages, nsis and
# the shell linter; it installs them when they are missing and it runs as root.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
python=".venv/bin/python"

missing=()
command -v makensis >/dev/null 2>&1 || missing+=(nsis)
command -v shellcheck >/dev/null 2>&1 || missing+=(shellcheck)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -q && apt-get install -y -q "${missing[@]}"
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
echo "== frozen self-test, stdio closed, no network"
"$python" packaging/smoke_test.py
echo "== NSIS (the Linux bundle stands in for the Windows payload)"
version="$("$python" -c 'import app; print(app.__version__)')"
(cd installer/windows && makensis -WX -V2 -DNO_COMPRESSION -DVERSION="$version" \
  -DPAYLOAD=../../dist/Hearth -DOUTFILE="$root/build/hearth-setup-check.exe" hearth.nsi)
rm -f build/hearth-setup-check.exe
echo "packaging checks passed"
