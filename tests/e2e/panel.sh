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
expect_screen "Harbour Talks Go On" "the article opens"
expect_screen "People" "names by kind: people"
expect_screen "Organisations" "names by kind: organisations"
expect_screen "Ana Kovacs            4" "a name with its count"
expect_screen "\$2.5 billion          1" "a figure with its count"

# / with the panel focused filters its list.
keys Tab /
keys k o v
expect_screen "/kov" "the filter is shown as it is typed"
expect_no_screen "Li Qiang              2" "the filter narrows the list"
expect_screen "Ana Kovacs            4" "what matches stays"
keys Escape
expect_no_screen "/kov" "Escape clears the filter"
expect_screen "Li Qiang              2" "the whole list is back"

# Enter walks the mentions of the selected name and wraps round.
keys Enter Enter Enter Enter Enter
expect_screen "back to the first mention" "Enter wraps after the last mention"

keys q
if wait_exit 10; then
	[ "$status" -eq 0 ] && ok "q quits with status 0" ||
	    fail "q: exit status $status ($(cat "$scratch/stderr"))"
else
	fail "q: folio did not quit"
fi
finish
