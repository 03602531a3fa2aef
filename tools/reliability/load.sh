#!/usr/bin/env bash
# Search under load (G5), under load with a full rebuild started in the middle (G6), and one address flooding
# while another searches normally (G12), against the real site.
#   tools/reliability/load.sh CORPUS_DIR [seconds=60] [connections=50]
# CORPUS_DIR is a benchmark corpus (bench corpus --docs 10000 --out bench-data/c10k): its html/ is served, its
# queries.txt drives the load. Needs wrk (apt-get install wrk). Prints RESULT lines; figures go in docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tools/reliability/site.sh
corpus="$(readlink -f "${1:?usage: load.sh CORPUS_DIR [seconds] [connections]}")"
seconds="${2:-60}"; connections="${3:-50}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
work=$(mktemp -d); port=$((20000 + RANDOM % 20000)); url="http://127.0.0.1:$port"
# Listen on two loopback addresses so that 127.0.0.2 can play a second client (G12); nothing else is reachable.
listen="http://127.0.0.1:$port;http://127.0.0.2:$port"
password="load-$(date +%s)-$RANDOM"
dotnet build -c Release src/MMM.Statements.Web >/dev/null
start_site() { # $1: searches allowed per address and second
  Statements__SourceDirectory="$corpus/html" Statements__IndexDirectory="$corpus/site-index" Statements__DataDirectory="$work/app-data" \
    Statements__SearchRequestsPerSecond="$1" MMM_ADMIN_PASSWORD="$password" ASPNETCORE_ENVIRONMENT=Development \
    dotnet src/MMM.Statements.Web/bin/Release/net10.0/MMM.Statements.Web.dll --urls "$listen" >>"$work/site.log" 2>&1 &
  site=$!
}
# G5/G6: one wrk process stands for many users, so the per-address limit is raised for these two runs.
start_site 100000
trap 'kill $site 2>/dev/null || true; rm -rf "$work"' EXIT
echo "waiting for the site to index $corpus/html (first run builds the index)…" >&2
wait_idle 2
echo "== quiet run: ${seconds}s, $connections connections" >&2
QUERIES="$corpus/queries.txt" wrk -t2 -c"$connections" -d"${seconds}s" --latency -s tools/reliability/queries.lua "$url" | tee "$work/quiet.txt"

echo "== with a full rebuild started after 10 s" >&2
jar="$work/cookies"
sign_in
( sleep 10
  token=$(curl -s -b "$jar" "$url/admin" | token_of)
  before=$(live_index)
  curl -s -b "$jar" -o /dev/null -w "rebuild request: %{http_code}\n" --data-urlencode "__RequestVerificationToken=$token" "$url/admin?handler=Rebuild" >&2
  echo "live index before the rebuild: $before" >&2 ) &
QUERIES="$corpus/queries.txt" wrk -t2 -c"$connections" -d"${seconds}s" --latency -s tools/reliability/queries.lua "$url" | tee "$work/rebuild.txt"
echo "live index after: $(live_index)" >&2
grep -E "Index build|failed|Unhandled" "$work/site.log" | tail -5 >&2 || true

echo "== G12: 127.0.0.1 floods for 20 s (wrk, 100 connections) while 127.0.0.2 searches 5 times a second (default limit)" >&2
kill $site; wait $site 2>/dev/null || true
start_site 30
until curl -sf "$url/healthz" >/dev/null; do sleep 1; done
# The flood: wrk with more connections than the limiter's queue holds (a curl loop is too slow to exceed 30/s).
flood() { QUERIES="$corpus/queries.txt" wrk -t2 -c100 -d20s -s tools/reliability/queries.lua "$url"; }
calm() { end=$((SECONDS + 20)); while [ $SECONDS -lt $end ]; do curl -s --interface 127.0.0.2 -o /dev/null -w "%{http_code} %{time_total}\n" "http://127.0.0.2:$port/api/search?q=soins"; sleep 0.2; done; }
flood > "$work/flood.txt" & flooding=$!; calm > "$work/calm.txt"; wait $flooding
echo "RESULT flood $(grep RESULT "$work/flood.txt")"
echo "RESULT calm $(cut -d' ' -f1 "$work/calm.txt" | sort | uniq -c | tr '\n' ' ') max_s=$(cut -d' ' -f2 "$work/calm.txt" | sort -n | tail -1)"
curl -s -D - -o /dev/null "$url/api/search?q=x" | grep -i "retry-after" || true
