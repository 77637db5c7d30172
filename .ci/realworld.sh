#!/usr/bin/env bash
# The real-world recall measure (../shared/realworld, see its README): five
# public RingCentral Go projects with a label for every request site. It
# fails on any false positive, wrong permission or error, and when recall
# falls below REALWORLD_MIN, the figure main reached last: a miss fixed is
# a floor raised. Outside this project's workspace there is no corpus, and
# the step says so and passes.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/realworld
if [ ! -f "$corpus/score.py" ]; then
  echo "realworld: no $corpus here: skipped"
  exit 0
fi
min=${REALWORLD_MIN:-110}
go build -o bin/rcperm ./cmd/rcperm
out=$(python3 "$corpus/score.py" bin/rcperm "$corpus/corpus" 2>&1 || true)
echo "$out"
summary=$(echo "$out" | grep '^real-world: ')
read -r hits total fp wrong errors < <(echo "$summary" |
  sed -E 's/^real-world: recall ([0-9]+)\/([0-9]+), false positives ([0-9]+), wrong permission ([0-9]+), errors ([0-9]+).*/\1 \2 \3 \4 \5/')
if [ "$fp" != 0 ] || [ "$wrong" != 0 ] || [ "$errors" != 0 ] || [ "$hits" -lt "$min" ]; then
  echo "realworld: $summary; want 0 false positives, 0 wrong permissions, 0 errors and recall of at least $min/$total"
  exit 1
fi
