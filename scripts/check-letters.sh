#!/usr/bin/env bash
# Generates a letter for every jurisdiction x request kind and checks each one from the outside:
# exit code, no unresolved placeables; for PDFs, qpdf --check and pdftotext.
# Uses the debug build that `cargo test` made (CI time), or builds it.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --locked --quiet
bin="${CARGO_TARGET_DIR:-target}/debug/facerights"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
count=0
codes=$("$bin" jurisdictions --json | python3 -c 'import json,sys; print(" ".join(j["code"] for j in json.load(sys.stdin)))')
for cc in $codes; do
  for kind in access erasure access-erasure; do
    f="$out/$cc-$kind.txt"
    "$bin" generate --jurisdiction "$cc" --request "$kind" --name "Test Person" --address "Street 1" \
      --address "12345 Town" --email test@example.org -o "$f"
    if grep -q '{ *\$' "$f"; then echo "unresolved placeable in $f"; exit 1; fi
    count=$((count + 1))
  done
done
echo "$count text letters generated and checked"
pdfs=0
for cc in $codes; do
  for kind in access erasure access-erasure; do
    f="$out/$cc-$kind.pdf"
    "$bin" generate --jurisdiction "$cc" --request "$kind" --name "Zoë Łukasiewicz-Ørsted" --address "Street 1" \
      --photo-enclosed -o "$f"
    qpdf --check "$f" >/dev/null || { echo "qpdf --check failed for $f"; exit 1; }
    text=$(pdftotext "$f" -)
    grep -q "Zoë Łukasiewicz-Ørsted" <<<"$text" || { echo "pdftotext lost the name in $f"; exit 1; }
    pdfs=$((pdfs + 1))
  done
done
echo "$pdfs PDF letters pass qpdf --check and pdftotext"
