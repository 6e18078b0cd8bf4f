/* test_store.c: the reading library, on real databases in a temporary
 * folder: creating it, what it remembers, migrations, and every way it
 * can fail to open (each a cause, never a crash). */
#include "config.h"

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifdef HAVE_SQLITE
#include <sqlite3.h>
#endif

#include "store.h"
#include "xmalloc.h"

#include "testutil.h"

static char	 dir[] = "/tmp/folio-store.XXXXXX";
static char	 db[sizeof dir + 32];

static int
rm_one(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb, (void)flag, (void)ftw;
	chmod(path, 0700);
	return remove(path);
}

static int
setup(void **state)
{
	(void)state;
	strcpy(dir, "/tmp/folio-store.XXXXXX");
	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(db, sizeof db, "%s/library.db", dir);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	chmod(dir, 0700);
	return nftw(dir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

static void
test_path(void **state)
{
	char	*p;

	(void)state;
	setenv("XDG_DATA_HOME", "/x/data", 1);
	setenv("HOME", "/home/r", 1);
	p = store_path();
	assert_string_equal(p, "/x/data/folio/library.db");
	free(p);
	/* Relative: not a base directory (XDG), so HOME. */
	setenv("XDG_DATA_HOME", "data", 1);
	p = store_path();
	assert_string_equal(p, "/home/r/.local/share/folio/library.db");
	free(p);
	unsetenv("XDG_DATA_HOME");
	unsetenv("HOME");
	assert_null(store_path());
}

static void
test_key(void **state)
{
	char	 cwd[4096], *k, *want, *real;

	(void)state;
	assert_null(store_key("-"));
	k = store_key("https://example.com/a?b=1");
	assert_string_equal(k, "https://example.com/a?b=1");
	free(k);
	/* A file: its real path, however it is named. */
	assert_non_null(getcwd(cwd, sizeof cwd));
	assert_int_equal(chdir(dir), 0);
	test_write_file("a.txt", "A\n\nbody\n");
	assert_int_equal(mkdir("sub", 0700), 0);
	real = realpath(".", NULL);
	k = store_key("sub/../a.txt");
	want = xasprintf("%s/a.txt", real);
	assert_string_equal(k, want);
	free(k);
	free(want);
	/* Gone: as named, made absolute. */
	k = store_key("gone.txt");
	want = xasprintf("%s/gone.txt", real);
	assert_string_equal(k, want);
	free(k);
	free(want);
	/* An entry with no page of its own: the same from any folder. */
	k = store_key("folio:entry:https://example.com/feed#note-7");
	assert_string_equal(k, "folio:entry:https://example.com/feed#note-7");
	free(k);
	k = store_key("folio:entry:/home/a/feed.xml#note-7");
	assert_string_equal(k, "folio:entry:/home/a/feed.xml#note-7");
	free(k);
	/* A file whose name looks like a scheme is still a file. */
	test_write_file("notes:x.html", "<p>x</p>");
	k = store_key("notes:x.html");
	want = xasprintf("%s/notes:x.html", real);
	assert_string_equal(k, want);
	free(k);
	free(want);
	free(real);
	assert_int_equal(chdir(cwd), 0);
}

#ifdef HAVE_SQLITE

/* A connection of the test's own to the library. */
static sqlite3 *
raw(const char *path)
{
	sqlite3	*h = NULL;

	assert_int_equal(sqlite3_open(path, &h), SQLITE_OK);
	sqlite3_busy_timeout(h, 2000);
	return h;
}

static void
raw_exec(sqlite3 *h, const char *sql)
{
	char	*err = NULL;

	if (sqlite3_exec(h, sql, NULL, NULL, &err) != SQLITE_OK)
		fail_msg("%s: %s", sql, err);
}

/* An integer the query gives. */
static long long
raw_int(const char *path, const char *sql)
{
	sqlite3		*h = raw(path);
	sqlite3_stmt	*s;
	long long	 v = -1;

	assert_int_equal(sqlite3_prepare_v2(h, sql, -1, &s, NULL), SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(h);
	return v;
}

static struct store *
open_ok(void)
{
	char		*cause = NULL;
	struct store	*st = store_open(db, &cause);

	if (st == NULL)
		fail_msg("store_open: %s", cause);
	return st;
}

/* store_open fails, its cause holding want. */
static void
open_fails(const char *want)
{
	char		*cause = NULL;
	struct store	*st = store_open(db, &cause);

	assert_null(st);
	assert_non_null(cause);
	if (strstr(cause, want) == NULL)
		fail_msg("cause '%s' lacks '%s'", cause, want);
	free(cause);
}

static void
visit(struct store *st, const char *key, const char *title, int want,
    struct store_place *pl)
{
	struct store_article	 a = { key, NULL, title, "example.com",
				    "2024-05-16", NULL, NULL, 0 };
	char			*cause = NULL;

	assert_int_equal(store_visit(st, &a, pl, &cause), want);
	assert_null(cause);
}

static void
test_create(void **state)
{
	struct stat	 sb;
	struct store	*st;
	char		*p = xasprintf("%s/data/folio/library.db", dir);
	char		*sub = xasprintf("%s/data", dir);

	(void)state;
	strcpy(db, p);
	st = open_ok();
	store_close(st);
	/* The folders it made 0700, the file 0600, whatever the umask. */
	assert_int_equal(stat(sub, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0700);
	*strrchr(p, '/') = '\0';
	assert_int_equal(stat(p, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0700);
	assert_int_equal(stat(db, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0600);
	assert_int_equal(raw_int(db, "PRAGMA user_version"), STORE_SCHEMA);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM sqlite_master "
	    "WHERE name = 'article'"), 1);
	/* WAL, kept in the file. */
	assert_int_equal(raw_int(db, "SELECT journal_mode = 'wal' FROM "
	    "pragma_journal_mode"), 1);
	/* Opened again, as it is. */
	st = open_ok();
	store_close(st);
	free(p);
	free(sub);
	snprintf(db, sizeof db, "%s/library.db", dir);
}

static void
test_remember(void **state)
{
	struct store		*st;
	struct store_place	 pl, here = { 12, 345, 60, 42 };
	char			*cause = NULL;

	(void)state;
	st = open_ok();
	assert_int_equal(store_is_read(st, "/a/one.html", &cause), 0);
	/* New: no place. */
	visit(st, "/a/one.html", "One", 0, &pl);
	assert_int_equal(store_is_read(st, "/a/one.html", &cause), 1);
	/* Read again before the reader moved: still no place. */
	visit(st, "/a/one.html", "One", 0, &pl);
	assert_int_equal(store_keep(st, "/a/one.html", &here, &cause), 0);
	/* Keeping the place of what is not in the library does nothing. */
	assert_int_equal(store_keep(st, "/a/none.html", &here, &cause), 0);
	store_close(st);

	/* Another run: the place is there. */
	st = open_ok();
	memset(&pl, 0, sizeof pl);
	visit(st, "/a/one.html", NULL, 1, &pl);
	assert_int_equal(pl.block, 12);
	assert_int_equal(pl.off, 345);
	assert_int_equal(pl.line, 60);
	assert_int_equal(pl.pct, 42);
	/* At the title: a line, and no percent. */
	here.block = STORE_AT_LINE;
	here.off = 0;
	here.line = 1;
	here.pct = -1;
	assert_int_equal(store_keep(st, "/a/one.html", &here, &cause), 0);
	visit(st, "/a/one.html", NULL, 1, &pl);
	assert_true(pl.block == STORE_AT_LINE && pl.line == 1 &&
	    pl.pct == -1);
	visit(st, "https://example.com/two", "Two", 0, &pl);
	store_close(st);
	/* Three reads; the title kept when a read gives none. */
	assert_int_equal(raw_int(db, "SELECT reads FROM article WHERE key = "
	    "'/a/one.html'"), 4);
	assert_int_equal(raw_int(db, "SELECT title = 'One' FROM article "
	    "WHERE key = '/a/one.html'"), 1);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM article"), 2);
	assert_int_equal(raw_int(db, "SELECT last_read >= first_read AND "
	    "first_read > 1700000000 FROM article WHERE key = '/a/one.html'"),
	    1);
}

static void
test_forget(void **state)
{
	struct store		*st;
	struct store_place	 pl;
	char			*cause = NULL;

	(void)state;
	st = open_ok();
	visit(st, "/a/one.html", "One", 0, &pl);
	visit(st, "/a/two.html", "Two", 0, &pl);
	assert_int_equal(store_forget(st, "/a/one.html", &cause), 1);
	assert_int_equal(store_is_read(st, "/a/one.html", &cause), 0);
	assert_int_equal(store_forget(st, "/a/one.html", &cause), 0);
	assert_int_equal(store_is_read(st, "/a/two.html", &cause), 1);
	store_close(st);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM article WHERE "
	    "key = '/a/one.html'"), 0);
}

static void
test_mark(void **state)
{
	struct store		*st;
	struct store_place	 pl, here = { 3, 4, 5, 6 };
	struct store_article	 a = { "/a/new.html", NULL, "New", NULL,
				    NULL, NULL, NULL, 0 };
	char			*cause = NULL;

	(void)state;
	st = open_ok();
	/* Not read yet: recorded as read zero times. */
	assert_int_equal(store_mark(st, &a, true, &cause), 0);
	assert_int_equal(store_is_read(st, "/a/new.html", &cause), 1);
	assert_int_equal(store_mark(st, &a, false, &cause), 0);
	assert_int_equal(store_is_read(st, "/a/new.html", &cause), 0);
	/* Read: not read any more, its place kept. */
	visit(st, "/a/one.html", "One", 0, &pl);
	assert_int_equal(store_keep(st, "/a/one.html", &here, &cause), 0);
	a.key = "/a/one.html";
	assert_int_equal(store_mark(st, &a, false, &cause), 0);
	assert_int_equal(store_is_read(st, "/a/one.html", &cause), 0);
	visit(st, "/a/one.html", "One", 1, &pl);
	assert_int_equal(pl.line, 5);
	/* Opened again: read. */
	assert_int_equal(store_is_read(st, "/a/one.html", &cause), 1);
	store_close(st);
	assert_int_equal(raw_int(db, "SELECT reads FROM article WHERE "
	    "key = '/a/new.html'"), 0);
}

/* Version 0, the only earlier one: a library that is an empty file, or
 * an empty database (as a folio killed while creating it leaves). */
static void
test_migrate(void **state)
{
	struct store		*st;
	struct store_place	 pl;
	sqlite3			*h;

	(void)state;
	test_write_file(db, "");
	st = open_ok();
	visit(st, "/a/one.html", "One", 0, &pl);
	store_close(st);
	assert_int_equal(raw_int(db, "PRAGMA user_version"), STORE_SCHEMA);

	unlink(db);
	h = raw(db);
	raw_exec(h, "PRAGMA user_version = 0; CREATE TABLE t (x); "
	    "DROP TABLE t");
	sqlite3_close(h);
	st = open_ok();
	visit(st, "/a/one.html", "One", 0, &pl);
	store_close(st);
	assert_int_equal(raw_int(db, "PRAGMA user_version"), STORE_SCHEMA);
}

/* Version 1, as folio wrote it: its articles and places kept, their
 * titles searchable at once, their texts once read again. */
static const char v1[] =
	"CREATE TABLE article (\n"
	"	id		INTEGER PRIMARY KEY,\n"
	"	key		TEXT NOT NULL UNIQUE,\n"
	"	url		TEXT,\n"
	"	title		TEXT,\n"
	"	site		TEXT,\n"
	"	date		TEXT,\n"
	"	first_read	INTEGER NOT NULL,\n"
	"	last_read	INTEGER NOT NULL,\n"
	"	reads		INTEGER NOT NULL DEFAULT 1,\n"
	"	read		INTEGER NOT NULL DEFAULT 1,\n"
	"	pos_block	INTEGER,\n"
	"	pos_off		INTEGER,\n"
	"	pos_line	INTEGER,\n"
	"	pos_pct		INTEGER\n"
	");\n"
	"CREATE INDEX article_last_read ON article (last_read);\n"
	"INSERT INTO article (key, title, first_read, last_read, pos_block, "
	"    pos_off, pos_line, pos_pct) VALUES ('/a/one.html', "
	"    'Harbour Bridge Closes', 1700000000, 1700000100, 4, 20, 33, 61);\n"
	"INSERT INTO article (key, title, first_read, last_read, read) "
	"    VALUES ('https://example.com/two', 'Ferry Fares', 1700000000, "
	"    1700000200, 0);\n"
	"PRAGMA user_version = 1;\n";

static void
test_migrate_v1(void **state)
{
	struct store		*st;
	struct store_place	 pl;
	struct store_article	 a = { "/a/one.html", NULL, NULL, NULL, NULL,
				    "The pier was found corroded.", NULL, 0 };
	struct store_hit	*h;
	size_t			 n;
	char			*cause = NULL;
	sqlite3			*raw_h = raw(db);

	(void)state;
	raw_exec(raw_h, "PRAGMA journal_mode = WAL");
	raw_exec(raw_h, v1);
	sqlite3_close(raw_h);
	st = open_ok();
	assert_int_equal(raw_int(db, "PRAGMA user_version"), STORE_SCHEMA);
	assert_int_equal(store_is_read(st, "https://example.com/two", &cause),
	    0);
	assert_int_equal(store_search(st, "bridge", 10, &h, &n, &cause), 0);
	assert_int_equal(n, 1);
	assert_string_equal(h[0].file, "/a/one.html");
	assert_string_equal(h[0].title, "Harbour Bridge Closes");
	store_hits_free(h, n);
	/* Read again: where the reader was, and its text found. */
	assert_int_equal(store_visit(st, &a, &pl, &cause), 1);
	assert_true(pl.block == 4 && pl.off == 20 && pl.line == 33 &&
	    pl.pct == 61);
	/* Recorded, not indexed yet: the text is indexed apart. */
	assert_int_equal(store_search(st, "corroded", 10, &h, &n, &cause), 0);
	assert_int_equal(n, 0);
	free(h);
	assert_int_equal(store_index(st, &a, &cause), 0);
	assert_int_equal(store_search(st, "corroded", 10, &h, &n, &cause), 0);
	assert_int_equal(n, 1);
	assert_string_equal(h[0].title, "Harbour Bridge Closes");
	store_hits_free(h, n);
	store_close(st);
}

/* A library of schema 2 (before feeds), its articles kept. */
static void
test_migrate_v2(void **state)
{
	struct store		*st;
	struct store_feed_info	 fi;
	char			*cause = NULL;
	sqlite3			*h;

	(void)state;
	st = open_ok();
	visit(st, "/a/one.html", "Harbour Bridge Closes", 0,
	    &(struct store_place){ 0, 0, 0, 0 });
	store_close(st);
	h = raw(db);
	raw_exec(h, "DROP TABLE entry; DROP TABLE feed; DROP TABLE page; "
	    "DROP INDEX article_recent; "
	    "PRAGMA user_version = 2");
	sqlite3_close(h);
	st = open_ok();
	assert_int_equal(raw_int(db, "PRAGMA user_version"), STORE_SCHEMA);
	assert_int_equal(store_is_read(st, "/a/one.html", &cause), 1);
	assert_int_equal(store_feed_info(st, "http://x/feed", &fi, &cause), 0);
	store_close(st);
}

/* The counts of the feed at url. */
static struct store_feed_counts
counts(struct store *st, const char *url)
{
	struct store_feed_counts c;
	char			*cause = NULL;

	if (store_feed_counts(st, url, &c, &cause) == -1)
		fail_msg("store_feed_counts: %s", cause);
	return c;
}

/* Entries of a fixture feed, each a key of its own. */
static void
entries(struct store_entry *e, size_t n, const char *prefix)
{
	size_t	 i;

	memset(e, 0, n * sizeof *e);
	for (i = 0; i < n; i++) {
		e[i].id = xasprintf("%s%zu", prefix, i);
		e[i].key = xasprintf("https://example.com/%s%zu", prefix, i);
		e[i].url = xstrdup(e[i].key);
		e[i].title = xasprintf("Entry %s%zu", prefix, i);
		e[i].date = xstrdup("2024-03-04");
		e[i].time = 1709553600 + (long long)i;
		e[i].summary = xasprintf("The summary of %s%zu", prefix, i);
		e[i].author = xstrdup("Ada Byline");
		e[i].content = xasprintf("<p>The text of %s%zu</p>", prefix,
		    i);
	}
}

/* A feed fetched twice: new entries counted, marks read back, entries
 * that left the feed kept after the others, a refresh that failed
 * said. */
static void
test_feeds(void **state)
{
	struct store		*st;
	struct store_feed	 f = { "https://example.com/feed.xml",
				    "Example News", "https://example.com/",
				    "\"v1\"", "Mon, 04 Mar 2024 12:00:00 GMT" };
	struct store_feed_info	 fi;
	struct store_entry	 e[3], *got, *one;
	struct store_article	 a = { "https://example.com/a1", NULL, NULL,
				    NULL, NULL, NULL, NULL, 0 };
	struct store_feed_counts c;
	size_t			 n;
	char			*cause = NULL;

	(void)state;
	st = open_ok();
	/* Never fetched: nothing known, nothing counted. */
	assert_int_equal(store_feed_info(st, f.url, &fi, &cause), 0);
	assert_null(fi.etag);
	c = counts(st, f.url);
	assert_int_equal(c.total, 0);
	assert_null(c.newest);
	entries(e, 3, "a");
	assert_int_equal(store_feed_put(st, &f, e, 3, &cause), 3);
	assert_int_equal(store_feed_info(st, f.url, &fi, &cause), 1);
	assert_string_equal(fi.title, "Example News");
	assert_string_equal(fi.etag, "\"v1\"");
	assert_string_equal(fi.last_modified, "Mon, 04 Mar 2024 12:00:00 GMT");
	assert_null(fi.error);
	assert_true(fi.checked > 0);
	store_feed_info_clear(&fi);
	c = counts(st, f.url);
	assert_int_equal(c.total, 3);
	assert_int_equal(c.unread, 3);
	assert_string_equal(c.newest, "2024-03-04");
	free(c.newest);

	/* One read. */
	assert_int_equal(store_mark(st, &a, true, &cause), 0);
	c = counts(st, f.url);
	assert_int_equal(c.unread, 2);
	free(c.newest);
	assert_int_equal(store_feed_entries(st, f.url, &got, &n, &cause), 0);
	assert_int_equal(n, 3);
	assert_string_equal(got[0].id, "a0");
	assert_string_equal(got[1].title, "Entry a1");
	assert_true(got[1].read);
	assert_false(got[0].read);
	assert_int_equal(got[2].time, 1709553602);
	/* Not read back in a list: their summary, author and text. */
	assert_null(got[2].summary);
	assert_null(got[2].author);
	assert_null(got[0].content);
	store_entries_free(got, n);

	/* Fetched again: a2 left the feed, b0 came; a1 changed its
	 * title. */
	free(e[2].id);
	free(e[2].key);
	e[2].id = xstrdup("b0");
	e[2].key = xstrdup("https://example.com/b0");
	free(e[1].title);
	e[1].title = xstrdup("Entry a1, corrected");
	f.etag = "\"v2\"";
	assert_int_equal(store_feed_put(st, &f, e, 3, &cause), 1);
	assert_int_equal(store_feed_entries(st, f.url, &got, &n, &cause), 0);
	assert_int_equal(n, 4);
	assert_string_equal(got[0].id, "a0");
	assert_string_equal(got[1].title, "Entry a1, corrected");
	assert_string_equal(got[2].id, "b0");
	assert_string_equal(got[3].id, "a2");	/* gone from the feed: last */
	store_entries_free(got, n);

	/* An entry by its key, with its text. */
	assert_int_equal(store_entry_get(st, "https://example.com/a2", &one,
	    &cause), 1);
	assert_string_equal(one->content, "<p>The text of a2</p>");
	assert_string_equal(one->summary, "The summary of a2");
	assert_string_equal(one->author, "Ada Byline");
	assert_string_equal(one->title, "Entry a2");
	store_entries_free(one, 1);
	assert_int_equal(store_entry_get(st, "https://example.com/zz", &one,
	    &cause), 0);

	/* A refresh that failed: said, the entries kept. */
	assert_int_equal(store_feed_tried(st, f.url, "HTTP status 500",
	    &cause), 0);
	assert_int_equal(store_feed_info(st, f.url, &fi, &cause), 1);
	assert_string_equal(fi.error, "HTTP status 500");
	assert_string_equal(fi.etag, "\"v2\"");
	store_feed_info_clear(&fi);
	c = counts(st, f.url);
	assert_int_equal(c.total, 4);
	free(c.newest);
	/* A good one clears it. */
	assert_int_equal(store_feed_put(st, &f, e, 3, &cause), 0);
	assert_int_equal(store_feed_info(st, f.url, &fi, &cause), 1);
	assert_null(fi.error);
	store_feed_info_clear(&fi);
	store_entries_clear(e, 3);
	store_close(st);
}

/* Feeds written in one batch: each put is part of it, and the batch is
 * seen by another connection only once it ends. */
static void
test_feed_batch(void **state)
{
	struct store		*st;
	struct store_feed	 a = { "https://a.example/feed", "A", NULL, NULL,
				    NULL };
	struct store_feed	 b = { "https://b.example/feed", "B", NULL, NULL,
				    NULL };
	struct store_feed_counts c;
	struct store_entry	 e[2];
	char			*cause = NULL;

	(void)state;
	st = open_ok();
	entries(e, 2, "x");
	assert_int_equal(store_batch_begin(st, &cause), 0);
	assert_int_equal(store_feed_put(st, &a, e, 2, &cause), 2);
	assert_int_equal(store_feed_put(st, &b, e, 1, &cause), 1);
	assert_int_equal(store_feed_tried(st, "https://c.example/feed",
	    "HTTP status 500", &cause), 0);
	/* Not yet seen from outside. */
	assert_int_equal(raw_int(db, "SELECT count(*) FROM feed"), 0);
	assert_int_equal(store_batch_end(st, &cause), 0);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM feed"), 3);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM entry"), 3);
	c = counts(st, b.url);
	assert_int_equal(c.total, 1);
	free(c.newest);
	store_entries_clear(e, 2);
	store_close(st);
}

