#!/bin/sh
# layering.sh: which module may see which library (DESIGN.md, "How it is
# built"): curses only in ui_curses.c, libxml2 only in html.c, extract.c and
# prevnext.c, libcurl only in fetch.c; headers stay free of all three.
src=${top_srcdir:-.}
status=0

check() {	# check WHAT PATTERN ALLOWED...
	what=$1 pattern=$2
	shift 2
	for f in "$src"/src/*.c "$src"/include/*.h; do
		grep -q -E "$pattern" "$f" || continue
		ok=no
		for a in "$@"; do
			[ "$(basename "$f")" = "$a" ] && ok=yes
		done
		if [ $ok = no ]; then
			echo "$what is used in $(basename "$f")"
			status=1
		fi
	done
}

check curses '#include *[<"](n?curses|ncursesw/|term\.h)' ui_curses.c
check libxml2 '#include *[<"]libxml/' html.c extract.c prevnext.c
check libcurl '#include *[<"]curl/' fetch.c
# config.h comes first in every .c and never in a header.
for f in "$src"/src/*.c; do
	first=$(grep -m1 '#include' "$f")
	if [ "$first" != '#include "config.h"' ]; then
		echo "$(basename "$f") does not include config.h first"
		status=1
	fi
done
if grep -l '#include "config.h"' "$src"/include/*.h 2>/dev/null; then
	echo "config.h is included by a header"
	status=1
fi
[ $status -eq 0 ] && echo "layering: ok"
exit $status
