#!/bin/sh
# Builds the libFuzzer targets with clang in a separate tree, seeds them with the NL pack, the
# case table and letter texts (corpus/letters), and fuzzes each for a third of SAMEN_FUZZ_SECONDS
# (default 60). Fails on any crash.
# Usage: run-fuzz.sh SOURCE_DIR BUILD_DIR [CLANGXX]
set -eu
src=$1
build=$2
cxx=${3:-clang++}
seconds=${SAMEN_FUZZ_SECONDS:-60}
per_target=$((seconds / 3))

cmake -S "$src/tests/fuzz/clang" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
      -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
cmake --build "$build" -j2

# Fresh corpora each run, so that the time goes to fuzzing and not to replaying old findings.
pack_corpus=$build/corpus-pack
case_corpus=$build/corpus-case
letters_corpus=$build/corpus-letters
rm -rf "$pack_corpus" "$case_corpus" "$letters_corpus"
mkdir -p "$pack_corpus" "$case_corpus" "$letters_corpus"
cp "$src/tests/fuzz/corpus/letters"/* "$letters_corpus/"
cp "$src/assets/rules/nl.json" "$pack_corpus/nl.json"
# One seed per case of the table plus a small table, so that the case fuzzer starts from valid input.
if ! python3 - "$src/tests/data/nl-cases.json" "$case_corpus" <<'PY'
import json, sys
table = json.load(open(sys.argv[1]))
for i, entry in enumerate(table):
    with open("%s/case-%03d.json" % (sys.argv[2], i), "w") as out:
        json.dump(entry["case"], out)
with open("%s/table.json" % sys.argv[2], "w") as out:
    json.dump(table[:3], out)
PY
then
    cp "$src/tests/data/nl-cases.json" "$case_corpus/nl-cases.json"
fi

export SAMEN_FUZZ_PACK="$src/assets/rules/nl.json"
. "$src/tests/fuzz/fuzzlib.sh"
run_target "$build" fuzz_pack "$pack_corpus" "$per_target" 131072 -dict="$src/tests/fuzz/json.dict"
run_target "$build" fuzz_case "$case_corpus" "$per_target" 8192 -dict="$src/tests/fuzz/json.dict"
run_target "$build" fuzz_letters "$letters_corpus" "$per_target" 8192
