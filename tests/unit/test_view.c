/* test_view.c: the article view's links on screen and their hints (f),
 * and the place on top kept. */
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
#include "layout.h"
#include "screen.h"
#include "theme.h"
#include "view.h"
#include "testutil.h"
#include "xmalloc.h"

struct fixture {
	struct screen	 s;
	struct doc	*d;
	struct view	*v;
};

static void
add_link(struct doc *d, const char *text, const char *href)
{
	doc_span_begin(d, INL_LINK, href);
	doc_block_text(d, text, (size_t)-1);
	doc_span_end(d);
}

/* "See alpha and beta." (links 0, 1); then twelve short links (2-13);
 * then a link long enough to wrap (14); then lines of text. */
static int
setup(void **state)
{
	struct fixture	*f = xcalloc(1, sizeof *f);
	char		 w[16], h[32];
	int		 i;

	f->d = doc_new();
	doc_block_begin(f->d, BLOCK_PARAGRAPH, 0);
	doc_block_text(f->d, "See ", (size_t)-1);
	add_link(f->d, "alpha", "https://example.org/alpha");
	doc_block_text(f->d, " and ", (size_t)-1);
	add_link(f->d, "beta", "https://example.org/beta");
	doc_block_text(f->d, ".", (size_t)-1);
	doc_block_end(f->d);
	doc_block_begin(f->d, BLOCK_PARAGRAPH, 0);
	for (i = 0; i < 12; i++) {
		snprintf(w, sizeof w, "w%d", i);
		snprintf(h, sizeof h, "https://example.org/%d", i);
		add_link(f->d, w, h);
		doc_block_text(f->d, " ", 1);
	}
	doc_block_end(f->d);
	doc_block_begin(f->d, BLOCK_PARAGRAPH, 0);
	doc_block_text(f->d, "Then ", (size_t)-1);
	add_link(f->d, "a link whose words run on over the end of the line",
	    "https://example.org/long");
	doc_block_text(f->d, " ends.", (size_t)-1);
	doc_block_end(f->d);
	for (i = 0; i < 10; i++)
		doc_add_block(f->d, BLOCK_PARAGRAPH, 0, "Plain text.",
		    (size_t)-1);
	doc_finish(f->d);
	f->s.max_width = 80;
	screen_resize(&f->s, 40, 12, false);
	f->v = view_new(&f->s);
	view_set(f->v, f->d, NULL);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture	*f = *state;

	view_free(f->v);
	doc_free(f->d);
	screen_free(&f->s);
	free(f);
	return 0;
}

static void
test_hint_match(void **state)
{
	(void)state;
	assert_int_equal(view_hint_match("1", 14), 0);
	assert_int_equal(view_hint_match("2", 14), 2);
	assert_int_equal(view_hint_match("10", 14), 10);
	assert_int_equal(view_hint_match("14", 14), 14);
	assert_int_equal(view_hint_match("15", 14), -1);
	assert_int_equal(view_hint_match("0", 14), -1);
	assert_int_equal(view_hint_match("", 14), -1);
	assert_int_equal(view_hint_match("1", 9), 1);
	assert_int_equal(view_hint_match("1", 1), 1);
	assert_int_equal(view_hint_match("2", 1), -1);
	assert_int_equal(view_hint_match("1", 0), -1);
	assert_int_equal(view_hint_match("1", 100), 0);
	assert_int_equal(view_hint_match("10", 100), 0);
	assert_int_equal(view_hint_match("100", 100), 100);
	assert_int_equal(view_hint_match("101", 100), -1);
	assert_int_equal(view_hint_match("99999999999999999999999", 100),
	    -1);
}