/* A feed of 100,000 entries: recorded, then read back in order. */
static void
test_feed_large(void **state)
{
	struct store		*st;
	struct store_feed	 f = { "https://example.com/big.xml", "Big",
				    NULL, NULL, NULL };
	struct store_entry	*e, *got;
	size_t			 n, want = 100000;
	char			*cause = NULL;

	(void)state;
	st = open_ok();
	e = xcalloc(want, sizeof *e);
	entries(e, want, "");
	assert_int_equal(store_feed_put(st, &f, e, want, &cause), (int)want);
	assert_int_equal(store_feed_entries(st, f.url, &got, &n, &cause), 0);
	assert_int_equal(n, want);
	assert_string_equal(got[want - 1].id, "99999");
	store_entries_free(got, n);
	store_entries_clear(e, want);
	free(e);
	store_close(st);
}

static void
add(struct store *st, const char *key, const char *title, const char *body)
{
	struct store_article	 a = { key, NULL, title, NULL, "2024-03-04",
				    body, NULL, 0 };
	struct store_place	 pl;
	char			*cause = NULL;

	if (store_visit(st, &a, &pl, &cause) == -1 ||
	    store_index(st, &a, &cause) == -1)
		fail_msg("%s", cause);
}

static size_t
search(struct store *st, const char *q, struct store_hit **h)
{
	char	*cause = NULL;
	size_t	 n;

	if (store_search(st, q, 50, h, &n, &cause) == -1)
		fail_msg("%s: %s", q, cause);
	return n;
}

