/* store.c: the reading library (store.h). SQLite is loaded with dlopen
 * when the library is first opened, as libcurl and curses are: linked,
 * its relocations cost every start of folio, --json and --dump too, a
 * good part of a millisecond. */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#ifdef HAVE_SQLITE
#include <dlfcn.h>
#include <sqlite3.h>
#endif

#include "buf.h"
#include "file.h"
#include "store.h"
#include "url.h"
#include "xmalloc.h"

/* The most articles store_search ranks. */
static size_t	 search_ranked = STORE_SEARCH_RANKED;

void
store_set_search_ranked(size_t n)
{
	search_ranked = n > 0 ? n : STORE_SEARCH_RANKED;
}

char *
store_path(void)
{
	const char	*xdg = getenv("XDG_DATA_HOME"), *home;

	if (xdg != NULL && *xdg == '/')
		return xasprintf("%s/folio/library.db", xdg);
	if ((home = getenv("HOME")) != NULL && *home != '\0')
		return xasprintf("%s/.local/share/folio/library.db", home);
	return NULL;
}

char *
store_key(const char *target)
{
	char	*real, cwd[PATH_MAX];

	if (strcmp(target, "-") == 0)
		return NULL;
	if (url_is_web(target))
		return xstrdup(target);
	if ((real = realpath(target, NULL)) != NULL)
		return real;
	/* Not a file: one of folio's own (an entry with no page of its
	 * own, "folio:entry:"), whatever the folder; or one gone (folio
	 * --forget of a deleted file), as it was named. */
	if (target[0] == '/' || url_kind(target, NULL) == URL_REFUSED ||
	    getcwd(cwd, sizeof cwd) == NULL)
		return xstrdup(target);
	return xasprintf("%s/%s", strcmp(cwd, "/") == 0 ? "" : cwd, target);
}

void
store_hits_free(struct store_hit *hits, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		free(hits[i].title);
		free(hits[i].url);
		free(hits[i].file);
		free(hits[i].date);
		free(hits[i].snippet);
	}
	free(hits);
}

void
store_feed_info_clear(struct store_feed_info *fi)
{
	free(fi->title);
	free(fi->site);
	free(fi->etag);
	free(fi->last_modified);
	free(fi->error);
	memset(fi, 0, sizeof *fi);
}

void
store_page_clear(struct store_page *p)
{
	free(p->data);
	free(p->type);
	free(p->url);
	memset(p, 0, sizeof *p);
}

void
store_entries_clear(struct store_entry *e, size_t n)
{
	size_t	 i;

	for (i = 0; e != NULL && i < n; i++) {
		free(e[i].id);
		free(e[i].key);
		free(e[i].url);
		free(e[i].title);
		free(e[i].date);
		free(e[i].summary);
		free(e[i].author);
		free(e[i].content);
	}
}

void
store_entries_free(struct store_entry *e, size_t n)
{
	store_entries_clear(e, n);
	free(e);
}

#ifndef HAVE_SQLITE

bool
store_built(void)
{
	return false;
}

struct store *
store_open(const char *path, char **cause)
{
	(void)path;
	*cause = xstrdup("folio is built without SQLite: there is no "
	    "reading library");
	return NULL;
}

void
store_close(struct store *st)
{
	(void)st;
}

static int
none(char **cause)
{
	*cause = xstrdup("folio is built without SQLite");
	return -1;
}

int
store_visit(struct store *st, const struct store_article *a,
    struct store_place *place, char **cause)
{
	(void)st, (void)a, (void)place;
	return none(cause);
}

int
store_index(struct store *st, const struct store_article *a, char **cause)
{
	(void)st, (void)a;
	return none(cause);
}

int
store_keep(struct store *st, const char *key,
    const struct store_place *place, char **cause)
{
	(void)st, (void)key, (void)place;
	return none(cause);
}

int
store_mark(struct store *st, const struct store_article *a, bool read,
    char **cause)
{
	(void)st, (void)a, (void)read;
	return none(cause);
}

int
store_is_read(struct store *st, const char *key, char **cause)
{
	(void)st, (void)key;
	return none(cause);
}

int
store_forget(struct store *st, const char *key, char **cause)
{
	(void)st, (void)key;
	return none(cause);
}

bool
store_busy(const struct store *st)
{
	(void)st;
	return false;
}

int
store_search(struct store *st, const char *query, size_t max,
    struct store_hit **hits, size_t *n, char **cause)
{
	(void)st, (void)query, (void)max;
	*hits = NULL;
	*n = 0;
	return none(cause);
}

int
store_mentions(struct store *st, const char *name, const char *except,
    size_t max, struct store_hit **hits, size_t *n, char **cause)
{
	(void)st, (void)name, (void)except, (void)max;
	*hits = NULL;
	*n = 0;
	return none(cause);
}

int
store_mentions_count(struct store *st, const char *name, const char *except,
    size_t *count, char **cause)
{
	(void)st, (void)name, (void)except;
	*count = 0;
	return none(cause);
}

int
store_list(struct store *st, size_t max, struct store_hit **hits,
    size_t *n, char **cause)
{
	(void)st, (void)max;
	*hits = NULL;
	*n = 0;
	return none(cause);
}

int
store_feed_put(struct store *st, const struct store_feed *f,
    const struct store_entry *e, size_t n, char **cause)
{
	(void)st, (void)f, (void)e, (void)n;
	return none(cause);
}

int
store_feed_tried(struct store *st, const char *url, const char *error,
    char **cause)
{
	(void)st, (void)url, (void)error;
	return none(cause);
}

int
store_feed_info(struct store *st, const char *url,
    struct store_feed_info *out, char **cause)
{
	(void)st, (void)url;
	memset(out, 0, sizeof *out);
	return none(cause);
}

int
store_feed_counts(struct store *st, const char *url,
    struct store_feed_counts *out, char **cause)
{
	(void)st, (void)url;
	memset(out, 0, sizeof *out);
	return none(cause);
}

int
store_feed_entries(struct store *st, const char *url,
    struct store_entry **out, size_t *n, char **cause)
{
	(void)st, (void)url;
	*out = NULL;
	*n = 0;
	return none(cause);
}

int
store_entry_get(struct store *st, const char *key, struct store_entry **out,
    char **cause)
{
	(void)st, (void)key;
	*out = NULL;
	return none(cause);
}

int
store_batch_begin(struct store *st, char **cause)
{
	(void)st;
	return none(cause);
}

int
store_batch_end(struct store *st, char **cause)
{
	(void)st;
	return none(cause);
}

int
store_page_cache(struct store *st, const char *key,
    const struct store_page *p, char **cause)
{
	(void)st, (void)key, (void)p;
	return none(cause);
}

int
store_page_keep(struct store *st, const char *key,
    const struct store_page *p, char **cause)
{
	(void)st, (void)key, (void)p;
	return none(cause);
}

int
store_page_unkeep(struct store *st, const char *key, char **cause)
{
	(void)st, (void)key;
	return none(cause);
}

int
store_page_kept(struct store *st, const char *key, char **cause)
{
	(void)st, (void)key;
	return none(cause);
}

int
store_page_get(struct store *st, const char *key, struct store_page *out,
    char **cause)
{
	(void)st, (void)key;
	memset(out, 0, sizeof *out);
	return none(cause);
}

#else /* HAVE_SQLITE */

/*
 * The schema. migrations[i] brings a library of version i to i + 1, in
 * the transaction that sets user_version; a library of version 0 is a
 * new one. Never change a migration once released: add one.
 */
