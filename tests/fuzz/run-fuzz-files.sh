#!/bin/sh
# Builds the libFuzzer targets of the attachment import (fuzz_import) and the calendar export
# (fuzz_calendar) with clang in a separate tree, seeds each from tests/fuzz/corpus (plus a JPEG
# with EXIF that fuzz_import writes itself), and fuzzes each for half of SAMEN_FUZZ_SECONDS
# (default 30). Fails on any crash, sanitizer report or broken check.
# Usage: run-fuzz-files.sh SOURCE_DIR BUILD_DIR [CLANGXX]
set -eu
src=$1
build=$2
cxx=${3:-clang++}
seconds=${SAMEN_FUZZ_SECONDS:-30}
per_target=$((seconds / 2))
export QT_QPA_PLATFORM=offscreen

cmake -S "$src/tests/fuzz/clang" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSAMEN_FUZZ_SET=files \
      -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
cmake --build "$build" -j2

. "$src/tests/fuzz/fuzzlib.sh"
for name in import calendar; do
    corpus=$build/corpus-$name
    rm -rf "$corpus"
    mkdir -p "$corpus"
    cp "$src/tests/fuzz/corpus/$name"/* "$corpus/"
done
if ! SAMEN_FUZZ_WRITE_SEED="$build/corpus-import/exif.jpg" "$build/fuzz_import" >/dev/null 2>&1 ||
    [ ! -s "$build/corpus-import/exif.jpg" ]; then
    echo "fuzz_import could not write its JPEG seed"
    exit 1
fi
run_target "$build" fuzz_import "$build/corpus-import" "$per_target" 65536
run_target "$build" fuzz_calendar "$build/corpus-calendar" "$per_target" 8192
