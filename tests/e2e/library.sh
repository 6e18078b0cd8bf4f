#!/bin/sh
# library.sh: the reading library on a terminal. An article opened again
# in a later run opens where the reader stopped ("resumed at N%"), g goes
# to the top; the place is kept as the reader moves (a folio killed with
# SIGKILL loses nothing); a folder's index marks what was read; --search
# finds what was read, --library lists it; --forget removes an article's
# trace; S keeps an article, which opens from the copy kept once its
# server is gone, and the library marks it; two folios at once keep the
# places and marks of both; --no-library, "library off", --dump, --json
# and --raw record nothing; a damaged library or one of a newer folio is a
# warning, and the article is read all the same.
. "$(dirname "$0")/lib.sh"
need_tmux

if "$FOLIO" --forget "$scratch/none" 2>&1 | grep -q 'without SQLite'; then
	echo "folio is built without SQLite: no reading library to test"
	exit 77
fi

# The folios started here share one library, as one reader's runs do.
keep_library=1
lib=$XDG_DATA_HOME/folio/library.db
mkdir "$scratch/folder"
cp "$DATA/screen/long.txt" "$DATA/e2e/ferry.txt" "$DATA/e2e/panel.txt" \
    "$scratch/folder/"
touch -t 202502010000 "$scratch/folder/panel.txt"
touch -t 202501010000 "$scratch/folder/long.txt"
long=$scratch/folder/long.txt

# The status line's percent, and the first line of the text.
percent() {
	screen | sed -n 23p | grep -o '[0-9]*%' | tail -1
}
top_line() {
	screen | sed -n 2p
}

# Read a little way, and quit.
tmux_start 80 24 "$long"
expect_screen "By Test Writer" "a first run: the article at its top"
keys Space Space
expect_screen "Paragraph 14 of" "two pages down"
sleep 0.3
pct=$(percent)
top=$(top_line)
keys q
wait_exit 10
expect_status 0 "q quits"
if [ "$(stat -c %a "$lib" 2>/dev/null)" = 600 ] &&
    [ "$(stat -c %a "$(dirname "$lib")")" = 700 ]; then
	ok "the library is made 0600 in a folder 0700"
else
	fail "the library is not 0600 in a 0700 folder: $(ls -la "$(dirname "$lib")" 2>&1)"
fi

# A later run: where the reader stopped, and says so; g: the top.
tmux_start 80 24 "$long"
expect_screen "resumed at $pct" "a later run resumes at $pct"
if [ "$(top_line)" = "$top" ]; then
	ok "the same line on top as when the reader quit"
else
	fail "resumed with '$(top_line)' on top, not '$top'"
fi
keys g
expect_screen "By Test Writer" "g goes to the top"
expect_no_screen "resumed at" "the message goes with the next key"

# The place is kept as the reader moves: a folio killed keeps it.
keys G
expect_screen "100%" "G: the bottom"
sleep 0.3
top=$(top_line)
pane=$("$TMUX_BIN" -L "$socket" display -p '#{pane_pid}')
pid=$(pgrep -P "$pane" -x folio || pgrep -P "$pane")
if [ -n "$pid" ]; then
	kill -9 $pid
	wait_exit 10
	tmux_start 80 24 "$long"
	expect_screen "resumed at 100%" "after SIGKILL, resumed where the reader was"
	if [ "$(top_line)" = "$top" ]; then
		ok "the same line on top as when folio was killed"
	else
		fail "resumed with '$(top_line)' on top, not '$top'"
	fi
	keys q
	wait_exit 10
else
	fail "folio's process not found under the pane ($pane)"
fi

# The folder's index: what was read is marked, what was not is bold.
tmux_start 80 24 "$scratch/folder"
expect_whole_screen index-marks "the index marks the article read"
keys j Enter
expect_screen "Tromsvik harbour council" "Enter opens an article not read yet"
keys h
expect_whole_screen index-marks-two "back in the index, it is marked too"
# M marks the selected article: read, then not read again.
keys j M
expect_screen "marked read" "M marks an article read"
if screen | grep "panel.txt" | grep -q "$(printf '\342\234\223')"; then
	ok "... and the index shows it"
else
	fail "M: panel.txt not marked: $(screen | grep panel.txt)"
fi
keys q
wait_exit 10
tmux_start 80 24 "$scratch/folder"
expect_screen "Harbour Talks Go On" "the index again"
if screen | grep "panel.txt" | grep -q "$(printf '\342\234\223')"; then
	ok "the mark is kept in the library"
else
	fail "panel.txt no longer marked: $(screen | grep panel.txt)"
fi
keys j j M
expect_screen "marked not read" "M again: not read"
if screen | grep "panel.txt" | grep -q "$(printf '\342\234\223')"; then
	fail "panel.txt still marked"
