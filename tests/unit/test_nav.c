/* test_nav.c: history, loading and following links: the folder-or-article
 * decision, the link policy, positions kept in history, events, and
 * loads that wait on the network staying pending until run. */
#include "config.h"

#include <sys/select.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#ifdef HAVE_SQLITE
#include <sqlite3.h>
#endif

#include "article.h"
#include "doc.h"
#include "entities.h"
#include "feeds.h"
#include "listing.h"
#include "nav.h"
#include "store.h"
#include "testutil.h"
#include "wait.h"
#include "xmalloc.h"

static char *
data(const char *name)
{
	return xstrdup(test_data_path(name));
}

/* The one event nav has, of the kind expected; its message checked when
 * msg is not NULL. */
static void
expect_event(struct nav *n, enum nav_event_kind kind, const char *msg,
    struct nav_event *out)
{
	struct nav_event	 ev;

	assert_true(nav_take(n, &ev));
	if (ev.kind != kind)
		fail_msg("event %d (%s), expected %d", (int)ev.kind,
		    ev.msg != NULL ? ev.msg : "", (int)kind);
	if (msg != NULL) {
		assert_non_null(ev.msg);
		assert_string_equal(ev.msg, msg);
	}
	assert_false(nav_take(n, &ev));
	if (out != NULL)
		*out = ev;
	else
		nav_event_clear(&ev);
}

static const char *
current_title(struct nav *n)
{
	const struct nav_page	*pg = nav_current(n);

	assert_non_null(pg);
	assert_non_null(pg->article);
	return doc_headline(pg->article->doc);
}

/* An article opened from a folder's index (and by J from it) shows the
 * headline the index gave it, without the site's name the folder's
 * titles share; opened alone, it has nothing to go by. */