static void
test_links_shown(void **state)
{
	struct fixture		*f = *state;
	struct view_link	*l;
	size_t			 n, i;

	n = view_links_shown(f->v, &l);
	/* Every link once, the one that wraps too, in the text's order. */
	assert_int_equal(n, 15);
	for (i = 0; i < n; i++)
		assert_int_equal(l[i].link, i);
	/* "See alpha and beta." on the first line of the body. */
	assert_int_equal(l[0].y, f->s.body_y);
	assert_int_equal(l[0].x, f->s.text_x + 4);
	assert_int_equal(l[1].y, f->s.body_y);
	assert_int_equal(l[1].x, f->s.text_x + 14);
	for (i = 0; i < n; i++)
		assert_int_equal(view_link_at(f->v, l[i].y, l[i].x),
		    (long)l[i].link);
	/* "alpha" is five columns wide; the space after it is no link. */
	assert_int_equal(view_link_at(f->v, l[0].y, l[0].x + 4), 0);
	assert_int_equal(view_link_at(f->v, l[0].y, l[0].x + 5), -1);
	assert_int_equal(view_link_at(f->v, l[0].y, l[0].x - 1), -1);
	assert_int_equal(view_link_at(f->v, 0, l[0].x), -1);
	/* The wrapped link shows on two lines, and is one hint. */
	assert_int_equal(view_link_at(f->v, l[14].y + 1, f->s.text_x), 14);
	free(l);

	/* Scrolled down a line: the first two are gone. */
	view_key(f->v, ACT_DOWN, 'j', 0);
	n = view_links_shown(f->v, &l);
	assert_true(n > 0);
	assert_int_equal(l[0].link, 2);
	free(l);
	/* Scrolled to the end: none. */
	view_key(f->v, ACT_BOTTOM, 'G', 0);
	n = view_links_shown(f->v, &l);
	assert_int_equal(n, 0);
	assert_null(l);
	assert_false(view_hints_start(f->v));
	assert_non_null(f->s.msg);
	assert_string_equal(f->s.msg,
	    "no link on screen: F lists the article's links");
}

