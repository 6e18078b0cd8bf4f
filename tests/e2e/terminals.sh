#!/bin/sh
# terminals.sh: folio's screen on every terminal (a private tmux server):
# search forward and backward round both ends, the help on ?, H and F1,
# a storm of resizes that keeps the reading position, a 20x6 terminal,
# TERM=vt100 with NO_COLOR, TERM=xterm (8 colours) and xterm-256color,
# the mono theme, CJK, emoji and combining marks, the mouse wheel, the
# browser run without a shell, and a configuration with bad lines.
. "$(dirname "$0")/lib.sh"
need_tmux

long=$DATA/screen/long.txt
wide=$DATA/screen/wide.txt
esc=$(printf '\033')

# quit: q, and folio ends with status 0.
quit() {
	keys q
	if wait_exit 10 && [ "$status" -eq 0 ]; then ok "$1: q quits"; else
		fail "$1: q: status $status ($(cat "$scratch/stderr"))"; fi
	tmux_stop
}

colours() {	# the screen with its colours and attributes
	"$TMUX_BIN" -L "$socket" capture-pane -p -e 2>/dev/null
}

# wait_colours PATTERN: poll until the screen with its attributes matches
# the grep PATTERN.
wait_colours() {
	i=0
	while [ $i -lt 200 ]; do
		colours | grep -q "$1" && return 0
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

# ---- Search: / and ? with n and N, round both ends.
tmux_start 80 24 "$long"
expect_whole_screen article "search: the article"
keys / l a n t
expect_whole_screen search-prompt "/ opens the search prompt, which shows what is typed"
keys e r n Enter
expect_whole_screen search-first "/ finds the first match"
keys n
expect_screen "paragraph 20." "n: the next match"
keys n
expect_screen "paragraph 40." "n: the last match"
keys n
expect_whole_screen search-wrapped-top "n past the last match wraps to the first, and says so"
keys N
expect_whole_screen search-wrapped-end "N before the first match wraps back to the last, and says so"
# The match is painted (search-match: dark on yellow).
expect_whole_screen -e search-match "the match is highlighted"
keys g '?'
expect_whole_screen search-prompt-backward "? opens the backward search prompt"
keys L A N T E R N Enter
expect_whole_screen search-wrapped-end "? from the top wraps to the last match"
keys n
expect_screen "paragraph 20." "n after ? goes on backward"
expect_no_screen "wrapped" "... without wrapping"
keys N
expect_screen "paragraph 40." "N after ? goes forward"
keys / n o ' ' s u c h Enter
expect_whole_screen search-not-found "a search that finds nothing says so"

# ---- The help: ? then Enter, H, F1; it scrolls, any other key closes it.
keys '?' Enter
expect_whole_screen help "? then Enter shows the help, its keys from the keymap"
keys G
expect_whole_screen help-end "G: the end of the help"
keys x
expect_whole_screen help-closed "another key closes the help"
keys H
expect_whole_screen help "H shows the help"
keys x
expect_whole_screen help-closed "closed again"
keys F1
expect_whole_screen help "F1 shows the help"
keys x
quit "search and help"

# ---- A storm of 50 resizes: the screen comes back the same, at the
# same place in the text.
tmux_start 100 30 "$long"
expect_screen "Lanterns Along the Quay" "storm: the article"
keys / P a r a g r a p h Space 1 7 Space o f Enter
expect_whole_screen storm "storm: reading paragraph 17, on the top line"
i=0
for size in 80x24 40x10 20x6 120x40 60x15 10x3 150x50 33x9 99x29 24x7; do
	for d in 0 1 2 3 4; do
		w=${size%x*} h=${size#*x}
		resize $((w + d)) $((h + d % 2))
		i=$((i + 1))
	done
done
[ $i -eq 50 ] && ok "storm: 50 resizes sent" || fail "storm: $i resizes"
resize 100 30
expect_whole_screen storm "storm: the same screen at the same size"
# Narrower: the text re-wraps, paragraph 17 still on top.
resize 60 20
expect_whole_screen storm-narrow "storm: narrower, paragraph 17 still on the top line"
quit "storm"

# ---- A 20x6 terminal: a notice, nothing else; then the article.
tmux_start 20 6 "$long"
expect_whole_screen too-small "20x6: the notice, and nothing else"
resize 80 24
expect_whole_screen article "20x6 then 80x24: the article"
quit "20x6"

# ---- TERM=vt100 with NO_COLOR: no colour at all, highlights by attribute.
PANE_TERM=vt100 NO_COLOR=1 tmux_start 80 24 "$DATA/e2e/ferry.txt"
show_panel "vt100"
expect_whole_screen -e vt100 "vt100: the article and its panel, by attributes"
colours >"$scratch/vt100"
if grep -q "$esc\[[0-9;]*[34][0-8][;m]" "$scratch/vt100"; then
	fail "vt100: colours were drawn"
	grep "$esc\[[0-9;]*[34][0-8][;m]" "$scratch/vt100" | head -3 | cat -v
else
	ok "vt100: no colours"
fi
grep -q "$esc\[1mTromsvik" "$scratch/vt100" && ok "vt100: names bold" ||
    fail "vt100: names not bold"
grep -q "$esc\[4m7" "$scratch/vt100" && ok "vt100: figures underlined" ||
    fail "vt100: figures not underlined"
keys / f e r r y Enter
wait_colours "$esc\[7mferry" && ok "vt100: the match in reverse video" ||
    { fail "vt100: the match is not reversed"; colours | grep ferry | cat -v; }
quit "vt100"
# vt100 without NO_COLOR: the same, a vt100 has no colours.
PANE_TERM=vt100 tmux_start 80 24 "$DATA/e2e/ferry.txt"
show_panel "vt100 (colours allowed)"
expect_whole_screen -e vt100 "vt100 (colours allowed): the same screen as with NO_COLOR"
colours >"$scratch/vt100"
grep -q "$esc\[[0-9;]*[34][0-8][;m]" "$scratch/vt100" &&
    fail "vt100 (colours allowed): colours were drawn" ||
    ok "vt100 (colours allowed): no colours"
grep -q "$esc\[1mTromsvik" "$scratch/vt100" &&
    grep -q "$esc\[4m7" "$scratch/vt100" &&
    ok "vt100 (colours allowed): highlights by attribute" ||
    fail "vt100 (colours allowed): highlights lost"
quit "vt100 (colours allowed)"

# ---- TERM=xterm: 8 colours; names yellow, figures green, text white.
PANE_TERM=xterm tmux_start 80 24 "$DATA/e2e/ferry.txt"
show_panel "xterm"
expect_whole_screen -e xterm "xterm: the article in 8 colours"
colours >"$scratch/xterm"
grep -q "$esc\[[0-9;]*[34]8;5;" "$scratch/xterm" &&
    fail "xterm: 256-colour codes on an 8-colour terminal" ||
    ok "xterm: only the 8 colours"
grep -q "$esc\[33mTromsvik" "$scratch/xterm" && ok "xterm: names yellow" ||
    fail "xterm: names are not yellow"
grep -q "$esc\[32m7" "$scratch/xterm" && ok "xterm: figures green" ||
    fail "xterm: figures are not green"
grep -q "37m\($esc\[49m\)\{0,1\} to fund a ferry" "$scratch/xterm" && ok "xterm: text white" ||
    fail "xterm: text is not white"
quit "xterm"

# ---- TERM=xterm-256color: the nearest of the 256 colours.
PANE_TERM=xterm-256color tmux_start 80 24 "$DATA/e2e/ferry.txt"
show_panel "xterm-256color"
expect_whole_screen -e xterm-256color "xterm-256color: the article in 256 colours"
colours >"$scratch/x256"
grep -q "$esc\[38;5;180mTromsvik" "$scratch/x256" &&
    ok "xterm-256color: names #d7af87 as colour 180" ||
    fail "xterm-256color: names not in colour 180"
grep -q "$esc\[38;5;150m7" "$scratch/x256" &&
    ok "xterm-256color: figures #afd787 as colour 150" ||
    fail "xterm-256color: figures not in colour 150"
quit "xterm-256color"

# ---- A terminal of direct colour: the theme's own #rrggbb. Its terminfo
# entry is made here (xterm-direct's is not always installed).
if command -v tic >/dev/null 2>&1; then
	cat >"$scratch/direct.src" <<'EOS'
folio-direct|xterm with direct colour for folio's tests,
	colors#0x1000000, pairs#0x10000, RGB,
	setab=\E[%?%p1%{8}%<%t4%p1%d%e48;2;%p1%{65536}%/%d;%p1%{256}%/%{255}%&%d;%p1%{255}%&%d%;m,
	setaf=\E[%?%p1%{8}%<%t3%p1%d%e38;2;%p1%{65536}%/%d;%p1%{256}%/%{255}%&%d;%p1%{255}%&%d%;m,
	use=xterm-256color,
EOS
	tic -x -o "$scratch/terminfo" "$scratch/direct.src"
	printf 'TERMINFO=%s\n' "$scratch/terminfo" >"$scratch/env"
	PANE_TERM=folio-direct tmux_start 80 24 "$DATA/e2e/ferry.txt"
	show_panel "direct colour"
	expect_whole_screen -e direct "direct colour: the article in the theme's own colours"
	colours >"$scratch/direct"
	grep -q "$esc\[38;2;215;175;135mTromsvik" "$scratch/direct" &&
	    ok "direct colour: names in #d7af87 itself" ||
	    { fail "direct colour: names not in #d7af87"; grep Tromsvik "$scratch/direct" | head -2 | cat -v; }
	grep -q "$esc\[38;2;175;215;135m7" "$scratch/direct" &&
	    ok "direct colour: figures in #afd787 itself" ||
	    fail "direct colour: figures not in #afd787"
	quit "direct colour"
	rm -f "$scratch/env"
else
	echo "skip: no tic, no terminal of direct colour"
fi

# ---- --width sets the text's width on screen too, over the
# configuration's.
tmux_start 100 24 --width 50 "$DATA/e2e/ferry.txt"
expect_whole_screen width-50 "--width 50: the text 50 columns wide"
quit "--width 50"

# ---- Terminals that cannot show the reader: TERM=dumb, one that cannot
# move its cursor, one not known here. The article as --dump gives it,
# and a note on standard error saying why.
text_instead() {
	tmux_start 80 60 "$DATA/e2e/ferry.txt"
	wait_exit 10 && [ "$status" -eq 0 ] && ok "$1: folio prints and ends" ||
	    fail "$1: status $status"
	# folio has ended: what it printed is on the pane (tmux may have
	# scrolled its first line into the pane's history).
	"$TMUX_BIN" -L "$socket" capture-pane -p -S - >"$scratch/printed"
	grep -q "^Harbour Council Approves New Ferry Line" "$scratch/printed" &&
	    grep -q "^By Maren Olsen" "$scratch/printed" &&
	    ok "$1: the article as text" ||
	    { fail "$1: the article as text:"; cat "$scratch/printed"; }
	grep -q "$(printf '\342\224\214')" "$scratch/printed" &&
	    fail "$1: a frame drawn" || ok "$1: no frame"
	grep -q "^folio: $2" "$scratch/stderr" && ok "$1: a note on standard error" ||
	    fail "$1: stderr $(cat "$scratch/stderr")"
	"$TMUX_BIN" -L "$socket" kill-server 2>/dev/null
}
PANE_TERM=dumb text_instead "TERM=dumb" \
    "this terminal (TERM=dumb) cannot show the reader: the article follows as text"
# ncurses keeps the state of a newterm() that failed: not folio's leak.
printf 'LSAN_OPTIONS=suppressions=%s\n' "$top_srcdir/tests/e2e/lsan.supp" \
    >"$scratch/env"
PANE_TERM=folio-no-such-terminal text_instead "an unknown terminal" \
    "this terminal (TERM=folio-no-such-terminal) is not known here: the article follows as text"
rm -f "$scratch/env"
if command -v tic >/dev/null 2>&1; then
	printf 'folio-nocup|a terminal that cannot move its cursor,\n\tcols#80, lines#24, bel=^G, cr=\\r, ind=\\n,\n' \
	    >"$scratch/nocup.src"
	tic -x -o "$scratch/terminfo" "$scratch/nocup.src"
	printf 'TERMINFO=%s\n' "$scratch/terminfo" >"$scratch/env"
	PANE_TERM=folio-nocup text_instead "no cursor addressing" \
	    "this terminal (TERM=folio-nocup) cannot move its cursor: the article follows as text"
	rm -f "$scratch/env"
fi

# ---- The mouse: folio's by default; with "mouse off" in the
# configuration, the terminal keeps it (no mouse tracking asked for).
tmux_start 80 24 "$DATA/e2e/ferry.txt"
expect_screen "Harbour Council Approves New Ferry Line" "mouse: the article"
[ "$("$TMUX_BIN" -L "$socket" display -p '#{mouse_any_flag}')" = 1 ] &&
    ok "mouse: folio tracks the mouse by default" ||
    fail "mouse: not tracked by default"
quit "mouse"
mkdir -p "$XDG_CONFIG_HOME/folio"
printf 'mouse off\n' >"$XDG_CONFIG_HOME/folio/config"
tmux_start 80 24 "$DATA/e2e/ferry.txt"
expect_screen "Harbour Council Approves New Ferry Line" "mouse off: the article"
[ "$("$TMUX_BIN" -L "$socket" display -p '#{mouse_any_flag}')" = 0 ] &&
    ok "mouse off: the terminal keeps the mouse" ||
    fail "mouse off: folio still tracks the mouse"
quit "mouse off"
rm -f "$XDG_CONFIG_HOME/folio/config"

# ---- The mono theme: attributes only.
tmux_start 80 24 --theme mono "$DATA/e2e/ferry.txt"
show_panel "mono"
expect_whole_screen -e mono "mono: the article by attributes"
colours >"$scratch/mono"
grep -q "$esc\[[0-9;]*[34][0-8][;m]" "$scratch/mono" &&
    fail "mono: colours were drawn" || ok "mono: no colours"
grep -q "$esc\[1mTromsvik" "$scratch/mono" &&
    grep -q "$esc\[4m7" "$scratch/mono" && ok "mono: names bold, figures underlined" ||
    fail "mono: highlights lost"
quit "mono"

# ---- CJK, emoji and combining marks: wrapped by display width, every
# row as wide as the terminal, the borders straight.
tmux_start 60 20 "$wide"
expect_whole_screen wide "wide: the article, wrapped by display width"
expect_screen "$(printf 'caf\145\314\201 by')" "wide: a combining accent on its letter"
screen >"$scratch/wide"
bad=$(while IFS= read -r l; do printf '%s\n' "$l" | wc -L; done <"$scratch/wide" |
    grep -vc '^60$')
[ "$bad" -eq 0 ] && ok "wide: every row 60 columns" ||
    { fail "wide: $bad rows not 60 columns"; cat "$scratch/wide"; }
[ "$(grep -c "$(printf '\342\224\202')\$" "$scratch/wide")" -ge 15 ] &&
    ok "wide: the right border straight" ||
    { fail "wide: the right border broken"; cat "$scratch/wide"; }
grep -q "$(printf '\346\270\257\343\201\256\347\201\257\345\217\260')" "$scratch/wide" &&
    ok "wide: CJK drawn" || fail "wide: CJK lost"
grep -q "$(printf '\360\237\232\242')" "$scratch/wide" && ok "wide: emoji drawn" ||
    fail "wide: emoji lost"
for w in 41 37 30 25; do
	resize $w 20
	# Drawn again when the top right corner is in the last column.
	i=0
	while [ $i -lt 200 ] && [ "$(screen | sed -n 1p | wc -L)" -ne $w -o \
	    "$(screen | sed -n 1p | grep -c "$(printf '\342\224\220')\$")" -ne 1 ]; do
		sleep 0.05
		i=$((i + 1))
	done
	bad=$(screen | while IFS= read -r l; do printf '%s\n' "$l" | wc -L; done |
	    grep -vc "^$w\$")
	[ "$bad" -eq 0 ] && ok "wide: every row $w columns" ||
	    { fail "wide: $bad rows not $w columns"; screen; }
done
quit "wide"

# ---- The mouse wheel scrolls (xterm's mouse report, as tmux sends it).
tmux_start 80 20 "$long"
expect_whole_screen wheel-top "wheel: the article"
keys -H 1b 5b 4d 61 21 21
expect_whole_screen wheel-down "the wheel scrolls down"
keys -H 1b 5b 4d 60 21 21
expect_whole_screen wheel-top "the wheel scrolls back up"
quit "wheel"

# ---- o runs $BROWSER without a shell: words split at blanks, %s the URL.
url=https://portaldercourier.example/council-approves-harbour-bridge-plan/
article=$SAMPLES/2024-03-04-council-approves-harbour-bridge-plan.html
cat >"$scratch/browser" <<EOS
#!/bin/sh
printf '%s\n' "\$#" "\$@" >"$scratch/opened"
EOS
chmod +x "$scratch/browser"
wait_file() {
	i=0
	while [ ! -s "$1" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
}
BROWSER="$scratch/browser --new-window" tmux_start 100 30 "$article"
expect_screen "Port Alder Council" "browser: the article"
keys o
wait_file "$scratch/opened"
printf '2\n--new-window\n%s\n' "$url" >"$scratch/want"
cmp -s "$scratch/opened" "$scratch/want" && ok "o: \$BROWSER's words, then the URL" ||
    { fail "o: the browser got:"; cat "$scratch/opened"; }
quit "browser"
rm -f "$scratch/opened"
BROWSER="$scratch/browser --url=x %s --tab" tmux_start 100 30 "$article"
expect_screen "Port Alder Council" "browser with %s: the article"
keys o
wait_file "$scratch/opened"
printf '3\n--url=x\n%s\n--tab\n' "$url" >"$scratch/want"
cmp -s "$scratch/opened" "$scratch/want" && ok "o: %s is the URL" ||
    { fail "o with %s: the browser got:"; cat "$scratch/opened"; }
quit "browser with %s"
rm -f "$scratch/opened"
# Shell words are not run: no file is made, and the reader says why.
BROWSER="$scratch/browser;touch $scratch/pwned" tmux_start 100 30 "$article"
expect_screen "Port Alder Council" "a shell command as browser: the article"
keys o
expect_whole_screen browser-not-run "a shell command as browser is not run, and the reader says why"
[ ! -e "$scratch/pwned" ] && [ ! -e "$scratch/opened" ] &&
    ok "no shell ran it" || fail "a shell ran \$BROWSER"
quit "a shell command as browser"
# The first of a list of browsers that runs.
BROWSER="$scratch/no-such-browser:$scratch/browser" tmux_start 100 30 "$article"
expect_screen "Port Alder Council" "a list of browsers: the article"
keys o
wait_file "$scratch/opened"
printf '1\n%s\n' "$url" >"$scratch/want"
cmp -s "$scratch/opened" "$scratch/want" && ok "o: the first browser of the list that runs" ||
    { fail "o with a list: the browser got:"; cat "$scratch/opened" 2>/dev/null; }
quit "a list of browsers"

# ---- A configuration with bad lines: each told with file:line, skipped;
# the good lines count. A theme with an error: told with file:line.
conf=$XDG_CONFIG_HOME/folio/config
mkdir -p "$XDG_CONFIG_HOME/folio/themes"
printf 'colour red\nnames off\nbind x nosuch-action\nbind x quit\npanel left\n' >"$conf"
tmux_start 100 30 "$DATA/e2e/ferry.txt"
expect_whole_screen config-bad-lines "bad lines: the first told on the status line, the article all the same"
keys j	# any key clears the message
expect_whole_screen config-good-lines "bad lines: the good lines count (names off, the panel on the left)"
keys x
if wait_exit 10 && [ "$status" -eq 0 ]; then ok "bad lines: bind x quit counts"; else
	fail "bad lines: x did not quit"; fi
printf 'folio: %s:1: unknown setting '"'"'colour'"'"'\nfolio: %s:3: unknown action '"'"'nosuch-action'"'"'\n' \
    "$conf" "$conf" >"$scratch/want"
cmp -s "$scratch/stderr" "$scratch/want" && ok "bad lines: each on standard error with file:line" ||
    { fail "bad lines: standard error:"; cat "$scratch/stderr"; }
tmux_stop
# A configuration that cannot be read: told, and folio goes on.
rm -f "$conf"
mkdir "$conf"
tmux_start 100 30 "$DATA/e2e/ferry.txt"
expect_whole_screen config-unreadable "an unreadable configuration: told on the status line, the article all the same"
quit "an unreadable configuration"
grep -q "^folio: $conf: " "$scratch/stderr" &&
    ok "an unreadable configuration: told on standard error" ||
    { fail "an unreadable configuration: standard error:"; cat "$scratch/stderr"; }
rmdir "$conf"
printf 'text = white\nlink = bleu underline\n' >"$XDG_CONFIG_HOME/folio/themes/broken.theme"
printf 'theme broken\n' >"$conf"
tmux_start 160 30 "$DATA/e2e/ferry.txt"
expect_whole_screen config-broken-theme "a broken theme: file:line on the status line, the article all the same"
quit "a broken theme in the configuration"
grep -q "^folio: $conf:1: .*broken.theme:2: unknown colour or attribute 'bleu'\$" "$scratch/stderr" &&
    ok "a broken theme: file:line on standard error" ||
    { fail "a broken theme: standard error:"; cat "$scratch/stderr"; }
rm -f "$conf"
tmux_start 100 30 --theme broken "$DATA/e2e/ferry.txt"
if wait_exit 10; then
	[ "$status" -eq 1 ] && ok "--theme broken: exit 1" || fail "--theme broken: status $status"
	grep -q "^folio: theme broken: .*/broken.theme:2: unknown colour or attribute 'bleu'\$" "$scratch/stderr" &&
	    ok "--theme broken: file:line" ||
	    { fail "--theme broken: standard error:"; cat "$scratch/stderr"; }
else
	fail "--theme broken: folio did not exit"
fi
tmux_stop

finish
