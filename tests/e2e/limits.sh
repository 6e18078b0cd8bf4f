#!/bin/sh
# limits.sh: the limit folio puts on what a page may cost, reached with a
# clear message: the input size (--max-size; 64 MiB by default, tested in
# badinput.sh) and elements nested over 10,000 deep; and what is read whole:
# nesting thousands deep, entities that would expand without end, a line of
# a megabyte.
. "$(dirname "$0")/lib.sh"

# --max-size: over it, one line and exit 1; under it, the article.
printf 'A Title\n\nA short note of a hundred bytes or so, to be over a tiny limit.\n' \
    >"$scratch/note.txt"
size=$(wc -c <"$scratch/note.txt" | tr -d ' ')
run --max-size 50 --json "$scratch/note.txt"
expect_status 1 "--max-size 50"
expect_err "folio: $scratch/note.txt: too large ($size bytes; the limit is 50 bytes)" "--max-size 50"
run --max-size 1K --json "$scratch/note.txt"
expect_status 0 "--max-size 1K"
expect_out_has '"title":"A Title"' "--max-size 1K: the article"
"$FOLIO" --max-size 20 --dump - <"$scratch/note.txt" >"$scratch/out" 2>"$scratch/err"
status=$?
err=$(cat "$scratch/err")
expect_status 1 "--max-size 20 on standard input"
case $err in
"folio: standard input: too large ("*" bytes; the limit is 20 bytes)") ok "--max-size on standard input: message" ;;
*) fail "--max-size on standard input: '$err'" ;;
esac
for bad in 0 -1 x 1X 2G 1.5M ""; do
	run --max-size "$bad" --json "$scratch/note.txt"
	expect_status 2 "--max-size '$bad'"
	expect_err "folio: --max-size: '$bad' is not a size (1 to 1G; K, M and G are KiB, MiB and GiB)
Try 'folio --help' for more." "--max-size '$bad'"
done

# Nesting far deeper than any page needs: all of it is read, nothing lost,
# no message.
{
	printf '<html><head><title>A Deep Page</title></head><body><article>'
	printf '<p>The paragraph before the deep part has words enough.</p>'
	i=0
	while [ $i -lt 3000 ]; do printf '<div><span>'; i=$((i + 1)); done
	printf 'Deep text.'
	i=0
	while [ $i -lt 3000 ]; do printf '</span></div>'; i=$((i + 1)); done
	printf '<p>The paragraph after it.</p></article></body></html>\n'
} >"$scratch/deep.html"
for mode in --json --dump; do
	run $mode "$scratch/deep.html"
	expect_status 0 "a page nested 6,000 deep ($mode)"
	expect_err "" "a page nested 6,000 deep ($mode): no message"
	expect_out_has "The paragraph before the deep part" "a page nested 6,000 deep ($mode): the text before"
	expect_out_has "Deep text." "a page nested 6,000 deep ($mode): the deepest text"
	expect_out_has "The paragraph after it." "a page nested 6,000 deep ($mode): the text after"
done

# Nesting deeper than HTML_MAX_DEPTH (10,000): what comes before is shown,
# and a message says the rest is not read; at once, not in minutes.
{
	printf '<html><head><title>A Pit</title></head><body><article>'
	printf '<p>The paragraph before the pit has words enough.</p>'
	python3 -c 'import sys; sys.stdout.write("<div>" * 200000)'
	printf 'Pit text.</article></body></html>\n'
} >"$scratch/pit.html"
for mode in --json --dump; do
	run $mode "$scratch/pit.html"
	expect_status 0 "a page nested 200,000 deep ($mode)"
	expect_err "folio: $scratch/pit.html: elements nested more than 10000 deep: the rest of the page is not read" \
	    "a page nested 200,000 deep ($mode): the message"
	expect_out_has "The paragraph before the pit" "a page nested 200,000 deep ($mode): the text before"
done

# Entities defined to expand without end are not expanded.
{
	printf '<!DOCTYPE html [\n<!ENTITY a "lollollollollollollollollollol">\n'
	p=a
	for e in b c d e f g h i; do	# each ten of the one before
		printf '<!ENTITY %s "' "$e"
		for k in 1 2 3 4 5 6 7 8 9 10; do printf '&%s;' "$p"; done
		printf '">\n'
		p=$e
	done
	printf ']>\n<html><head><title>Laughs</title></head><body><article>'
	printf '<p>A paragraph that names &i; in the middle of its words.</p>'
	printf '<p>Another paragraph, &amp; the end of it.</p></article></body></html>\n'
} >"$scratch/laughs.html"
run --json "$scratch/laughs.html"
expect_status 0 "entities that expand without end"
expect_out_has "names &i; in the middle" "entities that expand without end: left as text"
expect_out_lacks "lollollollollollollollollollollol" "entities that expand without end: not expanded"

# A line of a megabyte, one word: all of it is shown, wrapped.
{
	printf 'A Long Line\n\n'
	head -c 1048576 /dev/zero | tr '\000' x
	printf '\n'
} >"$scratch/long.txt"
"$FOLIO" --dump --width 40 "$scratch/long.txt" >"$scratch/out" 2>"$scratch/err"
status=$?
err=$(cat "$scratch/err")
expect_status 0 "a line of a megabyte"
n=$(tr -cd x <"$scratch/out" | wc -c | tr -d ' ')
[ "$n" -eq 1048576 ] && ok "a line of a megabyte: every character shown" ||
    fail "a line of a megabyte: $n characters of 1048576"
w=$(awk '{ if (length($0) > m) m = length($0) } END { print m }' "$scratch/out")
[ "$w" -le 40 ] && ok "a line of a megabyte: wrapped at 40" ||
    fail "a line of a megabyte: a line of $w"

# On the terminal: the deep page opens whole.
need_tmux
tmux_start 100 30 "$scratch/deep.html"
expect_whole_screen deep "the deep page on the screen, whole: the text before, the deepest text, the text after"
keys q
wait_exit 10 && [ "$status" -eq 0 ] && ok "q quits" || fail "q: status $status"

finish
