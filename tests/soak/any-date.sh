#!/usr/bin/env bash
# The whole test command with the machine's clock moved (libfaketime, Debian's faketime)
# to dates that have broken date-dependent suites: Europe's spring-forward night,
# America's fall-back morning, a leap day, the last minute of a year. Then three runs at
# today's date. Each moved run also sets the machine's zone to another one (TZ), since
# tests must not depend on that either. Stops at the first failing run and says which.
#   tests/soak/any-date.sh                                    # all of them
#   tests/soak/any-date.sh '2028-02-29 23:30' Asia/Kolkata -R tst_qml   # one (UTC), ctest args
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
"$root/packaging/install-deps.sh"
# "UTC instant|machine zone"; an empty instant is today's real clock.
runs=("2026-12-01 12:00|UTC" "2027-03-28 00:30|Europe/London" "2027-11-07 06:30|America/New_York"
      "2028-02-29 23:30|Pacific/Auckland" "2030-12-31 23:59|America/Los_Angeles" "|" "|" "|")
if (($# >= 2)); then
    runs=("$1|$2")
    shift 2
fi
for run in "${runs[@]}"; do
    when="${run%%|*}" zone="${run#*|}"
    if [[ -z "$when" ]]; then
        echo "=== today ($(date -u '+%F %T') UTC)"
        "$root/packaging/test.sh" "$@" || { echo "FAILED at today's date"; exit 1; }
        continue
    fi
    echo "=== $when UTC, machine zone $zone"
    epoch="$(date -u -d "$when" +%s)"
    # faketime starts the clock at that instant and lets it run on.
    TZ="$zone" faketime "@$epoch" "$root/packaging/test.sh" "$@" \
        || { echo "FAILED at $when UTC ($zone)"; exit 1; }
done
echo "every date passed"
