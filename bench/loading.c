/* loading.c: what loading in the background costs the reader, without a
 * terminal: the pager drives the loads of tests/e2e/httpd.py's pages over
 * the loopback, as ui_curses.c does (pager_wait(), pselect(), pager_run()),
 * and draws into a grid. Not built by make; bench/loading.sh builds and
 * runs it from the top of a built tree:
 *
 *  - a keypress while a page loads: pager_key() and pager_draw() of the
 *    whole screen, in CPU time (CLOCK_PROCESS_CPUTIME_ID), the mean and
 *    the worst of many presses, while /slow/b.html takes four seconds;
 *  - ] with the next post fetched ahead: the wall time from the key to
 *    the new article drawn, the median and the worst of 20 (h between
 *    them), against r (the same page fetched again over the loopback).
 */
#include "config.h"

#include <sys/select.h>
#include <sys/wait.h>

#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "grid.h"
#include "keymap.h"
#include "nav.h"
#include "pager.h"
#include "wait.h"
#include "xmalloc.h"

#define W	100
#define H	30
#define RUNS	20

static double
now(clockid_t c)
{
	struct timespec	 ts;

	clock_gettime(c, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int
cmp(const void *a, const void *b)
{
	double	 x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* The top row of the screen drawn. */
static const char *
title(struct pager *p, struct grid *g)
{
	static char	 line[4 * W + 1];
	size_t		 n = 0, k;
	int		 x;

	pager_draw(p, g);
	for (x = 0; x < g->w; x++) {
		k = strlen(g->cells[x].ch);
		memcpy(line + n, g->cells[x].ch, k);
		n += k;
	}
	line[n] = '\0';
	return line;
}

/* Wait once, as the terminal's loop does, and carry on what loads. */
static void
step(struct pager *p)
{
	struct wait	 w;
	struct timespec	 ts;

	wait_init(&w);
	pager_wait(p, &w);
	if (w.ms < 0 || w.ms > 20)
		w.ms = 20;
	pselect(w.maxfd + 1, &w.rd, &w.wr, &w.ex, wait_timespec(&w, &ts),
	    NULL);
	pager_run(p);
}

/* Run until the screen's title holds want; the wall time it took. */
static double
until(struct pager *p, struct grid *g, const char *want, double t0)
{
	while (strstr(title(p, g), want) == NULL) {
		if (now(CLOCK_MONOTONIC) - t0 > 20) {
			fprintf(stderr, "loading: no \"%s\" after 20 s\n", want);
			exit(1);
		}
		step(p);
	}
	return now(CLOCK_MONOTONIC) - t0;
}

static pid_t
server(const char *dir, const char *portfile, int *port)
{
	pid_t	 pid;
	FILE	*f;
	int	 i;

	unlink(portfile);
	if ((pid = fork()) == 0) {
		execlp("python3", "python3", "tests/e2e/httpd.py", dir,
		    portfile, (char *)NULL);
		_exit(127);
	}
	for (i = 0; i < 200; i++) {
		if ((f = fopen(portfile, "r")) != NULL) {
			if (fscanf(f, "%d", port) == 1) {
				fclose(f);
				return pid;
			}
			fclose(f);
		}
		usleep(50000);
	}
	fprintf(stderr, "loading: the test server did not start\n");
	exit(1);
}

int
main(void)
{
	struct pager_opts	 o;
	struct keymap		*km = keymap_new();
	struct pager		*p;
	struct grid		*g = grid_new(W, H);
	char			 site[64], url[128], portfile[64], *cause;
	double			 t, sum = 0, worst = 0, open[RUNS], re[RUNS];
	pid_t			 pid;
	int			 port, i, n;

	setlocale(LC_CTYPE, "C.UTF-8");
	signal(SIGPIPE, SIG_IGN);
	snprintf(portfile, sizeof portfile, "/tmp/folio-loading.%d",
	    (int)getpid());
	pid = server("tests/data/web", portfile, &port);
	snprintf(site, sizeof site, "http://127.0.0.1:%d", port);
	memset(&o, 0, sizeof o);
	o.keymap = km;
	o.max_width = 80;
	o.panel = o.names = o.figures = true;

	/* Keys while /slow/b.html takes four seconds. */
	p = pager_new(&o);
	pager_resize(p, W, H);
	snprintf(url, sizeof url, "%s/e-slow.html", site);
	if (pager_open(p, url, &cause) == -1) {
		fprintf(stderr, "loading: %s\n", cause);
		return 1;
	}
	until(p, g, "Next Post Comes Slowly", now(CLOCK_MONOTONIC));
	pager_key(p, ']');
	for (n = 0; n < 400 && pager_busy(p); n++) {
		t = now(CLOCK_PROCESS_CPUTIME_ID);
		pager_key(p, n % 40 < 20 ? 'j' : 'k');
		pager_run(p);
		pager_draw(p, g);
		t = now(CLOCK_PROCESS_CPUTIME_ID) - t;
		sum += t;
		if (t > worst)
			worst = t;
		usleep(2000);
	}
	printf("a key while a page loads: %.3f ms of CPU on average, %.3f ms "
	    "at worst (%d keys, the page still loading: %s)\n",
	    sum / n * 1e3, worst * 1e3, n, pager_busy(p) ? "yes" : "no");
	pager_free(p);

	/* ] with B fetched ahead, and r fetching it again. */
	p = pager_new(&o);
	pager_resize(p, W, H);
	snprintf(url, sizeof url, "%s/a.html", site);
	pager_open(p, url, &cause);
	until(p, g, "Web Series Part A", now(CLOCK_MONOTONIC));
	/* B comes ahead while A is read. */
	t = now(CLOCK_MONOTONIC);
	while (now(CLOCK_MONOTONIC) - t < 0.5)
		step(p);
	for (i = 0; i < RUNS; i++) {
		t = now(CLOCK_MONOTONIC);
		pager_key(p, ']');
		open[i] = until(p, g, "Web Series Part B", t);
		t = now(CLOCK_MONOTONIC);
		pager_key(p, 'r');
		while (pager_busy(p))
			step(p);
		re[i] = until(p, g, "Web Series Part B", t);
		pager_key(p, 'h');
		until(p, g, "Web Series Part A", now(CLOCK_MONOTONIC));
	}
	qsort(open, RUNS, sizeof open[0], cmp);
	qsort(re, RUNS, sizeof re[0], cmp);
	printf("] to the next post, fetched ahead: %.2f ms (median of %d), "
	    "%.2f ms at worst\n", open[RUNS / 2] * 1e3, RUNS,
	    open[RUNS - 1] * 1e3);
	printf("r, the same page fetched again on the loopback: %.2f ms "
	    "(median), %.2f ms at worst\n", re[RUNS / 2] * 1e3,
	    re[RUNS - 1] * 1e3);
	pager_free(p);
	nav_cleanup();
	grid_free(g);
	keymap_free(km);
	kill(pid, SIGTERM);
	waitpid(pid, NULL, 0);
	unlink(portfile);
	return 0;
}
