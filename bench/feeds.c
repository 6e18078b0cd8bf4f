/* feeds.c: a feed of many entries opened from the reading library, as the
 * index shows it: nav_go() on a feed the library has, to its listing (the
 * entries and their read marks, read back from SQLite), and the first
 * screen of the index drawn. Not built by make; bench/feeds.sh builds and
 * runs it from the top of a built tree, after `folio --refresh` has put
 * the feed in the library of $XDG_DATA_HOME:
 *
 *	feeds-bench URL RUNS
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "grid.h"
#include "keymap.h"
#include "listing.h"
#include "nav.h"
#include "pager.h"
#include "store.h"
#include "xmalloc.h"

static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int
cmp(const void *a, const void *b)
{
	double	 x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

int
main(int argc, char **argv)
{
	struct pager_opts	 o;
	struct pager		*p;
	struct keymap		*km;
	struct store		*st;
	struct grid		*g = grid_new(100, 30);
	char			*path, *cause = NULL;
	double			*t, t0;
	int			 runs, i;

	if (argc != 3 || (runs = atoi(argv[2])) <= 0) {
		fprintf(stderr, "usage: feeds-bench URL RUNS\n");
		return 2;
	}
	if ((path = store_path()) == NULL ||
	    (st = store_open(path, &cause)) == NULL) {
		fprintf(stderr, "feeds-bench: %s\n", cause);
		return 1;
	}
	t = xcalloc((size_t)runs, sizeof *t);
	km = keymap_new();
	for (i = 0; i < runs; i++) {
		memset(&o, 0, sizeof o);
		o.keymap = km;
		o.library = st;
		o.max_width = 80;
		p = pager_new(&o);
		pager_resize(p, 100, 30);
		t0 = now();
		if (pager_open(p, argv[1], &cause) == -1) {
			fprintf(stderr, "feeds-bench: %s\n", cause);
			return 1;
		}
		pager_draw(p, g);
		t[i] = now() - t0;
		pager_free(p);
		nav_cleanup();
	}
	qsort(t, (size_t)runs, sizeof *t, cmp);
	printf("feed index from the library: median %.1f ms, worst %.1f ms "
	    "(%d runs)\n", t[runs / 2] * 1e3, t[runs - 1] * 1e3, runs);
	grid_free(g);
	keymap_free(km);
	store_close(st);
	free(t);
	free(path);
	return 0;
}
