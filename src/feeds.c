/* feeds.c: feeds from the command line (feeds.h). */
#include "config.h"

#include <sys/select.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "feed.h"
#include "feeds.h"
#include "fetch.h"
#include "library.h"
#include "listing.h"
#include "nav.h"
#include "output.h"
#include "store.h"
#include "subs.h"
#include "wait.h"
#include "xmalloc.h"

/* The read mark of an entry, from st. */
static bool
is_read(struct store *st, const char *path)
{
	char	*key, *cause = NULL;
	int	 r;

	if (st == NULL || (key = store_key(path)) == NULL)
		return false;
	r = store_is_read(st, key, &cause);
	free(key);
	free(cause);
	return r == 1;
}

static void
print_feed_json(FILE *f, const struct listing *l, struct store *st)
{
	size_t	 i;

	fputs("{\"feed\":{\"title\":", f);
	output_json_string(f, l->title);
	fputs(",\"url\":", f);
	output_json_string(f, l->dir);
	fputs(",\"site\":", f);
	output_json_string(f, l->site);
	fputs("},\"entries\":[", f);
	for (i = 0; i < l->n; i++) {
		const struct listing_entry *e = &l->entries[i];

		fputs(i ? ",{\"title\":" : "{\"title\":", f);
		output_json_string(f, e->title);
		fputs(",\"url\":", f);
		output_json_string(f, e->url);
		fputs(",\"date\":", f);
		output_json_string(f, e->date);
		fputs(",\"summary\":", f);
		output_json_string(f, e->summary);
		fprintf(f, ",\"read\":%s}", e->read || is_read(st, e->path) ?
		    "true" : "false");
	}
	fputs("]}\n", f);
}

static void
print_feeds_json(FILE *f, const struct listing *l)
{
	size_t		 i, k;

	fputs("{\"feeds\":[", f);
	for (i = 0; i < l->n; i++) {
		const struct listing_entry *e = &l->entries[i];

		fputs(i ? ",{\"title\":" : "{\"title\":", f);
		output_json_string(f, e->title);
		fputs(",\"url\":", f);
		output_json_string(f, e->path);
		fputs(",\"tags\":[", f);
		for (k = 0; k < e->ntags; k++) {
			if (k > 0)
				fputc(',', f);
			output_json_string(f, e->tags[k]);
		}
		fprintf(f, "],\"entries\":%zu,\"unread\":%zu,\"error\":",
		    e->total, e->unread);
		output_json_string(f, e->failed ? e->note : NULL);
		fputc('}', f);
	}
	fputs("]}\n", f);
}

void
feeds_print(FILE *f, const struct listing *l, bool json, struct store *st)
{
	size_t	 i;

	if (json) {
		if (l->kind == LISTING_FEEDS)
			print_feeds_json(f, l);
		else
			print_feed_json(f, l, st);
		return;
	}
	for (i = 0; i < l->n; i++) {
		const struct listing_entry *e = &l->entries[i];

		if (l->kind == LISTING_FEEDS) {
			fprintf(f, "%5zu/%-5zu ", e->unread, e->total);
			output_clean(f, e->title);
			fputs("  ", f);
			output_clean(f, e->path);
			if (e->failed) {
				fputs("  ", f);
				output_clean(f, e->note);
			}
		} else {
			fprintf(f, "%s %-10s  ", e->read || is_read(st,
			    e->path) ? "\xe2\x9c\x93" : " ", e->date != NULL ?
			    e->date : "");
			output_clean(f, e->title);
			/* An entry with no page of its own has no address. */
			if (e->url != NULL || strncmp(e->path, LISTING_ENTRY,
			    strlen(LISTING_ENTRY)) != 0) {
				fputs("  ", f);
				output_clean(f, e->url != NULL ? e->url :
				    e->path);
			}
		}
		fputc('\n', f);
	}
}

/* The feeds listing in a nav of its own, on the library st: 0, or 1
 * with a message printed. */
static int
open_feeds(struct nav *n, struct store *st)
{
	struct nav_event	 ev;
	int			 r = 1;

	nav_set_library(n, st);
	nav_go(n, NAV_FEEDS, NULL);
	while (nav_take(n, &ev)) {
		if (ev.kind == NAV_OPENED) {
			r = 0;
			/* What is wrong in the feeds file. */
			if (ev.msg != NULL)
				fprintf(stderr, "folio: %s\n", ev.msg);
		}
		else if (ev.kind == NAV_FAILED)
			fprintf(stderr, "folio: %s\n", ev.msg);
		else if (ev.msg != NULL)
			fprintf(stderr, "folio: %s\n", ev.msg);
		nav_event_clear(&ev);
	}
	return r;
}

int
feeds_list(bool json)
{
	struct store	*st = library_open_existing();
	struct nav	*n = nav_new(0);
	int		 r;

	if ((r = open_feeds(n, st)) == 0)
		feeds_print(stdout, nav_current(n)->listing, json, st);
	nav_free(n);
	store_close(st);
	return r;
}

