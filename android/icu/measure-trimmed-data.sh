#!/bin/sh
# Measures, on a Debian 12 machine, what icu-filters.json leaves of ICU 72's data, and the ICU
# code the app keeps when linked statically with --gc-sections (icu-api-probe.cpp calls the ICU
# APIs core/locale uses; x86-64 code as a stand-in for arm64). The full
# data file is cut out of the system's libicudata.so.72 and the items the filter drops are
# removed with icupkg (from icu-devtools). It emulates the data build tool's filter on the
# built items (same locales, same feature categories); the phone build applies the filter
# itself (README, "ICU on Android"). Prints the sizes in bytes, raw and gzip -6 (APK deflate).
#   android/icu/measure-trimmed-data.sh [WORK_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
lib=/usr/lib/x86_64-linux-gnu/libicudata.so.72
work=${1:-$(mktemp -d)}
mkdir -p "$work"
cd "$work"
# The package name icudt72l must be the file name. The data is the only thing in the library's .rodata (symbol icudt72_dat at its start).
mkdir -p full trimmed
objcopy -O binary --only-section=.rodata "$lib" full/icudt72l.dat
icupkg -l full/icudt72l.dat > items.txt
# Kept: the five languages' locale files (with their parents fa and root) in every tree that
# is kept, and the locale-independent data the app's calendars, dates, numbers, collation,
# normalisation and transliteration need.
keep_locale='^(root|en|ar|ti|fa|fa_AF|nl|res_index|pool)\.(res)$'
grep -Ev '\.(cnv|spp|cfu)$' items.txt |
    grep -Ev '^(cnvalias\.icu|unames\.icu|uts46\.nrm|uemoji\.icu)$' |
    grep -Ev '^(lang|region|unit|rbnf)/' |
    grep -Ev '^brkitr/.*\.dict$' |
    grep -Ev '^translit/' |
    awk -v re="$keep_locale" '
        { n = split($0, part, "/"); leaf = part[n] }
        leaf ~ /^[a-z][a-z][a-z]?(_+[A-Za-z0-9]*)*\.res$/ && leaf !~ re { next }
        { print }' > kept.txt
echo translit/root.res >> kept.txt
grep -Fvx -f kept.txt items.txt > dropped.txt
cp full/icudt72l.dat trimmed/icudt72l.dat
# --ignore-deps: brkitr/root.res names the dictionaries the filter drops (as the data build
# tool leaves it too; ICU then falls back to the rule-based breaks).
icupkg --ignore-deps -r dropped.txt trimmed/icudt72l.dat
for f in full/icudt72l.dat trimmed/icudt72l.dat; do
    printf '%s: %d items, %d bytes raw, %d bytes gzip -6\n' "$f" \
        "$(icupkg -l "$f" | wc -l)" "$(stat -c %s "$f")" "$(gzip -6 -c "$f" | wc -c)"
done

# Code: the probe linked statically, stripped, minus the data it carries.
g++ -Os -ffunction-sections -fdata-sections -c "$here/icu-api-probe.cpp" -o probe.o
g++ -o probe probe.o -Wl,--gc-sections -Wl,-Bstatic -licui18n -licuuc -licudata -Wl,-Bdynamic -ldl -lpthread
strip probe
code=$(($(stat -c %s probe) - $(stat -c %s full/icudt72l.dat)))
packed=$(($(gzip -6 -c probe | wc -c) - $(gzip -6 -c full/icudt72l.dat | wc -c)))
printf 'ICU code kept by --gc-sections: %d bytes raw, about %d bytes gzip -6\n' "$code" "$packed"

# Check: the probe on the trimmed data (linked in as the phone build links it, through genccode)
# prints what it prints on the full data, in all five languages.
genccode -d . -e icudt72 -a gcc trimmed/icudt72l.dat > /dev/null
gcc -c icudt72l_dat.S -o trimmed-data.o
g++ -O1 -o probe-full "$here/icu-api-probe.cpp" -licui18n -licuuc -licudata
g++ -O1 -o probe-trimmed "$here/icu-api-probe.cpp" trimmed-data.o -Wl,-Bstatic -licui18n -licuuc -Wl,-Bdynamic -ldl -lpthread
./probe-full > full.txt
./probe-trimmed > trimmed.txt
if cmp -s full.txt trimmed.txt; then
    echo "the five languages format, sort and transliterate the same on the trimmed data:"
    cat trimmed.txt
else
    echo "DIFFERENT output on the trimmed data:"
    diff full.txt trimmed.txt || true
    exit 1
fi
