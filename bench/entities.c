/* entities.c: how fast entities_find reads text. Not built by make; from
 * the top of a built tree:
 *
 *	cc -O2 -Iinclude -I. bench/entities.c libcore.a -o /tmp/entities-bench
 *	/tmp/entities-bench [-r runs] FILE...
 *
 * Each FILE is one text (an article body). Every run finds the names and
 * figures of every file; the time is the fastest run's processor time
 * (one core, whatever else the machine does), in MB/s of text. The
 * memory is the growth of the peak resident size over the texts
 * themselves, and its ratio to their size: run it on texts of growing
 * size to see that it stays linear. bench/score-names --speed runs it on
 * the texts of the development corpus, and on one large text made of
 * them. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "entities.h"
#include "xmalloc.h"

static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The file in one allocation of its size (so that no freed buffer is
 * left for entities_find to reuse: the memory measured is its own). */
static char *
slurp(const char *path, size_t *len)
{
	FILE	*f = fopen(path, "rb");
	char	*p;
	long	 n;

	if (f == NULL || fseek(f, 0, SEEK_END) == -1 || (n = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) == -1)
		die("%s: cannot read", path);
	p = xmalloc((size_t)n + 1);
	if (fread(p, 1, (size_t)n, f) != (size_t)n)
		die("%s: cannot read", path);
	fclose(f);
	*len = (size_t)n;
	return p;
}

int
main(int argc, char **argv)
{
	char		**text;
	size_t		 *len, total = 0, mentions = 0;
	int		  runs = 20, c, i, r;
	double		  best = 0, t;
	struct rusage	  ru;
	long		  rss0;

	while ((c = getopt(argc, argv, "r:")) != -1) {
		if (c == 'r')
			runs = atoi(optarg);
		else {
			fprintf(stderr, "usage: entities-bench [-r runs] "
			    "FILE...\n");
			return 2;
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0 || runs < 1) {
		fprintf(stderr, "usage: entities-bench [-r runs] FILE...\n");
		return 2;
	}
	text = xcalloc((size_t)argc, sizeof *text);
	len = xcalloc((size_t)argc, sizeof *len);
	for (i = 0; i < argc; i++) {
		text[i] = slurp(argv[i], &len[i]);
		total += len[i];
	}
	getrusage(RUSAGE_SELF, &ru);
	rss0 = ru.ru_maxrss;
	for (r = 0; r < runs; r++) {
		t = now();
		for (i = 0; i < argc; i++) {
			struct entities *e = entities_find(text[i], len[i]);

			if (r == 0)
				mentions += e->nmentions + e->ninner;
			entities_free(e);
		}
		t = now() - t;
		if (r == 0 || t < best)
			best = t;
	}
	getrusage(RUSAGE_SELF, &ru);
	printf("%d texts, %zu bytes, %zu mentions: %.2f ms, %.1f MB/s "
	    "(fastest of %d runs); memory %.1f MB, %.1f times the text\n",
	    argc, total, mentions, best * 1e3, (double)total / best / 1e6,
	    runs, (double)(ru.ru_maxrss - rss0) / 1024,
	    (double)(ru.ru_maxrss - rss0) * 1024 / (double)total);
	for (i = 0; i < argc; i++)
		free(text[i]);
	free(text);
	free(len);
	return 0;
}
