#!/usr/bin/env bash
# Measures the tagger and the search on real MMM news pages (tests/fixtures/real-pages.json) kept in a cache folder
# outside the repository: language, UN body, session (where the page states it), document type, topics (P/R/F1),
# and known-item search (is the page, or its other-language version, the first hit?), same- and cross-language apart.
#
#   tools/real-pages/evaluate.sh [CACHE_DIR]      (default: ../real-pages-cache beside the repository, or $REAL_PAGES_CACHE)
#
# CACHE_DIR holds one .html per page, named from its address (tools/real-pages/pages-to-html.py writes them from
# the stored pages). When it is absent the script says so and exits 0: CI cannot reach the pages.
# Set MMM_CLI to a built mmm-statements to skip the build; VERBOSE=1 lists every miss.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cache="${1:-${REAL_PAGES_CACHE:-$(cd "$(dirname "$0")/../../.." && pwd)/real-pages-cache}}"
labels="$repo/tests/fixtures/real-pages.json"

if [[ ! -d "$cache" ]] || ! compgen -G "$cache/*.html" > /dev/null; then
  echo "real pages: no cache at $cache (the pages are not in the repository); nothing measured."
  exit 0
fi

work="$(mktemp -d -t mmm-real-pages.XXXXXX)"
# KEEP=1 keeps the answers (extract/, search/) for a closer look.
if [[ "${KEEP:-}" == 1 ]]; then echo "answers kept in $work" >&2; else trap 'rm -rf "$work"' EXIT; fi

cli="${MMM_CLI:-}"
if [[ -z "$cli" ]]; then
  echo "building the CLI…" >&2
  dotnet build "$repo/src/MMM.Statements.Cli" -c Release -o "$work/cli" -v q -nologo > "$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; exit 1; }
  cli="$work/cli/mmm-statements"
fi

# The statements folder the index is built from: the cached pages and the repository's taxonomy.
mkdir -p "$work/statements/real" "$work/extract" "$work/search"
cp "$cache"/*.html "$work/statements/real/"
cp "$repo/statements/taxonomy.json" "$work/statements/"
for data in "$repo"/statements/*.json; do cp "$data" "$work/statements/"; done

echo "extracting $(ls "$work/statements/real" | wc -l) pages…" >&2
export cli work
ls "$work/statements/real" | xargs -P 2 -I{} sh -c \
  '"$cli" extract "$work/statements/real/{}" --json --source "$work/statements" > "$work/extract/{}.json" 2> /dev/null || true'

echo "indexing…" >&2
"$cli" index --source "$work/statements" --index "$work/index" > "$work/index.log" 2>&1 || { cat "$work/index.log" >&2; exit 1; }

python3 "$here/queries.py" "$labels" > "$work/queries.tsv"
echo "searching $(wc -l < "$work/queries.tsv") queries…" >&2
# One line per query: number, then the text; each answer lands in search/NUMBER.json.
cut -f1,2 "$work/queries.tsv" | xargs -P 2 -d '\n' -I{} sh -c \
  'n="$(printf "%s" "{}" | cut -f1)"; q="$(printf "%s" "{}" | cut -f2-)"; "$cli" search "$q" --index "$work/index" --json > "$work/search/$n.json" 2> /dev/null || true'

# A search the machine was too busy to finish in time comes back empty: ask again, one at a time.
for round in 1 2 3; do
  python3 "$here/queries.py" "$labels" --timed-out "$work" > "$work/retry.tsv"
  [[ -s "$work/retry.tsv" ]] || break
  echo "asking again $(wc -l < "$work/retry.tsv") queries that ran out of time…" >&2
  while IFS=$'\t' read -r n q; do
    "$cli" search "$q" --index "$work/index" --json > "$work/search/$n.json" 2> /dev/null || true
  done < "$work/retry.tsv"
done

python3 "$here/score.py" "$labels" "$work"
