#!/bin/sh
# loading.sh: what loading in the background costs the reader (see
# bench/loading.c): a key while a page loads, and ] to a next post
# fetched ahead. Run from the top of a built tree (with libcurl and
# python3 for the test server; no corpus needed).
set -e
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
${CC:-cc} -O2 -Iinclude -I. bench/loading.c libcore.a \
    $(pkg-config --libs libxml-2.0) -ldl -o "$tmp/loading-bench"
"$tmp/loading-bench"
