#!/usr/bin/env bash
# Runs every test of MMM.Statements and ends with one line: "Tests: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"
bash tools/ensure-deps.sh test || exit 1
log=$(mktemp)
dotnet test MMM.Statements.sln -c Release "$@" 2>&1 | tee "$log"
code=${PIPESTATUS[0]}
read -r passed failed skipped < <(awk '
  /(Passed|Failed)!  - Failed:/ {
    gsub(",", ""); for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1)
    }
  }
  END { print p+0, f+0, s+0 }' "$log")
rm -f "$log"
echo
echo "Tests: $passed passed, $failed failed, $skipped skipped"
if [ "$code" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $code: a project did not build or its tests did not run (see the errors above)" >&2
fi
[ "$code" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
