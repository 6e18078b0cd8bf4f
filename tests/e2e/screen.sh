#!/bin/sh
# screen.sh: folio on a terminal (a private tmux server): the sample
# articles' index, an article with its side panel, both highlights
# toggled, the series walked with ] to its end and back with [, history,
# resizing down to a terminal too small (the panel as the width allows
# until s shows or hides it), and quitting.
. "$(dirname "$0")/lib.sh"
need_tmux

first="Port Alder Council Approves"
last="State Awards Port Alder"
on=$(printf '\342\227\217')	# ●
off=$(printf '\342\227\213')	# ○
joint=$(printf '\342\224\254')	# ┬, where the panel's border meets the top

# With no argument and a terminal, folio opens its sample articles.
tmux_start 100 30
expect_whole_screen samples-index "no argument: the samples' index"
keys G Enter
expect_whole_screen article "Enter opens the oldest sample, with its side panel"

keys e
expect_whole_screen names-off "e turns name highlighting off"
keys '#'
expect_whole_screen highlights-off "# turns figure highlighting off"
keys e '#'
expect_screen "names $on figures $on" "both on again"

# Walk the series to its end...
keys ']' ']' ']' ']' ']'
expect_whole_screen last-post "] walks to the last post"
keys ']'
expect_whole_screen no-next-post "the end of the series says so"
# ... and back with [.
keys '[' '[' '[' '[' '['
expect_screen "$first" "[ walks back to the first post"
keys '['
expect_whole_screen no-previous-post "the start of the series says so"

# History: back goes over the [ steps.
keys h
expect_whole_screen back "h goes back"
keys L
expect_screen "$first" "L goes forward"

# Resizing: the panel goes on a narrow terminal, a tiny one gets a notice.
resize 60 20
expect_whole_screen narrow "a narrow terminal hides the panel"
# Until the reader shows or hides it, a wide terminal brings it back.
resize 100 30
expect_screen "$joint Names " "wide again before s: the panel comes back"
resize 60 20
expect_whole_screen narrow "narrow again: the panel goes again"
# There, s shows the panel over the text, and s hides it again.
keys Tab
expect_screen "the side panel is hidden: s shows it" "Tab says how to show the hidden panel"
keys s
expect_whole_screen panel-over "s shows the panel over the text of a narrow terminal"
keys s
expect_whole_screen narrow "s again hides it"
# Under twelve rows the frame goes: the title on top, the status line at
# the bottom, five lines of text at 80x7.
resize 80 7
expect_whole_screen frameless "a short terminal: no frame, more text"
resize 20 5
expect_whole_screen too-small "a tiny terminal gets a notice"
resize 100 30
expect_whole_screen wide-again "hidden with s, the panel stays hidden on a wide terminal"
keys s
expect_screen "$joint Names " "s shows it there beside the text"

# q goes up to the index the walk began from, and quits there.
keys q
expect_whole_screen samples-index-read "q goes up to the samples' index, the articles read marked"
keys q
if wait_exit 10; then
	[ "$status" -eq 0 ] && ok "q quits with status 0" ||
	    fail "q: exit status $status ($(cat "$scratch/stderr"))"
else
	fail "q: folio did not quit"
fi

# A folder: its index, newest first (by the date an article gives, then
# those without one by the file's time, set here so that the order is the
# same everywhere: an undated file newer than every date still comes
# after them), the titles its articles give; a file of numbers is no
# article, and is counted; / filters as it is typed, Escape shows all
# again; j selects the next, Enter opens it.
tmux_stop
mkdir "$scratch/folder"
for f in ferry panel latin1; do
	cp "$DATA/e2e/$f.txt" "$scratch/folder/"
done
printf '262 273 51374560f4\n118 90 7f3a2c\n' >"$scratch/folder/counts.txt"
touch -t 203001010000 "$scratch/folder/panel.txt"
touch -t 202501010000 "$scratch/folder/latin1.txt"
tmux_start 80 24 "$scratch/folder"
expect_whole_screen folder-index "a folder: its index"
keys / s o c
expect_whole_screen folder-filter "/ filters the index as it is typed"
keys Enter
expect_screen "/soc  Escape all" "Enter keeps the filter"
keys Escape
expect_screen "3 articles; 1 file is not an article" "Escape: every article again"
keys j
expect_whole_screen -e folder-index-j "j selects the next article of the index"
keys Enter
expect_whole_screen folder-article "Enter opens the selected article"
# J and K: the next and previous articles of the index, without it.
keys J
expect_screen "$(printf '\342\224\214') Café Society Reopens " "J opens the next article of the index"
keys K K
expect_screen "$(printf '\342\224\214') Harbour Council Approves New Ferry Line " "K K: two articles back up the index"
keys K
expect_screen "the first article of the index" "K at the first says so"
# = says where; an unknown key says so; q goes up to the index, as it
# was left; q there quits.
keys =
expect_screen "lines 1-" "= says which lines show"
expect_screen "ferry.txt" "= names the file"
keys X
expect_screen "X: no such key (H: the keys)" "an unknown key says so, and where the keys are"
keys q
expect_screen "Articles in" "q in an article goes up to its index"
# The index, the help and the panel at the sizes of small terminals.
resize 60 20
expect_whole_screen folder-index-narrow "the index at 60x20"
keys H
expect_whole_screen help-narrow "the help at 60x20, its lines wrapped"
keys x
resize 80 24
expect_screen "Enter open  / filter  H help  q quit" "the index at 80x24 again"
keys Enter
expect_screen "Renée Caron said" "Enter opens the article selected"
keys s
expect_whole_screen folder-article-panel "s shows the panel at 80x24, beside the text"
keys q
expect_screen "Articles in" "q goes up to the index again"
keys q
wait_exit 10 && [ "$status" -eq 0 ] && ok "q in the index quits" ||
    fail "q in the index: status $status"

