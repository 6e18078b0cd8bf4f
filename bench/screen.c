/* screen.c: what a keypress and a resize cost on the screen, without a
 * terminal: the pager lays an article out and draws it into a grid (the
 * off-screen buffer the UI copies to the terminal). Not built by make;
 * from the top of a built tree:
 *
 *	cc -O2 -Iinclude -I. bench/screen.c libcore.a \
 *	    $(pkg-config --libs libxml-2.0) -ldl -o /tmp/screen-bench
 *	/tmp/screen-bench [-l lines] [-w width] [-h height]
 *
 * The article is written by the bench itself (no corpus needed): lines
 * (10,000 by default) of text at the screen's width, in paragraphs of
 * five lines, with names and figures in every paragraph and the word
 * "lantern" in every fiftieth. It is opened as folio opens it (textdoc,
 * entities, layout), then:
 *
 *  - keypress redraw: for each key, pager_key() and pager_draw() of the
 *    whole screen, in CPU time (CLOCK_PROCESS_CPUTIME_ID), the mean and
 *    the worst of many presses;
 *  - resize: pager_resize() (a new layout of the whole text, the reading
 *    position kept) and a draw, at 1, 2, 4 and 8 times the text, to show
 *    that the time per line stays the same (linear).
 *
 * bench/layout.sh runs it. */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "article.h"
#include "doc.h"
#include "grid.h"
#include "keymap.h"
#include "layout.h"
#include "nav.h"
#include "pager.h"
#include "xmalloc.h"