static const char *const migrations[STORE_SCHEMA] = {
	/* 0 -> 1: the articles read. */
	"CREATE TABLE article (\n"
	"	id		INTEGER PRIMARY KEY,\n"
	"	key		TEXT NOT NULL UNIQUE,	-- a URL or a real path\n"
	"	url		TEXT,			-- its own URL\n"
	"	title		TEXT,\n"
	"	site		TEXT,\n"
	"	date		TEXT,			-- as the article gives it\n"
	"	first_read	INTEGER NOT NULL,	-- seconds since 1970\n"
	"	last_read	INTEGER NOT NULL,\n"
	"	reads		INTEGER NOT NULL DEFAULT 1,\n"
	"	read		INTEGER NOT NULL DEFAULT 1,	-- the read mark\n"
	"	pos_block	INTEGER,		-- where the reader stopped\n"
	"	pos_off		INTEGER,\n"
	"	pos_line	INTEGER,\n"
	"	pos_pct		INTEGER\n"
	");\n"
	"CREATE INDEX article_last_read ON article (last_read);\n",
	/* 1 -> 2: full-text search of titles, texts and names, and the
	 * names each article mentions; the text and names of an article
	 * read before are indexed when it is read again. */
	"CREATE VIRTUAL TABLE article_text USING fts5 (title, body, names,\n"
	"    tokenize = 'unicode61 remove_diacritics 2');\n"
	"ALTER TABLE article ADD COLUMN text_hash INTEGER;	-- of the text\n"
	"INSERT INTO article_text (rowid, title, body, names)\n"
	"    SELECT id, coalesce(title, ''), '', '' FROM article;\n"
	"CREATE TABLE name (\n"
	"	id		INTEGER PRIMARY KEY,\n"
	"	text		TEXT NOT NULL,		-- its fullest form\n"
	"	type		TEXT NOT NULL,		-- person, place, org, name\n"
	"	UNIQUE (text, type)\n"
	");\n"
	"CREATE TABLE mention (\n"
	"	name		INTEGER NOT NULL,	-- name.id\n"
	"	article		INTEGER NOT NULL,	-- article.id\n"
	"	count		INTEGER NOT NULL,\n"
	"	PRIMARY KEY (name, article)\n"
	") WITHOUT ROWID;\n"
	"CREATE INDEX mention_article ON mention (article);\n",
	/* 2 -> 3: feeds and their entries. */
	"CREATE TABLE feed (\n"
	"	url		TEXT PRIMARY KEY,	-- what it is fetched from\n"
	"	title		TEXT,\n"
	"	site		TEXT,\n"
	"	etag		TEXT,			-- of its last fetch\n"
	"	modified	TEXT,\n"
	"	checked		INTEGER NOT NULL DEFAULT 0,	-- when tried\n"
	"	error		TEXT,			-- why it last failed\n"
	"	gen		INTEGER NOT NULL DEFAULT 0	-- fetches\n"
	");\n"
	"CREATE TABLE entry (\n"
	"	id		INTEGER PRIMARY KEY,\n"
	"	feed		TEXT NOT NULL,		-- feed.url\n"
	"	eid		TEXT NOT NULL,		-- its id in the feed\n"
	"	key		TEXT NOT NULL,		-- what opens it\n"
	"	url		TEXT,\n"
	"	title		TEXT NOT NULL,\n"
	"	date		TEXT,\n"
	"	time		INTEGER,\n"
	"	summary		TEXT,\n"
	"	author		TEXT,\n"
	"	content		TEXT,\n"
	"	gen		INTEGER NOT NULL,	-- the fetch last in\n"
	"	pos		INTEGER NOT NULL,	-- its place there\n"
	"	UNIQUE (feed, eid)\n"
	");\n"
	"CREATE INDEX entry_key ON entry (key);\n"
	"CREATE INDEX entry_order ON entry (feed, gen DESC, pos);\n",
	/* 3 -> 4: the bytes of pages kept and of pages fetched, which read
	 * offline. A page cached again is a new row: the ids of those only
	 * cached, in order, are their age. */
	"CREATE TABLE page (\n"
	"	id		INTEGER PRIMARY KEY,\n"
	"	key		TEXT NOT NULL UNIQUE,	-- article.key\n"
	"	url		TEXT,			-- where it came from\n"
	"	type		TEXT,			-- its content type\n"
	"	fetched		INTEGER NOT NULL,	-- when it was had\n"
	"	kept		INTEGER,		-- when kept, or NULL\n"
	"	size		INTEGER NOT NULL,\n"
	"	bytes		BLOB NOT NULL\n"
	");\n"
	"CREATE INDEX page_cached ON page (id, size) WHERE kept IS NULL;\n"
	/* When each article was read, by its id: the articles that mention
	 * a name in the order they were read, without reading each. */
	"CREATE INDEX article_recent ON article (id, last_read);\n",
	/* 4 -> 5: the key of an entry with no page of its own was put
	 * after the folder folio ran in ("/home/a/folio:entry:..."): it is
	 * the same from every folder. An article recorded under both forms
	 * keeps the one already fixed. */
	"UPDATE entry SET key = substr(key, instr(key, '/folio:entry:') + 1)\n"
	"    WHERE key GLOB '/*' AND instr(key, '/folio:entry:') > 0;\n"
	"UPDATE OR IGNORE page SET key =\n"
	"    substr(key, instr(key, '/folio:entry:') + 1)\n"
	"    WHERE key GLOB '/*' AND instr(key, '/folio:entry:') > 0;\n"
	"DELETE FROM page\n"
	"    WHERE key GLOB '/*' AND instr(key, '/folio:entry:') > 0;\n"
	"UPDATE OR IGNORE article SET key =\n"
	"    substr(key, instr(key, '/folio:entry:') + 1)\n"
	"    WHERE key GLOB '/*' AND instr(key, '/folio:entry:') > 0;\n"
	"DELETE FROM article_text WHERE rowid IN (SELECT id FROM article\n"
	"    WHERE key GLOB '/*' AND instr(key, '/folio:entry:') > 0);\n"
	"DELETE FROM mention WHERE article IN (SELECT id FROM article\n"
	"    WHERE key GLOB '/*' AND instr(key, '/folio:entry:') > 0);\n"
	"DELETE FROM article\n"
	"    WHERE key GLOB '/*' AND instr(key, '/folio:entry:') > 0;\n"
};

enum {
	Q_PLACE,
	Q_VISIT,
	Q_TEXT_STATE,
	Q_TEXT_DEL,
	Q_TEXT_ADD,
	Q_TEXT_HASH,
	Q_NAMES_DEL,
	Q_NAME_ADD,
	Q_MENTION_ADD,
	Q_MENTIONS,
	Q_MENTIONS_COUNT,
	Q_KEEP,
	Q_IS_READ,
	Q_MARK,
	Q_FORGET_TEXT,
	Q_FORGET_NAMES,
	Q_FORGET,
	Q_SEARCH,
	Q_SNIPPETS,
	Q_LIST,
	Q_FEED_PUT,
	Q_FEED_GEN,
	Q_ENTRY_PUT,
	Q_ENTRY_COUNT,
	Q_FEED_TRIED,
	Q_FEED_INFO,
	Q_FEED_COUNTS,
	Q_FEED_ENTRIES,
	Q_ENTRY_GET,
	Q_PAGE_KEPT,
	Q_PAGE_PUT,
	Q_PAGE_AGES,
	Q_PAGE_DROP,
	Q_PAGE_UNKEEP,
	Q_PAGE_UNCACHE,
	Q_PAGE_GET,
	Q_FORGET_PAGE,
	Q_BEGIN,
	Q_COMMIT,
	Q_ROLLBACK,
	Q_COUNT
};

