/* listing.h: a list of articles to choose from, as an index shows it: a
 * folder's articles, newest first (those without a date after those with
 * one, by their files' times). */
#ifndef FOLIO_LISTING_H
#define FOLIO_LISTING_H

#include <stdbool.h>
#include <stddef.h>

/* One article of a listing. */
struct listing_entry {
	char		*path;	/* what opens it: a file */
	char		*title;	/* never NULL: the file name if no title */
	char		*date;	/* as the article gives it, or NULL */
	char		*url;	/* its own URL, or NULL */
	long long	 sortkey; /* date as seconds since the epoch when
				   known, else the file's modification
				   time */
	int		 dated;	/* sortkey is the article's date */
	bool		 read;	/* read, as the library says */
	/* The same article saved more than once (the same URL, or the same
	 * title and text): the first in the list stands for it, its copies
	 * counted; a copy is shown only by a filter that finds it. */
	bool		 copy;
	size_t		 copies;
	unsigned long long hash;	/* of its title and text */
};

struct listing {
	char			*dir;	/* the folder listed */
	struct listing_entry	*entries;
	size_t			 n;
	size_t			 others;	/* files read that are not
						   articles (data, a list of
						   numbers), not listed */
};

/* Free a listing and all it holds; listing_free(NULL) does nothing. */
void	 listing_free(struct listing *l);

#endif
