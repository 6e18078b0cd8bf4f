#!/bin/sh
# lexicon.sh: the word lists in data/lexicon/ are what data/gen-lexicon
# makes of Debian's word-list packages today. It writes them again into a
# scratch folder; any difference fails, shown as a diff. Skipped (77) when
# python3 or one of the packages is missing (bootstrap installs them).
src=${top_srcdir:-.}

if ! command -v python3 >/dev/null 2>&1; then
	echo "lexicon: no python3: skipped"
	exit 77
fi
if ! out=$(python3 "$src/data/gen-lexicon" --check 2>&1); then
	case $out in
	"gen-lexicon: not installed:"*)
		echo "lexicon: $out: skipped"
		exit 77 ;;
	esac
	echo "$out"
	exit 1
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/folio-lexicon.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
python3 "$src/data/gen-lexicon" "$scratch/lexicon" || exit 1
if ! diff -r -u "$src/data/lexicon" "$scratch/lexicon" >"$scratch/diff"; then
	echo "data/lexicon/ differs from what data/gen-lexicon writes" \
	    "($(wc -l <"$scratch/diff") lines of diff; the first 200):"
	sed 200q "$scratch/diff"
	echo "Run data/gen-lexicon to write the lists again (data/README.md)."
	exit 1
fi
echo "lexicon: ok"
