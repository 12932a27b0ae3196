#!/usr/bin/env bash
# Installs Hearth for this user only (no root): the app under ~/.local/share/hearth,
# a menu entry, an icon and a `hearth` command in ~/.local/bin.
#   ./install.sh              install or upgrade
#   ./install.sh --uninstall  remove the app (your conversations and models stay)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
app_dir="$data_home/hearth/app"
bin_dir="$HOME/.local/bin"
desktop_file="$data_home/applications/hearth.desktop"
icon_file="$data_home/icons/hicolor/256x256/apps/hearth.png"

refresh_menus() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$data_home/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q "$data_home/icons/hicolor" || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$app_dir" "$desktop_file" "$icon_file" "$bin_dir/hearth"
  refresh_menus
  echo "Hearth was removed. Your conversations and models are still in $data_home/Hearth."
  exit 0
fi

mkdir -p "$app_dir" "$bin_dir" "$(dirname "$desktop_file")" "$(dirname "$icon_file")"
rm -rf "$app_dir"
cp -R "$here/Hearth" "$app_dir"
ln -sf "$app_dir/Hearth" "$bin_dir/hearth"
cp "$here/hearth.png" "$icon_file"
sed "s|@EXEC@|$app_dir/Hearth|" "$here/hearth.desktop" > "$desktop_file"
chmod 644 "$desktop_file"
refresh_menus
echo "Hearth is installed: find it in your applications menu, or run 'hearth'."
