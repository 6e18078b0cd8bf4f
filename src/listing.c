/* listing.c: a list of articles to choose from (listing.h). */
#include "config.h"

#include <stdlib.h>

#include "listing.h"

void
listing_free(struct listing *l)
{
	size_t	 i, k;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++) {
		free(l->entries[i].path);
		free(l->entries[i].title);
		free(l->entries[i].site);
		free(l->entries[i].date);
		free(l->entries[i].url);
		free(l->entries[i].note);
		free(l->entries[i].id);
		free(l->entries[i].content);
		free(l->entries[i].summary);
		free(l->entries[i].author);
		for (k = 0; k < l->entries[i].ntags; k++)
			free(l->entries[i].tags[k]);
		free(l->entries[i].tags);
	}
	free(l->entries);
	free(l->dir);
	free(l->title);
	free(l->site);
	free(l->note);
	free(l);
}
