#!/usr/bin/env bash
# Regenerates the sample corpus: HTML sources and news pages (generate.py), then every PDF in statements/
# printed by Debian's chromium, the image-only scan and the password-protected file.
# Usage: tools/sample-pdfs/print.sh [PATTERN]  (from anywhere; needs python3, chromium, poppler-utils, qpdf)
#        PATTERN, when given, reprints only the PDFs whose target path contains it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
user_pw="mmm-lecture"   # documented in statements/README.md
owner_pw="mmm-owner-2025"

python3 "$here/generate.py"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

print_pdf() { # SRC.html OUT.pdf
  local profile
  profile="$(mktemp -d "$work/profile.XXXX")"
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" --no-pdf-header-footer \
    --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
  rm -rf "$profile"
  [ -s "$2" ] || { echo "chromium did not print $1" >&2; exit 1; }
}

while read -r layout src target; do
  [ -n "$layout" ] || continue
  case "$target" in *"${1:-}"*) ;; *) continue ;; esac
  out="$root/statements/$target"
  mkdir -p "$(dirname "$out")"
  case "$layout" in
    scan)
      # A page printed, rendered to a 100 dpi PNG, then printed again inside an <img>: no text layer remains.
      print_pdf "$here/src/$src" "$work/scan-text.pdf"
      pdftoppm -r 100 -png -f 1 -l 1 -singlefile "$work/scan-text.pdf" "$work/scan"
      cat > "$work/scan.html" <<HTML
<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page{size:A4;margin:0}body{margin:0}img{width:210mm;height:297mm;display:block}</style></head>
<body><img src="scan.png" alt=""></body></html>
HTML
      print_pdf "$work/scan.html" "$out"
      ;;
    encrypted)
      print_pdf "$here/src/$src" "$work/plain.pdf"
      rm -f "$out"
      qpdf --encrypt "$user_pw" "$owner_pw" 256 -- "$work/plain.pdf" "$out" || [ $? -eq 3 ]
      ;;
    *)
      print_pdf "$here/src/$src" "$out"
      ;;
  esac
  echo "printed statements/$target ($layout)"
done < "$here/jobs.txt"
