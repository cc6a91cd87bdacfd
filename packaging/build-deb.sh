#!/usr/bin/env bash
# packaging/build-deb.sh [PRESET]
# Configures and builds PRESET (default: release), then makes the Debian package with
# CPack (the `deb` target of cmake/Packaging.cmake). Prints the package's path.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
preset="${1:-release}"

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" --target deb >&2

build="$root/build/$preset"
version="$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")"
deb="$build/companion_${version}-1_$(dpkg --print-architecture).deb"
[[ -f "$deb" ]] || { echo "build-deb.sh: CPack did not make $deb" >&2; exit 1; }
echo "$deb"
