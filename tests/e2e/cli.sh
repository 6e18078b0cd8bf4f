#!/bin/sh
# cli.sh: folio without a terminal: --help, --version, --dump, --json,
# --raw, standard input, folders, and usage errors.
. "$(dirname "$0")/lib.sh"

run --help
expect_status 0 "--help"
expect_out_has "usage: folio" "--help prints the usage"
expect_out_has "--json" "--help lists --json"

run --version
expect_status 0 "--version"
[ "$out" = "folio $(sed -n 's/^AC_INIT(\[folio\], \[\([^]]*\)\].*/\1/p' "$top_srcdir/configure.ac")" ] &&
    ok "--version prints the version" || fail "--version printed '$out'"

run --bogus
expect_status 2 "an unknown option"
case $err in "folio: unknown option '--bogus'"*) ok "unknown option message" ;;
*) fail "unknown option message: $err" ;; esac

run --width abc "$DATA/e2e/ferry.txt"
expect_status 2 "--width abc"
run --width
expect_status 2 "--width without a value"
run --color=sometimes "$DATA/e2e/ferry.txt"
expect_status 2 "--color=sometimes"
run "$DATA/e2e/ferry.txt" "$DATA/e2e/ferry.txt"
expect_status 2 "two articles"

# A plain-text article in the seed's format.
run --json "$DATA/e2e/ferry.txt"
expect_status 0 "--json"
expect_out_has '"title":"Harbour Council Approves New Ferry Line"' "--json title"
expect_out_has '"body":"The Tromsvik harbour council voted' "--json body starts with the text"
expect_out_has '"prev":{"href":null,"title":"Fishing Quotas Cut for Second Year"' "--json prev"
expect_out_has '"next":{"href":null,"title":"Bridge Repairs Close Coastal Road"' "--json next"
expect_out_lacks "Share this article" "--json drops the chrome"
expect_out_lacks "Leave a Reply" "--json drops the comment form"
expect_out_has '"names":[' "--json names"
expect_out_has '"figures":[' "--json figures"
expect_out_has '"text":"Ingrid Dahl"' "--json finds a name"
expect_out_has '"text":"NOK 48 million"' "--json finds money"

run --dump --width 40 --color=never "$DATA/e2e/ferry.txt"
expect_status 0 "--dump"
expect_out_has "Harbour Council Approves New Ferry Line" "--dump shows the title"
long=$(printf '%s\n' "$out" | wc -L)
[ "$long" -le 40 ] && ok "--dump --width 40 wraps at 40" ||
    fail "--dump --width 40: a line is $long columns wide"
expect_out_lacks "$(printf '\033')" "--color=never writes no escapes"
run --dump --width 0 --color=never "$DATA/e2e/ferry.txt"
lines=$(printf '%s\n' "$out" | grep -c 'Tromsvik harbour council voted 7 to 2 on Tuesday to fund a ferry line')
[ "$lines" -eq 1 ] && ok "--width 0 does not wrap" || fail "--width 0 wrapped"
run --dump --color=always --width 60 "$DATA/e2e/ferry.txt"
expect_out_has "$(printf '\033[')" "--color=always highlights"

# A data table: in columns by display width (a CJK character two
# columns), figures set right, the head over a rule; a table too wide for
# the width, a row a paragraph, no line starting with the bar; --json's
# body has each row's cells joined by " | ".
run --dump --width 60 --color=never "$DATA/html/tables.html"
expect_status 0 "--dump of tables"
cat >"$scratch/table" <<'EOS'
Pos  Player           Plays      %  Form
───  ───────────────  ─────  ─────  ───────
  1  Chen Jing          412  71.4%  W W W L
  2  王楚钦             398  68.9%  W L W W
  3  Tomas Lindqvist    377  64.2%  L W W W
 10  Ana Ferreira                —  injured

EOS
if printf '%s\n' "$out" | sed -n '/^Pos/,/^$/p' | cmp -s - "$scratch/table"; then
	ok "--dump: a table in columns"
else
	fail "--dump: the table is not in columns:"
	printf '%s\n' "$out" | sed -n '/^Pos/,/^$/p'
