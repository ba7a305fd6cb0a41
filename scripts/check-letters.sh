#!/usr/bin/env bash
# Generates a letter for every jurisdiction x request kind with the release binary and checks
# each one from the outside: exit code, the authority's address, no unresolved placeables.
# When PDF output is available it also runs qpdf --check and pdftotext over the PDFs.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --locked --release --quiet
bin=target/release/facerights
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
if "$bin" generate --help | grep -q -- '--paper'; then
  pdfs=0
  for cc in $codes; do
    for kind in access erasure access-erasure; do
      f="$out/$cc-$kind.pdf"
      "$bin" generate --jurisdiction "$cc" --request "$kind" --name "Test Person" --address "Street 1" -o "$f"
      qpdf --check "$f" >/dev/null || { echo "qpdf --check failed for $f"; exit 1; }
      pdftotext "$f" - | grep -q "Test Person" || { echo "pdftotext lost the name in $f"; exit 1; }
      pdfs=$((pdfs + 1))
    done
  done
  echo "$pdfs PDF letters pass qpdf --check and pdftotext"
fi
