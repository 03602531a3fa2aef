#!/usr/bin/env bash
# Runs every test of MMM.Statements and ends with one line: "Tests: N passed, N failed, N skipped".
# Options are passed to each `dotnet test`, e.g. ./test.sh --filter "FullyQualifiedName~Localization".
set -uo pipefail
cd "$(dirname "$0")"
bash tools/ensure-deps.sh test || exit 1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One build, then the test projects in two lanes side by side: the suite spends much of its time waiting on child
# processes (pdftotext, tesseract, the site, chromium), so two lanes on two cores take about 40% less wall time
# than one project after another. The lanes are balanced by the projects' run times side by side: the engine tests
# (OCR, poppler and zzuf children, one test class at a time) slow down most when the other lane is busy.
if ! dotnet build MMM.Statements.sln -c Release 2>&1 | tee "$work/build.log"; then
  echo
  echo "Tests: 0 passed, 0 failed, 0 skipped"
  echo "the solution did not build (see the errors above)" >&2
  exit 1
fi

lane() {
  local name=$1; shift
  local code=0
  for project in "$@"; do
    dotnet test "tests/$project/$project.csproj" -c Release --no-build "${args[@]}" 2>&1 \
      | sed -u "s/^/[$project] /" | tee -a "$work/$name.log"
    [ "${PIPESTATUS[0]}" -eq 0 ] || code=1
  done
  echo "$code" > "$work/$name.code"
}
args=("$@")
lane web MMM.Statements.Web.Tests MMM.Statements.Cli.Tests &
lane engine MMM.Statements.Core.Tests MMM.Statements.Search.Tests &
wait

code=0
for name in web engine; do
  [ "$(cat "$work/$name.code" 2>/dev/null || echo 1)" -eq 0 ] || code=1
done
read -r passed failed skipped < <(cat "$work/web.log" "$work/engine.log" | awk '
  /(Passed|Failed)!  - Failed:/ {
    gsub(",", ""); for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1)
    }
  }
  END { print p+0, f+0, s+0 }')
echo
echo "Tests: $passed passed, $failed failed, $skipped skipped"
if [ "$code" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with an error: a project's tests did not run (see the errors above)" >&2
fi
[ "$code" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