# The same article saved in two more folders is one row, its copies
# counted; a filter finds each copy.
tmux_stop
mkdir -p "$scratch/copies/a" "$scratch/copies/b"
cp "$DATA/e2e/ferry.txt" "$DATA/e2e/panel.txt" "$scratch/copies/"
cp "$DATA/e2e/ferry.txt" "$scratch/copies/a/"
cp "$DATA/e2e/ferry.txt" "$scratch/copies/b/"
touch -t 203001010000 "$scratch/copies/panel.txt"
# An article without a title goes by its file's name, shown once.
printf '<html><body><p>%s</p></body></html>' "Some words of text, enough \
for an article body that reads as one, with more words after them." \
    >"$scratch/copies/3f9a1c2b7d.html"
touch -t 202001010000 "$scratch/copies/3f9a1c2b7d.html"
tmux_start 80 24 "$scratch/copies"
expect_whole_screen copies "copies of an article: one row, counted; a file's name once"
keys / f e r r y
expect_screen "3 of 5 articles" "a filter shows every copy"
keys Escape
expect_screen "Enter open" "Escape: one row again"
keys q
wait_exit 10

# Q quits at once, from an article of an index too; counts as in less,
# on a sample long enough to scroll.
tmux_start 80 24 "$SAMPLES"
expect_screen "Articles in" "the samples' index again"
keys G Enter
expect_screen "$first" "the oldest sample"
keys 3 j =
expect_screen "lines 4-23 of " "3j goes three lines down"
keys 1 0 G =
expect_screen "lines 10-29 of " "10G puts line 10 at the top"
keys 5 0 % =
expect_screen "lines 26-45 of 50" "50% puts the middle at the top"
keys g 2 z =
expect_screen "lines 3-22 of " "2z: a page of two lines"
keys z =
expect_screen "lines 5-24 of " "z again: the page of two lines kept"
keys Q
wait_exit 10 && [ "$status" -eq 0 ] && ok "Q quits at once from an article" ||
    fail "Q: status $status"

# An article on standard input; keys come from the terminal.
tmux_stop
printf '%s\n' "cat '$DATA/e2e/ferry.txt' | '$FOLIO'; echo \$? >'$scratch/status'" >"$scratch/pipe.sh"
rm -f "$scratch/status"
"$TMUX_BIN" -L "$socket" -f /dev/null new-session -d -x 100 -y 30 \
    -e LC_ALL=C.UTF-8 -e TERM=screen-256color \
    -e "ASAN_OPTIONS=$ASAN_OPTIONS" -e "UBSAN_OPTIONS=$UBSAN_OPTIONS" \
    "sh '$scratch/pipe.sh'"
"$TMUX_BIN" -L "$socket" set-option -g remain-on-exit on >/dev/null
expect_whole_screen piped "an article from a pipe"
keys r
expect_screen "an article from standard input cannot be read again" \
    "r on a piped article says it cannot be read again"
expect_screen "Harbour Council Approves New Ferry Line" "r: the article stays"
keys q
wait_exit 10 && [ "$status" -eq 0 ] && ok "q quits the piped article" ||
    fail "piped article: status $status"

