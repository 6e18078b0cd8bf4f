#!/bin/sh
# online.sh: a series read over HTTP from a server of the test's own on
# 127.0.0.1 (tests/e2e/httpd.py over tests/data/web): ] and [ from page to
# page, history with each article's position, "loading" while a page
# comes, and every failure - 404, no such host, no answer, too large, not
# an article - told on the status line while the reader stays where it
# was; pages fetched once are not fetched again for back and forward.
# Nothing leaves the machine: the host that does not exist is under
# .invalid, which folio refuses without a lookup.
. "$(dirname "$0")/lib.sh"
need_tmux
if ! command -v python3 >/dev/null 2>&1; then
	echo "python3 not found: cannot serve the pages (install python3)"
	exit 77
fi

# The server, stopped at the end.
httpd_start "$DATA/web"
site=http://127.0.0.1:$port
# On the screens the address reads <site>. A message long enough takes the
# whole status line, so its length counts: with a port of four digits or of
# five, each message here is on the same side of that line.
screen_subst "$site" '<site>'
# A page that never comes fails after this many seconds.
FOLIO_TIMEOUT=3
export FOLIO_TIMEOUT

run --dump "$site/a.html"
case $err in *"without URL support"*)
	echo "folio was built without libcurl: no URLs to test"
	exit 77 ;;
esac
expect_status 0 "--dump of a URL"
expect_out_has "Web Series Part A" "--dump of a URL: the title"
expect_out_has "The last line of part A." "--dump of a URL: the text"

# Without a terminal, a failure is the exit status and a message.
run --dump "$site/missing.html"
expect_status 1 "--dump of a missing page"
expect_err "folio: $site/missing.html: HTTP status 404" "404 from the command line"
run --dump "$site/data.json"
expect_status 1 "--dump of data"
expect_err "folio: $site/data.json: not an article (application/json)" \
    "data from the command line"

# The series, on a terminal.
top=$(printf '\342\224\214')	# ┌, before the title of the open article
ellipsis=$(printf '\342\200\246')	# …
prev=$(printf '\342\227\202')	# ◂
next=$(printf '\342\226\270')	# ▸
tmux_start 100 24 "$site/a.html"
expect_whole_screen part-a "a page opened by its URL, the status line naming the next post"

# Read down A, to one line above its end, and remember the text shown.
body() {
	screen | sed -n "2,$(($1 - 3))p"
}
keys G
expect_screen "The last line of part A." "G goes to A's end"
keys k
expect_no_screen "The last line of part A." "k goes one line up"
a_body=$(body 24)

keys ']'
expect_whole_screen part-b "] fetches the next post over HTTP; B's status line names its previous and next posts"
keys G
expect_screen "The last line of part B." "G goes to B's end"
b_body=$(body 24)

keys '['
expect_screen "$top Web Series Part A " "[ fetches the previous post (A -> B -> A)"
expect_screen "Part A, paragraph 1:" "a link opens A again at its top"

# Back: B where it was left, then A where it was left; forward again.
keys h
expect_screen "The last line of part B." "h goes back to B"
[ "$(body 24)" = "$b_body" ] && ok "B where it was left" ||
    fail "B's position: $(body 24)"
keys h
expect_screen "Part A, paragraph 14:" "h goes back to A"
[ "$(body 24)" = "$a_body" ] && ok "A where it was left" ||
    fail "A's position: $(body 24)"
keys h
expect_whole_screen history-start "the start of history says so"
keys L
expect_screen "$top Web Series Part B " "L goes forward to B"
keys L
expect_screen "$top Web Series Part A " "L goes forward to the second A"
keys L
expect_whole_screen history-end "the end of history says so"

# On to C, whose next post is gone: the reader stays on C.
keys ']' 
expect_screen "$top Web Series Part B " "] from A again"
keys ']'
expect_screen "$top Web Series Part C " "] to C"
expect_screen "$next A Post Taken Down" "C's status line names its next post"
keys ']'
expect_whole_screen 404 "a 404 is told on the status line, and the reader stays on C"
keys j
expect_no_screen "HTTP status 404" "the message goes with the next key"
keys q
wait_exit 10 && [ "$status" -eq 0 ] && ok "q quits" ||
    fail "q: status $status ($(cat "$scratch/stderr"))"
"$TMUX_BIN" -L "$socket" kill-server 2>/dev/null