else
	ok "... and the mark is gone"
fi
keys q
wait_exit 10

# --search: the articles read that hold every word, best first, as
# "date  title  file" lines or as JSON.
real=$(cd "$scratch/folder" && pwd -P)
run --search "lanterns QUAY"
expect_status 0 "--search"
expect_out_has "2025-05-01  Lanterns Along the Quay  $real/long.txt" \
    "--search: date, title, file"
run --search "Tromsvik islands"
expect_out_has "Harbour Council Approves New Ferry Line  $real/ferry.txt" \
    "--search finds the words of the text"
expect_out_lacks "Lanterns" "... and only the articles that hold them"
run --json --search "lanterns"
expect_out_has "{\"query\":\"lanterns\",\"results\":[{\"title\":\"Lanterns Along the Quay\",\"url\":null,\"file\":\"$real/long.txt\",\"date\":\"2025-05-01\",\"snippet\":\"" \
    "--search --json"
run --search "nowhere"
expect_status 0 "--search that finds nothing"
[ -z "$out" ] && ok "... prints nothing" || fail "--search nowhere printed '$out'"

# --library: what was read, the last first; without a terminal, printed.
run --library
expect_status 0 "--library without a terminal"
if [ "$(printf '%s\n' "$out" | head -1)" = "2025-03-03  Harbour Council Approves New Ferry Line  $real/ferry.txt" ] &&
    printf '%s\n' "$out" | sed -n 2p | grep -q "Lanterns Along the Quay"; then
	ok "--library: the last read first"
else
	fail "--library printed: $out"
fi
run --json --library
expect_out_has "{\"library\":[{\"title\":\"Harbour Council Approves New Ferry Line\",\"url\":null,\"file\":\"$real/ferry.txt\",\"date\":\"2025-03-03\",\"read\":true,\"kept\":false},{\"title\":\"Lanterns Along the Quay\"" \
    "--library --json"
tmux_start 80 24 --library
expect_whole_screen library-index "--library: the library as an index"
keys / l a n
expect_screen "1 of 2 articles" "/ filters the library as it is typed"
keys Escape
expect_screen "Enter open" "Escape clears the filter"
keys j Enter
expect_screen "resumed at 100%" "Enter opens an article from it, resumed"
keys h
expect_screen "Articles in the library" "h: back in the library's index"
keys q
wait_exit 10

# m in the side panel: the other articles read that mention a name.
council=$SAMPLES/2024-03-04-council-approves-harbour-bridge-plan.html
pier=$SAMPLES/2024-03-27-engineers-find-pier-corrosion.html
tmux_start 100 30 "$council"
expect_screen "Ines Calder" "a sample that names Ines Calder"
keys q
wait_exit 10
tmux_start 100 30 "$pier"
expect_screen "Paul Okonkwo" "another one"
keys Tab / I n e s Enter m
expect_whole_screen mentions "m: the other articles read that mention her"
keys Enter
expect_screen "Council Approves" "Enter opens one"
keys h
expect_screen "Articles in the library, mentioning Ines Calder" \
    "h: back in the list"
keys h
expect_screen "Paul Okonkwo" "h: back in the article"
keys Tab / P a u l Enter m
expect_screen "no other article read mentions Paul Okonkwo" \
    "m for a name no other article mentions says so"
keys q
wait_exit 10

# --forget: gone from the library, and from the marks.
run --forget "$long"
expect_status 0 "--forget FILE"
run --forget "$long"
expect_status 1 "--forget of what is not in the library"
expect_err "folio: $(cd "$scratch/folder" && pwd -P)/long.txt: not in the library" \
    "--forget says it is not there"
run --no-library --forget "$long"
expect_status 2 "--forget with --no-library: a usage error"
run --forget -
expect_status 2 "--forget of standard input: a usage error"
tmux_start 80 24 "$scratch/folder"
expect_screen "Harbour Council Approves" "the index again"
if screen | grep "long.txt" | grep -q "$(printf '\342\234\223')"; then
	fail "the forgotten article is still marked read"
else
	ok "the forgotten article is no longer marked"
fi
keys q
wait_exit 10
run --search lanterns
[ -z "$out" ] && ok "--search no longer finds it" || fail "--search: $out"
tmux_start 80 24 "$long"
expect_screen "By Test Writer" "the forgotten article opens at its top"
expect_no_screen "resumed" "... and says nothing of resuming"
keys q
wait_exit 10

# S keeps an article read over HTTP (tests/e2e/httpd.py, on 127.0.0.1):
# with the server gone, it opens from the copy kept, and says so.
if command -v python3 >/dev/null 2>&1; then
	httpd_start "$DATA/web"
else
	port=
	echo "python3 not found: S and offline not tested"