/* Ten parameters, numbered after those before them. */
#define P10	"?,?,?,?,?,?,?,?,?,?,"
/* How many ids a Q_SNIPPETS takes. */
#define SNIPPETS	100
/* Not the article recorded under ?2 (none when it is NULL). */
#define NOT_EXCEPT	"m.article IS NOT (SELECT id FROM article WHERE " \
			"key = ?2)"
/* Whether the page of article a is kept. */
#define KEPT	"EXISTS (SELECT 1 FROM page WHERE page.key = a.key AND " \
		"page.kept IS NOT NULL)"

static const char *const queries[Q_COUNT] = {
	[Q_PLACE] = "SELECT pos_block, pos_off, pos_line, pos_pct "
	    "FROM article WHERE key = ?1 AND pos_block IS NOT NULL",
	[Q_VISIT] = "INSERT INTO article (key, url, title, site, date, "
	    "first_read, last_read) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) "
	    "ON CONFLICT (key) DO UPDATE SET "
	    "url = coalesce(excluded.url, url), "
	    "title = coalesce(excluded.title, title), "
	    "site = coalesce(excluded.site, site), "
	    "date = coalesce(excluded.date, date), "
	    "last_read = excluded.last_read, reads = reads + 1, read = 1",
	[Q_TEXT_STATE] = "SELECT id, text_hash FROM article WHERE key = ?1",
	[Q_TEXT_DEL] = "DELETE FROM article_text WHERE rowid = ?1",
	[Q_TEXT_ADD] = "INSERT INTO article_text (rowid, title, body, names) "
	    "VALUES (?1, ?2, ?3, ?4)",
	[Q_NAMES_DEL] = "DELETE FROM mention WHERE article = ?1",
	[Q_NAME_ADD] = "INSERT INTO name (text, type) VALUES (?1, ?2) "
	    "ON CONFLICT DO NOTHING",
	[Q_MENTION_ADD] = "INSERT INTO mention (name, article, count) "
	    "SELECT id, ?3, ?4 FROM name WHERE text = ?1 AND type = ?2 "
	    "ON CONFLICT DO UPDATE SET count = count + excluded.count",
	/* The articles that mention a name, newest first (by the time
	 * they were read: an article's own date is text): ordered by the
	 * index of when each was read, then only those listed read. */
	[Q_MENTIONS] = "SELECT a.title, a.key, a.url, a.date, NULL, "
	    "a.last_read, a.read, " KEPT " FROM "
	    "(SELECT m.article AS id, x.last_read AS t FROM name AS n "
	    "JOIN mention AS m ON m.name = n.id "
	    "JOIN article AS x INDEXED BY article_recent ON x.id = m.article "
	    "WHERE n.text = ?1 AND " NOT_EXCEPT " "
	    "ORDER BY t DESC, id DESC LIMIT ?3) AS best "
	    "CROSS JOIN article AS a ON a.id = best.id "
	    "ORDER BY best.t DESC, best.id DESC",
	[Q_MENTIONS_COUNT] = "SELECT count(*) FROM name AS n "
	    "JOIN mention AS m ON m.name = n.id "
	    "WHERE n.text = ?1 AND " NOT_EXCEPT,
	[Q_TEXT_HASH] = "UPDATE article SET text_hash = ?2 WHERE id = ?1",
	[Q_KEEP] = "UPDATE article SET pos_block = ?2, pos_off = ?3, "
	    "pos_line = ?4, pos_pct = ?5 WHERE key = ?1",
	[Q_IS_READ] = "SELECT read FROM article WHERE key = ?1",
	[Q_MARK] = "INSERT INTO article (key, url, title, date, first_read, "
	    "last_read, reads, read) VALUES (?1, ?2, ?3, ?4, ?5, ?5, 0, ?6) "
	    "ON CONFLICT (key) DO UPDATE SET read = excluded.read",
	[Q_FORGET_TEXT] = "DELETE FROM article_text WHERE rowid = "
	    "(SELECT id FROM article WHERE key = ?1)",
	[Q_FORGET_NAMES] = "DELETE FROM mention WHERE article = "
	    "(SELECT id FROM article WHERE key = ?1)",
	[Q_FORGET] = "DELETE FROM article WHERE key = ?1",
	/* Words in a title count ten times those in the text. Of more
	 * than STORE_SEARCH_RANKED matches, the last recorded are ranked;
	 * the best are read from the library, and only then their snippets
	 * made (Q_SNIPPETS). */
	[Q_SEARCH] = "SELECT a.title, a.key, a.url, a.date, NULL, "
	    "a.last_read, a.read, " KEPT ", a.id FROM "
	    "(SELECT id, r FROM (SELECT rowid AS id, "
	    "bm25(article_text, 10.0, 1.0, 3.0) AS r FROM article_text "
	    "WHERE article_text MATCH ?1 ORDER BY rowid DESC LIMIT ?3) "
	    "ORDER BY r LIMIT ?2) AS best "
	    "CROSS JOIN article AS a ON a.id = best.id ORDER BY best.r",
	/* The words around a match in the articles of ids ?3... (SNIPPETS
	 * of them, none below ?2): the matches gone through, not looked up
	 * one by one (each look up of a match is a search). */
	[Q_SNIPPETS] = "SELECT rowid, snippet(article_text, 1, '', '', "
	    "'\xe2\x80\xa6', 12) FROM article_text "
	    "WHERE article_text MATCH ?1 AND rowid >= ?2 AND +rowid IN ("
	    P10 P10 P10 P10 P10 P10 P10 P10 P10 P10 "NULL)",
	/* What was read: not what was only marked. */
	[Q_LIST] = "SELECT title, key, url, date, NULL, last_read, read, "
	    KEPT " FROM article AS a WHERE reads > 0 "
	    "ORDER BY last_read DESC, id DESC LIMIT ?1",
	[Q_FEED_PUT] = "INSERT INTO feed (url, title, site, etag, modified, "
	    "checked, error, gen) VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, 1) "
	    "ON CONFLICT (url) DO UPDATE SET "
	    "title = coalesce(excluded.title, title), "
	    "site = coalesce(excluded.site, site), "
	    "etag = coalesce(excluded.etag, etag), "
	    "modified = coalesce(excluded.modified, modified), "
	    "checked = excluded.checked, "
	    "error = NULL, gen = gen + 1",
	[Q_FEED_GEN] = "SELECT gen FROM feed WHERE url = ?1",
	[Q_ENTRY_PUT] = "INSERT INTO entry (feed, eid, key, url, title, date, "
	    "time, summary, content, gen, pos, author) "
	    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
	    "ON CONFLICT (feed, eid) DO UPDATE SET key = excluded.key, "
	    "url = excluded.url, title = excluded.title, "
	    "date = excluded.date, time = excluded.time, "
	    "summary = excluded.summary, author = excluded.author, "
	    "content = coalesce(excluded.content, content), "
	    "gen = excluded.gen, pos = excluded.pos",
	[Q_ENTRY_COUNT] = "SELECT count(*) FROM entry WHERE feed = ?1",
	[Q_FEED_TRIED] = "INSERT INTO feed (url, checked, error) "
	    "VALUES (?1, ?2, ?3) ON CONFLICT (url) DO UPDATE SET "
	    "checked = excluded.checked, error = excluded.error",
	[Q_FEED_INFO] = "SELECT title, site, etag, modified, error, checked "
	    "FROM feed WHERE url = ?1",
	[Q_FEED_COUNTS] = "SELECT (SELECT count(*) FROM entry WHERE "
	    "feed = ?1), (SELECT count(*) FROM entry AS e WHERE e.feed = ?1 "
	    "AND NOT EXISTS (SELECT 1 FROM article AS a WHERE a.key = e.key "
	    "AND a.read)), (SELECT max(date) FROM entry WHERE feed = ?1)",
	[Q_FEED_ENTRIES] = "SELECT e.eid, e.key, e.url, e.title, e.date, "
	    "e.time, NULL, coalesce(a.read, 0), NULL, NULL "
	    "FROM entry AS e "
	    "LEFT JOIN article AS a ON a.key = e.key WHERE e.feed = ?1 "
	    "ORDER BY e.gen DESC, e.pos",
	[Q_ENTRY_GET] = "SELECT e.eid, e.key, e.url, e.title, e.date, "
	    "e.time, e.summary, coalesce(a.read, 0), e.content, e.author "
	    "FROM entry AS e LEFT JOIN article AS a ON a.key = e.key "
	    "WHERE e.key = ?1 ORDER BY e.gen DESC LIMIT 1",
	[Q_PAGE_KEPT] = "SELECT kept FROM page WHERE key = ?1",
	/* A new row, the newest. */
	[Q_PAGE_PUT] = "INSERT OR REPLACE INTO page (key, url, type, fetched, "
	    "kept, size, bytes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	[Q_PAGE_AGES] = "SELECT id, size FROM page WHERE kept IS NULL "
	    "ORDER BY id DESC",
	[Q_PAGE_DROP] = "DELETE FROM page WHERE kept IS NULL AND id <= ?1",
	[Q_PAGE_UNKEEP] = "UPDATE page SET kept = NULL WHERE key = ?1 AND "
	    "kept IS NOT NULL",
	[Q_PAGE_UNCACHE] = "DELETE FROM page WHERE key = ?1 AND kept IS NULL "
	    "AND size > ?2",
	[Q_PAGE_GET] = "SELECT url, type, fetched, kept, bytes FROM page "
	    "WHERE key = ?1",
	[Q_FORGET_PAGE] = "DELETE FROM page WHERE key = ?1",
	[Q_BEGIN] = "BEGIN IMMEDIATE",
	[Q_COMMIT] = "COMMIT",
	[Q_ROLLBACK] = "ROLLBACK",
};

