/* nav.c: history, loading and following links (nav.h). */
#include "config.h"

#include <sys/stat.h>

#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "article.h"
#include "cache.h"
#include "doc.h"
#include "entities.h"
#include "feed.h"
#include "fetch.h"
#include "folder.h"
#include "listing.h"
#include "nav.h"
#include "nav_int.h"
#include "resolve.h"
#include "store.h"
#include "title.h"
#include "url.h"
#include "wait.h"
#include "xmalloc.h"

struct nav *
nav_new(unsigned flags)
{
	struct nav	*n = xcalloc(1, sizeof *n);

	n->flags = flags & (NAV_RAW | NAV_UNATTENDED);
	return n;
}

void
nav_page_clear(struct nav_page *pg)
{
	free(pg->target);
	article_free(pg->article);
	listing_free(pg->listing);
	memset(pg, 0, sizeof *pg);
}

void
nav_event_clear(struct nav_event *ev)
{
	free(ev->target);
	free(ev->msg);
	memset(ev, 0, sizeof *ev);
}

void
nav_free(struct nav *n)
{
	size_t	 i;

	if (n == NULL)
		return;
	for (i = 0; i < n->nqueue; i++) {
		nav_event_clear(&n->queue[i].ev);
		nav_page_clear(&n->queue[i].retired);
	}
	free(n->queue);
	for (i = 0; i < n->nhist; i++)
		free(n->hist[i].target);
	free(n->hist);
	fetch_job_free(n->load.job);
	fetch_job_free(n->ahead);
	nav_page_clear(&n->list);
	nav_page_clear(&n->cur);
	free(n->key);
	for (i = 0; i < n->nseen; i++)
		free(n->seen[i]);
	free(n->seen);
	free(n->note);
	free(n->etag);
	free(n->last_modified);
	nav_refresh_free(n);
	free(n);
}

void
nav_set_library(struct nav *n, struct store *st)
{
	n->store = st;
}

/* The page of target, whose bytes are in f (freed here): the article
 * read, its links resolved among the saved files when it is one. */
static int
page_of(const char *target, unsigned flags, struct fetched *f,
    struct nav_page *out, char **cause)
{
	struct article	*a;
	int		 r;

	if (!(flags & NAV_RAW) && feed_sniff(f->data, f->len,
	    f->content_type)) {
		r = nav_feed_page(target, f, out, cause);
		fetched_free(f);
		return r;
	}
	a = article_read(f, target, flags & NAV_RAW ? ARTICLE_RAW : 0, cause);
	fetched_free(f);
	if (a == NULL)
		return -1;
	if (!(flags & NAV_RAW) && !url_is_web(target) &&
	    strcmp(target, "-") != 0)
		resolve_links(a->doc, target);
	out->target = xstrdup(target);
	out->article = a;
	return 0;
}

int
nav_load(const char *target, unsigned flags, struct nav_page *out,
    char **cause)
{
	struct fetched	 f;
	bool		 url = url_is_web(target);

	memset(out, 0, sizeof *out);
	if (!url && folder_is_dir(target)) {
		if ((out->listing = folder_scan(target, cause)) == NULL)
			return -1;
		out->target = xstrdup(target);
		return 0;
	}
	if (url) {
		if (flags & NAV_FRESH)
			cache_drop(target);
		if (cache_get(target, &f) == -1) {
			if (fetch_url(target, &f, cause) == -1)
				return -1;
			cache_put(target, &f);
		}
	} else if (fetch_file(target, &f, cause) == -1)
		return -1;
	return page_of(target, flags, &f, out, cause);
}

void
nav_cleanup(void)
{
	cache_clear();
	resolve_cleanup();
	fetch_cleanup();
}

/*
 * Events.
 */

static struct queued *
push(struct nav *n, enum nav_event_kind kind)
{
	struct queued	*q;

	if (n->nqueue == n->qcap) {
		n->qcap = n->qcap ? n->qcap * 2 : 4;
		n->queue = xreallocarray(n->queue, n->qcap, sizeof *n->queue);
	}
	q = &n->queue[n->nqueue++];
	memset(q, 0, sizeof *q);
	q->ev.kind = kind;
	return q;
}

void
nav_say(struct nav *n, bool error, const char *fmt, ...)
{
	struct queued	*q = push(n, NAV_MESSAGE);
	va_list		 ap;

	va_start(ap, fmt);
	q->ev.msg = xvasprintf(fmt, ap);
	va_end(ap);
	q->ev.error = error;
}

bool
nav_take(struct nav *n, struct nav_event *ev)
{
	if (n->nqueue == 0)
		return false;
	*ev = n->queue[0].ev;
	if (n->queue[0].retired.listing != NULL) {
		nav_page_clear(&n->list);
		n->list = n->queue[0].retired;
	} else
		nav_page_clear(&n->queue[0].retired);
	memmove(&n->queue[0], &n->queue[1], (n->nqueue - 1) *
	    sizeof *n->queue);
	n->nqueue--;
	return true;
}