# o opens the article's URL in $BROWSER; y copies it with OSC 52 (tmux
# keeps it as a paste buffer).
tmux_stop
printf '#!/bin/sh\nprintf "%%s\\n" "$1" >"%s"\n' "$scratch/opened" >"$scratch/browser"
chmod +x "$scratch/browser"
BROWSER=$scratch/browser tmux_start 100 30 "$SAMPLES/2024-03-04-council-approves-harbour-bridge-plan.html"
"$TMUX_BIN" -L "$socket" set-option -g set-clipboard on >/dev/null
url=https://portaldercourier.example/council-approves-harbour-bridge-plan/
expect_screen "$first" "an article with a URL"
keys o
i=0
while [ ! -s "$scratch/opened" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
[ "$(cat "$scratch/opened" 2>/dev/null)" = "$url" ] && ok "o opens the URL in \$BROWSER" ||
    fail "o: the browser got '$(cat "$scratch/opened" 2>/dev/null)'"
expect_screen "$first" "the article is back after the browser"
keys y
expect_whole_screen copied "y says what it copied"
[ "$("$TMUX_BIN" -L "$socket" show-buffer 2>/dev/null)" = "$url" ] &&
    ok "y puts the URL on the clipboard" ||
    fail "y: the clipboard holds '$("$TMUX_BIN" -L "$socket" show-buffer 2>/dev/null)'"
keys q
wait_exit 10

# A browser that fails: a message, and the reader stays.
tmux_stop
BROWSER=false tmux_start 100 30 "$SAMPLES/2024-03-04-council-approves-harbour-bridge-plan.html"
expect_screen "$first" "an article, with a browser that fails"
keys o
expect_whole_screen browser-fails "a failing browser is reported"
keys q
wait_exit 10

# The highlights in colour (the default theme on screen-256color): names
# and figures each in their own, and neither once e and # turn them off.
tmux_stop
tmux_start 72 16 "$DATA/e2e/ferry.txt"
show_panel "highlights"
expect_whole_screen -e highlights "names and figures highlighted in colour"
keys e '#'
expect_whole_screen -e no-highlights "e and #: neither highlighted"
keys q
wait_exit 10

# NO_COLOR: no colours, the highlights still set apart by attributes.
tmux_stop
NO_COLOR=1 tmux_start 72 16 "$DATA/e2e/ferry.txt"
show_panel "NO_COLOR"
expect_whole_screen -e no-color "NO_COLOR: the article, attributes and no colour"
if "$TMUX_BIN" -L "$socket" capture-pane -p -e | grep -q "$(printf '\033')\[[0-9;]*3[0-9];5;"; then
	fail "NO_COLOR: colours were drawn"
else
	ok "NO_COLOR: no colours"
fi
"$TMUX_BIN" -L "$socket" capture-pane -p -e | grep -q "$(printf '\033')\[1m\|$(printf '\033')\[4m" &&
    ok "NO_COLOR: highlights by attribute" || fail "NO_COLOR: no attributes either"
keys q
wait_exit 10

# An unknown theme is an error before the screen is taken.
tmux_stop
tmux_start 100 30 --theme no-such-theme "$DATA/e2e/ferry.txt"
if wait_exit 10; then
	[ "$status" -eq 1 ] && ok "an unknown theme: exit 1" ||
	    fail "an unknown theme: status $status"
	case $(cat "$scratch/stderr") in
	"folio: theme no-such-theme: "*) ok "an unknown theme: message" ;;
	*) fail "an unknown theme: '$(cat "$scratch/stderr")'" ;;
	esac
else
	fail "an unknown theme: folio did not exit"
fi
tmux_stop
tmux_start 72 16 --theme light "$DATA/e2e/ferry.txt"
show_panel "--theme light"
expect_whole_screen -e light "--theme light"
keys q
wait_exit 10

# The configuration file: a key bound, a highlight off at start.
tmux_stop
mkdir -p "$XDG_CONFIG_HOME/folio"
printf 'names off\nbind x quit\n' >"$XDG_CONFIG_HOME/folio/config"
tmux_start 100 30 "$DATA/e2e/ferry.txt"
expect_screen "names $off figures $on" "the configuration turns names off"
keys x
wait_exit 10 && [ "$status" -eq 0 ] && ok "a key bound in the configuration" ||
    fail "x did not quit: status $status"
printf 'colour red\n' >"$XDG_CONFIG_HOME/folio/config"
tmux_stop
tmux_start 100 30 "$DATA/e2e/ferry.txt"
# A bad line is a warning, never fatal (tests/e2e/terminals.sh has more).
expect_whole_screen config-warning "a bad configuration: a warning, and the article all the same"
keys q
if wait_exit 10; then
	[ "$status" -eq 0 ] && ok "a bad configuration: exit 0" ||
	    fail "a bad configuration: status $status"
	case $(cat "$scratch/stderr") in
	*"folio/config:1: unknown setting 'colour'") ok "a bad configuration: message" ;;
	*) fail "a bad configuration: '$(cat "$scratch/stderr")'" ;;
	esac
else
	fail "a bad configuration: folio did not exit"
fi
# Four bad lines, a theme among them: the first, and three more.
printf 'colour red\nwidth wide\ntheme no-such-theme\nbind x nothing\n' \
    >"$XDG_CONFIG_HOME/folio/config"
tmux_stop
tmux_start 100 30 "$DATA/e2e/ferry.txt"
expect_screen "folio/config:1: unknown setting 'colour' (and 3 more)" \
    "four bad lines: the first, and the count of the others"
keys q
wait_exit 10
[ "$(grep -c 'folio/config:' "$scratch/stderr")" -eq 4 ] &&
    ok "four bad lines: each on standard error" ||
    fail "four bad lines: stderr $(cat "$scratch/stderr")"
rm -f "$XDG_CONFIG_HOME/folio/config"

finish