fi
site=http://127.0.0.1:$port
run --dump "$site/a.html"
case $err in *"without URL support"*) port= ;; esac
if [ -n "$port" ]; then
	today=$(date +%Y-%m-%d)
	tmux_start 80 24 "$site/a.html"
	expect_screen "Part A, paragraph 1:" "a page over HTTP"
	keys S
	expect_screen "kept: readable offline" "S keeps it"
	keys ']'
	expect_screen "Part B, paragraph 1:" "] fetches the next post"
	keys q
	wait_exit 10
	run --library
	expect_out_has "Web Series Part A  $site/a.html  (kept)" \
	    "--library: the article kept says so"
	expect_out_has "Web Series Part B  $site/b.html
" "... and the other does not"
	run --json --library
	expect_out_has "{\"title\":\"Web Series Part A\",\"url\":\"$site/a.html\",\"file\":null,\"date\":null,\"read\":true,\"kept\":true}" \
	    "--library --json: kept true"
	expect_out_has "{\"title\":\"Web Series Part B\",\"url\":\"$site/b.html\",\"file\":null,\"date\":null,\"read\":true,\"kept\":false}" \
	    "--library --json: kept false"
	# Without a terminal, a page fetched is recorded nowhere.
	XDG_DATA_HOME=$scratch/none run --json "$site/b.html"
	expect_status 0 "--json of a URL"
	kill "$httpd"
	wait "$httpd" 2>/dev/null
	run --dump "$site/a.html"
	expect_status 1 "the server gone, --dump of the page fails"
	tmux_start 80 24 "$site/a.html"
	expect_screen "offline: the copy kept on $today" \
	    "the server gone, the page opens from the copy kept"
	expect_screen "Part A, paragraph 1:" "... the article itself"
	keys ']'
	expect_screen "offline: the copy fetched on $today" \
	    "] opens the next post from the copy cached when it was read"
	expect_screen "Part B, paragraph 1:" "... the next post itself"
	keys q
	wait_exit 10
	tmux_start 80 24 --library
	expect_screen "Web Series Part A  a.html  kept" \
	    "the library's index marks the article kept"
	keys q
	wait_exit 10
fi

# Two folios at once, each reading and moving in an article of its own,
# each marking one in the folder's index, in turn: the places and marks
# of both are kept.
mkdir "$scratch/two"
day=3
for t in North South Third; do
	{
		printf '%s Shore Report\n\nBy Test Writer | May %d, 2025\n\n' \
		    "$t" $day
		i=1
		while [ $i -le 40 ]; do
			printf 'Paragraph %d of the %s report. The keepers walked the shore at dawn and counted the boats drawn up on the shingle, one by one.\n\n' $i "$t"
			i=$((i + 1))
		done
	} >"$scratch/two/$(echo $t | tr A-Z a-z).txt"
	day=$((day - 1))
done
two=$(cd "$scratch/two" && pwd -P)
# The second folio, in a tmux server of its own beside the first's.
socket2=folio-test-$name-$$-two
sockets="$sockets $socket2"
cat >"$scratch/run2.sh" <<EOS
#!/bin/sh
trap : INT
"$FOLIO" "\$@" 2>"$scratch/stderr2"
echo \$? >"$scratch/status2"
EOS
chmod +x "$scratch/run2.sh"
# on2 CMD...: CMD (keys, expect_screen, percent...) on the second folio.
on2() {
	first=$socket
	socket=$socket2
	"$@"
	on2_status=$?
	socket=$first
	return $on2_status
}
tmux_start 80 24 "$two"
expect_screen "North Shore Report" "the first folio: the folder"
"$TMUX_BIN" -L "$socket2" -f /dev/null new-session -d -x 80 -y 24 \
    -e LC_ALL=C.UTF-8 -e TERM=screen-256color \
    -e "ASAN_OPTIONS=$ASAN_OPTIONS" -e "UBSAN_OPTIONS=$UBSAN_OPTIONS" \
    -e "XDG_CONFIG_HOME=$XDG_CONFIG_HOME" -e "XDG_DATA_HOME=$XDG_DATA_HOME" \
    "$scratch/run2.sh" "$two" \; set-option -g remain-on-exit on >/dev/null
