/* listing.h: a list of articles to choose from, as an index shows it: a
 * folder's articles, newest first (those without a date after those with
 * one, by their files' times); a feed's entries, in the feed's order; the
 * feeds subscribed to. */
#ifndef FOLIO_LISTING_H
#define FOLIO_LISTING_H

#include <stdbool.h>
#include <stddef.h>

/* One article of a listing. */
struct listing_entry {
	char		*path;	/* what opens it: a file */
	char		*title;	/* never NULL: the file name if no title */
	char		*site;	/* LISTING_FOLDER: a site's name that
				   other articles of the folder share,
				   cut off the page's title ("Story |
				   Site"), or NULL */
	char		*date;	/* as the article gives it, or NULL */
	char		*url;	/* its own URL, or NULL */
	long long	 sortkey; /* date as seconds since the epoch when
				   known, else the file's modification
				   time */
	int		 dated;	/* sortkey is the article's date */
	bool		 read;	/* read, as the library says */
	bool		 kept;	/* kept in the library (S), as it says */
	/* The same article saved more than once (the same URL, or the same
	 * title and text): the first in the list stands for it, its copies
	 * counted; a copy is shown only by a filter that finds it. */
	bool		 copy;
	size_t		 copies;
	unsigned long long hash;	/* of its title and text */
	/* What the row says after the title, in place of the file's name
	 * (a feed's unread entries, or why its refresh failed), or
	 * NULL. */
	char		*note;
	bool		 failed;	/* the note tells of a failure */
	/* LISTING_FEED: the entry's id in its feed, its text as the feed
	 * carries it (HTML, shown when its page cannot be had or gives
	 * less), its summary (plain text) and author; each may be NULL.
	 * LISTING_FEEDS: id is the title the feeds file gives the feed
	 * ("~Title"), or NULL. */
	char		*id;
	char		*content;
	char		*summary;
	char		*author;
	/* LISTING_FEEDS: the tags of the subscription, in the feeds file's
	 * order (a tag may hold a comma or a space), ntags of them; its
	 * entries and those not read. */
	char		**tags;
	size_t		 ntags;
	size_t		 total, unread;
};

enum listing_kind {
	LISTING_FOLDER,		/* articles: a folder's, the library's */
	LISTING_FEED,		/* a feed's entries: path opens one (its
				   page, or its text when it has none:
				   LISTING_ENTRY) */
	LISTING_FEEDS		/* the feeds subscribed to: path is a
				   feed's address */
};

/* The target that opens entry id of the feed at url when the entry has
 * no page of its own: LISTING_ENTRY url "#" id. */
#define LISTING_ENTRY	"folio:entry:"

struct listing {
	enum listing_kind	 kind;
	char			*dir;	/* the folder listed; a feed's
					   address */
	char			*title;	/* what the index is called ("Feeds",
					   a feed's title), or NULL:
					   "Articles in <dir>" */
	char			*site;	/* LISTING_FEED: the site's page, or
					   NULL */
	char			*note;	/* said on the status line as it
					   opens, or NULL */
	bool			 stored;	/* LISTING_FEED: in the reading
						   library as it is (read back
						   from it, or recorded) */
	struct listing_entry	*entries;
	size_t			 n;
	size_t			 others;	/* files read that are not
						   articles (data, a list of
						   numbers), not listed */
};

/* Free a listing and all it holds; listing_free(NULL) does nothing. */
void	 listing_free(struct listing *l);

#endif