static double
cpu(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static const char *const words[] = {
	"the", "harbour", "council", "voted", "on", "a", "plan", "to",
	"rebuild", "old", "quay", "after", "winter", "storms", "and", "its",
	"keepers", "walked", "shore", "at", "dawn", "counting", "boats",
	"drawn", "up", "shingle", "one", "by", "as", "they", "had", "done"
};
static const char *const names[] = {
	"Ingrid Dahl", "Tromsvik", "Maren Olsen", "the Nordvaer Ferry Company",
	"Hella", "Oslo", "Anders Berg"
};
static const char *const figures[] = {
	"NOK 48 million", "12%", "June 2026", "1,200 passengers", "the fifth",
	"7 to 2", "$3.5 billion"
};

/* The lines of the article in path laid out at width cols, and its
 * bytes. */
static size_t
count_lines(const char *path, int cols, size_t *bytes)
{
	struct nav_page	 pg;
	struct article	*a;
	struct layout	*l;
	char		*cause = NULL;
	size_t		 n;

	if (nav_load(path, 0, &pg, &cause) == -1)
		die("%s: %s", path, cause);
	if ((a = pg.article) == NULL)
		die("%s: not an article", path);
	l = layout_build(a->doc, a->ents, cols, LAYOUT_BYLINE);
	n = l->n;
	*bytes = a->doc->body_len;
	layout_free(l);
	nav_page_clear(&pg);
	return n;
}

/* An article of about nlines lines at width cols, in path. */
static void
write_article(const char *path, size_t nlines, int cols)
{
	FILE		*f = fopen(path, "w");
	size_t		 line, para = 0;
	unsigned	 seed = 1;
	int		 col, k;

	if (f == NULL)
		die("%s: cannot write", path);
	fprintf(f, "Lanterns Along the Quay: a Long Report\n\n"
	    "By Bench Writer | May 1, 2025\n\n");
	/* Five lines a paragraph, and a blank line: six lines. */
	for (line = 0; line < nlines; line += 6, para++) {
		col = 0;
		for (k = 0; col < 5 * (cols - 12); k++) {
			const char *w;

			seed = seed * 1103515245 + 12345;
			if (k == 3)
				w = names[para % 7];
			else if (k == 9)
				w = figures[para % 7];
			else if (k == 14 && para % 50 == 0)
				w = "lantern";
			else
				w = words[(seed >> 16) % 32];
			col += fprintf(f, "%s%s", k ? " " : "", w);
		}
		fputs(".\n\n", f);
	}
	fclose(f);
}

struct bench {
	struct keymap	*km;
	struct pager	*p;
	struct grid	*g;
	int		 w, h;
};

static void
bench_open(struct bench *b, const char *path, int w, int h)
{
	struct pager_opts	 o;
	char			*cause = NULL;

	memset(&o, 0, sizeof o);
	b->km = keymap_new();
	o.keymap = b->km;
	o.max_width = 80;
	o.panel = o.names = o.figures = true;
	b->p = pager_new(&o);
	if (pager_open(b->p, path, &cause) == -1)
		die("%s: %s", path, cause);
	b->w = w;
	b->h = h;
	pager_resize(b->p, w, h);
	b->g = grid_new(w, h);
	pager_draw(b->p, b->g);
}

static void
bench_close(struct bench *b)
{
	pager_free(b->p);
	keymap_free(b->km);
	grid_free(b->g);
}

/* Press keys (each drawn after it) n times; the mean and worst CPU time
 * of the whole sequence, in microseconds. */
static void
press(struct bench *b, const char *what, const int *keys, size_t nkeys,
    int n)
{
	double	 t0, t, sum = 0, worst = 0;
	int	 i;
	size_t	 k;

	for (i = 0; i < n; i++) {
		t0 = cpu();
		for (k = 0; k < nkeys; k++) {
			pager_key(b->p, keys[k]);
			pager_draw(b->p, b->g);
		}
		t = cpu() - t0;
		sum += t;
		if (t > worst)
			worst = t;
	}
	printf("  %-34s mean %7.1f us  worst %7.1f us\n", what,
	    sum / n * 1e6, worst * 1e6);
}

/* Resize back and forth between two widths; the best time of a resize
 * and its draw, in milliseconds. */
static double
resize(struct bench *b, int runs)
{
	double	 t0, t, best = 1e9;
	int	 i;

	for (i = 0; i < runs; i++) {
		t0 = cpu();
		pager_resize(b->p, i % 2 ? b->w : b->w - 17, b->h);
		grid_resize(b->g, i % 2 ? b->w : b->w - 17, b->h);
		pager_draw(b->p, b->g);
		t = cpu() - t0;
		if (t < best)
			best = t;
	}
	return best * 1e3;
}

int
main(int argc, char **argv)
{
	struct bench	 b;
	char		 path[] = "/tmp/folio-screen-bench.XXXXXX";
	size_t		 lines = 10000, n;
	int		 c, fd, w = 120, h = 40, x;
	int		 down[] = { 'j' }, page[] = { ' ' }, half[] = { 'd' };
	int		 up[] = { 'k' }, ends[] = { 'G', 'g' };
	int		 names_key[] = { 'e' }, next[] = { 'n' };
	int		 search[] = { '/', 'l', 'a', 'n', 't', 'e', 'r', 'n',
			    '\r' };
	double		 t, per_line1 = 0;
	size_t		 bytes;

	setlocale(LC_ALL, "C.UTF-8");
	while ((c = getopt(argc, argv, "l:w:h:")) != -1) {
		switch (c) {
		case 'l':
			lines = (size_t)atol(optarg);
			break;
		case 'w':
			w = atoi(optarg);
			break;
		case 'h':
			h = atoi(optarg);
			break;
		default:
			fprintf(stderr, "usage: screen-bench [-l lines] "
			    "[-w width] [-h height]\n");
			return 2;
		}
	}
	if ((fd = mkstemp(path)) == -1)
		die("mkstemp failed");
	close(fd);

	/* Keypresses on an article of `lines` lines. */
	write_article(path, lines, 80);
	n = count_lines(path, 80, &bytes);
	bench_open(&b, path, w, h);
	printf("keypress redraw, %dx%d screen, an article of %zu lines at "
	    "80 columns (%zu bytes; CPU time of pager_key + pager_draw):\n",
	    w, h, n, bytes);
	press(&b, "j (a line down)", down, 1, 2000);
	press(&b, "k (a line up)", up, 1, 2000);
	press(&b, "Space (a page down)", page, 1, 200);
	press(&b, "d (half a page down)", half, 1, 200);
	press(&b, "G (the end)", ends, 1, 1);
	press(&b, "g (the top)", ends + 1, 1, 1);
	press(&b, "G g (the end, the top) 500 times", ends, 2, 500);
	press(&b, "e (names off/on)", names_key, 1, 500);
	press(&b, "/lantern Enter (9 keys, 9 draws)", search, 9, 20);
	press(&b, "n (next match, 50 paragraphs on)", next, 1, 200);
	bench_close(&b);

	/* Resizes at 1, 2, 4 and 8 times the text. */
	printf("resize (re-layout of the whole text, position kept, and a "
	    "draw; best of 10):\n");
	for (x = 1; x <= 8; x *= 2) {
		write_article(path, lines * (size_t)x, 80);
		n = count_lines(path, 80, &bytes);
		bench_open(&b, path, w, h);
		t = resize(&b, 10);
		if (x == 1)
			per_line1 = t / (double)n;
		printf("  %7zu lines, %8zu bytes: %8.2f ms  %6.3f us a line  "
		    "(x%.2f the time a line at 1x)\n", n, bytes, t,
		    t / (double)n * 1e3, t / (double)n / per_line1);
		bench_close(&b);
	}
	unlink(path);
	return 0;
}
