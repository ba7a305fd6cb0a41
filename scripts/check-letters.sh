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
json=$("$bin" jurisdictions --json)
codes=$(python3 -c 'import json,sys; print(" ".join(j["code"] for j in json.load(sys.stdin)))' <<<"$json")
# The jurisdictions whose law has a reminder, and a complaint, letter.
with_letter() {
  python3 -c 'import json,sys; print(" ".join(j["code"] for j in json.load(sys.stdin) if sys.argv[1] in j["letters"]))' "$1" <<<"$json"
}
reminders=$(with_letter reminder)
complaints=$(with_letter complaint)
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
# Reminders and complaints for every jurisdiction whose law has them (complaints: every one with an
# authority), as PDF, in the default language (the authority's for complaints).
follow=0
for cc in $reminders; do
  f="$out/$cc-reminder.pdf"
  "$bin" generate --jurisdiction "$cc" --request reminder --first-request access-erasure \
    --received 2026-09-01 --date 2026-12-01 --name "Zoë Łukasiewicz-Ørsted" --address "Street 1" -o "$f" 2>/dev/null
  qpdf --check "$f" >/dev/null || { echo "qpdf --check failed for $f"; exit 1; }
  follow=$((follow + 1))
done
for cc in $complaints; do
  [ "$cc" = DE ] && continue
  f="$out/$cc-complaint.pdf"
  "$bin" generate --jurisdiction "$cc" --request complaint --first-request access --outcome no-reply \
    --received 2026-09-01 --date 2026-12-01 --name "Zoë Łukasiewicz-Ørsted" --address "Street 1" -o "$f" 2>/dev/null
  qpdf --check "$f" >/dev/null || { echo "qpdf --check failed for $f"; exit 1; }
  grep -q "Zoë Łukasiewicz-Ørsted" <<<"$(pdftotext "$f" -)" || { echo "pdftotext lost the name in $f"; exit 1; }
  follow=$((follow + 1))
done
echo "$follow reminder and complaint PDFs pass qpdf --check and pdftotext"
