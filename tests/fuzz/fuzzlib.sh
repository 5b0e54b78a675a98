# Shared by run-fuzz.sh and run-fuzz-vault.sh (sourced, not run).
# run_target BUILD_DIR TARGET CORPUS SECONDS MAX_LEN [libFuzzer options...]: fuzzes one target with
# the sanitizer settings below; prints its final statistics and exits 1 on any finding.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

run_target() {
    build=$1
    target=$2
    corpus=$3
    seconds=$4
    max_len=$5
    shift 5
    echo "== $target: ${seconds}s"
    status=0
    "$build/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
        -artifact_prefix="$build/$target-" -print_final_stats=1 "$@" "$corpus" >"$build/$target.log" 2>&1 ||
        status=$?
    tail -n 12 "$build/$target.log"
    if [ "$status" -ne 0 ]; then
        echo "$target failed with status $status; see $build/$target.log and $build/$target-*"
        grep -A 30 -E "ERROR|runtime error|deadly signal" "$build/$target.log" | head -n 60
        exit 1
    fi
}