const struct nav_page *
nav_current(const struct nav *n)
{
	return n->cur.target != NULL ? &n->cur : NULL;
}

const char *
nav_loading(const struct nav *n)
{
	return n->load.job != NULL ? fetch_job_url(n->load.job) : NULL;
}

bool
nav_progress(const struct nav *n, struct nav_progress *pr)
{
	struct fetch_progress	 fp;

	memset(pr, 0, sizeof *pr);
	if (n->load.job == NULL)
		return false;
	fetch_job_progress(n->load.job, &fp);
	pr->got = fp.got;
	pr->total = fp.total;
	pr->seconds = fp.seconds;
	return true;
}

bool
nav_cancel(struct nav *n)
{
	struct queued	*q;

	if (n->load.job == NULL)
		return false;
	q = push(n, NAV_CANCELLED);
	q->ev.target = xstrdup(fetch_job_url(n->load.job));
	q->ev.msg = xasprintf("cancelled: %s", q->ev.target);
	fetch_job_free(n->load.job);
	memset(&n->load, 0, sizeof n->load);
	return true;
}

void
nav_wait(const struct nav *n, struct wait *w)
{
	if (n->load.job != NULL || n->ahead != NULL)
		fetch_wait(w);
	/* The refresh's transfers again, and when its batch is due. */
	nav_refresh_wait(n, w);
}

bool
nav_can_forward(const struct nav *n)
{
	return n->hcur + 1 < n->nhist;
}

/*
 * Loads.
 */

/* Keep where the reader is on the current page. */
static void
save(struct nav *n, const struct nav_pos *here)
{
	if (n->nhist > 0 && here != NULL)
		n->hist[n->hcur].pos = *here;
}

/* A load failed: say why. */
void
nav_failed(struct nav *n, const char *target, char *cause)
{
	struct queued	*q = push(n, NAV_FAILED);

	/* What the page would have said is not said. */
	free(n->note);
	n->note = NULL;
	q->ev.target = xstrdup(target);
	q->ev.msg = cause;
	q->ev.error = true;
}

static void	 library_cache(struct nav *, const char *,
		    const struct fetched *);

/*
 * The next post of the article open, fetched ahead into the page cache
 * while the reader reads, so that ] opens it at once: one page (within
 * the size limit, as any), only over http(s), never one fetched before.
 * A page fetched ahead and not wanted yet stays in the cache; one being
 * fetched when another article opens is given up.
 */
static void
fetch_ahead(struct nav *n)
{
	const struct navlink	*l;
	const char		*url;

	l = n->cur.article != NULL ? &n->cur.article->doc->next : NULL;
	url = l != NULL && l->file == NULL ? l->href : NULL;
	if (url != NULL && (!url_is_web(url) || cache_has(url) ||
	    strcmp(url, n->cur.target) == 0 ||
	    fetch_url_unavailable() != NULL))
		url = NULL;
	if (n->ahead != NULL && url != NULL &&
	    strcmp(fetch_job_url(n->ahead), url) == 0)
		return;
	fetch_job_free(n->ahead);
	n->ahead = url != NULL ? fetch_job_start(url) : NULL;
}

/* Carry on the fetch ahead: a page that came goes to the cache; one
 * that could not be had is forgotten (] will say why). */
static void
run_ahead(struct nav *n)
{
	struct fetched	 f;
	char		*cause = NULL;
	int		 r;

	if (n->ahead == NULL || (r = fetch_job_run(n->ahead, &f, &cause)) == 0)
		return;
	if (r == 1) {
		cache_put(fetch_job_url(n->ahead), &f);
		library_cache(n, fetch_job_url(n->ahead), &f);
		fetched_free(&f);
	}
	free(cause);
	fetch_job_free(n->ahead);
	n->ahead = NULL;
}

/*
 * The library.
 */

/* The library failed: say so (unless quiet), and go on without it; but
 * a lock another folio held too long is no fault of the library, and it
 * stays on (what was not written is written at the next move). */
void
nav_library_failed(struct nav *n, char *cause, bool quiet)
{
	if (store_busy(n->store)) {
		if (!quiet)
			nav_say(n, true, "%s: not recorded this time", cause);
		free(cause);
		return;
	}
	nav_say(n, true, "the library is off: %s", cause);
	free(cause);
	n->store = NULL;
	free(n->key);
	n->key = NULL;
}

/* A page fetched from url: cached in the library too, so that it reads
 * in a later run when it cannot be fetched. */
