# lib.sh: shared by the end-to-end tests, which drive the real folio binary.
# Sourced; sets FOLIO, DATA and a scratch folder, and offers helpers to run
# folio inside a private tmux server and to read its screen.
#
# Whole screens: expect_whole_screen NAME polls until the screen is exactly
# tests/e2e/expected/TEST.NAME.txt (TEST the script's name: screen,
# panel...), the text tmux's capture-pane -p gives, and fails with a
# unified diff of the expected screen against the one seen. With -e the
# file holds the screen with its colours and attributes (capture-pane -e,
# each ESC written ^[). What varies from one machine or run to another is
# replaced before the comparison: the source folder by <srcdir>, the
# scratch folder by <scratch>, and what a test adds with screen_subst (the
# test server's address in online.sh); the border or the blanks that
# follow each such text are stretched or shrunk by the difference in
# length, so that the rest of the line compares as it is.
#
# After a deliberate change to what folio shows, write the screens anew
# and read the difference before committing it:
#
#	FOLIO_UPDATE_SCREENS=1 make check TESTS='tests/e2e/screen.sh'
#	git diff tests/e2e/expected
#
# With FOLIO_UPDATE_SCREENS=1, a screen that differs from its file (or
# has none) is waited on until it holds still for half a second, then
# written to the file in the source tree; the test passes.

: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
: "${FOLIO:=$top_builddir/src/folio}"
DATA=$top_srcdir/tests/data
SAMPLES=$top_srcdir/samples
TMUX_BIN=${TMUX_BIN:-$(command -v tmux)}
export LC_ALL=C.UTF-8
unset NO_COLOR

name=$(basename "$0" .sh)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/folio-$name.XXXXXX")
socket=folio-test-$name-$$
failures=0
# The reader's own configuration and reading library stay out of the
# tests. Each folio that tmux_start starts has a library of its own,
# empty at first, unless the test sets keep_library=1: then they share
# $XDG_DATA_HOME, as the runs of one reader do.
XDG_CONFIG_HOME=$scratch/config
XDG_DATA_HOME=$scratch/data
export XDG_CONFIG_HOME XDG_DATA_HOME
# Sanitizer reports, if the binary has sanitizers, land here.
ASAN_OPTIONS="log_path=$scratch/asan:detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
UBSAN_OPTIONS="log_path=$scratch/ubsan:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export ASAN_OPTIONS UBSAN_OPTIONS

sockets=$socket
cleanup() {
	if [ -n "$TMUX_BIN" ]; then
		for s in $sockets $socket; do
			"$TMUX_BIN" -L "$s" kill-server 2>/dev/null
		done
	fi
	rm -rf "$scratch"
}
trap cleanup EXIT

fail() {
	echo "FAIL: $*"
	failures=$((failures + 1))
}

ok() {
	echo "ok: $*"
}

# Any sanitizer report fails the test.
check_sanitizers() {
	for f in "$scratch"/asan.* "$scratch"/ubsan.*; do
		[ -e "$f" ] || continue
		# A leak suppressed (tests/e2e/lsan.supp) is only counted.
		if ! grep -q 'ERROR\|runtime error\|WARNING' "$f" &&
		    grep -q '^Suppressions used:' "$f"; then
			rm -f "$f"
			continue
		fi
		fail "sanitizer report:"
		cat "$f"
		rm -f "$f"
	done
}

finish() {
	check_sanitizers
	if [ "$failures" -gt 0 ]; then
		echo "$failures failure(s)"
		exit 1
	fi
	exit 0
}

# run ARGS...: run folio without a terminal; sets $out, $err, $status.
run() {
	"$FOLIO" "$@" >"$scratch/out" 2>"$scratch/err" </dev/null
	status=$?
	out=$(cat "$scratch/out")
	err=$(cat "$scratch/err")
}

# expect_status N WHAT
expect_status() {
	if [ "$status" -eq "$1" ]; then ok "$2: exit $1"; else
		fail "$2: exit $status, expected $1 (stderr: $err)"; fi
}

