/* fuzz_html.c: the HTML reader on arbitrary bytes, then names and figures
 * and the layout at two widths, as folio shows a page. An input starting
 * with "Content-Type: " has its first line taken as the HTTP header. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "extract.h"
#include "fuzz.h"
#include "html.h"
#include "url.h"
#include "xmalloc.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char	*text = (const char *)data, *nl;
	char		*type = NULL, *u;
	struct html	*h;
	struct doc	*d;

	fuzz_init();
	if (size > 14 && memcmp(text, "Content-Type: ", 14) == 0 &&
	    (nl = memchr(text, '\n', size)) != NULL) {
		type = xstrndup(text + 14, (size_t)(nl - text) - 14);
		size -= (size_t)(nl + 1 - text);
		text = nl + 1;
	}
	(void)html_sniff(text, size);
	h = html_parse(text, size, type, "https://example.com/news/a.html");
	FUZZ_CHECK(h != NULL, "html_parse gave NULL");
	d = extract_doc(h);
	fuzz_check_article(d, fuzz_width(data, size), 80);
	if (d->nlinks > 0) {
		u = url_resolve(h->url, d->links[0]);
		FUZZ_CHECK(u != NULL, "url_resolve gave NULL");
		free(u);
	}
	doc_free(d);
	html_free(h);
	free(type);
	return 0;
}