static void
library_cache(struct nav *n, const char *url, const struct fetched *f)
{
	struct store_page	 p;
	char			*key, *cause = NULL;

	if (n->store == NULL || f->not_modified ||
	    (key = store_key(url)) == NULL)
		return;
	memset(&p, 0, sizeof p);
	p.data = f->data;
	p.len = f->len;
	p.type = f->content_type;
	p.url = f->url;
	if (store_page_cache(n->store, key, &p, &cause) == -1)
		nav_library_failed(n, cause, true);
	free(key);
}

/* The load of target failed (*cause): its page as the library has it,
 * kept or cached, into *pg, and the event to say so (*cause is taken
 * then). 0, or -1 when the library has no copy that reads. */
static int
from_copy(struct nav *n, const char *target, struct nav_page *pg,
    char **cause)
{
	struct store_page	 p;
	struct fetched		 f;
	struct tm		*tm;
	time_t			 t;
	char			*key, *c2 = NULL, day[32];
	int			 r;

	if (n->store == NULL || (key = store_key(target)) == NULL)
		return -1;
	/* Only a look: what is wrong with the library is said as the
	 * article is recorded. */
	r = store_page_get(n->store, key, &p, &c2);
	free(key);
	free(c2);
	c2 = NULL;
	if (r != 1)
		return -1;
	memset(&f, 0, sizeof f);
	f.data = p.data;
	f.len = p.len;
	f.content_type = p.type;
	f.url = p.url;
	t = (time_t)p.fetched;
	if ((tm = localtime(&t)) == NULL ||
	    strftime(day, sizeof day, "%Y-%m-%d", tm) == 0)
		strcpy(day, "an earlier day");
	free(n->note);
	n->note = xasprintf("%s: the copy %s on %s (%s)",
	    url_is_web(target) ? "offline" : "not read", p.kept != 0 ?
	    "kept" : "fetched", day, *cause);
	/* The page takes the bytes. */
	memset(&p, 0, sizeof p);
	if (page_of(target, n->flags, &f, pg, &c2) == -1) {
		memset(pg, 0, sizeof *pg);
		free(c2);
		free(n->note);
		n->note = NULL;
		return -1;
	}
	free(*cause);
	*cause = NULL;
	return 0;
}

void
nav_toggle_kept(struct nav *n)
{
	struct fetched		 f;
	struct store_page	 p, copy;
	char			*cause = NULL, *why = NULL;
	int			 r, got;

	if (n->cur.article == NULL)
		return;
	if (n->store == NULL) {
		nav_say(n, true, "nothing is kept: the library is off");
		return;
	}
	if (strncmp(n->cur.target, LISTING_ENTRY,
	    strlen(LISTING_ENTRY)) == 0) {
		nav_say(n, false, "the feed's own text: the library keeps it "
		    "with its feed");
		return;
	}
	if (n->key == NULL) {
		nav_say(n, true, "an article from standard input cannot be "
		    "kept");
		return;
	}
	if ((r = store_page_kept(n->store, n->key, &cause)) == 1) {
		if ((r = store_page_unkeep(n->store, n->key, &cause)) != -1)
			nav_say(n, false, "no longer kept");
	}
	if (r == -1) {
		nav_library_failed(n, cause, false);
		return;
	}
	if (r == 1)
		return;
	/* The bytes it was read from: the page fetched, the file, else
	 * the copy it opened from. */
	memset(&f, 0, sizeof f);
	memset(&copy, 0, sizeof copy);
	if (url_is_web(n->cur.target))
		got = cache_get(n->cur.target, &f) == 0;
	else
		got = fetch_file(n->cur.target, &f, &why) == 0;
	/* Only a look: what is wrong with the library is said below. */
	if (!got && store_page_get(n->store, n->key, &copy, &cause) != 1) {
		nav_say(n, true, "not kept: %s", why != NULL ? why :
		    "the page is no longer at hand (r reads it again)");
		free(why);
		free(cause);
		return;
	}
	free(why);
	memset(&p, 0, sizeof p);
	p.data = got ? f.data : copy.data;
	p.len = got ? f.len : copy.len;
	p.type = got ? f.content_type : copy.type;
	p.url = got ? f.url : copy.url;
	if (store_page_keep(n->store, n->key, &p, &cause) == -1)
		nav_library_failed(n, cause, false);
	else
		nav_say(n, false, "kept: readable offline");
	fetched_free(&f);
	store_page_clear(&copy);
}

/* Was key opened before in this run? Note that it was. */
static bool
seen(struct nav *n, const char *key)
{
	size_t	 i;

	for (i = 0; i < n->nseen; i++)
		if (strcmp(n->seen[i], key) == 0)
			return true;
	n->seen = xreallocarray(n->seen, n->nseen + 1, sizeof *n->seen);
	n->seen[n->nseen++] = xstrdup(key);
	return false;
}

