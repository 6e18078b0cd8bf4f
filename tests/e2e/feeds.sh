#!/bin/sh
# feeds.sh: feeds, read as full articles. The sample feed from a file:
# --json and --dump of its entries, its index on a terminal, Enter on an
# entry opening the article beside it, an entry without a page shown in
# the feed's own words, ] along the feed's order where an article has no
# next-post link, q back to the feed, read marks kept across runs. Then
# feeds over HTTP from the test's own server on 127.0.0.1 (httpd.py's
# /feed/, with ETags): the feeds file with a line folio cannot use,
# --refresh (a failed feed is its exit status), a second --refresh that
# is all "304 Not Modified", the feeds list on a terminal with its unread
# counts and R, an entry whose page is gone or says less shown in the
# feed's own text, a page that announces its feed, and OPML in and out.
. "$(dirname "$0")/lib.sh"
need_tmux
if ! command -v python3 >/dev/null 2>&1; then
	echo "python3 not found: cannot serve the feeds (install python3)"
	exit 77
fi
if "$FOLIO" --forget "$scratch/none" 2>&1 | grep -q 'without SQLite'; then
	echo "folio is built without SQLite: feeds are kept in the library"
	exit 77
fi
keep_library=1
feed=$SAMPLES/port-alder-courier.xml
check=$(printf '\342\234\223')	# ✓

# Without a terminal.
run --json "$feed"
expect_status 0 "--json of a feed"
printf '%s\n' "$out" >"$scratch/feed.json"
if python3 - "$scratch/feed.json" "$SAMPLES" <<'EOF'
import json, os, sys
d = json.load(open(sys.argv[1]))
f, e = d["feed"], d["entries"]
assert f["title"] == "Port Alder Courier: the Harbour Bridge", f
assert f["site"] == "https://courier.example/harbour-bridge/", f
assert len(e) == 7, len(e)
assert e[0]["title"] == "Editor's note: how we cover the bridge", e[0]
assert e[0]["url"] is None, e[0]
assert e[0]["date"] == "2024-04-13", e[0]
assert e[1]["url"].endswith("/samples/2024-04-12-state-awards-bridge-grant.html"), e[1]
assert e[1]["summary"].startswith("The state's grant completes"), e[1]
assert all(x["read"] is False for x in e)
EOF
then ok "--json gives the feed and its entries"; else
	fail "--json of the feed: $out"; fi
run --dump "$feed"
expect_status 0 "--dump of a feed"
expect_out_has "2024-03-04  Port Alder Council Approves \$48 Million Plan to Rebuild Harbour Bridge" \
    "--dump: a line an entry, with its date"

# On a terminal: the index of its entries.
tmux_start 80 24 "$feed"
expect_whole_screen sample-feed "the sample feed as an index, newest first, with the feed's title"
keys j Enter
expect_screen "Leonard Ashdown announced" \
    "Enter opens the entry's article, beside the feed"
keys q
expect_screen "7 entries" "q goes back up to the feed"
keys g Enter
expect_screen "the feed's own text: this entry has no page" \
    "an entry without a page: the feed's own text, and the status line says so"
expect_screen "Since March the Courier" "the entry's text"
keys ']'
expect_screen "no next-post link here: the feed's next entry" \
    "] where the article has no next-post link: the feed's order, said"
expect_screen "Leonard Ashdown announced" "] opened the feed's next entry"
keys J
expect_screen "Mayor Ines Calder" "J: the next entry of the feed"
keys Q
wait_exit 10
expect_status 0 "Q quits"

# A feed with no entries, and one that breaks off: said, not refused.
printf '<rss version="2.0"><channel><title>Quiet Feed</title></channel></rss>' \
    >"$scratch/empty.xml"
tmux_start 60 12 "$scratch/empty.xml"
expect_screen "(this feed has no entries)" "a feed with no entries says so"
keys Q
wait_exit 10
printf '<rss version="2.0"><channel><title>Cut Feed</title><item><title>%s</title></item><item><title>Half' \
    "Whole Entry" >"$scratch/cut.xml"
tmux_start 80 12 "$scratch/cut.xml"
expect_screen "Whole Entry" "a feed that breaks off: the entries read so far"
expect_screen "RSS 2.0: " "and a warning on the status line"
keys Q
wait_exit 10
printf '{"version": "https://jsonfeed.org/version/1.1", "title": "Cut JSON",\n"items": [{"id": "1", "title": "%s"},\n{"id": "2", "title": "Half' \
    "Whole JSON Item" >"$scratch/cut.json"
tmux_start 100 12 "$scratch/cut.json"
expect_screen "Whole JSON Item" "a JSON Feed that breaks off: the items read whole"
expect_screen "JSON Feed: JSON error at line 3: the text breaks off" \
    "and a warning on the status line"
keys Q
wait_exit 10

