/* fuzz_text.c: the plain-text reader on arbitrary bytes, then names and
 * figures and the layout at two widths, as folio shows a text article; the
 * same for --raw, whose body must be the input cleaned one character for
 * one; and what prevnext.c offers the plain-text reader: the label finder
 * on the first line, slugs, and resolving a link (href and title from the
 * first two lines) among candidates made of the lines after. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "fuzz.h"
#include "prevnext.h"
#include "resolve.h"
#include "url.h"
#include "textdoc.h"
#include "utf8.h"
#include "xmalloc.h"

#define MAX_LINES 8

static void
check_resolve(const char *text, size_t size)
{
	char			*line[MAX_LINES], *slug;
	struct resolve_cand	 c[MAX_LINES];
	struct navlink		 l;
	size_t			 n = 0, i, start = 0, end;
	long			 r;

	while (n < MAX_LINES && start < size) {
		for (end = start; end < size && text[end] != '\n'; end++)
			;
		line[n++] = xstrndup(text + start, end - start);
		start = end + 1;
	}
	for (i = 0; i < n; i++) {
		if ((slug = url_slug(line[i])) == NULL)
			continue;
		FUZZ_CHECK(*slug != '\0' && strcspn(slug, "/?#") ==
		    strlen(slug), "slug \"%s\" of \"%s\"", slug, line[i]);
		free(slug);
	}
	if (n >= 2) {
		memset(&l, 0, sizeof l);
		l.href = line[0];
		l.title = line[1];
		for (i = 2; i < n; i++) {
			c[i - 2].path = line[i];
			c[i - 2].url = i % 2 ? line[i] : NULL;
			c[i - 2].title = i % 3 ? line[i] : NULL;
		}
		r = resolve_match(&l, c, n - 2);
		FUZZ_CHECK(r >= -1 && r < (long)(n - 2),
		    "resolve_match gave %ld of %zu", r, n - 2);
		/* The same URL is found, when it names something. */
		slug = url_slug(l.href);
		for (i = 2; i < n && slug != NULL; i++)
			if (c[i - 2].url != NULL &&
			    strcmp(c[i - 2].url, l.href) == 0)
				FUZZ_CHECK(r != -1, "\"%s\" not resolved",
				    l.href);
		free(slug);
		FUZZ_CHECK(resolve_match(&l, c, 0) == -1,
		    "resolved among no candidates");
	}
	for (i = 0; i < n; i++)
		free(line[i]);
}

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
	check_resolve(text, size);
	return 0;
}
