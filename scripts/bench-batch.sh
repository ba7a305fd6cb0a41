#!/usr/bin/env bash
# Batch benchmark on two inputs, each run three times (RUNS) per format on all cores, reporting
# letters/s, peak RSS and bytes per letter next to the time it takes merely to copy the same
# output files (the floor), and the median run. Times are end to end, process start included.
#
# - ten:   ROWS rows in 10 languages and 3 scripts (10 jurisdictions), the original workload.
# - mixed: pan-European: rows from all 31 jurisdictions (codes from `facerights jurisdictions
#          --json`), each in its country's default letter language (the language column is left
#          empty), all three request kinds, photo or not, names in Latin with every diacritic of
#          the EU languages plus Greek and Cyrillic; at 2,000 and at ROWS rows.
#
#   scripts/bench-batch.sh [ROWS]          (default 10000)
#   WORKLOADS="mixed" RUNS=5 scripts/bench-batch.sh
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-10000}
runs=${RUNS:-3}
workloads=${WORKLOADS:-ten mixed}
cargo build --release --locked --quiet
bin="$(realpath "${CARGO_TARGET_DIR:-target}")/release/facerights"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$rows" "$work/ten.csv" <<'PY'
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

# The 31 GDPR jurisdictions (countries, not Germany's Länder; not the regimes beyond the GDPR).
"$bin" jurisdictions --json | python3 -c '
import json, sys
gdpr = ("eu-gdpr", "eea-gdpr", "uk-gdpr")
print(" ".join(j["code"] for j in json.load(sys.stdin) if not j.get("parent") and j["law"] in gdpr))' > "$work/codes"
gen_mixed() {
  python3 - "$1" "$2" $(cat "$work/codes") <<'PY'
import csv, random, sys
rows, path, codes = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
assert len(codes) == 31, codes
random.seed(11)
# First and last names in Latin with the diacritics of every EU (and EEA) language, Greek and
# Cyrillic; each row takes a first and a last name from one script, so every script and most
# letters of Latin Extended-A/B and Latin-1 occur in every thousand rows.
latin_first = ["Åsa", "Þóra", "Łucja", "Ștefan", "Ţiţeica", "Őrs", "Űrsula", "Šárka", "Kęstutis",
    "Ērika", "Ģirts", "Ķārlis", "Ļena", "Ņikita", "Čeněk", "Řehoř", "Ůna", "Ďárius", "Ťažký",
    "Ňord", "Ľubica", "Ĺudo", "Ŕut", "Żaneta", "Ździsław", "Ćwiek", "Ńela", "Śláwa", "Ąžuolas",
    "Đurđa", "Zoë", "Ðís", "Æðelbert", "Øystein", "Œdipe", "Ħelena", "Ġorġ", "Ċikku",
    "Jürgen", "Élodie", "Íñigo", "Çağla", "Ãngela", "Ėglė", "Įveta", "Ųla", "Ūla", "Āris",
    "Īvo", "Māris", "Ðorđe", "Ğülşen", "Ÿvonne", "Ŝofia", "Ĝino", "Ĥugo", "Ĵan", "Ŭrsa"]
latin_last = ["Łęcka-Ștefănescu", "Þórðardóttir", "Ősz-Ürgé", "Šťastný", "Kazlauskaitė",
    "Bērziņa", "Dvořáček", "Żółkiewska", "Ñúñez-Ibáñez", "Müller-Weiß", "Lefèvre", "Ó Súilleabháin",
    "Borġ", "Ħabib", "Ċaruana", "Åberg", "Sørensen", "Kõiv", "Mäkinen", "Vuković", "Horváth",
    "Popescu-Țăran", "Gonçalves", "Dąbrowski", "Kovačič", "Ďuriš", "Väärä", "Œuvrard", "Ŧarić"]
greek_first = ["Ελένη", "Γιώργος", "Ζωή", "Αϊδονίδου", "Ευάγγελος", "Ψυχή", "Ϊ́ρις", "Ϋ́λη"]
greek_last = ["Παπαδοπούλου", "Χατζηγεωργίου", "Οικονόμου", "Ξυδάκης", "Θεοδωρίδης", "Φωτίου"]
cyr_first = ["Гергана", "Мария", "Ѝван", "Щерю", "Юлия", "Цветан", "Ясен", "Жечка"]
cyr_last = ["Иванова", "Христозов", "Ъглеников", "Шишманов", "Фурнаджиева", "Зографски"]
scripts = [(latin_first, latin_last)] * 6 + [(greek_first, greek_last), (cyr_first, cyr_last)]
kinds = ["access", "erasure", "access-erasure"]
with open(path, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["name", "email", "address", "jurisdiction", "request", "reference", "photo_enclosed"])
    for i in range(rows):
        first, last = random.choice(scripts)
        name = f"{random.choice(first)} {random.choice(last)} {i}"
        town = random.choice(["Kraków", "Łódź", "Göteborg", "Αθήνα", "София", "Reykjavík",
                              "Plzeň", "Šiauliai", "Cēsis", "Târgu Mureș", "Ħal Qormi", "Dún Laoghaire"])
        w.writerow([name, f"p{i}@example.org", f"Straße {i % 200 + 1}\n{1000 + i % 9000} {town}",
                    codes[i % 31], kinds[(i // 31) % 3], f"NGO-{i:06d}",
                    "yes" if i % 4 == 0 else "no"])
PY
}

# One run: prints "seconds rss_kb bytes files copy_seconds".
run() {
  local input=$1 format=$2 ext=$3 out="$work/out-$(basename "$1" .csv)-$2-$4"
  /usr/bin/time -f "%e %M" -o "$work/time" \
    "$bin" batch "$input" --out-dir "$out" --format "$format" --date 2026-07-01 2>"$work/log-$format" >/dev/null
  grep ' rows: ' "$work/log-$format" >&2
  local secs rss_kb bytes files copy_start copy_end
  read -r secs rss_kb < "$work/time"
  bytes=$(find "$out" -type f -name "*.$ext" -printf '%s\n' | awk '{s+=$1} END {print s}')
  files=$(find "$out" -type f -name "*.$ext" | wc -l)
  copy_start=$(date +%s.%N); cp -r "$out" "$out-copy"; sync; copy_end=$(date +%s.%N)
  echo "$secs $rss_kb $bytes $files $(awk -v a="$copy_start" -v b="$copy_end" 'BEGIN { print b - a }')"
}

# RUNS runs per format. Outputs are kept until the end of a workload: deleting thousands of files
# slows the file system's next allocations for a while, which would penalise the run after.
bench() {
  local input=$1 label=$2
  echo "$label: $3 rows, $(nproc) cores"
  for spec in "text txt" "pdf pdf"; do
    set -- $spec
    results=()
    for i in $(seq "$runs"); do results+=("$(run "$input" "$1" "$2" "$i")"); done
    printf '%s\n' "${results[@]}" | awk -v f="$1" '{
        printf "%-4s %6d letters in %6.2f s = %7.0f letters/s, peak RSS %5.1f MB, %6.1f KB/letter; copying the output: %.2f s\n",
          f, $4, $1, $4 / $1, $2 / 1024, $3 / $4 / 1024, $5 }'
    printf '%s\n' "${results[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p" | awk -v f="$1" '{
        printf "%-4s median: %.2f s = %.0f letters/s\n", f, $1, $4 / $1 }'
  done
  rm -rf "$work"/out-*
}

for w in $workloads; do
  case $w in
    ten) bench "$work/ten.csv" "ten languages" "$rows" ;;
    mixed)
      for n in 2000 "$rows"; do
        gen_mixed "$n" "$work/mixed-$n.csv"
        bench "$work/mixed-$n.csv" "pan-European mix" "$n"
      done ;;
    *) echo "unknown workload $w (ten, mixed)" >&2; exit 2 ;;
  esac
done
