#!/usr/bin/env bash
# Batch benchmark: generates an N-row CSV in mixed languages and jurisdictions, runs
# `facerights batch` for text and PDF output on all cores, and reports letters/s, peak RSS and
# bytes per letter, next to the time it takes merely to copy the same output bytes (the floor).
#
#   scripts/bench-batch.sh [ROWS]        (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-10000}
cargo build --release --locked --quiet
bin="$(realpath "${CARGO_TARGET_DIR:-target}")/release/facerights"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$rows" "$work/people.csv" <<'PY'
import csv, random, sys
rows, path = int(sys.argv[1]), sys.argv[2]
random.seed(7)
people = [
    ("IT", "Giulia", "Bianchi", "Via Garibaldi {n}", "00184 Roma"),
    ("DE", "Jürgen", "Weiß", "Hauptstraße {n}", "20095 Hamburg"),
    ("FR", "Élodie", "Lefèvre", "{n} rue de la Paix", "75002 Paris"),
    ("GR", "Ελένη", "Παπαδοπούλου", "Οδός Αθηνάς {n}", "105 51 Αθήνα"),
    ("NL", "Sanne", "de Vries", "Damrak {n}", "1012 LG Amsterdam"),
    ("PL", "Łukasz", "Wójcik", "ul. Długa {n}", "00-238 Warszawa"),
    ("BG", "Гергана", "Иванова", "ул. Раковски {n}", "1000 София"),
    ("ES", "Íñigo", "Muñoz", "Calle Mayor {n}", "28013 Madrid"),
    ("GB", "Siobhan", "O'Brien", "{n} High Street", "Leeds LS1 1AA"),
    ("AT", "Anna", "Gruber", "Ringstraße {n}", "1010 Wien"),
]
kinds = ["access", "erasure", "access-erasure"]
with open(path, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["name", "email", "address", "jurisdiction", "request", "reference", "photo_enclosed"])
    for i in range(rows):
        cc, first, last, street, town = people[i % len(people)]
        w.writerow([f"{first} {last} {i}", f"p{i}@example.org", street.format(n=i % 200 + 1) + "\n" + town,
                    cc, kinds[i % 3], f"NGO-{i:06d}", "yes" if i % 4 == 0 else "no"])
PY

run() {
  local format=$1 out="$work/out-$1"
  /usr/bin/time -f "%e %M" -o "$work/time-$format" \
    "$bin" batch "$work/people.csv" --out-dir "$out" --format "$format" --date 2026-03-02 2>"$work/log-$format" >/dev/null
  read -r secs rss_kb < "$work/time-$format"
  local bytes files
  bytes=$(find "$out" -type f -name "*.$2" -printf '%s\n' | awk '{s+=$1} END {print s}')
  files=$(find "$out" -type f -name "*.$2" | wc -l)
  local copy_start copy_end
  copy_start=$(date +%s.%N); cp -r "$out" "$work/copy-$format"; sync; copy_end=$(date +%s.%N)
  awk -v f="$format" -v n="$files" -v s="$secs" -v r="$rss_kb" -v b="$bytes" -v c0="$copy_start" -v c1="$copy_end" 'BEGIN {
    printf "%-4s %6d letters in %6.2f s = %7.0f letters/s, peak RSS %5.1f MB, %6.1f KB/letter; copying the output: %.2f s\n",
      f, n, s, n / s, r / 1024, b / n / 1024, c1 - c0 }'
  tail -n 1 "$work/log-$format"
  rm -rf "$work/copy-$format"
}
echo "$rows rows, $(nproc) cores"
run text txt
run pdf pdf
