#!/usr/bin/env bash
# Batch benchmark: generates an N-row CSV in mixed languages and jurisdictions, runs
# `facerights batch` three times each for text and PDF output on all cores, and reports letters/s,
# peak RSS and bytes per letter, next to the time it takes merely to copy the same output files
# (the floor), and the median run.
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

# One run: prints "seconds rss_kb bytes files copy_seconds".
run() {
  local format=$1 ext=$2 out="$work/out-$1-$3"
  /usr/bin/time -f "%e %M" -o "$work/time" \
    "$bin" batch "$work/people.csv" --out-dir "$out" --format "$format" --date 2026-07-01 2>"$work/log-$format" >/dev/null
  grep ' rows: ' "$work/log-$format" >&2
  local secs rss_kb bytes files copy_start copy_end
  read -r secs rss_kb < "$work/time"
  bytes=$(find "$out" -type f -name "*.$ext" -printf '%s\n' | awk '{s+=$1} END {print s}')
  files=$(find "$out" -type f -name "*.$ext" | wc -l)
  copy_start=$(date +%s.%N); cp -r "$out" "$work/copy-$format-$3"; sync; copy_end=$(date +%s.%N)
  echo "$secs $rss_kb $bytes $files $(awk -v a="$copy_start" -v b="$copy_end" 'BEGIN { print b - a }')"
}

# Three runs per format. Outputs are kept until the end: deleting thousands of files slows the
# file system's next allocations for a while, which would penalise the run after.
echo "$rows rows, $(nproc) cores"
for spec in "text txt" "pdf pdf"; do
  set -- $spec
  results=()
  for i in 1 2 3; do results+=("$(run "$1" "$2" "$i")"); done
  printf '%s\n' "${results[@]}" | awk -v f="$1" '{
      printf "%-4s %6d letters in %6.2f s = %7.0f letters/s, peak RSS %5.1f MB, %6.1f KB/letter; copying the output: %.2f s\n",
        f, $4, $1, $4 / $1, $2 / 1024, $3 / $4 / 1024, $5 }'
  printf '%s\n' "${results[@]}" | sort -n | sed -n 2p | awk -v f="$1" '{
      printf "%-4s median: %.2f s = %.0f letters/s\n", f, $1, $4 / $1 }'
done
