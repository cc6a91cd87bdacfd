#!/usr/bin/env bash
# check-install-layout.sh BUILD_DIR APP_ID
# Installs BUILD_DIR into a scratch prefix (/usr, as the package does) and compares the
# file list with what the Debian package must hold.
set -euo pipefail
build="$1"
id="$2"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

DESTDIR="$scratch" cmake --install "$build" --prefix /usr >/dev/null

expected=(
    usr/bin/companion
    usr/bin/companion-cli
    "usr/share/applications/$id.desktop"
    "usr/share/metainfo/$id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$id.svg"
    usr/share/man/man1/companion.1.gz
    usr/share/man/man1/companion-cli.1.gz
)
for size in 16 24 32 48 64 128 256 512; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done

actual="$(cd "$scratch" && find . -type f | sed 's|^\./||' | sort)"
wanted="$(printf '%s\n' "${expected[@]}" | sort)"
if [[ "$actual" != "$wanted" ]]; then
    echo "The install tree differs from the expected package contents (< expected, > installed):"
    diff <(echo "$wanted") <(echo "$actual") || true
    exit 1
fi

# The man pages must be gzip files that name this version.
version="$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")"
for page in companion companion-cli; do
    header="$(gzip -dc "$scratch/usr/share/man/man1/$page.1.gz" | head -n1)"
    [[ "$header" == *"Companion $version"* ]] || { echo "$page.1.gz: no version $version in: $header"; exit 1; }
done
# Each PNG is the size its folder names.
for size in 16 24 32 48 64 128 256 512; do
    png="$scratch/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    dims="$(python3 -c 'import struct, sys
head = open(sys.argv[1], "rb").read(24)
print("%dx%d" % struct.unpack(">II", head[16:24]) if head[:8] == b"\x89PNG\r\n\x1a\n" else "not a PNG")' "$png")"
    [[ "$dims" == "${size}x${size}" ]] || { echo "$png: $dims"; exit 1; }
done
echo "install layout ok: ${#expected[@]} files"