static void
test_search(void **state)
{
	struct store		*st;
	struct store_hit	*h;
	char			*cause = NULL;

	(void)state;
	st = open_ok();
	add(st, "/n/ferry.txt", "Ferry Fares Rise",
	    "Operators on Kestrel Sound warned that the bridge closure would "
	    "raise fares at the Café on the pier.");
	add(st, "/n/bridge.html", "Bridge Closure Approved",
	    "The council voted to close the harbour bridge for repairs.");
	add(st, "https://example.com/pier", "Pier Corrosion",
	    "Engineers found corrosion under the ferry pier.");

	/* In the title first, then in the text. */
	assert_int_equal(search(st, "bridge", &h), 2);
	assert_string_equal(h[0].file, "/n/bridge.html");
	assert_null(h[0].url);
	assert_string_equal(h[1].file, "/n/ferry.txt");
	assert_non_null(strstr(h[1].snippet, "bridge"));
	assert_string_equal(h[0].date, "2024-03-04");
	assert_true(h[0].read);
	store_hits_free(h, 2);
	/* Every word; case and accents aside. */
	assert_int_equal(search(st, "FERRY pier", &h), 2);
	store_hits_free(h, 2);
	assert_int_equal(search(st, "cafe", &h), 1);
	assert_string_equal(h[0].title, "Ferry Fares Rise");
	store_hits_free(h, 1);
	assert_int_equal(search(st, "corrosion", &h), 1);
	assert_string_equal(h[0].url, "https://example.com/pier");
	assert_null(h[0].file);
	store_hits_free(h, 1);
	/* What FTS5 would read as its own syntax is only words. */
	assert_int_equal(search(st, "\"bridge AND NOT (ferry* OR -x:y)", &h),
	    0);
	free(h);
	assert_int_equal(search(st, "  \t ", &h), 0);
	assert_int_equal(search(st, "nowhere", &h), 0);
	free(h);

	/* A text that changed is indexed anew. */
	add(st, "/n/bridge.html", "Bridge Closure Approved",
	    "The council postponed the vote.");
	assert_int_equal(search(st, "postponed", &h), 1);
	store_hits_free(h, 1);
	assert_int_equal(search(st, "repairs", &h), 0);
	free(h);
	/* The text of what is not in the library: nothing. */
	{
		struct store_article a = { "/n/none", NULL, "None", NULL, NULL,
		    "council", NULL, 0 };

		assert_int_equal(store_index(st, &a, &cause), 0);
	}
	/* Forgotten: not found. */
	assert_int_equal(store_forget(st, "/n/bridge.html", &cause), 1);
	assert_int_equal(search(st, "council", &h), 0);
	free(h);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM article_text"), 2);
	store_close(st);
}

