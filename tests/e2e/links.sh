#!/bin/sh
# links.sh: following the article's links. Without a terminal: the links
# of --json and --dump --links. On a terminal (a private tmux server): f
# numbers the links on screen and a number follows one, Escape cancels;
# F lists them all, / filters, Enter follows; a click follows a link;
# what is not a page goes to $BROWSER, javascript: and data: nowhere; a
# link inside the article scrolls to its place; a link to a missing file
# says so and the reader stays; tiny terminals and resizes while the
# hints or the list show.
. "$(dirname "$0")/lib.sh"
need_tmux

article=$DATA/links/article.html
other=$DATA/links/other.html

# --json: each link's text, address, span in code points of "body" and,
# when it resolves to a saved file, that file.
run --json "$article"
expect_status 0 "--json"
expect_out_has '"links":[{"text":"second report","href":"other.html","span":[34,47],"file":"'"$other"'"},{"text":"third report","href":"missing.html","span":[66,78]},' "--json: a link to a saved file and one to none"
expect_out_has '{"text":"tides","href":"other.html#tides","span":[329,334],"file":"'"$other"'"}' "--json: a link to a place in a saved file"
if command -v python3 >/dev/null 2>&1; then
	printf '%s\n' "$out" | python3 -c '
import json, sys
d = json.load(sys.stdin)
bad = [l for l in d["links"] if l["span"] is None or
    d["body"][l["span"][0]:l["span"][1]] != l["text"]]
sys.exit(1 if bad or len(d["links"]) != 15 else 0)' &&
	    ok "--json: every span is its link's text in body" ||
	    fail "--json: a link's span is not its text"
fi
case $out in
*"$(printf '\033')"*) fail "--json: a raw ESC in the output" ;;
*) ok "--json: no raw control character" ;;
esac

# A page saved from a site: its links to pages of the site saved beside
# it resolve to their files.
run --json "$DATA/links/site.html"
expect_out_has '"links":[{"text":"tides report","href":"https://harbour.example/tides-report/","span":[59,71],"file":"'"$DATA/links/tides-report.html"'"},{"text":"second report","href":"https://harbour.example/site-links/other.html","span":[' "--json: a link to a saved page of the same site"
expect_out_has '{"text":"other tides report","href":"https://elsewhere.example/tides-report/","span":[' "--json: another site's page"
expect_out_has 'no-such-page/","span":[246,255]}]}' "--json: a page not saved: no file"

# --dump --links: numbers after the links, the addresses at the end.
run --dump --links --width 72 "$article"
expect_status 0 "--dump --links"
expect_out_has "published its second report[1] on Tuesday, and a
third report[2] was promised" "--dump --links: numbers in the text"
expect_out_has "Back to the top[15].

References

   1. other.html
   2. missing.html
   3. mailto:clerk@example.org" "--dump --links: References at the end"
expect_out_has "  14. https://example.org/d?x=1
  15. #" "--dump --links: the last references"
case $out in
*"$(printf '\033')"*) fail "--dump --links: a raw ESC in the output" ;;
*) ok "--dump --links: no raw control character" ;;
esac
run --dump --width 72 "$article"
expect_out_lacks "References" "--dump alone lists no links"
expect_out_lacks "[1]" "--dump alone numbers no links"

printf '#!/bin/sh\nprintf "%%s\\n" "$1" >"%s"\n' "$scratch/opened" >"$scratch/browser"
chmod +x "$scratch/browser"
# wait_opened WHAT: what the browser got, once it got something.
wait_opened() {
	i=0
	while [ ! -s "$scratch/opened" ] && [ $i -lt 200 ]; do
		sleep 0.05
		i=$((i + 1))
	done
	if [ "$(cat "$scratch/opened" 2>/dev/null)" = "$1" ]; then
		ok "$2"
	else
		fail "$2: the browser got '$(cat "$scratch/opened" 2>/dev/null)'"
	fi
	rm -f "$scratch/opened"
}

# On screen, the article is a copy in the scratch folder, whose name is
# as long on every machine: the message for a missing file holds its
# path, and whether the panel's marks fit beside it depends on its
# length (the source folder's is any).
cp -R "$DATA/links" "$scratch/links"
article=$scratch/links/article.html
first="The harbour council published its"
BROWSER=$scratch/browser tmux_start 100 30 "$article"
expect_screen "$first" "an article with links"

# f: the hints, over the links' first characters, in their colour.
keys f
expect_whole_screen hints "f numbers the links on screen"
expect_whole_screen -e hints-colour "the hints in their own colour"
keys Escape
expect_whole_screen article "Escape cancels the hints"

# "1" could be 10 to 15: the hints that may follow stay, Enter decides.
keys f 1
expect_whole_screen hints-1 "after 1, the hints it may lead to"
keys Enter
expect_whole_screen other "1 Enter follows the first link: a saved article"
keys h
expect_whole_screen article "back to the article"
# Backspace erases a digit.
keys f 1 BSpace 2
expect_screen "missing.html" "Backspace, then 2: the second link"
expect_whole_screen missing "a link to a missing file: a message, the reader stays"

# A digit no hint starts with is refused; the hints stay.
keys f 1 9
expect_screen "no link 19 on screen" "a number no hint has"
keys Escape

# What is not a page goes to $BROWSER, saying so.
keys f 3
wait_opened "mailto:clerk@example.org" "a mailto: link goes to \$BROWSER"
expect_whole_screen mailto "the status line says it went to \$BROWSER"
keys f 4
links_dir=$(cd "$scratch/links" && pwd -P)
wait_opened "$links_dir/map.png" "an image goes to \$BROWSER, as a path beside the article"
keys f 5
wait_opened "$links_dir/budget.pdf" "a PDF goes to \$BROWSER"