struct store {
	sqlite3		*db;
	sqlite3_stmt	*q[Q_COUNT];
	bool		 busy;		/* the last failure was a lock */
	int		 depth;		/* transactions begun and not ended:
					   those inside a batch are part of
					   it */
};

/* The parts of SQLite folio uses, found with dlsym; below, each name
 * stands for its pointer. */
#define SQLITE_FUNCS(X) \
	X(bind_blob) X(bind_int) X(bind_int64) X(bind_null) X(bind_text) \
	X(busy_timeout) X(changes) X(clear_bindings) X(close) \
	X(column_blob) X(column_bytes) \
	X(column_int) X(column_int64) X(column_text) X(column_type) \
	X(db_readonly) X(errmsg) X(errstr) X(exec) \
	X(extended_result_codes) X(finalize) X(get_autocommit) \
	X(open_v2) X(prepare_v2) X(prepare_v3) X(reset) X(step)
static struct {
	int		 tried;
	void		*handle;
#define FIELD(f)	__typeof__(sqlite3_##f) *f;
	SQLITE_FUNCS(FIELD)
#undef FIELD
} sq;
#define sqlite3_bind_blob		(*sq.bind_blob)
#define sqlite3_bind_int		(*sq.bind_int)
#define sqlite3_bind_int64		(*sq.bind_int64)
#define sqlite3_bind_null		(*sq.bind_null)
#define sqlite3_bind_text		(*sq.bind_text)
#define sqlite3_busy_timeout		(*sq.busy_timeout)
#define sqlite3_changes			(*sq.changes)
#define sqlite3_clear_bindings		(*sq.clear_bindings)
#define sqlite3_close			(*sq.close)
#define sqlite3_column_blob		(*sq.column_blob)
#define sqlite3_column_bytes		(*sq.column_bytes)
#define sqlite3_column_int		(*sq.column_int)
#define sqlite3_column_int64		(*sq.column_int64)
#define sqlite3_column_text		(*sq.column_text)
#define sqlite3_column_type		(*sq.column_type)
#define sqlite3_db_readonly		(*sq.db_readonly)
#define sqlite3_errmsg			(*sq.errmsg)
#define sqlite3_errstr			(*sq.errstr)
#define sqlite3_exec			(*sq.exec)
#define sqlite3_extended_result_codes	(*sq.extended_result_codes)
#define sqlite3_finalize		(*sq.finalize)
#define sqlite3_get_autocommit		(*sq.get_autocommit)
#define sqlite3_open_v2			(*sq.open_v2)
#define sqlite3_prepare_v2		(*sq.prepare_v2)
#define sqlite3_prepare_v3		(*sq.prepare_v3)
#define sqlite3_reset			(*sq.reset)
#define sqlite3_step			(*sq.step)

