/* nav_feed.c: feeds in nav - a feed's entries as a listing, kept in the
 * library; an entry opened as its page, or as the feed's own text when
 * the page cannot be had or says less; the feeds subscribed to, and
 * their refresh, in parallel and conditional. */
#include "config.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "article.h"
#include "buf.h"
#include "date.h"
#include "doc.h"
#include "feed.h"
#include "fetch.h"
#include "listing.h"
#include "nav.h"
#include "nav_int.h"
#include "store.h"
#include "subs.h"
#include "url.h"
#include "wait.h"
#include "xmalloc.h"

static char *
dup_or_null(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

/* What opens an entry: its page (a URL, or a file beside a feed read
 * from a file), else its own text. */
static char *
entry_target(const char *feed, const struct feed_entry *e)
{
	if (e->url != NULL && url_kind(e->url, NULL) != URL_REFUSED) {
		char *path = url_file_path(e->url);

		return path != NULL ? path : xstrdup(e->url);
	}
	return xasprintf("%s%s#%s", LISTING_ENTRY, feed, e->id);
}

int
nav_feed_page(const char *target, const struct fetched *f,
    struct nav_page *out, char **cause)
{
	struct feed	*fd;
	struct listing	*l;
	size_t		 i;

	if ((fd = feed_parse(f->data, f->len, f->content_type,
	    f->url != NULL ? f->url : target, cause)) == NULL)
		return -1;
	l = xcalloc(1, sizeof *l);
	l->kind = LISTING_FEED;
	l->dir = xstrdup(target);
	l->title = xstrdup(fd->title);
	l->site = dup_or_null(fd->site);
	if (fd->warning != NULL)
		l->note = xasprintf("%s: %s", feed_kind_name(fd->kind),
		    fd->warning);
	l->entries = xcalloc(fd->n > 0 ? fd->n : 1, sizeof *l->entries);
	for (i = 0; i < fd->n; i++) {
		struct feed_entry	*fe = &fd->entries[i];
		struct listing_entry	*e = &l->entries[i];

		e->path = entry_target(target, fe);
		e->title = fe->title;
		e->date = fe->date;
		e->url = fe->url;
		e->id = fe->id;
		e->content = fe->content;
		e->summary = fe->summary;
		e->author = fe->author;
		e->sortkey = fe->time;
		e->dated = fe->time >= 0;
		fe->title = fe->date = fe->url = fe->id = NULL;
		fe->content = fe->summary = fe->author = NULL;
	}
	l->n = fd->n;
	feed_free(fd);
	out->target = xstrdup(target);
	out->listing = l;
	return 0;
}

/* The key an entry's read mark is kept under. */
static char *
entry_key(const char *path)
{
	char	*k = store_key(path);

	return k != NULL ? k : xstrdup(path);
}

/* Record the feed l (read from its address l->dir) in the library: the
 * number of entries new to it, or -1 (said). */
static int
record(struct nav *n, struct listing *l, const char *etag,
    const char *last_modified)
{
	struct store_feed	 f;
	struct store_entry	*e;
	char			*cause = NULL;
	size_t			 i;
	int			 r;

	memset(&f, 0, sizeof f);
	f.url = l->dir;
	f.title = l->title;
	f.site = l->site;
	f.etag = etag;
	f.last_modified = last_modified;
	e = xcalloc(l->n > 0 ? l->n : 1, sizeof *e);
	for (i = 0; i < l->n; i++) {
		e[i].id = l->entries[i].id;
		e[i].key = entry_key(l->entries[i].path);
		e[i].url = l->entries[i].url;
		e[i].title = l->entries[i].title;
		e[i].date = l->entries[i].date;
		e[i].time = l->entries[i].dated ? l->entries[i].sortkey : -1;
		e[i].summary = l->entries[i].summary;
		e[i].author = l->entries[i].author;
		e[i].content = l->entries[i].content;
	}
	r = store_feed_put(n->store, &f, e, l->n, &cause);
	for (i = 0; i < l->n; i++)
		free(e[i].key);
	free(e);
	if (r == -1)
		nav_library_failed(n, cause, false);
	return r;
}

/* An entry of the library as an entry of a listing (what e holds,
 * taken). */
static void
stored_entry(struct listing_entry *le, struct store_entry *e)
{
	le->path = e->key;
	le->id = e->id;
	le->url = e->url;
	le->title = e->title;
	le->date = e->date;
	le->summary = e->summary;
	le->author = e->author;
	le->content = e->content;
	le->sortkey = e->time;
	le->dated = e->time >= 0;
	le->read = e->read;
	memset(e, 0, sizeof *e);
}

void
nav_feed_opened(struct nav *n, struct listing *l, const char *etag,
    const char *last_modified)
{
	struct store_entry	*e;
	size_t			 ne, i;
	char			*cause = NULL;

	if (l == n->fresh) {
		n->fresh = NULL;
		return;
	}
	if (n->store == NULL || (!l->stored &&
	    record(n, l, etag, last_modified) == -1) || n->store == NULL)
		return;
	if (store_feed_entries(n->store, l->dir, &e, &ne, &cause) == -1) {
		nav_library_failed(n, cause, false);
		return;
	}
	/* The entries of this fetch come first, in its order: their marks;
	 * then those that left the feed, still readable. A listing read
	 * back before has them in the same order. */
	for (i = 0; i < ne && i < l->n; i++)
		if (l->entries[i].id != NULL && strcmp(l->entries[i].id, e[i].id) == 0)
			l->entries[i].read = e[i].read;
	if (l->stored) {
		store_entries_free(e, ne);
		return;
	}
	l->stored = true;
	if (ne > l->n) {
		l->entries = xreallocarray(l->entries, ne,
		    sizeof *l->entries);
		memset(&l->entries[l->n], 0, (ne - l->n) *
		    sizeof *l->entries);
		for (i = l->n; i < ne; i++)
			stored_entry(&l->entries[i], &e[i]);
		l->n = ne;
	}
	store_entries_free(e, ne);
}

/* The feed at url as the library has it, or NULL. */
static struct listing *
stored_listing(struct nav *n, const char *url)
{
	struct store_feed_info	 fi;
	struct store_entry	*e;
	struct listing		*l;
	size_t			 ne, i;
	char			*cause = NULL;
	int			 r;

	if (n->store == NULL)
		return NULL;
	if ((r = store_feed_info(n->store, url, &fi, &cause)) == -1) {
		nav_library_failed(n, cause, true);
		return NULL;
	}
	if (r == 0) {
		store_feed_info_clear(&fi);
		return NULL;
	}
	if (store_feed_entries(n->store, url, &e, &ne, &cause) == -1) {
		nav_library_failed(n, cause, true);
		store_feed_info_clear(&fi);
		return NULL;
	}
	if (ne == 0) {
		store_feed_info_clear(&fi);
		free(e);
		return NULL;
	}
	l = xcalloc(1, sizeof *l);
	l->kind = LISTING_FEED;
	l->stored = true;
	l->dir = xstrdup(url);
	l->title = fi.title != NULL ? fi.title : xstrdup(url);
	l->site = fi.site;
	fi.title = fi.site = NULL;
	l->entries = xcalloc(ne > 0 ? ne : 1, sizeof *l->entries);
	for (i = 0; i < ne; i++)
		stored_entry(&l->entries[i], &e[i]);
	l->n = ne;
	store_entries_free(e, ne);
	store_feed_info_clear(&fi);
	return l;
}

static void	 refresh_add(struct nav *, const char *, bool);

int
nav_feed_stored(struct nav *n, const char *target, struct nav_page *out)
{
	struct listing	*l;

	if (!url_is_web(target) || (l = stored_listing(n, target)) == NULL)
		return 0;
	memset(out, 0, sizeof *out);
	out->target = xstrdup(target);
	out->listing = l;
	n->fresh = l;
	/* As the library had it, at once; what is new comes behind. */
	refresh_add(n, target, true);
	return 1;
}

/*
 * Entries.
 */

bool
nav_from_feed(const struct nav *n, const char *feed)
{
	const struct listing	*l = n->list.listing;
	size_t			 i;

	if (n->cur.article == NULL || l == NULL || l->kind != LISTING_FEED ||
	    (feed != NULL && !url_same(l->dir, feed) &&
	    strcmp(l->dir, feed) != 0))
		return false;
	for (i = 0; i < l->n; i++)
		if (strcmp(l->entries[i].path, n->cur.target) == 0)
			return true;
	return false;
}

struct listing_entry *
nav_feed_entry(struct nav *n, const char *target, struct listing **lp)
{
	struct listing	*ls[2] = { n->cur.listing, n->list.listing };
	size_t		 i, j;

	for (i = 0; i < 2; i++) {
		if (ls[i] == NULL || ls[i]->kind != LISTING_FEED)
			continue;
		for (j = 0; j < ls[i]->n; j++) {
			if (strcmp(ls[i]->entries[j].path, target) == 0) {
				if (lp != NULL)
					*lp = ls[i];
				return &ls[i]->entries[j];
			}
		}
	}
	return NULL;
}

/* The entry's own text as a page: its title, date and address, and its
 * content (else its summary), read as any article. NULL with *cause when
 * it carries no text. */
static struct article *
entry_article(const char *target, const struct store_entry *e, char **cause)
{
	const char	*title = e->title, *date = e->date, *url = e->url;
	const char	*content = e->content, *summary = e->summary;

	struct buf	 b = BUF_INIT;
	struct fetched	 f;
	struct article	*a;

	if ((content == NULL || *content == '\0') &&
	    (summary == NULL || *summary == '\0')) {
		*cause = xstrdup("the feed carries no text of this entry");
		return NULL;
	}
	buf_adds(&b, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
	    "<title>");
	buf_add_escaped(&b, title != NULL ? title : "");
	buf_adds(&b, "</title>");
	if (e->author != NULL) {
		buf_adds(&b, "<meta name=\"author\" content=\"");
		buf_add_escaped(&b, e->author);
		buf_adds(&b, "\">");
	}
	if (date != NULL) {
		buf_adds(&b, "<meta property=\"article:published_time\" "
		    "content=\"");
		buf_add_escaped(&b, date);
		buf_adds(&b, "\">");
	}
	if (url != NULL && url_is_web(url)) {
		buf_adds(&b, "<link rel=\"canonical\" href=\"");
		buf_add_escaped(&b, url);
		buf_adds(&b, "\">");
	}
	buf_adds(&b, "</head><body><article><h1>");
	buf_add_escaped(&b, title != NULL ? title : "");
	buf_adds(&b, "</h1>\n");
	if (content != NULL && *content != '\0')
		buf_adds(&b, content);
	else {
		buf_adds(&b, "<p>");
		buf_add_escaped(&b, summary);
		buf_adds(&b, "</p>");
	}
	buf_adds(&b, "</article></body></html>\n");
	memset(&f, 0, sizeof f);
	f.data = buf_finish(&b, &f.len);
	f.content_type = xstrdup("text/html; charset=utf-8");
	a = article_read(&f, target, 0, cause);
	fetched_free(&f);
	return a;
}

/* The entry of target, with its text: from the feed at hand, else from
 * the library. *e is set to a copy the caller frees with
 * store_entries_free(*e, 1); false when there is none. */
static bool
find_entry(struct nav *n, const char *target, struct store_entry **e)
{
	struct listing_entry	*le = nav_feed_entry(n, target, NULL);
	char			*key, *cause = NULL;
	int			 r;

	*e = NULL;
	if (le != NULL && le->content != NULL) {
		*e = xcalloc(1, sizeof **e);
		(*e)->title = xstrdup(le->title);
		(*e)->date = dup_or_null(le->date);
		(*e)->url = dup_or_null(le->url);
		(*e)->content = xstrdup(le->content);
		(*e)->summary = dup_or_null(le->summary);
		(*e)->author = dup_or_null(le->author);
		return true;
	}
	if (n->store == NULL)
		return false;
	key = entry_key(target);
	/* Only a look: what is wrong with the library is said when the
	 * article is recorded. */
	r = store_entry_get(n->store, key, e, &cause);
	free(key);
	free(cause);
	if (r != 1 && le != NULL && le->summary != NULL) {
		/* Not in the library: the summary the listing has. */
		*e = xcalloc(1, sizeof **e);
		(*e)->title = xstrdup(le->title);
		(*e)->date = dup_or_null(le->date);
		(*e)->url = dup_or_null(le->url);
		(*e)->summary = xstrdup(le->summary);
		(*e)->author = dup_or_null(le->author);
		return true;
	}
	return r == 1;
}

int
nav_entry_page(struct nav *n, const char *target, struct nav_page *out,
    char **cause)
{
	struct store_entry	*e;
	struct article		*a;

	memset(out, 0, sizeof *out);
	if (!find_entry(n, target, &e)) {
		*cause = xstrdup("this feed entry is no longer at hand: open "
		    "its feed again");
		return -1;
	}
	a = entry_article(target, e, cause);
	store_entries_free(e, 1);
	if (a == NULL)
		return -1;
	out->target = xstrdup(target);
	out->article = a;
	free(n->note);
	n->note = xstrdup("the feed's own text: this entry has no page");
	return 0;
}

/* The length of an article's text. */
static size_t
text_len(const struct article *a)
{
	return a != NULL && a->doc->body != NULL ? strlen(a->doc->body) : 0;
}

int
nav_entry_check(struct nav *n, const char *target, struct nav_page *pg,
    char **cause)
{
	struct store_entry	*e;
	struct article		*a;
	char			*why = NULL;

	if (!find_entry(n, target, &e))
		return pg->article != NULL || pg->listing != NULL ? 0 : -1;
	if (pg->listing != NULL) {
		store_entries_free(e, 1);
		return 0;
	}
	a = entry_article(target, e, &why);
	store_entries_free(e, 1);
	free(why);
	if (a == NULL)
		return pg->article != NULL ? 0 : -1;
	if (pg->article != NULL && text_len(pg->article) >= text_len(a)) {
		/* The page says as much or more: the whole article. */
		article_free(a);
		return 0;
	}
	free(n->note);
	if (pg->article == NULL) {
		n->note = xasprintf("the feed's own text: the page could not "
		    "be had (%s)", *cause);
		free(*cause);
		*cause = NULL;
		pg->target = xstrdup(target);
	} else {
		n->note = xstrdup("the feed's own text: the page says less");
		article_free(pg->article);
	}
	pg->article = a;
	return 0;
}

/*
 * The feeds subscribed to.
 */

/* A feeds listing's row: its title (the feeds file's, else the feed's
 * own, else its address), and its counts and note from what the library
 * knows. */
static void
feed_row(struct nav *n, struct listing_entry *e)
{
	const char		*title = e->id;
	struct store_feed_info	 fi;
	struct store_feed_counts c;
	char			*cause = NULL;
	int			 r = 0;

	free(e->note);
	e->note = NULL;
	e->failed = false;
	memset(&c, 0, sizeof c);
	if (n->store != NULL &&
	    ((r = store_feed_info(n->store, e->path, &fi, &cause)) == -1 ||
	    (r == 1 && store_feed_counts(n->store, e->path, &c,
	    &cause) == -1))) {
		nav_library_failed(n, cause, true);
		if (r == 1)
			store_feed_info_clear(&fi);
		r = 0;
	}
	free(e->title);
	e->title = NULL;
	if (r == 0) {
		e->title = xstrdup(title != NULL ? title : e->path);
		e->note = xstrdup(n->store != NULL ? "not fetched yet" :
		    "(the library is off)");
		return;
	}
	e->title = xstrdup(title != NULL ? title : fi.title != NULL ?
	    fi.title : e->path);
	e->total = c.total;
	e->unread = c.unread;
	e->read = c.total > 0 && c.unread == 0;
	if (fi.error != NULL) {
		e->note = xasprintf("failed: %s", fi.error);
		e->failed = true;
	}
	/* The date of its newest entry. */
	free(e->date);
	e->date = c.newest;
	store_feed_info_clear(&fi);
}

int
nav_feeds_listing(struct nav *n, struct listing **out, char **cause)
{
	struct subs	 s;
	struct listing	*l;
	char		*path;
	size_t		 i;
	int		 r;

	if ((path = subs_path()) == NULL) {
		*cause = xstrdup("no feeds file: neither XDG_CONFIG_HOME nor "
		    "HOME is set");
		return -1;
	}
	if ((r = subs_read(&s, path, cause)) == -1) {
		free(path);
		return -1;
	}
	if (r == 1 || s.n == 0) {
		*cause = xasprintf("no feeds in %s: one address a line, as "
		    "newsboat's urls file has them", path);
		free(path);
		subs_free(&s);
		return -1;
	}
	l = xcalloc(1, sizeof *l);
	l->kind = LISTING_FEEDS;
	l->dir = path;
	l->title = xstrdup("Feeds");
	if (s.nwarnings > 0)
		l->note = s.nwarnings == 1 ? xstrdup(s.warnings[0]) :
		    xasprintf("%s (and %zu more)", s.warnings[0],
		    s.nwarnings - 1);
	l->entries = xcalloc(s.n, sizeof *l->entries);
	for (i = 0; i < s.n; i++) {
		struct listing_entry *e = &l->entries[i];

		e->path = xstrdup(s.v[i].url);
		e->url = xstrdup(s.v[i].url);
		/* The tags, taken. */
		e->tags = s.v[i].tags;
		e->ntags = s.v[i].ntags;
		s.v[i].tags = NULL;
		s.v[i].ntags = 0;
		e->id = s.v[i].title != NULL ? xstrdup(s.v[i].title) : NULL;
		feed_row(n, e);
	}
	l->n = s.n;
	subs_free(&s);
	*out = l;
	return 0;
}

/*
 * Refreshing.
 */

static void
refresh_add(struct nav *n, const char *url, bool quiet)
{
	size_t	 i;

	for (i = 0; i < n->nrefresh; i++) {
		if (strcmp(n->refresh[i].url, url) == 0) {
			if (!quiet)
				n->refresh[i].quiet = false;
			return;
		}
	}
	n->refresh = xreallocarray(n->refresh, n->nrefresh + 1,
	    sizeof *n->refresh);
	memset(&n->refresh[n->nrefresh], 0, sizeof *n->refresh);
	n->refresh[n->nrefresh].url = xstrdup(url);
	n->refresh[n->nrefresh].quiet = quiet;
	n->nrefresh++;
}

void
nav_refresh(struct nav *n, size_t i)
{
	struct listing	*l = n->cur.listing;
	size_t		 k;

	if (l == NULL || l->kind != LISTING_FEEDS)
		return;
	if (n->store == NULL) {
		nav_say(n, true, "feeds are refreshed into the library, and "
		    "it is off");
		return;
	}
	if (i != SIZE_MAX && i >= l->n)
		return;
	for (k = 0; k < l->n; k++) {
		if (i != SIZE_MAX && k != i)
			continue;
		refresh_add(n, l->entries[k].path, false);
		free(l->entries[k].note);
		l->entries[k].note = xstrdup("refreshing...");
		l->entries[k].failed = false;
	}
	nav_refresh_run(n);
}

bool
nav_refreshing(const struct nav *n, size_t *done, size_t *total)
{
	size_t	 i, d = 0, t = 0;

	for (i = 0; i < n->nrefresh; i++) {
		if (n->refresh[i].quiet)
			continue;
		t++;
		d += n->refresh[i].done;
	}
	if (done != NULL)
		*done = d;
	if (total != NULL)
		*total = t;
	return t > 0 && d < t;
}

/* How long the transaction open across waits may stay open yet (ms; 0
 * when it is NAV_BATCH_MS old). */
static long
batch_left(const struct nav *n)
{
	struct timespec	 now;
	long		 ms;

	clock_gettime(CLOCK_MONOTONIC, &now);
	ms = NAV_BATCH_MS - ((long)(now.tv_sec - n->batch_at.tv_sec) * 1000 +
	    (now.tv_nsec - n->batch_at.tv_nsec) / 1000000);
	return ms > 0 ? ms : 0;
}

/* End the transaction the feeds that came were written in. */
static void
end_batch(struct nav *n)
{
	char	*cause = NULL;

	n->batch = false;
	if (n->store != NULL && store_batch_end(n->store, &cause) == -1)
		nav_library_failed(n, cause, false);
}

void
nav_refresh_wait(const struct nav *n, struct wait *w)
{
	size_t	 i;

	/* The transaction open across waits ends in time. */
	if (n->batch)
		wait_within(w, batch_left(n));
	for (i = 0; i < n->nrefresh; i++) {
		if (n->refresh[i].job != NULL) {
			fetch_wait(w);
			return;
		}
	}
}

void
nav_refresh_free(struct nav *n)
{
	size_t	 i;

	if (n->batch)
		end_batch(n);
	for (i = 0; i < n->nrefresh; i++) {
		free(n->refresh[i].url);
		fetch_job_free(n->refresh[i].job);
	}
	free(n->refresh);
	n->refresh = NULL;
	n->nrefresh = n->refreshed = n->fresh_entries = 0;
	n->refresh_failed = 0;
}

/* The rows for url in the feeds listings at hand: their notes. */
static void
note_rows(struct nav *n, const char *url, const char *fmt, ...)
    FOLIO_PRINTF(3, 4);

static void
note_rows(struct nav *n, const char *url, const char *fmt, ...)
{
	struct listing	*ls[2] = { n->cur.listing, n->list.listing };
	va_list		 ap;
	char		*note;
	size_t		 i, j;

	va_start(ap, fmt);
	note = xvasprintf(fmt, ap);
	va_end(ap);
	for (i = 0; i < 2; i++) {
		if (ls[i] == NULL || ls[i]->kind != LISTING_FEEDS)
			continue;
		for (j = 0; j < ls[i]->n; j++) {
			struct listing_entry *e = &ls[i]->entries[j];

			if (strcmp(e->path, url) != 0)
				continue;
			/* The counts from the library, then what happened. */
			feed_row(n, e);
			if (!e->failed) {
				free(e->note);
				e->note = xstrdup(note);
			}
		}
	}
	free(note);
}

static void	 refresh_failed(struct nav *, struct refresh *, char *);

/* The feeds that come at once are written in one transaction: begun with
 * the first of them (true when one is begun). */
static bool
begin_batch(struct nav *n, bool batch)
{
	char	*cause = NULL;

	if (batch || n->store == NULL || n->nrefresh < 2)
		return batch;
	if (n->batch)
		return true;
	if (store_batch_begin(n->store, &cause) == 0) {
		if (n->flags & NAV_UNATTENDED) {
			n->batch = true;
			clock_gettime(CLOCK_MONOTONIC, &n->batch_at);
		}
		return true;
	}
	nav_library_failed(n, cause, true);
	return false;
}

/* A feed fetched (f, taken) for refresh r. */
static void
refreshed(struct nav *n, struct refresh *r, struct fetched *f)
{
	struct nav_page	 pg;
	struct listing	*l;
	char		*cause = NULL;
	int		 fresh;

	if (f->not_modified) {
		if (n->store != NULL &&
		    store_feed_tried(n->store, r->url, NULL, &cause) == -1)
			nav_library_failed(n, cause, true);
		note_rows(n, r->url, "not changed");
		fetched_free(f);
		return;
	}
	memset(&pg, 0, sizeof pg);
	if (nav_feed_page(r->url, f, &pg, &cause) == -1) {
		fetched_free(f);
		refresh_failed(n, r, cause);
		return;
	}
	fresh = n->store != NULL ? record(n, pg.listing, f->etag,
	    f->last_modified) : -1;
	fetched_free(f);
	if (fresh > 0)
		n->fresh_entries += (size_t)fresh;
	note_rows(n, r->url, fresh > 0 ? "%d new" : "up to date", fresh);
	nav_page_clear(&pg);
	/* The feed open, brought up to date where the reader is. */
	if (fresh > 0 && n->cur.listing != NULL &&
	    n->cur.listing->kind == LISTING_FEED &&
	    strcmp(n->cur.listing->dir, r->url) == 0 &&
	    n->load.job == NULL && (l = stored_listing(n, r->url)) != NULL) {
		memset(&pg, 0, sizeof pg);
		pg.target = xstrdup(n->cur.target);
		pg.listing = l;
		n->fresh = l;
		free(n->note);
		n->note = xasprintf("%d new entr%s", fresh, fresh == 1 ? "y" :
		    "ies");
		nav_opened(n, LOAD_RELOAD, n->hcur, &pg);
	}
}

/* A refresh that could not fetch its feed. */
static void
refresh_failed(struct nav *n, struct refresh *r, char *cause)
{
	char	*c2 = NULL;

	if (n->store != NULL &&
	    store_feed_tried(n->store, r->url, cause, &c2) == -1)
		nav_library_failed(n, c2, true);
	n->refresh_failed++;
	note_rows(n, r->url, "failed");
	free(cause);
}

void
nav_refresh_run(struct nav *n)
{
	struct store_feed_info	 fi;
	struct fetched		 f;
	struct refresh		*r;
	char			*cause;
	size_t			 i, running = 0, done = 0, loud = 0, ended;
	int			 rr;
	bool			 batch = false;

	for (i = 0; i < n->nrefresh; i++)
		running += n->refresh[i].job != NULL;
again:
	/* The jobs that may start, all of them before any is run (fetch
	 * sets them going eight at a time as they start): each run carries
	 * every transfer on, once for them all. */
	ended = 0;
	for (i = 0; i < n->nrefresh && n->store != NULL &&
	    running < NAV_REFRESH_JOBS; i++) {
		r = &n->refresh[i];
		cause = NULL;
		if (r->done || r->job != NULL || !url_is_web(r->url))
			continue;
		if (store_feed_info(n->store, r->url, &fi, &cause) == -1) {
			nav_library_failed(n, cause, true);
			cause = NULL;
		}
		r->job = fetch_job_start_if(r->url, fi.etag,
		    fi.last_modified);
		store_feed_info_clear(&fi);
		running++;
	}
	for (i = 0; i < n->nrefresh && n->store != NULL; i++) {
		r = &n->refresh[i];
		cause = NULL;
		if (!r->done && r->job == NULL && !url_is_web(r->url)) {
			/* A file: read at once. */
			batch = begin_batch(n, batch);
			r->done = true;
			if (fetch_file(r->url, &f, &cause) == -1)
				refresh_failed(n, r, cause);
			else
				refreshed(n, r, &f);
			continue;
		}
		if (r->job == NULL || (rr = fetch_job_run(r->job, &f,
		    &cause)) == 0)
			continue;
		fetch_job_free(r->job);
		r->job = NULL;
		r->done = true;
		running--;
		ended++;
		batch = begin_batch(n, batch);
		if (rr == 1)
			refreshed(n, r, &f);
		else
			refresh_failed(n, r, cause);
	}
	/* Room for jobs that wait their turn: they start now, not after
	 * the next wait. */
	for (i = 0; ended > 0 && i < n->nrefresh; i++) {
		r = &n->refresh[i];
		if (!r->done && r->job == NULL && url_is_web(r->url))
			goto again;
	}
	for (i = 0; i < n->nrefresh; i++) {
		done += n->refresh[i].done;
		loud += !n->refresh[i].quiet;
	}
	/* Without a reader, what came stays in the open transaction until
	 * the refresh is over or the transaction NAV_BATCH_MS old: fewer
	 * commits, each page of the library written fewer times. */
	if ((batch || n->batch) && (!n->batch || done == n->nrefresh ||
	    batch_left(n) == 0))
		end_batch(n);
	if (n->nrefresh == 0)
		return;
	if (n->store == NULL) {
		nav_refresh_free(n);
		return;
	}
	if (done < n->nrefresh)
		return;
	if (loud > 0 && n->refresh_failed > 0)
		nav_say(n, true, "refreshed %zu feed%s: %zu new entr%s, %zu "
		    "failed", loud, loud == 1 ? "" : "s", n->fresh_entries,
		    n->fresh_entries == 1 ? "y" : "ies", n->refresh_failed);
	else if (loud > 0)
		nav_say(n, false, "refreshed %zu feed%s: %zu new entr%s",
		    loud, loud == 1 ? "" : "s", n->fresh_entries,
		    n->fresh_entries == 1 ? "y" : "ies");
	nav_refresh_free(n);
}
