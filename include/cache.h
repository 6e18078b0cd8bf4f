/* cache.h: the pages fetched in this session, the newest first, so that
 * back, forward and a loop between two posts do not fetch them again. */
#ifndef FOLIO_CACHE_H
#define FOLIO_CACHE_H

#include <stdbool.h>
#include <stddef.h>

struct fetched;

/* Up to this many pages, and this many bytes in all; a page larger than
 * a quarter of it is not kept. */
#define CACHE_PAGES	16
#define CACHE_BYTES	((size_t)32 << 20)

/* A copy of the page fetched from url (as asked for) into *out, which
 * the caller frees with fetched_free(); -1 when it is not kept. */
int	 cache_get(const char *url, struct fetched *out);
/* True when the page of url is kept. */
bool	 cache_has(const char *url);
/* Keep a copy of f, fetched from url, as the newest page; the oldest go
 * when there are too many or they take too much. */
void	 cache_put(const char *url, const struct fetched *f);
/* Forget the page of url, if kept. */
void	 cache_drop(const char *url);
/* Forget every page. */
void	 cache_clear(void);

#endif
