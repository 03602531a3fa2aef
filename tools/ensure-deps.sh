#!/usr/bin/env bash
# Installs the Debian packages MMM.Statements needs beyond the .NET SDK, when they are missing.
# Usage: tools/ensure-deps.sh run|test
set -euo pipefail
need=()
have() { command -v "$1" >/dev/null 2>&1; }
# PDF text comes from PdfPig (NuGet, restored by the build, run in the mmm-pdf-worker process); poppler's pdftotext
# and pdfinfo read the files PdfPig cannot (it dies, times out, throws, or gets no text from a page) and check them.
# prlimit (util-linux, always installed) jails both.
have pdftotext && have pdftoppm || need+=(poppler-utils)
# Pages without a text layer (scans) are rendered by poppler's pdftoppm and read by Tesseract, in French, English
# or Spanish: the site recognises them whenever it indexes, so `run` needs them too.
have tesseract || need+=(tesseract-ocr)
langs="$(tesseract --list-langs 2>/dev/null || true)"
for lang in fra eng spa; do
  printf '%s\n' "$langs" | grep -qx "$lang" || need+=("tesseract-ocr-$lang")
done
if [ "${1:-run}" = test ]; then
  have qpdf || need+=(qpdf)
  have chromium || need+=(chromium)
  have zzuf || need+=(zzuf)
  fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
  # The alert tests run a real SMTP server on the loopback: aiosmtpd, for Debian's own python3 (the one they start).
  /usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || need+=(python3-aiosmtpd)
fi
[ ${#need[@]} -eq 0 ] && exit 0
echo "Installing missing packages: ${need[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >&2
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
