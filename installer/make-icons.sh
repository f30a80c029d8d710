#!/usr/bin/env bash
# Regenerates leadbench.png (256x256) and leadbench.ico (16..256) with ImageMagick 6 or 7.
# Only needed when the design changes: both files are committed.
# Needs: apt-get install -y imagemagick   (leadbench.icns must be made on a Mac, see README.md)
set -euo pipefail
cd "$(dirname "$0")"
if command -v magick >/dev/null 2>&1; then IM=(magick); else IM=(convert); fi

# Blue rounded square (#2563eb) with a white, rising three-bar chart on a baseline.
"${IM[@]}" -size 256x256 xc:none \
  -fill '#2563eb' -draw 'roundrectangle 8,8 247,247 48,48' \
  -fill white \
  -draw 'roundrectangle 56,136 92,196 8,8' \
  -draw 'roundrectangle 110,100 146,196 8,8' \
  -draw 'roundrectangle 164,60 200,196 8,8' \
  -draw 'roundrectangle 48,192 208,204 6,6' \
  -strip PNG32:leadbench.png

# Windows icon: several sizes in one .ico.
"${IM[@]}" leadbench.png -define icon:auto-resize=256,128,64,48,32,16 leadbench.ico
echo "wrote $(pwd)/leadbench.png and leadbench.ico"
