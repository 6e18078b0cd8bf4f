/* test_index.c: the index of a listing, drawn in memory: the feeds
 * grouped by tag (a header row a tag, the feeds under each of their tags,
 * the untagged last), the moves passing the headers by, and the filter
 * on the groups. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grid.h"
#include "index.h"
#include "keymap.h"
#include "listing.h"
#include "screen.h"
#include "xmalloc.h"

struct fixture {
	struct keymap	*km;
	struct screen	 s;
	struct index	*ix;
	struct grid	*g;
	struct listing	*l;
};

/* A feed of the feeds list: its title, unread entries and tags (NULL
 * ends them). */
static void
add_feed(struct listing *l, const char *title, size_t unread, ...)
{
	struct listing_entry	*e;
	va_list			 ap;
	const char		*t;

	l->entries = xreallocarray(l->entries, l->n + 1, sizeof *l->entries);
	e = &l->entries[l->n++];
	memset(e, 0, sizeof *e);
	e->path = xasprintf("https://feeds.example/%zu.xml", l->n);
	e->title = xstrdup(title);
	e->total = unread + 1;
	e->unread = unread;
	va_start(ap, unread);
	while ((t = va_arg(ap, const char *)) != NULL) {
		e->tags = xreallocarray(e->tags, e->ntags + 1,
		    sizeof *e->tags);
		e->tags[e->ntags++] = xstrdup(t);
	}
	va_end(ap);
}

static int
setup(void **state)
{
	struct fixture	*f = xcalloc(1, sizeof *f);

	f->km = keymap_new();
	f->s.keymap = f->km;
	f->s.max_width = 80;
	screen_resize(&f->s, 80, 20, false);
	f->g = grid_new(80, 20);
	f->ix = index_new(&f->s);
	f->l = xcalloc(1, sizeof *f->l);
	f->l->kind = LISTING_FEEDS;
	f->l->title = xstrdup("Feeds");
	f->l->dir = xstrdup("feeds");
	add_feed(f->l, "Harbour News", 3, "local", "news", NULL);
	add_feed(f->l, "Hill Notes", 1, "Local", NULL);
	add_feed(f->l, "Plain Feed", 2, NULL);
	add_feed(f->l, "World Desk", 5, "north, east", "News", NULL);
	index_set(f->ix, f->l);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture	*f = *state;

	index_free(f->ix);
	listing_free(f->l);
	screen_free(&f->s);
	grid_free(f->g);
	keymap_free(f->km);
	free(f);
	return 0;
}

/* Row y of the index's body as text, its ends trimmed. */
static const char *
row(struct fixture *f, int y)
{
	static char	 line[1024];
	size_t		 n = 0, k;
	int		 x;

	grid_clear(f->g, 0);
	index_draw(f->ix, f->g);
	index_draw_status(f->ix, f->g);
	y += f->s.body_y;
	for (x = 1; x < f->g->w - 1; x++) {
		const struct cell *c = &f->g->cells[y * f->g->w + x];

		k = strlen(c->ch);
		if (n + k + 1 >= sizeof line)
			break;
		memcpy(line + n, c->ch, k);
		n += k;
	}
	while (n > 0 && line[n - 1] == ' ')
		n--;
	line[n] = '\0';
	k = strspn(line, " ");
	return line + k;
}

/* Whether row y starts with text. */
static bool
row_is(struct fixture *f, int y, const char *text)
{
	const char	*r = row(f, y);

	if (strncmp(r, text, strlen(text)) == 0)
		return true;
	print_message("row %d is '%s', not '%s...'\n", y, r, text);
	return false;
}

static const char *
selected(struct fixture *f)
{
	return f->l->entries[index_selected(f->ix)].title;
}

/* Grouped: a header a tag (any case one tag; sorted), its feeds and
 * their unread entries summed, the feeds without a tag last; a feed under
 * each of its tags. */
static void
test_grouped_rows(void **state)
{
	struct fixture	*f = *state;

	assert_true(row_is(f, 0, "Harbour News"));
	assert_int_equal(index_key(f->ix, ACT_GROUP_TAGS, 't'), INDEX_DONE);
	assert_true(row_is(f, 0, "local  2 feeds, 4 unread"));
	assert_true(row_is(f, 1, "Harbour News  3 unread  [local, news]"));
	assert_true(row_is(f, 2, "Hill Notes  1 unread  [Local]"));
	assert_true(row_is(f, 3, "news  2 feeds, 8 unread"));
	assert_true(row_is(f, 4, "Harbour News"));
	assert_true(row_is(f, 5, "World Desk  5 unread  [\"north, east\", "
	    "News]"));
	assert_true(row_is(f, 6, "north, east  1 feed, 5 unread"));
	assert_true(row_is(f, 7, "World Desk"));
	assert_true(row_is(f, 8, "(no tag)  1 feed, 2 unread"));
	assert_true(row_is(f, 9, "Plain Feed"));
	assert_string_equal(row(f, 10), "");
	/* The feeds are counted once. */
	assert_non_null(strstr(row(f, f->s.status_y - f->s.body_y),
	    "4 feeds"));
	assert_non_null(strstr(row(f, f->s.status_y - f->s.body_y),
	    "t one list"));
	/* Again: one list. */
	index_key(f->ix, ACT_GROUP_TAGS, 't');
	assert_true(row_is(f, 0, "Harbour News"));
	assert_true(row_is(f, 3, "World Desk"));
	assert_non_null(strstr(row(f, f->s.status_y - f->s.body_y),
	    "t by tag"));
}