/* The article open now: record it in the library. With resume, return
 * 1 with *pos where the reader stopped in it in an earlier run (not in
 * this one: here history keeps places, and a link opens a page at its
 * top), when a place was kept and it is not the top; else 0; -1 with
 * *cause on failure. */
static int
remember(struct nav *n, bool resume, struct nav_pos *pos, char **cause)
{
	const struct doc	*d = n->cur.article->doc;
	struct store_article	 a;
	struct store_place	 pl;
	int			 r;

	memset(&n->kept, 0, sizeof n->kept);
	n->kept.block = NAV_POS_LINE;
	if ((n->key = store_key(n->cur.target)) == NULL)
		return 0;
	if (seen(n, n->key))
		resume = false;
	memset(&a, 0, sizeof a);
	a.key = n->key;
	a.url = d->url;
	a.title = doc_headline(d) != NULL ? doc_headline(d) : d->title;
	a.site = d->site;
	a.date = d->date;
	if ((r = store_visit(n->store, &a, &pl, cause)) == -1)
		return -1;
	n->unindexed = true;
	if (r == 0)
		return 0;
	memset(pos, 0, sizeof *pos);
	pos->block = pl.block == STORE_AT_LINE || pl.block < 0 ?
	    NAV_POS_LINE : (size_t)pl.block;
	pos->off = pl.off > 0 ? (size_t)pl.off : 0;
	pos->line = pl.line > 0 ? (size_t)pl.line : 0;
	pos->pct = pl.pct;
	n->kept = *pos;
	if (!resume || (pos->block == NAV_POS_LINE && pos->line == 0))
		return 0;
	return 1;
}

/* A folder's index opened: its read marks, from the library. 0, or -1
 * with *cause. */
static int
marks(struct nav *n, struct listing *l, char **cause)
{
	size_t	 i;
	char	*key;
	int	 r;

	if (l == NULL)
		return 0;
	for (i = 0; i < l->n; i++) {
		if ((key = store_key(l->entries[i].path)) == NULL)
			continue;
		r = store_is_read(n->store, key, cause);
		free(key);
		if (r == -1)
			return -1;
		l->entries[i].read = r == 1;
	}
	return 0;
}

/* An article of the library as an entry of a listing: what h holds,
 * taken. */
static void
entry_of(struct listing_entry *e, struct store_hit *h)
{
	/* What opens it again: its file, else its URL. */
	e->path = h->file != NULL ? h->file : xstrdup(h->url);
	e->url = h->url;
	e->title = h->title;
	e->date = h->date;
	e->sortkey = h->last_read;
	e->read = h->read;
	e->kept = h->kept;
	h->file = h->url = h->title = h->date = NULL;
}

int
nav_library_listing(struct store *st, struct listing **out, char **cause)
{
	struct store_hit	*h;
	struct listing		*l;
	size_t			 n, i;

	if (st == NULL) {
		*cause = xstrdup("the library is off");
		return -1;
	}
	if (store_list(st, NAV_LIBRARY_MAX, &h, &n, cause) == -1)
		return -1;
	if (n == 0) {
		free(h);
		*cause = xstrdup("nothing read yet");
		return -1;
	}
	l = xcalloc(1, sizeof *l);
	l->dir = xstrdup("the library");
	l->entries = xcalloc(n, sizeof *l->entries);
	for (i = 0; i < n; i++)
		entry_of(&l->entries[i], &h[i]);
	l->n = n;
	store_hits_free(h, n);
	*out = l;
	return 0;
}

/* The target of the articles that mention a name, but one:
 * MENTIONS name US key (the unit separator, in no name). */
#define MENTIONS	"folio:mentions:"
#define MENTIONS_SEP	'\x1f'

void
nav_mentions(struct nav *n, size_t entity, const struct nav_pos *here)
{
	const struct entities	*e;
	const struct entity	*en;
	char			*target;

	if (n->cur.article == NULL || (e = n->cur.article->ents) == NULL ||
	    entity >= e->n)
		return;
	en = &e->list[entity];
	if (ENT_IS_FIGURE(en->type)) {
		nav_say(n, false, "the library keeps names, not figures: m "
		    "lists the articles that mention a name");
		return;
	}
	if (n->store == NULL) {
		nav_say(n, true, "the library is off: no other articles");
		return;
	}
	target = xasprintf("%s%s%c%s", MENTIONS, en->text, MENTIONS_SEP,
	    n->key != NULL ? n->key : "");
	nav_go(n, target, here);
	free(target);
}

