#!/usr/bin/env bash
# Installs what is missing, builds, starts platform-server with demo data on a
# free loopback port and opens Companion signed in as the demo creator.
# Ctrl-C or closing the window stops both. Extra arguments go to `companion`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [[ -z "${COMPANION_DEMO_BUILT:-}" ]]; then
    packaging/install-deps.sh
    cmake --preset release >/dev/null
    cmake --build --preset release
    export COMPANION_DEMO_BUILT=1
fi

# Without a desktop session there is no Secret Service: run inside a private
# D-Bus session with a throwaway unlocked keyring instead.
if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
    keyring_home="$(mktemp -d)"
    echo "No D-Bus session: using a throwaway keyring in $keyring_home." >&2
    XDG_DATA_HOME="$keyring_home" dbus-run-session -- bash -c \
        'echo -n demo | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "$0" "$@"' "$0" "$@" || status=$?
    rm -rf "$keyring_home"
    exit "${status:-0}"
fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display: running Companion inside Xvfb (pass --screenshot FILE to see it)." >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

bin="$root/build/release"
state="$(mktemp -d)"
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$state"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$bin/server/platform-server" --data-dir "$state/server" --port 0 --demo >"$state/server.out" &
server_pid=$!
for _ in $(seq 200); do
    [[ -s "$state/server.out" ]] && break
    sleep 0.1
done
url="$(head -n1 "$state/server.out")"
[[ "$url" == http://127.0.0.1:* ]] || { echo "platform-server did not start" >&2; exit 1; }
sleep 0.5
tail -n +2 "$state/server.out"
echo "Demo platform at $url"

profile="$state/profile"
printf '%s\n' demo1234 | "$bin/app/companion-cli" --server "$url" --profile "$profile" \
    login --email creator@demo.test --password-stdin
"$bin/app/companion" --server "$url" --profile "$profile" "$@"
