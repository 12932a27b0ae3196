#!/usr/bin/env bash
# Installs the Windows installer silently under Wine, checks what a user would find (the
# program in %LOCALAPPDATA%\Programs\Hearth, the Start Menu shortcut, the uninstall entry,
# "Open with" for .gguf), uninstalls silently, and checks that the program is gone and the
# user's conversations are kept. The payload is a stand-in (a few files), so this checks
# the installer's logic in well under two minutes, not the bundle.
#
#   installer/windows/wine_check.sh        (needs makensis, wine, xvfb-run)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'wineserver -k >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

fail() { echo "wine check FAILED: $*" >&2; exit 1; }

payload="$work/payload"
mkdir -p "$payload/_internal"
printf 'MZ stand-in for Hearth.exe\n' >"$payload/Hearth.exe"
printf 'bundle file\n' >"$payload/_internal/base_library.zip"
(cd "$root/installer/windows" && makensis -WX -V2 -DNO_COMPRESSION -DVERSION=0.1.0 \
  -DPAYLOAD="$payload" -DOUTFILE="$work/hearth-setup.exe" hearth.nsi)
file "$work/hearth-setup.exe" | grep -q "x86-64" || fail "the installer is not a 64-bit program"

export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
export WINEARCH=win64
# One virtual screen for every Wine process, as a desktop session would have.
display=":$((RANDOM % 400 + 100))"
Xvfb "$display" -screen 0 1024x768x24 >/dev/null 2>&1 &
xvfb_pid=$!
trap 'wineserver -k >/dev/null 2>&1 || true; kill "$xvfb_pid" 2>/dev/null || true; [ -n "${KEEP_WINE:-}" ] || rm -rf "$work"' EXIT
export DISPLAY="$display"
run() { "$@"; }
run wineboot --init >/dev/null 2>&1
wineserver -w

echo "== install (silent)"
run wine "$work/hearth-setup.exe" /S
wineserver -w
users="$WINEPREFIX/drive_c/users"
home="$(find "$users" -mindepth 1 -maxdepth 1 -type d ! -name Public | head -n1)"
local_app_data="$home/AppData/Local"
program="$local_app_data/Programs/Hearth"
[ -f "$program/Hearth.exe" ] || fail "Hearth.exe is not in %LOCALAPPDATA%\\Programs\\Hearth"
[ -f "$program/_internal/base_library.zip" ] || fail "the bundle's files are missing"
[ -f "$program/Uninstall.exe" ] || fail "no uninstaller"
[ ! -e "$local_app_data/Programs/Programs" ] || fail "installed under Programs\\Programs"
shortcut="$home/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Hearth/Hearth.lnk"
[ -f "$shortcut" ] || fail "no Start Menu shortcut"

# Ask the running registry (user.reg on disk is written later, when Wine gets round to it).
has_key() { wine reg query "$1" >/dev/null 2>&1; }
uninstall_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Hearth'
has_key "$uninstall_key" || fail "no Add/Remove Programs entry"
wine reg query "$uninstall_key" /v DisplayName 2>/dev/null | grep -q "Hearth" \
  || fail "no DisplayName"
wine reg query "$uninstall_key" /v QuietUninstallString >/dev/null 2>&1 \
  || fail "no quiet uninstall"
wine reg query 'HKCU\Software\Classes\.gguf\OpenWithProgids' /v Hearth.gguf >/dev/null 2>&1 \
  || fail "no Open with for .gguf"
has_key 'HKCU\Software\Classes\Hearth.gguf\shell\open\command' \
  || fail "no open command for .gguf"
echo "installed: files, shortcut and registry as expected"

echo "== the user's data, then uninstall (silent)"
mkdir -p "$local_app_data/Hearth/data"
printf 'conversations\n' >"$local_app_data/Hearth/data/hearth.db"
run wine "$program/Uninstall.exe" /S
wineserver -w
sleep 1  # the uninstaller finishes from a copy of itself in %TEMP%
wineserver -w
[ ! -e "$program/Hearth.exe" ] || fail "the program is still there"
[ ! -e "$shortcut" ] || fail "the shortcut is still there"
has_key "$uninstall_key" && fail "the uninstall entry is still there"
has_key 'HKCU\Software\Classes\Hearth.gguf' && fail "the .gguf handler is still there"
[ -f "$local_app_data/Hearth/data/hearth.db" ] || fail "the user's data was removed"
echo "wine check passed: installed into %LOCALAPPDATA%\\Programs\\Hearth, uninstalled, data kept"