/* The listing of a MENTIONS target; -1 with *cause when none. */
static int
mentions_listing(struct nav *n, const char *target, struct listing **out,
    char **cause)
{
	struct store_hit	*h;
	struct listing		*l;
	char			*name, *sep;
	size_t			 nh, i, all = 0;
	int			 r;

	if (n->store == NULL) {
		*cause = xstrdup("the library is off");
		return -1;
	}
	name = xstrdup(target + strlen(MENTIONS));
	if ((sep = strchr(name, MENTIONS_SEP)) != NULL)
		*sep++ = '\0';
	if (sep != NULL && *sep == '\0')
		sep = NULL;
	r = store_mentions(n->store, name, sep, NAV_MENTIONS_MAX, &h, &nh,
	    cause);
	/* As many as are listed: how many there are. */
	if (r == 0 && nh == NAV_MENTIONS_MAX &&
	    store_mentions_count(n->store, name, sep, &all, cause) == -1) {
		store_hits_free(h, nh);
		r = -1;
	}
	if (r == 0 && nh == 0) {
		*cause = xasprintf("no other article read mentions %s", name);
		free(h);
		r = -1;
	}
	if (r == -1) {
		free(name);
		return -1;
	}
	l = xcalloc(1, sizeof *l);
	l->dir = xasprintf("the library, mentioning %s", name);
	if (all > nh)
		l->note = xasprintf("the last %zu read of the %zu articles "
		    "that mention %s", nh, all, name);
	l->entries = xcalloc(nh, sizeof *l->entries);
	for (i = 0; i < nh; i++)
		entry_of(&l->entries[i], &h[i]);
	l->n = nh;
	store_hits_free(h, nh);
	free(name);
	*out = l;
	return 0;
}

void
nav_toggle_read(struct nav *n, size_t i)
{
	struct listing_entry	*e;
	struct store_article	 a;
	char			*cause = NULL;

	if (n->cur.listing == NULL || i >= n->cur.listing->n)
		return;
	if (n->store == NULL) {
		nav_say(n, true, "no read marks: the library is off");
		return;
	}
	if (n->cur.listing->kind == LISTING_FEEDS) {
		nav_say(n, false, "read marks are the entries': open the "
		    "feed");
		return;
	}
	e = &n->cur.listing->entries[i];
	memset(&a, 0, sizeof a);
	if ((a.key = store_key(e->path)) == NULL)
		return;
	a.url = e->url;
	a.title = e->title;
	a.date = e->date;
	if (store_mark(n->store, &a, !e->read, &cause) == -1)
		nav_library_failed(n, cause, false);
	else {
		e->read = !e->read;
		nav_say(n, false, "marked %s", e->read ? "read" : "not read");
	}
	free((char *)a.key);
}

bool
nav_pending(const struct nav *n)
{
	return n->unindexed && n->store != NULL && n->key != NULL;
}

/* The text and names of the article open, indexed for search (a
 * millisecond or two: once the article is on the screen). */
static void
index_current(struct nav *n)
{
	const struct doc	*d;
	const struct entities	*e;
	struct store_article	 a;
	struct store_name	*names;
	char			*cause = NULL;
	size_t			 i;

	if (!nav_pending(n) || n->cur.article == NULL)
		return;
	n->unindexed = false;
	d = n->cur.article->doc;
	e = n->cur.article->ents;
	memset(&a, 0, sizeof a);
	a.key = n->key;
	a.title = doc_headline(d) != NULL ? doc_headline(d) : d->title;
	a.body = d->body;
	names = xcalloc(e != NULL && e->n > 0 ? e->n : 1, sizeof *names);
	for (i = 0; e != NULL && i < e->n; i++) {
		if (ENT_IS_FIGURE(e->list[i].type))
			continue;
		names[a.nnames].text = e->list[i].text;
		names[a.nnames].type = entities_type_name(e->list[i].type);
		names[a.nnames++].count = e->list[i].count;
	}
	a.names = names;
	if (store_index(n->store, &a, &cause) == -1)
		nav_library_failed(n, cause, false);
	free(names);
}

void
nav_keep(struct nav *n, const struct nav_pos *here)
{
	struct store_place	 pl;
	char			*cause = NULL;

	if (n->nhist == 0 || here == NULL)
		return;
	n->hist[n->hcur].pos = *here;
	if (n->store == NULL || n->key == NULL ||
	    (here->block == n->kept.block && here->off == n->kept.off &&
	    here->line == n->kept.line && here->pct == n->kept.pct))
		return;
	pl.block = here->block == NAV_POS_LINE ? STORE_AT_LINE :
	    (long long)here->block;
	pl.off = (long long)here->off;
	pl.line = (long long)here->line;
	pl.pct = here->pct;
	if (store_keep(n->store, n->key, &pl, &cause) == -1) {
		nav_library_failed(n, cause, true);
		return;
	}
	n->kept = *here;
}

/* An article opened from a folder's index (the one just left, or the
 * last one left) has the headline the index gives it: without the
 * site's name that the folder's other articles share. */
