#!/usr/bin/env bash
# packaging/test-deb-install.sh [PRESET]
# Builds the Debian package (packaging/build-deb.sh PRESET, default release), installs it
# with `apt-get install ./companion_*.deb` into a clean Debian 12 (bookworm) root and runs
# it there: `companion --version`, `companion-cli --help`, and a screenshot of the sign-in
# page under Xvfb inside a D-Bus session with GNOME Keyring (the package recommends it).
# When this build tree has platform-server (it is not in the package), the demo platform
# runs on the host's loopback and, in the root, companion-cli signs in through the keyring
# and the app shows the Home, Calendar, Earnings and Settings pages signed in.
#
# Needs root, debootstrap and the Debian mirror. The minimal bookworm root is made once by
# debootstrap in $COMPANION_DEBOOTSTRAP_CACHE (default /var/cache/companion-debootstrap)
# and copied for every run, so each run starts clean. Not part of ctest (it takes minutes
# and the network); docs/PACKAGING.md records a run.
# Leaves BUILD/deb-install.log and BUILD/deb-install-*.png.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
preset="${1:-release}"
cache="${COMPANION_DEBOOTSTRAP_CACHE:-/var/cache/companion-debootstrap}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
base="$cache/bookworm-minbase"
build="$root/build/$preset"

[[ $(id -u) -eq 0 ]] || { echo "test-deb-install.sh: run as root (debootstrap, chroot, mount)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "test-deb-install.sh: needs debootstrap" >&2; exit 1; }

started=$(date +%s)
step() { printf '\n=== [%4ds] %s\n' "$(($(date +%s) - started))" "$*"; }

step "Building the package ($preset)"
deb="$("$root/packaging/build-deb.sh" "$preset")"
mkdir -p "$build"
log="$build/deb-install.log"
exec > >(tee "$log") 2>&1
echo "$deb: $(stat -c %s "$deb") bytes"
dpkg-deb --info "$deb" | grep -E '^ (Package|Version|Architecture|Installed-Size|Depends|Recommends):'

if [[ ! -d "$base" ]]; then
    step "debootstrap --variant=minbase bookworm into $base (once; reused by later runs)"
    rm -rf "$base.partial"
    mkdir -p "$cache"
    debootstrap --variant=minbase bookworm "$base.partial" "$mirror"
    mv "$base.partial" "$base"
fi

step "Copying the clean root"
work="$(mktemp -d /var/tmp/companion-deb-root.XXXXXX)"
mounts=()
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    # Processes started in the root (a keyring daemon outliving its session) hold mounts.
    for proc in /proc/[0-9]*; do
        if [[ "$(readlink "$proc/root" 2>/dev/null)" == "$work" ]]; then
            kill "${proc#/proc/}" 2>/dev/null || true
        fi
    done
    sleep 0.5
    local i
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        umount "${mounts[i]}" 2>/dev/null || umount -l "${mounts[i]}" || true
    done
    # Never delete through a mount that is still there (it would be the host's /dev).
    if findmnt -rn -o TARGET | grep -q "^$work"; then
        echo "test-deb-install.sh: $work still has mounts; leaving it in place" >&2
    else
        rm -rf --one-file-system "$work"
    fi
}
trap cleanup EXIT
cp -a "$base/." "$work/"
mount_in() { mount "$@" && mounts+=("${*: -1}"); }
mount_in -t proc proc "$work/proc"
mount_in -t sysfs sysfs "$work/sys"
mount_in --bind /dev "$work/dev"
mount_in --bind /dev/pts "$work/dev/pts"
cp /etc/resolv.conf "$work/etc/resolv.conf"
cat >"$work/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
SOURCES
cp "$deb" "$work/tmp/"
in_root() { chroot "$work" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }

step "apt-get update"
in_root apt-get update -qq
step "apt-get install -y ./$(basename "$deb")"
in_root sh -c "cd /tmp && apt-get install -y ./$(basename "$deb")" >"$work/tmp/apt-install.log"
grep -E "newly installed|^Setting up companion" "$work/tmp/apt-install.log"
in_root dpkg -L companion

step "companion --version (no display)"
if in_root companion --version; then
    version_note="works without a display"
