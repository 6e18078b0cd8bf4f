/* fuzz_html.c: the HTML reader on arbitrary bytes, then names and figures
 * and the layout at two widths, as folio shows a page. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "extract.h"
#include "fuzz.h"
#include "html.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char	*text = (const char *)data;
	struct html	*h;
	struct doc	*d;
	char		*u;

	fuzz_init();
	(void)html_sniff(text, size);
	h = html_parse(text, size, NULL, "https://example.com/news/a.html");
	FUZZ_CHECK(h != NULL, "html_parse gave NULL");
	d = extract_doc(h);
	fuzz_check_article(d, fuzz_width(data, size), 80);
	if (d->nlinks > 0) {
		u = html_resolve_url(h->url, d->links[0]);
		FUZZ_CHECK(u != NULL, "html_resolve_url gave NULL");
		free(u);
	}
	doc_free(d);
	html_free(h);
	return 0;
}