static void
shared_site(struct nav *n, const struct listing *left)
{
	const struct listing	*ls[2] = { left, n->list.listing };
	struct doc		*d = n->cur.article->doc;
	size_t			 i, j;
	char			*h;

	for (i = 0; i < 2; i++) {
		if (ls[i] == NULL || ls[i]->kind != LISTING_FOLDER)
			continue;
		for (j = 0; j < ls[i]->n; j++) {
			const struct listing_entry *e = &ls[i]->entries[j];

			if (e->site == NULL || strcmp(e->path,
			    n->cur.target) != 0 || doc_headline(d) == NULL ||
			    (h = title_without(doc_headline(d), e->site)) ==
			    NULL)
				continue;
			free(d->headline);
			d->headline = h;
			if (d->site == NULL)
				d->site = xstrdup(e->site);
			return;
		}
	}
}

/* A load gave pg: it is the current page now, at its place in history. */
void
nav_opened(struct nav *n, enum load_kind kind, size_t to,
    struct nav_page *pg)
{
	struct queued	*q = push(n, NAV_OPENED);
	struct nav_pos	 pos;
	char		*cause = NULL;
	size_t		 i;
	int		 r;
	q->retired = n->cur;
	n->cur = *pg;
	if (n->cur.article != NULL)
		shared_site(n, q->retired.listing);
	switch (kind) {
	case LOAD_GO:
		for (i = n->nhist > 0 ? n->hcur + 1 : 0; i < n->nhist; i++)
			free(n->hist[i].target);
		if (n->nhist > 0)
			n->nhist = n->hcur + 1;
		n->hist = xreallocarray(n->hist, n->nhist + 1,
		    sizeof *n->hist);
		memset(&n->hist[n->nhist], 0, sizeof n->hist[n->nhist]);
		n->hist[n->nhist].target = xstrdup(n->cur.target);
		n->hist[n->nhist].pos.block = NAV_POS_LINE;	/* the top */
		n->hcur = n->nhist++;
		q->ev.pos = n->hist[n->hcur].pos;
		break;
	case LOAD_MOVE:
		n->hcur = to;
		q->ev.pos = n->hist[to].pos;
		break;
	case LOAD_RELOAD:
		q->ev.pos = n->hist[n->hcur].pos;
		q->ev.msg = xstrdup("reloaded");
		break;
	}
	n->hist[n->hcur].index = n->cur.listing != NULL;
	/* What the page says as it opens: why it is what it is, else what
	 * was wrong with a feed. */
	if (n->note != NULL) {
		free(q->ev.msg);
		q->ev.msg = n->note;
		n->note = NULL;
	} else if (n->cur.listing != NULL && n->cur.listing->note != NULL &&
	    kind != LOAD_MOVE) {
		free(q->ev.msg);
		q->ev.msg = xstrdup(n->cur.listing->note);
	}
	fetch_ahead(n);
	if (n->store == NULL)
		return;
	/* What was open is no longer: no place is kept for it now. */
	free(n->key);
	n->key = NULL;
	n->unindexed = false;
	/* q is the last event: a message pushed now would move it. */
	if (n->cur.article != NULL)
		r = remember(n, kind == LOAD_GO, &pos, &cause);
	else if (n->cur.listing->kind == LISTING_FEED) {
		nav_feed_opened(n, n->cur.listing, n->etag,
		    n->last_modified);
		r = 0;
	} else if (n->cur.listing->kind == LISTING_FOLDER &&
	    strcmp(n->cur.target, NAV_LIBRARY) != 0 &&
	    strncmp(n->cur.target, MENTIONS, strlen(MENTIONS)) != 0)
		r = marks(n, n->cur.listing, &cause);
	else
		r = 0;		/* its marks are the library's */
	if (r == 1) {
		q->ev.pos = n->hist[n->hcur].pos = pos;
		q->ev.resumed = true;
	}
	if (r == -1)
		nav_library_failed(n, cause, false);
}

/* Start a load: at once when it need not wait on the network, else its
 * fetch starts and the load is pending (a load pending before is
 * dropped). */