/* Load SQLite, once: 0, or -1 with *cause. */
static int
sqlite_load(char **cause)
{
	static const char *names[] = { "libsqlite3.so.0", "libsqlite3.so" };
	size_t	 i;

	if (sq.tried) {
		if (sq.handle != NULL)
			return 0;
		*cause = xstrdup("SQLite cannot be loaded");
		return -1;
	}
	sq.tried = 1;
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if ((sq.handle = dlopen(names[i], RTLD_NOW)) != NULL)
			break;
	if (sq.handle == NULL) {
		*cause = xstrdup("SQLite is not installed (Debian package "
		    "libsqlite3-0)");
		return -1;
	}
#define LOAD(f) \
	if ((*(void **)&sq.f = dlsym(sq.handle, "sqlite3_" #f)) == NULL) \
		goto bad;
	SQLITE_FUNCS(LOAD)
#undef LOAD
	return 0;
bad:
	dlclose(sq.handle);
	sq.handle = NULL;
	*cause = xstrdup("the installed SQLite cannot be used (3.24 or "
	    "later is needed)");
	return -1;
}

bool
store_built(void)
{
	return true;
}

/* Why rc happened, in a reader's words (malloc'd). */
static char *
why(sqlite3 *db, int rc)
{
	const char	*msg = db != NULL ? sqlite3_errmsg(db) :
			    sqlite3_errstr(rc);

	switch (rc & 0xff) {
	case SQLITE_NOTADB:
		return xstrdup("not a library: the file is damaged or holds "
		    "something else");
	case SQLITE_CORRUPT:
		return xasprintf("the library is damaged (%s)", msg);
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return xstrdup("the library is locked by another program");
	case SQLITE_READONLY:
		return xstrdup("the library is read-only");
	case SQLITE_CANTOPEN:
		return xstrdup("the library cannot be opened (is its folder "
		    "writable?)");
	case SQLITE_FULL:
		return xstrdup("the disk is full");
	case SQLITE_IOERR:
		return xasprintf("the library cannot be read or written (%s)",
		    msg);
	default:
		return xstrdup(msg);
	}
}

/* A call failed with rc: why (malloc'd), and whether on a lock. */
static char *
fail(struct store *st, int rc)
{
	st->busy = (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
	return why(st->db, rc);
}

bool
store_busy(const struct store *st)
{
	return st->busy;
}

/* Run sql, which returns no row. */
static int
exec(struct store *st, const char *sql, char **cause)
{
	int	 rc;

	if ((rc = sqlite3_exec(st->db, sql, NULL, NULL, NULL)) != SQLITE_OK) {
		*cause = fail(st, rc);
		return -1;
	}
	return 0;
}

/* One integer of the first row of sql (a pragma). */
static int
pragma_int(struct store *st, const char *sql, long long *out, char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	if ((rc = sqlite3_prepare_v2(st->db, sql, -1, &s, NULL)) != SQLITE_OK) {
		*cause = fail(st, rc);
		return -1;
	}
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(s, 0);
	else
		*cause = fail(st, rc == SQLITE_DONE ? SQLITE_ERROR : rc);
	sqlite3_finalize(s);
	return rc == SQLITE_ROW ? 0 : -1;
}

/* Bring the schema up to STORE_SCHEMA, in one transaction; refuse a
 * newer one. */
static int
migrate(struct store *st, char **cause)
{
	long long	 v;
	char		*sql;
	int		 r;

	if (pragma_int(st, "PRAGMA user_version", &v, cause) == -1)
		return -1;
	if (v == STORE_SCHEMA)
		return 0;
	if (v < 0 || v > STORE_SCHEMA) {
		*cause = xasprintf("the library was written by a newer folio "
		    "(schema %lld; this one knows %d and older)", v,
		    STORE_SCHEMA);
		return -1;
	}
	if (exec(st, "BEGIN IMMEDIATE", cause) == -1)
		return -1;
	/* Another folio may have done it meanwhile. */
	if (pragma_int(st, "PRAGMA user_version", &v, cause) == -1)
		goto fail;
	if (v > STORE_SCHEMA) {
		exec(st, "ROLLBACK", cause);
		return migrate(st, cause);
	}
	for (; v < STORE_SCHEMA; v++) {
		if (exec(st, migrations[v], cause) == -1)
			goto fail;
		sql = xasprintf("PRAGMA user_version = %lld", v + 1);
		r = exec(st, sql, cause);
		free(sql);
		if (r == -1)
			goto fail;
	}
	if (exec(st, "COMMIT", cause) == 0)
		return 0;
fail:
	sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	return -1;
}

/* The file: created 0600 when missing; never a folder or a device. */
static int
make_file(const char *path, char **cause)
{
	struct stat	 sb;
	int		 fd;

	if (stat(path, &sb) == 0) {
		if (S_ISDIR(sb.st_mode)) {
			*cause = xasprintf("%s: a folder is where the library "
			    "should be", path);
			return -1;
		}
		if (!S_ISREG(sb.st_mode)) {
			*cause = xasprintf("%s: not a file", path);
			return -1;
		}
		return 0;
	}
	if (file_make_dirs(path, cause) == -1)
		return -1;
	fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
	    0600);
	if (fd == -1 && errno != EEXIST) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		return -1;
	}
	if (fd != -1)
		close(fd);
	return 0;
}

struct store *
store_open(const char *path, char **cause)
{
	struct store	*st;
	char		*c = NULL;
	int		 rc, i;

	if (sqlite_load(&c) == -1) {
		*cause = xasprintf("%s: %s", path, c);
		free(c);
		return NULL;
	}
	if (make_file(path, cause) == -1)
		return NULL;
	st = xcalloc(1, sizeof *st);
	rc = sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_NOFOLLOW, NULL);
	if (rc != SQLITE_OK) {
		c = fail(st, rc);
		goto fail;
	}
	sqlite3_extended_result_codes(st->db, 1);
	sqlite3_busy_timeout(st->db, STORE_BUSY_MS);
	if (sqlite3_db_readonly(st->db, "main") == 1) {
		c = fail(st, SQLITE_READONLY);
		goto fail;
	}
	/* WAL: readers never wait on the writer; a commit is one append.
	 * NORMAL: a commit is not synced to the disk, a checkpoint is: what
	 * folio wrote survives folio being killed, and the library stays
	 * whole (at worst without the last moments) if the machine stops. */
	/* The library read through memory mapped, not copied a page at a
	 * time: a feed of 100,000 entries is read back in one go. */
	if (exec(st, "PRAGMA mmap_size = 268435456", &c) == -1 ||
	    exec(st, "PRAGMA journal_mode = WAL", &c) == -1 ||
	    exec(st, "PRAGMA synchronous = NORMAL", &c) == -1 ||
	    migrate(st, &c) == -1)
		goto fail;
	for (i = 0; i < Q_COUNT; i++) {
		rc = sqlite3_prepare_v3(st->db, queries[i], -1,
		    SQLITE_PREPARE_PERSISTENT, &st->q[i], NULL);
		if (rc != SQLITE_OK) {
			c = fail(st, rc);
			goto fail;
		}
	}
	return st;
fail:
	*cause = xasprintf("%s: %s", path, c);
	free(c);
	store_close(st);
	return NULL;
}

void
store_close(struct store *st)
{
	int	 i;

	if (st == NULL)
		return;
	for (i = 0; i < Q_COUNT; i++)
		sqlite3_finalize(st->q[i]);
	sqlite3_close(st->db);
	free(st);
}

/* Statement q, reset and bound to key. */
static sqlite3_stmt *
query(struct store *st, int q, const char *key)
{
	sqlite3_stmt	*s = st->q[q];

	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	if (key != NULL)
		sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
	return s;
}

/* Step s to its end: 0, or -1 with *cause. */
static int
done(struct store *st, sqlite3_stmt *s, char **cause)
{
	int	 rc = sqlite3_step(s);

	sqlite3_reset(s);
	if (rc == SQLITE_DONE || rc == SQLITE_ROW)
		return 0;
	*cause = fail(st, rc);
	return -1;
}

static int
begin(struct store *st, char **cause)
{
	if (st->depth++ > 0)
		return 0;
	if (done(st, query(st, Q_BEGIN, NULL), cause) == 0)
		return 0;
	st->depth = 0;
	return -1;
}

/* End a failed transaction, if it is not over already. */
static void
rollback(struct store *st)
{
	char	*ignored = NULL;

	/* A batch ends with what failed in it. */
	st->depth = 0;
	if (!sqlite3_get_autocommit(st->db))
		done(st, query(st, Q_ROLLBACK, NULL), &ignored);
	free(ignored);
}

static int
commit(struct store *st, char **cause)
{
	if (st->depth == 0) {
		/* The batch it was part of failed: nothing was kept. */
		*cause = xstrdup("the changes were given up with another "
		    "that failed");
		return -1;
	}
	if (--st->depth > 0)
		return 0;
	if (done(st, query(st, Q_COMMIT, NULL), cause) == 0)
		return 0;
	rollback(st);
	return -1;
}

static void
bind_or_null(sqlite3_stmt *s, int i, const char *text)
{
	if (text != NULL)
		sqlite3_bind_text(s, i, text, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(s, i);
}

/* FNV-1a, 64 bits, of s (NULL: ""), continuing from h. */
static unsigned long long
hash(unsigned long long h, const char *s)
{
	for (; s != NULL && *s != '\0'; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ull;
	}
	h ^= 0xff;		/* the end of a string */
	return h * 1099511628211ull;
}

/* The names a mentions, in place of those recorded for article id. */
static int
index_names(struct store *st, long long id, const struct store_article *a,
    char **cause)
{
	sqlite3_stmt	*s = query(st, Q_NAMES_DEL, NULL);
	size_t		 i;

	sqlite3_bind_int64(s, 1, id);
	if (done(st, s, cause) == -1)
		return -1;
	for (i = 0; i < a->nnames; i++) {
		const struct store_name *nm = &a->names[i];

		s = query(st, Q_NAME_ADD, nm->text);
		sqlite3_bind_text(s, 2, nm->type, -1, SQLITE_STATIC);
		if (done(st, s, cause) == -1)
			return -1;
		s = query(st, Q_MENTION_ADD, nm->text);
		sqlite3_bind_text(s, 2, nm->type, -1, SQLITE_STATIC);
		sqlite3_bind_int64(s, 3, id);
		sqlite3_bind_int64(s, 4, (sqlite3_int64)nm->count);
		if (done(st, s, cause) == -1)
			return -1;
	}
	return 0;
}

/* Index the title, text and names of a for search, within a
 * transaction, unless they are indexed as they are already. */
static int
index_text(struct store *st, const struct store_article *a, char **cause)
{
	sqlite3_stmt		*s = query(st, Q_TEXT_STATE, a->key);
	unsigned long long	 h;
	long long		 id;
	struct buf		 names = BUF_INIT;
	size_t			 i;
	int			 rc, same, r;

	if ((rc = sqlite3_step(s)) != SQLITE_ROW) {
		sqlite3_reset(s);
		if (rc == SQLITE_DONE)
			return 0;	/* not in the library */
		*cause = fail(st, rc);
		return -1;
	}
	id = sqlite3_column_int64(s, 0);
	h = hash(hash(14695981039346656037ull, a->title), a->body);
	for (i = 0; i < a->nnames; i++)
		h = hash(hash(h, a->names[i].text), a->names[i].type);
	same = sqlite3_column_type(s, 1) != SQLITE_NULL &&
	    (unsigned long long)sqlite3_column_int64(s, 1) == h;
	sqlite3_reset(s);
	if (same || (a->title == NULL && a->body == NULL && a->nnames == 0))
		return 0;
	s = query(st, Q_TEXT_DEL, NULL);
	sqlite3_bind_int64(s, 1, id);
	if (done(st, s, cause) == -1)
		return -1;
	if (index_names(st, id, a, cause) == -1)
		return -1;
	for (i = 0; i < a->nnames; i++) {
		buf_adds(&names, a->names[i].text);
		buf_addc(&names, '\n');
	}
	buf_addc(&names, '\0');
	s = query(st, Q_TEXT_ADD, NULL);
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_text(s, 2, a->title != NULL ? a->title : "", -1,
	    SQLITE_STATIC);
	sqlite3_bind_text(s, 3, a->body != NULL ? a->body : "", -1,
	    SQLITE_STATIC);
	sqlite3_bind_text(s, 4, names.data, -1, SQLITE_STATIC);
	r = done(st, s, cause);
	buf_free(&names);
	if (r == -1)
		return -1;
	s = query(st, Q_TEXT_HASH, NULL);
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)h);
	return done(st, s, cause);
}

