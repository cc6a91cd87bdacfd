#!/usr/bin/env bash
# Fails, naming the files, when clang-format (the repo's .clang-format) would change
# any tracked C++ file. Run by packaging/test.sh, so CI enforces what the README says.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h')
bad=()
for f in "${files[@]}"; do
    if ! clang-format --dry-run -Werror "$f" >/dev/null 2>&1; then
        bad+=("$f")
    fi
done
if ((${#bad[@]} > 0)); then
    echo "clang-format would change ${#bad[@]} file(s); run: clang-format -i ${bad[*]}" >&2
    exit 1
fi
echo "clang-format: ${#files[@]} C++ files are formatted"
