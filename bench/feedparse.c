/* feedparse.c: what reading a feed costs: feed_parse() on a file's bytes,
 * a number of times. Not built by make; bench/feedparse builds and runs
 * it from the top of a built tree:
 *
 *	feedparse FILE [RUNS]
 *
 * reads FILE, parses it RUNS times (default 1) and prints its entries,
 * its bytes and the best wall time of a parse in seconds. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "buf.h"
#include "feed.h"
#include "file.h"
#include "xmalloc.h"

static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	struct buf	 b = BUF_INIT;
	struct feed	*f;
	char		*cause = NULL;
	size_t		 entries = 0;
	double		 t, best = -1;
	int		 runs, i;

	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: feedparse file [runs]\n");
		return 2;
	}
	runs = argc == 3 ? atoi(argv[2]) : 1;
	/* As folio reads a file. */
	if (file_read(argv[1], (size_t)1 << 30, &b, &cause) != 0) {
		fprintf(stderr, "%s: %s\n", argv[1], cause);
		return 1;
	}
	for (i = 0; i < runs; i++) {
		t = now();
		if ((f = feed_parse(b.data, b.len, NULL, argv[1], &cause)) ==
		    NULL) {
			fprintf(stderr, "%s: %s\n", argv[1], cause);
			return 1;
		}
		t = now() - t;
		if (best < 0 || t < best)
			best = t;
		entries = f->n;
		feed_free(f);
	}
	printf("%zu %zu %.6f\n", entries, b.len, best);
	buf_free(&b);
	return 0;
}
