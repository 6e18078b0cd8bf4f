#!/bin/sh
# layering.sh: which module may see which library, and which module may
# include which (DESIGN.md, "How it is built").
#
# Libraries: curses only in ui_curses.c, libxml2 only in html.c (its HTML
# parser, read into folio's own tree, struct hnode) and feed.c, libcurl
# only in fetch.c, SQLite only in store.c; headers stay free of all four.
#
# Modules: data flows one way, bytes -> (html + extract | textdoc | feed) ->
# article -> entities -> layout -> screens -> grid -> ui, and loading
# belongs to nav: a screen asks nav for articles and never includes a
# header of the loading side. The table below gives, one line a module,
# its kind and the modules whose headers its files (src/MODULE.c,
# include/MODULE.h, a private src/MODULE.h) may include; its own header,
# config.h and system headers always. A line for "extract*" holds a
# family: extract.c, extract_meta.c, extract_int.h... (a name's own line
# comes first, then the longest family it starts with), whose files may
# include each other's headers. A file whose module has no line fails
# ("src/foo.c: not in the layering table"): a new module gets its line.
# bench/include-graph prints the graph these includes make, and its depth.
src=${top_srcdir:-.}
status=0

check() {	# check WHAT PATTERN ALLOWED... (file names, or shell patterns)
	what=$1 pattern=$2
	shift 2
	for f in "$src"/src/*.c "$src"/include/*.h; do
		grep -q -E "$pattern" "$f" || continue
		ok=no
		for a in "$@"; do
			# shellcheck disable=SC2254
			case $(basename "$f") in $a) ok=yes ;; esac
		done
		if [ $ok = no ]; then
			echo "$what is used in $(basename "$f")"
			status=1
		fi
	done
}

check curses '#include *[<"](n?curses|ncursesw/|term\.h)' ui_curses.c
check libxml2 '#include *[<"]libxml/' html.c feed.c
check libcurl '#include *[<"]curl/' fetch.c
check SQLite '#include *[<"]sqlite3' store.c
# config.h comes first in every .c and never in a header.
for f in "$src"/src/*.c; do
	first=$(grep -m1 '#include' "$f")
	if [ "$first" != '#include "config.h"' ]; then
		echo "$(basename "$f") does not include config.h first"
		status=1
	fi
done
if grep -l '#include "config.h"' "$src"/include/*.h 2>/dev/null; then
	echo "config.h is included by a header"
	status=1
fi
# A private header, src/MODULE_int.h, is for the module's own files
# (src/MODULE.c, src/MODULE_*.c) and its unit test only.
for h in "$src"/src/*_int.h; do
	[ -f "$h" ] || continue
	hb=$(basename "$h")
	m=${hb%_int.h}
	for f in "$src"/src/*.[ch] "$src"/include/*.h "$src"/tests/*/*.c \
	    "$src"/bench/*.c; do
		grep -q "#include *\"$hb\"" "$f" || continue
		case $(basename "$f") in
		"$m.c" | "$m"_*.c | "test_$m.c") ;;
		*)
			echo "$hb is included by $(basename "$f")"
			status=1
			;;
		esac
	done
done

# The kinds:
#	base	helpers every module may use: allocation, buffers, files,
#		UTF-8, ASCII, URLs, dates, phrases, tag names, the sites'
#		chrome; and a JSON reader, for the modules that read JSON
#	model	the article model, its names and figures, a listing
#	load	the loading side: bytes, the page cache, parsing, extraction,
#		plain text, the pipeline (article), folders, resolving links,
#		the reading library (store)
#	nav	history, loading, following links: the one module of the
#		loading side that the reader asks for pages
#	config	keys, themes, the configuration file
#	view	article + width -> lines; a screen in memory
#	screen	one file per screen, and what they share: never a header of
#		kind load or nav
#	pager	dispatch among the screens; asks nav for pages
#	out	--dump and --json; the library's commands (--search...)
#	ui	the terminal
#	main	the wiring: anything
# The rule on screens is checked on the table itself: a screen's line that
# names a header of kind load or nav fails, whether or not a file uses it.
low="xmalloc arena buf utf8 ascii"
base="$low file url date phrase tags title chrome wait"
table() {
	cat <<EOF
# kind	module		may include
base	xmalloc
base	arena		xmalloc
base	buf		xmalloc
base	utf8		buf xmalloc
base	ascii
base	file		buf xmalloc
base	phrase		ascii
base	url		$low
base	date		$low phrase
base	json		$low
base	tags
base	title		$low
base	chrome
base	wait
model	lexicon*
model	doc		$base
model	entities*	$base lexicon*
model	listing
load	fetch		$base
load	cache		$base fetch
load	html		$base doc
load	jsonld		$base json
load	prevnext	$base doc html
load	extract*	$base doc html jsonld prevnext
load	textdoc		$base doc prevnext
load	article		$base doc entities* fetch html extract* textdoc
load	folder		$base article doc fetch listing
load	resolve		$base article doc fetch folder
load	store		$base
load	feed*		$base json
nav	nav*		$base article cache doc entities* feed* fetch folder listing resolve store subs
config	keymap		$base
config	theme		$base
config	settings	$base keymap
config	subs		$base
view	layout		$base doc entities* theme
view	grid		$base theme
screen	screen		$base entities* grid keymap theme
screen	prompt		$base grid keymap screen theme
screen	view		$base doc entities* grid keymap layout screen theme
screen	panel		$base entities* grid keymap prompt screen theme
screen	index		$base grid keymap listing prompt screen theme
screen	help		$base grid keymap screen theme
screen	links		$base doc grid keymap prompt screen theme
pager	pager		$base article doc grid help index keymap layout links listing nav* panel prompt screen theme view
out	output		$base article doc entities* layout theme
out	library		$base output store
out	feeds		$base feed* fetch library listing nav* output store subs
ui	ui
ui	ui_curses	$base ui grid keymap pager theme
main	main		*
EOF
}

# The files and what each includes: "FILE NAME HEADER...", names without
# their .c or .h.
list=$(mktemp "${TMPDIR:-/tmp}/folio-layering.XXXXXX")
trap 'rm -f "$list"' EXIT
for f in "$src"/src/*.c "$src"/src/*.h "$src"/include/*.h; do
	[ -f "$f" ] || continue
	m=$(basename "$f")
	printf '%s %s ' "${f#"$src"/}" "${m%.[ch]}"
	sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)\.h".*/\1/p' "$f" |
	    tr '\n' ' '
	printf '\n'
done >"$list"
table | awk -v files="$list" '
# The module a file or header name belongs to: its line, else the
# longest family ("extract*") it starts with; "" when none.
function module(name,	m, best) {
	if (name in kind)
		return name
	best = ""
	for (m in kind)
		if (m ~ /\*$/ && index(name, substr(m, 1, length(m) - 1)) == 1 &&
		    length(m) > length(best))
			best = m
	return best
}
/^#/ || NF == 0 { next }
{
	if ($2 in kind) {
		printf "the layering table has two lines for %s\n", $2
		bad = 1
	}
	kind[$2] = $1
	list[$2] = ""
	for (i = 3; i <= NF; i++)
		list[$2] = list[$2] " " $i
}
END {
	for (m in kind) {
		n = split(list[m], l, " ")
		for (i = 1; i <= n; i++) {
			if (l[i] != "*" && !(l[i] in kind)) {
				printf "the layering table lets %s include " \
				    "%s, which has no line\n", m, l[i]
				bad = 1
			}
			ok[m, l[i]] = 1
			# The table itself: a screen never names the loading
			# side.
			if (kind[m] == "screen" && (l[i] == "*" ||
			    kind[l[i]] == "load" || kind[l[i]] == "nav")) {
				printf "the layering table lets the screen %s " \
				    "include %s: a screen asks nav for " \
				    "articles and never includes the loading " \
				    "side\n", m, l[i] == "*" ? "anything" : \
				    l[i] ".h (kind " kind[l[i]] ")"
				bad = 1
			}
		}
	}
	while ((getline line < files) > 0) {
		n = split(line, w, " ")
		f = w[1]
		if ((m = module(w[2])) == "") {
			printf "%s: not in the layering table " \
			    "(tests/lint/layering.sh)\n", f
			bad = 1
			continue
		}
		for (i = 3; i <= n; i++) {
			if (w[i] == "config")
				continue
			if ((hm = module(w[i])) == "") {
				printf "%s includes %s.h, which is not in the " \
				    "layering table\n", f, w[i]
				bad = 1
			} else if (hm != m && !ok[m, hm] && !ok[m, "*"]) {
				printf "%s includes %s.h: module %s (kind %s) " \
				    "may include only%s\n", f, w[i], m, kind[m],
				    list[m] == "" ? " its own header" : list[m]
				bad = 1
			}
		}
	}
	exit bad
}' || status=1
[ $status -eq 0 ] && echo "layering: ok"
exit $status
