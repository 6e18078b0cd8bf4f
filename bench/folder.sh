#!/bin/sh
# folder.sh [N] [STEPS]: how long ] takes in a folder of N saved pages
# (default 2000) whose file names say nothing of their URLs ("Saved page
# 0042 - Harbour News.html", as a browser's "Save page as" names them), so
# that each link is found by the canonical URLs in the files' heads. Each
# page has a 24 KiB head (a style sheet, as saved pages have) and links
# its neighbours by URL. Prints the time of one `folio --json` (one
# article opened, its links resolved), and of walking STEPS posts
# (default 50) with ] through bench/folder.c. Run from the top of a
# built tree.
set -e
n=${1:-2000}
steps=${2:-50}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/site"
python3 - "$tmp/site" "$n" <<'PY'
import sys
out, n = sys.argv[1], int(sys.argv[2])
style = "<style>\n" + "".join(
    ".c%d{margin:%dpx;padding:0 %dpx;color:#%06x}\n" % (i, i % 9, i % 7, i * 2654435761 % 0xffffff)
    for i in range(700)) + "</style>\n"
url = "https://harbour.example/2024/story-%04d/"
for i in range(n):
    nav = ""
    if i > 0:
        nav += '<div class="nav-previous"><a href="%s" rel="prev">Story %04d</a></div>' % (url % (i - 1), i - 1)
    if i < n - 1:
        nav += '<div class="nav-next"><a href="%s" rel="next">Story %04d</a></div>' % (url % (i + 1), i + 1)
    with open("%s/Saved page %04d - Harbour News.html" % (out, i), "w") as f:
        f.write('<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
            '<title>Story %04d - Harbour News</title>\n'
            '<link rel="canonical" href="%s">\n%s</head><body><article>'
            '<h1>Story %04d</h1><div class="entry-content">%s</div>'
            '<nav class="navigation post-navigation"><div class="nav-links">'
            '%s</div></nav></article></body></html>\n' % (i, url % i, style, i,
            "<p>The harbour board met on the %dth and the ferry timetable was read aloud.</p>" % i * 12, nav))
PY
first="$tmp/site/Saved page $(printf %04d $((n / 2))) - Harbour News.html"
${CC:-cc} -O2 -Iinclude -I. bench/folder.c libcore.a \
    $(pkg-config --libs libxml-2.0) -o "$tmp/folder-bench"
start=$(date +%s.%N)
src/folio --json "$first" >/dev/null
end=$(date +%s.%N)
echo "$n pages: one folio --json: $(echo "$end - $start" | bc) s"
"$tmp/folder-bench" "$first" "$steps"