# A later run: what was read is marked.
tmux_start 80 24 "$feed"
expect_screen "7 entries" "the feed again"
if screen | grep -F "State Awards Port Alder" | grep -q -F "$check"; then
	ok "an entry read in an earlier run is marked read"
else
	fail "no read mark on the entry read before"; screen
fi
if screen | grep -F "Kestrel County Schools" | grep -q -F "$check"; then
	fail "an entry never opened is marked read"; screen
else
	ok "an entry never opened has no mark"
fi
keys /
keys -l Ferry
expect_screen "1 of 7 entries" "/ filters the entries as they are typed"
keys Escape q
wait_exit 10

# Over HTTP.
httpd_start "$DATA/feedweb"
site=http://127.0.0.1:$port
screen_subst "$site" '<site>'
FOLIO_TIMEOUT=5
export FOLIO_TIMEOUT
run --dump "$site/story.html"
case $err in *"without URL support"*)
	echo "folio was built without libcurl: no feeds over HTTP to test"
	finish ;;
esac

mkdir -p "$XDG_CONFIG_HOME/folio"
cat >"$XDG_CONFIG_HOME/folio/feeds" <<EOF
# the test's feeds
$site/feed/news.xml "local" "~Lakeside Gazette"
"query:Unread:unread = \"yes\""
$site/feed/other.atom hills "north, east"
$site/feed/missing.xml
EOF
run --refresh
expect_status 1 "--refresh with a feed that fails"
expect_out_has "ok    $site/feed/news.xml  4 new; 4 unread of 4" "--refresh: a line for the feed fetched"
expect_out_has "FAIL  $site/feed/missing.xml  failed: HTTP status 404" "--refresh: why a feed failed"
expect_out_has "refreshed 3 feeds: 5 new entries, 1 failed" "--refresh: the sum"
case $err in *"feeds:3: query feeds are newsboat's own: skipped"*)
	ok "--refresh: a line folio cannot use is a warning" ;;
*)	fail "--refresh: no warning for the query line: $err" ;;
esac
run --refresh
expect_out_has "ok    $site/feed/news.xml  not changed; 4 unread of 4" "a second --refresh: not changed"
if [ "$(grep -c '^304 /feed/news.xml$' "$scratch/port.status")" = 1 ] &&
    [ "$(grep -c '^304 /feed/other.atom$' "$scratch/port.status")" = 1 ] &&
    [ "$(grep -c '^200 /feed/news.xml$' "$scratch/port.status")" = 1 ]; then
	ok "the second refresh asked only for what changed: 304s"
else
	fail "the second refresh was not conditional:"; cat "$scratch/port.status"
fi
run --feeds --json
expect_status 0 "--feeds --json"
expect_out_has "{\"title\":\"Lakeside Gazette\",\"url\":\"$site/feed/news.xml\",\"tags\":[\"local\"],\"entries\":4,\"unread\":4,\"error\":null}" \
    "--feeds --json: a feed, its tags and counts"
expect_out_has "\"tags\":[\"hills\",\"north, east\"]" \
    "--feeds --json: a tag that holds a comma is one tag"
expect_out_has "\"error\":\"failed: HTTP status 404\"" "--feeds --json: why a feed failed"

# The feeds list on a terminal: folio alone opens it.
tmux_start 100 24
expect_whole_screen feeds-list "folio alone opens the feeds, with their unread entries, tags and failures"
# t: grouped by tag, a header a tag with its unread entries, a feed under
# each of its tags, the untagged last; the headers are passed by.
keys t
expect_whole_screen feeds-by-tag "t groups the feeds by tag"
keys g j Enter
expect_screen "4 entries" "g and j pass the headers by, Enter opens the feed selected"
expect_screen "Lakeside Gazette" "the feed opened from its group"
keys q
expect_screen "Feeds" "q goes back up to the feeds"
expect_screen "north, east  1 feed, 1 unread" "still grouped by tag"
keys /
keys -l east
expect_screen "1 of 3 feeds" "/ filters the grouped feeds, by tag too"
if screen | grep -q "local"; then
	fail "a tag none of whose feeds the filter keeps still shows"; screen
else
	ok "a tag with no feed the filter keeps is left out"
fi
keys Escape t
expect_screen "t by tag" "t again: one list"
keys g
keys R
expect_screen "refreshed 3 feeds: 0 new entries, 1 failed" "R refreshes every feed"
keys Enter
expect_screen "Lakeside Gazette" "Enter opens a feed from the library"
expect_screen "4 entries" "its entries"
keys Enter
expect_screen "Henrik Sollas" "an entry's page, fetched and extracted in full"
keys q j Enter
expect_screen "the feed's own text: the page could not be had (HTTP status 404)" \
    "a page that is gone: the feed's own text, and why"
