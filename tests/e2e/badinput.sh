#!/bin/sh
# badinput.sh: each bad input gets one line "folio: <path>: <why>", exit
# status 1, and no crash.
. "$(dirname "$0")/lib.sh"

bad() {	# bad WHY PATH [ARGS...]
	why=$1 path=$2
	shift 2
	for mode in --json --dump; do
		run $mode "$@" "$path"
		expect_status 1 "$path ($mode)"
		expect_err "folio: $path: $why" "$path ($mode)"
	done
}

bad "No such file or directory" "$scratch/no-such-article.html"
bad "no articles in this folder" "$DATA/e2e/nothing"
mkdir "$scratch/empty-folder"
bad "no articles in this folder" "$scratch/empty-folder"
bad "empty file" "$DATA/e2e/empty.txt"
bad "empty file" "$DATA/e2e/blank.txt"
bad "a program, not an article" "$DATA/e2e/binary.dat"
bad "binary data, not an article" "$DATA/e2e/nul.txt"
bad "not UTF-8 text (invalid byte 0x$(od -An -tx1 -N1 "$DATA/e2e/noise.txt" | tr -d ' ') at offset 0)" \
    "$DATA/e2e/noise.txt"
printf '\037\213\010\000' >"$scratch/page.html.gz"
bad "gzip-compressed: unpack it first (zcat FILE | folio -)" "$scratch/page.html.gz"
truncate -s 65M "$scratch/huge.txt" 2>/dev/null &&
    bad "too large (65 MiB; the limit is 64 MiB)" "$scratch/huge.txt"

# Standard input that is empty.
"$FOLIO" --json - </dev/null >"$scratch/out" 2>"$scratch/err"
status=$?
err=$(cat "$scratch/err")
expect_status 1 "empty standard input"
expect_err "folio: standard input: empty file" "empty standard input"

# A file that cannot be read. Root reads everything, so as root the test
# runs folio as nobody, from a folder nobody can reach.
pdir=$(mktemp -d "${TMPDIR:-/tmp}/folio-perm.XXXXXX")
chmod 755 "$pdir"
printf 'Secret\n\nText.\n' >"$pdir/secret.txt"
chmod 000 "$pdir/secret.txt"
if [ "$(id -u)" -eq 0 ]; then
	cp "$FOLIO" "$pdir/folio"
	chmod 755 "$pdir/folio"
	if command -v setpriv >/dev/null 2>&1; then
		as_nobody="setpriv --reuid=65534 --regid=65534 --clear-groups"
	else
		as_nobody="su -s /bin/sh nobody -c"
	fi
	$as_nobody "$pdir/folio" --json "$pdir/secret.txt" >"$scratch/out" 2>"$scratch/err"
else
	"$FOLIO" --json "$pdir/secret.txt" >"$scratch/out" 2>"$scratch/err"
fi
status=$?
err=$(cat "$scratch/err")
expect_status 1 "an unreadable file"
expect_err "folio: $pdir/secret.txt: Permission denied" "an unreadable file"
rm -rf "$pdir"

# On the terminal too: the message comes before the screen is taken.
need_tmux
tmux_start 80 24 "$scratch/no-such-article.html"
if wait_exit 10; then
	[ "$status" -eq 1 ] && ok "terminal: missing file exits 1" ||
	    fail "terminal: missing file exited $status"
	[ "$(cat "$scratch/stderr")" = "folio: $scratch/no-such-article.html: No such file or directory" ] &&
	    ok "terminal: missing file message" ||
	    fail "terminal: message '$(cat "$scratch/stderr")'"
else
	fail "terminal: folio did not exit on a missing file"
fi

finish
