#!/usr/bin/env bash
# Scores the seed briefing with the shared referee and fails below the floors in
# tests/seed-floor.txt, so accuracy cannot silently regress. Exit 77 (skipped) when ../shared
# is absent.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$root/../shared"
bin="${1:-$root/build/attache}"
seed="$shared/seed/briefing-islamabad.txt"
gold="$shared/gold/briefing-islamabad.gold.jsonl"
if [ ! -f "$seed" ] || [ ! -f "$gold" ]; then
  echo "skipped: $shared is absent (the seed briefing and its gold live there)"
  exit 77
fi
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
"$bin" code --published 2025-02-25 "$seed" >"$out"
lenient=$(python3 "$shared/tools/score-events" "$gold" "$out" | tail -1 | awk '{print $2}')
strict=$(python3 "$shared/tools/score-events" "$gold" "$out" --strict | tail -1 | awk '{print $2}')
read -r floor_lenient floor_strict < <(grep -v '^#' "$root/tests/seed-floor.txt")
echo "seed briefing: lenient F1 $lenient (floor $floor_lenient), strict F1 $strict (floor $floor_strict)"
python3 - "$lenient" "$floor_lenient" "$strict" "$floor_strict" <<'PY'
import sys
l, fl, s, fs = map(float, sys.argv[1:])
sys.exit(0 if l >= fl and s >= fs else 1)
PY