expect_screen "The last boat of the night" "the text the feed carries"
keys q j Enter
expect_screen "the feed's own text: the page says less" \
    "a page with less text than the feed: the feed's own text"
expect_screen "Odile Farrant" "the whole text, from the feed"
keys q q
expect_screen "Feeds" "q from a feed goes up to the feeds"
keys Q
wait_exit 10

# A page that announces its feed says so.
tmux_start 100 24 "$site/story.html"
expect_screen "this site has a feed: $site/news.xml (R opens it)" \
    "a page's feed offered on the status line"
keys R
expect_screen "Water Board Votes" "R opens it"
expect_screen "4 entries" "the feed's entries"
keys Q
wait_exit 10

# Without a reader, --refresh writes the feeds that come together in one
# transaction, across waits, but never holds them longer than a moment:
# a feed that came is in the library while a slow one is still awaited,
# and both are once it is over.
saved_config=$XDG_CONFIG_HOME saved_data=$XDG_DATA_HOME
XDG_CONFIG_HOME=$scratch/batch-config XDG_DATA_HOME=$scratch/batch-data
mkdir -p "$XDG_CONFIG_HOME/folio"
printf '%s\n' "$site/feed/news.xml?fast" "$site/delay/3000/news.xml?slow" \
    >"$XDG_CONFIG_HOME/folio/feeds"
"$FOLIO" --refresh >"$scratch/batch.out" 2>&1 &
refresh=$!
entries() {	# entries URL: how many entries of the feed the library has
	python3 -c '
import sqlite3, sys
try:
    db = sqlite3.connect("file:%s?mode=ro" % sys.argv[1], uri=True)
    print(db.execute("SELECT count(*) FROM entry WHERE feed = ?",
                     (sys.argv[2],)).fetchone()[0])
except sqlite3.Error:
    print(0)' "$XDG_DATA_HOME/folio/library.db" "$1"
}
i=0
while [ "$(entries "$site/feed/news.xml?fast")" != 4 ] && [ $i -lt 50 ]; do
	sleep 0.05
	i=$((i + 1))
done
if [ "$(entries "$site/feed/news.xml?fast")" = 4 ] &&
    kill -0 "$refresh" 2>/dev/null; then
	ok "--refresh: a feed that came is in the library while a slow one is awaited"
else
	fail "--refresh: the fast feed was not in the library before the slow one came"
fi
wait "$refresh"
if [ "$(entries "$site/delay/3000/news.xml?slow")" = 4 ]; then
	ok "--refresh: the slow feed too, once it came"
else
	fail "--refresh: the slow feed is not in the library:"; cat "$scratch/batch.out"
fi
XDG_CONFIG_HOME=$saved_config XDG_DATA_HOME=$saved_data

# Offline: the server gone, a feed read before opens from the library,
# and an entry whose page cannot be had shows the feed's own text.
kill "$httpd" 2>/dev/null
wait "$httpd" 2>/dev/null
tmux_start 100 24 "$site/feed/news.xml"
expect_screen "4 entries" "offline: the feed from the library"
expect_screen "Ferry Timetable Changes for the Summer" "its entries"
keys j Enter
expect_screen "the feed's own text: the page could not be had (cannot connect to 127.0.0.1)" \
    "offline: an entry in the feed's own text, and why"
expect_screen "The last boat of the night" "offline: the entry's text"
keys Q
wait_exit 10

# OPML out and in.
run --export-opml
expect_status 0 "--export-opml"
expect_out_has "<outline type=\"rss\" text=\"Lakeside Gazette\" title=\"Lakeside Gazette\" xmlUrl=\"$site/feed/news.xml\" category=\"/local\"/>" \
    "--export-opml: a feed, its title and tags"
printf '%s\n' "$out" >"$scratch/feeds.opml"
rm "$XDG_CONFIG_HOME/folio/feeds"
run --import-opml "$scratch/feeds.opml"
expect_status 0 "--import-opml"
expect_out_has "3 feeds added to $XDG_CONFIG_HOME/folio/feeds; 0 were there already" \
    "--import-opml: how many were added"
if grep -q -F "$site/feed/news.xml local \"~Lakeside Gazette\"" \
    "$XDG_CONFIG_HOME/folio/feeds"; then
	ok "the feeds file gets the feed back, its tag and title"
else
	fail "the imported feeds file:"; cat "$XDG_CONFIG_HOME/folio/feeds"
fi
if grep -q -F "$site/feed/other.atom \"north, east\" hills" \
    "$XDG_CONFIG_HOME/folio/feeds"; then
	ok "a tag that holds a comma comes back whole (a folder in the OPML)"
else
	fail "the imported feeds file:"; cat "$XDG_CONFIG_HOME/folio/feeds"
fi
run --import-opml "$feed"
expect_status 1 "--import-opml of a file that is no OPML"

finish
