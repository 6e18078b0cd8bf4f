/* store.h: the reading library - every article read, where the reader
 * stopped in it, its read mark, the pages kept and fetched - in one
 * SQLite database,
 * $XDG_DATA_HOME/folio/library.db; the only user of SQLite.
 *
 * Nothing here is ever the reason an article can't be read: a library
 * that cannot be opened (damaged, a directory in its place, a read-only
 * folder, locked by another program, written by a newer folio) gives a
 * cause, and the caller reads on without it. Each change is one
 * transaction; a lock held by another folio is waited on for at most
 * STORE_BUSY_MS. */
#ifndef FOLIO_STORE_H
#define FOLIO_STORE_H

#include <stdbool.h>
#include <stddef.h>

/* The schema this folio writes (PRAGMA user_version); an older library
 * is brought up to it when opened, a newer one is refused. */
#define STORE_SCHEMA	5
/* How long a lock held by another folio is waited on, in ms. */
#define STORE_BUSY_MS	100
/* The most articles that store_search ranks: a word that most articles
 * hold would take every one of them, on each search. */
#define STORE_SEARCH_RANKED	10000
/* The pages fetched that the library keeps (store_page_cache), the
 * newest: at most this many, and this many bytes in all; a page larger
 * than a quarter of it is not cached. Pages kept (store_page_keep) are
 * not counted, and never dropped. */
#define STORE_CACHE_PAGES	200
#define STORE_CACHE_BYTES	((size_t)50 << 20)

/* A name an article mentions: its fullest form (aliases merged), its
 * kind ("person", "place", "org", "name") and how many times. */
struct store_name {
	const char	*text;
	const char	*type;
	size_t		 count;
};

/* What an article is recorded with. */
struct store_article {
	const char	*key;	/* what opens it again: a URL, or a file's
				   real path (store_key) */
	const char	*url;	/* its own URL, or NULL */
	const char	*title, *site, *date;	/* each NULL when unknown */
	const char	*body;	/* its text, for search (store_index), or
				   NULL */
	const struct store_name *names;	/* the names it mentions, for
					   store_index and search */
	size_t		 nnames;
};

/* Where the reader stopped: the first line shown, as a text position
 * (block STORE_AT_LINE: at line instead, on the title and byline) and as
 * a line, and the percent the status line showed (-1: all of the text
 * showed). */
struct store_place {
	long long	 block, off, line;
	int		 pct;
};
#define STORE_AT_LINE	(-1LL)

/* An article found (store_search), or listed (store_list). */
struct store_hit {
	char		*title;		/* never NULL */
	char		*url;		/* its URL, or NULL */
	char		*file;		/* its file, or NULL */
	char		*date;		/* as the article gives it, or NULL */
	char		*snippet;	/* search: the words around a match */
	long long	 last_read;	/* seconds since 1970 */
	bool		 read;		/* its read mark */
	bool		 kept;		/* its page is kept (store_page_keep):
					   store_list and store_search say */
};

struct store;

/* True when folio is built with SQLite (else every store_open fails). */
bool		 store_built(void);
/* The library's path: $XDG_DATA_HOME/folio/library.db when
 * XDG_DATA_HOME is an absolute path, else
 * $HOME/.local/share/folio/library.db; NULL when neither can be told.
 * Free it. */
char		*store_path(void);
/* The key an article is recorded under: a URL as it is; a file's real
 * path (its absolute path when it is gone); NULL for standard input
 * ("-"). Free it. */
char		*store_key(const char *target);

/* Open the library at path, creating it (mode 0600, its missing folders
 * 0700) when there is none, and bring its schema up to STORE_SCHEMA. On
 * failure return NULL with *cause set (malloc'd): why, in words a
 * reader understands. Close it with store_close(), which does nothing
 * with NULL. */
struct store	*store_open(const char *path, char **cause);
void		 store_close(struct store *st);

/* An article opened: record it (when read, its title...; marked read).
 * Returns 1 with *place where the reader stopped when it was read
 * before and a place was kept, 0 when none was, -1 with *cause set on
 * failure. Its text is not indexed here: see store_index. */
int		 store_visit(struct store *st, const struct store_article *a,
		    struct store_place *place, char **cause);
