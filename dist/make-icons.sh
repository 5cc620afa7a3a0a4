#!/usr/bin/env bash
# Makes the Windows and macOS installer icons, assets/icons/gutlog.ico and gutlog.icns, from the committed PNGs
# (and a 512-pixel rendering of gutlog.svg for the .icns). Needs ImageMagick's `convert` and icnsutils' `png2icns`
# (Debian: apt-get install imagemagick icnsutils). Run it again after changing the icon.
set -euo pipefail
cd "$(dirname "$0")/../assets/icons"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# .ico: one image per size; PNG32 keeps the alpha channel in every one.
for size in 16 32 48 64 128 256; do
  convert "gutlog-$size.png" "PNG32:$work/ico-$size.png"
done
convert "$work"/ico-{16,32,48,64,128,256}.png gutlog.ico

# .icns: png2icns takes 8-bit RGBA images of 16, 32, 48, 128, 256 and 512 pixels.
for size in 16 32 48 128 256; do
  convert "gutlog-$size.png" -depth 8 "PNG32:$work/icns-$size.png"
done
convert -background none -density 192 gutlog.svg -resize 512x512 -depth 8 "PNG32:$work/icns-512.png"
png2icns gutlog.icns "$work"/icns-{16,32,48,128,256,512}.png >/dev/null

echo "Wrote $(pwd)/gutlog.ico and $(pwd)/gutlog.icns"
