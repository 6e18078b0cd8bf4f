/* test_grid.c: a screen of cells drawn in memory. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "grid.h"
#include "testutil.h"
#include "theme.h"

/* Row y as text, a right half of a wide character as nothing. */
static char *
row(struct grid *g, int y)
{
	struct buf	 b = BUF_INIT;
	int		 x;

	for (x = 0; x < g->w; x++)
		buf_adds(&b, grid_cell(g, y, x)->ch);
	return buf_finish(&b, NULL);
}

static void
expect_row(struct grid *g, int y, const char *want)
{
	char	*got = row(g, y);

	assert_string_equal(got, want);
	free(got);
}

static int
put(struct grid *g, int y, int x, int xmax, const char *s)
{
	return grid_put(g, y, x, xmax, s, strlen(s), ROLE_TEXT, 0);
}

static void
test_new_and_clear(void **state)
{
	struct grid	*g = grid_new(4, 3);
	struct cell	*c;

	(void)state;
	assert_int_equal(g->w, 4);
	assert_int_equal(g->h, 3);
	assert_int_equal(g->cursor_y, -1);
	assert_int_equal(g->cursor_x, -1);
	expect_row(g, 2, "    ");
	c = grid_cell(g, 2, 3);
	assert_non_null(c);
	assert_int_equal(c->width, 1);
	assert_int_equal(c->role, ROLE_TEXT);
	assert_null(grid_cell(g, 3, 0));
	assert_null(grid_cell(g, 0, 4));
	assert_null(grid_cell(g, -1, 0));
	assert_null(grid_cell(g, 0, -1));

	put(g, 1, 0, 4, "abcd");
	grid_clear(g, ROLE_PANEL);
	expect_row(g, 1, "    ");
	assert_int_equal(grid_cell(g, 1, 1)->role, ROLE_PANEL);

	grid_resize(g, 6, 2);
	assert_int_equal(g->w, 6);
	assert_int_equal(g->h, 2);
	expect_row(g, 1, "      ");
	assert_null(grid_cell(g, 2, 0));
	grid_resize(g, 0, 0);
	assert_null(grid_cell(g, 0, 0));
	assert_int_equal(put(g, 0, 0, 10, "ab"), 0);
	grid_free(g);
	grid_free(NULL);
}

static void
test_put_clip(void **state)
{
	struct grid	*g = grid_new(8, 2);

	(void)state;
	assert_int_equal(put(g, 0, 0, 8, "abc"), 3);
	expect_row(g, 0, "abc     ");
	assert_int_equal(grid_cell(g, 0, 1)->role, ROLE_TEXT);
	/* Clipped at xmax, and at the grid's edge. */
	assert_int_equal(put(g, 1, 2, 5, "defghij"), 5);
	expect_row(g, 1, "  def   ");
	assert_int_equal(put(g, 1, 6, 100, "klmnop"), 8);
	expect_row(g, 1, "  def kl");
	/* Rows outside: nothing drawn. */
	put(g, 2, 0, 8, "zzz");
	put(g, -1, 0, 8, "zzz");
	expect_row(g, 0, "abc     ");
	/* Role and attributes. */
	grid_put(g, 0, 4, 8, "xy", 2, ROLE_LINK, ATTR_BOLD);
	assert_int_equal(grid_cell(g, 0, 4)->role, ROLE_LINK);
	assert_int_equal(grid_cell(g, 0, 5)->attr, ATTR_BOLD);
	assert_int_equal(grid_cell(g, 0, 6)->role, ROLE_TEXT);
	/* Starting left of the grid. */
	assert_int_equal(put(g, 1, -2, 8, "12345"), 3);
	expect_row(g, 1, "345ef kl");
	grid_free(g);
}

