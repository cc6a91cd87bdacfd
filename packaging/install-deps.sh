#!/usr/bin/env bash
# Installs the Debian packages listed in packaging/debian-packages.txt that are
# missing, then the npm packages of tests/ical (the .ics checker and benchmark).
# Idempotent: when everything is present it only runs dpkg-query and a file test.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mapfile -t wanted < <(grep -Ev '^\s*(#|$)' "$here/debian-packages.txt")
missing=()
for pkg in "${wanted[@]}"; do
    status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
    [[ "$status" == "installed" ]] || missing+=("$pkg")
done
if ((${#missing[@]} > 0)); then
    echo "Installing ${#missing[@]} missing Debian packages: ${missing[*]}" >&2
    sudo=""
    if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm packages (ical.js, ical-generator, ...) pinned by tests/ical/package-lock.json.
# npm writes node_modules/.package-lock.json on install: reinstall only when it is
# missing or older than the lock file.
ical_dir="$here/../tests/ical"
installed_lock="$ical_dir/node_modules/.package-lock.json"
if [[ ! -f "$installed_lock" || "$ical_dir/package-lock.json" -nt "$installed_lock" ]]; then
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
        echo "install-deps.sh: 'node' and 'npm' (Node.js 20+) are required for tests/ical but were not found on PATH" >&2
        exit 1
    fi
    echo "Installing npm packages for tests/ical (npm ci)" >&2
    npm ci --prefix "$ical_dir" --no-audit --no-fund --loglevel=error >/dev/null
fi
