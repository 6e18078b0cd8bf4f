#!/bin/sh
# layout.sh: the screen's speed. Run from the top of a built tree.
#
# 1. bench/screen.c, on an article it writes itself (10,000 lines; no
#    corpus needed): the CPU time of a keypress and the redraw into the
#    off-screen grid, and of a resize (the whole text laid out again,
#    the reading position kept) at 1, 2, 4 and 8 times the text.
# 2. bench/layout.c, layout_build alone on the bodies of the development
#    corpus (../shared/corpus/extraction/aeb-dev), once and at 4 and 16
#    copies to show that the time grows linearly; skipped without the
#    corpus.
set -e
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
libs="$(pkg-config --libs libxml-2.0) -ldl"

${CC:-cc} -O2 -Iinclude -I. bench/screen.c libcore.a $libs \
    -o "$tmp/screen-bench"
"$tmp/screen-bench" "$@"

corpus=${CORPUS:-../shared/corpus}/extraction/aeb-dev/ground-truth.json
if [ ! -f "$corpus" ]; then
	echo "layout.sh: no corpus at $corpus: layout_build alone skipped" >&2
	exit 0
fi
python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
with open(sys.argv[2], "w") as f:
    for v in d.values():
        f.write(v["articleBody"] + "\n\n")
' "$corpus" "$tmp/bodies.txt"
${CC:-cc} -O2 -Iinclude -I. bench/layout.c libcore.a $libs \
    -o "$tmp/layout-bench"
echo "layout_build alone, on the corpus's article bodies:"
for x in 1 4 16; do
	"$tmp/layout-bench" -x $x -r 10 "$tmp/bodies.txt"
done
