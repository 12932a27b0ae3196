#!/usr/bin/env bash
# The frozen Linux app opens a real X11 window (Xvfb, QT_QPA_PLATFORM=xcb) on a lean system:
# inside a private mount namespace every system copy of the xcb utility libraries is
# replaced by an empty file, as if their packages were not installed. The source run must
# then name the missing packages, and the frozen app, carrying its own copies, must start.
#
#   packaging/xcb_check.sh [dist/Hearth]      (root, for the mount namespace; needs Xvfb)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bundle="$(cd "${1:-$root/dist/Hearth}" && pwd)"
python="$root/.venv/bin/python"

if [ "${HEARTH_LEAN:-}" != 1 ]; then
  if ! unshare --mount --propagation private true 2>/dev/null; then
    echo "xcb check: no mount namespace here; cannot hide the system libraries" >&2
    exit 1
  fi
  exec unshare --mount --propagation private env HEARTH_LEAN=1 "$0" "$bundle"
fi

hidden=0
sonames="$("$python" -c 'from app.qt_platform import XCB_LIBRARIES; print(" ".join(XCB_LIBRARIES))')"
for soname in $sonames; do
  for path in /lib/*-linux-gnu/"$soname"* /usr/lib/*-linux-gnu/"$soname"*; do
    [ -e "$path" ] || continue
    mount --bind /dev/null "$(readlink -f "$path")"
    hidden=$((hidden + 1))
  done
done
echo "hid $hidden system copies of: $sonames"

display=":$((RANDOM % 400 + 500))"
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb_pid=$!
data="$(mktemp -d)"
trap 'kill "$xvfb_pid" 2>/dev/null || true; rm -rf "$data"' EXIT
export DISPLAY="$display" QT_QPA_PLATFORM=xcb
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done

echo "== from source: the missing packages are named, and nothing aborts"
set +e
message="$(cd "$root" && "$python" -m app --data-dir "$data/source" --startup-check 2>&1)"
code=$?
set -e
echo "$message"
[ "$code" -eq 1 ] || { echo "expected exit 1 from the source run, got $code" >&2; exit 1; }
echo "$message" | grep -q "apt-get install .*libxcb-icccm4" \
  || { echo "the source run did not name the missing packages" >&2; exit 1; }

echo "== frozen: a real X11 window"
started=$(date +%s%N)
output="$("$bundle/Hearth" --data-dir "$data/frozen" --startup-check 2>&1)"
echo "$output" | tail -n 3
echo "$output" | grep -q '"window_ready": true' \
  || { echo "the frozen app did not reach its window" >&2; exit 1; }
echo "xcb check passed: the frozen app reached its window under Xvfb in" \
  "$(( ($(date +%s%N) - started) / 1000000 )) ms"