on2 expect_screen "South Shore Report" "a second folio at once: the folder"
keys Enter
expect_screen "Paragraph 1 of the North" "the first opens North"
on2 keys j Enter
on2 expect_screen "Paragraph 1 of the South" "the second opens South"
keys Space
expect_screen "Paragraph 9 of the North" "the first moves"
on2 keys Space Space
on2 expect_screen "Paragraph 16 of the South" "the second moves"
keys Space
expect_screen "Paragraph 16 of the North" "the first moves on"
north=$(percent)
# The first, back in the index, marks South (which the second reads) not
# read; the second moves on in it, back in its index marks Third read.
keys q
expect_screen "Articles in" "the first: back in the index"
keys j M
expect_screen "marked not read" "the first marks South not read"
on2 keys Space
on2 expect_screen "Paragraph 24 of the South" "the second moves on"
south=$(on2 percent)
on2 keys q
on2 expect_screen "Articles in" "the second: back in the index"
on2 keys j j M
on2 expect_screen "marked read" "the second marks Third read"
keys q
wait_exit 10
expect_status 0 "the first quits"
on2 keys q
i=0
while [ ! -s "$scratch/status2" ] && [ $i -lt 200 ]; do
	sleep 0.05
	i=$((i + 1))
done
[ "$(cat "$scratch/status2" 2>/dev/null)" = 0 ] &&
    ok "the second quits: exit 0" ||
    fail "the second: exit $(cat "$scratch/status2" 2>/dev/null)"
"$TMUX_BIN" -L "$socket2" kill-server 2>/dev/null
run --json --library
expect_out_has "{\"title\":\"North Shore Report\",\"url\":null,\"file\":\"$two/north.txt\",\"date\":\"2025-05-03\",\"read\":true,\"kept\":false}" \
    "--library --json: North read, by the first"
expect_out_has "{\"title\":\"South Shore Report\",\"url\":null,\"file\":\"$two/south.txt\",\"date\":\"2025-05-02\",\"read\":false,\"kept\":false}" \
    "--library --json: South read by the second, marked not read by the first"
tmux_start 80 24 "$two"
expect_screen "Third Shore Report" "the folder again"
if screen | grep "Third Shore" | grep -q "$(printf '\342\234\223')"; then
	ok "Third: marked read by the second"
else
	fail "Third not marked: $(screen | grep 'Third Shore')"
fi
keys Enter
expect_screen "resumed at $north" "North resumes where the first left it"
expect_screen "Paragraph 16 of the North" "... on the same line"
keys q j Enter
expect_screen "resumed at $south" "South resumes where the second left it"
expect_screen "Paragraph 24 of the South" "... on the same line"
keys Q
wait_exit 10

# What records nothing: a library elsewhere is never made.
none=$scratch/none
echo "XDG_DATA_HOME=$none" >"$scratch/env"
tmux_start 80 24 --no-library "$long"
expect_screen "By Test Writer" "--no-library: the article"
keys Space q
wait_exit 10
mkdir -p "$XDG_CONFIG_HOME/folio"
echo "library off" >"$XDG_CONFIG_HOME/folio/config"
tmux_start 80 24 "$long"
expect_screen "By Test Writer" "library off: the article"
keys Space q
wait_exit 10
rm "$XDG_CONFIG_HOME/folio/config"
tmux_start 80 24 --raw "$long"
expect_screen "Paragraph 1 of" "--raw: the text"
keys Space q
wait_exit 10
rm "$scratch/env"
XDG_DATA_HOME=$none run --json "$long"
expect_status 0 "--json"
XDG_DATA_HOME=$none run --dump "$long"
expect_status 0 "--dump"
XDG_DATA_HOME=$none run --raw --json "$long"
expect_status 0 "--raw --json"
if [ -e "$none" ]; then
	fail "something recorded: $(find "$none")"
else
	ok "--no-library, library off, --raw, --json (of a URL too), --dump: nothing recorded"
fi

# A damaged library: a warning, on the status line and on standard error
# when folio ends, and the article read all the same.
printf 'this is not a database, but it is long enough to look like the header of one, and then some more bytes\n' >"$lib"
tmux_start 80 24 "$long"
expect_screen "the library is off" "a damaged library: a warning"
expect_screen "Lanterns Along the Quay" "... and the article"
keys Space q
wait_exit 10
expect_status 0 "... and folio ends well"
if grep -q "library is off: $lib: not a library" "$scratch/stderr"; then
	ok "the warning on standard error"
else
	fail "standard error: $(cat "$scratch/stderr")"
fi

# A library of a newer folio: the same, and it is left as it is.
rm -f "$lib" "$lib-wal" "$lib-shm"
if command -v sqlite3 >/dev/null 2>&1; then
	sqlite3 "$lib" 'CREATE TABLE later (x); PRAGMA user_version = 99'
	tmux_start 80 24 "$long"
	expect_screen "the library is off" "a newer library: a warning"
	expect_screen "Lanterns Along the Quay" "... and the article"
	keys q
	wait_exit 10
	if grep -q "written by a newer folio (schema 99" "$scratch/stderr" &&
	    [ "$(sqlite3 "$lib" 'PRAGMA user_version')" = 99 ]; then
		ok "the newer library is told of, and left alone"
	else
		fail "stderr: $(cat "$scratch/stderr")"
	fi
fi

finish
