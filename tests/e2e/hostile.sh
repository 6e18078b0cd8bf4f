#!/bin/sh
# hostile.sh: a page that tries to drive the terminal (escape sequences,
# an OSC 52 clipboard write, OSC 0 and OSC 2 title strings, C1 controls,
# bidirectional overrides and isolates) in its title, byline, body and
# prev/next titles, and a folder whose file names do the same. On the
# screen, in --dump and in --json, none of it reaches the terminal as a
# control sequence: the pane keeps its title and clipboard, and what is
# left of each sequence is shown as text.
. "$(dirname "$0")/lib.sh"

page=$DATA/hostile.html
esc=$(printf '\033')
bel=$(printf '\007')
c1=$(printf '\302\233')		# U+009B, CSI
rlo=$(printf '\342\200\256')	# U+202E, right-to-left override
lri=$(printf '\342\201\246')	# U+2066, left-to-right isolate
rlm=$(printf '\342\200\217')	# U+200F, right-to-left mark
tag=$(printf '\363\240\201\201')	# U+E0041, tag A

# No raw control or format character in what folio printed ($scratch/out).
no_controls() {
	for c in "$esc" "$bel" "$c1" "$rlo" "$lri" "$rlm" "$tag" "$(printf '\177')"; do
		if grep -q -F -- "$c" "$scratch/out"; then
			fail "$1: a raw $(printf '%s' "$c" | od -An -tx1 | tr -d ' ') in the output"
			return
		fi
	done
	if LC_ALL=C grep -q "$(printf '[\001-\010\013-\037]')" "$scratch/out"; then
		fail "$1: a C0 control in the output"
		return
	fi
	ok "$1: no control sequence"
}

for mode in --dump --json "--dump --color=always"; do
	# shellcheck disable=SC2086
	run $mode "$page"
	expect_status 0 "hostile page ($mode)"
	expect_out_has "desrever" "hostile page ($mode): the text is there"
	expect_out_has "PWNED-TITLE" "hostile page ($mode): what is left is shown"
	# With colour, folio's own SGR escapes are set aside first.
	sed "s/$esc\[[0-9;]*m//g" "$scratch/out" >"$scratch/out.tmp"
	mv "$scratch/out.tmp" "$scratch/out"
	no_controls "hostile page ($mode)"
done
# With colour, the escapes are folio's own SGR and nothing else.
run --dump --color=always "$page"
if printf '%s\n' "$out" | sed "s/$esc\[[0-9;]*m//g" | grep -q -F "$esc"; then
	fail "--color=always: an escape other than SGR"
else
	ok "--color=always: only SGR escapes"
fi

# A folder whose file names carry sequences: listed clean.
mkdir "$scratch/folder"
printf 'Plain Note\n\nA note with a few words in it.\n' \
    >"$scratch/folder/note$(printf '\033]0;PWNED-NAME\007')x.txt"
printf 'Other Note\n\nAnother note with words.\n' \
    >"$scratch/folder/other$(printf '\342\200\256')txt.exe.txt"
# Neither gives a date: the index orders them by their files' times.
touch -t 202501020000 "$scratch/folder/note"*
touch -t 202501010000 "$scratch/folder/other"*
for mode in --dump --json; do
	run $mode "$scratch/folder"
	expect_status 0 "hostile file names ($mode)"
	expect_out_has "PWNED-NAME" "hostile file names ($mode): shown"
	no_controls "hostile file names ($mode)"
done

need_tmux
# Each run gets a server of its own (lib.sh's tmux_stop): a new one on the
# socket of one just killed may find it still going away.
fresh_server() {
	tmux_stop
}
# The control: the same bytes written raw do change the pane's title and
# clipboard, so the checks below can see it.
tmux_start 100 30 "$page"
"$TMUX_BIN" -L "$socket" set-option -g set-clipboard on >/dev/null
expect_screen "desrever" "the hostile page on the screen"
fresh_server
printf '%s\n' "cat '$page'; sleep 30" >"$scratch/cat.sh"
"$TMUX_BIN" -L "$socket" -f /dev/null new-session -d -x 100 -y 30 \
    -e LC_ALL=C.UTF-8 -e TERM=screen-256color "sh '$scratch/cat.sh'"
"$TMUX_BIN" -L "$socket" set-option -g set-clipboard on >/dev/null
i=0
while [ $i -lt 200 ]; do
	case $("$TMUX_BIN" -L "$socket" display -p '#{pane_title}') in
	*PWNED*|*SET-TITLE*) break ;;
	esac
	sleep 0.05
	i=$((i + 1))