static void
start(struct nav *n, enum load_kind kind, const char *target, size_t to,
    unsigned flags)
{
	struct load	*l = &n->load;
	struct nav_page	 pg;
	char		*cause = NULL;

	fetch_job_free(l->job);
	memset(l, 0, sizeof *l);
	if (strcmp(target, NAV_FEEDS) == 0) {
		memset(&pg, 0, sizeof pg);
		if (nav_feeds_listing(n, &pg.listing, &cause) == -1)
			nav_failed(n, "the feeds", cause);
		else {
			pg.target = xstrdup(target);
			nav_opened(n, kind, to, &pg);
		}
		return;
	}
	if (strncmp(target, LISTING_ENTRY, strlen(LISTING_ENTRY)) == 0) {
		if (nav_entry_page(n, target, &pg, &cause) == -1)
			nav_failed(n, target, cause);
		else
			nav_opened(n, kind, to, &pg);
		return;
	}
	if (!(flags & NAV_FRESH) && kind != LOAD_RELOAD &&
	    nav_feed_stored(n, target, &pg) == 1) {
		/* A feed as the library had it; its refresh comes behind. */
		nav_opened(n, kind, to, &pg);
		return;
	}
	if (strcmp(target, NAV_LIBRARY) == 0 ||
	    strncmp(target, MENTIONS, strlen(MENTIONS)) == 0) {
		memset(&pg, 0, sizeof pg);
		if ((strcmp(target, NAV_LIBRARY) == 0 ?
		    nav_library_listing(n->store, &pg.listing, &cause) :
		    mentions_listing(n, target, &pg.listing, &cause)) == -1)
			nav_failed(n, "the library", cause);
		else {
			pg.target = xstrdup(target);
			nav_opened(n, kind, to, &pg);
		}
		return;
	}
	if (url_is_web(target) && ((flags & NAV_FRESH) ||
	    !cache_has(target))) {
		/* A page is fetched again, not taken from those fetched
		 * before. */
		cache_drop(target);
		if (!(flags & NAV_FRESH) && n->ahead != NULL &&
		    strcmp(fetch_job_url(n->ahead), target) == 0) {
			/* Being fetched ahead: that fetch is this load's. */
			l->job = n->ahead;
			n->ahead = NULL;
		} else
			l->job = fetch_job_start(target);
		l->kind = kind;
		l->to = to;
		l->flags = flags;
		return;
	}
	if (n->list.target != NULL && !(flags & NAV_FRESH) &&
	    strcmp(n->list.target, target) == 0) {
		/* The index left last: as it was. */
		pg = n->list;
		memset(&n->list, 0, sizeof n->list);
		nav_opened(n, kind, to, &pg);
		return;
	}
	if (nav_load(target, n->flags | flags, &pg, &cause) == -1) {
		memset(&pg, 0, sizeof pg);
		/* A file that cannot be read: the library's copy. */
		if (kind != LOAD_RELOAD)
			from_copy(n, target, &pg, &cause);
	}
	/* An entry of a feed: the feed's own text, when the page cannot be
	 * had or says less. */
	if (nav_entry_check(n, target, &pg, &cause) == -1)
		nav_failed(n, target, cause);
	else
		nav_opened(n, kind, to, &pg);
}

void
nav_run(struct nav *n, const struct nav_pos *here)
{
	struct load	 l = n->load;
	struct fetched	 f;
	struct nav_page	 pg;
	char		*cause = NULL;
	int		 r;

	run_ahead(n);
	nav_refresh_run(n);
	if (l.job == NULL) {
		index_current(n);
		return;
	}
	if ((r = fetch_job_run(l.job, &f, &cause)) == 0)
		return;
	memset(&n->load, 0, sizeof n->load);
	/* The reader read on while it loaded: history keeps where. */
	save(n, here);
	memset(&pg, 0, sizeof pg);
	if (r == 1) {
		cache_put(fetch_job_url(l.job), &f);
		library_cache(n, fetch_job_url(l.job), &f);
		/* A feed keeps them, to ask only for what changed. */
		n->etag = f.etag;
		n->last_modified = f.last_modified;
		f.etag = f.last_modified = NULL;
		if (page_of(fetch_job_url(l.job), n->flags | l.flags, &f, &pg,
		    &cause) == -1)
			memset(&pg, 0, sizeof pg);
	} else if (l.kind != LOAD_RELOAD)
		/* Not to be had: the library's copy, if it has one. */
		from_copy(n, fetch_job_url(l.job), &pg, &cause);
	if (nav_entry_check(n, fetch_job_url(l.job), &pg, &cause) == -1)
		nav_failed(n, fetch_job_url(l.job), cause);
	else
		nav_opened(n, l.kind, l.to, &pg);
	free(n->etag);
	free(n->last_modified);
	n->etag = n->last_modified = NULL;
	fetch_job_free(l.job);
}


void
nav_go(struct nav *n, const char *target, const struct nav_pos *here)
{
	char	*copy = xstrdup(target);

	save(n, here);
	start(n, LOAD_GO, copy, 0, 0);
	free(copy);
}

static void
move(struct nav *n, int dir, const struct nav_pos *here)
{
	size_t	 to;

	if ((dir < 0 && n->hcur == 0) || (dir > 0 && n->hcur + 1 >= n->nhist)) {
		nav_say(n, false, dir < 0 ? "nothing to go back to" :
		    "nothing to go forward to");
		return;
	}
	to = dir < 0 ? n->hcur - 1 : n->hcur + 1;
	save(n, here);
	start(n, LOAD_MOVE, n->hist[to].target, to, 0);
}

