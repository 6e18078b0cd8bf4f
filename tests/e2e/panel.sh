#!/bin/sh
# panel.sh: the entity list of --json, and the side panel on a terminal (a
# private tmux server): names by kind and figures with their counts, /
# filtering the list while the panel has focus, Escape clearing it, Enter
# walking an entity's mentions.
. "$(dirname "$0")/lib.sh"
need_tmux

# The same list without a terminal, as DESIGN.md gives it: each entity
# once, its type, count and spans in code points of "body".
run --json "$DATA/e2e/panel.txt"
expect_status 0 "--json"
expect_out_has '"names":[{"text":"Ana Kovacs","type":"person","count":4,"spans":[[10,20],[94,100],[200,206],[271,277]]},{"text":"Li Qiang","type":"person","count":2,' "--json: a person, its count and spans"
expect_out_has '{"text":"Port Authority of Oslo","type":"org","count":1,"spans":[[232,254]]},{"text":"Oslo","type":"place","count":1,"spans":[[250,254]]}' "--json: a place inside an organisation's name"
expect_out_has '"figures":[{"text":"March 3, 2024","type":"date","count":1,"spans":[[55,68]]},{"text":"$2.5 billion","type":"money","count":1,"spans":[[130,142]]},{"text":"12%","type":"percent","count":1,"spans":[[150,153]]},{"text":"five","type":"count",' "--json: figures"

tmux_start 100 30 "$DATA/e2e/panel.txt"
expect_whole_screen article "the article, its names by kind and its figures, with their counts"

# Tab moves the focus to the panel: its first entry is selected.
keys Tab
expect_whole_screen -e focused "Tab: the panel has the focus, its first entry selected"

# / with the panel focused filters its list.
keys /
keys k o v
expect_whole_screen filtered "the filter is shown as it is typed, and narrows the list"
keys Escape
expect_whole_screen unfiltered "Escape clears the filter: the whole list is back"

# Enter walks the mentions of the selected name, each shown in reverse
# video, and wraps round.
keys Enter
expect_whole_screen -e first-mention "Enter goes to the first mention"
keys Enter
expect_whole_screen -e second-mention "Enter again: the second mention"
keys Enter Enter Enter
expect_whole_screen -e wrapped "Enter wraps after the last mention"

keys q
if wait_exit 10; then
	[ "$status" -eq 0 ] && ok "q quits with status 0" ||
	    fail "q: exit status $status ($(cat "$scratch/stderr"))"
else
	fail "q: folio did not quit"
fi
finish