# expect_err TEXT WHAT: stderr is exactly TEXT (one line).
expect_err() {
	if [ "$err" = "$1" ]; then ok "$2: message"; else
		fail "$2: stderr is '$err', expected '$1'"; fi
}

# expect_out_has TEXT WHAT
expect_out_has() {
	case $out in
	*"$1"*) ok "$2" ;;
	*) fail "$2: output lacks '$1'"; printf '%s\n' "$out" | head -20 ;;
	esac
}

expect_out_lacks() {
	case $out in
	*"$1"*) fail "$2: output has '$1'" ;;
	*) ok "$2" ;;
	esac
}

need_tmux() {
	if [ -z "$TMUX_BIN" ] || ! [ -x "$TMUX_BIN" ]; then
		echo "tmux not found: cannot drive the screen (install tmux)"
		exit 77
	fi
}

# tmux_stop: end the private tmux server, if one runs, and wait until it
# is gone; the next one gets a socket of its own, as a server started on
# the socket of one that is ending may die with it.
tmux_stop() {
	"$TMUX_BIN" -L "$socket" kill-server 2>/dev/null
	i=0
	while "$TMUX_BIN" -L "$socket" list-sessions >/dev/null 2>&1 &&
	    [ $i -lt 200 ]; do
		sleep 0.05
		i=$((i + 1))
	done
	nsocket=$((${nsocket:-0} + 1))
	socket=folio-test-$name-$$-$nsocket
	sockets="$sockets $socket"
}

