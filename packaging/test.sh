#!/usr/bin/env bash
# Installs what is missing, checks the C++ formatting, builds (warnings are errors) and runs every test
# through ctest, headless: offscreen Qt, and a private D-Bus session with an
# unlocked gnome-keyring so QtKeychain talks to a real Secret Service. Then it builds the fuzz
# targets with clang (the `fuzz` preset, build/fuzz) and runs each a few seconds
# (tests/fuzz, docs/FUZZING.md).
# Extra arguments go to ctest, e.g. `packaging/test.sh -R tst_cli`; with them the fuzz run is skipped.
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

fuzz_log="$sandbox/fuzz.log"
if (($# == 0)); then
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz
    ctest --preset fuzz -j2 --no-label-summary 2>&1 | tee "$fuzz_log" || status=$?
fi
# End with ctest's summary lines (the suite's, then the fuzz run's), whatever ctest printed after them.
grep -E '^[0-9]+% tests passed' "$log" | tail -n1 || true
[[ -f "$fuzz_log" ]] && { grep -E '^[0-9]+% tests passed' "$fuzz_log" | tail -n1 | sed 's/^/fuzz: /' || true; }
exit "$status"
