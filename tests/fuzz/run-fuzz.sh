#!/usr/bin/env bash
# Builds the fuzz preset (clang 14, libFuzzer, ASan + UBSan) and runs every parser's target for
# SECONDS each (default 10: the short run of the test command). The long run, e.g. an hour each:
#   bash tests/fuzz/run-fuzz.sh 3600
# Each target starts from its seed corpus (tests/fuzz/seeds and the tests' data) plus what earlier
# runs found (build/fuzz/corpus/<target>). A crash, leak, hang (over 10 s for one input) or
# undefined behaviour stops with the input saved as build/fuzz/findings/<target>/crash-*: make it a
# regression test in tests/, then fix it. Prints executions per target.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-10}"
only="${2:-}"

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)" --target fuzz_fhir fuzz_push_request fuzz_server_config \
    fuzz_feed_page fuzz_plo_reader fuzz_triage_case

declare -A seeds=(
    [fuzz_fhir]="tests/fuzz/seeds/fhir"
    [fuzz_push_request]="tests/fuzz/seeds/push"
    [fuzz_server_config]="tests/fuzz/seeds/config"
    [fuzz_feed_page]="tests/fuzz/seeds/feed"
    [fuzz_plo_reader]="tests/data/plo/samples"
    [fuzz_triage_case]="tests/data/triage"
)
status=0
for target in fuzz_fhir fuzz_push_request fuzz_server_config fuzz_feed_page fuzz_plo_reader \
    fuzz_triage_case; do
    [[ -n "$only" && "$only" != "$target" ]] && continue
    corpus="build/fuzz/corpus/$target"
    findings="build/fuzz/findings/$target"
    mkdir -p "$corpus" "$findings"
    log="build/fuzz/findings/$target.log"
    if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "build/fuzz/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$findings/" \
        "$corpus" "${seeds[$target]}" >"$log" 2>&1; then
        runs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
        echo "fuzz: $target ${seconds}s, ${runs:-?} executions, no finding"
    else
        echo "fuzz: $target FOUND A PROBLEM (input in $findings/):" >&2
        grep -E 'ERROR|runtime error|SUMMARY|Test unit written' "$log" | head -20 >&2
        status=1
    fi
done
exit $status
