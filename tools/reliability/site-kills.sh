#!/usr/bin/env bash
# G7 against the real site: K times, request a full rebuild from the admin page, SIGKILL the site at a random moment
# of the rebuild, check the index it left, restart the site and check it serves and cleaned up.
#   tools/reliability/site-kills.sh [K=20] [max-delay-ms=4000]   (a full rebuild of statements/ takes 2–4 s here)
# Works on a copy of the bundled statements/ in a temporary folder. Before each rebuild one statement is moved out of
# the folder or back, so the old and the new build differ by one statement. After each kill: `mmm-statements verify`
# passes and `stats` counts exactly the old or the new number (checked before the site restarts, so the start-up update
# cannot hide anything); then the restarted site answers /healthz 200, serves the folder's statements (its start-up update), and the index folder
# holds one commit (Lucene keeps only the last). Prints one line per kill and a RESULT line.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tools/reliability/site.sh
kills="${1:-20}"; max_delay="${2:-4000}"
work=$(mktemp -d); port=$((20000 + RANDOM % 20000)); url="http://127.0.0.1:$port"
password="kills-$(date +%s)-$RANDOM"
cp -a statements "$work/statements"; mkdir -p "$work/aside"
moving=$(cd "$work/statements" && find . -name '*.html' | sort | head -1)
dotnet build -c Release src/MMM.Statements.Web >/dev/null
dotnet build -c Release src/MMM.Statements.Cli >/dev/null
cli() { dotnet src/MMM.Statements.Cli/bin/Release/net10.0/mmm-statements.dll "$@"; }
site=""
start_site() {
  Statements__SourceDirectory="$work/statements" Statements__IndexDirectory="$work/index" Statements__DataDirectory="$work/app-data" \
    MMM_ADMIN_PASSWORD="$password" ASPNETCORE_ENVIRONMENT=Development \
    dotnet src/MMM.Statements.Web/bin/Release/net10.0/MMM.Statements.Web.dll --urls "$url" >>"$work/site.log" 2>&1 &
  site=$!
  wait_idle 0.3
}
trap 'kill -9 $site 2>/dev/null || true; rm -rf "$work"' EXIT
jar="$work/cookies"
count() { cli stats --index "$work/index" --json | sed -n 's/.*"statements":\([0-9]*\).*/\1/p' | head -1; }
start_site
held=0; mid=0
for k in $(seq 1 "$kills"); do
  old=$(count)
  if [ -e "$work/statements/$moving" ]; then mv "$work/statements/$moving" "$work/aside/x.html"; new=$((old - 1))
  else mv "$work/aside/x.html" "$work/statements/$moving"; new=$((old + 1)); fi
  sign_in
  token=$(curl -s -b "$jar" "$url/admin" | token_of)
  curl -s -b "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$token" "$url/admin?handler=Rebuild"
  delay=$((RANDOM * 32768 + RANDOM)); delay=$((delay % max_delay))
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  stage=$(curl -s -b "$jar" "$url/admin/api/build/progress" | sed -n 's/.*"stage":"\([a-z]*\)".*/\1/p')
  kill -9 "$site"; wait "$site" 2>/dev/null || true
  cli verify --index "$work/index" >/dev/null || { echo "kill $k: verify FAILED" >&2; exit 1; }
  after=$(count)
  [ "$after" = "$old" ] || [ "$after" = "$new" ] || { echo "kill $k: $after statements, expected $old or $new" >&2; exit 1; }
  [ -n "$stage" ] && mid=$((mid + 1))
  start_site
  # The restarted site serves the last commit, and Lucene keeps only that commit on disk.
  commits=$(ls "$work/index" | grep -c '^segments_' || true)
  [ "$commits" = 1 ] || { echo "kill $k: $commits commits on disk after restart" >&2; ls "$work/index" >&2; exit 1; }
  [ "$(indexed_statements)" = "$new" ] || { echo "kill $k: the restarted site serves $(indexed_statements) statements, not the folder's $new" >&2; exit 1; }
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/healthz")" = 200 ] || { echo "kill $k: /healthz not 200 after restart" >&2; exit 1; }
  held=$((held + 1))
  echo "kill $k: after ${delay} ms (stage ${stage:-none: the build had ended}), statements $old → $after (new build $new), $commits commit on disk after restart"
done
echo "RESULT kills=$kills held=$held killed_mid_build=$mid"
