#!/usr/bin/env bash
# Installs the Linux system libraries Qt needs at run time, only when they are missing.
# Windows and macOS need nothing here: the Qt wheels carry their own libraries.
set -euo pipefail
[ "$(uname -s)" = "Linux" ] || exit 0
command -v dpkg-query >/dev/null 2>&1 || { echo "install-system-deps: not a Debian-family system; install Qt's xcb libraries and fontconfig with your package manager."; exit 0; }

packages=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
          libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-xinerama0 libegl1 libgl1
          libfontconfig1 libdbus-1-3 fonts-dejavu-core xvfb xauth)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-system-deps: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "install-system-deps: run as root: apt-get install -y ${missing[*]}" >&2; exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
