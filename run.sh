#!/usr/bin/env bash
# Builds and runs the MMM.Statements site on the bundled statements/ (indexed on first start).
set -euo pipefail
cd "$(dirname "$0")"
bash tools/ensure-deps.sh run
url="${ASPNETCORE_URLS:-http://127.0.0.1:5080}"
echo "Building… then serving MMM.Statements at $url (Ctrl-C to stop)" >&2
exec dotnet run --project src/MMM.Statements.Web -c Release -- --urls "$url"
