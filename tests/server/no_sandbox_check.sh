#!/usr/bin/env bash
# A production build of platform-server (-DCOMPANION_SANDBOX=OFF) has no sandbox: this
# configures build/nosb (once), builds only platform-server, checks that no sandbox code is
# linked, starts it on 127.0.0.1 (port 0, a throw-away data dir, the demo world) and checks
# over HTTP that every /sandbox/... and /api/_test/... route answers 404, that /api/health
# answers 200, that services without a URL answer 503 and that --enable-test-hooks is
# refused. Not a ctest test (the suite's build has the sandboxes); run it by hand or in CI:
#   tests/server/no_sandbox_check.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
build=${1:-build/nosb}
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake --preset ci -B "$build" -DCOMPANION_SANDBOX=OFF >/dev/null
fi
grep -q '^COMPANION_SANDBOX:BOOL=OFF$' "$build/CMakeCache.txt" \
    || { echo "FAIL: $build is not configured with -DCOMPANION_SANDBOX=OFF" >&2; exit 1; }
cmake --build "$build" --target platform-server >/dev/null
server=$build/server/platform-server

failures=0
check() { # check WHAT EXPECTED ACTUAL
    if [[ "$3" == "$2" ]]; then
        printf 'ok   %-58s %s\n' "$1" "$3"
    else
        printf 'FAIL %-58s %s (expected %s)\n' "$1" "$3" "$2"
        failures=$((failures + 1))
    fi
}

linked=$(nm -C "$server" | grep -cE 'StripeSandbox|PlugNmeetSandbox|ResendSandbox|StreamSandbox|SandboxProviders|Sandboxes|TestHookRoutes|WebhookSender' || true)
check "sandbox symbols linked into platform-server" 0 "$linked"
check "libcompanion_server_sandbox.a built" no \
    "$([[ -e $build/server/sandbox/libcompanion_server_sandbox.a ]] && echo yes || echo no)"
check "--print-config: STRIPE_API_URL" '"unset: not available (built without sandboxes)"' \
    "$("$server" --print-config | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["providers"]["STRIPE_API_URL"]))')"

data=$(mktemp -d)
log=$(mktemp)
cleanup() {
    [[ -n "${pid:-}" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
    rm -rf "$data" "$log" "$log.hooks"
}
trap cleanup EXIT

set +e
"$server" --data-dir "$data" --port 0 --enable-test-hooks >/dev/null 2>"$log.hooks"
code=$?
set -e
check "--enable-test-hooks refused (exit code)" 1 "$code"

coproc SERVER { exec "$server" --data-dir "$data" --port 0 --demo 2>"$log"; }
pid=$SERVER_PID
read -r -t 20 base <&"${SERVER[0]}" || { echo "FAIL: the server did not start" >&2; cat "$log" >&2; exit 1; }
echo "server: $base (data dir $data)"

status() { # status METHOD PATH [CURL ARGS...]
    local method=$1 path=$2
    shift 2
    curl -s -o /dev/null -w '%{http_code}' -X "$method" "$@" "$base$path"
}

check "GET /api/health" 200 "$(status GET /api/health)"
for route in \
    "GET /sandbox/stripe/v1" \
    "POST /sandbox/stripe/v1/accounts" \
    "GET /sandbox/stripe/test/accounts/acct_x" \
    "POST /sandbox/stripe/test/checkout" \
    "POST /sandbox/stripe/test/payouts" \
    "GET /sandbox/stripe/onboarding/link_x" \
    "GET /sandbox/stripe/return" \
    "GET /sandbox/plugnmeet/" \
    "POST /sandbox/plugnmeet/auth/room/create" \
    "GET /sandbox/video/room" \
    "POST /sandbox/resend/emails" \
    "GET /sandbox/resend/test/emails" \
    "GET /sandbox/stream/api/v1.0/feed/user/usr_x" \
    "POST /api/_test/sessions" \
    "POST /api/_test/sessions/ses_x/cancel"; do
    check "$route" 404 "$(status $route)"
done

token=$(curl -s -X POST -H 'Content-Type: application/json' \
    -d '{"email":"creator@demo.test","password":"demo1234"}' "$base/api/auth/login" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
auth=(-H "Authorization: Bearer $token")
check "POST /api/payments/connect/onboard (no Stripe)" 503 \
    "$(status POST /api/payments/connect/onboard "${auth[@]}")"
check "POST /api/payments/connect/login-link (no Stripe)" 503 \
    "$(status POST /api/payments/connect/login-link "${auth[@]}")"
check "GET /api/payments/connect/status (stored state)" 200 \
    "$(status GET /api/payments/connect/status "${auth[@]}")"
check "POST /api/video/join (no PlugNmeet)" 503 \
    "$(status POST /api/video/join "${auth[@]}" -H 'Content-Type: application/json' -d '{"session_id":"ses_x"}')"
check "POST /api/stream/token (signed locally)" 200 "$(status POST /api/stream/token "${auth[@]}")"

kill "$pid"
wait "$pid" 2>/dev/null || true
pid=
echo "--- the server's log lines about what is missing:"
grep -E 'not available|provider calls are off' "$log" | sed 's/^/    /'
check "log names PlugNmeet, Stripe and Resend as not available" 3 "$(grep -c 'is not available' "$log")"
echo "--- --enable-test-hooks:"
sed 's/^/    /' "$log.hooks"

if ((failures > 0)); then
    echo "no_sandbox_check: $failures check(s) failed" >&2
    exit 1
fi
echo "no_sandbox_check: all checks passed"
