/* library.c: what the reading library costs, on a library of N articles
 * that it fills first (through the store, one transaction an article, as
 * a reader's runs do): opening it, recording an article opened, keeping
 * the reader's place, a read mark, searching it, listing it, the
 * articles that mention a name (the panel's m), and what nav adds to
 * opening an article (nav_go with the library and without). Each article
 * has a text of WORDS words drawn from a vocabulary of 20,000 and 20
 * names drawn from 50,000 (both Zipf-like: a few common, most rare). A
 * LIBRARY that is there already is not filled again: the same library,
 * measured again (by another folio: its schema brought up to date). Not
 * built by make; bench/library.sh builds and runs it:
 *
 *	library-bench LIBRARY N WORDS ARTICLE
 */
#include "config.h"

#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "listing.h"
#include "nav.h"
#include "store.h"
#include "xmalloc.h"

static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Word k of the vocabulary, into w. */
static const char *
word(unsigned k, char *w)
{
	static const char syl[][4] = { "ha", "bor", "ke", "stre", "li",
	    "mon", "ta", "ri", "qu", "ay", "fe", "ro", "an", "del", "vi",
	    "su", "nor", "pe", "ga", "ton" };
	int	 n = 0;

	do {
		n += sprintf(w + n, "%s", syl[k % 20]);
		k /= 20;
	} while (k > 0);
	return w;
}

static unsigned	 seed = 1;

static unsigned
rnd(void)
{
	seed = seed * 1103515245u + 12345u;
	return (seed >> 8) & 0xffffff;
}

/* A text of n words: word ranks skewed to the common ones. */
static void
text(struct buf *b, int n)
{
	char	 w[64];
	int	 i;
	unsigned r;

	b->len = 0;
	for (i = 0; i < n; i++) {
		r = rnd() % 20000;
		r = r * r / 20000;	/* small ranks more often */
		buf_adds(b, word(r, w));
		buf_addc(b, i % 15 == 14 ? '.' : ' ');
	}
	buf_addc(b, '\0');
}

/* 20 names of an article, into names (their texts in buf). */
static void
names_of(struct store_name *names, char (*buf)[32])
{
	unsigned	 r;
	int		 i;

	for (i = 0; i < 20; i++) {
		r = rnd() % 50000;
		r = r * r / 50000;
		snprintf(buf[i], sizeof buf[i], "Person %u", r);
		names[i].text = buf[i];
		names[i].type = "person";
		names[i].count = 1 + r % 3;
	}
}

static void
time_mentions(struct store *st, const char *name, size_t max)
{
	struct store_hit	*h;
	size_t			 n;
	char			*cause = NULL;
	double			 t0 = now();
	int			 i, reps = 10;

	for (i = 0; i < reps; i++) {
		if (store_mentions(st, name, NULL, max, &h, &n, &cause) ==
		    -1) {
			fprintf(stderr, "%s\n", cause);
			exit(1);
		}
		if (i < reps - 1)
			store_hits_free(h, n);
	}
	printf("mentions of '%s' (m, at most %zu): %.2f ms, %zu articles\n",
	    name, max, (now() - t0) * 1e3 / reps, n);
	store_hits_free(h, n);
}

static void
time_search(struct store *st, const char *q)
{
	struct store_hit	*h;
	size_t			 n;
	char			*cause = NULL;
	double			 t0 = now();
	int			 i, reps = 10;

	for (i = 0; i < reps; i++) {
		if (store_search(st, q, 100, &h, &n, &cause) == -1) {
			fprintf(stderr, "%s\n", cause);
			exit(1);
		}
		if (i < reps - 1)
			store_hits_free(h, n);
	}
	printf("search '%s': %.2f ms, %zu found (the best 100)\n", q,
	    (now() - t0) * 1e3 / reps, n);
	store_hits_free(h, n);
}

static struct store *
open_or_die(const char *path)
{
	struct store	*st;
	char		*cause = NULL;

	if ((st = store_open(path, &cause)) == NULL) {
		fprintf(stderr, "%s\n", cause);
		exit(1);
	}
	return st;
}

/* Open article in a new nav, with the library st or without; the time
 * it took, in seconds. */
static double
open_article(const char *article, struct store *st)
{
	struct nav		*n = nav_new(0);
	struct nav_event	 ev;
	double			 t0 = now(), t;

	nav_set_library(n, st);
	nav_go(n, article, NULL);
	t = now() - t0;
	while (nav_take(n, &ev)) {
		if (ev.kind != NAV_OPENED) {
			fprintf(stderr, "%s: %s\n", article, ev.msg);
			exit(1);
		}
		nav_event_clear(&ev);
	}
	nav_free(n);
	return t;
}