int
feeds_refresh(void)
{
	struct nav		*n = nav_new(NAV_UNATTENDED);
	struct store		*st;
	struct nav_event	 ev;
	struct wait		 w;
	struct timespec		 ts;
	const struct listing	*l;
	char			*warning = NULL;
	size_t			 i, failed = 0;
	int			 r;

	if ((st = library_open(&warning)) == NULL) {
		fprintf(stderr, "folio: %s\n", warning != NULL ? warning :
		    "folio is built without SQLite: feeds are refreshed into "
		    "the library");
		free(warning);
		nav_free(n);
		return 1;
	}
	if ((r = open_feeds(n, st)) != 0)
		goto out;
	nav_refresh(n, SIZE_MAX);
	while (nav_refreshing(n, NULL, NULL)) {
		wait_init(&w);
		nav_wait(n, &w);
		if (w.maxfd < 0 && w.ms < 0)
			w.ms = 50;
		if (w.ms != 0)
			pselect(w.maxfd + 1, &w.rd, &w.wr, &w.ex,
			    wait_timespec(&w, &ts), NULL);
		nav_run(n, NULL);
	}
	l = nav_current(n)->listing;
	for (i = 0; i < l->n; i++) {
		const struct listing_entry *e = &l->entries[i];

		if (e->failed) {
			failed++;
			printf("FAIL  ");
		} else
			printf("ok    ");
		output_clean(stdout, e->path);
		fputs("  ", stdout);
		if (e->failed)
			output_clean(stdout, e->note);
		else
			printf("%s; %zu unread of %zu", e->note != NULL ?
			    e->note : "", e->unread, e->total);
		fputc('\n', stdout);
	}
	while (nav_take(n, &ev)) {
		if (ev.kind == NAV_MESSAGE && ev.msg != NULL &&
		    strncmp(ev.msg, "refreshed ", 10) == 0)
			printf("%s\n", ev.msg);
		else if (ev.msg != NULL)
			fprintf(stderr, "folio: %s\n", ev.msg);
		nav_event_clear(&ev);
	}
	r = failed > 0;
out:
	nav_free(n);
	store_close(st);
	return r;
}

int
feeds_import_opml(const char *file)
{
	struct fetched		 f;
	struct feed_outline	*o;
	struct subs		 s, add;
	char			*cause = NULL, *path;
	size_t			 n, i, j, added;
	int			 r;

	if (fetch_file(file, &f, &cause) == -1) {
		fprintf(stderr, "folio: %s: %s\n", file, cause);
		free(cause);
		return 1;
	}
	r = feed_opml_read(f.data, f.len, &o, &n, &cause);
	fetched_free(&f);
	if (r == -1) {
		fprintf(stderr, "folio: %s: %s\n", file, cause);
		free(cause);
		return 1;
	}
	if ((path = subs_path()) == NULL) {
		fprintf(stderr, "folio: no feeds file: neither "
		    "XDG_CONFIG_HOME nor HOME is set\n");
		feed_outlines_free(o, n);
		return 1;
	}
	if (subs_read(&s, path, &cause) == -1) {
		fprintf(stderr, "folio: %s\n", cause);
		free(cause);
		free(path);
		feed_outlines_free(o, n);
		return 1;
	}
	memset(&add, 0, sizeof add);
	add.v = xcalloc(n > 0 ? n : 1, sizeof *add.v);
	for (i = 0; i < n; i++) {
		add.v[i].url = o[i].url;
		add.v[i].title = o[i].title;
		add.v[i].tags = o[i].tags;
		add.v[i].ntags = o[i].ntags;
		/* What the feeds file cannot hold is left out: a line
		 * break. */
		for (j = 0; add.v[i].url[j] != '\0'; j++)
			if (add.v[i].url[j] == '\n' || add.v[i].url[j] == '\r')
				add.v[i].url[j] = ' ';
	}
	r = subs_append(path, &s, add.v, n, &added, &cause);
	if (r == -1) {
		fprintf(stderr, "folio: %s\n", cause);
		free(cause);
	} else
		printf("%zu feed%s added to %s; %zu %s there already\n",
		    added, added == 1 ? "" : "s", path, n - added,
		    n - added == 1 ? "was" : "were");
	free(add.v);
	feed_outlines_free(o, n);
	subs_free(&s);
	free(path);
	return r == -1;
}

int
feeds_export_opml(void)
{
	struct subs	 s;
	char		*path, *cause = NULL, *o;
	size_t		 i;
	int		 r;

	if ((path = subs_path()) == NULL) {
		fprintf(stderr, "folio: no feeds file: neither "
		    "XDG_CONFIG_HOME nor HOME is set\n");
		return 1;
	}
	if ((r = subs_read(&s, path, &cause)) == -1) {
		fprintf(stderr, "folio: %s\n", cause);
		free(cause);
		free(path);
		return 1;
	}
	for (i = 0; i < s.nwarnings; i++)
		fprintf(stderr, "folio: %s\n", s.warnings[i]);
	o = subs_opml(&s);
	fputs(o, stdout);
	free(o);
	subs_free(&s);
	free(path);
	return 0;
}