/* A word in more articles than are ranked: the best of the last
 * recorded, each with its snippet. */
static void
test_search_ranked(void **state)
{
	struct store		*st;
	struct store_hit	*h;
	char			 key[32], body[128], *cause = NULL;
	size_t			 n;
	int			 i;

	(void)state;
	st = open_ok();
	/* The first has the word in its title: the best of all. */
	add(st, "/r/0.txt", "Tide Tables", "The tide came in at noon.");
	for (i = 1; i < 30; i++) {
		snprintf(key, sizeof key, "/r/%d.txt", i);
		snprintf(body, sizeof body, "Report %d: the tide%s came in.",
		    i, i == 25 ? " and the tide and the tide" : "");
		add(st, key, "Report", body);
	}
	assert_int_equal(n = search(st, "tide", &h), 30);
	assert_string_equal(h[0].file, "/r/0.txt");
	store_hits_free(h, n);
	store_set_search_ranked(10);
	/* The last ten recorded: 20 to 29, the best first. */
	assert_int_equal(n = search(st, "tide", &h), 10);
	assert_string_equal(h[0].file, "/r/25.txt");
	assert_non_null(strstr(h[0].snippet, "tide"));
	for (i = 0; i < 10; i++) {
		assert_true(atoi(h[i].file + 3) >= 20);
		assert_non_null(h[i].snippet);
	}
	store_hits_free(h, n);
	/* Fewer than that: all of them. */
	assert_int_equal(n = search(st, "noon", &h), 1);
	assert_string_equal(h[0].file, "/r/0.txt");
	store_hits_free(h, n);
	store_set_search_ranked(0);
	assert_int_equal(n = search(st, "tide", &h), 30);
	assert_string_equal(h[0].file, "/r/0.txt");
	store_hits_free(h, n);
	/* More than a hundred: each with its snippet. */
	for (i = 30; i < 130; i++) {
		snprintf(key, sizeof key, "/r/%d.txt", i);
		snprintf(body, sizeof body, "Report %d: the tide went out.", i);
		add(st, key, "Report", body);
	}
	assert_int_equal(store_search(st, "tide", 200, &h, &n, &cause), 0);
	assert_int_equal(n, 130);
	for (i = 0; i < 130; i++)
		assert_non_null(strstr(h[i].snippet, "tide"));
	store_hits_free(h, n);
	store_close(st);
}

/* The names each article mentions: the other articles that mention
 * one, the last read first; found by search too; gone when forgotten. */
static void
test_names(void **state)
{
	static const struct store_name	 one[] = {
		{ "Li Qiang", "person", 3 }, { "Vienna", "place", 1 },
		{ "Xi Jinping", "person", 2 }
	}, two[] = {
		{ "Li Qiang", "person", 1 }
	};
	struct store_article	 a = { "/n/one.txt", NULL, "One", NULL, NULL,
				    "Premier Li met Xi in Vienna.", one, 3 };
	struct store_article	 b = { "/n/two.txt", NULL, "Two", NULL, NULL,
				    "Li Qiang spoke.", two, 1 };
	struct store		*st;
	struct store_place	 pl;
	struct store_hit	*h;
	size_t			 n;
	char			*cause = NULL;

	(void)state;
	st = open_ok();
	assert_int_equal(store_visit(st, &a, &pl, &cause), 0);
	assert_int_equal(store_index(st, &a, &cause), 0);
	assert_int_equal(store_visit(st, &b, &pl, &cause), 0);
	assert_int_equal(store_index(st, &b, &cause), 0);
	assert_int_equal(store_mentions(st, "Li Qiang", NULL, 10, &h, &n,
	    &cause), 0);
	assert_int_equal(n, 2);
	assert_string_equal(h[0].file, "/n/two.txt");
	store_hits_free(h, n);
	assert_int_equal(store_mentions(st, "Li Qiang", "/n/two.txt", 10, &h,
	    &n, &cause), 0);
	assert_int_equal(n, 1);
	assert_string_equal(h[0].file, "/n/one.txt");
	store_hits_free(h, n);
	/* At most max, the last read; and how many in all. */
	assert_int_equal(store_mentions(st, "Li Qiang", NULL, 1, &h, &n,
	    &cause), 0);
	assert_int_equal(n, 1);
	assert_string_equal(h[0].file, "/n/two.txt");
	assert_false(h[0].kept);
	store_hits_free(h, n);
	assert_int_equal(store_mentions_count(st, "Li Qiang", NULL, &n,
	    &cause), 0);
	assert_int_equal(n, 2);
	assert_int_equal(store_mentions_count(st, "Li Qiang", "/n/two.txt",
	    &n, &cause), 0);
	assert_int_equal(n, 1);
	assert_int_equal(store_mentions_count(st, "Nobody", NULL, &n,
	    &cause), 0);
	assert_int_equal(n, 0);
	/* "Jinping" is in no title or text: in the names. */
	assert_int_equal(search(st, "jinping", &h), 1);
	assert_string_equal(h[0].title, "One");
	store_hits_free(h, 1);
	/* Read again with other names: those replace them. */
	a.nnames = 1;
	a.names = two;
	assert_int_equal(store_index(st, &a, &cause), 0);
	assert_int_equal(store_mentions(st, "Vienna", NULL, 10, &h, &n,
	    &cause), 0);
	assert_int_equal(n, 0);
	free(h);
	assert_int_equal(store_forget(st, "/n/two.txt", &cause), 1);
	assert_int_equal(store_mentions(st, "Li Qiang", NULL, 10, &h, &n,
	    &cause), 0);
	assert_int_equal(n, 1);
	store_hits_free(h, n);
	store_close(st);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM mention"), 1);
}