/* Index the title, text and names of the article recorded under a->key
 * for search and store_mentions, unless they are indexed as they are
 * already (a hash of them is kept); a text takes a millisecond or two, so the reader does it once
 * the article is on the screen. 0 (nothing is done when the article is
 * not in the library), or -1 with *cause set. */
int		 store_index(struct store *st, const struct store_article *a,
		    char **cause);
/* Keep where the reader is in the article recorded under key (nothing
 * happens when none is). 0, or -1 with *cause set. */
int		 store_keep(struct store *st, const char *key,
		    const struct store_place *place, char **cause);
/* Mark the article a read, or not read (one not in the library yet is
 * recorded, as read zero times). 0, or -1 with *cause set. */
int		 store_mark(struct store *st, const struct store_article *a,
		    bool read, char **cause);
/* The read mark of key: 1 read, 0 not (or not in the library), -1 with
 * *cause set on failure. */
int		 store_is_read(struct store *st, const char *key,
		    char **cause);
/* True when the last call that failed on st failed on a lock held by
 * another folio for longer than STORE_BUSY_MS: nothing is wrong with
 * the library, and the change can be made again later. */
bool		 store_busy(const struct store *st);
/* The articles that mention name (its fullest form, as store_name
 * has it), but the one recorded under except (NULL: none), the last read
 * first, at most max. */
int		 store_mentions(struct store *st, const char *name,
		    const char *except, size_t max, struct store_hit **hits,
		    size_t *n, char **cause);
/* How many articles mention name, but the one under except, in *count.
 * 0, or -1 with *cause set. */
int		 store_mentions_count(struct store *st, const char *name,
		    const char *except, size_t *count, char **cause);
/* The articles whose title, text or names hold every word of query (case and
 * accents aside), best first, at most max: *hits (free them with
 * store_hits_free) and *n. Of more than STORE_SEARCH_RANKED that hold
 * them, the best of the STORE_SEARCH_RANKED last recorded. 0, or -1 with
 * *cause set; a query of no words finds nothing. */
int		 store_search(struct store *st, const char *query, size_t max,
		    struct store_hit **hits, size_t *n, char **cause);
/* Change STORE_SEARCH_RANKED (0 restores it); for tests. */
void		 store_set_search_ranked(size_t n);
/* The articles read (not those only marked read), the last read
 * first, at most max. */
int		 store_list(struct store *st, size_t max,
		    struct store_hit **hits, size_t *n, char **cause);
void		 store_hits_free(struct store_hit *hits, size_t n);
/*
 * Feeds: each feed read or refreshed, with its entries, so that a feed
 * reads offline and its entries stay readable once they leave it. An
 * entry's read mark is that of the article recorded under its key.
 */

/* A feed fetched. */
struct store_feed {
	const char	*url;		/* what it is fetched from */
	const char	*title, *site;	/* each NULL when unknown */
	const char	*etag;		/* what the server said of it, to ask */
	const char	*last_modified;	/* it again only if changed; or NULL */
};

/* An entry of a feed, as it is recorded and read back. */
struct store_entry {
	char		*id;		/* its id in the feed */
	char		*key;		/* what opens it (a URL, a path, or
					   LISTING_ENTRY's form), and the key
					   of its read mark */
	char		*url;		/* its page, or NULL */
	char		*title;
	char		*date;		/* "YYYY-MM-DD", or NULL */
	long long	 time;		/* seconds since 1970, -1 undated */
	char		*summary;	/* plain text, or NULL */
	char		*author;	/* or NULL */
	char		*content;	/* HTML, or NULL; not read back by
					   store_feed_entries */
	bool		 read;		/* read back: its read mark */
};

/* What the library knows of a feed itself. Free with
 * store_feed_info_clear. */
struct store_feed_info {
	char		*title, *site, *etag, *last_modified;
	char		*error;		/* why the last refresh failed, or
					   NULL */
	long long	 checked;	/* when it was last fetched or tried,
					   seconds since 1970; 0: never */
};

/* What its entries come to (store_feed_counts): read from every entry,
 * so not for a feed only looked up. Free newest. */
struct store_feed_counts {
	size_t		 total, unread;	/* its entries, those not read */
	char		*newest;	/* the date of its newest entry, or
					   NULL */
};

/* The changes made until store_batch_end() are one transaction (the
 * feeds of a refresh that came at once, written in one go); a change
 * that fails in it ends it, and what it held is not kept. 0, or -1 with
 * *cause set. */