# javascript: and data: run nothing.
keys f 6
expect_whole_screen javascript "a javascript: link is never followed"
keys f 7
expect_screen "not followed: data: links are never followed" "a data: link is never followed"
[ ! -e "$scratch/opened" ] && ok "neither went to \$BROWSER" ||
    fail "the browser got '$(cat "$scratch/opened")'"

# A link inside the article: to its place; one whose place is not there
# says so.
keys f 9
expect_screen "#nowhere: no such place in the article" "a link to a place the article lacks"

# F: every link, / filters, Enter follows.
keys F
expect_whole_screen list "F lists every link: number, text, address"
expect_whole_screen -e list-colour "the list's text: no escape reaches the terminal"
keys / t i
expect_whole_screen list-filtered "/ filters the list as one types"
keys Enter Enter
expect_screen "Second Report on the Harbour" "Enter follows the link chosen"
keys h
expect_screen "$first" "back"
keys F j j q
expect_whole_screen article "q goes back from the list"
keys F Escape
expect_whole_screen article "Escape goes back from the list"

# A click on a link follows it (xterm's mouse report, as ncurses asked
# for it: button 1 pressed at column 38, row 1, each plus 33).
keys -l "$(printf '\033[M %s%s' "$(printf '\\%03o' 71)" "$(printf '\\%03o' 34)" | xargs -0 printf '%b')"
expect_screen "Second Report on the Harbour" "a click on a link follows it"
keys h
expect_screen "$first" "back"
# A click beside the links does nothing.
keys -l "$(printf '\033[M %s%s' "$(printf '\\%03o' 36)" "$(printf '\\%03o' 40)" | xargs -0 printf '%b')"
keys j k
expect_whole_screen article "a click on plain text follows nothing"

# Resizes while the hints or the list show, down to a tiny terminal.
keys f
resize 12 5
expect_screen "small" "hints on a tiny terminal: the notice"
resize 100 30
expect_screen "follow link: 1-14, Esc cancels" "the hints are back at full size"
keys Escape
keys F
resize 30 8
resize 8 3
resize 100 30
expect_whole_screen list "the list is back after a tiny terminal"
keys q
expect_screen "$first" "the article again"
keys q
wait_exit 10 && [ "$status" -eq 0 ] && ok "q quits" ||
    fail "quit: status $status"

# A link to a page of the same site saved beside it opens the file,
# without the network.
tmux_stop
tmux_start 100 20 "$DATA/links/site.html"
expect_screen "This page was saved from" "a page saved from a site"
keys f 1
expect_screen "The Tides Report" "its link to a saved page of its site opens the file"
keys h
expect_screen "This page was saved from" "back"
keys q
wait_exit 10

# A link inside the article scrolls to its place (a terminal where the
# place can come to the top).
tmux_stop
tmux_start 80 12 "$article"
expect_screen "The harbour council" "a short terminal"
keys j j f 5
expect_whole_screen fragment "a link inside the article scrolls to its place"
keys G f 1
expect_screen "the top of the article" "\"#\" goes to the top"
keys q
wait_exit 10

# A link to a pipe or a device is never read (it could wait for ever).
mkfifo "$scratch/fifo"
cat >"$scratch/pipes.html" <<EOS
<html><head><title>Pipes</title></head><body><article><h1>Pipes</h1>
<p>This page links <a href="fifo">a pipe beside it</a> and
<a href="file:///dev/tty">the terminal</a>, and neither may be read: a read
from either could wait for ever, and folio says so instead.</p>
</article></body></html>
EOS
tmux_stop
tmux_start 100 20 "$scratch/pipes.html"
expect_screen "This page links" "a page linking a pipe and a device"
keys f 1
expect_screen "$scratch/fifo is not a file" "a link to a pipe is not followed"
keys f 2
expect_screen "not followed: /dev/tty is not a file" "a link to a device is not followed"
keys q
wait_exit 10 && [ "$status" -eq 0 ] && ok "folio quits after" ||
    fail "pipes: status $status"

# An http link opens the page in folio, a new place in history; one the
# server does not have says so, and the reader stays.
if ! command -v python3 >/dev/null 2>&1; then
	echo "python3 not found: no web server for the http links"
	finish
fi
httpd_start "$DATA/web"
site=http://127.0.0.1:$port
FOLIO_TIMEOUT=3
export FOLIO_TIMEOUT
run --dump "$site/a.html"
case $err in *"without URL support"*)
	echo "folio was built without libcurl: no http links to test"
	finish ;;
esac
cat >"$scratch/web.html" <<EOS
<html><head><title>Web Links</title></head><body><article><h1>Web Links</h1>
<p>This saved page links <a href="$site/a.html">the first part</a> of a
series on the web, and <a href="$site/missing.html">a page</a> the site
no longer has, so that following each shows what folio does with it.</p>
</article></body></html>
EOS
tmux_stop
printf 'FOLIO_TIMEOUT=3\n' >"$scratch/env"
tmux_start 100 20 "$scratch/web.html"
expect_screen "This saved page links" "a saved page with http links"
keys f 1
expect_screen "Web Series Part A" "an http link opens the page in folio"
keys h
expect_screen "This saved page links" "back to the saved page"
keys L
expect_screen "Web Series Part A" "forward to the page again"
keys h
expect_screen "This saved page links" "back again"
keys f 2
expect_screen "HTTP status 404" "a page the server lacks: the status"
expect_screen "This saved page links" "the reader stays"
keys q
wait_exit 10

finish