# failure PAGE TITLE NAME WHAT: open PAGE, press ], and see the screen
# NAME: the reason on the status line, the article TITLE still there.
failure() {
	tmux_start 100 24 "$site/$1"
	expect_screen "$top $2 " "$4: the page opens"
	keys ']'
	expect_whole_screen "$3" "$4: told on the status line, the reader stays on the article" 15
	keys q
	wait_exit 10 || fail "$4: folio did not quit"
	"$TMUX_BIN" -L "$socket" kill-server 2>/dev/null
}

failure e-host.html "Next Post on No Host" no-such-host "no such host"
failure e-huge.html "Next Post Too Large" too-large "too large"
failure e-json.html "Next Post Is Data" not-an-article "not an article (data)"
failure e-empty.html "Next Post Is Empty" no-text "not an article (no text)"
failure e-short.html "Next Post Comes Short" short "a body shorter than it said"
failure e-loop.html "Next Post Goes Round" loop "a redirect loop"
# How much came before the connection was reset is the network's say.
tmux_start 100 24 "$site/e-reset.html"
expect_screen "$top Next Post Is Cut Off " "a connection reset: the page opens"
keys ']'
expect_screen "$site/reset: the connection was cut after " "a connection reset: told on the status line" 15
expect_screen "$top Next Post Is Cut Off " "a connection reset: the reader stays on the article"
keys q
wait_exit 10 || fail "a connection reset: folio did not quit"
"$TMUX_BIN" -L "$socket" kill-server 2>/dev/null

# A server that never answers: "loading" while folio waits, then the
# time-out.
tmux_start 100 24 "$site/e-hang.html"
expect_screen "$top Next Post Never Answers " "no answer: the page opens"
keys ']'
expect_screen "loading $site/hang$ellipsis" "the status line says what is loading"
expect_screen "(Escape cancels)" "the status line says how to stop it"
expect_whole_screen no-answer "no answer: told on the status line, the reader stays on the article" 15
keys q
wait_exit 10 || fail "no answer: folio did not quit"
"$TMUX_BIN" -L "$socket" kill-server 2>/dev/null

# Nothing waits on the network: while the next post takes four seconds,
# the reader scrolls, toggles and stops it; keys typed then act then,
# and are not acted on again when a page comes. Slow pages come within
# the time allowed.
echo FOLIO_TIMEOUT=20 >"$scratch/env"
tmux_start 100 24 "$site/e-slow.html"
expect_screen "$top Next Post Comes Slowly " "a slow next post: the page opens"
keys ']'
expect_screen "loading $site/slow/b.html$ellipsis" "a slow next post: loading"
keys G
expect_screen "Slow page, paragraph 30:" "G scrolls while the page loads"
expect_screen "loading $site/slow/b.html$ellipsis" "still loading after G"
keys Escape
expect_whole_screen cancelled "Escape stops the load: the reader stays where it was, and says so"
sleep 5
expect_screen "Slow page, paragraph 30:" "nothing comes of a load stopped"
expect_no_screen "Web Series Part B" "the stopped page never shows"
# ^C stops a load too; with nothing loading it quits, status 130.
keys ']'
expect_screen "loading $site/slow/b.html$ellipsis" "] again: loading"
keys C-c
expect_screen "cancelled: $site/slow/b.html" "^C stops the load"
expect_screen "$top Next Post Comes Slowly " "^C: the reader stays"
keys C-c
wait_exit 10 && [ "$status" -eq 130 ] && ok "^C with nothing loading quits, status 130" ||
    fail "^C: status $status ($(cat "$scratch/stderr"))"
"$TMUX_BIN" -L "$socket" kill-server 2>/dev/null

# Keys typed during a load act at once: the page comes later, on the
# screen of a reader who read on; q quits at once, the load given up.
tmux_start 100 24 "$site/e-slow.html"
expect_screen "$top Next Post Comes Slowly " "the slow page again"
keys ']'
expect_screen "loading $site/slow/b.html$ellipsis" "loading B slowly"
keys j j j
expect_screen "$top Web Series Part B " "the slow page comes" 15
keys h
expect_screen "Slow page, paragraph 2:" "back: where the reader read on to while B loaded"
keys ']'
expect_screen "$top Web Series Part B " "B again, from what was fetched"
keys '['
expect_screen "$top Web Series Part A " "A, B's previous post"
keys h h
expect_screen "$top Next Post Comes Slowly " "back to the slow page"
"$TMUX_BIN" -L "$socket" kill-server 2>/dev/null
tmux_start 100 24 "$site/e-slow.html"
expect_screen "$top Next Post Comes Slowly " "the slow page once more"
keys ']'
expect_screen "loading $site/slow/b.html$ellipsis" "loading B slowly once more"
keys q
wait_exit 3 && [ "$status" -eq 0 ] && ok "q quits at once while a page loads" ||
    fail "q while loading: status $status"
