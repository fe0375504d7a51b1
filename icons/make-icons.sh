#!/usr/bin/env bash
# Makes every icon file from the one vector source, msk-console.svg. The results are committed, so a build
# never needs these tools; run this only after changing the SVG.
# Needs (Debian): librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio msk-console.svg -o "png/msk-console-$size.png"
done
# Windows: one .ico holding the sizes Explorer and the taskbar ask for (256 is stored as PNG inside).
icotool --create --output msk-console.ico \
  png/msk-console-16.png png/msk-console-24.png png/msk-console-32.png png/msk-console-48.png \
  png/msk-console-64.png png/msk-console-128.png --raw=png/msk-console-256.png
# macOS: one .icns with the sizes png2icns accepts.
png2icns msk-console.icns \
  png/msk-console-16.png png/msk-console-32.png png/msk-console-48.png png/msk-console-128.png \
  png/msk-console-256.png png/msk-console-512.png png/msk-console-1024.png >/dev/null
ls -l msk-console.ico msk-console.icns png/