else
    echo "companion --version failed without a display; again with QT_QPA_PLATFORM=offscreen"
    in_root env QT_QPA_PLATFORM=offscreen companion --version
    version_note="needs QT_QPA_PLATFORM=offscreen"
fi
step "companion-cli --help"
in_root companion-cli --help >"$work/tmp/cli-help.txt"
head -n 5 "$work/tmp/cli-help.txt"
in_root companion-cli --version

step "Installing Xvfb for the smoke test (not a dependency of the package)"
in_root apt-get install -y -qq --no-install-recommends xvfb xauth dbus-daemon >/dev/null
step "Smoke test: the sign-in page under Xvfb"
# A new profile needs a server URL; nothing listens on port 9 and the sign-in page does
# not need an answer to show.
in_root sh -c 'dbus-run-session -- sh -c "
    echo -n smoke | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    xvfb-run -a -s \"-screen 0 1280x800x24\" \
        companion --server http://127.0.0.1:9 --profile /tmp/profile --size 1024x640 \
            --screenshot /tmp/smoke.png --screenshot-report /tmp/smoke.json
" 2>&1' | tee "$work/tmp/smoke.log"
cp "$work/tmp/smoke.png" "$build/deb-install-smoke.png"
missing='is not installed|module .* not found|Cannot load library|Could not find the Qt platform plugin|Driver not loaded'
if grep -E "$missing" "$work/tmp/smoke.log"; then
    echo "FAIL: the app could not load something it needs (above)"
    exit 1
fi
python3 - "$work/tmp/smoke.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
assert report["width"] >= 1024 and report["height"] >= 640, report
visible = [name for name, item in report["items"].items() if item.get("visible")]
print("screenshot %dx%d, %d named items visible" % (report["width"], report["height"], len(visible)))
for name in ("emailField", "passwordField", "signInButton"):
    assert report["items"].get(name, {}).get("visible"), "the sign-in page's %s is not visible" % name
PY

pages="not run: no $build/server/platform-server"
if [[ -x "$build/server/platform-server" ]]; then
    step "Signed in: the demo platform on the host, companion-cli and companion in the root"
    server_dir="$work/tmp/platform"
    "$build/server/platform-server" --data-dir "$server_dir" --port 0 --demo --demo-date 2026-12-01 \
        --clock-start 2026-12-01T14:15:00Z >"$work/tmp/server.out" 2>"$work/tmp/server.err" &
    server_pid=$!
    for _ in $(seq 200); do [[ -s "$work/tmp/server.out" ]] && break; sleep 0.1; done
    url="$(head -n1 "$work/tmp/server.out")"
    [[ "$url" == http://127.0.0.1:* ]] || { echo "platform-server did not start"; cat "$work/tmp/server.err"; exit 1; }
    in_root sh -c 'dbus-run-session -- sh -c "
        echo -n smoke | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        echo demo1234 | companion-cli --server $0 --profile /tmp/demo --clock-start 2026-12-01T14:15:00Z \
            login --email creator@demo.test --password-stdin || exit 1
        companion-cli --profile /tmp/demo --clock-start 2026-12-01T14:15:00Z status || exit 1
        for page in home calendar earnings settings; do
            xvfb-run -a -s \"-screen 0 1280x800x24\" companion --profile /tmp/demo \
                --clock-pin 2026-12-01T14:15:00Z --page \$page --size 1280x800 \
                --screenshot /tmp/page-\$page.png || exit 1
        done
    " 2>&1' "$url" | tee "$work/tmp/pages.log"
    if grep -E "$missing" "$work/tmp/pages.log"; then
        echo "FAIL: the app could not load something it needs (above)"
        exit 1
    fi
    for page in home calendar earnings settings; do
        cp "$work/tmp/page-$page.png" "$build/deb-install-$page.png"
    done
    pages="signed in as the demo creator: $build/deb-install-{home,calendar,earnings,settings}.png"
fi

step "Done"
echo "package:  $deb ($(stat -c %s "$deb") bytes)"
echo "--version $version_note"
echo "sign-in page: $build/deb-install-smoke.png"
echo "pages: $pages"
echo "log: $log"