static void
test_list(void **state)
{
	struct store		*st;
	struct store_hit	*h;
	size_t			 n;
	char			*cause = NULL;

	(void)state;
	st = open_ok();
	add(st, "/n/a.txt", "A", NULL);
	add(st, "/n/b.txt", NULL, NULL);
	add(st, "https://example.com/c", "C", NULL);
	/* Marked read, never read: not listed. */
	{
		struct store_article a = { "/n/d.txt", NULL, "D", NULL, NULL,
		    NULL, NULL, 0 };

		assert_int_equal(store_mark(st, &a, true, &cause), 0);
	}
	assert_int_equal(store_list(st, 10, &h, &n, &cause), 0);
	assert_int_equal(n, 3);
	/* The last read first. */
	assert_string_equal(h[0].url, "https://example.com/c");
	assert_string_equal(h[1].title, "/n/b.txt");
	assert_string_equal(h[2].title, "A");
	assert_true(h[0].last_read >= h[2].last_read);
	store_hits_free(h, n);
	assert_int_equal(store_list(st, 2, &h, &n, &cause), 0);
	assert_int_equal(n, 2);
	store_hits_free(h, n);
	store_close(st);
}

/* A page of n bytes: the byte at i is i's low byte, prefix first. */
static struct store_page
page_of(const char *prefix, size_t n)
{
	struct store_page	 p;
	size_t			 i, len = strlen(prefix);

	memset(&p, 0, sizeof p);
	p.data = xmalloc(n > len ? n : len);
	for (i = 0; i < n; i++)
		p.data[i] = (char)(i & 0xff);
	memcpy(p.data, prefix, len < n ? len : n);
	p.len = n;
	return p;
}

/* The pages under key: kept, cached, read back as they were, and gone
 * with the article when it is forgotten. */
static void
test_pages(void **state)
{
	struct store		*st;
	struct store_page	 p, got;
	struct store_hit	*h;
	struct store_place	 pl;
	size_t			 n;
	char			*cause = NULL;
	const char		*key = "https://example.com/bridge";

	(void)state;
	st = open_ok();
	assert_int_equal(store_page_get(st, key, &got, &cause), 0);
	assert_int_equal(store_page_kept(st, key, &cause), 0);
	assert_int_equal(store_page_unkeep(st, key, &cause), 0);
	/* Cached: the bytes as they were, NULs and all. */
	p = page_of("<html>bridge", 1000);
	p.type = "text/html; charset=utf-8";
	p.url = "https://example.com/bridge/";
	assert_int_equal(store_page_cache(st, key, &p, &cause), 0);
	assert_int_equal(store_page_get(st, key, &got, &cause), 1);
	assert_int_equal(got.len, 1000);
	assert_memory_equal(got.data, p.data, 1000);
	assert_int_equal(got.data[1000], '\0');
	assert_string_equal(got.type, "text/html; charset=utf-8");
	assert_string_equal(got.url, "https://example.com/bridge/");
	assert_true(got.fetched > 1700000000);
	assert_int_equal(got.kept, 0);
	store_page_clear(&got);
	assert_int_equal(store_page_kept(st, key, &cause), 0);
	/* Kept. */
	add(st, key, "Bridge", "The bridge closes.");
	visit(st, "/a/other.html", "Other", 0, &pl);
	p.type = p.url = NULL;
	memcpy(p.data, "<html>kept!!", 12);
	assert_int_equal(store_page_keep(st, key, &p, &cause), 0);
	assert_int_equal(store_page_kept(st, key, &cause), 1);
	assert_int_equal(store_page_get(st, key, &got, &cause), 1);
	assert_true(got.kept > 1700000000);
	assert_null(got.type);
	assert_null(got.url);
	assert_memory_equal(got.data, "<html>kept!!", 12);
	store_page_clear(&got);
	/* Listed and found as kept. */
	assert_int_equal(store_list(st, 10, &h, &n, &cause), 0);
	assert_int_equal(n, 2);
	assert_string_equal(h[0].title, "Other");
	assert_false(h[0].kept);
	assert_string_equal(h[1].url, key);
	assert_true(h[1].kept);
	store_hits_free(h, n);
	assert_int_equal(store_search(st, "bridge", 10, &h, &n, &cause), 0);
	assert_int_equal(n, 1);
	assert_true(h[0].kept);
	store_hits_free(h, n);
	/* Fetched again: the new bytes, kept still. */
	memcpy(p.data, "<html>again!", 12);
	assert_int_equal(store_page_cache(st, key, &p, &cause), 0);
	assert_int_equal(store_page_get(st, key, &got, &cause), 1);
	assert_true(got.kept > 0);
	assert_memory_equal(got.data, "<html>again!", 12);
	store_page_clear(&got);
	/* No longer kept: cached. */
	assert_int_equal(store_page_unkeep(st, key, &cause), 1);
	assert_int_equal(store_page_kept(st, key, &cause), 0);
	assert_int_equal(store_page_unkeep(st, key, &cause), 0);
	assert_int_equal(store_page_get(st, key, &got, &cause), 1);
	assert_int_equal(got.kept, 0);
	store_page_clear(&got);
	assert_int_equal(store_list(st, 10, &h, &n, &cause), 0);
	assert_false(h[1].kept);
	store_hits_free(h, n);
	/* An empty page is a page. */
	p.len = 0;
	assert_int_equal(store_page_keep(st, "/a/empty.html", &p, &cause), 0);
	assert_int_equal(store_page_get(st, "/a/empty.html", &got, &cause),
	    1);
	assert_int_equal(got.len, 0);
	assert_string_equal(got.data, "");
	store_page_clear(&got);
	/* Forgotten: its page too. */
	assert_int_equal(store_page_keep(st, key, &p, &cause), 0);
	assert_int_equal(store_forget(st, key, &cause), 1);
	assert_int_equal(store_page_get(st, key, &got, &cause), 0);
	free(p.data);
	store_close(st);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM page"), 1);
}

/* The pages cached are bounded: STORE_CACHE_PAGES, STORE_CACHE_BYTES,
 * the oldest dropped first; a page kept is never dropped, nor counted. */
