/* cache.c: the pages fetched in this session (cache.h). */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "cache.h"
#include "fetch.h"
#include "xmalloc.h"

static struct page {
	char		*url;	/* as asked for */
	struct fetched	 f;
} pages[CACHE_PAGES];
static size_t	 npages;

static void
fetched_copy(struct fetched *to, const struct fetched *from)
{
	memset(to, 0, sizeof *to);
	to->data = xmalloc(from->len + 1);
	memcpy(to->data, from->data, from->len);
	to->data[from->len] = '\0';
	to->len = from->len;
	to->content_type = from->content_type != NULL ?
	    xstrdup(from->content_type) : NULL;
	to->url = from->url != NULL ? xstrdup(from->url) : NULL;
	to->etag = from->etag != NULL ? xstrdup(from->etag) : NULL;
	to->last_modified = from->last_modified != NULL ?
	    xstrdup(from->last_modified) : NULL;
	to->not_modified = from->not_modified;
}

static void
page_drop(size_t i)
{
	free(pages[i].url);
	fetched_free(&pages[i].f);
	memmove(&pages[i], &pages[i + 1], (npages - i - 1) * sizeof *pages);
	npages--;
}

int
cache_get(const char *url, struct fetched *out)
{
	size_t	 i;

	for (i = 0; i < npages; i++) {
		if (strcmp(pages[i].url, url) == 0) {
			fetched_copy(out, &pages[i].f);
			return 0;
		}
	}
	return -1;
}

bool
cache_has(const char *url)
{
	size_t	 i;

	for (i = 0; i < npages; i++) {
		if (strcmp(pages[i].url, url) == 0)
			return true;
	}
	return false;
}

void
cache_drop(const char *url)
{
	size_t	 i;

	for (i = 0; i < npages; i++) {
		if (strcmp(pages[i].url, url) == 0) {
			page_drop(i);
			return;
		}
	}
}

void
cache_put(const char *url, const struct fetched *f)
{
	size_t	 i, bytes = 0;

	cache_drop(url);
	if (f->len > CACHE_BYTES / 4)
		return;		/* too large to keep */
	if (npages == CACHE_PAGES)
		page_drop(npages - 1);
	memmove(&pages[1], &pages[0], npages * sizeof *pages);
	npages++;
	pages[0].url = xstrdup(url);
	fetched_copy(&pages[0].f, f);
	for (i = 0; i < npages; i++) {
		bytes += pages[i].f.len;
		if (bytes > CACHE_BYTES) {
			while (npages > i)
				page_drop(npages - 1);
			break;
		}
	}
}

void
cache_clear(void)
{
	while (npages > 0)
		page_drop(npages - 1);
}
