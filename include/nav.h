/* nav.h: history, loading and following links - the one module the
 * screens ask for articles and folders, and the only caller of the
 * loading side (fetch, the page cache, folders, resolving links).
 *
 * A request (nav_go, nav_follow, nav_back, nav_forward, nav_reload)
 * starts a load that completes later; its outcome comes back as events,
 * taken with nav_take(). A load that does not wait on the network (a
 * file, a folder, a page fetched before) completes within the request;
 * one that does stays pending, named by nav_loading(), while nav_run()
 * carries it on whenever nav_wait()'s wait ends; nav_cancel() gives it
 * up. A new request drops the load pending before it. */
#ifndef FOLIO_NAV_H
#define FOLIO_NAV_H

#include <stdbool.h>
#include <stddef.h>

struct article;
struct listing;
struct wait;
struct store;

#define NAV_RAW		0x1u	/* every input is plain body text (--raw) */
#define NAV_FRESH	0x2u	/* a URL is fetched again, not taken from the
				   pages fetched before (nav_load) */
#define NAV_UNATTENDED	0x4u	/* no reader (--refresh): the feeds that
				   come within NAV_BATCH_MS are written in
				   one transaction, across waits */

/* What a target opened as: an article, or a folder's index. */
struct nav_page {
	char		*target;	/* the path, URL or "-" asked for */
	struct article	*article;	/* an article, or NULL */
	struct listing	*listing;	/* a folder's articles, or NULL */
};

/* Where the reader is on a page: the screens fill it in, nav keeps it
 * with the page's place in history. */
struct nav_pos {
	size_t	 block, off;	/* the first line shown, as a text position;
				   block NAV_POS_LINE: at line instead */
	size_t	 line;		/* the first line shown */
	size_t	 sel;		/* the selected entry of an index */
	int	 pct;		/* the percent the status line shows, -1
				   when all of the text shows */
};
#define NAV_POS_LINE	((size_t)-1)

/* The target that opens the library as an index: what was read, the
 * last first (nav_set_library). */
#define NAV_LIBRARY	"folio:library"
/* The target that opens the feeds subscribed to (subs.h) as an index,
 * each with its unread entries. */
#define NAV_FEEDS	"folio:feeds"
/* The most feeds refreshed at once. */
#define NAV_REFRESH_JOBS 100
/* The longest a refresh without a reader holds the feeds it has read
 * before writing them (milliseconds): well within another folio's wait
 * for the library (STORE_BUSY_MS). */
#define NAV_BATCH_MS	40
/* The most articles the library's index lists. */
#define NAV_LIBRARY_MAX	10000
/* The most articles m lists: the last read of those that mention a
 * name. */
#define NAV_MENTIONS_MAX 1000

enum nav_event_kind {
	NAV_OPENED,		/* a page is open (nav_current) */
	NAV_FAILED,		/* a load failed; what was open stays */
	NAV_CANCELLED,		/* a load was given up (nav_cancel); what was
				   open stays */
	NAV_MESSAGE		/* a request said something, and did nothing */
};

struct nav_event {
	enum nav_event_kind	 kind;
	char			*target;	/* NAV_FAILED, NAV_CANCELLED:
						   what did not open */
	char			*msg;		/* NAV_FAILED: why; NAV_MESSAGE,
						   NAV_CANCELLED: what to say;
						   NAV_OPENED: what to say
						   ("reloaded") or NULL */
	bool			 error;		/* msg tells of an error */
	struct nav_pos		 pos;		/* NAV_OPENED: where to put the
						   reader (the top, or where it
						   was for back, forward and
						   reload) */
	bool			 resumed;	/* NAV_OPENED: pos is where the
						   reader stopped in an earlier
						   run (the library's) */
};

struct nav;

/* flags: NAV_RAW. Free it with nav_free(), which does nothing with NULL
 * and frees every page it holds. */
struct nav	*nav_new(unsigned flags);
void		 nav_free(struct nav *n);
/* Remember what is read in the library st (which outlives n; NULL:
 * nothing is remembered): each article opened is recorded, a new place
 * in history opens where the reader stopped in it before (the event
 * says resumed), and a folder's index says which of its articles were
 * read (listing_entry.read). Each page fetched is cached in it, and a
 * page that cannot be had (offline, a server that fails, a file gone)
 * opens from the copy kept or cached there, its event saying so
 * ("offline: the copy kept on 2025-05-01 (why)"). When the library
 * fails, a NAV_MESSAGE says so and n goes on without it. */
void		 nav_set_library(struct nav *n, struct store *st);
/* The other articles of the library that mention entity (an index into
 * the current article's entities, a name), the last read first, at most
 * NAV_MENTIONS_MAX (the index's note says how many there are then), as
 * a new place in history: an index; a NAV_MESSAGE when there is none, or
 * no library. */
void		 nav_mentions(struct nav *n, size_t entity,
		    const struct nav_pos *here);
/* Refresh feed i of the feeds listing open (NAV_FEEDS), or every feed
 * of it when i is SIZE_MAX: fetched in parallel, NAV_REFRESH_JOBS at
 * once, each asked only for what changed since its last fetch (ETag,
 * Last-Modified), recorded in the library; each row's note says how it
 * went ("3 new, 12 unread", "not changed", or why it failed). A
 * NAV_MESSAGE sums it up once all are done. Needs the library. */
void		 nav_refresh(struct nav *n, size_t i);
/* True when the article open was opened from the feed at feed (NULL:
 * any feed): it is an entry of the feed's index left last. */