static void
test_page_bounds(void **state)
{
	struct store		*st;
	struct store_page	 p, got;
	char			*cause = NULL, key[64];
	size_t			 i, big = STORE_CACHE_BYTES / 5;

	(void)state;
	st = open_ok();
	p = page_of("<p>", 100);
	assert_int_equal(store_page_keep(st, "/kept/one", &p, &cause), 0);
	for (i = 0; i < STORE_CACHE_PAGES + 5; i++) {
		snprintf(key, sizeof key, "https://example.com/%zu", i);
		assert_int_equal(store_page_cache(st, key, &p, &cause), 0);
	}
	/* Page 5 fetched again: the newest now. */
	assert_int_equal(store_page_cache(st, "https://example.com/5", &p,
	    &cause), 0);
	snprintf(key, sizeof key, "https://example.com/%d",
	    STORE_CACHE_PAGES + 5);
	assert_int_equal(store_page_cache(st, key, &p, &cause), 0);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM page WHERE kept "
	    "IS NULL"), STORE_CACHE_PAGES);
	/* 0 to 6 dropped, but 5; the one kept stays. */
	for (i = 0; i < 8; i++) {
		snprintf(key, sizeof key, "https://example.com/%zu", i);
		assert_int_equal(store_page_get(st, key, &got, &cause),
		    i == 5 || i == 7);
		store_page_clear(&got);
	}
	assert_int_equal(store_page_get(st, "/kept/one", &got, &cause), 1);
	store_page_clear(&got);
	free(p.data);

	/* Bytes: five pages of a fifth fill it; a sixth drops the oldest,
	 * and every small one, older. */
	p = page_of("<p>", big);
	for (i = 0; i < 6; i++) {
		snprintf(key, sizeof key, "https://example.com/big/%zu", i);
		assert_int_equal(store_page_cache(st, key, &p, &cause), 0);
	}
	assert_int_equal(raw_int(db, "SELECT count(*) FROM page WHERE kept "
	    "IS NULL"), 5);
	assert_int_equal(raw_int(db, "SELECT sum(size) FROM page WHERE kept "
	    "IS NULL"), 5 * big);
	assert_int_equal(store_page_get(st, "https://example.com/big/0", &got,
	    &cause), 0);
	assert_int_equal(store_page_get(st, "https://example.com/big/1", &got,
	    &cause), 1);
	store_page_clear(&got);
	free(p.data);

	/* A page larger than a quarter: not cached; kept, it is. */
	p = page_of("<p>", STORE_CACHE_BYTES / 4 + 1);
	assert_int_equal(store_page_cache(st, "https://example.com/huge", &p,
	    &cause), 0);
	assert_int_equal(store_page_get(st, "https://example.com/huge", &got,
	    &cause), 0);
	assert_int_equal(store_page_keep(st, "https://example.com/huge", &p,
	    &cause), 0);
	/* Kept, a page fetched again takes its place, whatever its size. */
	p.data[0] = 'X';
	assert_int_equal(store_page_cache(st, "https://example.com/huge", &p,
	    &cause), 0);
	assert_int_equal(store_page_get(st, "https://example.com/huge", &got,
	    &cause), 1);
	assert_int_equal(got.data[0], 'X');
	store_page_clear(&got);
	/* No longer kept: too large to stay cached, and the others stay. */
	assert_int_equal(store_page_unkeep(st, "https://example.com/huge",
	    &cause), 1);
	assert_int_equal(store_page_get(st, "https://example.com/huge", &got,
	    &cause), 0);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM page WHERE kept "
	    "IS NULL"), 5);
	free(p.data);
	store_close(st);
}

/* Schema 3, as folio wrote it (before pages): its articles, places,
 * marks, texts, names and feeds kept; pages kept and cached from then
 * on. */
static void
test_migrate_v3(void **state)
{
	struct store		*st;
	struct store_feed	 f = { "https://example.com/feed", "Feed",
				    NULL, NULL, NULL };
	struct store_entry	 e[2];
	struct store_feed_info	 fi;
	struct store_feed_counts c;
	struct store_page	 p, got;
	struct store_place	 pl, here = { 2, 5, 9, 30 };
	struct store_hit	*h;
	size_t			 n;
	char			*cause = NULL;
	sqlite3			*raw_h;

	(void)state;
	st = open_ok();
	add(st, "/a/one.html", "Harbour Bridge Closes", "The pier corroded.");
	assert_int_equal(store_keep(st, "/a/one.html", &here, &cause), 0);
	entries(e, 2, "m");
	assert_int_equal(store_feed_put(st, &f, e, 2, &cause), 2);
	store_entries_clear(e, 2);
	store_close(st);
	/* Back to schema 3: as folio 3 left it. */
	raw_h = raw(db);
	raw_exec(raw_h, "DROP TABLE page; DROP INDEX article_recent; "
	    "PRAGMA user_version = 3");
	sqlite3_close(raw_h);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM sqlite_master "
	    "WHERE name = 'page'"), 0);

	st = open_ok();
	assert_int_equal(raw_int(db, "PRAGMA user_version"), STORE_SCHEMA);
	visit(st, "/a/one.html", NULL, 1, &pl);
	assert_true(pl.block == 2 && pl.off == 5 && pl.line == 9 &&
	    pl.pct == 30);
	assert_int_equal(store_search(st, "corroded", 10, &h, &n, &cause), 0);
	assert_int_equal(n, 1);
	assert_false(h[0].kept);
	store_hits_free(h, n);
	assert_int_equal(store_mentions(st, "nobody", NULL, 10, &h, &n,
	    &cause), 0);
	free(h);
	assert_int_equal(store_feed_info(st, f.url, &fi, &cause), 1);
	assert_string_equal(fi.title, "Feed");
	store_feed_info_clear(&fi);
	c = counts(st, f.url);
	assert_int_equal(c.total, 2);
	free(c.newest);
	p = page_of("<html>", 64);
	assert_int_equal(store_page_keep(st, "/a/one.html", &p, &cause), 0);
	assert_int_equal(store_page_get(st, "/a/one.html", &got, &cause), 1);
	assert_int_equal(got.len, 64);
	store_page_clear(&got);
	free(p.data);
	store_close(st);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM "
	    "pragma_integrity_check WHERE integrity_check = 'ok'"), 1);
}

/* Schema 4, whose keys of entries with no page of their own began with
 * the folder folio ran in: made the same from every folder, their marks
 * and pages kept, and an article recorded under two folders kept once. */
static void
test_migrate_v4(void **state)
{
	struct store		*st;
	struct store_feed	 f = { "https://example.com/feed", "Feed",
				    NULL, NULL, NULL };
	struct store_entry	 e[2];
	struct store_feed_counts c;
	struct store_page	 p, got;
	const char		*key = "folio:entry:https://example.com/feed#m0";
	char			*cause = NULL;
	sqlite3			*h;

	(void)state;
	st = open_ok();
	entries(e, 2, "m");
	free(e[0].key);
	e[0].key = xasprintf("/home/a/%s", key);
	assert_int_equal(store_feed_put(st, &f, e, 2, &cause), 2);
	store_entries_clear(e, 2);
	/* Read from two folders: two articles, one with a page kept. */
	add(st, "/home/a/folio:entry:https://example.com/feed#m0", "Entry m0",
	    "The text of m0.");
	add(st, "/srv/folio:entry:https://example.com/feed#m0", "Entry m0",
	    "The text of m0.");
	p = page_of("<p>The text of m0.</p>", 22);
	assert_int_equal(store_page_keep(st, "/home/a/folio:entry:"
	    "https://example.com/feed#m0", &p, &cause), 0);
	free(p.data);
	store_close(st);
	h = raw(db);
	raw_exec(h, "PRAGMA user_version = 4");
	sqlite3_close(h);

	st = open_ok();
	assert_int_equal(raw_int(db, "PRAGMA user_version"), STORE_SCHEMA);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM entry WHERE key = "
	    "'folio:entry:https://example.com/feed#m0'"), 1);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM article WHERE key "
	    "LIKE '%folio:entry:%'"), 1);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM article WHERE key "
	    "= 'folio:entry:https://example.com/feed#m0'"), 1);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM article_text"), 1);
	/* Its mark counts: one of the two entries is read. */
	c = counts(st, f.url);
	assert_int_equal(c.total, 2);
	assert_int_equal(c.unread, 1);
	free(c.newest);
	assert_int_equal(store_page_get(st, key, &got, &cause), 1);
	assert_int_equal(got.len, 22);
	store_page_clear(&got);
	store_close(st);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM "
	    "pragma_integrity_check WHERE integrity_check = 'ok'"), 1);
}

static void
test_newer(void **state)
{
	sqlite3	*h = raw(db);
	char	 want[64];

	(void)state;
	raw_exec(h, "CREATE TABLE article (x); PRAGMA user_version = 7");
	sqlite3_close(h);
	snprintf(want, sizeof want, "newer folio (schema 7; this one knows "
	    "%d", STORE_SCHEMA);
	open_fails(want);
	/* Left as it was. */
	assert_int_equal(raw_int(db, "PRAGMA user_version"), 7);
}

