#!/usr/bin/env bash
# Renders Companion's hicolor PNGs from the SVGs in resources/icons/ with rsvg-convert
# (Debian package librsvg2-bin). The PNGs are committed, so a build needs no SVG tool;
# run this again after editing either SVG and commit what changed.
#   16 px     from org.peerlearning.companion-16.svg (drawn on the 16-pixel grid)
#   24..512   from org.peerlearning.companion.svg
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
icons="$here/resources/icons"
id=org.peerlearning.companion

command -v rsvg-convert >/dev/null || { echo "render-icons.sh: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }

for size in 16 24 32 48 64 128 256 512; do
    source_svg="$icons/$id.svg"
    [ "$size" -eq 16 ] && source_svg="$icons/$id-16.svg"
    out="$icons/hicolor/${size}x${size}/apps/$id.png"
    mkdir -p "$(dirname "$out")"
    rsvg-convert --width "$size" --height "$size" --format png "$source_svg" --output "$out"
    echo "$out"
done