int
store_index(struct store *st, const struct store_article *a, char **cause)
{
	if (begin(st, cause) == -1)
		return -1;
	if (index_text(st, a, cause) == -1) {
		rollback(st);
		return -1;
	}
	return commit(st, cause);
}

int
store_visit(struct store *st, const struct store_article *a,
    struct store_place *place, char **cause)
{
	sqlite3_stmt	*s;
	int		 rc, found = 0;

	if (begin(st, cause) == -1)
		return -1;
	s = query(st, Q_PLACE, a->key);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		place->block = sqlite3_column_int64(s, 0);
		place->off = sqlite3_column_int64(s, 1);
		place->line = sqlite3_column_int64(s, 2);
		place->pct = sqlite3_column_type(s, 3) == SQLITE_NULL ? -1 :
		    sqlite3_column_int(s, 3);
		found = 1;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		*cause = fail(st, rc);
		rollback(st);
		return -1;
	}
	s = query(st, Q_VISIT, a->key);
	bind_or_null(s, 2, a->url);
	bind_or_null(s, 3, a->title);
	bind_or_null(s, 4, a->site);
	bind_or_null(s, 5, a->date);
	sqlite3_bind_int64(s, 6, (sqlite3_int64)time(NULL));
	if (done(st, s, cause) == -1) {
		rollback(st);
		return -1;
	}
	if (commit(st, cause) == -1)
		return -1;
	return found;
}

int
store_keep(struct store *st, const char *key,
    const struct store_place *place, char **cause)
{
	sqlite3_stmt	*s = query(st, Q_KEEP, key);

	sqlite3_bind_int64(s, 2, place->block);
	sqlite3_bind_int64(s, 3, place->off);
	sqlite3_bind_int64(s, 4, place->line);
	if (place->pct >= 0)
		sqlite3_bind_int(s, 5, place->pct);
	/* One statement: a transaction of its own. */
	return done(st, s, cause);
}

int
store_mark(struct store *st, const struct store_article *a, bool read,
    char **cause)
{
	sqlite3_stmt	*s = query(st, Q_MARK, a->key);

	bind_or_null(s, 2, a->url);
	bind_or_null(s, 3, a->title);
	bind_or_null(s, 4, a->date);
	sqlite3_bind_int64(s, 5, (sqlite3_int64)time(NULL));
	sqlite3_bind_int(s, 6, read);
	/* One statement: a transaction of its own. */
	return done(st, s, cause);
}

int
store_is_read(struct store *st, const char *key, char **cause)
{
	sqlite3_stmt	*s = query(st, Q_IS_READ, key);
	int		 rc, read = 0;

	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		read = sqlite3_column_int(s, 0) != 0;
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		*cause = fail(st, rc);
		return -1;
	}
	return read;
}

int
store_forget(struct store *st, const char *key, char **cause)
{
	int	 gone;

	if (begin(st, cause) == -1)
		return -1;
	if (done(st, query(st, Q_FORGET_TEXT, key), cause) == -1 ||
	    done(st, query(st, Q_FORGET_NAMES, key), cause) == -1 ||
	    done(st, query(st, Q_FORGET_PAGE, key), cause) == -1 ||
	    done(st, query(st, Q_FORGET, key), cause) == -1) {
		rollback(st);
		return -1;
	}
	gone = sqlite3_changes(st->db) > 0;
	if (commit(st, cause) == -1)
		return -1;
	return gone;
}

/* One count: 0 with *v, or -1 with *cause. */
static int
count_of(struct store *st, sqlite3_stmt *s, long long *v, char **cause)
{
	int	 rc = sqlite3_step(s);

	*v = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
	sqlite3_reset(s);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return 0;
	*cause = fail(st, rc);
	return -1;
}

/* A column's text, copied, or NULL. */
static char *
text_of(sqlite3_stmt *s, int col)
{
	const unsigned char	*t = sqlite3_column_text(s, col);

	return t != NULL ? xstrdup((const char *)t) : NULL;
}

/* The rows of s (title, key, url, date, snippet, last_read, read, kept
 * and, with ids, the article's id into *ids) as hits. */
static int
hits_of(struct store *st, sqlite3_stmt *s, struct store_hit **hits,
    size_t *n, long long **ids, char **cause)
{
	struct store_hit	*h;
	size_t			 cap = 0;
	char			*key;
	int			 rc;

	*hits = NULL;
	*n = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			*hits = xreallocarray(*hits, cap, sizeof **hits);
			if (ids != NULL)
				*ids = xreallocarray(*ids, cap, sizeof **ids);
		}
		if (ids != NULL)
			(*ids)[*n] = sqlite3_column_int64(s, 8);
		h = &(*hits)[(*n)++];
		memset(h, 0, sizeof *h);
		/* A URL read is its own URL (what opens it again, what it
		 * is recorded under), its canonical one aside. */
		key = text_of(s, 1);
		if (key != NULL && url_is_web(key))
			h->url = key;
		else {
			h->file = key;
			h->url = text_of(s, 2);
		}
		h->title = text_of(s, 0);
		if (h->title == NULL || *h->title == '\0') {
			free(h->title);
			h->title = xstrdup(h->file != NULL ? h->file :
			    h->url != NULL ? h->url : "");
		}
		h->date = text_of(s, 3);
		h->snippet = text_of(s, 4);
		h->last_read = sqlite3_column_int64(s, 5);
		h->read = sqlite3_column_int(s, 6) != 0;
		h->kept = sqlite3_column_int(s, 7) != 0;
	}
	sqlite3_reset(s);
	if (rc == SQLITE_DONE)
		return 0;
	*cause = fail(st, rc);
	store_hits_free(*hits, *n);
	*hits = NULL;
	*n = 0;
	return -1;
}