static void
test_damaged(void **state)
{
	unsigned char	 bytes[8192];
	unsigned	 x = 12345;
	size_t		 i;
	int		 fd;

	(void)state;
	for (i = 0; i < sizeof bytes; i++) {
		x = x * 1103515245u + 12345u;
		bytes[i] = (unsigned char)(x >> 16);
	}
	fd = open(db, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	assert_true(fd != -1);
	assert_int_equal(write(fd, bytes, sizeof bytes), (ssize_t)sizeof bytes);
	close(fd);
	open_fails("not a library");
	/* A text file. */
	test_write_file(db, "this is not a database, but it is long enough "
	    "to look like a header of a hundred bytes or so, and more than "
	    "that.\n");
	open_fails("not a library");
}

/* A library cut short: opening or using it fails with a cause, never a
 * crash. */
static void
test_truncated(void **state)
{
	struct store		*st;
	struct store_place	 pl;
	char			*cause = NULL, key[64], title[300];
	int			 i, failed = 0;

	(void)state;
	st = open_ok();
	memset(title, 'x', sizeof title - 1);
	title[sizeof title - 1] = '\0';
	for (i = 0; i < 400; i++) {
		snprintf(key, sizeof key, "/a/%d.html", i);
		visit(st, key, title, 0, &pl);
	}
	store_close(st);
	assert_int_equal(truncate(db, 3 * 4096), 0);
	if ((st = store_open(db, &cause)) == NULL) {
		assert_non_null(cause);
		free(cause);
		return;
	}
	for (i = 0; i < 400 && !failed; i++) {
		struct store_article a = { key, NULL, "t", NULL, NULL, NULL,
		    NULL, 0 };

		snprintf(key, sizeof key, "/a/%d.html", i);
		if (store_is_read(st, key, &cause) == -1 ||
		    store_visit(st, &a, &pl, &cause) == -1) {
			assert_non_null(strstr(cause, "damaged"));
			free(cause);
			failed = 1;
		}
	}
	store_close(st);
	assert_true(failed);
}

static void
test_directory(void **state)
{
	char	*p;

	(void)state;
	assert_int_equal(mkdir(db, 0700), 0);
	open_fails("a folder is where the library should be");
	/* A file where a folder should be. */
	p = xasprintf("%s/file", dir);
	test_write_file(p, "x");
	snprintf(db, sizeof db, "%s/file/folio/library.db", dir);
	open_fails("not a folder");
	free(p);
	snprintf(db, sizeof db, "%s/library.db", dir);
}

/* Run check in a child as a user who is not root (root may write in any
 * folder): nobody, the test's folder given to it. Returns its exit
 * status. */
static int
as_user(int (*check)(void))
{
	pid_t	 pid;
	int	 status;

	if ((pid = fork()) == 0) {
		if (geteuid() == 0) {
			if (chown(dir, 65534, 65534) == -1 ||
			    setgid(65534) == -1 || setuid(65534) == -1)
				_exit(99);
		}
		_exit(check());
	}
	assert_true(pid > 0);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	return WEXITSTATUS(status);
}

static int
has(char *cause, const char *want)
{
	int	 r = cause != NULL && strstr(cause, want) != NULL;

	if (!r)
		fprintf(stderr, "cause '%s' lacks '%s'\n", cause ? cause :
		    "(none)", want);
	free(cause);
	return r;
}

static int
read_only_check(void)
{
	struct store	*st;
	char		*cause = NULL;
	char		*in = xasprintf("%s/sub/library.db", dir);
	char		*sub = xasprintf("%s/sub", dir);

	/* A library in a folder that became read-only. */
	if ((st = store_open(db, &cause)) == NULL)
		return 1;
	store_close(st);
	if (chmod(dir, 0500) == -1)
		return 2;
	if (store_open(db, &cause) != NULL || !has(cause, "library"))
		return 3;
	/* None yet, and a folder it cannot be made in. */
	if (store_open(in, &cause) != NULL || !has(cause, sub))
		return 4;
	/* A read-only file in a folder that is not. */
	if (chmod(dir, 0700) == -1 || chmod(db, 0400) == -1)
		return 5;
	if (store_open(db, &cause) != NULL || !has(cause, "read-only"))
		return 6;
	free(in);
	free(sub);
	return 0;
}

static void
test_read_only(void **state)
{
	(void)state;
	assert_int_equal(as_user(read_only_check), 0);
}

/* Another process holds the library's write lock (or, with
 * exclusive_locking, the whole file) until told to let go. */
static pid_t
hold_lock(bool whole, int *release)
{
	int	 ready[2], go[2];
	pid_t	 pid;
	char	 c;

	assert_int_equal(pipe(ready), 0);
	assert_int_equal(pipe(go), 0);
	if ((pid = fork()) == 0) {
		sqlite3	*h = NULL;

		close(ready[0]);
		close(go[1]);
		if (sqlite3_open(db, &h) != SQLITE_OK)
			_exit(1);
		if (whole && sqlite3_exec(h, "PRAGMA locking_mode = "
		    "EXCLUSIVE", NULL, NULL, NULL) != SQLITE_OK)
			_exit(2);
		if (sqlite3_exec(h, "BEGIN EXCLUSIVE; UPDATE article SET "
		    "reads = reads + 1", NULL, NULL, NULL) != SQLITE_OK)
			_exit(3);
		if (write(ready[1], "r", 1) != 1 || read(go[0], &c, 1) != 1)
			_exit(4);
		sqlite3_exec(h, "COMMIT", NULL, NULL, NULL);
		sqlite3_close(h);
		_exit(0);
	}
	close(ready[1]);
	close(go[0]);
	assert_int_equal(read(ready[0], &c, 1), 1);
	close(ready[0]);
	*release = go[1];
	return pid;
}

static void
release_lock(pid_t pid, int release)
{
	int	 status;

	assert_int_equal(write(release, "g", 1), 1);
	close(release);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

static double
now_ms(void)
{
	struct timeval	 tv;

	gettimeofday(&tv, NULL);
	return tv.tv_sec * 1000.0 + tv.tv_usec / 1000.0;
}

static void
test_locked(void **state)
{
	struct store		*st;
	struct store_place	 pl;
	struct store_article	 a = { "/a/two.html", NULL, "Two", NULL, NULL,
				    NULL, NULL, 0 };
	char			*cause = NULL;
	int			 release;
	pid_t			 pid;
	double			 t;

	(void)state;
	st = open_ok();
	visit(st, "/a/one.html", "One", 0, &pl);
	store_close(st);

	/* A writer: the library opens and reads; a change waits
	 * STORE_BUSY_MS, then fails. */
	pid = hold_lock(false, &release);
	st = open_ok();
	assert_int_equal(store_is_read(st, "/a/one.html", &cause), 1);
	t = now_ms();
	assert_int_equal(store_visit(st, &a, &pl, &cause), -1);
	t = now_ms() - t;
	assert_true(has(cause, "locked by another program"));
	assert_true(store_busy(st));
	assert_true(t >= STORE_BUSY_MS * 0.8 && t < STORE_BUSY_MS * 5);
	release_lock(pid, release);
	/* Once let go, the same connection writes. */
	cause = NULL;
	assert_int_equal(store_visit(st, &a, &pl, &cause), 0);
	store_close(st);

	/* The whole file held: it does not open, and says why, soon. */
	pid = hold_lock(true, &release);
	t = now_ms();
	open_fails("locked by another program");
	t = now_ms() - t;
	assert_true(t < STORE_BUSY_MS * 10);
	release_lock(pid, release);
	st = open_ok();
	store_close(st);
}

/* Two folios at once, each recording articles and keeping places (one
 * article both read): everything either wrote is there, and neither
 * failed on the other's lock. */
static int
writer(int id)
{
	struct store		*st;
	struct store_place	 pl, here = { 1, 2, 3, 4 };
	char			*cause = NULL, key[64];
	int			 i, busy = 0;

	if ((st = store_open(db, &cause)) == NULL)
		return 1;
	for (i = 0; i < 300; i++) {
		struct store_article a = { key, NULL, "t", NULL, NULL, "text",
		    NULL, 0 };

		snprintf(key, sizeof key, i % 10 == 0 ? "/both/%d" :
		    "/%d/%d", i % 10 == 0 ? i : id, i);
		here.line = i;
		/* A lock held too long by the other is no fault: the change
		 * is made again, as nav does at the next move. */
		while (store_visit(st, &a, &pl, &cause) == -1 ||
		    store_keep(st, key, &here, &cause) == -1 ||
		    store_is_read(st, key, &cause) != 1) {
			if (!store_busy(st) || ++busy > 1000) {
				fprintf(stderr, "writer %d: %s\n", id, cause);
				return 2;
			}
			free(cause);
			cause = NULL;
		}
	}
	store_close(st);
	return 0;
}

static void
test_two_at_once(void **state)
{
	pid_t	 pid[2];
	int	 i, status;

	(void)state;
	store_close(open_ok());
	for (i = 0; i < 2; i++)
		if ((pid[i] = fork()) == 0)
			_exit(writer(i));
	for (i = 0; i < 2; i++) {
		assert_int_equal(waitpid(pid[i], &status, 0), pid[i]);
		assert_true(WIFEXITED(status));
		assert_int_equal(WEXITSTATUS(status), 0);
	}
	/* 270 each, and the 30 both read. */
	assert_int_equal(raw_int(db, "SELECT count(*) FROM article"), 570);
	assert_true(raw_int(db, "SELECT sum(reads) FROM article WHERE "
	    "key LIKE '/both/%'") >= 60);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM article WHERE "
	    "pos_line IS NULL"), 0);
}

