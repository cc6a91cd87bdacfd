#!/usr/bin/env bash
# Runs one libFuzzer target briefly, for ctest (tests/fuzz/CMakeLists.txt):
#   run_fuzzer.sh BINARY CORPUS_DIR SECONDS [DICT]
# Every checked-in input runs first (the regressions: a crash among them fails at once), then
# the target mutates them for SECONDS. New inputs go to a throwaway directory, never into the
# checked-in corpus. Any crash, leak, UB report or failed FUZZ_CHECK fails the test, with
# libFuzzer's report and the input (base64) on stderr.
set -euo pipefail
bin=$1 corpus=$2 seconds=$3 dict=${4:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/new"

# Leaks are checked (libFuzzer runs LeakSanitizer after inputs that allocate more than they
# free, and at exit); UB aborts (the build sets -fno-sanitize-recover=undefined).
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export QT_QPA_PLATFORM=offscreen
# SECONDS is the machine's time to spend, not a date the targets read: under libfaketime
# (the suite's any-date run) libFuzzer's -max_total_time never ran out, so the budget is
# measured without it.
unset LD_PRELOAD FAKETIME

args=(-max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -print_final_stats=1
      -artifact_prefix="$work/")
[[ -n "$dict" ]] && args+=(-dict="$dict")
status=0
"$bin" "${args[@]}" "$work/new" "$corpus" || status=$?
if ((status != 0)); then
    for artifact in "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-*; do
        [[ -f "$artifact" ]] || continue
        echo "--- $(basename "$artifact") (base64); add it to $corpus once fixed:" >&2
        base64 -w0 "$artifact" >&2
        echo >&2
    done
fi
exit "$status"
