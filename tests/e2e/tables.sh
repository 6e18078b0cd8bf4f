#!/bin/sh
# tables.sh: a data table on a terminal (a private tmux server): its rows in
# columns by display width (a CJK name two columns a character), figures set
# right, the header row a heading over a rule, names, figures and links in
# the cells highlighted; a table too wide for the text a row a paragraph; the
# columns laid out again as the terminal narrows and widens.
. "$(dirname "$0")/lib.sh"
need_tmux

page=$DATA/html/tables.html

tmux_start 60 20 "$page"
expect_whole_screen columns "60x20: the table in columns, its head over a rule"
expect_whole_screen -e columns-colour "the head a heading, the rule a border, names and figures in the cells"
# A link in a cell is numbered as any other.
keys f
expect_screen "follow link: 1, Esc cancels" "f numbers the link in a cell"
keys Escape
expect_no_screen "follow link" "Esc: no numbers"
# A search finds a cell.
keys / L i n d q v i s t Enter
expect_screen "1/1" "a search finds a cell's text"
# The table that does not fit: a row a paragraph, as its text has it.
keys G
expect_whole_screen fallback "a table too wide for the text: a row a paragraph"
# The head of the table on top, found by a search.
keys g / P o s Enter
expect_screen "1/1" "a search finds the head"
# Narrower, the widest column wraps its cells; narrower still, a column
# cannot be narrowed below its longest word ("injured"), and the rows
# are paragraphs; wider, a line a row again.
resize 44 16
expect_whole_screen narrow "44x16: a column wraps its cells"
resize 40 15
expect_whole_screen narrower "40x15: the columns do not fit, a row a paragraph"
resize 80 24
expect_whole_screen wide "80x24: a line a row, the text the whole width"
keys q
wait_exit 10 && [ "$status" -eq 0 ] && ok "q quits" || fail "q: status $status"

finish