/* Killed (SIGKILL) in the middle of writes, again and again: the library
 * opens, is whole, and holds every article whose change was committed. */
static void
test_killed(void **state)
{
	struct store	*st;
	char		*cause = NULL, key[64];
	int		 round, p[2], last, got, status;
	pid_t		 pid;

	(void)state;
	store_close(open_ok());
	for (round = 0; round < 15; round++) {
		assert_int_equal(pipe(p), 0);
		if ((pid = fork()) == 0) {
			struct store_place pl, here = { 5, 6, 7, 8 };
			int i;

			close(p[0]);
			if ((st = store_open(db, &cause)) == NULL)
				_exit(1);
			for (i = 0;; i++) {
				struct store_article a = { key, NULL, "Title",
				    NULL, NULL, "Some text of the article, a "
				    "sentence long.", NULL, 0 };

				snprintf(key, sizeof key, "/r%d/%d", round, i);
				if (store_visit(st, &a, &pl, &cause) == -1 ||
				    store_keep(st, key, &here, &cause) == -1)
					_exit(2);
				if (write(p[1], &i, sizeof i) != sizeof i)
					_exit(3);
			}
		}
		close(p[1]);
		/* Let it get going, then kill it. */
		last = -1;
		while (last < 5 * round && read(p[0], &got, sizeof got) ==
		    sizeof got)
			last = got;
		usleep(1000 * (unsigned)(round % 5));
		kill(pid, SIGKILL);
		while (read(p[0], &got, sizeof got) == sizeof got)
			last = got;
		close(p[0]);
		assert_int_equal(waitpid(pid, &status, 0), pid);
		assert_true(WIFSIGNALED(status));
		assert_true(last >= 0);

		st = open_ok();
		snprintf(key, sizeof key, "/r%d/%d", round, last);
		assert_int_equal(store_is_read(st, key, &cause), 1);
		store_close(st);
		assert_int_equal(raw_int(db, "SELECT count(*) FROM "
		    "pragma_integrity_check WHERE integrity_check = 'ok'"), 1);
	}
}

/* A disk that fills up (here, the file size limit reached): a change
 * fails with a cause, never a crash, and what was committed before is
 * there, the library whole. */
static int
full_check(void)
{
	struct store		*st;
	struct store_place	 pl;
	struct rlimit		 rl;
	char			*cause = NULL, key[64], body[4096];
	int			 i;

	memset(body, 'w', sizeof body - 1);
	for (i = 5; i < (int)sizeof body - 1; i += 6)
		body[i] = ' ';
	body[sizeof body - 1] = '\0';
	if ((st = store_open(db, &cause)) == NULL)
		return 1;
	signal(SIGXFSZ, SIG_IGN);
	rl.rlim_cur = rl.rlim_max = 256 * 1024;
	if (setrlimit(RLIMIT_FSIZE, &rl) == -1)
		return 2;
	for (i = 0; i < 10000; i++) {
		struct store_article a = { key, NULL, "Title", NULL, NULL,
		    body, NULL, 0 };

		snprintf(key, sizeof key, "/full/%d", i);
		if (store_visit(st, &a, &pl, &cause) == -1 ||
		    store_index(st, &a, &cause) == -1)
			break;
	}
	if (i == 10000 || cause == NULL)
		return 3;
	fprintf(stderr, "full after %d articles: %s\n", i, cause);
	free(cause);
	store_close(st);
	return 10 + (i > 0);
}

static void
test_full(void **state)
{
	struct store		*st;
	struct store_place	 pl;
	char			*cause = NULL;
	pid_t			 pid;
	int			 status;

	(void)state;
	st = open_ok();
	visit(st, "/a/before.html", "Before", 0, &pl);
	store_close(st);
	if ((pid = fork()) == 0)
		_exit(full_check());
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 11);
	st = open_ok();
	assert_int_equal(store_is_read(st, "/a/before.html", &cause), 1);
	assert_int_equal(store_is_read(st, "/full/0", &cause), 1);
	store_close(st);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM "
	    "pragma_integrity_check WHERE integrity_check = 'ok'"), 1);
}

#else /* HAVE_SQLITE */

static void
test_needs_sqlite(void **state)
{
	(void)state;
	print_message("built without SQLite: the library cannot be tested\n");
	skip();
}

#endif /* HAVE_SQLITE */

static void
test_without_sqlite(void **state)
{
	char	*cause = NULL;

	(void)state;
	if (store_built()) {
		print_message("built with SQLite: nothing to test here\n");
		return;
	}
	assert_null(store_open(db, &cause));
	assert_non_null(strstr(cause, "without SQLite"));
	free(cause);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_path, setup, teardown),
		cmocka_unit_test_setup_teardown(test_key, setup, teardown),
#ifdef HAVE_SQLITE
		cmocka_unit_test_setup_teardown(test_create, setup, teardown),
		cmocka_unit_test_setup_teardown(test_remember, setup, teardown),
		cmocka_unit_test_setup_teardown(test_forget, setup, teardown),
		cmocka_unit_test_setup_teardown(test_mark, setup, teardown),
		cmocka_unit_test_setup_teardown(test_migrate, setup, teardown),
		cmocka_unit_test_setup_teardown(test_migrate_v1, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_migrate_v2, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_feeds, setup, teardown),
		cmocka_unit_test_setup_teardown(test_feed_batch, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_feed_large, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_search, setup, teardown),
		cmocka_unit_test_setup_teardown(test_search_ranked, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_names, setup, teardown),
		cmocka_unit_test_setup_teardown(test_list, setup, teardown),
		cmocka_unit_test_setup_teardown(test_migrate_v3, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_migrate_v4, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_pages, setup, teardown),
		cmocka_unit_test_setup_teardown(test_page_bounds, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_newer, setup, teardown),
		cmocka_unit_test_setup_teardown(test_damaged, setup, teardown),
		cmocka_unit_test_setup_teardown(test_truncated, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_directory, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_read_only, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_locked, setup, teardown),
		cmocka_unit_test_setup_teardown(test_two_at_once, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_killed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_full, setup, teardown),
#else
		cmocka_unit_test(test_needs_sqlite),
#endif
		cmocka_unit_test_setup_teardown(test_without_sqlite, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