bool		 nav_from_feed(const struct nav *n, const char *feed);
/* True while feeds are refreshed, with how many are done of how
 * many. */
bool		 nav_refreshing(const struct nav *n, size_t *done,
		    size_t *total);
/* Keep the article open in the library (S), or no longer when it is
 * kept: its page's bytes, as it was read from them (the page fetched, or
 * the file), so that it opens when they cannot be had again (offline, a
 * server that fails, a file gone) and the library lists it as kept. A
 * NAV_MESSAGE says which, or why not. */
void		 nav_toggle_kept(struct nav *n);
/* Mark entry i of the index open read, or not read when it is (in the
 * listing and in the library); a NAV_MESSAGE says which, or why not. */
void		 nav_toggle_read(struct nav *n, size_t i);
/* The library st as a listing (its dir "the library"): the articles
 * read, the last first, at most NAV_LIBRARY_MAX, with their read marks.
 * On failure, or when nothing was read, -1 with *cause set. */
int		 nav_library_listing(struct store *st, struct listing **out,
		    char **cause);
/* Where the reader is on the current page, kept in history and, for an
 * article, in the library when it moved: called as the reader moves,
 * so that a folio that is killed loses at most the last move. */
void		 nav_keep(struct nav *n, const struct nav_pos *here);

/* Open target (a file, a folder, "-" or a URL) as a new place in
 * history; the places ahead of the current one are dropped once it
 * opens. here is where the reader is on the current page (NULL when
 * nothing is open yet). */
void		 nav_go(struct nav *n, const char *target,
		    const struct nav_pos *here);
/* Follow the current article's next (or previous) post link, by the
 * link policy: a link resolved to a saved article opens it; a file: URL
 * opens its file (never a device or a pipe); an http(s) URL is fetched
 * when URLs can be; any other scheme is never followed. What cannot be
 * followed is a NAV_MESSAGE saying why. */
void		 nav_follow(struct nav *n, bool next,
		    const struct nav_pos *here);
/* Back and forward in history, the page opened where the reader left
 * it; NAV_MESSAGE when there is nothing that way. */
void		 nav_back(struct nav *n, const struct nav_pos *here);
void		 nav_forward(struct nav *n, const struct nav_pos *here);
/* Up one level: back to the index the page open was opened from (the
 * nearest index behind it in history: a folder's, a feed's, the feeds),
 * as it was left. False, and nothing done, when there is none. */
bool		 nav_up(struct nav *n, const struct nav_pos *here);
/* The next (dir 1) or previous (dir -1) article of the index the
 * current one was opened from, as a new place in history; NAV_MESSAGE
 * at either end, or when it was not opened from an index. */
void		 nav_sibling(struct nav *n, int dir, const struct nav_pos *here);
/* True when there is a place ahead in history. */
bool		 nav_can_forward(const struct nav *n);
/* Open the current page again (a URL fetched again), the reader kept
 * where it is; its event says "reloaded". */
void		 nav_reload(struct nav *n, const struct nav_pos *here);

/* The target of the load that is pending, or NULL. */
const char	*nav_loading(const struct nav *n);
/* How far the pending load has come. */
struct nav_progress {
	size_t	 got;		/* bytes received */
	size_t	 total;		/* the size the server gave, or 0 */
	double	 seconds;	/* since it started */
};
/* False when no load is pending. */
bool		 nav_progress(const struct nav *n, struct nav_progress *pr);
/* Give the pending load up: a NAV_CANCELLED event, and what was open
 * stays. False when nothing was pending. */
bool		 nav_cancel(struct nav *n);
/* Add what nav's transfers wait on (the pending load, the next post
 * being fetched ahead) to w. */
void		 nav_wait(const struct nav *n, struct wait *w);
/* Carry the transfers on without waiting: the pending load's fetch
 * (fetch_job_run) and, once its page is there, the article read; and the
 * next post of the open article, fetched ahead into the page cache once
 * the article opens, so that following it needs no wait (a load of a page
 * being fetched ahead takes that fetch over); with no load pending, the
 * work of nav_pending(). here is where the reader is now (or NULL): the
 * place a load leaves keeps it. */
void		 nav_run(struct nav *n, const struct nav_pos *here);
/* True when there is work for nav_run that no one waits on: the text
 * of the article open, to be indexed in the library (once the article
 * is on the screen). */
bool		 nav_pending(const struct nav *n);
/* Take the oldest event into ev (free what it holds with
 * nav_event_clear()); false when there is none. Taking a NAV_OPENED
 * frees the page that was current before it: what nav_current()
 * returned until then is gone. */
bool		 nav_take(struct nav *n, struct nav_event *ev);
void		 nav_event_clear(struct nav_event *ev);
/* What is open now, or NULL; it stays valid until the next NAV_OPENED
 * event is taken. */
const struct nav_page *nav_current(const struct nav *n);

/* Load target at once, waiting on the network if need be, without
 * history: the folder-or-article decision, the bytes (a file, standard
 * input, a URL or the page cache), the article read, its prev/next
 * links resolved among the saved files. flags: NAV_RAW, NAV_FRESH. On
 * failure return -1 with *cause set (malloc'd, without the target). */
int		 nav_load(const char *target, unsigned flags,
		    struct nav_page *out, char **cause);
/* Free what a page holds (not the page); a zeroed page is fine. */
void		 nav_page_clear(struct nav_page *pg);
/* Free what loading keeps for the whole session (the page cache, the
 * folder indexes); at exit, once. */
void		 nav_cleanup(void);

#endif
