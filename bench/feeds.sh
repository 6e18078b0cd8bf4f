#!/bin/sh
# feeds.sh: feeds against their goals (issue "Feeds"), over the loopback
# with tests/e2e/httpd.py and bench/slowfeeds.c, in a library of its own.
# Run from the top of a built tree (with libcurl, SQLite, python3 and a C
# compiler):
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
# The slow feeds from a server that keeps up with a hundred at once, and
# costs next to nothing beside them (one process, one poll()).
${CC:-cc} -O2 -o "$tmp/slowfeeds" bench/slowfeeds.c
"$tmp/slowfeeds" "$tmp/web/news.xml" "$tmp/sport" 200 >/dev/null 2>&1 &
slow=$!
while [ ! -s "$tmp/port" ] || [ ! -s "$tmp/sport" ]; do sleep 0.05; done
site=http://127.0.0.1:$(cat "$tmp/port")
slowsite=http://127.0.0.1:$(cat "$tmp/sport")
ms() { date +%s%N | sed 's/......$//'; }
# Each time the median of RUNS runs (5 unless set): the machine is shared.
runs=${RUNS:-5}
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
ratio() { echo "$1 $2" | awk '{printf "%.2f", $1 / $2}'; }
: >"$tmp/one" ; : >"$tmp/all"
i=0
while [ $i -lt 100 ]; do
	echo "$slowsite/news.xml?$i" >>"$tmp/all"
	i=$((i + 1))
done
head -1 "$tmp/all" >"$tmp/one"
refresh() {	# refresh N: ms for `folio --refresh` of N slow feeds, into a
		# library of their own
	cp "$tmp/$1" "$XDG_CONFIG_HOME/folio/feeds"
	rm -rf "$XDG_DATA_HOME"
	t0=$(ms)
	"$top/src/folio" --refresh >/dev/null
	echo $(($(ms) - t0))
}
# curl alone, the floor: what the server and the loopback cost, and a
# process started, for one feed and for the hundred at once.
curls() {	# curls one|all: ms for curl --parallel of them
	list=$tmp/$1
	set --
	while read -r u; do set -- "$@" -o /dev/null "$u"; done <"$list"
	t0=$(ms)
	curl -s --parallel --parallel-immediate --parallel-max 100 "$@" \
	    2>/dev/null
	echo $(($(ms) - t0))
}
: >"$tmp/t"
r=0
while [ $r -lt "$runs" ]; do
	o=$(refresh one)
	a=$(refresh all)
	# Each round's own ratio too: the two run back to back, so a slow
	# moment of the machine weighs on both.
	echo "one $o" >>"$tmp/t"
	echo "all $a" >>"$tmp/t"
	echo "pair $(ratio "$a" "$o")" >>"$tmp/t"
	if command -v curl >/dev/null 2>&1; then
		echo "curl1 $(curls one)" >>"$tmp/t"
		echo "curl100 $(curls all)" >>"$tmp/t"
	fi
	r=$((r + 1))
done
for k in one all pair curl1 curl100; do
	eval "$k=\$(grep '^$k ' \"\$tmp/t\" | cut -d' ' -f2 | median)"
done
echo "refresh: 1 feed answering after 200 ms: $one ms; 100 such feeds: $all ms ($(ratio "$all" "$one")x the one alone; goal 1.10x); medians of $runs runs (the median of each round's ratio: ${pair}x)"
if [ -n "$curl1" ]; then
	echo "the floor, curl --parallel: 1 feed $curl1 ms, the 100 $curl100 ms ($(ratio "$curl100" "$curl1")x: the server and the loopback); folio's 100 are $(ratio "$all" "$curl100")x curl's"
fi
again=$("$top/src/folio" --refresh >/dev/null; t0=$(ms); "$top/src/folio" --refresh | tail -1 >&2; echo $(($(ms) - t0)))
echo "refresh of the 100 again, all 304: $again ms"

echo "$site/feed/big.xml" >"$XDG_CONFIG_HOME/folio/feeds"
t0=$(ms)
"$top/src/folio" --refresh >/dev/null
echo "100,000 entries (a $(($(wc -c <"$tmp/web/big.xml") / 1048576)) MiB feed) fetched, read and recorded: $(($(ms) - t0)) ms"
${CC:-cc} -O2 -Iinclude -I. bench/feeds.c libcore.a \
    $(pkg-config --libs libxml-2.0) -ldl -lz -o "$tmp/feeds-bench"
"$tmp/feeds-bench" "$site/feed/big.xml" 5