static void
test_wide(void **state)
{
	struct grid	*g = grid_new(5, 3);
	struct cell	*c;

	(void)state;
	/* 中文: two cells each, the right one empty. */
	assert_int_equal(put(g, 0, 0, 5, "\xe4\xb8\xad\xe6\x96\x87"), 4);
	c = grid_cell(g, 0, 0);
	assert_string_equal(c->ch, "\xe4\xb8\xad");
	assert_int_equal(c->width, 2);
	assert_string_equal(grid_cell(g, 0, 1)->ch, "");
	assert_int_equal(grid_cell(g, 0, 1)->width, 0);
	assert_string_equal(grid_cell(g, 0, 2)->ch, "\xe6\x96\x87");
	/* At the edge: a wide character that does not fit is a space. */
	assert_int_equal(put(g, 1, 0, 5, "ab\xe4\xb8\xad\xe6\x96\x87x"), 5);
	expect_row(g, 1, "ab\xe4\xb8\xad ");
	assert_int_equal(grid_cell(g, 1, 4)->width, 1);
	assert_int_equal(put(g, 2, 0, 3, "a\xe4\xb8\xad\xe6\x96\x87"), 3);
	expect_row(g, 2, "a\xe4\xb8\xad  ");
	assert_int_equal(put(g, 2, 0, 1, "\xf0\x9f\x98\x80"), 1);
	expect_row(g, 2, " \xe4\xb8\xad  ");
	/* Writing over half of a wide character blanks the other half. */
	put(g, 0, 1, 5, "x");
	expect_row(g, 0, " x\xe6\x96\x87 ");
	put(g, 0, 2, 5, "y");
	expect_row(g, 0, " xy  ");
	assert_int_equal(grid_cell(g, 0, 3)->width, 1);
	put(g, 0, 0, 5, "\xe4\xb8\xad\xe6\x96\x87");
	put(g, 0, 1, 5, "\xf0\x9f\x98\x80");
	expect_row(g, 0, " \xf0\x9f\x98\x80  ");
	/* A wide character straddling the left edge. */
	assert_int_equal(put(g, 1, -1, 5, "\xe4\xb8\xad" "z"), 2);
	expect_row(g, 1, " z\xe4\xb8\xad ");
	grid_free(g);
}

static void
test_combining(void **state)
{
	struct grid	*g = grid_new(6, 2);
	char		 many[64];
	size_t		 i;

	(void)state;
	/* é as e + U+0301: one cell. */
	assert_int_equal(put(g, 0, 0, 6, "e\xcc\x81x\xe4\xb8\xad\xcc\x81"),
	    4);
	assert_string_equal(grid_cell(g, 0, 0)->ch, "e\xcc\x81");
	assert_string_equal(grid_cell(g, 0, 1)->ch, "x");
	assert_string_equal(grid_cell(g, 0, 2)->ch, "\xe4\xb8\xad\xcc\x81");
	/* A mark without a base, or after a clipped one, is dropped. */
	assert_int_equal(put(g, 1, 0, 6, "\xcc\x81" "a"), 1);
	assert_string_equal(grid_cell(g, 1, 0)->ch, "a");
	put(g, 1, 4, 5, "bc\xcc\x81");
	assert_string_equal(grid_cell(g, 1, 4)->ch, "b");
	/* More marks than a cell holds: the extra ones go. */
	many[0] = 'o';
	for (i = 0; i < 20; i++)
		memcpy(many + 1 + 2 * i, "\xcc\x81", 2);
	many[41] = '\0';
	put(g, 1, 2, 6, many);
	assert_int_equal(strlen(grid_cell(g, 1, 2)->ch), 15);
	assert_string_equal(grid_cell(g, 1, 3)->ch, " ");
	grid_free(g);
}

static void
test_controls_and_invalid(void **state)
{
	struct grid	*g = grid_new(10, 2);

	(void)state;
	/* Controls are never placed. */
	assert_int_equal(put(g, 0, 0, 10, "a\x1b[1mb\tc\r\n\x7f\xc2\x9b"
	    "d\xe2\x80\xae"), 7);
	expect_row(g, 0, "a[1mbcd   ");
	/* Invalid bytes, and characters of no width, show as U+FFFD. */
	assert_int_equal(put(g, 1, 0, 10, "a\xff" "b\xcd\xb8" "c\xef\xbf\xbf"),
	    6);
	expect_row(g, 1, "a\xef\xbf\xbd" "b\xef\xbf\xbd" "c\xef\xbf\xbd    ");
	grid_free(g);
}

