#!/bin/sh
# library.sh [N] [WORDS]: what the reading library costs with N articles
# of WORDS words in it (default 100000 and 400), through bench/library.c:
# filling it, its size an article, opening it, recording an article,
# keeping a place, a read mark, searching, the --library listing, the
# panel's m, and opening a sample article with the library and without.
# Then the start of folio --json on a small article, which never opens
# the library (nor loads SQLite). Run from the top of a built tree.
set -e
n=${1:-100000}
words=${2:-400}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
article=$(pwd)/samples/2024-03-11-ferry-fares-bridge-closure.txt
${CC:-cc} -O2 -Iinclude -I. bench/library.c libcore.a \
    $(pkg-config --libs libxml-2.0 zlib sqlite3) -ldl -o "$tmp/library-bench"
"$tmp/library-bench" "$tmp/library.db" "$n" "$words" "$article"
# folio --json: 200 starts, the mean.
start=$(date +%s.%N)
i=0
while [ $i -lt 200 ]; do
	src/folio --json "$article" >/dev/null
	i=$((i + 1))
done
end=$(date +%s.%N)
echo "folio --json (no library): $(echo "($end - $start) * 5" | bc -l |
    cut -c1-5) ms a start"