done
case $("$TMUX_BIN" -L "$socket" display -p '#{pane_title}') in
*PWNED*|*SET-TITLE*) ok "control: the raw page sets the pane title" ;;
*) fail "control: the raw page did not set the pane title" ;;
esac
fresh_server

# folio on the page: the title and clipboard stay, the screen shows the
# text with what is left of each sequence, the status line too. Without
# colours, the only attributes on the screen are the theme's.
NO_COLOR=1 tmux_start 100 30 "$page"
"$TMUX_BIN" -L "$socket" set-option -g set-clipboard on >/dev/null
"$TMUX_BIN" -L "$socket" select-pane -T folio-test-title
expect_whole_screen page "folio shows the hostile page: the title, the text and the previous post's title clean"
keys G
expect_screen "pre [5mblink[0m" "the preformatted text, clean"
keys g
expect_screen "desrever" "back at the top"
title=$("$TMUX_BIN" -L "$socket" display -p '#{pane_title}')
[ "$title" = folio-test-title ] && ok "the pane title is unchanged" ||
    fail "the pane title became '$title'"
bufs=$("$TMUX_BIN" -L "$socket" list-buffers 2>/dev/null)
[ -z "$bufs" ] && ok "nothing was put on the clipboard" ||
    fail "the clipboard got: $bufs"
if "$TMUX_BIN" -L "$socket" capture-pane -p -e |
    grep -q "$esc\[\([0-9]*;\)*\(5\|41\|37\)[;m]"; then
	fail "the page's blink or red background reached the screen"
else
	ok "no attribute from the page on the screen"
fi
screen >"$scratch/out"
no_controls "the screen"
# o: a javascript: URL is never given to the browser: it is no URL of
# the page's.
printf '#!/bin/sh\nprintf "%%s\\n" "$#" "$@" >"%s"\n' "$scratch/opened" >"$scratch/browser"
chmod +x "$scratch/browser"
keys q
wait_exit 10
fresh_server
BROWSER=$scratch/browser tmux_start 100 30 "$page"
expect_screen "desrever" "the hostile page, with a browser"
keys o
expect_whole_screen no-url "o: a javascript: canonical URL is none"
[ ! -e "$scratch/opened" ] && ok "the browser was not run" ||
    fail "the browser was run with: $(cat "$scratch/opened")"
# A URL full of shell syntax reaches the browser as one argument, as it
# is, and nothing in it runs.
keys q
wait_exit 10
fresh_server
url="https://news.example/a'\$(touch\${IFS}$scratch/pwned1)'\"\`touch\${IFS}$scratch/pwned2\`\";touch\${IFS}$scratch/pwned3;|&>x"
printf '<html><head><title>Shell Page</title><link rel="canonical" href="%s"></head><body><article><h1>Shell Page</h1><p>A page whose address is full of shell syntax.</p></article></body></html>\n' \
    "$(printf '%s' "$url" | sed 's/&/\&amp;/g; s/"/\&quot;/g; s/</\&lt;/g; s/>/\&gt;/g')" >"$scratch/shell.html"
BROWSER="$scratch/browser --new-window" tmux_start 100 30 "$scratch/shell.html"
expect_screen "Shell Page" "a page with shell syntax in its URL"
keys o
i=0
while [ ! -s "$scratch/opened" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
expect_whole_screen shell-page "the article is back after the browser"
[ "$(printf '2\n--new-window\n%s' "$url")" = "$(cat "$scratch/opened" 2>/dev/null)" ] &&
    ok "o gives the browser its option and the URL, as they are" ||
    fail "o: the browser got '$(cat "$scratch/opened" 2>/dev/null)', not '$url'"
for n in 1 2 3; do
	[ ! -e "$scratch/pwned$n" ] && ok "nothing in the URL ran ($n)" ||
	    fail "the URL ran a command ($n)"
done

# The index of a folder with hostile names.
keys q
wait_exit 10
fresh_server
tmux_start 100 30 "$scratch/folder"
"$TMUX_BIN" -L "$socket" select-pane -T folio-test-title
expect_whole_screen index "the index shows the hostile file names, clean"
title=$("$TMUX_BIN" -L "$socket" display -p '#{pane_title}')
[ "$title" = folio-test-title ] && ok "the index: the pane title is unchanged" ||
    fail "the index: the pane title became '$title'"
keys q
wait_exit 10

finish
