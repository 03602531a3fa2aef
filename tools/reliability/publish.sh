#!/usr/bin/env bash
# How long a statement published from the admin page takes to become searchable (issue #9), against the real site.
#   tools/reliability/publish.sh CORPUS_DIR [publications=5] [seconds between publications=0]
# CORPUS_DIR is a benchmark corpus (bench corpus --docs 10000 --out bench-data/c10k). Its html/ and the site's index of it
# (CORPUS_DIR/site-index, built by load.sh or on the first run here) are copied to a temporary folder, so the corpus
# is left as it was. Each publication uploads a small HTML statement holding a word found nowhere else, publishes it
# from its preview with the admin's form, and polls /api/search for that word every 20 ms: the figure is the time from
# the publish request to the first search that finds it. Publications follow each other as soon as the site is idle,
# or a given number of seconds apart (as staff publish). Then every query of CORPUS_DIR/queries.txt is searched once
# and the site's resident memory is printed. Prints RESULT lines.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tools/reliability/site.sh
corpus="$(readlink -f "${1:?usage: publish.sh CORPUS_DIR [publications]}")"
count="${2:-5}"
interval="${3:-0}"
work=$(mktemp -d); port=$((20000 + RANDOM % 20000)); url="http://127.0.0.1:$port"
password="publish-$(date +%s)-$RANDOM"
cp -a "$corpus/html" "$work/html"
[ -d "$corpus/site-index" ] && cp -a "$corpus/site-index" "$work/index"
# On disk before the site starts, as a site's files are: else the first fsync of a copied file pays for writing it all.
sync
dotnet build -c Release src/MMM.Statements.Web >/dev/null
Statements__SourceDirectory="$work/html" Statements__IndexDirectory="$work/index" Statements__DataDirectory="$work/app-data" \
  Statements__SearchRequestsPerSecond=1000 MMM_ADMIN_PASSWORD="$password" ASPNETCORE_ENVIRONMENT=Development \
  dotnet src/MMM.Statements.Web/bin/Release/net10.0/MMM.Statements.Web.dll --urls "$url" >>"$work/site.log" 2>&1 &
site=$!
trap 'kill $site 2>/dev/null || true; rm -rf "$work"' EXIT
echo "waiting for the site (the first run on a corpus builds its index)…" >&2
wait_idle 1
echo "statements: $(indexed_statements)" >&2
[ -d "$corpus/site-index" ] || cp -a "$work/index" "$corpus/site-index"

jar="$work/cookies"
sign_in

for n in $(seq 1 "$count"); do
  sleep "$interval"
  word="publicationtemoin$RANDOM$n"
  file="$work/communique-$n-$RANDOM.html"
  printf '<!doctype html><html lang="fr"><head><title>Communiqué %s</title></head><body><article><h1>Communiqué %s</h1><p>23.11.26</p><p>Les mères et les familles : note de publication %s sur la protection sociale.</p></article></body></html>' "$n" "$n" "$word" >"$file"
  token=$(curl -s -b "$jar" "$url/admin/upload" | token_of)
  preview=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{redirect_url}' -F "__RequestVerificationToken=$token" -F "files=@$file;type=text/html" "$url/admin/upload")
  [ -n "$preview" ] || { echo "upload $n was not accepted" >&2; exit 1; }
  token=$(curl -s -b "$jar" "$preview" | token_of)
  start=$(date +%s%N)
  status=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{http_code}' --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Form.Title=Communiqué $n" --data-urlencode "Form.Language=fr" --data-urlencode "Form.Date=2026-11-23" \
    "$url/admin/preview?handler=Publish&id=${preview##*id=}")
  [ "$status" = 302 ] || { echo "publication $n: the publish request answered $status" >&2; exit 1; }
  until curl -s "$url/api/search?q=$word" | grep -q '"total":[1-9]'; do
    sleep 0.02
    if [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 600000 ]; then echo "publication $n not searchable after 10 minutes" >&2; exit 1; fi
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "RESULT publication=$n searchable_after_ms=$ms index=$(live_index)"
  # The next publication starts from an idle site, as staff publish one statement at a time.
  wait_idle 0.2
done
# The site's resident memory once every benchmark query has been searched (with facets and snippets, as the page does).
if [ -f "$corpus/queries.txt" ]; then
  while IFS= read -r q; do
    curl -s -o /dev/null -G --data-urlencode "q=$q" "$url/api/search"
  done <"$corpus/queries.txt"
fi
# Resident memory split as the kernel counts it: the process's own (heap, runtime) and the mapped files (index, code).
kb() { awk -v k="$1:" '$1 == k { print int($2 / 1024) }' "/proc/$site/status"; }
echo "RESULT site_rss_mb=$(kb VmRSS) anonymous_mb=$(kb RssAnon) mapped_files_mb=$(kb RssFile) statements=$(indexed_statements)"
grep -E "Unhandled|fail:" "$work/site.log" | tail -5 >&2 || true