static void
test_fill(void **state)
{
	struct grid	*g = grid_new(6, 4);

	(void)state;
	grid_fill(g, 1, 1, 2, 3, "\xe2\x94\x80", ROLE_BORDER);
	expect_row(g, 0, "      ");
	expect_row(g, 1, " \xe2\x94\x80\xe2\x94\x80\xe2\x94\x80  ");
	expect_row(g, 2, " \xe2\x94\x80\xe2\x94\x80\xe2\x94\x80  ");
	expect_row(g, 3, "      ");
	assert_int_equal(grid_cell(g, 1, 1)->role, ROLE_BORDER);
	assert_int_equal(grid_cell(g, 1, 0)->role, ROLE_TEXT);
	/* Clipped at the edges. */
	grid_fill(g, -1, 4, 10, 10, "x", ROLE_PANEL);
	expect_row(g, 0, "    xx");
	expect_row(g, 3, "    xx");
	/* A wide character fills two cells; a column left over is a
	 * space; a control or nothing fills with spaces. */
	grid_fill(g, 0, 0, 1, 5, "\xe4\xb8\xad", ROLE_TEXT);
	expect_row(g, 0, "\xe4\xb8\xad\xe4\xb8\xad x");
	put(g, 3, 0, 4, "abcd");
	grid_fill(g, 3, 0, 1, 2, "\x1b", ROLE_TEXT);
	grid_fill(g, 3, 2, 1, 2, "", ROLE_TEXT);
	expect_row(g, 3, "    xx");
	grid_free(g);
}

static void
test_paint(void **state)
{
	struct grid	*g = grid_new(6, 2);

	(void)state;
	put(g, 0, 0, 6, "ab\xe4\xb8\xad" "cd");
	grid_paint(g, 0, 1, 1, ROLE_NAME, ATTR_BOLD);
	assert_int_equal(grid_cell(g, 0, 0)->role, ROLE_TEXT);
	assert_int_equal(grid_cell(g, 0, 1)->role, ROLE_NAME);
	assert_int_equal(grid_cell(g, 0, 1)->attr, ATTR_BOLD);
	assert_int_equal(grid_cell(g, 0, 2)->role, ROLE_TEXT);
	/* Attributes add up. */
	grid_paint(g, 0, 1, 1, ROLE_SEARCH, ATTR_UNDERLINE);
	assert_int_equal(grid_cell(g, 0, 1)->role, ROLE_SEARCH);
	assert_int_equal(grid_cell(g, 0, 1)->attr, ATTR_BOLD | ATTR_UNDERLINE);
	/* Both halves of a wide character, from either half. */
	grid_paint(g, 0, 3, 1, ROLE_FIGURE, 0);
	assert_int_equal(grid_cell(g, 0, 2)->role, ROLE_FIGURE);
	assert_int_equal(grid_cell(g, 0, 3)->role, ROLE_FIGURE);
	assert_int_equal(grid_cell(g, 0, 4)->role, ROLE_TEXT);
	grid_paint(g, 0, 0, 3, ROLE_LINK, 0);
	assert_int_equal(grid_cell(g, 0, 3)->role, ROLE_LINK);
	assert_int_equal(grid_cell(g, 0, 4)->role, ROLE_TEXT);
	/* Clipped. */
	grid_paint(g, 1, -3, 100, ROLE_STATUS, 0);
	assert_int_equal(grid_cell(g, 1, 0)->role, ROLE_STATUS);
	assert_int_equal(grid_cell(g, 1, 5)->role, ROLE_STATUS);
	grid_paint(g, 5, 0, 3, ROLE_ERROR, 0);
	grid_paint(g, 0, 6, 3, ROLE_ERROR, 0);
	grid_paint(g, 0, 0, 0, ROLE_ERROR, 0);
	assert_int_equal(grid_cell(g, 0, 0)->role, ROLE_LINK);
	grid_free(g);
}

int
main(void)
{
	struct CMUnitTest tests[] = {
		cmocka_unit_test(test_new_and_clear),
		cmocka_unit_test(test_put_clip),
		cmocka_unit_test(test_wide),
		cmocka_unit_test(test_combining),
		cmocka_unit_test(test_controls_and_invalid),
		cmocka_unit_test(test_fill),
		cmocka_unit_test(test_paint),
	};

	return run_utf8_tests(tests, NULL, NULL);
}
