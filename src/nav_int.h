/* nav_int.h: what nav's files share: history, the load pending, the
 * events, and the library's part. Private to nav.c, nav_feed.c and
 * test_nav.c. */
#ifndef FOLIO_NAV_INT_H
#define FOLIO_NAV_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "nav.h"
#include "xmalloc.h"

struct fetch_job;
struct fetched;
struct listing;
struct store;
struct wait;

/* A place in history: what was open, and where the reader was. */
struct place {
	char		*target;
	struct nav_pos	 pos;
	bool		 index;		/* it opened as an index */
};

enum load_kind {
	LOAD_GO,		/* a new place in history */
	LOAD_MOVE,		/* back or forward, to place "to" */
	LOAD_RELOAD		/* the current place again */
};

/* A load that waits on the network: its page's fetch. */
struct load {
	struct fetch_job *job;		/* NULL when none is pending */
	enum load_kind	 kind;
	size_t		 to;
	unsigned	 flags;
	bool		 quiet;		/* a feed refreshed behind its
					   stored listing: not the reader's
					   load (nav_loading says none), and
					   "not changed" says nothing */
};

/* A feed being refreshed (R, r in the feeds list, --refresh). */
struct refresh {
	char		*url;		/* the feed's address or file */
	struct fetch_job *job;		/* NULL until it starts, and once
					   done */
	bool		 done;
	bool		 quiet;		/* behind a feed opened from the
					   library: says only what is new */
};

/* An event not taken yet, with the page it retired: the page current
 * until it opened, freed when the event is taken. */
struct queued {
	struct nav_event	 ev;
	struct nav_page		 retired;
};

struct nav {
	unsigned	 flags;		/* NAV_RAW, NAV_UNATTENDED */
	struct place	*hist;
	size_t		 nhist, hcur;
	struct nav_page	 cur;		/* target NULL when nothing is open */
	struct load	 load;
	struct fetch_job *ahead;	/* the next post, fetched ahead */
	struct nav_page	 list;		/* the last index left (a folder's),
					   kept: going back to it, and the
					   next and previous of its articles,
					   read no folder again */
	struct queued	*queue;
	size_t		 nqueue, qcap;

	/* The reading library, or NULL; the key of the article open in
	 * it (NULL when none is, or it has none), and the place last kept
	 * there. */
	struct store	*store;
	char		*key;
	struct nav_pos	 kept;
	char		**seen;		/* the keys opened in this run */
	size_t		 nseen;
	bool		 unindexed;	/* the text of the article open is
					   to be indexed (nav_run) */

	/* The ETag and Last-Modified of the page being opened (a feed
	 * fetched), or NULL. */
	char		*etag, *last_modified;
	/* A feed's listing just read back from the library, its marks
	 * with it (not read again as it opens), or NULL. */
	const struct listing *fresh;
	/* What the next page to open says (why the feed's own text shows,
	 * that ] went by the feed's order), or NULL. */
	char		*note;
	/* The feeds being refreshed, at most NAV_REFRESH_JOBS at once; how
	 * many have come, with new entries, or failed. */
	struct refresh	*refresh;
	size_t		 nrefresh, refreshed, fresh_entries, refresh_failed;
	/* The transaction the feeds that come are written in, when it is
	 * open across waits (NAV_UNATTENDED), and since when. */
	bool		 batch;
	struct timespec	 batch_at;
};

/* A load of kind gave pg: it is the current page now. */
void	 nav_opened(struct nav *n, enum load_kind kind, size_t to,
	    struct nav_page *pg);

/* Say something (a NAV_MESSAGE event). */
void	 nav_say(struct nav *n, bool error, const char *fmt, ...)
	    FOLIO_PRINTF(3, 4);
/* A load of target failed: say why (cause is taken). */
void	 nav_failed(struct nav *n, const char *target, char *cause);
/* The library failed (cause is taken): say so unless quiet, and go on
 * without it (but for a lock held too long). */
void	 nav_library_failed(struct nav *n, char *cause, bool quiet);

/* nav_feed.c: feeds. */
/* The listing of a feed read from f (the bytes of target), in *out: its
 * entries in the feed's order. 0, or -1 with *cause set. */
int	 nav_feed_page(const char *target, const struct fetched *f,
	    struct nav_page *out, char **cause);
/* A feed's listing opened: recorded in the library (unless it is there
 * as it is: listing.stored), with the ETag and date of its fetch (NULL
 * when none), the entries that left the feed added after the others, and
 * the read marks of its entries read back. */
void	 nav_feed_opened(struct nav *n, struct listing *l, const char *etag,
	    const char *last_modified);
/* The feed at target as the library last had it, in *out: 1, or 0 when
 * it has none. A refresh of it is started (conditional) unless it is a
 * file. */
int	 nav_feed_stored(struct nav *n, const char *target,
	    struct nav_page *out);
/* A target of the form LISTING_ENTRY: the entry's own text, as an
 * article. 0, or -1 with *cause set. */
int	 nav_entry_page(struct nav *n, const char *target,
	    struct nav_page *out, char **cause);
/* A load of target ended: *pg the page (its article NULL when the load
 * failed, with *cause set). When target is an entry of a feed at hand
 * whose own text says more than the page (or the page could not be
 * had), that text is the page, and n->note says so; returns 0 when pg
 * is a page then (*cause freed), -1 when it is not. */
int	 nav_entry_check(struct nav *n, const char *target,
	    struct nav_page *pg, char **cause);
/* The feeds subscribed to, as a listing. 0, or -1 with *cause set. */
int	 nav_feeds_listing(struct nav *n, struct listing **out,
	    char **cause);
/* Carry the refreshes on (nav_run). */
void	 nav_refresh_run(struct nav *n);
/* Add what the refreshes wait on to w. */
void	 nav_refresh_wait(const struct nav *n, struct wait *w);
/* Free what refreshing holds. */
void	 nav_refresh_free(struct nav *n);
/* The feed listing at hand (the page open, or the index left last) that
 * lists target, and that entry (NULL when none). */
struct listing_entry *nav_feed_entry(struct nav *n, const char *target,
	    struct listing **l);

#endif
