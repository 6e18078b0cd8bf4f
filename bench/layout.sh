#!/bin/sh
# layout.sh: time layout_build on the bodies of the development corpus
# (../shared/corpus/extraction/aeb-dev), once and at 4 and 16 copies to
# show that the time grows linearly. Run from the top of a built tree.
set -e
corpus=${CORPUS:-../shared/corpus}/extraction/aeb-dev/ground-truth.json
if [ ! -f "$corpus" ]; then
	echo "layout.sh: no corpus at $corpus" >&2
	exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
with open(sys.argv[2], "w") as f:
    for v in d.values():
        f.write(v["articleBody"] + "\n\n")
' "$corpus" "$tmp/bodies.txt"
${CC:-cc} -O2 -Iinclude -I. bench/layout.c libcore.a \
    $(pkg-config --libs libxml-2.0) -o "$tmp/layout-bench"
for x in 1 4 16; do
	"$tmp/layout-bench" -x $x -r 10 "$tmp/bodies.txt"
done
