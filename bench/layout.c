/* layout.c: how long layout_build takes on a long article (it runs on
 * every resize). Not built by make; from the top of a built tree:
 *
 *	cc -O2 -Iinclude -I. bench/layout.c libcore.a \
 *	    $(pkg-config --libs libxml-2.0) -o /tmp/layout-bench
 *	/tmp/layout-bench [-x copies] [-r runs] FILE...
 *
 * Each FILE is plain text, paragraphs separated by blank lines (every
 * tenth is laid out as a quote, every seventh as a list item). Every word
 * that starts with a capital letter is made a mention, as a recogniser
 * would mark names, so segs are split as they are with highlights on.
 * Times are the fastest of the runs. bench/layout.sh runs it on the
 * bodies of the development corpus. */
#include "config.h"

#include <ctype.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "doc.h"
#include "entities.h"
#include "layout.h"
#include "xmalloc.h"

static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
add_file(struct doc *d, const char *path, size_t *np)
{
	FILE		*f = fopen(path, "rb");
	struct buf	 b = BUF_INIT;
	char		 tmp[65536];
	size_t		 n, i, s;

	if (f == NULL)
		die("%s: cannot open", path);
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
		buf_add(&b, tmp, n);
	fclose(f);
	buf_add(&b, "\n\n", 2);
	for (i = 0, s = 0; i + 1 < b.len; i++) {
		if (b.data[i] != '\n' || b.data[i + 1] != '\n')
			continue;
		if (i > s) {
			(*np)++;
			doc_add_block(d, *np % 10 == 0 ? BLOCK_QUOTE :
			    *np % 7 == 0 ? BLOCK_LIST_ITEM : BLOCK_PARAGRAPH,
			    1, b.data + s, i - s);
		}
		while (i < b.len && b.data[i] == '\n')
			i++;
		s = i;
	}
	buf_free(&b);
}

/* Every capitalised word a mention. */
static struct entities *
fake_entities(const struct doc *d)
{
	struct entities	*e = xcalloc(1, sizeof *e);
	size_t		 i = 0, cap = 0, start;

	e->n = 100;
	e->list = xcalloc(e->n, sizeof *e->list);
	while (i < d->body_len) {
		if (isupper((unsigned char)d->body[i]) &&
		    (i == 0 || d->body[i - 1] == ' ')) {
			start = i;
			while (i < d->body_len && isalpha((unsigned char)
			    d->body[i]))
				i++;
			if (e->nmentions == cap) {
				cap = cap ? cap * 2 : 1024;
				e->mentions = xreallocarray(e->mentions, cap,
				    sizeof *e->mentions);
			}
			e->mentions[e->nmentions].start = start;
			e->mentions[e->nmentions].end = i;
			e->mentions[e->nmentions].entity = e->nmentions % 100;
			e->nmentions++;
		} else
			i++;
	}
	return e;
}

int
main(int argc, char **argv)
{
	struct doc	*d = doc_new();
	struct entities	*e;
	struct layout	*l;
	int		 widths[] = { 40, 80, 120, 0 }, c, copies = 1, runs = 20;
	size_t		 i, np = 0, w;
	int		 k, r;
	double		 t0, t;

	setlocale(LC_ALL, "C.UTF-8");
	while ((c = getopt(argc, argv, "x:r:")) != -1) {
		switch (c) {
		case 'x':
			copies = atoi(optarg);
			break;
		case 'r':
			runs = atoi(optarg);
			break;
		default:
			fprintf(stderr, "usage: layout-bench [-x copies] "
			    "[-r runs] file...\n");
			return 2;
		}
	}
	for (k = 0; k < copies; k++)
		for (i = (size_t)optind; i < (size_t)argc; i++)
			add_file(d, argv[i], &np);
	doc_set(&d->title, "A long article for the layout benchmark",
	    (size_t)-1);
	doc_finish(d);
	e = fake_entities(d);
	printf("%zu bytes, %zu blocks, %zu mentions\n", d->body_len,
	    d->nblocks, e->nmentions);
	for (w = 0; w < sizeof widths / sizeof widths[0]; w++) {
		size_t	 nlines = 0;

		/* The fastest run: the others waited for the machine. */
		for (r = 0, t = 1e9; r < runs; r++) {
			t0 = now();
			l = layout_build(d, e, widths[w], LAYOUT_TITLE);
			nlines = l->n;
			layout_free(l);
			if (now() - t0 < t)
				t = now() - t0;
		}
		printf("width %3d: %7zu lines, %8.3f ms, %6.1f MB/s\n",
		    widths[w], nlines, t * 1e3,
		    (double)d->body_len / t / 1e6);
	}
	entities_free(e);
	doc_free(d);
	return 0;
}
