#!/usr/bin/env bash
# Builds the fuzz targets in fuzz/ and runs each for SECONDS (default 600), one after another,
# in one process on one core, printing executions, exec/s, coverage and findings per target.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# Needs a nightly toolchain and cargo-fuzz (`rustup toolchain install nightly`,
# `cargo install cargo-fuzz`). The corpus grows in fuzz/corpus/<target>/ and crashes land in
# fuzz/artifacts/<target>/ (neither is committed); fuzz/seeds/<target>/ holds the seeds.
#
# Limits, and why:
#   -rss_limit_mb=2048  no input the program accepts needs more than tens of MB (a 100,000-row
#                       batch peaks at 70 MB); 2 GB leaves room for AddressSanitizer's shadow
#                       memory and quarantine while still catching a runaway allocation.
#   -malloc_limit_mb=512  one allocation of half a gigabyte from a few KB of input is a bug
#                       (say, a length taken from a font table or a row count trusted blindly).
#   -timeout=20         a letter takes milliseconds; the slowest legitimate input here (a 700 KB
#                       font parsed, subset and used in a PDF, with sanitizers) takes well under a
#                       second, so 20 s means a hang, not a slow machine shared with others.
#   -max_len            per target: big enough for the inputs users give (a locale's files are
#                       about 30 KB, fonts about 700 KB), small enough to keep executions fast.
set -euo pipefail

seconds="${1:-600}"
shift || true
root="$(cd "$(dirname "$0")/.." && pwd)"
fuzz="$root/fuzz"
all=(batch_rows_csv batch_rows_jsonl request_validate font_load locale_load locale_check)
if [[ $# -gt 0 ]]; then targets=("$@"); else targets=("${all[@]}"); fi

cd "$fuzz"
# Release build with debug assertions and AddressSanitizer (cargo-fuzz's defaults).
cargo +nightly fuzz build

# The locale targets read `flag byte, meta.toml NUL letter.ftl NUL ui.ftl`: one seed per locale
# of the repository, built here so that they follow locales/ as it changes. The flag byte names
# the folder (0 it, 1 en, 2 fr, 3 xx) and asks for JSON (4) in every other seed.
gen="$fuzz/seeds-generated/locale"
mkdir -p "$gen"
i=0
for dir in "$root"/locales/*/; do
    lang="$(basename "$dir")"
    case "$lang" in it) flag=0 ;; en) flag=1 ;; fr) flag=2 ;; *) flag=3 ;; esac
    flag=$((flag | (i % 2) * 4))
    {
        printf "\\x$(printf %02x "$flag")"
        cat "$dir/meta.toml"; printf '\0'
        cat "$dir/letter.ftl"; printf '\0'
        cat "$dir/ui.ftl"
    } > "$gen/$lang"
    i=$((i + 1))
done

summary=()
for t in "${targets[@]}"; do
    corpus="$fuzz/corpus/$t"
    artifacts="$fuzz/artifacts/$t"
    mkdir -p "$corpus" "$artifacts"
    extra=()
    dict=()
    case "$t" in
        batch_rows_csv) max=16384; dict=(-dict="$fuzz/dicts/csv.dict") ;;
        batch_rows_jsonl) max=16384; dict=(-dict="$fuzz/dicts/jsonl.dict") ;;
        request_validate) max=4096 ;;
        font_load) max=1048576; extra=("$root/fonts") ;;
        locale_load | locale_check) max=65536; extra=("$gen"); dict=(-dict="$fuzz/dicts/fluent.dict") ;;
        *) echo "unknown target $t" >&2; exit 2 ;;
    esac
    log="$artifacts/run.log"
    echo "== $t: ${seconds}s" >&2
    set +e
    # -close_fd_mask=1: `locales check` prints its report on standard output.
    "$fuzz/target/x86_64-unknown-linux-gnu/release/$t" \
        -max_total_time="$seconds" \
        -rss_limit_mb=2048 -malloc_limit_mb=512 -timeout=20 -max_len="$max" \
        -close_fd_mask=1 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "${dict[@]}" \
        "$corpus" "$fuzz/seeds/$t" "${extra[@]}" > "$log" 2>&1
    rc=$?
    set -e
    # libFuzzer's last status line ("#N DONE cov: C ft: F corp: ...") and its final stats.
    last="$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)"
    execs="$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' || true)"
    rate="$(grep -E '^stat::average_exec_per_sec' "$log" | awk '{print $2}' || true)"
    cov="$(sed -nE 's/.*cov: ([0-9]+).*/\1/p' <<<"$last")"
    ft="$(sed -nE 's/.*ft: ([0-9]+).*/\1/p' <<<"$last")"
    found="$(find "$artifacts" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'oom-*' -o -name 'timeout-*' -o -name 'leak-*' \) | wc -l)"
    line="$t: exit $rc, ${execs:-?} executions, ${rate:-?} exec/s, cov ${cov:-?}, ft ${ft:-?}, findings $found"
    echo "$line" | tee -a "$fuzz/artifacts/summary.log"
    summary+=("$line")
done
printf '%s\n' "" "Summary:" "${summary[@]}"