static void
test_hint_keys(void **state)
{
	struct fixture	*f = *state;
	size_t		 link = 99;

	/* One digit that no longer number could follow: at once. */
	assert_true(view_hints_start(f->v));
	assert_true(view_hints_shown(f->v));
	assert_int_equal(view_hints_key(f->v, '2', &link), VIEW_HINT_FOLLOW);
	assert_int_equal(link, 1);
	assert_false(view_hints_shown(f->v));

	/* "1" could be 10 to 15: Enter decides. */
	assert_true(view_hints_start(f->v));
	assert_int_equal(view_hints_key(f->v, '1', &link), VIEW_HINT_MORE);
	assert_true(view_hints_shown(f->v));
	assert_int_equal(view_hints_key(f->v, 13, &link), VIEW_HINT_FOLLOW);
	assert_int_equal(link, 0);

	/* "1" then "4": the fourteenth. */
	assert_true(view_hints_start(f->v));
	assert_int_equal(view_hints_key(f->v, '1', &link), VIEW_HINT_MORE);
	assert_int_equal(view_hints_key(f->v, '4', &link), VIEW_HINT_FOLLOW);
	assert_int_equal(link, 13);

	/* A digit that names no hint is refused, the hints stay. */
	assert_true(view_hints_start(f->v));
	assert_int_equal(view_hints_key(f->v, '1', &link), VIEW_HINT_MORE);
	assert_int_equal(view_hints_key(f->v, '7', &link), VIEW_HINT_MORE);
	assert_string_equal(f->s.msg, "no link 17 on screen");
	assert_true(view_hints_shown(f->v));
	/* Backspace erases the "1"; then "3". */
	assert_int_equal(view_hints_key(f->v, 127, &link), VIEW_HINT_MORE);
	assert_int_equal(view_hints_key(f->v, '3', &link), VIEW_HINT_FOLLOW);
	assert_int_equal(link, 2);

	/* Escape cancels; so does any other key. */
	assert_true(view_hints_start(f->v));
	assert_int_equal(view_hints_key(f->v, 27, &link), VIEW_HINT_CANCEL);
	assert_false(view_hints_shown(f->v));
	assert_true(view_hints_start(f->v));
	assert_int_equal(view_hints_key(f->v, 'j', &link), VIEW_HINT_CANCEL);
	assert_false(view_hints_shown(f->v));
	/* Enter with nothing typed does nothing. */
	assert_true(view_hints_start(f->v));
	assert_int_equal(view_hints_key(f->v, 13, &link), VIEW_HINT_MORE);
	assert_true(view_hints_shown(f->v));
	view_hints_stop(f->v);
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

static void
test_hints_drawn(void **state)
{
	struct fixture	*f = *state;
	struct grid	*g = grid_new(40, 12);
	size_t		 link;
	int		 y = f->s.body_y;

	assert_true(view_hints_start(f->v));
	view_draw(f->v, g);
	view_draw_status(f->v, g);
	/* The numbers over the links' first characters, in their role. */
	assert_non_null(strstr(row(g, y), "See 1lpha and 2eta."));
	assert_int_equal(g->cells[y * g->w + f->s.text_x + 4].role, ROLE_HINT);
	assert_int_equal(g->cells[y * g->w + f->s.text_x + 5].role, ROLE_LINK);
	assert_non_null(strstr(row(g, f->s.h - 2),
	    "follow link: 1-15, Esc cancels"));
	/* After "1", only the hints it may lead to. */
	assert_int_equal(view_hints_key(f->v, '1', &link), VIEW_HINT_MORE);
	grid_clear(g, ROLE_TEXT);
	view_draw(f->v, g);
	view_draw_status(f->v, g);
	assert_non_null(strstr(row(g, y), "See 1lpha and beta."));
	assert_non_null(strstr(row(g, f->s.h - 2), "follow link: 1_"));
	/* A terminal too small: no hints, no crash. */
	screen_resize(&f->s, 10, 4, false);
	view_relayout(f->v);
	grid_resize(g, 10, 4);
	view_draw(f->v, g);
	assert_int_equal(view_link_at(f->v, 1, 2), -1);
	assert_int_equal(view_hints_key(f->v, '2', &link), VIEW_HINT_MORE);
	screen_resize(&f->s, 40, 12, false);
	view_relayout(f->v);
	assert_int_equal(view_hints_key(f->v, 13, &link), VIEW_HINT_FOLLOW);
	assert_int_equal(link, 0);
	grid_free(g);
}

/* A place kept and gone back to: a blank line on top stays on top, not
 * the first line of the block after it, which shows the same place. */
static void
test_goto_blank_line(void **state)
{
	struct fixture	*f = *state;
	struct layout	*l;
	size_t		 blank, block, off, line;

	/* The view's lines, and the first blank one. */
	l = layout_build(f->d, NULL, f->s.text_w, LAYOUT_BYLINE);
	for (blank = 0; blank < l->n && l->lines[blank].len > 0; blank++)
		;
	assert_true(blank > 0 && blank + 1 < l->n);
	assert_int_equal(l->lines[blank].off, 0);
	assert_int_equal(l->lines[blank + 1].block, l->lines[blank].block);
	assert_int_equal(l->lines[blank + 1].off, 0);
	view_goto(f->v, l->lines[blank].block, 0, blank);
	view_where(f->v, &block, &off, &line);
	assert_int_equal(line, blank);
	assert_int_equal(block, l->lines[blank].block);
	/* Laid out again at the same width (a resize that changes nothing
	 * of it), the same. */
	view_relayout(f->v);
	view_where(f->v, &block, &off, &line);
	assert_int_equal(line, blank);
	/* A line that shows another place (the layout has changed since):
	 * the place. */
	view_goto(f->v, l->lines[blank].block, 0, 0);
	view_where(f->v, &block, &off, &line);
	assert_int_equal(line, blank + 1);
	layout_free(l);
}

int
main(void)
{
	struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hint_match),
		cmocka_unit_test_setup_teardown(test_goto_blank_line, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_links_shown, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_hint_keys, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_hints_drawn, setup,
		    teardown),
	};

	return run_utf8_tests(tests, NULL, NULL);
}
