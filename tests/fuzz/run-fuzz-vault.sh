#!/bin/sh
# Builds the vault's libFuzzer targets (key file, attempt counter, backup reader, restored schema)
# with clang in a separate tree, seeds each from a file its own binary writes, and fuzzes each for a
# quarter of SAMEN_FUZZ_SECONDS (default 60). Fails on any crash, sanitizer report or abort.
# Usage: run-fuzz-vault.sh SOURCE_DIR BUILD_DIR [CLANGXX]
set -eu
src=$1
build=$2
cxx=${3:-clang++}
seconds=${SAMEN_FUZZ_SECONDS:-60}
per_target=$((seconds / 4))
targets="fuzz_keyfile fuzz_attempts fuzz_backup fuzz_restore"

cmake -S "$src/tests/fuzz/clang" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSAMEN_FUZZ_SET=vault \
      -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
cmake --build "$build" -j2

. "$src/tests/fuzz/fuzzlib.sh"
for target in $targets; do
    corpus=$build/corpus-$target
    rm -rf "$corpus"
    mkdir -p "$corpus"
    if ! SAMEN_FUZZ_WRITE_SEED="$corpus/seed" "$build/$target" >/dev/null 2>&1 || [ ! -s "$corpus/seed" ]; then
        echo "$target could not write its seed"
        exit 1
    fi
    run_target "$build" "$target" "$corpus" "$per_target" 65536
done
