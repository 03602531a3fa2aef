#!/usr/bin/env bash
# G7 against the CLI at scale: K times, a full rebuild (`mmm-statements index --full`) of a statements folder is
# SIGKILLed at a random moment; after each kill the index must open, pass `verify` (Lucene's CheckIndex and our counts)
# and hold exactly the statements of the last commit before the kill or of the build that was killed.
#   tools/reliability/build-kills.sh SOURCE_DIR [K=100] [window=1.2]
# SOURCE_DIR is any statements folder, e.g. the 10,000 pages of ../shared/bench's corpus (`bench corpus`'s html/).
# It is linked into a temporary folder, never written; before each build one small page is added to the copy or
# removed from it, so the old and the new build differ by one statement. Each kill lands after a random 0–window
# build-lengths (the length of the first full build), so some builds finish and some are killed in every stage, the
# commit included. Prints one line per kill and a RESULT line; exits 1 at the first kill the index does not survive.
set -euo pipefail
cd "$(dirname "$0")/../.."
source_dir="$(cd "${1:?usage: build-kills.sh SOURCE_DIR [K] [window]}" && pwd)"
kills="${2:-100}"; window="${3:-1.2}"
work=$(mktemp -d -t mmm-build-kills.XXXXXX)
trap 'kill -9 "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet build -c Release src/MMM.Statements.Cli >/dev/null
cli() { dotnet src/MMM.Statements.Cli/bin/Release/net10.0/mmm-statements.dll "$@"; }
count() { cli stats --index "$work/index" --json | sed -n 's/.*"statements":\([0-9]*\).*/\1/p' | head -1; }

# Hard links where the file system allows, a copy where it does not: the source folder is never written.
cp -al "$source_dir" "$work/statements" 2>/dev/null || cp -a "$source_dir" "$work/statements"
cp -n statements/*.json "$work/statements/" 2>/dev/null || true
extra="$work/statements/zz-build-kills-extra.html"

start=$(date +%s%N)
cli index --source "$work/statements" --index "$work/index" --full >/dev/null 2>&1
build_ms=$(( ($(date +%s%N) - start) / 1000000 ))
old=$(count); base=$old
echo "first full build: ${build_ms} ms, ${old} statements"
window_ms=$(awk -v b="$build_ms" -v w="$window" 'BEGIN { printf "%d", b * w }')

held=0; mid=0
for k in $(seq 1 "$kills"); do
  if [ -e "$extra" ]; then rm "$extra"; else
    printf '<!doctype html><html lang="fr"><head><title>Note %s</title></head><body><article><h1>Note %s</h1><p>Une note ajoutée pour l’essai %s sur les mères et le travail de soin.</p></article></body></html>' "$k" "$k" "$k" > "$extra"
  fi
  if [ -e "$extra" ]; then new=$((base + 1)); else new=$base; fi
  delay=$(( (RANDOM * 32768 + RANDOM) % (window_ms + 1) ))
  # dotnet itself in the background (not the cli function, whose subshell a kill would leave the build running under).
  dotnet src/MMM.Statements.Cli/bin/Release/net10.0/mmm-statements.dll index --source "$work/statements" --index "$work/index" --full \
    >/dev/null 2>"$work/build.err" & pid=$!
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  if kill -9 "$pid" 2>/dev/null; then killed=yes; mid=$((mid + 1)); else killed=no; fi
  wait "$pid" 2>/dev/null || true; pid=""
  cli verify --index "$work/index" >"$work/verify.out" 2>&1 || { echo "kill $k: verify FAILED" >&2; cat "$work/verify.out" >&2; exit 1; }
  after=$(count)
  [ "$after" = "$old" ] || [ "$after" = "$new" ] || { echo "kill $k: $after statements, expected $old or $new" >&2; exit 1; }
  commits=$(ls "$work/index" | grep -c '^segments_' || true)
  echo "kill $k: after ${delay} ms (process killed: $killed), statements $old → $after (new build $new), $commits commit(s) on disk"
  held=$((held + 1)); old=$after
done
echo "RESULT kills=$kills held=$held processes_killed=$mid first_build_ms=$build_ms"
