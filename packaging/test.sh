#!/usr/bin/env bash
# Installs what is missing, checks the C++ formatting, builds (warnings are errors) and runs every test
# through ctest, headless: offscreen Qt, and a private D-Bus session with an
# unlocked gnome-keyring so QtKeychain talks to a real Secret Service.
# Extra arguments go to ctest, e.g. `packaging/test.sh -R tst_cli`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

packaging/install-deps.sh
packaging/check-format.sh
cmake --preset ci >/dev/null
cmake --build --preset ci

# Fresh, throwaway homes for the keyring and settings: tests never touch yours.
sandbox="$(mktemp -d)"
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox/data" "$sandbox/config" "$sandbox/cache" "$sandbox/runtime"
chmod 700 "$sandbox/runtime"
mkdir -p "$sandbox/state"
export XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config" XDG_CACHE_HOME="$sandbox/cache" XDG_STATE_HOME="$sandbox/state"
export XDG_RUNTIME_DIR="$sandbox/runtime"
export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1
unset DISPLAY WAYLAND_DISPLAY

log="$sandbox/ctest.log"
status=0
dbus-run-session -- bash -c '
    echo -n companion-ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec ctest --preset ci -j2 --no-label-summary "$@"
' ctest "$@" 2>&1 | tee "$log" || status=$?
# End with ctest's summary line, whatever ctest printed after it.
grep -E '^[0-9]+% tests passed' "$log" | tail -n1 || true
exit "$status"