void
nav_back(struct nav *n, const struct nav_pos *here)
{
	move(n, -1, here);
}

void
nav_forward(struct nav *n, const struct nav_pos *here)
{
	move(n, 1, here);
}

void
nav_reload(struct nav *n, const struct nav_pos *here)
{
	char	*target;

	if (n->cur.target == NULL)
		return;
	if (strcmp(n->cur.target, "-") == 0) {
		nav_say(n, false, "an article from standard input cannot be "
		    "read again");
		return;
	}
	save(n, here);
	/* A page is fetched again, not taken from those fetched before. */
	target = xstrdup(n->cur.target);
	start(n, LOAD_RELOAD, target, n->hcur, NAV_FRESH);
	free(target);
}

static const char	*sibling(struct nav *, int);

void
nav_follow(struct nav *n, bool next, const struct nav_pos *here)
{
	const struct navlink	*l;
	const char		*target, *why;
	const char		*what = next ? "next" : "previous";
	char			*path;
	size_t			 len;
	struct stat		 sb;

	if (n->cur.article == NULL)
		return;
	l = next ? &n->cur.article->doc->next : &n->cur.article->doc->prev;
	if (l->href == NULL && l->title == NULL) {
		struct listing	*fl;

		if (nav_feed_entry(n, n->cur.target, &fl) != NULL &&
		    fl == n->list.listing) {
			/* Opened from a feed: the feed's order. */
			if ((target = sibling(n, next ? 1 : -1)) != NULL) {
				free(n->note);
				n->note = xasprintf("no %s-post link here: the "
				    "feed's %s entry", what, what);
				nav_go(n, target, here);
			}
			return;
		}
		nav_say(n, false, "this article links no %s post", what);
		return;
	}
	target = l->file;
	if (target == NULL && l->href != NULL &&
	    url_kind(l->href, &len) == URL_REFUSED) {
		nav_say(n, true, "the %s post's link is not followed: %.*s: "
		    "links never are (only http, https and file)", what,
		    (int)len, l->href);
		return;
	}
	if (target == NULL && l->href != NULL &&
	    (path = url_file_path(l->href)) != NULL) {
		/* Never a device or a pipe, which could wait for ever. */
		if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode) &&
		    !S_ISDIR(sb.st_mode))
			nav_say(n, true, "the %s post's link is not followed: "
			    "%s is not a file", what, path);
		else
			nav_go(n, path, here);
		free(path);
		return;
	}
	if (target == NULL && l->href != NULL && url_is_web(l->href)) {
		if ((why = fetch_url_unavailable()) != NULL) {
			nav_say(n, true, "the %s post is not saved here, and %s",
			    what, why);
			return;
		}
		target = l->href;
	}
	if (target == NULL) {
		nav_say(n, true, "%s post not among the saved articles: %s",
		    what, l->title != NULL ? l->title : l->href);
		return;
	}
	if (strcmp(target, n->cur.target) == 0) {
		nav_say(n, false, "the %s post is this article", what);
		return;
	}
	nav_go(n, target, here);
}

bool
nav_up(struct nav *n, const struct nav_pos *here)
{
	size_t	 i;

	if (n->cur.target == NULL)
		return false;
	for (i = n->hcur; i-- > 0; ) {
		if (n->hist[i].index) {
			save(n, here);
			start(n, LOAD_MOVE, n->hist[i].target, i, 0);
			return true;
		}
	}
	return false;
}

/* The next (dir 1) or previous (dir -1) article of the index the
 * current one was opened from, or NULL when there is none (said). */
static const char *
sibling(struct nav *n, int dir)
{
	const struct listing	*l = n->list.listing;
	const char		*what;
	size_t			 i;

	for (i = 0; l != NULL && i < l->n; i++) {
		if (strcmp(l->entries[i].path, n->cur.target) == 0)
			break;
	}
	if (l == NULL || i == l->n) {
		nav_say(n, false, "this article was not opened from an "
		    "index");
		return NULL;
	}
	what = l->kind == LISTING_FEED ? "entry of the feed" :
	    "article of the index";
	/* The next that is no copy of an article listed before. */
	do {
		if ((dir > 0 && i + 1 == l->n) || (dir < 0 && i == 0)) {
			nav_say(n, false, "the %s %s", dir > 0 ? "last" :
			    "first", what);
			return NULL;
		}
		i = dir > 0 ? i + 1 : i - 1;
	} while (l->entries[i].copy);
	return l->entries[i].path;
}

void
nav_sibling(struct nav *n, int dir, const struct nav_pos *here)
{
	const char	*target;

	if (n->cur.article == NULL)
		return;
	if ((target = sibling(n, dir)) != NULL)
		nav_go(n, target, here);
}
