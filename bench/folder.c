/* folder.c: walk a series with ] as the reader does - open an article,
 * then the file its next link resolves to - and time each step. Not built
 * by make; bench/folder.sh builds and runs it:
 *
 *	folder-bench FILE STEPS
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "article.h"
#include "doc.h"
#include "nav.h"
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
	struct nav_page	 pg;
	struct article	*a;
	char		*cause = NULL, *path;
	double		 t0, t, first = 0, total = 0, worst = 0;
	int		 steps, i;

	if (argc != 3)
		return 2;
	path = xstrdup(argv[1]);
	steps = atoi(argv[2]);
	for (i = 0; i <= steps; i++) {
		t0 = now();
		if (nav_load(path, 0, &pg, &cause) == -1 ||
		    (a = pg.article) == NULL) {
			fprintf(stderr, "%s: %s\n", path, cause != NULL ?
			    cause : "not an article");
			return 1;
		}
		t = now() - t0;
		if (i == 0)
			first = t;
		else {
			total += t;
			if (t > worst)
				worst = t;
		}
		free(path);
		if (a->doc->next.file == NULL) {
			fprintf(stderr, "step %d: the next post does not "
			    "resolve\n", i);
			return 1;
		}
		path = xstrdup(a->doc->next.file);
		nav_page_clear(&pg);
	}
	free(path);
	nav_cleanup();
	printf("first article %.1f ms; then %d steps of ]: %.1f ms each "
	    "on average, %.1f ms at most\n", first * 1e3, steps,
	    total * 1e3 / steps, worst * 1e3);
	return 0;
}