int
main(int argc, char **argv)
{
	struct store		*st;
	struct store_article	 a;
	struct store_place	 pl = { 3, 120, 40, 35 };
	struct stat		 sb;
	struct buf		 body = BUF_INIT;
	struct listing		*l;
	char			*cause = NULL, key[64], title[96], w[64];
	char			 nbuf[20][32];
	struct store_name	 names[20];
	char			 q[128];
	double			 t0, t, with = 0, without = 0;
	int			 n, i, reps = 200, words, filled;

	if (argc != 5)
		return 2;
	n = atoi(argv[2]);
	words = atoi(argv[3]);
	filled = stat(argv[1], &sb) == 0;
	st = open_or_die(argv[1]);
	t0 = now();
	for (i = 0; i < n && !filled; i++) {
		snprintf(key, sizeof key, "/home/r/news/%06d.html", i);
		snprintf(title, sizeof title, "Harbour story number %d of the "
		    "year, with a title of usual length", i);
		text(&body, words);
		memset(&a, 0, sizeof a);
		a.key = key;
		a.title = title;
		a.site = "harbour.example";
		a.date = "2024-05-16";
		a.body = body.data;
		names_of(names, nbuf);
		a.names = names;
		a.nnames = 20;
		if (store_visit(st, &a, &pl, &cause) == -1 ||
		    store_index(st, &a, &cause) == -1 ||
		    store_keep(st, key, &pl, &cause) == -1) {
			fprintf(stderr, "%s\n", cause);
			return 1;
		}
	}
	t = now() - t0;
	if (filled)
		printf("filled before with %d articles of %d words; opened "
		    "(and brought up to date): %.1f s\n", n, words, t);
	else
		printf("filled with %d articles of %d words: %.1f s (%.0f us "
		    "an article: recorded and indexed, then its place kept)\n",
		    n, words, t, t * 1e6 / (n ? n : 1));
	store_close(st);
	if (stat(argv[1], &sb) == 0)
		printf("size: %.1f MB, %.0f bytes an article\n",
		    sb.st_size / 1e6, (double)sb.st_size / (n ? n : 1));

	t0 = now();
	st = open_or_die(argv[1]);
	printf("open: %.3f ms\n", (now() - t0) * 1e3);

	t0 = now();
	for (i = 0; i < reps; i++) {
		snprintf(key, sizeof key, "/home/r/news/%06d.html",
		    (i * 7919) % (n ? n : 1));
		memset(&a, 0, sizeof a);
		a.key = key;
		if (store_visit(st, &a, &pl, &cause) == -1)
			return 1;
	}
	printf("an article recorded (store_visit): %.1f us\n",
	    (now() - t0) * 1e6 / reps);
	t0 = now();
	for (i = 0; i < reps; i++) {
		pl.line = (long long)i;
		if (store_keep(st, key, &pl, &cause) == -1)
			return 1;
	}
	printf("a place kept (store_keep): %.1f us\n",
	    (now() - t0) * 1e6 / reps);
	t0 = now();
	for (i = 0; i < reps; i++) {
		snprintf(key, sizeof key, "/home/r/news/%06d.html",
		    (i * 104729) % (n ? n : 1));
		if (store_is_read(st, key, &cause) == -1)
			return 1;
	}
	printf("a read mark (store_is_read): %.1f us\n",
	    (now() - t0) * 1e6 / reps);
	/* A new article; its text indexed, apart. */
	for (i = 0, t = 0; i < 50; i++) {
		snprintf(key, sizeof key, "/home/r/news/new-%d.html", i);
		text(&body, words);
		memset(&a, 0, sizeof a);
		a.key = key;
		a.title = "A new story";
		a.body = body.data;
		names_of(names, nbuf);
		a.names = names;
		a.nnames = 20;
		if (store_visit(st, &a, &pl, &cause) == -1)
			return 1;
		t0 = now();
		if (store_index(st, &a, &cause) == -1)
			return 1;
		t += now() - t0;
	}
	printf("a new article's text indexed (store_index): %.1f us\n",
	    t * 1e6 / 50);

	time_search(st, word(3, w));
	time_search(st, word(150, w));
	time_search(st, word(19000, w));
	snprintf(q, sizeof q, "%s ", word(40, w));
	strcat(q, word(400, w));
	time_search(st, q);
	time_search(st, "story 4242");
	time_mentions(st, "Person 0", NAV_MENTIONS_MAX);
	time_mentions(st, "Person 0", NAV_LIBRARY_MAX);
	time_mentions(st, "Person 3000", NAV_MENTIONS_MAX);
	time_mentions(st, "Person 40000", NAV_MENTIONS_MAX);

	t0 = now();
	if (nav_library_listing(st, &l, &cause) == -1)
		return 1;
	printf("--library's listing (%zu articles): %.2f ms\n", l->n,
	    (now() - t0) * 1e3);
	listing_free(l);

	/* nav_go of one article, alternately with and without. */
	open_article(argv[4], NULL);
	for (i = 0; i < 50; i++) {
		with += open_article(argv[4], st);
		without += open_article(argv[4], NULL);
	}
	printf("opening %s: %.3f ms with the library, %.3f ms without "
	    "(+%.3f ms)\n", argv[4], with * 1e3 / 50, without * 1e3 / 50,
	    (with - without) * 1e3 / 50);
	store_close(st);
	nav_cleanup();
	buf_free(&body);
	return 0;
}
