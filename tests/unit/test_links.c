/* test_links.c: the list of the article's links (F). */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "grid.h"
#include "keymap.h"
#include "links.h"
#include "screen.h"
#include "theme.h"
#include "testutil.h"
#include "xmalloc.h"

struct fixture {
	struct screen	 s;
	struct doc	*d;
	struct links	 l;
	struct keymap	*km;
	struct grid	*g;
};

static void
add_link(struct doc *d, const char *text, const char *href)
{
	doc_span_begin(d, INL_LINK, href);
	doc_block_text(d, text, (size_t)-1);
	doc_span_end(d);
}

static int
setup(void **state)
{
	struct fixture	*f = xcalloc(1, sizeof *f);

	f->d = doc_new();
	doc_block_begin(f->d, BLOCK_PARAGRAPH, 0);
	add_link(f->d, "Harbour report", "https://example.org/report");
	doc_block_text(f->d, " and ", (size_t)-1);
	add_link(f->d, "the clerk", "mailto:clerk@example.org");
	doc_block_end(f->d);
	doc_block_begin(f->d, BLOCK_PARAGRAPH, 0);
	doc_block_text(f->d, "See ", (size_t)-1);
	add_link(f->d, "the map", "map.png");
	/* A span of no text is no link the text shows. */
	add_link(f->d, "", "https://example.org/empty");
	doc_block_end(f->d);
	doc_finish(f->d);
	f->km = keymap_new();
	f->s.keymap = f->km;
	f->s.max_width = 80;
	screen_resize(&f->s, 60, 12, false);
	f->g = grid_new(60, 12);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture	*f = *state;

	links_close(&f->l);
	doc_free(f->d);
	keymap_free(f->km);
	grid_free(f->g);
	screen_free(&f->s);
	free(f);
	return 0;
}

static char *
row(struct grid *g, int y)
{
	static char	 line[1024];
	size_t		 n = 0, k;
	int		 x;

	for (x = 0; x < g->w; x++) {
		k = strlen(g->cells[y * g->w + x].ch);
		memcpy(line + n, g->cells[y * g->w + x].ch, k);
		n += k;
	}
	line[n] = '\0';
	return line;
}

static enum links_result
key(struct fixture *f, int k, size_t *link)
{
	return links_key(&f->l, &f->s, keymap_lookup(f->km, k), k, link);
}

static void
test_list(void **state)
{
	struct fixture	*f = *state;
	size_t		 link = 99;

	links_open(&f->l, f->d);
	assert_true(f->l.shown);
	assert_int_equal(f->l.nall, 3);
	links_draw(&f->l, &f->s, f->g);
	assert_non_null(strstr(row(f->g, 1), "1  Harbour report"));
	assert_non_null(strstr(row(f->g, 1), "https://example.org/report"));
	assert_non_null(strstr(row(f->g, 2), "2  the clerk"));
	assert_non_null(strstr(row(f->g, 2), "mailto:clerk@example.org"));
	assert_non_null(strstr(row(f->g, 3), "3  the map"));
	assert_non_null(strstr(row(f->g, 10),
	    "3 links: Enter follows, / filters, q goes back"));
	/* j, then Enter: the second. */
	assert_int_equal(key(f, 'j', &link), LINKS_DONE);
	assert_int_equal(key(f, 13, &link), LINKS_FOLLOW);
	assert_int_equal(link, 1);
	assert_false(f->l.shown);
}

static void
test_filter(void **state)
{
	struct fixture	*f = *state;
	size_t		 link = 99;

	links_open(&f->l, f->d);
	assert_int_equal(key(f, '/', &link), LINKS_DONE);
	/* The text or the address holds it, in any case. */
	key(f, 'M', &link);
	key(f, 'a', &link);
	assert_int_equal(f->l.nrows, 2);	/* "mailto:", "map" */
	key(f, 'p', &link);
	assert_int_equal(f->l.nrows, 1);
	links_draw(&f->l, &f->s, f->g);
	assert_non_null(strstr(row(f->g, 1), "3  the map"));
	assert_non_null(strstr(row(f->g, 10), "/Map   1 of 3"));
	key(f, 127, &link);
	key(f, 'i', &link);
	assert_int_equal(f->l.nrows, 1);	/* "mailto:" */
	key(f, 'x', &link);
	assert_int_equal(f->l.nrows, 0);
	grid_clear(f->g, ROLE_TEXT);
	links_draw(&f->l, &f->s, f->g);
	assert_non_null(strstr(row(f->g, 1), "no link holds the filter"));
	assert_int_equal(key(f, 13, &link), LINKS_DONE);
	/* Enter with no row: nothing. */
	assert_int_equal(key(f, 13, &link), LINKS_DONE);
	assert_true(f->l.shown);
	/* / again, Escape clears the filter. */
	key(f, '/', &link);
	key(f, 27, &link);
	assert_int_equal(f->l.nrows, 3);
	/* q goes back. */
	assert_int_equal(key(f, 'q', &link), LINKS_CLOSED);
	assert_false(f->l.shown);
}

static void
test_click_and_small(void **state)
{
	struct fixture	*f = *state;
	size_t		 link = 99;

	links_open(&f->l, f->d);
	assert_int_equal(links_click(&f->l, &f->s, 0, &link), LINKS_DONE);
	assert_int_equal(links_click(&f->l, &f->s, 5, &link), LINKS_DONE);
	assert_int_equal(links_click(&f->l, &f->s, 3, &link), LINKS_FOLLOW);
	assert_int_equal(link, 2);
	/* Tiny: drawn without a crash, keys still work. */
	links_open(&f->l, f->d);
	screen_resize(&f->s, 3, 2, false);
	grid_resize(f->g, 3, 2);
	links_draw(&f->l, &f->s, f->g);
	assert_int_equal(key(f, 'G', &link), LINKS_DONE);
	assert_int_equal(key(f, 13, &link), LINKS_FOLLOW);
	assert_int_equal(link, 2);
	/* Escape goes back. */
	links_open(&f->l, f->d);
	assert_int_equal(key(f, 27, &link), LINKS_CLOSED);
}

int
main(void)
{
	struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_list, setup, teardown),
		cmocka_unit_test_setup_teardown(test_filter, setup, teardown),
		cmocka_unit_test_setup_teardown(test_click_and_small, setup,
		    teardown),
	};

	return run_utf8_tests(tests, NULL, NULL);
}