/* The moves pass the headers by; the selection stays on its feed as the
 * grouping changes, and the grouping stays for the next listing. */
static void
test_grouped_moves(void **state)
{
	struct fixture	*f = *state;
	int		 i;

	index_key(f->ix, ACT_DOWN, 'j');
	assert_string_equal(selected(f), "Hill Notes");
	index_key(f->ix, ACT_GROUP_TAGS, 't');
	assert_string_equal(selected(f), "Hill Notes");
	index_key(f->ix, ACT_DOWN, 'j');	/* past "news" */
	assert_string_equal(selected(f), "Harbour News");
	index_key(f->ix, ACT_DOWN, 'j');
	assert_string_equal(selected(f), "World Desk");
	index_key(f->ix, ACT_DOWN, 'j');	/* past "north, east" */
	assert_string_equal(selected(f), "World Desk");
	index_key(f->ix, ACT_DOWN, 'j');
	assert_string_equal(selected(f), "Plain Feed");
	index_key(f->ix, ACT_DOWN, 'j');	/* the last */
	assert_string_equal(selected(f), "Plain Feed");
	index_key(f->ix, ACT_TOP, 'g');	/* the first header passed */
	assert_string_equal(selected(f), "Harbour News");
	index_key(f->ix, ACT_UP, 'k');	/* nothing above */
	assert_string_equal(selected(f), "Harbour News");
	index_key(f->ix, ACT_BOTTOM, 'G');
	assert_string_equal(selected(f), "Plain Feed");
	index_key(f->ix, ACT_UP, 'k');	/* past "(no tag)" */
	assert_string_equal(selected(f), "World Desk");
	/* World Desk under "news", Harbour News, Hill Notes, Harbour News
	 * under "local". */
	for (i = 0; i < 4; i++)
		index_key(f->ix, ACT_UP, 'k');
	assert_string_equal(selected(f), "Harbour News");
	assert_int_equal(index_key(f->ix, ACT_ENTER, 13), INDEX_OPEN);
	/* A feed chosen by its entry: its first row. */
	index_select(f->ix, 3);
	assert_string_equal(selected(f), "World Desk");
	index_key(f->ix, ACT_UP, 'k');
	assert_string_equal(selected(f), "Harbour News");
	/* The next listing of the feeds is grouped too; another kind of
	 * listing never is. */
	index_set(f->ix, f->l);
	assert_true(row_is(f, 0, "local"));
	f->l->kind = LISTING_FEED;
	index_set(f->ix, f->l);
	assert_int_equal(index_key(f->ix, ACT_GROUP_TAGS, 't'), INDEX_DONE);
	assert_true(row_is(f, 0, "Harbour News"));
	f->l->kind = LISTING_FEEDS;
	index_set(f->ix, f->l);
	assert_true(row_is(f, 0, "local"));
}

/* The filter on the groups: a tag none of whose feeds it keeps has no
 * header; it finds tags; the count is of feeds. */
static void
test_grouped_filter(void **state)
{
	struct fixture	*f = *state;
	const char	*k;

	index_key(f->ix, ACT_GROUP_TAGS, 't');
	index_key(f->ix, ACT_SEARCH, '/');
	assert_true(index_filtering(f->ix));
	for (k = "east"; *k != '\0'; k++)
		assert_true(index_filter_key(f->ix, *k));
	assert_true(row_is(f, 0, "news  1 feed, 5 unread"));
	assert_true(row_is(f, 1, "World Desk"));
	assert_true(row_is(f, 2, "north, east  1 feed, 5 unread"));
	assert_true(row_is(f, 3, "World Desk"));
	assert_string_equal(row(f, 4), "");
	assert_string_equal(selected(f), "World Desk");
	assert_non_null(strstr(row(f, f->s.status_y - f->s.body_y),
	    "1 of 4 feeds"));
	assert_true(index_filter_key(f->ix, 13));
	/* Nothing: no header at all. */
	index_key(f->ix, ACT_SEARCH, '/');
	assert_true(index_filter_key(f->ix, 'q'));
	assert_non_null(strstr(row(f, 0), "(no feed matches)"));
	assert_true(index_filter_key(f->ix, 27));
	assert_true(row_is(f, 0, "local"));
}

/* A feed with a tag written twice, in two cases, is under it once. */
static void
test_grouped_twice(void **state)
{
	struct fixture	*f = *state;

	add_feed(f->l, "Twice Tagged", 1, "news", "NEWS", NULL);
	index_set(f->ix, f->l);
	index_key(f->ix, ACT_GROUP_TAGS, 't');
	assert_true(row_is(f, 3, "news  3 feeds, 9 unread"));
	assert_true(row_is(f, 4, "Harbour News"));
	assert_true(row_is(f, 5, "World Desk"));
	assert_true(row_is(f, 6, "Twice Tagged"));
	assert_true(row_is(f, 7, "north, east"));
	assert_non_null(strstr(row(f, f->s.status_y - f->s.body_y),
	    "5 feeds"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_grouped_rows, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_grouped_moves, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_grouped_filter, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_grouped_twice, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