"$TMUX_BIN" -L "$socket" kill-server 2>/dev/null

# A page that comes in pieces: how much, of how much, and for how long.
tmux_start 100 24 "$site/e-trickle.html"
expect_screen "$top Next Post Trickles In " "a trickling next post: the page opens"
keys ']'
expect_screen " of 1.3 KiB, " "the status line counts the bytes of the size said"
expect_screen "$top Web Series Part C " "the trickling page comes" 15
keys q
wait_exit 10 || fail "trickle: folio did not quit"
"$TMUX_BIN" -L "$socket" kill-server 2>/dev/null

# The next post is fetched ahead while the reader reads: ] then asks the
# server for nothing.
: >"$scratch/port.log"
tmux_start 100 24 "$site/a.html"
expect_screen "$top Web Series Part A " "A, to read ahead from"
i=0
while ! grep -qx /b.html "$scratch/port.log" && [ $i -lt 200 ]; do
	sleep 0.05
	i=$((i + 1))
done
grep -qx /b.html "$scratch/port.log" && ok "B is fetched ahead while A is read" ||
    fail "B was not fetched ahead: $(cat "$scratch/port.log")"
keys ']'
expect_screen "$top Web Series Part B " "] opens B"
[ "$(grep -cx /b.html "$scratch/port.log")" -eq 1 ] &&
    ok "] asked the server for nothing more" ||
    fail "B fetched again: $(cat "$scratch/port.log")"
keys q
wait_exit 10 || fail "ahead: folio did not quit"
"$TMUX_BIN" -L "$socket" kill-server 2>/dev/null

# The page folio starts with: the screen comes up at once, saying what
# loads; q quits at once.
echo FOLIO_TIMEOUT=20 >"$scratch/env"
tmux_start 100 24 "$site/slow/a.html"
expect_screen "$top $site/slow/a.html $(printf '\342\224\200')" "a URL to start with: the screen comes up at once, named after it"
expect_screen "loading $site/slow/a.html$ellipsis" "a URL to start with: the status line says it loads"
keys q
wait_exit 3 && [ "$status" -eq 0 ] && ok "q quits at once while the first page loads" ||
    fail "q while the first page loads: status $status"
"$TMUX_BIN" -L "$socket" kill-server 2>/dev/null
tmux_start 100 24 "$site/slow/a.html"
expect_screen "loading $site/slow/a.html$ellipsis" "the first page again"
expect_screen "$top Web Series Part A " "the first page comes" 15
keys q
wait_exit 10 || fail "first page: folio did not quit"
"$TMUX_BIN" -L "$socket" kill-server 2>/dev/null
rm -f "$scratch/env"

# One that never comes: "loading", then the reason it did not.
tmux_start 100 24 "$site/hang"
expect_screen "loading $site/hang$ellipsis" "a URL that never comes: loading"
if wait_exit 15; then
	[ "$status" -eq 1 ] && ok "a URL that never comes: exit 1" ||
	    fail "a URL that never comes: exit $status"
	grep -q "^folio: $site/hang: no answer within 3 seconds\$" \
	    "$scratch/stderr" && ok "a URL that never comes: message" ||
	    fail "a URL that never comes: stderr $(cat "$scratch/stderr")"
else
	fail "a URL that never comes: folio did not end"
fi
"$TMUX_BIN" -L "$socket" kill-server 2>/dev/null

# Pages fetched once are not fetched again for back and forward: with the
# server gone, history still works; reloading fetches, and fails.
tmux_start 100 24 "$site/a.html"
expect_screen "$top Web Series Part A " "A again"
keys ']'
expect_screen "$top Web Series Part B " "] to B again"
kill "$httpd"
wait "$httpd" 2>/dev/null
keys h
expect_screen "$top Web Series Part A " "with the server gone, h goes back to A"
keys L
expect_screen "$top Web Series Part B " "with the server gone, L goes forward to B"
keys r
expect_screen "$site/b.html: " "r fetches again, and says why it cannot"
expect_screen "$top Web Series Part B " "after a failed reload the reader stays on B"
keys q
wait_exit 10 || fail "server gone: folio did not quit"

finish