int		 store_batch_begin(struct store *st, char **cause);
int		 store_batch_end(struct store *st, char **cause);
/* Record a feed fetched and its entries, in the feed's order: new ones
 * added, known ones (by id) brought up to date; those no longer in the
 * feed are kept, after the others. Returns how many entries are new to
 * the library, or -1 with *cause set. */
int		 store_feed_put(struct store *st, const struct store_feed *f,
		    const struct store_entry *e, size_t n, char **cause);
/* A refresh of the feed at url that brought nothing new: not changed
 * (error NULL), or failed (error says why; a feed never fetched is
 * recorded with it). 0, or -1 with *cause. */
int		 store_feed_tried(struct store *st, const char *url,
		    const char *error, char **cause);
/* 1 with *out set when the library has the feed at url, 0 when not, -1
 * with *cause set. Its entries are not read. */
int		 store_feed_info(struct store *st, const char *url,
		    struct store_feed_info *out, char **cause);
void		 store_feed_info_clear(struct store_feed_info *fi);
/* The counts of the entries of the feed at url (0 for a feed the
 * library does not have) into *out. 0, or -1 with *cause set. */
int		 store_feed_counts(struct store *st, const char *url,
		    struct store_feed_counts *out, char **cause);
/* The entries of the feed at url, those of its last fetch first in the
 * feed's order, with their read marks (not their summary, author or
 * content: store_entry_get has them): *out (free with
 * store_entries_free) and *n. 0, or -1 with *cause set. */
int		 store_feed_entries(struct store *st, const char *url,
		    struct store_entry **out, size_t *n, char **cause);
void		 store_entries_free(struct store_entry *e, size_t n);
/* Free what n entries hold, not the array (one of the caller's). */
void		 store_entries_clear(struct store_entry *e, size_t n);
/* The entry recorded under key (the latest fetched, when several feeds
 * have it): 1 with *out set (content too; free with
 * store_entries_free(out, 1)), 0 when there is none, -1 with *cause. */
int		 store_entry_get(struct store *st, const char *key,
		    struct store_entry **out, char **cause);

/*
 * Pages: the bytes an article was read from, under its key (a URL as it
 * was asked for, or a file's real path), so that it reads again when
 * they cannot be had (offline, a server that fails, a file gone). A page
 * is kept (S: never dropped, listed as kept) or only cached (the last
 * pages fetched, STORE_CACHE_PAGES and STORE_CACHE_BYTES at most, the
 * oldest dropped first).
 */

/* A page's bytes, given or read back. */
struct store_page {
	char		*data;		/* the bytes; read back, with a NUL
					   after them */
	size_t		 len;
	char		*type;		/* its content type, or NULL */
	char		*url;		/* the URL it came from in the end
					   (after redirects), or NULL */
	long long	 fetched;	/* read back: when the bytes were had,
					   seconds since 1970 */
	long long	 kept;		/* read back: when it was kept, 0 when
					   it is only cached */
};

/* A page fetched: cached under key as the newest, in place of the bytes
 * cached or kept under it before (a page kept stays kept, whatever its
 * size); then the oldest pages cached are dropped, to the bounds. 0 (a
 * page too large to cache is not), or -1 with *cause set. */
int		 store_page_cache(struct store *st, const char *key,
		    const struct store_page *p, char **cause);
/* Keep the page p under key: never dropped. 0, or -1 with *cause. */
int		 store_page_keep(struct store *st, const char *key,
		    const struct store_page *p, char **cause);
/* The page under key no longer kept: only cached (dropped when too large
 * to cache), the oldest go first. 1 when it was kept, 0 when not, -1
 * with *cause set. */
int		 store_page_unkeep(struct store *st, const char *key,
		    char **cause);
/* 1 when the page under key is kept, 0 when not, -1 with *cause. */
int		 store_page_kept(struct store *st, const char *key,
		    char **cause);
/* The page under key, kept or cached: 1 with *out set (free with
 * store_page_clear), 0 when there is none, -1 with *cause set. */
int		 store_page_get(struct store *st, const char *key,
		    struct store_page *out, char **cause);
void		 store_page_clear(struct store_page *p);

/* Remove every trace of the article recorded under key (its page too):
 * 1 when there was one, 0 when none, -1 with *cause set on failure. */
int		 store_forget(struct store *st, const char *key, char **cause);

#endif
