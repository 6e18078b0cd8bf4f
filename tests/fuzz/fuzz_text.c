/* fuzz_text.c: the plain-text reader on arbitrary bytes, then names and
 * figures and the layout at two widths, as folio shows a text article; the
 * same for --raw, whose body must be the input cleaned one character for
 * one; and the prev/next label finder on the first line. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "fuzz.h"
#include "prevnext.h"
#include "textdoc.h"
#include "utf8.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char	*text = (const char *)data;
	struct doc	*d;
	char		*clean;
	size_t		 len, n, labellen;
	enum pn_dir	 dir;
	int		 width = fuzz_width(data, size);

	fuzz_init();
	d = textdoc_parse(text, size);
	fuzz_check_article(d, width, 80);
	doc_free(d);

	d = textdoc_raw(text, size);
	clean = utf8_clean(text, size, UTF8_CLEAN_RAW, &len);
	FUZZ_CHECK(d->body_len == len && memcmp(d->body, clean, len) == 0,
	    "the raw body is not the input cleaned");
	free(clean);
	fuzz_check_article(d, width, 0);
	doc_free(d);

	for (n = 0; n < size && text[n] != '\n'; n++)
		;
	labellen = (size_t)-1;
	dir = prevnext_label(text, n, &labellen);
	FUZZ_CHECK(dir == PN_NONE || dir == PN_PREV || dir == PN_NEXT,
	    "prevnext_label gave %d", (int)dir);
	if (dir != PN_NONE)
		FUZZ_CHECK(labellen > 0 && labellen <= n,
		    "a label of %zu bytes in %zu", labellen, n);
	return 0;
}