/* words as FTS5 wants them: each word a string ("word", a quote in it
 * doubled), all of them needed; NULL when it holds no word. */
static char *
match_of(const char *words)
{
	size_t		 len = strlen(words), i, o = 0;
	char		*m = xmalloc(len * 3 + 3);
	bool		 in = false;

	for (i = 0; i < len; i++) {
		if (words[i] == ' ' || words[i] == '\t' || words[i] == '\n' ||
		    words[i] == '\r') {
			if (in)
				m[o++] = '"';
			in = false;
			continue;
		}
		if (!in) {
			if (o > 0)
				m[o++] = ' ';
			m[o++] = '"';
			in = true;
		}
		if (words[i] == '"')
			m[o++] = '"';
		m[o++] = words[i];
	}
	if (in)
		m[o++] = '"';
	m[o] = '\0';
	if (o == 0) {
		free(m);
		return NULL;
	}
	return m;
}

int
store_search(struct store *st, const char *words, size_t max,
    struct store_hit **hits, size_t *n, char **cause)
{
	sqlite3_stmt	*s;
	long long	*ids = NULL, lo, id;
	char		*m;
	size_t		 i, j, k;
	int		 r, rc;

	*hits = NULL;
	*n = 0;
	if ((m = match_of(words)) == NULL)
		return 0;
	s = query(st, Q_SEARCH, m);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)max);
	sqlite3_bind_int64(s, 3, (sqlite3_int64)search_ranked);
	r = hits_of(st, s, hits, n, &ids, cause);
	/* The words around a match, of the best only. */
	for (i = 0; r == 0 && i < *n; i += SNIPPETS) {
		k = *n - i < SNIPPETS ? *n - i : SNIPPETS;
		s = query(st, Q_SNIPPETS, m);
		for (j = 0, lo = ids[i]; j < k; j++) {
			sqlite3_bind_int64(s, 3 + (int)j, ids[i + j]);
			if (ids[i + j] < lo)
				lo = ids[i + j];
		}
		sqlite3_bind_int64(s, 2, lo);
		while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
			id = sqlite3_column_int64(s, 0);
			for (j = 0; j < k && ids[i + j] != id; j++)
				;
			if (j < k && (*hits)[i + j].snippet == NULL)
				(*hits)[i + j].snippet = text_of(s, 1);
		}
		sqlite3_reset(s);
		if (rc != SQLITE_DONE) {
			*cause = fail(st, rc);
			store_hits_free(*hits, *n);
			*hits = NULL;
			*n = 0;
			r = -1;
		}
	}
	free(ids);
	free(m);
	return r;
}

int
store_mentions(struct store *st, const char *name, const char *except,
    size_t max, struct store_hit **hits, size_t *n, char **cause)
{
	sqlite3_stmt	*s = query(st, Q_MENTIONS, name);

	if (except != NULL)
		sqlite3_bind_text(s, 2, except, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, (sqlite3_int64)max);
	return hits_of(st, s, hits, n, NULL, cause);
}

int
store_mentions_count(struct store *st, const char *name, const char *except,
    size_t *count, char **cause)
{
	sqlite3_stmt	*s = query(st, Q_MENTIONS_COUNT, name);
	long long	 v;

	if (except != NULL)
		sqlite3_bind_text(s, 2, except, -1, SQLITE_STATIC);
	if (count_of(st, s, &v, cause) == -1)
		return -1;
	*count = (size_t)v;
	return 0;
}

int
store_list(struct store *st, size_t max, struct store_hit **hits,
    size_t *n, char **cause)
{
	sqlite3_stmt	*s = query(st, Q_LIST, NULL);

	sqlite3_bind_int64(s, 1, (sqlite3_int64)max);
	return hits_of(st, s, hits, n, NULL, cause);
}

/*
 * Pages.
 */

/* Whether the page under key is kept: 1 with *when, 0 (cached, or none),
 * or -1 with *cause. */
static int
page_kept(struct store *st, const char *key, long long *when, char **cause)
{
	sqlite3_stmt	*s = query(st, Q_PAGE_KEPT, key);
	int		 rc, kept = 0;

	*when = 0;
	if ((rc = sqlite3_step(s)) == SQLITE_ROW &&
	    sqlite3_column_type(s, 0) != SQLITE_NULL) {
		*when = sqlite3_column_int64(s, 0);
		kept = 1;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		*cause = fail(st, rc);
		return -1;
	}
	return kept;
}

/* Put p under key as the newest row, kept since kept (0: cached). */
static int
page_put(struct store *st, const char *key, const struct store_page *p,
    long long kept, char **cause)
{
	sqlite3_stmt	*s = query(st, Q_PAGE_PUT, key);

	bind_or_null(s, 2, p->url);
	bind_or_null(s, 3, p->type);
	sqlite3_bind_int64(s, 4, (sqlite3_int64)time(NULL));
	if (kept != 0)
		sqlite3_bind_int64(s, 5, (sqlite3_int64)kept);
	sqlite3_bind_int64(s, 6, (sqlite3_int64)p->len);
	/* A blob of no bytes is NULL to SQLite: "" is a blob still. */
	sqlite3_bind_blob(s, 7, p->len > 0 ? p->data : "", (int)p->len,
	    SQLITE_STATIC);
	return done(st, s, cause);
}

/* Drop the oldest pages cached, past STORE_CACHE_PAGES or
 * STORE_CACHE_BYTES. */
static int
page_prune(struct store *st, char **cause)
{
	sqlite3_stmt	*s = query(st, Q_PAGE_AGES, NULL);
	long long	 over = -1;
	size_t		 n = 0, bytes = 0;
	int		 rc;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		bytes += (size_t)sqlite3_column_int64(s, 1);
		if (++n > STORE_CACHE_PAGES || bytes > STORE_CACHE_BYTES) {
			over = sqlite3_column_int64(s, 0);
			break;
		}
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		*cause = fail(st, rc);
		return -1;
	}
	if (over == -1)
		return 0;
	s = query(st, Q_PAGE_DROP, NULL);
	sqlite3_bind_int64(s, 1, over);
	return done(st, s, cause);
}

int
store_page_cache(struct store *st, const char *key,
    const struct store_page *p, char **cause)
{
	long long	 kept;
	int		 r;

	if (p->len > INT_MAX)
		return 0;
	if (begin(st, cause) == -1)
		return -1;
	if ((r = page_kept(st, key, &kept, cause)) == -1)
		goto fail;
	/* Too large to cache: only a page kept takes it. */
	if (r == 0 && p->len > STORE_CACHE_BYTES / 4) {
		rollback(st);
		return 0;
	}
	if (page_put(st, key, p, kept, cause) == -1 ||
	    page_prune(st, cause) == -1)
		goto fail;
	return commit(st, cause);
fail:
	rollback(st);
	return -1;
}

int
store_page_keep(struct store *st, const char *key,
    const struct store_page *p, char **cause)
{
	if (p->len > INT_MAX) {
		*cause = xstrdup("the page is too large to keep");
		return -1;
	}
	/* One statement: a transaction of its own. */
	return page_put(st, key, p, (long long)time(NULL), cause);
}