fi
expect_out_has "Item | Competition | Responsibility | Reimbursement |
Documentation | Qualification

Travel | Intercontinental | Participating clubs |
Quarterly | Receipts | Automatic" "--dump: a table too wide, a row a paragraph"
printf '%s\n' "$out" | grep -q '^|' && fail "--dump: a line starts with the bar" ||
    ok "--dump: no line starts with the bar"
run --dump --width 0 --color=never "$DATA/html/tables.html"
expect_out_has "Item     Competition       Responsibility       Reimbursement  Documentation  Qualification" \
    "--dump --width 0: every table in columns"
run --dump --color=always --width 60 "$DATA/html/tables.html"
expect_out_has "$(printf '\033[0;1mPos\033[0m  \033[0;1mPlayer\033[0m')" \
    "--color=always: the head in bold"
run --json "$DATA/html/tables.html"
expect_out_has '\n\n1 | Chen Jing | 412 | 71.4% | W W W L\n\n' "--json: a row's cells joined by \" | \""

# --raw: the body is the input, byte for byte.
printf 'First line\n\n\tSecond, with Oslo in it.\r\nEnd' >"$scratch/raw.txt"
run --raw --json "$scratch/raw.txt"
expect_status 0 "--raw --json"
expect_out_has '"title":null' "--raw has no title"
expect_out_has '"body":"First line\n\n\tSecond, with Oslo in it.\r\nEnd"' "--raw keeps the input"

# Standard input, sniffed like a file.
"$FOLIO" --json <"$DATA/e2e/ferry.txt" >"$scratch/out" 2>"$scratch/err"
status=$?
out=$(cat "$scratch/out")
expect_status 0 "standard input"
expect_out_has '"title":"Harbour Council Approves New Ferry Line"' "standard input is read"
"$FOLIO" --json - <"$DATA/e2e/ferry.txt" >"$scratch/out" 2>"$scratch/err"
status=$?
expect_status 0 "'-' reads standard input"

# A folder: its index.
run --dump "$DATA/e2e"
expect_status 0 "a folder with --dump"
expect_out_has "Harbour Council Approves New Ferry Line" "the index lists an article"
run --json "$DATA/e2e"
expect_out_has '"articles":[' "a folder with --json"

# Windows-1252 text is read as such.
run --json "$DATA/e2e/latin1.txt"
expect_status 0 "windows-1252 text"
expect_out_has "Café Society Reopens" "windows-1252 is decoded"

# Control characters in an article never reach the output.
printf 'Escapes\n\nText \033[2J\033]0;title\007 with \302\233 controls.\n' >"$scratch/esc.txt"
run --dump --color=never "$scratch/esc.txt"
expect_status 0 "an article with control characters"
expect_out_lacks "$(printf '\033')" "no ESC in --dump"
expect_out_lacks "$(printf '\007')" "no BEL in --dump"

# A page without an article: a notice on stderr, the page's text, exit 0.
run --json "$DATA/html/home.html"
expect_status 0 "a home page"
expect_err "folio: $DATA/html/home.html: no article found on this page: showing all its text" "a home page"
expect_out_has "Winter ferry timetable announced" "a home page shows its text"
run --dump "$DATA/html/empty-body.html"
expect_status 0 "a page with a title and no text"
expect_err "folio: $DATA/html/empty-body.html: no text on this page" "a page with a title and no text"
expect_out_has "Nothing here yet" "a page with a title and no text shows the title"
printf '<html><head><title></title></head><body> </body></html>\n' >"$scratch/blank.html"
run --json "$scratch/blank.html"
expect_status 1 "a page with nothing in it"
expect_err "folio: $scratch/blank.html: no article text found" "a page with nothing in it"

# The exit status when standard output fails.
if [ -w /dev/full ]; then
	"$FOLIO" --json "$DATA/e2e/ferry.txt" >/dev/full 2>"$scratch/err"
	status=$?
	err=$(cat "$scratch/err")
	expect_status 1 "a full disk"
fi

finish
