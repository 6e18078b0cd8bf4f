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
# A private header, src/MODULE_int.h, is for the module's own files
# (src/MODULE.c, src/MODULE_*.c) and its unit test only.
for h in "$src"/src/*_int.h; do
	[ -f "$h" ] || continue
	hb=$(basename "$h")
	m=${hb%_int.h}
	for f in "$src"/src/*.[ch] "$src"/include/*.h "$src"/tests/*/*.c \
	    "$src"/bench/*.c; do
		grep -q "#include *\"$hb\"" "$f" || continue
		case $(basename "$f") in
		"$m.c" | "$m"_*.c | "test_$m.c") ;;
		*)
			echo "$hb is included by $(basename "$f")"
			status=1
			;;
		esac
	done
done
[ $status -eq 0 ] && echo "layering: ok"
exit $status
