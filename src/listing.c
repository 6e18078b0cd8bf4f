/* listing.c: a list of articles to choose from (listing.h). */
#include "config.h"

#include <stdlib.h>

#include "listing.h"

void
listing_free(struct listing *l)
{
	size_t	 i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++) {
		free(l->entries[i].path);
		free(l->entries[i].title);
		free(l->entries[i].date);
		free(l->entries[i].url);
	}
	free(l->entries);
	free(l->dir);
	free(l);
}
