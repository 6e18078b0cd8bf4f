#!/bin/sh
# feeds.sh: feeds against their goals (issue "Feeds"), over the loopback
# with tests/e2e/httpd.py, in a library of its own. Run from the top of a
# built tree (with libcurl, SQLite and python3):
#  - `folio --refresh` of 100 feeds that each answer after 200 ms, against
#    the slowest of them alone (goal: within it plus 10%);
#  - a second refresh of the same feeds (all 304);
#  - a feed of 100,000 entries refreshed into the library, then its index
#    opened from the library and drawn (goal: under 200 ms; bench/feeds.c).
set -e
top=$(pwd)
tmp=$(mktemp -d)
trap 'kill "$httpd" "$slow" 2>/dev/null; rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data"
mkdir -p "$tmp/web" "$XDG_CONFIG_HOME/folio"
cp tests/data/feedweb/news.xml "$tmp/web/"
python3 - "$tmp/web/big.xml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            '<title>A hundred thousand entries</title><link>https://big.example/</link>\n')
    for i in range(100000):
        f.write('<item><title>Entry number %d of the big feed</title>'
                '<link>https://big.example/p/%d.html</link><guid>big-%d</guid>'
                '<pubDate>Mon, 04 Mar 2024 12:%02d:%02d GMT</pubDate>'
                '<description>The summary of entry %d, a sentence or so.</description></item>\n'
                % (i, i, i, (i // 60) % 60, i % 60, i))
    f.write('</channel></rss>\n')
PY
python3 tests/e2e/httpd.py "$tmp/web" "$tmp/port" >/dev/null 2>&1 &
httpd=$!
# The slow feeds from a server that keeps up with a hundred at once.
python3 bench/slowfeeds.py "$tmp/web/news.xml" "$tmp/sport" 200 \
    >/dev/null 2>&1 &
slow=$!
while [ ! -s "$tmp/port" ] || [ ! -s "$tmp/sport" ]; do sleep 0.05; done
site=http://127.0.0.1:$(cat "$tmp/port")
slowsite=http://127.0.0.1:$(cat "$tmp/sport")
ms() { date +%s%N | sed 's/......$//'; }
# curl alone, for what the server and the loopback cost.
if command -v curl >/dev/null 2>&1; then
	set --
	i=0
	while [ $i -lt 100 ]; do
		set -- "$@" -o /dev/null "$slowsite/news.xml?$i"
		i=$((i + 1))
	done
	t0=$(ms)
	curl -s --parallel --parallel-immediate --parallel-max 100 "$@"
	echo "curl --parallel of the same 100 feeds: $(($(ms) - t0)) ms"
fi

refresh() {	# refresh N: ms for `folio --refresh` of N slow feeds
	: >"$XDG_CONFIG_HOME/folio/feeds"
	i=0
	while [ $i -lt "$1" ]; do
		echo "$slowsite/news.xml?$i" >>"$XDG_CONFIG_HOME/folio/feeds"
		i=$((i + 1))
	done
	t0=$(ms)
	"$top/src/folio" --refresh >/dev/null
	echo $(($(ms) - t0))
}
one=$(refresh 1)
rm -rf "$XDG_DATA_HOME"
all=$(refresh 100)
again=$("$top/src/folio" --refresh >/dev/null; t0=$(ms); "$top/src/folio" --refresh | tail -1 >&2; echo $(($(ms) - t0)))
echo "refresh: 1 feed answering after 200 ms: $one ms; 100 such feeds: $all ms ($(echo "$all $one" | awk '{printf "%.2f", $1 / $2}')x the one alone; goal 1.10x)"
echo "refresh of the 100 again, all 304: $again ms"

echo "$site/feed/big.xml" >"$XDG_CONFIG_HOME/folio/feeds"
t0=$(ms)
"$top/src/folio" --refresh >/dev/null
echo "100,000 entries (a $(($(wc -c <"$tmp/web/big.xml") / 1048576)) MiB feed) fetched, read and recorded: $(($(ms) - t0)) ms"
${CC:-cc} -O2 -Iinclude -I. bench/feeds.c libcore.a \
    $(pkg-config --libs libxml-2.0) -ldl -lz -o "$tmp/feeds-bench"
"$tmp/feeds-bench" "$site/feed/big.xml" 5
