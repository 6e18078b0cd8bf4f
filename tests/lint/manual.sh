#!/bin/sh
# manual.sh: folio.1 lists every default key and every action of
# src/keymap.c, every option of src/main.c and every environment variable
# folio reads; folio-theme.5 lists every role of src/theme.c and every
# shipped theme.
src=${top_srcdir:-.}
man=$src/folio.1
man5=$src/folio-theme.5
status=0

missing() {
	echo "$1"
	status=1
}

# has FILE WORD MACRO...: FILE has WORD as an argument of one of the mdoc
# MACROs (".It Ic j", ".Cm down , up", ".Ic \&[").
has() {
	f=$1 w=$2
	shift 2
	awk -v w="$w" -v macros=" $* " '
	{
		m = 0
		for (i = 1; i <= NF; i++) {
			if (m && ($i == w || $i == "\\&" w))
				found = 1
			t = $i
			sub(/^\./, "", t)
			if (index(macros, " " t " ") > 0)
				m = 1
			else if (t ~ /^[A-Z][a-z][a-z]?$/)
				m = 0	# another macro
		}
	}
	END { exit !found }' "$f"
}

# The rows of a C table from the line matching START to the next "};".
table() {
	sed -n "/$1/,/^};/p" "$2"
}

# Default keys: { "j", ACT_DOWN }, as ".Ic j" or ".Cm j" (a key that
# mdoc would take for punctuation is escaped: ".Ic \&[").
for key in $(table '^} defaults\[\] = {' "$src/src/keymap.c" |
    grep -o '{ "[^"]*", ACT_' | sed 's/^{ "//; s/", ACT_$//'); do
	has "$man" "$key" Ic Cm || missing "folio.1 lacks the key $key"
done

# Actions: [ACT_DOWN] = { "down", ... }, in the list of "bind".
for action in $(table '^} actions\[ACT_COUNT\] = {' "$src/src/keymap.c" |
    grep -o '\][[:space:]]*=[[:space:]]*{ "[^"]*"' | sed 's/.*{ "//; s/"$//'); do
	has "$man" "$action" Cm || missing "folio.1 lacks the action $action"
done

# Options: { "dump", no_argument, ... } as "Fl -dump".
for opt in $(table 'longopts\[\] = {' "$src/src/main.c" |
    grep -o '{ "[^"]*",' | sed 's/{ "//; s/",$//'); do
	has "$man" "-$opt" Fl || missing "folio.1 lacks --$opt"
done
has "$man" h Fl && has "$man" V Fl ||
    missing "folio.1 lacks -h or -V"

# Environment variables read with getenv(), as "Ev NAME".
for var in $(cat "$src"/src/*.c | grep -o 'getenv("[A-Z_]*")' |
    sed 's/getenv("//; s/")//' | sort -u); do
	has "$man" "$var" Ev || missing "folio.1 lacks \$$var"
done

# Files: the configuration file and the themes folder.
for f in folio/config folio/themes; do
	grep -q -F "$f" "$man" || missing "folio.1 lacks $f"
done

# Theme roles, as ".It Ic text", and the shipped themes.
for role in $(table 'role_names\[ROLE_COUNT\] = {' "$src/src/theme.c" |
    grep -o '"[a-z-]*"' | tr -d '"'); do
	grep -q -x -F ".It Ic $role" "$man5" ||
	    missing "folio-theme.5 lacks the role $role"
done
for t in "$src"/themes/*.theme; do
	name=$(basename "$t" .theme)
	grep -q -x -F ".It Pa $name" "$man5" ||
	    missing "folio-theme.5 lacks the theme $name"
done

exit $status
