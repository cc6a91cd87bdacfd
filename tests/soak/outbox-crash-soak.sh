#!/usr/bin/env bash
# The outbox crash test with 500 SIGKILLs instead of the normal run's 50
# (builds like the test command, then runs only that test).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
COMPANION_CRASH_KILLS="${COMPANION_CRASH_KILLS:-500}" exec "$root/packaging/test.sh" -R tst_outbox_crash --timeout 3600