static void
test_shared_site(void **state)
{
	struct nav	*n = nav_new(0);
	char		 dir[] = "/tmp/folio-navsite.XXXXXX", *a, *b, *page;
	const struct nav_page *pg;
	size_t		 i;

	(void)state;
	assert_non_null(mkdtemp(dir));
	a = xasprintf("%s/a.html", dir);
	b = xasprintf("%s/b.html", dir);
	for (i = 0; i < 2; i++) {
		page = xasprintf("<html><head><title>%s | Harbour Notes"
		    "</title><meta name=date content=2026-0%zu-01></head>"
		    "<body><article><p>The harbour was quiet and the ferry "
		    "was late again that spring, as the crews waited for "
		    "the wind to drop.</p><p>The council met on the quay "
		    "and promised a new pier before the storms.</p>"
		    "</article></body></html>", i == 0 ? "Storm hits the "
		    "coast" : "Ferry back on", i + 1);
		test_write_file(i == 0 ? a : b, page);
		free(page);
	}
	nav_go(n, dir, NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	nav_go(n, b, NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	assert_string_equal(current_title(n), "Ferry back on");
	pg = nav_current(n);
	assert_string_equal(pg->article->doc->site, "Harbour Notes");
	nav_sibling(n, 1, NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	assert_string_equal(current_title(n), "Storm hits the coast");
	nav_free(n);

	n = nav_new(0);
	nav_go(n, a, NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	assert_string_equal(current_title(n),
	    "Storm hits the coast | Harbour Notes");
	nav_free(n);
	unlink(a);
	unlink(b);
	rmdir(dir);
	free(a);
	free(b);
}

/* A file opens as an article, its links resolved; a folder as its
 * index; what cannot be read says why. */
static void
test_load(void **state)
{
	struct nav_page	 pg;
	char		*cause = NULL, *p;

	(void)state;
	p = data("series/alpha.html");
	assert_int_equal(nav_load(p, 0, &pg, &cause), 0);
	assert_non_null(pg.article);
	assert_null(pg.listing);
	assert_string_equal(pg.target, p);
	assert_true(test_ends_with(pg.article->doc->next.file,
	    "series/beta-story/index.html"));
	nav_page_clear(&pg);
	nav_page_clear(&pg);
	free(p);

	/* --raw: body text, nothing resolved. */
	p = data("series/gamma-notes.txt");
	assert_int_equal(nav_load(p, NAV_RAW, &pg, &cause), 0);
	assert_null(pg.article->doc->title);
	assert_null(pg.article->doc->next.file);
	nav_page_clear(&pg);
	free(p);

	p = data("series");
	assert_int_equal(nav_load(p, 0, &pg, &cause), 0);
	assert_null(pg.article);
	assert_non_null(pg.listing);
	assert_int_equal(pg.listing->n, 4);
	nav_page_clear(&pg);
	free(p);

	p = data("e2e/nothing");
	assert_int_equal(nav_load(p, 0, &pg, &cause), -1);
	assert_string_equal(cause, "no articles in this folder");
	free(cause);
	free(p);

	p = data("e2e/no-such-file.txt");
	assert_int_equal(nav_load(p, 0, &pg, &cause), -1);
	assert_string_equal(cause, "No such file or directory");
	free(cause);
	free(p);
	nav_cleanup();
}

/* Each place in history keeps where the reader was. */
static void
test_history(void **state)
{
	struct nav		*n = nav_new(0);
	struct nav_event	 ev;
	struct nav_pos		 pos;
	char			*alpha = data("series/alpha.html");
	char			*folder = data("series");
	const char		*old;

	(void)state;
	assert_null(nav_current(n));
	assert_false(nav_take(n, &ev));
	nav_go(n, folder, NULL);
	expect_event(n, NAV_OPENED, NULL, &ev);
	assert_int_equal(ev.pos.block, NAV_POS_LINE);
	assert_int_equal(ev.pos.line, 0);
	assert_int_equal(ev.pos.sel, 0);
	nav_event_clear(&ev);
	assert_non_null(nav_current(n)->listing);

	/* The index's selection is kept when an article opens from it. */
	memset(&pos, 0, sizeof pos);
	pos.block = NAV_POS_LINE;
	pos.sel = 3;
	nav_go(n, alpha, &pos);
	expect_event(n, NAV_OPENED, NULL, NULL);
	assert_string_equal(current_title(n),
	    "Alpha Report on the Canal Budget");

	/* Follow the next post; the page before stays valid until the
	 * event is taken. */
	old = current_title(n);
	pos.block = 2;
	pos.off = 17;
	pos.line = 9;
	pos.sel = 0;
	nav_follow(n, true, &pos);
	assert_string_equal(old, "Alpha Report on the Canal Budget");
	expect_event(n, NAV_OPENED, NULL, NULL);
	assert_string_equal(current_title(n), "Beta Story About the Harbour");
	assert_false(nav_can_forward(n));

	/* Back: alpha where it was left. */
	memset(&pos, 0, sizeof pos);
	pos.block = 1;
	pos.off = 4;
	nav_back(n, &pos);
	expect_event(n, NAV_OPENED, NULL, &ev);
	assert_int_equal(ev.pos.block, 2);
	assert_int_equal(ev.pos.off, 17);
	assert_int_equal(ev.pos.line, 9);
	nav_event_clear(&ev);
	assert_true(nav_can_forward(n));
	/* Back again: the index, its selection kept. */
	nav_back(n, NULL);
	expect_event(n, NAV_OPENED, NULL, &ev);
	assert_int_equal(ev.pos.sel, 3);
	nav_event_clear(&ev);
	nav_back(n, NULL);
	expect_event(n, NAV_MESSAGE, "nothing to go back to", &ev);
	assert_false(ev.error);
	nav_event_clear(&ev);
	/* Forward twice: beta where it was left. */
	nav_forward(n, NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	nav_forward(n, NULL);
	expect_event(n, NAV_OPENED, NULL, &ev);
	assert_int_equal(ev.pos.block, 1);
	assert_int_equal(ev.pos.off, 4);
	nav_event_clear(&ev);
	nav_forward(n, NULL);
	expect_event(n, NAV_MESSAGE, "nothing to go forward to", NULL);

	/* A new place drops those ahead. */
	nav_back(n, NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	assert_true(nav_can_forward(n));
	nav_go(n, folder, NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	assert_false(nav_can_forward(n));

	/* Reload: the same place, the reader kept, and said so. */
	pos.sel = 2;
	nav_reload(n, &pos);
	expect_event(n, NAV_OPENED, "reloaded", &ev);
	assert_int_equal(ev.pos.sel, 2);
	nav_event_clear(&ev);

	/* A failure leaves what was open. */
	nav_go(n, "/nonexistent/page.html", NULL);
	expect_event(n, NAV_FAILED, "No such file or directory", &ev);
	assert_string_equal(ev.target, "/nonexistent/page.html");
	assert_true(ev.error);
	nav_event_clear(&ev);
	assert_non_null(nav_current(n)->listing);

	nav_free(n);
	nav_free(NULL);
	free(alpha);
	free(folder);
	nav_cleanup();
}

/* Open path in a new nav, which the caller frees. */
static struct nav *
open_nav(const char *path)
{
	struct nav	*n = nav_new(0);

	nav_go(n, path, NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	return n;
}

static void
expect_follow(struct nav *n, bool next, const char *msg, bool error)
{
	struct nav_event	 ev;

	nav_follow(n, next, NULL);
	expect_event(n, NAV_MESSAGE, msg, &ev);
	assert_int_equal(ev.error, error);
	nav_event_clear(&ev);
}

/* What is followed and what is not, and why. */
static void
test_follow_policy(void **state)
{
	char		 dir[] = "/tmp/folio-test-nav.XXXXXX", *a, *page;
	struct nav	*n;

	(void)state;
	assert_non_null(mkdtemp(dir));
	a = xasprintf("%s/a.html", dir);

	test_write_file(a, "<html><head><title>Schemes</title></head><body>"
	    "<article><h1>Schemes</h1><p>A page whose links go elsewhere "
	    "than the web.</p><a rel=\"prev\" href=\"ftp://files.example/old.html\">"
	    "Old</a><a rel=\"next\" href=\"file:///dev/zero\">Zeros</a>"
	    "</article></body></html>");
	n = open_nav(a);
	expect_follow(n, false, "the previous post's link is not followed: "
	    "ftp: links never are (only http, https and file)", true);
	expect_follow(n, true, "the next post's link is not followed: "
	    "/dev/zero is not a file", true);
	nav_free(n);

	/* A plain-text article's links hold titles only. */
	page = xasprintf("%s/b.txt", dir);
	test_write_file(page, "Lonely Post\n\nA post alone in its folder.\n\n"
	    "Next Post\n\nA Post Never Saved\n");
	n = open_nav(page);
	expect_follow(n, true, "next post not among the saved articles: "
	    "A Post Never Saved", true);
	expect_follow(n, false, "this article links no previous post", false);
	nav_free(n);
	unlink(page);
	free(page);

	/* A link to the article itself. */
	page = data("selflink.html");
	n = open_nav(page);
	expect_follow(n, true, "the next post is this article", false);
	nav_free(n);
	free(page);

	/* A folder's index follows nothing. */
	n = open_nav(dir);
	nav_follow(n, true, NULL);
	assert_false(nav_take(n, &(struct nav_event){ 0 }));
	nav_free(n);

	unlink(a);
	rmdir(dir);
	free(a);
	nav_cleanup();
}

/* Run nav's transfers until its load is over, waiting as the reader's
 * loop does. */
static void
run_until_loaded(struct nav *n)
{
	struct wait	 w;
	struct timespec	 ts;
	int		 rounds = 0;

	for (nav_run(n, NULL); nav_loading(n) != NULL; nav_run(n, NULL)) {
		wait_init(&w);
		nav_wait(n, &w);
		assert_true(w.maxfd >= 0 || w.ms >= 0);
		pselect(w.maxfd + 1, &w.rd, &w.wr, &w.ex,
		    wait_timespec(&w, &ts), NULL);
		assert_true(++rounds < 10000);
	}
}

/* A load given up: the article open stays, and nothing comes of the
 * load later. */
static void
test_cancel(void **state)
{
	struct nav		*n = nav_new(0);
	struct nav_event	 ev;
	struct nav_progress	 pr;
	char			*p = data("deadlink.html"), url[64];
	int			 ls, port, i;

	(void)state;
	assert_false(nav_cancel(n));
	nav_go(n, p, NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	assert_false(nav_progress(n, &pr));
	ls = test_listen(&port);
	snprintf(url, sizeof url, "http://127.0.0.1:%d/never", port);
	nav_go(n, url, NULL);
	assert_string_equal(nav_loading(n), url);
	for (i = 0; i < 5; i++)
		nav_run(n, NULL);
	assert_true(nav_progress(n, &pr));
	assert_int_equal(pr.got, 0);
	assert_false(nav_take(n, &ev));
	assert_true(nav_cancel(n));
	assert_null(nav_loading(n));
	expect_event(n, NAV_CANCELLED, NULL, &ev);
	assert_string_equal(ev.target, url);
	assert_non_null(strstr(ev.msg, "cancelled"));
	nav_event_clear(&ev);
	nav_run(n, NULL);
	assert_false(nav_take(n, &ev));
	assert_string_equal(current_title(n), "A Post Whose Links Go Nowhere");
	assert_false(nav_cancel(n));
	nav_free(n);
	close(ls);
	free(p);
	nav_cleanup();
}

/* A URL waits on the network: pending, named, until run; then it opens
 * or fails like any other load. */
static void
test_pending(void **state)
{
	struct nav		*n = nav_new(0);
	struct nav_event	 ev;
	char			*p = data("deadlink.html");

	(void)state;
	nav_go(n, p, NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	assert_null(nav_loading(n));
	nav_follow(n, true, NULL);
	assert_false(nav_take(n, &ev));
	assert_non_null(nav_loading(n));
	assert_string_equal(nav_loading(n), "http://127.0.0.1:9/gone/");
	run_until_loaded(n);
	expect_event(n, NAV_FAILED, NULL, &ev);
	assert_string_equal(ev.target, "http://127.0.0.1:9/gone/");
	assert_non_null(ev.msg);
	nav_event_clear(&ev);
	assert_string_equal(current_title(n), "A Post Whose Links Go Nowhere");
	/* Nothing pending: running does nothing. */
	nav_run(n, NULL);
	assert_false(nav_take(n, &ev));

	/* A new request drops the one pending. */
	nav_follow(n, true, NULL);
	assert_non_null(nav_loading(n));
	nav_go(n, p, NULL);
	assert_null(nav_loading(n));
	expect_event(n, NAV_OPENED, NULL, NULL);
	nav_free(n);

	/* A nav freed while a load is pending frees it. */
	n = nav_new(0);
	nav_go(n, "http://127.0.0.1:9/never/", NULL);
	assert_non_null(nav_loading(n));
	nav_free(n);
	free(p);
	nav_cleanup();
}

#ifdef HAVE_SQLITE

static char	 libdir[] = "/tmp/folio-nav.XXXXXX";
static char	 libpath[sizeof libdir + 16];

static struct store *
library(void)
{
	char		*cause = NULL;
	struct store	*st;

	strcpy(libdir, "/tmp/folio-nav.XXXXXX");
	assert_non_null(mkdtemp(libdir));
	snprintf(libpath, sizeof libpath, "%s/library.db", libdir);
	if ((st = store_open(libpath, &cause)) == NULL)
		fail_msg("%s", cause);
	return st;
}

static void
library_gone(struct store *st)
{
	char	*p;

	store_close(st);
	unlink(libpath);
	p = xasprintf("%s-wal", libpath);
	unlink(p);
	free(p);
	p = xasprintf("%s-shm", libpath);
	unlink(p);
	free(p);
	rmdir(libdir);
}

/* The index of the entity named text in the current article. */
static size_t
entity(struct nav *n, const char *text)
{
	const struct entities	*e = nav_current(n)->article->ents;
	size_t			 i;

	for (i = 0; i < e->n; i++)
		if (strcmp(e->list[i].text, text) == 0)
			return i;
	fail_msg("no entity %s", text);
	return 0;
}

/* With a library: an article opened in a later run opens where the
 * reader stopped (the event says resumed); not one opened before in
 * this run; a folder's index has its read marks. */
static void
test_library(void **state)
{
	struct store		*st = library();
	struct nav		*n = nav_new(0);
	struct nav_event	 ev;
	struct nav_pos		 pos;
	const struct listing	*l;
	char			*alpha = data("series/alpha.html");
	char			*delta = data("series/delta.txt");
	char			*folder = data("series");
	char			*cause = NULL, *key;
	size_t			 i, nread = 0;

	(void)state;
	nav_set_library(n, st);
	nav_go(n, alpha, NULL);
	expect_event(n, NAV_OPENED, NULL, &ev);
	assert_false(ev.resumed);
	assert_int_equal(ev.pos.block, NAV_POS_LINE);
	nav_event_clear(&ev);
	key = store_key(alpha);
	assert_int_equal(store_is_read(st, key, &cause), 1);
	/* Its text is indexed by nav_run, once it is on the screen. */
	{
		struct store_hit *h;
		size_t nh;

		assert_true(nav_pending(n));
		assert_int_equal(store_search(st, "canal", 5, &h, &nh, &cause),
		    0);
		assert_int_equal(nh, 0);
		free(h);
		nav_run(n, NULL);
		assert_false(nav_pending(n));
		assert_false(nav_take(n, &ev));
		assert_int_equal(store_search(st, "canal", 5, &h, &nh, &cause),
		    0);
		assert_int_equal(nh, 1);
		assert_string_equal(h[0].file, key);
		store_hits_free(h, nh);
		/* ... and its names. */
		assert_int_equal(store_mentions(st, "Hanna Berg", NULL, 5, &h,
		    &nh, &cause), 0);
		assert_int_equal(nh, 1);
		assert_string_equal(h[0].file, key);
		store_hits_free(h, nh);
	}
	memset(&pos, 0, sizeof pos);
	pos.block = 2;
	pos.off = 10;
	pos.line = 7;
	pos.pct = 40;
	nav_keep(n, &pos);
	nav_free(n);

	/* A later run. */
	n = nav_new(0);
	nav_set_library(n, st);
	nav_go(n, alpha, NULL);
	expect_event(n, NAV_OPENED, NULL, &ev);
	assert_true(ev.resumed);
	assert_int_equal(ev.pos.block, 2);
	assert_int_equal(ev.pos.off, 10);
	assert_int_equal(ev.pos.line, 7);
	assert_int_equal(ev.pos.pct, 40);
	nav_event_clear(&ev);
	/* Back and forward keep history's places; opened again in this
	 * run, an article opens at its top. */
	nav_go(n, delta, &pos);
	expect_event(n, NAV_OPENED, NULL, &ev);
	assert_false(ev.resumed);
	nav_event_clear(&ev);
	nav_run(n, NULL);
	memset(&pos, 0, sizeof pos);
	pos.block = 2;
	pos.line = 5;
	nav_keep(n, &pos);
	/* m: the other articles that mention a name. */
	nav_mentions(n, entity(n, "Lindmark"), NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	l = nav_current(n)->listing;
	assert_non_null(l);
	assert_string_equal(l->dir, "the library, mentioning Lindmark");
	assert_int_equal(l->n, 1);
	assert_string_equal(l->entries[0].path, key);
	assert_true(l->entries[0].read);
	/* A move in the list is no move in the article it came from. */
	memset(&pos, 0, sizeof pos);
	pos.block = 9;
	pos.line = 99;
	nav_keep(n, &pos);
	{
		struct store_article	 da;
		struct store_place	 pl;

		memset(&da, 0, sizeof da);
		da.key = store_key(delta);
		assert_int_equal(store_visit(st, &da, &pl, &cause), 1);
		assert_int_equal(pl.block, 2);
		free((char *)da.key);
	}
	nav_back(n, NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	assert_string_equal(nav_current(n)->target, delta);
	nav_go(n, alpha, NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	nav_mentions(n, entity(n, "Hanna Berg"), NULL);
	expect_event(n, NAV_FAILED, "no other article read mentions Hanna "
	    "Berg", NULL);
	nav_go(n, alpha, NULL);
	expect_event(n, NAV_OPENED, NULL, &ev);
	assert_false(ev.resumed);
	assert_int_equal(ev.pos.block, NAV_POS_LINE);
	nav_event_clear(&ev);

	/* The index: alpha and delta read, the others not. */
	nav_go(n, folder, NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	l = nav_current(n)->listing;
	assert_non_null(l);
	for (i = 0; i < l->n; i++) {
		bool want = strcmp(l->entries[i].path, alpha) == 0 ||
		    strcmp(l->entries[i].path, delta) == 0;

		assert_int_equal(l->entries[i].read, want);
		nread += l->entries[i].read;
	}
	assert_int_equal(nread, 2);
	/* Marked by hand: not read, read again. */
	for (i = 0; i < l->n && strcmp(l->entries[i].path, delta) != 0; i++)
		;
	assert_true(i < l->n);
	nav_toggle_read(n, i);
	expect_event(n, NAV_MESSAGE, "marked not read", NULL);
	assert_false(l->entries[i].read);
	free(key);
	key = store_key(delta);
	assert_int_equal(store_is_read(st, key, &cause), 0);
	nav_toggle_read(n, i);
	expect_event(n, NAV_MESSAGE, "marked read", NULL);
	assert_true(l->entries[i].read);
	assert_int_equal(store_is_read(st, key, &cause), 1);
	nav_free(n);

	/* Without a library, nothing is read. */
	n = nav_new(0);
	nav_go(n, folder, NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	l = nav_current(n)->listing;
	for (i = 0; i < l->n; i++)
		assert_false(l->entries[i].read);
	nav_toggle_read(n, 0);
	expect_event(n, NAV_MESSAGE, "no read marks: the library is off",
	    NULL);
	nav_free(n);
	free(key);
	free(alpha);
	free(delta);
	free(folder);
	library_gone(st);
	nav_cleanup();
}

/* m lists at most NAV_MENTIONS_MAX articles, the last read; the index
 * says how many mention the name. */
static void
test_mentions_many(void **state)
{
	static const struct store_name	 hanna = { "Hanna Berg", "person",
					    1 };
	struct store		*st = library();
	struct nav		*n = nav_new(0);
	struct nav_event	 ev;
	struct store_article	 a;
	struct store_place	 pl;
	const struct listing	*l;
	char			*alpha = data("series/alpha.html");
	char			*cause = NULL, key[32], *want;
	int			 i;

	(void)state;
	for (i = 0; i <= NAV_MENTIONS_MAX; i++) {
		snprintf(key, sizeof key, "/m/%04d.txt", i);
		memset(&a, 0, sizeof a);
		a.key = key;
		a.title = "A Story";
		a.body = "Hanna Berg spoke.";
		a.names = &hanna;
		a.nnames = 1;
		if (store_visit(st, &a, &pl, &cause) == -1 ||
		    store_index(st, &a, &cause) == -1)
			fail_msg("%s", cause);
	}
	nav_set_library(n, st);
	nav_go(n, alpha, NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	nav_run(n, NULL);
	nav_mentions(n, entity(n, "Hanna Berg"), NULL);
	expect_event(n, NAV_OPENED, NULL, &ev);
	want = xasprintf("the last %d read of the %d articles that mention "
	    "Hanna Berg", NAV_MENTIONS_MAX, NAV_MENTIONS_MAX + 1);
	assert_string_equal(ev.msg, want);
	free(want);
	nav_event_clear(&ev);
	l = nav_current(n)->listing;
	assert_int_equal(l->n, NAV_MENTIONS_MAX);
	/* The last read first; the article open not among them. */
	snprintf(key, sizeof key, "/m/%04d.txt", NAV_MENTIONS_MAX);
	assert_string_equal(l->entries[0].path, key);
	assert_string_equal(l->entries[l->n - 1].path, "/m/0001.txt");
	nav_free(n);
	free(alpha);
	library_gone(st);
	nav_cleanup();
}

/* A library locked by another writer for too long: the article opens
 * all the same, a message says it was not recorded, and the library
 * stays on. One that fails otherwise (here, its table gone): a message
 * says the library is off, and nav goes on without it. */
static void
test_library_fails(void **state)
{
	struct store		*st = library();
	struct nav		*n = nav_new(0);
	struct nav_event	 ev;
	struct nav_pos		 pos;
	char			*alpha = data("series/alpha.html");
	char			*delta = data("series/delta.txt");
	char			*cause = NULL, *key = store_key(delta);
	sqlite3			*h;

	(void)state;
	assert_int_equal(sqlite3_open(libpath, &h), SQLITE_OK);
	assert_int_equal(sqlite3_exec(h, "BEGIN IMMEDIATE; DELETE FROM "
	    "article", NULL, NULL, NULL), SQLITE_OK);
	nav_set_library(n, st);
	nav_go(n, alpha, NULL);
	assert_true(nav_take(n, &ev));
	assert_int_equal(ev.kind, NAV_OPENED);
	nav_event_clear(&ev);
	expect_event(n, NAV_MESSAGE, "the library is locked by another "
	    "program: not recorded this time", &ev);
	assert_true(ev.error);
	nav_event_clear(&ev);
	assert_non_null(nav_current(n)->article);
	/* A move while it is locked: nothing said. */
	memset(&pos, 0, sizeof pos);
	pos.block = 1;
	nav_keep(n, &pos);
	assert_false(nav_take(n, &ev));
	/* S while it is locked: not kept, and said. */
	nav_toggle_kept(n);
	expect_event(n, NAV_MESSAGE, "the library is locked by another "
	    "program: not recorded this time", NULL);
	/* Let go: recorded again. */
	assert_int_equal(sqlite3_exec(h, "COMMIT", NULL, NULL, NULL),
	    SQLITE_OK);
	nav_go(n, delta, NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	assert_int_equal(store_is_read(st, key, &cause), 1);

	/* Its table gone: off for the rest of the run. */
	assert_int_equal(sqlite3_exec(h, "DROP TABLE article", NULL, NULL,
	    NULL), SQLITE_OK);
	nav_go(n, alpha, NULL);
	assert_true(nav_take(n, &ev));
	assert_int_equal(ev.kind, NAV_OPENED);
	nav_event_clear(&ev);
	assert_true(nav_take(n, &ev));
	assert_int_equal(ev.kind, NAV_MESSAGE);
	assert_non_null(strstr(ev.msg, "the library is off: "));
	nav_event_clear(&ev);
	assert_false(nav_take(n, &ev));
	nav_go(n, delta, NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	nav_toggle_kept(n);
	expect_event(n, NAV_MESSAGE, "nothing is kept: the library is off",
	    NULL);
	sqlite3_close(h);
	nav_free(n);
	free(key);
	free(alpha);
	free(delta);
	library_gone(st);
	nav_cleanup();
}

/* A feed with a library: its entries as a listing, recorded; an entry
 * opened as its page, or as the feed's own text when it has no page or
 * its page cannot be had; ] along the feed's order; marks and entries
 * that left the feed kept; the feeds subscribed to, refreshed. */
static void
test_feed(void **state)
{
	struct store		*st = library();
	struct nav		*n = nav_new(0);
	struct nav_event	 ev;
	const struct listing	*l;
	char			*src = data("navfeed/feed.xml");
	char			*dir = xasprintf("%s/feeds", libdir);
	char			*feed = xasprintf("%s/feed.xml", dir);
	char			*one = xasprintf("%s/one.html", dir);
	char			*cmd, *conf, *entry, *printed;
	size_t			 printed_len;
	FILE			*f, *mem;

	(void)state;
	/* A copy of the fixture, changed below. */
	cmd = xasprintf("mkdir -p '%s' && cp '%s' '%s' && cp '%s/one.html' "
	    "'%s'", dir, src, feed, test_data_path("navfeed"), dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	nav_set_library(n, st);
	nav_go(n, feed, NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	l = nav_current(n)->listing;
	assert_non_null(l);
	assert_int_equal(l->kind, LISTING_FEED);
	assert_string_equal(l->title, "Quarry Lane Bulletin");
	assert_int_equal(l->n, 3);
	assert_string_equal(l->entries[0].path, one);
	assert_string_equal(l->entries[0].date, "2024-05-02");
	assert_string_equal(l->entries[0].summary, "The lane is open again.");
	assert_false(l->entries[0].read);
	entry = xasprintf("%s%s#word", LISTING_ENTRY, feed);
	assert_string_equal(l->entries[2].path, entry);

	/* An entry with a page: the page. */
	nav_go(n, l->entries[0].path, NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	assert_string_equal(current_title(n),
	    "Quarry Lane Reopens After Resurfacing");
	assert_non_null(strstr(nav_current(n)->article->doc->body,
	    "forty potholes"));
	/* Opened from a feed: its site's feed is not offered again. */
	assert_true(nav_from_feed(n, NULL));
	assert_true(nav_from_feed(n, feed));
	assert_false(nav_from_feed(n, "https://other.example/feed"));
	/* ] with no next-post link: the feed's next entry, whose page is
	 * not there: the feed's own text. */
	nav_follow(n, true, NULL);
	expect_event(n, NAV_OPENED, "the feed's own text: the page could not "
	    "be had (No such file or directory)", NULL);
	assert_string_equal(current_title(n),
	    "Night Market Moves to the Old Station");
	assert_non_null(strstr(nav_current(n)->article->doc->body,
	    "Ruth Abernethy"));
	/* J: the next, which has no page at all. */
	nav_sibling(n, 1, NULL);
	expect_event(n, NAV_OPENED, "the feed's own text: this entry has no "
	    "page", NULL);
	assert_string_equal(nav_current(n)->target, entry);
	nav_sibling(n, 1, NULL);
	expect_event(n, NAV_MESSAGE, "the last entry of the feed", NULL);
	/* q: up to the feed, its marks read. */
	assert_true(nav_up(n, NULL));
	expect_event(n, NAV_OPENED, NULL, NULL);
	l = nav_current(n)->listing;
	assert_non_null(l);
	assert_true(l->entries[0].read);

	/* The feed without its first entry, in a new nav: the entry is
	 * kept, after the others, read. */
	f = fopen(feed, "w");
	assert_non_null(f);
	fputs("<rss version=\"2.0\"><channel><title>Quarry Lane Bulletin"
	    "</title><item><title>New Bins for Quarry Lane</title>"
	    "<link>bins.html</link><guid>bins</guid><description>Green bins"
	    " from July.</description></item></channel></rss>", f);
	fclose(f);
	nav_free(n);
	n = nav_new(0);
	nav_set_library(n, st);
	nav_go(n, feed, NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	l = nav_current(n)->listing;
	assert_int_equal(l->n, 4);
	assert_string_equal(l->entries[0].title, "New Bins for Quarry Lane");
	assert_string_equal(l->entries[1].title,
	    "Quarry Lane Reopens After Resurfacing");
	assert_true(l->entries[1].read);
	/* An entry that left the feed opens from the library. */
	nav_go(n, entry, NULL);
	expect_event(n, NAV_OPENED, "the feed's own text: this entry has no "
	    "page", NULL);
	assert_non_null(strstr(nav_current(n)->article->doc->body,
	    "written by volunteers"));

	/* The feeds subscribed to: a feeds file naming this one. */
	conf = xasprintf("%s/config", libdir);
	setenv("XDG_CONFIG_HOME", conf, 1);
	cmd = xasprintf("mkdir -p '%s/folio' && printf '%%s \"~Bulletin\" "
	    "local \"north, east\"\\nquery:x:y\\n' '%s' >'%s/folio/feeds'",
	    conf, feed, conf);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	nav_go(n, NAV_FEEDS, NULL);
	assert_true(nav_take(n, &ev));
	assert_int_equal(ev.kind, NAV_OPENED);
	assert_non_null(strstr(ev.msg, "feeds:2: query feeds are newsboat's "
	    "own: skipped"));
	nav_event_clear(&ev);
	l = nav_current(n)->listing;
	assert_int_equal(l->kind, LISTING_FEEDS);
	assert_int_equal(l->n, 1);
	assert_string_equal(l->entries[0].title, "Bulletin");
	/* Its tags, each whole: a tag may hold ", ". */
	assert_int_equal(l->entries[0].ntags, 2);
	assert_string_equal(l->entries[0].tags[0], "local");
	assert_string_equal(l->entries[0].tags[1], "north, east");
	mem = open_memstream(&printed, &printed_len);
	feeds_print(mem, l, true, st);
	fclose(mem);
	assert_non_null(strstr(printed, "\"tags\":[\"local\",\"north, "
	    "east\"],"));
	free(printed);
	assert_int_equal(l->entries[0].total, 4);
	assert_int_equal(l->entries[0].unread, 1);
	/* Read marks are the entries': M on a feed says so. */
	nav_toggle_read(n, 0);
	expect_event(n, NAV_MESSAGE, "read marks are the entries': open the "
	    "feed", NULL);
	nav_refresh(n, SIZE_MAX);
	assert_false(nav_refreshing(n, NULL, NULL));
	expect_event(n, NAV_MESSAGE, "refreshed 1 feed: 0 new entries", NULL);
	assert_string_equal(l->entries[0].note, "up to date");
	/* A feed file that is gone: its row says why. */
	unlink(feed);
	nav_refresh(n, 0);
	expect_event(n, NAV_MESSAGE, "refreshed 1 feed: 0 new entries, 1 "
	    "failed", NULL);
	assert_true(l->entries[0].failed);
	assert_string_equal(l->entries[0].note, "failed: No such file or "
	    "directory");
	unsetenv("XDG_CONFIG_HOME");

	nav_free(n);
	cmd = xasprintf("rm -rf '%s' '%s'", dir, conf);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	free(conf);
	free(entry);
	free(src);
	free(dir);
	free(feed);
	free(one);
	library_gone(st);
	nav_cleanup();
}

/* A web server on the loopback, in a child process: /a.html and /b.html
 * of tests/data/web, anything else 404. Returns its pid; *port its
 * port. Killed, it is gone: its port refuses. */
static pid_t
web_server(int *port)
{
	char	*a = test_read("web/a.html", NULL);
	char	*b = test_read("web/b.html", NULL);
	char	 req[4096], head[256];
	int	 ls = test_listen(port), c;
	pid_t	 pid;
	ssize_t	 n;

	if ((pid = fork()) != 0) {
		close(ls);
		free(a);
		free(b);
		return pid;
	}
	/* Should the test fail and never stop it, it goes by itself. */
	alarm(60);
	for (;;) {
		const char *body = NULL;

		if ((c = accept(ls, NULL, NULL)) == -1)
			continue;
		if ((n = read(c, req, sizeof req - 1)) > 0) {
			req[n] = '\0';
			if (strncmp(req, "GET /a.html ", 12) == 0)
				body = a;
			else if (strncmp(req, "GET /b.html ", 12) == 0)
				body = b;
			if (body != NULL)
				snprintf(head, sizeof head, "HTTP/1.1 200 OK\r\n"
				    "Content-Type: text/html; charset=utf-8\r\n"
				    "Content-Length: %zu\r\nConnection: close"
				    "\r\n\r\n", strlen(body));
			else
				snprintf(head, sizeof head, "HTTP/1.1 404 Not "
				    "Found\r\nContent-Length: 0\r\nConnection: "
				    "close\r\n\r\n");
			if (write(c, head, strlen(head)) < 0 || (body != NULL &&
			    write(c, body, strlen(body)) < 0))
				_exit(1);
		}
		shutdown(c, SHUT_WR);
		while (read(c, req, sizeof req) > 0)
			;
		close(c);
	}
}

/* Open target in n, waiting for it as the reader does: the event. */
static void
open_wait(struct nav *n, const char *target, enum nav_event_kind kind,
    struct nav_event *ev)
{
	nav_go(n, target, NULL);
	run_until_loaded(n);
	expect_event(n, kind, NULL, ev);
}

/* The key of path, in a static buffer. */
static const char *
store_key_static(const char *path)
{
	static char	 key[4096];
	char		*k = store_key(path);

	snprintf(key, sizeof key, "%s", k);
	free(k);
	return key;
}

/* Today, as the status line writes a day. */
static const char *
today(void)
{
	static char	 day[32];
	time_t		 t = time(NULL);

	strftime(day, sizeof day, "%Y-%m-%d", localtime(&t));
	return day;
}

/* S keeps the article open: its page's bytes in the library. A page
 * that cannot be had then (the server gone, a host under .invalid,
 * refused without a lookup, a file deleted) opens from the copy kept,
 * or from the one cached when it was fetched, the event saying so; a
 * reload that fails does not. S again: no longer kept. */
static void
test_kept_offline(void **state)
{
	struct store		*st = library();
	struct nav		*n = nav_new(0);
	struct nav_event	 ev;
	struct store_page	 p;
	char			*cause = NULL, *want, *copy;
	char			 a[64], b[64];
	int			 port, saved;
	pid_t			 server;

	(void)state;
	server = web_server(&port);
	snprintf(a, sizeof a, "http://127.0.0.1:%d/a.html", port);
	snprintf(b, sizeof b, "http://127.0.0.1:%d/b.html", port);
	nav_set_library(n, st);
	/* Not open: S does nothing. */
	nav_toggle_kept(n);
	assert_false(nav_take(n, &ev));
	open_wait(n, a, NAV_OPENED, NULL);
	assert_string_equal(current_title(n), "Web Series Part A");
	/* Fetched: cached in the library, not kept. */
	assert_int_equal(store_page_get(st, a, &p, &cause), 1);
	assert_int_equal(p.kept, 0);
	assert_non_null(strstr(p.data, "The last line of part A."));
	assert_string_equal(p.type, "text/html; charset=utf-8");
	store_page_clear(&p);
	nav_toggle_kept(n);
	expect_event(n, NAV_MESSAGE, "kept: readable offline", NULL);
	assert_int_equal(store_page_kept(st, a, &cause), 1);
	/* The next post, fetched: cached. */
	nav_follow(n, true, NULL);
	run_until_loaded(n);
	expect_event(n, NAV_OPENED, NULL, NULL);
	assert_string_equal(current_title(n), "Web Series Part B");
	assert_int_equal(store_page_kept(st, b, &cause), 0);
	nav_free(n);
	nav_cleanup();

	/* The server gone; a later run. */
	kill(server, SIGKILL);
	waitpid(server, NULL, 0);
	n = nav_new(0);
	nav_set_library(n, st);
	open_wait(n, a, NAV_OPENED, &ev);
	want = xasprintf("offline: the copy kept on %s (", today());
	assert_non_null(ev.msg);
	if (strncmp(ev.msg, want, strlen(want)) != 0)
		fail_msg("'%s' is not '%s...'", ev.msg, want);
	free(want);
	assert_false(ev.error);
	nav_event_clear(&ev);
	assert_string_equal(current_title(n), "Web Series Part A");
	assert_string_equal(nav_current(n)->target, a);
	/* Recorded as read, as any. */
	assert_int_equal(store_is_read(st, a, &cause), 1);
	/* A reload that fails says why; the copy stays open. */
	nav_reload(n, NULL);
	run_until_loaded(n);
	expect_event(n, NAV_FAILED, NULL, &ev);
	assert_non_null(strstr(ev.msg, "127.0.0.1"));
	nav_event_clear(&ev);
	assert_string_equal(current_title(n), "Web Series Part A");
	/* ]: the copy cached of the next post. */
	nav_follow(n, true, NULL);
	run_until_loaded(n);
	expect_event(n, NAV_OPENED, NULL, &ev);
	want = xasprintf("offline: the copy fetched on %s (", today());
	if (strncmp(ev.msg, want, strlen(want)) != 0)
		fail_msg("'%s' is not '%s...'", ev.msg, want);
	free(want);
	nav_event_clear(&ev);
	assert_string_equal(current_title(n), "Web Series Part B");
	/* h: back to the copy kept, by its place in history. */
	nav_back(n, NULL);
	run_until_loaded(n);
	expect_event(n, NAV_OPENED, NULL, NULL);
	assert_string_equal(current_title(n), "Web Series Part A");
	/* S again: no longer kept; cached still. */
	nav_toggle_kept(n);
	expect_event(n, NAV_MESSAGE, "no longer kept", NULL);
	assert_int_equal(store_page_kept(st, a, &cause), 0);
	assert_int_equal(store_page_get(st, a, &p, &cause), 1);
	store_page_clear(&p);
	/* S: kept again, from the copy it opened from. */
	nav_toggle_kept(n);
	expect_event(n, NAV_MESSAGE, "kept: readable offline", NULL);
	assert_int_equal(store_page_kept(st, a, &cause), 1);

	/* A host under .invalid: refused without a lookup, a copy kept
	 * under its address opens. */
	p.data = test_read("web/a.html", &p.len);
	p.type = p.url = NULL;
	assert_int_equal(store_page_keep(st, "http://kept.invalid/a.html", &p,
	    &cause), 0);
	free(p.data);
	open_wait(n, "http://kept.invalid/a.html", NAV_OPENED, &ev);
	want = xasprintf("offline: the copy kept on %s (no such host: "
	    "kept.invalid)", today());
	assert_string_equal(ev.msg, want);
	free(want);
	nav_event_clear(&ev);
	/* ... and with none, the load fails as ever. */
	open_wait(n, "http://gone.invalid/a.html", NAV_FAILED, &ev);
	assert_string_equal(ev.msg, "no such host: gone.invalid");
	nav_event_clear(&ev);
	assert_string_equal(current_title(n), "Web Series Part A");

	/* A file kept, then deleted: the copy. */
	copy = xasprintf("%s/alpha.html", libdir);
	want = xasprintf("cp '%s' '%s'", test_data_path("series/alpha.html"),
	    copy);
	assert_int_equal(system(want), 0);
	free(want);
	nav_go(n, copy, NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	nav_toggle_kept(n);
	expect_event(n, NAV_MESSAGE, "kept: readable offline", NULL);
	unlink(copy);
	nav_go(n, copy, NULL);
	expect_event(n, NAV_OPENED, NULL, &ev);
	want = xasprintf("not read: the copy kept on %s (No such file or "
	    "directory)", today());
	assert_string_equal(ev.msg, want);
	free(want);
	nav_event_clear(&ev);
	assert_non_null(strstr(nav_current(n)->article->doc->body, "canal"));
	/* Deleted before S, with no copy: nothing to keep, and why. */
	want = xasprintf("cp '%s' '%s'", test_data_path("series/delta.txt"),
	    copy);
	assert_int_equal(system(want), 0);
	free(want);
	assert_int_equal(store_forget(st, store_key_static(copy), &cause), 1);
	nav_go(n, copy, NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	unlink(copy);
	nav_toggle_kept(n);
	expect_event(n, NAV_MESSAGE, "not kept: No such file or directory",
	    NULL);
	free(copy);

	/* Standard input: nothing to keep it under. */
	saved = test_stdin_from("A Note\n\nNothing to keep here.\n");
	nav_go(n, "-", NULL);
	test_stdin_restore(saved);
	expect_event(n, NAV_OPENED, NULL, NULL);
	nav_toggle_kept(n);
	expect_event(n, NAV_MESSAGE, "an article from standard input cannot "
	    "be kept", NULL);
	nav_free(n);

	/* Without the library: nothing is kept, nothing read from it. */
	n = nav_new(0);
	open_wait(n, a, NAV_FAILED, NULL);
	nav_go(n, test_data_path("series/alpha.html"), NULL);
	expect_event(n, NAV_OPENED, NULL, NULL);
	nav_toggle_kept(n);
	expect_event(n, NAV_MESSAGE, "nothing is kept: the library is off",
	    &ev);
	assert_true(ev.error);
	nav_event_clear(&ev);
	nav_free(n);
	library_gone(st);
	nav_cleanup();
}

#else

static void
test_library(void **state)
{
	(void)state;
	print_message("built without SQLite: no library to test\n");
	skip();
}

#endif

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_load),
		cmocka_unit_test(test_shared_site),
		cmocka_unit_test(test_history),
		cmocka_unit_test(test_follow_policy),
		cmocka_unit_test(test_pending),
		cmocka_unit_test(test_cancel),
		cmocka_unit_test(test_library),
#ifdef HAVE_SQLITE
		cmocka_unit_test(test_library_fails),
		cmocka_unit_test(test_mentions_many),
		cmocka_unit_test(test_feed),
		cmocka_unit_test(test_kept_offline),
#endif
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