# tmux_start W H ARGS...: start folio in a private tmux server, W x H.
# Its exit status is written to $scratch/status when it ends. folio sees
# TERM=$PANE_TERM when that is set (tmux sets its own TERM otherwise), and
# the NAME=VALUE lines of $scratch/env, when there is one.
tmux_start() {
	w=$1 h=$2
	shift 2
	tmux_stop
	: >"$scratch/args"
	[ $# -gt 0 ] && printf '%s\n' "$@" >"$scratch/args"
	cat >"$scratch/run.sh" <<EOS
#!/bin/sh
set --
while IFS= read -r a; do set -- "\$@" "\$a"; done <"$scratch/args"
${PANE_TERM:+TERM=$PANE_TERM; export TERM}
[ -f "$scratch/env" ] && export \$(cat "$scratch/env")
# ^C on the pane is folio's: this shell carries on to write its status.
trap : INT
"$FOLIO" "\$@" 2>"$scratch/stderr"
echo \$? >"$scratch/status"
EOS
	chmod +x "$scratch/run.sh"
	rm -f "$scratch/status"
	data=$XDG_DATA_HOME
	[ -n "${keep_library:-}" ] || data=$scratch/data.$nsocket
	"$TMUX_BIN" -L "$socket" -f /dev/null new-session -d -x "$w" -y "$h" \
	    -e LC_ALL=C.UTF-8 -e TERM=screen-256color \
	    -e "ASAN_OPTIONS=$ASAN_OPTIONS" -e "UBSAN_OPTIONS=$UBSAN_OPTIONS" \
	    -e "XDG_CONFIG_HOME=$XDG_CONFIG_HOME" \
	    -e "XDG_DATA_HOME=$data" \
	    -e "BROWSER=${BROWSER:-}" -e "NO_COLOR=${NO_COLOR:-}" \
	    "$scratch/run.sh" \; set-option -g remain-on-exit on >/dev/null
}

screen() {
	"$TMUX_BIN" -L "$socket" capture-pane -p 2>/dev/null
}

# alive: the pane still runs what tmux_start started (folio).
alive() {
	[ "$("$TMUX_BIN" -L "$socket" display -p '#{pane_dead}' 2>/dev/null)" = 0 ]
}

# blank: the screen shows nothing at all.
blank() {
	! screen | grep -q '[^[:space:]]'
}

keys() {
	"$TMUX_BIN" -L "$socket" send-keys "$@"
}

resize() {
	"$TMUX_BIN" -L "$socket" resize-window -x "$1" -y "$2"
}

# polls SECONDS: how many polls of the screen (20 a second) to wait at
# most. Once the test has failed, no wait is longer than 2 seconds: what
# follows a failure often fails too, and each would wait its whole time.
polls() {
	if [ "$failures" -gt 0 ] && [ "$1" -gt 2 ]; then
		echo 40
	else
		echo $(($1 * 20))
	fi
}

# wait_for TEXT [SECONDS]: poll the screen until it shows TEXT; give up
# as soon as folio is seen to have ended (it is looked for every half
# second).
wait_for() {
	limit=$(polls "${2:-10}")
	i=0
	while [ $i -lt $limit ]; do
		if screen | grep -F -q -- "$1"; then
			alive && return 0
			return 1
		fi
		[ $((i % 10)) -eq 9 ] && ! alive && return 1
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

# wait_gone TEXT [SECONDS]: poll until folio's screen no longer shows
# TEXT. A blank screen is no such screen, and neither is the pane of a
# folio that ended: both fail.
wait_gone() {
	limit=$(polls "${2:-10}")
	i=0
	while [ $i -lt $limit ]; do
		screen >"$scratch/gone"
		if ! grep -F -q -- "$1" "$scratch/gone" &&
		    grep -q '[^[:space:]]' "$scratch/gone"; then
			alive && return 0
			return 1
		fi
		[ $((i % 10)) -eq 9 ] && ! alive && return 1
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

# why_not: why the screen is not what was waited for, when it is for a
# reason other than its text: folio ended (and its exit status, when
# tmux_start started it), or the screen is blank.
why_not() {
	if ! alive; then
		echo "  (folio is no longer running$(test -s "$scratch/status" &&
		    echo ": exit status $(cat "$scratch/status")"))"
	elif blank; then
		echo "  (the screen is blank)"
	fi
}

# expect_screen TEXT WHAT: wait for TEXT; fail with the screen if it
# never comes.
expect_screen() {
	if wait_for "$1" "${3:-10}"; then ok "$2"; else
		fail "$2: the screen never showed '$1'"
		why_not
		screen
	fi
}

# show_panel WHAT: once the article shows, s shows its side panel beside
# the text: on a terminal of 86 columns or less the panel starts hidden
# (it would leave the text less than 60), and a screen that is also
# about the panel asks for it.
show_panel() {
	expect_screen "figures" "$1: the article"
	keys s
	expect_screen "$(printf '\342\224\254') Names " "$1: s shows the side panel beside the text"
}

# expect_no_screen TEXT WHAT: wait until folio's screen, not blank, no
# longer shows TEXT.
expect_no_screen() {
	if wait_gone "$1" "${3:-10}"; then ok "$2"; else
		fail "$2: the screen still shows '$1', or shows nothing"
		why_not
		screen
	fi
}

# screen_subst TEXT PLACEHOLDER: in whole screens, TEXT reads PLACEHOLDER
# (the longest TEXT first).
screen_subst() {
	[ -n "$1" ] && printf '%s\t%s\n' "$1" "$2" >>"$scratch/subst"
}
: >"$scratch/subst"
screen_subst "$scratch" '<scratch>'
screen_subst "$(cd "$scratch" && pwd -P)" '<scratch>'
screen_subst "$top_srcdir" '<srcdir>'
screen_subst "$(cd "$top_srcdir" && pwd)" '<srcdir>'
screen_subst "$(cd "$top_srcdir" && pwd -P)" '<srcdir>'

# normalise: the screen on stdin with the texts of screen_subst replaced,
# the run of blanks or of border (─) that follows each one stretched or
# shrunk by the difference in columns, and each ESC written ^[. Byte by
# byte (LC_ALL=C), columns counted as UTF-8 characters.
#
# The attributes of a screen taken with -e are written the same way
# whatever tmux's way of writing them: where the text's attributes change,
# one ^[[0;...m that gives them all (bold 1, dim 2, italic 3, underline 4,
# blink 5, reverse 7, then the foreground and the background), however
# many sequences tmux wrote there.
normalise() {
	LC_ALL=C awk -v subst="$scratch/subst" '
	# The attributes after the SGR sequence of parameters p.
	function sgr(p,	n, a, i, v, c) {
		n = split(p, a, ";")
		if (n == 0)
			a[++n] = 0
		for (i = 1; i <= n; i++) {
			v = a[i] + 0
			if (v == 0) {
				split("", on)
				fg = bg = ""
			} else if (v >= 1 && v <= 9)
				on[v] = 1
			else if (v == 21)
				on[4] = 1
			else if (v == 22) {
				delete on[1]
				delete on[2]
			} else if (v >= 23 && v <= 29)
				delete on[v - 20]
			else if ((v >= 30 && v <= 37) || (v >= 90 && v <= 97))
				fg = v
			else if (v == 39)
				fg = ""
			else if ((v >= 40 && v <= 47) || (v >= 100 && v <= 107))
				bg = v
			else if (v == 49)
				bg = ""
			else if (v == 38 || v == 48) {
				if (a[i + 1] == 5) {
					c = v ";5;" a[i + 2]
					i += 2
				} else if (a[i + 1] == 2) {
					c = v ";2;" a[i + 2] ";" a[i + 3] ";" \
					    a[i + 4]
					i += 4
				} else
					continue
				if (v == 38)
					fg = c
				else
					bg = c
			}
		}
	}
	function state(	t, k) {
		t = "0"
		for (k = 1; k <= 9; k++)
			if (k in on)
				t = t ";" k
		if (fg != "")
			t = t ";" fg
		if (bg != "")
			t = t ";" bg
		return t
	}
	# A line of capture-pane -e, its attributes written anew.
	function attrs(l,	out, cur, seq) {
		out = ""
		while (match(l, /\033\[[0-9;]*m/)) {
			if (RSTART > 1) {
				cur = state()
				if (cur != shown)
					out = out "\033[" cur "m"
				shown = cur
				out = out substr(l, 1, RSTART - 1)
			}
			seq = substr(l, RSTART + 2, RLENGTH - 3)
			l = substr(l, RSTART + RLENGTH)
			sgr(seq)
		}
		if (l != "") {
			cur = state()
			if (cur != shown)
				out = out "\033[" cur "m"
			shown = cur
			out = out l
		}
		return out
	}
	function chars(s,	t) {
		t = s
		return length(s) - gsub(/[\200-\277]/, "", t)
	}
	# s with its first run of two or more blanks, or of two or more
	# ─, longer by d units (shorter when d < 0, down to one unit).
	function refill(s, d,	j, k, u, n, add) {
		if (d == 0)
			return s
		for (j = 1; j <= length(s); j++) {
			if (substr(s, j, 2) == "  ")
				u = " "
			else if (substr(s, j, 6) == DASH DASH)
				u = DASH
			else
				continue
			n = 0
			for (k = j; substr(s, k, length(u)) == u; k += length(u))
				n++
			if (d > 0) {
				for (add = ""; d > 0; d--)
					add = add u
				return substr(s, 1, k - 1) add substr(s, k)
			}
			if (n + d < 1)
				d = 1 - n
			return substr(s, 1, j - 1) substr(s, j - d * length(u))
		}
		return s
	}
	BEGIN {
		DASH = "\342\224\200"
		shown = "0"
		while ((getline l < subst) > 0) {
			t = index(l, "\t")
			k = ++n
			text[k] = substr(l, 1, t - 1)
			ph[k] = substr(l, t + 1)
			# Longest first: a path inside another is replaced
			# after it.
			while (k > 1 && length(text[k - 1]) < length(text[k])) {
				x = text[k]; text[k] = text[k - 1]; text[k - 1] = x
				x = ph[k]; ph[k] = ph[k - 1]; ph[k - 1] = x
				k--
			}
		}
	}
	{
		line = $0
		for (k = 1; k <= n; k++) {
			out = ""
			while ((i = index(line, text[k])) > 0) {
				out = out substr(line, 1, i - 1) ph[k]
				line = refill(substr(line, i + length(text[k])),
				    chars(text[k]) - chars(ph[k]))
			}
			line = out line
		}
		line = attrs(line)
		gsub(/\033/, "^[", line)
		print line
	}'
}

# whole_screen [-e]: the screen, normalised; with -e, with its colours
# and attributes.
whole_screen() {
	"$TMUX_BIN" -L "$socket" capture-pane -p ${1:+"$1"} 2>/dev/null |
	    normalise
}

# expect_whole_screen [-e] NAME WHAT [SECONDS]: poll until the screen,
# normalised, is tests/e2e/expected/TEST.NAME.txt; else fail with a
# unified diff, the expected screen first. With FOLIO_UPDATE_SCREENS=1,
# write the file instead when the screen, held still, differs from it.
expect_whole_screen() {
	ws_e=
	if [ "$1" = -e ]; then
		ws_e=-e
		shift
	fi
	ws_want=$top_srcdir/tests/e2e/expected/$name.$1.txt
	ws_got=$scratch/$name.$1.txt
	limit=$(polls "${3:-10}")
	i=0 still=0
	: >"$ws_got.last"
	while :; do
		whole_screen $ws_e >"$ws_got"
		if [ -f "$ws_want" ] && cmp -s "$ws_want" "$ws_got"; then
			ok "$2"
			return 0
		fi
		[ $((i % 10)) -eq 9 ] && ! alive && break
		if [ -n "${FOLIO_UPDATE_SCREENS:-}" ]; then
			if cmp -s "$ws_got" "$ws_got.last" && ! blank; then
				still=$((still + 1))
			else
				still=0
			fi
			if [ $still -ge 10 ]; then
				cp "$ws_got" "$ws_want" &&
				    ok "$2 (written to ${ws_want#"$top_srcdir"/})"
				return
			fi
			cp "$ws_got" "$ws_got.last"
		fi
		[ $i -ge $limit ] && break
		sleep 0.05
		i=$((i + 1))
	done
	if [ ! -f "$ws_want" ]; then
		fail "$2: no expected screen ${ws_want#"$top_srcdir"/}" \
		    "(FOLIO_UPDATE_SCREENS=1 writes it); the screen is:"
		why_not
		cat "$ws_got"
		return
	fi
	fail "$2: the screen is not ${ws_want#"$top_srcdir"/}:"
	why_not
	diff -u "$ws_want" "$ws_got"
}

# wait_exit [SECONDS]: wait for folio to end; sets $status.
wait_exit() {
	limit=$(( ${1:-10} * 20 ))
	i=0
	while [ $i -lt $limit ]; do
		if [ -s "$scratch/status" ]; then
			status=$(cat "$scratch/status")
			return 0
		fi
		sleep 0.05
		i=$((i + 1))
	done
	status=timeout
	return 1
}

# httpd_start DIR: start tests/e2e/httpd.py on DIR (on 127.0.0.1, a free
# port), stopped when the test ends; sets $httpd (its process) and $port.
# A server that does not start fails the test, with its log. The
# server's request log is $scratch/port.log, "STATUS PATH" lines
# $scratch/port.status.
httpd_start() {
	rm -f "$scratch/port"
	python3 "$top_srcdir/tests/e2e/httpd.py" "$1" "$scratch/port" \
	    >"$scratch/httpd.log" 2>&1 &
	httpd=$!
	trap 'kill "$httpd" 2>/dev/null; cleanup' EXIT
	i=0
	while [ ! -s "$scratch/port" ] && [ $i -lt 200 ]; do
		kill -0 "$httpd" 2>/dev/null || break
		sleep 0.05
		i=$((i + 1))
	done
	port=$(head -1 "$scratch/port" 2>/dev/null)
	if [ -z "$port" ]; then
		echo "FAIL: the test server did not start"
		cat "$scratch/httpd.log"
		exit 1
	fi
}
