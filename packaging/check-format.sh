#!/usr/bin/env bash
# Checks that every C++ file of the tree is formatted as .clang-format says (changes nothing).
# Lists the files that differ and fails if there are any.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
format=$(command -v clang-format || command -v clang-format-14)
cd "$root"
files=$(git ls-files '*.cpp' '*.h')
differ=0
for f in $files; do
    if ! "$format" --dry-run --Werror "$f" >/dev/null 2>&1; then
        echo "$f"
        differ=$((differ + 1))
    fi
done
if [ "$differ" -gt 0 ]; then
    echo "clang-format: $differ of $(echo "$files" | wc -l) files differ (fix: $format -i FILE)" >&2
    exit 1
fi
echo "clang-format: all $(echo "$files" | wc -l) files match .clang-format"
