#!/usr/bin/env bash
# Installs the Debian packages Itinera builds, runs and tests with (as root, or via sudo).
set -euo pipefail

packages=(
  build-essential cmake pkg-config ccache
  libsdl2-dev libx11-dev libimgui-dev libepoxy-dev libgdal-dev libproj-dev libpng-dev libssl-dev nlohmann-json3-dev
  libcli11-dev libhowardhinnant-date-dev
  libgeos-dev
  fonts-dejavu-core fonts-dejavu-extra
  libgl1-mesa-dri libegl-mesa0 libegl1
  libavcodec-dev libavformat-dev libavfilter-dev libswscale-dev libavutil-dev ffmpeg
  libcairo2-dev libfontconfig-dev poppler-utils tesseract-ocr tesseract-ocr-eng
  libpango1.0-dev
  libical-dev
  libkml-dev gdal-bin
  libgtest-dev googletest
  xvfb xauth xdotool x11-utils python3
  clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