int
store_page_unkeep(struct store *st, const char *key, char **cause)
{
	sqlite3_stmt	*s;
	int		 was;

	if (begin(st, cause) == -1)
		return -1;
	if (done(st, query(st, Q_PAGE_UNKEEP, key), cause) == -1)
		goto fail;
	was = sqlite3_changes(st->db) > 0;
	/* Cached now, with the others; unless too large to cache. */
	s = query(st, Q_PAGE_UNCACHE, key);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)(STORE_CACHE_BYTES / 4));
	if (done(st, s, cause) == -1 || page_prune(st, cause) == -1)
		goto fail;
	if (commit(st, cause) == -1)
		return -1;
	return was;
fail:
	rollback(st);
	return -1;
}

int
store_page_kept(struct store *st, const char *key, char **cause)
{
	long long	 when;

	return page_kept(st, key, &when, cause);
}

int
store_page_get(struct store *st, const char *key, struct store_page *out,
    char **cause)
{
	sqlite3_stmt	*s = query(st, Q_PAGE_GET, key);
	const void	*b;
	int		 rc;

	memset(out, 0, sizeof *out);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		out->url = text_of(s, 0);
		out->type = text_of(s, 1);
		out->fetched = sqlite3_column_int64(s, 2);
		out->kept = sqlite3_column_type(s, 3) == SQLITE_NULL ? 0 :
		    sqlite3_column_int64(s, 3);
		b = sqlite3_column_blob(s, 4);
		out->len = (size_t)sqlite3_column_bytes(s, 4);
		out->data = xmalloc(out->len + 1);
		if (out->len > 0)
			memcpy(out->data, b, out->len);
		out->data[out->len] = '\0';
	}
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	*cause = fail(st, rc);
	return -1;
}

/*
 * Feeds.
 */

int
store_batch_begin(struct store *st, char **cause)
{
	return begin(st, cause);
}

int
store_batch_end(struct store *st, char **cause)
{
	return commit(st, cause);
}

int
store_feed_put(struct store *st, const struct store_feed *f,
    const struct store_entry *e, size_t n, char **cause)
{
	sqlite3_stmt	*s;
	long long	 gen, before, after;
	size_t		 i;

	if (begin(st, cause) == -1)
		return -1;
	if (count_of(st, query(st, Q_ENTRY_COUNT, f->url), &before,
	    cause) == -1)
		goto fail;
	s = query(st, Q_FEED_PUT, f->url);
	bind_or_null(s, 2, f->title);
	bind_or_null(s, 3, f->site);
	bind_or_null(s, 4, f->etag);
	bind_or_null(s, 5, f->last_modified);
	sqlite3_bind_int64(s, 6, (sqlite3_int64)time(NULL));
	if (done(st, s, cause) == -1 ||
	    count_of(st, query(st, Q_FEED_GEN, f->url), &gen, cause) == -1)
		goto fail;
	for (i = 0; i < n; i++) {
		s = query(st, Q_ENTRY_PUT, f->url);
		sqlite3_bind_text(s, 2, e[i].id, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 3, e[i].key, -1, SQLITE_STATIC);
		bind_or_null(s, 4, e[i].url);
		sqlite3_bind_text(s, 5, e[i].title, -1, SQLITE_STATIC);
		bind_or_null(s, 6, e[i].date);
		if (e[i].time >= 0)
			sqlite3_bind_int64(s, 7, (sqlite3_int64)e[i].time);
		bind_or_null(s, 8, e[i].summary);
		bind_or_null(s, 9, e[i].content);
		sqlite3_bind_int64(s, 10, (sqlite3_int64)gen);
		sqlite3_bind_int64(s, 11, (sqlite3_int64)i);
		bind_or_null(s, 12, e[i].author);
		if (done(st, s, cause) == -1)
			goto fail;
	}
	if (count_of(st, query(st, Q_ENTRY_COUNT, f->url), &after,
	    cause) == -1)
		goto fail;
	if (commit(st, cause) == -1)
		return -1;
	return (int)(after - before);
fail:
	rollback(st);
	return -1;
}

int
store_feed_tried(struct store *st, const char *url, const char *error,
    char **cause)
{
	sqlite3_stmt	*s = query(st, Q_FEED_TRIED, url);

	sqlite3_bind_int64(s, 2, (sqlite3_int64)time(NULL));
	bind_or_null(s, 3, error);
	return done(st, s, cause);
}

int
store_feed_info(struct store *st, const char *url,
    struct store_feed_info *out, char **cause)
{
	sqlite3_stmt	*s = query(st, Q_FEED_INFO, url);
	int		 rc;

	memset(out, 0, sizeof *out);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		out->title = text_of(s, 0);
		out->site = text_of(s, 1);
		out->etag = text_of(s, 2);
		out->last_modified = text_of(s, 3);
		out->error = text_of(s, 4);
		out->checked = sqlite3_column_int64(s, 5);
	}
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	*cause = fail(st, rc);
	return -1;
}

int
store_feed_counts(struct store *st, const char *url,
    struct store_feed_counts *out, char **cause)
{
	sqlite3_stmt	*s = query(st, Q_FEED_COUNTS, url);
	int		 rc;

	memset(out, 0, sizeof *out);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		out->total = (size_t)sqlite3_column_int64(s, 0);
		out->unread = (size_t)sqlite3_column_int64(s, 1);
		out->newest = text_of(s, 2);
	}
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 0;
	*cause = fail(st, rc == SQLITE_DONE ? SQLITE_ERROR : rc);
	return -1;
}

/* The row of s (eid, key, url, title, date, time, summary, read, the
 * content (read with content) and the author) into e. */
static void
entry_of(sqlite3_stmt *s, struct store_entry *e, bool content)
{
	memset(e, 0, sizeof *e);
	e->id = text_of(s, 0);
	e->key = text_of(s, 1);
	e->url = text_of(s, 2);
	e->title = text_of(s, 3);
	e->date = text_of(s, 4);
	e->time = sqlite3_column_type(s, 5) == SQLITE_NULL ? -1 :
	    sqlite3_column_int64(s, 5);
	e->summary = text_of(s, 6);
	e->read = sqlite3_column_int(s, 7) != 0;
	if (content)
		e->content = text_of(s, 8);
	e->author = text_of(s, 9);
	if (e->id == NULL)
		e->id = xstrdup("");
	if (e->key == NULL)
		e->key = xstrdup("");
	if (e->title == NULL)
		e->title = xstrdup("");
}

int
store_feed_entries(struct store *st, const char *url,
    struct store_entry **out, size_t *n, char **cause)
{
	sqlite3_stmt	*s = query(st, Q_FEED_ENTRIES, url);
	size_t		 cap = 0;
	int		 rc;

	*out = NULL;
	*n = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			*out = xreallocarray(*out, cap, sizeof **out);
		}
		entry_of(s, &(*out)[(*n)++], false);
	}
	sqlite3_reset(s);
	if (rc == SQLITE_DONE)
		return 0;
	*cause = fail(st, rc);
	store_entries_free(*out, *n);
	*out = NULL;
	*n = 0;
	return -1;
}

int
store_entry_get(struct store *st, const char *key, struct store_entry **out,
    char **cause)
{
	sqlite3_stmt	*s = query(st, Q_ENTRY_GET, key);
	int		 rc;

	*out = NULL;
	if ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		*out = xmalloc(sizeof **out);
		entry_of(s, *out, true);
	}
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	*cause = fail(st, rc);
	return -1;
}

#endif /* HAVE_SQLITE */
