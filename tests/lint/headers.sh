#!/bin/sh
# headers.sh: every header compiles alone. For each include/*.h, and each
# private header src/*.h, a file holding config.h, then the header twice
# (its include guard must hold), is compiled with the project's compiler
# and flags, warnings as errors. A header that leans on something its
# includer happened to include before it (size_t without <stddef.h>, a
# struct without its declaration) fails here.
#
# Makefile.am sets CC, HEADER_CPPFLAGS and HEADER_CFLAGS; run by hand, the
# defaults below are used.
src=${top_srcdir:-.}
build=${top_builddir:-$src}
cc=${CC:-cc}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/folio-headers.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
status=0
n=0

if [ ! -f "$build/config.h" ]; then
	echo "headers: no config.h in $build: run configure first"
	exit 99
fi
for h in "$src"/include/*.h "$src"/src/*.h; do
	[ -f "$h" ] || continue
	base=$(basename "$h")
	dir=$(dirname "$h")
	printf '#include "config.h"\n#include "%s"\n#include "%s"\n' \
	    "$base" "$base" >"$scratch/alone.c"
	# shellcheck disable=SC2086
	if ! $cc $HEADER_CPPFLAGS -I"$build" -I"$dir" -I"$src/include" \
	    ${HEADER_CFLAGS--Wall -Wextra} -Werror -fsyntax-only \
	    "$scratch/alone.c" >"$scratch/out" 2>&1; then
		echo "${h#"$src"/} does not compile alone:"
		sed "s|$scratch/alone.c|${h#"$src"/} (alone)|" "$scratch/out"
		status=1
	fi
	n=$((n + 1))
done
if [ $n -eq 0 ]; then
	echo "headers: no header found under $src"
	exit 99
fi
[ $status -eq 0 ] && echo "headers: $n headers compile alone"
exit $status
