/* prevnext.c: a stand-in until the real module lands, so that the
 * modules that call it link. It finds nothing. */
#include "config.h"

#include <stddef.h>

#include "prevnext.h"

enum pn_dir
prevnext_label(const char *text, size_t len, size_t *labellen)
{
	(void)text;
	(void)len;
	(void)labellen;
	return PN_NONE;
}

void
prevnext_find(const struct html *h, struct doc *d)
{
	(void)h;
	(void)d;
}

char *
prevnext_slug(const char *url)
{
	(void)url;
	return NULL;
}

long
prevnext_resolve(const struct navlink *l, const struct pn_candidate *c,
    size_t n)
{
	(void)l;
	(void)c;
	(void)n;
	return -1;
}
