/* fuzz_prevnext.c: finding and resolving an article's previous and next
 * posts on arbitrary bytes. The bytes are a page: it is parsed, its
 * prev/next links found (as extract.c does for every page), and each link
 * found is resolved against the page's URL, slugged, and looked for among
 * candidates made of the page's own links; the label finder runs on each
 * link's title too. An input starting with "URL: " has its first line
 * taken as the address the page came from. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "fuzz.h"
#include "html.h"
#include "prevnext.h"
#include "resolve.h"
#include "url.h"
#include "xmalloc.h"

#define BASE_URL "https://example.com/blog/2024/05/a-post.html"

static void
check_link(const struct html *h, const struct navlink *l,
    const struct navlink *other, const char *what)
{
	struct resolve_cand	 c[4];
	char			*abs, *slug;
	size_t			 labellen, n = 0;
	enum pn_dir		 dir;
	long			 r;

	if (l->href == NULL && l->title == NULL)
		return;
	FUZZ_CHECK(l->file == NULL, "%s: a file without resolving", what);
	if (l->href != NULL) {
		FUZZ_CHECK(*l->href != '\0', "%s: an empty href", what);
		abs = url_resolve(h->url != NULL ? h->url : BASE_URL,
		    l->href);
		FUZZ_CHECK(abs != NULL, "%s: url_resolve gave NULL", what);
		if ((slug = url_slug(abs)) != NULL) {
			FUZZ_CHECK(*slug != '\0' &&
			    strcspn(slug, "/?#") == strlen(slug),
			    "%s: slug \"%s\" of \"%s\"", what, slug, abs);
			free(slug);
		}
		free(abs);
		if ((slug = url_slug(l->href)) != NULL)
			free(slug);
	}
	if (l->title != NULL) {
		labellen = (size_t)-1;
		dir = prevnext_label(l->title, strlen(l->title), &labellen);
		if (dir != PN_NONE)
			FUZZ_CHECK(labellen > 0 && labellen <= strlen(l->title),
			    "%s: a label of %zu bytes in \"%s\"", what,
			    labellen, l->title);
	}

	/* Among candidates: itself (by URL), the other link, the page. */
	if (l->href != NULL) {
		c[n].path = "/saved/self.html";
		c[n].url = l->href;
		c[n++].title = NULL;
	}
	if (other->href != NULL || other->title != NULL) {
		c[n].path = "/saved/other.html";
		c[n].url = other->href;
		c[n++].title = other->title;
	}
	c[n].path = "/saved/page.html";
	c[n].url = h->url;
	c[n++].title = l->title;
	r = resolve_match(l, c, n);
	FUZZ_CHECK(r >= -1 && r < (long)n, "%s: resolved to %ld of %zu", what,
	    r, n);
	/* A link whose href is a candidate's URL is found: the first
	 * candidate is that one. */
	if (l->href != NULL && (slug = url_slug(l->href)) != NULL) {
		FUZZ_CHECK(r == 0, "%s: \"%s\" not resolved to itself (%ld)",
		    what, l->href, r);
		free(slug);
	}
	FUZZ_CHECK(resolve_match(l, c, 0) == -1,
	    "%s: resolved among no candidates", what);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char	*text = (const char *)data, *nl;
	char		*from = NULL;
	struct html	*h;
	struct doc	*d;

	fuzz_init();
	if (size > 5 && memcmp(text, "URL: ", 5) == 0 &&
	    (nl = memchr(text, '\n', size)) != NULL) {
		from = xstrndup(text + 5, (size_t)(nl - text) - 5);
		size -= (size_t)(nl + 1 - text);
		text = nl + 1;
	}
	h = html_parse(text, size, NULL, from != NULL ? from : BASE_URL);
	FUZZ_CHECK(h != NULL, "html_parse gave NULL");
	d = doc_new();
	prevnext_find(h, d);
	doc_finish(d);
	fuzz_check_doc(d);
	check_link(h, &d->prev, &d->next, "prev");
	check_link(h, &d->next, &d->prev, "next");
	doc_free(d);
	html_free(h);
	free(from);
	return 0;
}
