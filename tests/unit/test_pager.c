/* test_pager.c: the reader's state and the screen it draws, driven by
 * keys, without a terminal. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>


#include "buf.h"
#include "grid.h"
#include "keymap.h"
#include "pager.h"
#include "store.h"
#include "testutil.h"
#include "theme.h"
#include "wait.h"
#include "xmalloc.h"

struct fixture {
	struct keymap	*km;
	struct pager	*p;
	struct grid	*g;
};

static int
setup(void **state)
{
	struct fixture		*f = xcalloc(1, sizeof *f);
	struct pager_opts	 o;

	f->km = keymap_new();
	memset(&o, 0, sizeof o);
	o.keymap = f->km;
	o.max_width = 80;
	o.panel = o.names = o.figures = true;
	f->p = pager_new(&o);
	f->g = grid_new(100, 30);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture	*f = *state;

	pager_free(f->p);
	keymap_free(f->km);
	grid_free(f->g);
	free(f);
	return 0;
}

static void
open_data(struct fixture *f, const char *name, int w, int h)
{
	char	*cause = NULL;

	if (pager_open(f->p, test_data_path(name), &cause) == -1)
		fail_msg("%s: %s", name, cause);
	pager_resize(f->p, w, h);
}

/* Row y of the screen as text. */
static char *
row(struct fixture *f, int y)
{
	static char	 line[4096];
	size_t		 n = 0, k;
	int		 x;

	pager_draw(f->p, f->g);
	for (x = 0; x < f->g->w && y < f->g->h; x++) {
		const struct cell *c = &f->g->cells[y * f->g->w + x];

		k = strlen(c->ch);
		if (n + k + 1 >= sizeof line)
			break;
		memcpy(line + n, c->ch, k);
		n += k;
	}
	line[n] = '\0';
	return line;
}

/* The whole screen as text, rows joined by newlines (free it). */
static char *
screen(struct fixture *f)
{
	struct buf	 b = BUF_INIT;
	int		 y;

	pager_draw(f->p, f->g);
	for (y = 0; y < f->g->h; y++) {
		buf_adds(&b, row(f, y));
		buf_addc(&b, '\n');
	}
	return buf_finish(&b, NULL);
}

static bool
has(struct fixture *f, const char *text)
{
	char	*s = screen(f);
	bool	 found = strstr(s, text) != NULL;

	free(s);
	return found;
}

static bool
shows(struct fixture *f, const char *text)
{
	char	*s = screen(f);
	bool	 found = strstr(s, text) != NULL;

	if (!found)
		print_message("screen lacks '%s':\n%s", text, s);
	free(s);
	return found;
}

/* Carry on what loads until it is over, waiting as the terminal's loop
 * does. */
static void
run_loads(struct fixture *f)
{
	struct wait	 w;
	struct timespec	 ts;

	while (pager_run(f->p) && pager_busy(f->p)) {
		wait_init(&w);
		pager_wait(f->p, &w);
		assert_true(w.ms >= 0);
		pselect(w.maxfd + 1, &w.rd, &w.wr, &w.ex,
		    wait_timespec(&w, &ts), NULL);
	}
}

/* Keys as the terminal gives them: what a key starts loading is loaded
 * before the next. */
static void
keys(struct fixture *f, const char *k)
{
	for (; *k != '\0'; k++) {
		assert_true(pager_key(f->p, (unsigned char)*k));
		run_loads(f);
	}
}

static void
test_article_screen(void **state)
{
	struct fixture	*f = *state;
	char		*r;

	open_data(f, "series/alpha.html", 100, 30);
	r = row(f, 0);
	assert_non_null(strstr(r, "Alpha Report on the Canal Budget"));
	assert_non_null(strstr(r, "Names"));
	assert_true(shows(f, "Hanna Berg"));
	assert_true(shows(f, "Figures"));
	/* The status line: the next post's title and the toggles. */
	r = row(f, 28);
	assert_non_null(strstr(r, "\xe2\x96\xb8 Beta Story About the Harbour"));
	assert_non_null(strstr(r, "names \xe2\x97\x8f figures \xe2\x97\x8f"));
	/* No previous post: nothing shown for it. */
	assert_null(strstr(r, "\xe2\x97\x82"));
}

/* A title that carries the site's name is shown without it; the site
 * is on the byline's line. */
static void
test_headline(void **state)
{
	struct fixture	*f = *state;
	char		*r;

	open_data(f, "html/headline.html", 100, 30);
	r = row(f, 0);
	assert_non_null(strstr(r, "Harbour lights switched back on "));
	assert_null(strstr(r, "|"));
	assert_null(strstr(r, "Courier"));
	assert_true(shows(f, "By Ines Moreau \xc2\xb7 Port Alder Courier"));
	/* Too narrow for the top border: the headline opens the text. */
	pager_resize(f->p, 30, 20);
	r = row(f, 1);
	assert_non_null(strstr(r, "Harbour lights switched"));
	assert_false(has(f, "| Port"));
}

static void
test_toggles(void **state)
{
	struct fixture	*f = *state;
	const struct cell *c;
	char		*r;
	int		 x, y;

	open_data(f, "series/alpha.html", 100, 30);
	keys(f, "e");
	r = row(f, 28);
	assert_non_null(strstr(r, "names \xe2\x97\x8b figures \xe2\x97\x8f"));
	keys(f, "#");
	r = row(f, 28);
	assert_non_null(strstr(r, "names \xe2\x97\x8b figures \xe2\x97\x8b"));
	/* With both off, no cell of the text is drawn as a name or figure. */
	pager_draw(f->p, f->g);
	for (y = 1; y < 27; y++) {
		for (x = 1; x < 70; x++) {
			c = &f->g->cells[y * f->g->w + x];
			assert_true(c->role != 6 /* ROLE_NAME */ &&
			    c->role != 7 /* ROLE_FIGURE */);
		}
	}
	keys(f, "e#");
	r = row(f, 28);
	assert_non_null(strstr(r, "names \xe2\x97\x8f figures \xe2\x97\x8f"));

	/* s hides the panel, and shows it again. */
	keys(f, "s");
	assert_null(strstr(row(f, 0), "Names"));
	keys(f, "s");
	assert_non_null(strstr(row(f, 0), "Names"));
}

/* How many cells of the article pane (left of column xmax) are drawn in
 * the role. */
static int
role_cells(struct fixture *f, unsigned role, int xmax)
{
	int	 x, y, n = 0;

	pager_draw(f->p, f->g);
	for (y = 1; y < f->g->h - 3; y++) {
		for (x = 1; x < xmax; x++) {
			if (f->g->cells[y * f->g->w + x].role == role)
				n++;
		}
	}
	return n;
}

/* e and # change the text at once, each its own kind. */
static void
test_toggles_at_once(void **state)
{
	struct fixture	*f = *state;
	int		 names, figures;

	open_data(f, "e2e/panel.txt", 100, 30);
	names = role_cells(f, 6 /* ROLE_NAME */, 73);
	figures = role_cells(f, 7 /* ROLE_FIGURE */, 73);
	assert_true(names > 0);
	assert_true(figures > 0);
	keys(f, "e");
	assert_int_equal(role_cells(f, 6, 73), 0);
	assert_int_equal(role_cells(f, 7, 73), figures);
	keys(f, "#");
	assert_int_equal(role_cells(f, 7, 73), 0);
	keys(f, "e");
	assert_int_equal(role_cells(f, 6, 73), names);
	assert_int_equal(role_cells(f, 7, 73), 0);
	keys(f, "#");
	assert_int_equal(role_cells(f, 7, 73), figures);
}

/* The side panel's part of screen row y. */
static char *
panel_row(struct fixture *f, int y)
{
	static char	 line[1024];
	size_t		 n = 0, k;
	int		 x;

	for (x = 74; x < f->g->w - 1; x++) {
		const struct cell *c = &f->g->cells[y * f->g->w + x];

		k = strlen(c->ch);
		if (n + k + 1 >= sizeof line)
			break;
		memcpy(line + n, c->ch, k);
		n += k;
	}
	line[n] = '\0';
	return line;
}

/* The screen row where the panel shows text (-1 if none); with count
 * set, the row must end with that count. */
static int
panel_y(struct fixture *f, const char *text, const char *count)
{
	int	 y;
	char	*r, *end;

	pager_draw(f->p, f->g);
	for (y = 1; y < f->g->h - 3; y++) {
		r = panel_row(f, y);
		if (strstr(r, text) == NULL)
			continue;
		if (count != NULL) {
			end = r + strlen(r);
			while (end > r && end[-1] == ' ')
				end--;
			*end = '\0';
			if (strlen(r) < strlen(count) || strcmp(end -
			    strlen(count), count) != 0 || end[-(int)strlen(
			    count) - 1] != ' ')
				fail_msg("panel row '%s' lacks count %s", r,
				    count);
		}
		return y;
	}
	return -1;
}

/* Names by kind, then figures; each by count, then first mention. */
static void
test_panel_groups(void **state)
{
	static const struct {
		const char	*text, *count;
	} rows[] = {
		{ "People", NULL }, { "Ana Kovacs", "4" }, { "Li Qiang", "2" },
		{ "Places", NULL }, { "Vienna", "2" }, { "Oslo", "1" },
		{ "Organisations", NULL }, { "Harbour Council", "1" },
		{ "Port Authority of", "1" },	/* cut to fit */
		{ "Other", NULL }, { "Rosmarin", "2" },
		{ "Figures", NULL }, { "March 3, 2024", "1" },
		{ "$2.5 billion", "1" }, { "12%", "1" }, { "five", "1" },
		{ "two", "1" },
	};
	struct fixture	*f = *state;
	size_t		 i;
	int		 y, last = 0;

	open_data(f, "e2e/panel.txt", 100, 30);
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		y = panel_y(f, rows[i].text, rows[i].count);
		if (y <= last)
			fail_msg("panel: '%s' at row %d, after row %d",
			    rows[i].text, y, last);
		last = y;
	}
}

/* / in the panel filters its list; Escape clears the filter. */
static void
test_panel_filter(void **state)
{
	struct fixture	*f = *state;

	open_data(f, "e2e/panel.txt", 100, 30);
	keys(f, "\t/kov");
	assert_true(panel_y(f, "/kov", NULL) > 0);
	assert_true(panel_y(f, "Ana Kovacs", "4") > 0);
	assert_int_equal(panel_y(f, "Li Qiang", NULL), -1);
	assert_int_equal(panel_y(f, "Places", NULL), -1);
	assert_true(panel_y(f, "(no match)", NULL) > 0);	/* figures */
	/* The cursor is on the filter while it is typed. */
	pager_draw(f->p, f->g);
	assert_int_equal(f->g->cursor_y, panel_y(f, "/kov", NULL));
	/* Backspace widens it. */
	keys(f, "\x7f\x7f");
	assert_true(panel_y(f, "Li Qiang", NULL) < 0);
	keys(f, "\x7f");
	assert_true(panel_y(f, "Li Qiang", NULL) > 0);
	keys(f, "osl");
	assert_true(panel_y(f, "Port Authority of", NULL) > 0);
	assert_true(panel_y(f, "Oslo", "1") > 0);
	assert_int_equal(panel_y(f, "Vienna", NULL), -1);
	keys(f, "\x7f\x7f\x7fQIA");
	assert_int_equal(panel_y(f, "Oslo", NULL), -1);
	/* Enter keeps the filter; Enter again jumps to the selection. */
	keys(f, "\r");
	assert_true(panel_y(f, "/QIA", NULL) > 0);
	keys(f, "\r");
	assert_true(role_cells(f, 6, 73) > 0);
	{
		int	 x, y, reversed = 0;

		for (y = 1; y < 27; y++)
			for (x = 1; x < 73; x++)
				if (f->g->cells[y * f->g->w + x].attr & 0x10)
					reversed++;
		assert_int_equal(reversed, 8);	/* "Li Qiang" */
	}
	/* Escape clears it: everything is back. */
	assert_true(pager_key(f->p, 27));
	assert_int_equal(panel_y(f, "/QIA", NULL), -1);
	assert_true(panel_y(f, "Li Qiang", NULL) > 0);
	assert_true(panel_y(f, "Vienna", NULL) > 0);
	/* Escape while typing clears it too. */
	keys(f, "/zzz");
	assert_true(panel_y(f, "(no match)", NULL) > 0);
	assert_true(pager_key(f->p, 27));
	assert_true(panel_y(f, "Ana Kovacs", NULL) > 0);
}

/* Enter walks the selected entity's mentions, marking each, and wraps
 * round after the last. */
static void
test_panel_next_occurrence(void **state)
{
	struct fixture	*f = *state;
	int		 i, x, y, at[5];

	open_data(f, "e2e/panel.txt", 100, 30);
	keys(f, "\t");
	for (i = 0; i < 5; i++) {
		keys(f, "\r");
		pager_draw(f->p, f->g);
		at[i] = -1;
		for (y = 1; y < 27 && at[i] < 0; y++)
			for (x = 1; x < 73; x++)
				if (f->g->cells[y * f->g->w + x].attr & 0x10) {
					at[i] = y * 1000 + x;
					break;
				}
		assert_true(at[i] >= 0);
		if (i > 0 && i < 4)
			assert_true(at[i] > at[i - 1]);
	}
	/* Ana Kovacs has four mentions: the fifth Enter is the first. */
	assert_int_equal(at[4], at[0]);
	assert_true(shows(f, "back to the first mention"));
}

static void
test_walk_series(void **state)
{
	struct fixture	*f = *state;

	open_data(f, "series/alpha.html", 100, 30);
	keys(f, "]");
	assert_non_null(strstr(row(f, 0), "Beta Story About the Harbour"));
	keys(f, "]");
	assert_non_null(strstr(row(f, 0), "Gamma Notes From the Valley"));
	keys(f, "]");
	assert_non_null(strstr(row(f, 0), "Delta Closing Remarks"));
	/* The end of the series: a message, and the reader stays. */
	keys(f, "]");
	assert_non_null(strstr(row(f, 28), "this article links no next post"));
	assert_non_null(strstr(row(f, 0), "Delta Closing Remarks"));
	keys(f, "[[[");
	assert_non_null(strstr(row(f, 0), "Alpha Report on the Canal Budget"));
	keys(f, "[");
	assert_non_null(strstr(row(f, 28),
	    "this article links no previous post"));

	/* History: back over the [ steps, then forward again. */
	keys(f, "h");
	assert_non_null(strstr(row(f, 0), "Beta Story About the Harbour"));
	keys(f, "h");
	assert_non_null(strstr(row(f, 0), "Gamma Notes From the Valley"));
	keys(f, "L");
	assert_non_null(strstr(row(f, 0), "Beta Story About the Harbour"));
	keys(f, "hhhhhh");
	assert_non_null(strstr(row(f, 0), "Alpha Report on the Canal Budget"));
	assert_non_null(strstr(row(f, 28), "nothing to go back to"));
}

static void
test_unresolved_link(void **state)
{
	struct fixture	*f = *state;

	open_data(f, "e2e/ferry.txt", 100, 30);
	keys(f, "]");
	assert_non_null(strstr(row(f, 28),
	    "next post not among the saved articles: Bridge Repairs"));
	assert_non_null(strstr(row(f, 0), "Harbour Council Approves"));
}

static void
test_loop(void **state)
{
	struct fixture	*f = *state;
	int		 i;

	/* Two posts that link each other both ways: each step alternates,
	 * and nothing grows but the history. */
	open_data(f, "loop/a.html", 100, 30);
	for (i = 0; i < 20; i++) {
		keys(f, i % 3 == 0 ? "[" : "]");
		assert_non_null(strstr(row(f, 0), i % 2 == 0 ? "Loop Post B" :
		    "Loop Post A"));
	}
	for (i = 0; i < 21; i++)
		keys(f, "h");
	assert_non_null(strstr(row(f, 0), "Loop Post A"));
	assert_non_null(strstr(row(f, 28), "nothing to go back to"));
}

static void
test_dead_links(void **state)
{
	struct fixture	*f = *state;

	/* Links that go nowhere: a message each time, the article stays. */
	open_data(f, "deadlink.html", 100, 30);
	keys(f, "]");
	assert_non_null(strstr(row(f, 0), "A Post Whose Links Go Nowhere"));
	assert_non_null(strstr(row(f, 28), "http://127.0.0.1:9/gone/: "));
	keys(f, "[");
	assert_non_null(strstr(row(f, 0), "A Post Whose Links Go Nowhere"));
	assert_non_null(strstr(row(f, 28), "never-saved.html"));
	keys(f, "j");
	assert_null(strstr(row(f, 28), "never-saved.html"));
}

/* Esc and ^C stop a load, and the article stays; ^C with nothing loading
 * quits, as an interrupt. Keys typed while a page loads act at once. */
static void
test_cancel(void **state)
{
	struct fixture	*f = *state;
	char		 url[64], *cause = NULL, *s;
	const char	*target;
	int		 ls, port;

	ls = test_listen(&port);
	snprintf(url, sizeof url, "http://127.0.0.1:%d/slow", port);
	open_data(f, "series/alpha.html", 100, 30);
	assert_int_equal(pager_open(f->p, url, &cause), 0);
	assert_true(pager_busy(f->p));
	assert_true(pager_run(f->p));
	s = xasprintf("loading %s\xe2\x80\xa6 (Escape cancels)", url);
	assert_non_null(strstr(row(f, 28), s));
	free(s);
	/* The reader reads on, and the status line comes back. */
	assert_true(pager_key(f->p, 'e'));
	assert_non_null(strstr(row(f, 28), "names not highlighted"));
	assert_true(pager_key(f->p, 'G'));
	assert_non_null(strstr(row(f, 28), "loading http://127.0.0.1"));
	assert_non_null(strstr(row(f, 0), "Alpha Report"));
	assert_true(pager_key(f->p, 27));
	assert_false(pager_busy(f->p));
	assert_true(pager_run(f->p));
	s = xasprintf("cancelled: %s", url);
	assert_non_null(strstr(row(f, 28), s));
	free(s);
	assert_non_null(strstr(row(f, 0), "Alpha Report"));
	/* ^C stops a load too, and Esc with nothing loading does nothing. */
	assert_int_equal(pager_open(f->p, url, &cause), 0);
	assert_true(pager_key(f->p, 3));
	assert_false(pager_busy(f->p));
	assert_false(pager_interrupted(f->p));
	assert_true(pager_key(f->p, 27));
	assert_false(pager_interrupted(f->p));
	assert_non_null(strstr(row(f, 0), "Alpha Report"));
	/* Nothing loading: ^C quits. */
	assert_false(pager_key(f->p, 3));
	assert_true(pager_interrupted(f->p));
	close(ls);

	/* A first page that is given up leaves nothing to show: the
	 * reader's loop ends, and says why. */
	teardown(state);
	setup(state);
	f = *state;
	ls = test_listen(&port);
	snprintf(url, sizeof url, "http://127.0.0.1:%d/first", port);
	assert_int_equal(pager_open(f->p, url, &cause), 0);
	pager_resize(f->p, 100, 30);
	assert_true(pager_run(f->p));
	assert_non_null(strstr(row(f, 0), url));
	assert_null(pager_failure(f->p, &target));
	/* Keys for an article do nothing yet. */
	assert_true(pager_key(f->p, 'j'));
	assert_true(pager_key(f->p, ']'));
	assert_true(pager_key(f->p, 27));
	assert_false(pager_run(f->p));
	assert_string_equal(pager_failure(f->p, &target), "cancelled");
	assert_string_equal(target, url);
	close(ls);
}

static void
test_loading(void **state)
{
	struct fixture	*f = *state;

	/* A URL loads after the screen says so; the failure follows on the
	 * same article. */
	open_data(f, "deadlink.html", 100, 30);
	assert_false(pager_busy(f->p));
	assert_true(pager_key(f->p, ']'));
	assert_true(pager_busy(f->p));
	assert_non_null(strstr(row(f, 28),
	    "loading http://127.0.0.1:9/gone/\xe2\x80\xa6"));
	assert_non_null(strstr(row(f, 0), "A Post Whose Links Go Nowhere"));
	run_loads(f);
	assert_false(pager_busy(f->p));
	assert_null(strstr(row(f, 28), "loading"));
	assert_non_null(strstr(row(f, 28), "http://127.0.0.1:9/gone/: "));
	assert_non_null(strstr(row(f, 0), "A Post Whose Links Go Nowhere"));
	/* Running with nothing to load changes nothing. */
	pager_run(f->p);
	assert_non_null(strstr(row(f, 0), "A Post Whose Links Go Nowhere"));
	/* A saved page is not loading anything. */
	open_data(f, "series/alpha.html", 100, 30);
	keys(f, "]");
	assert_false(pager_busy(f->p));
	assert_non_null(strstr(row(f, 0), "Beta Story About the Harbour"));
}

/* Back and forward put each article where it was left. */
static void
test_history_positions(void **state)
{
	struct fixture	*f = *state;
	char		 a_top[512], b_top[512];

	open_data(f, "series/alpha.html", 60, 8);
	keys(f, "jj");
	snprintf(a_top, sizeof a_top, "%s", row(f, 1));
	keys(f, "]");
	assert_non_null(strstr(row(f, 0), "Beta Story About the Harbour"));
	keys(f, "jjj");
	snprintf(b_top, sizeof b_top, "%s", row(f, 1));
	assert_string_not_equal(a_top, b_top);
	keys(f, "h");
	assert_string_equal(row(f, 1), a_top);
	keys(f, "L");
	assert_string_equal(row(f, 1), b_top);
	/* Following a link opens its article at the top, even one met
	 * before: A -> B -> A is three places, each with its own
	 * position. */
	keys(f, "[");
	assert_non_null(strstr(row(f, 0), "Alpha Report on the Canal Budget"));
	assert_string_not_equal(row(f, 1), a_top);
	keys(f, "h");
	assert_string_equal(row(f, 1), b_top);
	keys(f, "h");
	assert_string_equal(row(f, 1), a_top);
	keys(f, "LL");
	assert_non_null(strstr(row(f, 0), "Alpha Report on the Canal Budget"));
	assert_string_not_equal(row(f, 1), a_top);
	keys(f, "L");
	/* Eight rows have no frame: the status line is the last. */
	assert_non_null(strstr(row(f, 7), "nothing to go forward to"));
}

/* A pager reading with the library st. */
static struct pager *
pager_with(struct fixture *f, struct store *st)
{
	struct pager_opts	 o;

	memset(&o, 0, sizeof o);
	o.keymap = f->km;
	o.max_width = 80;
	o.panel = o.names = o.figures = true;
	o.library = st;
	return pager_new(&o);
}

/* With the library, an article opened in a later run opens where the
 * reader was, and the status line says so; g goes to the top. */
static void
test_resume(void **state)
{
	struct fixture	*f = *state;
	struct store	*st;
	char		 dir[] = "/tmp/folio-pager.XXXXXX", *db, *cause = NULL;
	char		 top[512], pos[512], want[64], *pct;
	const char	*wal[] = { "", "-wal", "-shm" };
	size_t		 i;

	if (!store_built()) {
		print_message("built without SQLite: no library to test\n");
		skip();
	}
	assert_non_null(mkdtemp(dir));
	db = xasprintf("%s/library.db", dir);
	if ((st = store_open(db, &cause)) == NULL)
		fail_msg("%s", cause);
	pager_free(f->p);
	f->p = pager_with(f, st);
	open_data(f, "screen/long.txt", 80, 24);
	keys(f, "  j");
	snprintf(top, sizeof top, "%s", row(f, 1));
	snprintf(pos, sizeof pos, "%s", row(f, 22));
	assert_non_null(pct = strrchr(pos, '%'));
	while (pct > pos && pct[-1] >= '0' && pct[-1] <= '9')
		pct--;
	snprintf(want, sizeof want, "resumed at %.*s", (int)(strchr(pct,
	    '%') - pct + 1), pct);
	assert_false(pager_key(f->p, 'q'));
	pager_free(f->p);

	f->p = pager_with(f, st);
	open_data(f, "screen/long.txt", 80, 24);
	assert_true(shows(f, want));
	assert_string_equal(row(f, 1), top);
	keys(f, "g");
	assert_false(has(f, "resumed"));
	assert_true(shows(f, "By Test Writer"));
	pager_free(f->p);

	/* Without it, the top. */
	f->p = pager_with(f, NULL);
	open_data(f, "screen/long.txt", 80, 24);
	assert_false(has(f, "resumed"));
	assert_string_not_equal(row(f, 1), top);
	store_close(st);
	for (i = 0; i < 3; i++) {
		char *p = xasprintf("%s%s", db, wal[i]);

		unlink(p);
		free(p);
	}
	rmdir(dir);
	free(db);
}

/* The status line names both neighbours. */
static void
test_status_titles(void **state)
{
	struct fixture	*f = *state;

	open_data(f, "series/beta-story/index.html", 100, 30);
	assert_non_null(strstr(row(f, 28),
	    "\xe2\x97\x82 Alpha Report on the"));
	assert_non_null(strstr(row(f, 28), "\xe2\x96\xb8 Gamma Notes"));
}

/* A link to the article itself goes nowhere and says so; a relative
 * link names its file. */
static void
test_self_link(void **state)
{
	struct fixture	*f = *state;

	open_data(f, "selflink.html", 100, 30);
	assert_non_null(strstr(row(f, 28), "\xe2\x96\xb8 A Post That Links Itself"));
	keys(f, "]");
	assert_non_null(strstr(row(f, 28), "the next post is this article"));
	keys(f, "L");
	assert_non_null(strstr(row(f, 28), "nothing to go forward to"));
	keys(f, "[");
	assert_non_null(strstr(row(f, 0), "Loop Post A"));
	keys(f, "h");
	assert_non_null(strstr(row(f, 0), "A Post That Links Itself"));
	keys(f, "h");
	assert_non_null(strstr(row(f, 28), "nothing to go back to"));
}

static void
test_no_article_notice(void **state)
{
	struct fixture	*f = *state;

	/* A page without an article opens with a notice and its text. */
	open_data(f, "html/home.html", 100, 30);
	assert_true(shows(f, "Winter ferry timetable announced"));
	assert_non_null(strstr(row(f, 28), "no article found on this page"));
	/* A page with a title and no text opens too, with a notice. */
	open_data(f, "html/empty-body.html", 100, 30);
	assert_non_null(strstr(row(f, 0), "Nothing here yet"));
	assert_non_null(strstr(row(f, 28), "no text on this page"));
}

static void
test_scroll_and_resize(void **state)
{
	struct fixture	*f = *state;
	char		 top[512];
	int		 i;

	open_data(f, "series/beta-story/index.html", 100, 7);
	/* Seven rows, without a frame, leave five for the text (the title
	 * above, the status line below), one fewer than the article has. */
	assert_null(strstr(row(f, 0), "\xe2\x94\x8c"));	/* no ┌ */
	keys(f, "G");
	assert_non_null(strstr(row(f, 6), "100%"));
	keys(f, "g");
	assert_null(strstr(row(f, 6), "100%"));
	keys(f, "j");
	snprintf(top, sizeof top, "%s", row(f, 1));
	keys(f, "k");
	assert_string_not_equal(top, row(f, 1));
	keys(f, "j");
	assert_string_equal(top, row(f, 1));

	/* A narrower screen re-wraps; the first line shown is still the
	 * one holding the same text. */
	pager_resize(f->p, 60, 7);
	grid_resize(f->g, 60, 7);
	keys(f, "gjjj");
	assert_non_null(strstr(row(f, 1), "Ships"));
	pager_resize(f->p, 44, 7);
	grid_resize(f->g, 44, 7);
	assert_non_null(strstr(row(f, 1), "Ships"));
	for (i = 0; i < 3; i++)
		pager_resize(f->p, 100 - i * 20, 12);

	/* Too small: a notice, not garbage. */
	pager_resize(f->p, 20, 5);
	grid_resize(f->g, 20, 5);
	assert_true(shows(f, "too small"));
	pager_resize(f->p, 100, 30);
	grid_resize(f->g, 100, 30);
	assert_non_null(strstr(row(f, 0), "Beta Story About the Harbour"));
	/* A narrow screen has no room for the panel beside the text: it
	 * starts hidden, s shows it over the text, s hides it again. */
	pager_resize(f->p, 50, 20);
	assert_null(strstr(row(f, 0), "Names"));
	keys(f, "s");
	assert_true(shows(f, "the side panel covers the text: s hides it"));
	assert_non_null(strstr(row(f, 0), "Names"));
	keys(f, "s");
	assert_null(strstr(row(f, 0), "Names"));
	/* Covering, it goes beside the text once there is room. */
	keys(f, "s");
	pager_resize(f->p, 100, 30);
	grid_resize(f->g, 100, 30);
	assert_non_null(strstr(row(f, 0), "Names"));
	assert_non_null(strstr(row(f, 0), "Beta Story About the Harbour"));
}

static void
test_search(void **state)
{
	struct fixture	*f = *state;

	open_data(f, "series/beta-story/index.html", 100, 8);
	keys(f, "/");
	assert_true(shows(f, "/"));
	keys(f, "14 VESSELS\r");
	/* The match is on screen, painted as a search match. */
	assert_true(shows(f, "14 vessels"));
	{
		int	 x, y, painted = 0;

		for (y = 1; y < 7; y++)
			for (x = 1; x < 70; x++)
				if (f->g->cells[y * f->g->w + x].role ==
				    8 /* ROLE_SEARCH */)
					painted++;
		assert_int_equal(painted, 10);
	}
	keys(f, "g/no such words\r");
	assert_true(shows(f, "not found: no such words"));
	/* Escape leaves the prompt without searching. */
	keys(f, "/abc");
	assert_true(pager_key(f->p, 27));
	assert_false(has(f, "/abc"));
}

static void
test_panel_jump(void **state)
{
	struct fixture	*f = *state;

	open_data(f, "series/alpha.html", 100, 30);
	keys(f, "\t");
	/* The first row is selected; Enter jumps to its first mention,
	 * which is shown reversed. */
	keys(f, "\r");
	pager_draw(f->p, f->g);
	{
		int	 x, y, reversed = 0;

		for (y = 1; y < 27; y++)
			for (x = 1; x < 70; x++)
				if (f->g->cells[y * f->g->w + x].attr & 0x10)
					reversed++;
		assert_true(reversed > 0);
	}
	keys(f, "\t");
}

static void
test_index(void **state)
{
	struct fixture	*f = *state;

	open_data(f, "series", 100, 30);
	assert_non_null(strstr(row(f, 0), "Articles in"));
	assert_non_null(strstr(row(f, 1), "Delta Closing Remarks"));
	assert_non_null(strstr(row(f, 2), "Gamma Notes From the Valley"));
	assert_non_null(strstr(row(f, 28), "4 articles"));
	keys(f, "j\r");
	assert_non_null(strstr(row(f, 0), "Gamma Notes From the Valley"));
	keys(f, "h");
	assert_non_null(strstr(row(f, 0), "Articles in"));
	keys(f, "\r");
	assert_non_null(strstr(row(f, 0), "Gamma Notes From the Valley"));

	/* "/" filters the rows as it is typed; Enter keeps the filter,
	 * Enter again opens the article; Escape clears it. */
	keys(f, "h");
	assert_true(shows(f, "4 articles"));
	keys(f, "/GAM");
	assert_true(shows(f, "1 of 4 articles"));
	assert_non_null(strstr(row(f, 1), "Gamma Notes From the Valley"));
	assert_null(strstr(row(f, 2), "Delta"));
	assert_non_null(strstr(row(f, 28), "/GAM"));
	keys(f, "\x7f\x7f\x7fzq");
	assert_true(shows(f, "0 of 4 articles"));
	keys(f, "\x1b");
	assert_true(shows(f, "4 articles"));
	assert_non_null(strstr(row(f, 1), "Delta Closing Remarks"));
	keys(f, "/beta\r");
	assert_true(shows(f, "1 of 4 articles"));
	keys(f, "\r");
	assert_non_null(strstr(row(f, 0), "Beta Story About the Harbour"));
	keys(f, "h");
	assert_true(shows(f, "4 articles"));
	/* The file's name is searched too. */
	keys(f, "/notes.txt\r");
	assert_true(shows(f, "1 of 4 articles"));
	keys(f, "\x1b");
	assert_true(shows(f, "4 articles"));

	/* On a narrow screen a title too long for its row ends in "…". */
	open_data(f, "series", 40, 10);
	grid_resize(f->g, 40, 10);
	assert_non_null(strstr(row(f, 4), "Alpha Report on the C\xe2\x80\xa6 "));
}

static void
test_help_and_quit(void **state)
{
	struct fixture	*f = *state;

	open_data(f, "series/alpha.html", 100, 40);
	/* H, F1, and "?" then Enter show the help; any other key closes it. */
	keys(f, "H");
	assert_true(shows(f, "follow the article's Next Post link"));
	keys(f, "x");
	assert_false(has(f, "follow the article's Next Post link"));
	assert_true(pager_key(f->p, KEY_F_F1));
	assert_true(shows(f, "follow the article's Next Post link"));
	keys(f, "x");
	keys(f, "?");
	assert_true(shows(f, "(Enter alone: help)"));
	assert_false(has(f, "follow the article's Next Post link"));
	keys(f, "\r");
	assert_true(shows(f, "follow the article's Next Post link"));
	/* The help is made from the keymap: the keys bound now. */
	assert_true(shows(f, "?, ^R"));
	keys(f, "G");
	assert_true(shows(f, "H, F1, ? Enter"));
	keys(f, "x");
	/* "/" then Enter is no help, and neither is ^R then Enter. */
	keys(f, "/\r");
	assert_false(has(f, "follow the article's Next Post link"));
	keys(f, "\x12");
	assert_false(has(f, "(Enter alone: help)"));
	keys(f, "\r");
	assert_false(has(f, "follow the article's Next Post link"));
	assert_false(pager_key(f->p, 'q'));
}

/* The help scrolls on a short screen: by lines, pages, to its end. */
static void
test_help_scroll(void **state)
{
	struct fixture	*f = *state;
	char		*cause = NULL;

	open_data(f, "series/alpha.html", 100, 12);
	grid_resize(f->g, 100, 12);
	keys(f, "H");
	assert_non_null(strstr(row(f, 1), "scroll down one line"));
	keys(f, "j");
	assert_non_null(strstr(row(f, 1), "scroll up one line"));
	keys(f, "k");
	assert_non_null(strstr(row(f, 1), "scroll down one line"));
	keys(f, " ");
	assert_null(strstr(row(f, 1), "scroll down one line"));
	keys(f, "G");
	assert_true(shows(f, "Backspace, Escape"));
	assert_true(shows(f, "filter its list as you type"));
	assert_true(shows(f, "j k Space b scroll"));
	keys(f, "g");
	assert_non_null(strstr(row(f, 1), "scroll down one line"));
	assert_true(pager_key(f->p, KEY_F_WHEEL_DOWN));
	assert_null(strstr(row(f, 1), "scroll down one line"));
	keys(f, "q");
	assert_false(has(f, "j k Space b scroll"));
	/* Made from the keymap: keys bound now show, there and below. */
	assert_int_equal(keymap_bind(f->km, "j", "none", &cause), 0);
	assert_int_equal(keymap_bind(f->km, "X", "next-post", &cause), 0);
	keys(f, "H");
	assert_true(shows(f, "Down k Space b scroll"));
	pager_resize(f->p, 100, 40);
	grid_resize(f->g, 100, 40);
	assert_true(shows(f, "], X "));
	keys(f, "x");
	/* In a folder's index "?" is the help at once. */
	open_data(f, "series", 100, 12);
	keys(f, "?");
	assert_true(shows(f, "scroll down one line"));
	keys(f, "x");
	assert_true(shows(f, "H help"));
}

/* The line of the screen showing text, or -1. */
static int
row_of(struct fixture *f, const char *text)
{
	int	 y;

	for (y = 0; y < f->g->h; y++)
		if (strstr(row(f, y), text) != NULL)
			return y;
	return -1;
}

/* Search forward and backward through three matches, round the end and
 * round the start, told on the status line; n at the last match, when
 * the end of the article is on screen, still goes on. */
/* Typed quotes, dashes and dots find their typographic forms. */
static void
test_search_typographic(void **state)
{
	struct fixture	*f = *state;
	static const char *const found[] = { "/mayor's\r", "/\"bold\"\r",
	    "/7-2\r", "/rest...\r" };
	size_t		 i;

	open_data(f, "screen/typo.txt", 100, 20);
	grid_resize(f->g, 100, 20);
	for (i = 0; i < sizeof found / sizeof found[0]; i++) {
		keys(f, "g");
		keys(f, found[i]);
		if (has(f, "not found"))
			fail_msg("%s: not found", found[i]);
	}
	/* The curly form itself, typed (a key is a code point). */
	keys(f, "g/MAYOR");
	assert_true(pager_key(f->p, 0x2019));
	keys(f, "S\r");
	assert_false(has(f, "not found"));
	/* The status line counts the matches. */
	keys(f, "g/the\r");
	assert_true(shows(f, "4/6"));
	keys(f, "n");
	assert_true(shows(f, "6/6"));
	keys(f, "n");
	assert_true(shows(f, "search wrapped around to the top (1/6)"));
	keys(f, "/mayor-s\r");
	assert_true(shows(f, "not found: mayor-s"));
	keys(f, "/7'2\r");
	assert_true(shows(f, "not found: 7'2"));
}

/* Up and Down at the prompt recall the searches made, newest first; the
 * line being typed comes back below them. */
static void
test_search_history(void **state)
{
	struct fixture	*f = *state;

	open_data(f, "screen/typo.txt", 100, 20);
	grid_resize(f->g, 100, 20);
	keys(f, "/ferry\r");
	keys(f, "/harbour\r");
	keys(f, "/ferry\r");	/* made again: the newest, once */
	keys(f, "/wor");
	assert_true(pager_key(f->p, KEY_F_UP));
	assert_true(shows(f, "/ferry"));
	assert_true(pager_key(f->p, KEY_F_UP));
	assert_true(shows(f, "/harbour"));
	assert_true(pager_key(f->p, KEY_F_UP));	/* the oldest: stays */
	assert_true(shows(f, "/harbour"));
	assert_true(pager_key(f->p, KEY_F_DOWN));
	assert_true(shows(f, "/ferry"));
	assert_true(pager_key(f->p, KEY_F_DOWN));
	assert_true(shows(f, "/wor"));
	assert_true(pager_key(f->p, KEY_F_UP));
	assert_true(pager_key(f->p, KEY_F_UP));
	keys(f, "\r");
	assert_true(shows(f, "/1"));
	assert_false(has(f, "not found"));
}

/* The matches of a search show as it is typed, and go when the prompt is
 * left. */
static void
test_search_as_typed(void **state)
{
	struct fixture	*f = *state;
	int		 y, x;
	bool		 lit;

	open_data(f, "screen/typo.txt", 100, 20);
	grid_resize(f->g, 100, 20);
	keys(f, "/fer");
	pager_draw(f->p, f->g);
	lit = false;
	for (y = 0; y < f->g->h; y++)
		for (x = 0; x < f->g->w; x++)
			if (f->g->cells[y * f->g->w + x].role == ROLE_SEARCH)
				lit = true;
	assert_true(lit);
	keys(f, "\x1b");
	pager_draw(f->p, f->g);
	for (y = 0; y < f->g->h; y++)
		for (x = 0; x < f->g->w; x++)
			assert_int_not_equal(f->g->cells[y * f->g->w + x].role,
			    ROLE_SEARCH);
}

/* A click on a name in the panel selects it and goes to its mention. */
static void
test_panel_click(void **state)
{
	struct fixture	*f = *state;
	int		 y, x, at = -1;
	bool		 marked = false;

	open_data(f, "e2e/ferry.txt", 100, 30);
	for (y = 1; y < 28 && at < 0; y++) {
		const char *r = row(f, y), *name = strstr(r, "Ingrid Dahl");

		/* In the panel, the right of the row. */
		if (name != NULL && strstr(name + 1, "Ingrid Dahl") == NULL &&
		    strstr(r, "\xe2\x94\x82 Ingrid Dahl") != NULL)
			at = y;
	}
	assert_true(at > 0);
	assert_true(pager_click(f->p, at, 90));
	pager_draw(f->p, f->g);
	for (y = 1; y < 27; y++)
		for (x = 1; x < 70; x++)
			if (f->g->cells[y * f->g->w + x].attr & ATTR_REVERSE)
				marked = true;
	assert_true(marked);
	/* A click on the panel's heading selects nothing. */
	assert_true(pager_click(f->p, 1, 90));
}

/* A new pager whose side panel is as the width allows until s chooses
 * (else shown, as the configuration's "panel on" says); max_width, the
 * text's widest. */
static void
new_pager(struct fixture *f, int max_width, bool automatic)
{
	struct pager_opts	 o;

	pager_free(f->p);
	memset(&o, 0, sizeof o);
	o.keymap = f->km;
	o.max_width = max_width;
	o.panel = o.names = o.figures = true;
	o.panel_auto = automatic;
	f->p = pager_new(&o);
}

/* Until the reader chooses, the panel shows only where the text keeps 60
 * columns beside it, at start and at each resize; s chooses, and holds
 * through resizes. */
static void
test_panel_default(void **state)
{
	struct fixture	*f = *state;

	new_pager(f, 80, true);
	open_data(f, "e2e/panel.txt", 80, 24);
	grid_resize(f->g, 80, 24);
	/* 80 columns: the panel would leave the text 53; it starts
	 * hidden, and the text takes the width. */
	assert_null(strstr(row(f, 0), "Names"));
	assert_false(has(f, "\xe2\x94\xac"));	/* ┬ */
	pager_resize(f->p, 87, 24);
	grid_resize(f->g, 87, 24);
	assert_non_null(strstr(row(f, 0), "Names"));	/* 60 left */
	pager_resize(f->p, 86, 24);
	grid_resize(f->g, 86, 24);
	assert_null(strstr(row(f, 0), "Names"));	/* 59 */
	pager_resize(f->p, 100, 30);
	grid_resize(f->g, 100, 30);
	assert_non_null(strstr(row(f, 0), "Names"));
	/* At 80, s shows it beside the text, and it stays through
	 * resizes... */
	pager_resize(f->p, 80, 24);
	grid_resize(f->g, 80, 24);
	assert_null(strstr(row(f, 0), "Names"));
	keys(f, "s");
	assert_non_null(strstr(row(f, 0), "Names"));
	assert_false(has(f, "covers the text"));
	pager_resize(f->p, 60, 20);
	grid_resize(f->g, 60, 20);
	pager_resize(f->p, 80, 24);
	grid_resize(f->g, 80, 24);
	assert_non_null(strstr(row(f, 0), "Names"));
	/* ... and hidden with s, it stays hidden on a wide terminal. */
	keys(f, "s");
	assert_null(strstr(row(f, 0), "Names"));
	pager_resize(f->p, 100, 30);
	grid_resize(f->g, 100, 30);
	assert_null(strstr(row(f, 0), "Names"));
	keys(f, "s");
	assert_non_null(strstr(row(f, 0), "Names"));

	/* Too narrow even for 40 columns beside it: hidden, and s shows it
	 * over the text. */
	new_pager(f, 80, true);
	open_data(f, "e2e/panel.txt", 60, 20);
	grid_resize(f->g, 60, 20);
	assert_null(strstr(row(f, 0), "Names"));
	keys(f, "s");
	assert_true(shows(f, "the side panel covers the text: s hides it"));

	/* A text set narrower than 60 columns keeps its width beside the
	 * panel at 80. */
	new_pager(f, 50, true);
	open_data(f, "e2e/panel.txt", 80, 24);
	grid_resize(f->g, 80, 24);
	assert_non_null(strstr(row(f, 0), "Names"));

	/* Chosen in the configuration: shown at 80. */
	new_pager(f, 80, false);
	open_data(f, "e2e/panel.txt", 80, 24);
	grid_resize(f->g, 80, 24);
	assert_non_null(strstr(row(f, 0), "Names"));
}

/* With accents on, plain letters find their accented forms; off, not. */
static void
test_search_accents(void **state)
{
	struct fixture		*f = *state;
	struct pager_opts	 o;

	open_data(f, "e2e/latin1.txt", 100, 20);
	grid_resize(f->g, 100, 20);
	keys(f, "/cafe on\r");
	assert_true(shows(f, "not found: cafe on"));
	pager_free(f->p);
	memset(&o, 0, sizeof o);
	o.keymap = f->km;
	o.max_width = 80;
	o.accents = true;
	f->p = pager_new(&o);
	open_data(f, "e2e/latin1.txt", 100, 20);
	keys(f, "/CAFE ON\r");
	assert_false(has(f, "not found"));
	/* The accented letter itself still finds itself. */
	keys(f, "g/caf");
	assert_true(pager_key(f->p, 0xe9));
	keys(f, " on\r");
	assert_false(has(f, "not found"));
}

static void
test_search_wrap(void **state)
{
	struct fixture	*f = *state;

	open_data(f, "screen/long.txt", 100, 20);
	grid_resize(f->g, 100, 20);
	keys(f, "/lantern\r");
	assert_true(shows(f, "paragraph 1."));
	assert_false(has(f, "wrapped"));
	keys(f, "n");
	assert_true(shows(f, "paragraph 20."));
	assert_false(has(f, "wrapped"));
	keys(f, "n");
	assert_true(shows(f, "paragraph 40."));
	keys(f, "n");
	assert_true(shows(f, "search wrapped around to the top"));
	assert_true(shows(f, "paragraph 1."));
	keys(f, "N");
	assert_true(shows(f, "search wrapped around to the end"));
	assert_true(shows(f, "paragraph 40."));
	keys(f, "N");
	assert_true(shows(f, "paragraph 20."));
	assert_false(has(f, "wrapped"));
	/* Backward with "?": from the top, round to the last match. */
	keys(f, "g?LANTERN\r");
	assert_true(shows(f, "search wrapped around to the end"));
	assert_true(shows(f, "paragraph 40."));
	/* n goes on backward, N forward. */
	keys(f, "n");
	assert_true(shows(f, "paragraph 20."));
	keys(f, "N");
	assert_true(shows(f, "paragraph 40."));
	keys(f, "N");
	assert_true(shows(f, "search wrapped around to the top"));
	/* The match's line is the top line; the only match, gone to again,
	 * goes round to itself. */
	keys(f, "/paragraph 20 of\r");
	assert_int_equal(row_of(f, "Paragraph 20 of"), 1);
	keys(f, "n");
	assert_true(shows(f, "search wrapped around to the top"));
	assert_int_equal(row_of(f, "Paragraph 20 of"), 1);
}

/* Cells of row y painted as search matches. */
static int
painted(struct fixture *f, int y)
{
	int	 x, n = 0;

	pager_draw(f->p, f->g);
	for (x = 0; x < f->g->w; x++)
		if (f->g->cells[y * f->g->w + x].role == 8 /* ROLE_SEARCH */)
			n++;
	return n;
}

/* A phrase the wrapping cut in two is found, and painted on both lines. */
static void
test_search_across_lines(void **state)
{
	struct fixture	*f = *state;
	char		 last[64], first[64], needle[160], *r, *e, *w;
	int		 y;
	size_t		 n;

	open_data(f, "screen/long.txt", 100, 20);
	grid_resize(f->g, 100, 20);
	y = row_of(f, "Paragraph 1 of");
	assert_true(y > 0);
	/* The last word of that row and the first of the next. */
	r = row(f, y);
	e = strstr(r, "   ");
	assert_non_null(e);
	for (w = e; w > r && w[-1] != ' '; w--)
		;
	n = (size_t)(e - w);
	assert_true(n > 0 && n < sizeof last);
	memcpy(last, w, n);
	last[n] = '\0';
	r = row(f, y + 1);
	w = strstr(r, "\xe2\x94\x82 ") + 4;	/* after "│ " */
	n = strcspn(w, " ");
	assert_true(n > 0 && n < sizeof first);
	memcpy(first, w, n);
	first[n] = '\0';
	snprintf(needle, sizeof needle, "/%s %s\r", last, first);
	keys(f, needle);
	assert_int_equal(row_of(f, "Paragraph 1 of"), 1);
	assert_int_equal(painted(f, 1), (int)strlen(last));
	assert_int_equal(painted(f, 2), (int)strlen(first));
	assert_false(has(f, "not found"));
}

/* The side panel on the left, as the configuration may ask. */
static void
test_panel_left(void **state)
{
	struct fixture		*f = *state;
	struct pager_opts	 o;
	char			*r, *names, *title;

	pager_free(f->p);
	memset(&o, 0, sizeof o);
	o.keymap = f->km;
	o.max_width = 80;
	o.panel = o.names = o.figures = true;
	o.panel_left = true;
	f->p = pager_new(&o);
	open_data(f, "series/alpha.html", 100, 30);
	r = row(f, 0);
	names = strstr(r, "Names");
	title = strstr(r, "Alpha Report");
	assert_non_null(names);
	assert_non_null(title);
	assert_true(names < title);
	assert_true(shows(f, "Hanna Berg"));
	/* The text starts right of the panel. */
	assert_null(strstr(row(f, 3), "\xe2\x94\x82 Hanna"));
	keys(f, "s");
	assert_null(strstr(row(f, 0), "Names"));
}

static void
test_open_errors(void **state)
{
	struct fixture	*f = *state;
	char		*cause = NULL;

	assert_int_equal(pager_open(f->p, test_data_path("e2e/nothing"),
	    &cause), -1);
	assert_string_equal(cause, "no articles in this folder");
	free(cause);
	cause = NULL;
	assert_int_equal(pager_open(f->p, test_data_path("e2e/empty.txt"),
	    &cause), -1);
	assert_string_equal(cause, "empty file");
	free(cause);
}

static void
test_link_schemes(void **state)
{
	struct fixture	*f = *state;
	char		 dir[] = "/tmp/folio-test-links.XXXXXX", *page, *a, *b;
	char		*cause = NULL, *sub;

	/* Only http, https and file links are followed or opened. */
	assert_non_null(mkdtemp(dir));
	sub = xasprintf("%s/far away", dir);
	assert_int_equal(mkdir(sub, 0700), 0);
	a = xasprintf("%s/a.html", dir);
	b = xasprintf("%s/far away/target page.html", dir);
	page = xasprintf("<html><head><title>Links Page</title>"
	    "<link rel=\"canonical\" href=\"data:text/html,hi\"></head>"
	    "<body><article><h1>Links Page</h1><p>A page whose links go "
	    "elsewhere than the web.</p>"
	    "<a rel=\"prev\" href=\"ftp://files.example/old.html\">Old</a>"
	    "<a rel=\"next\" href=\"file://%s/far%%20away/target%%20page.html"
	    "\">Far</a></article></body></html>", dir);
	test_write_file(a, page);
	test_write_file(b, "<html><head><title>Target Page</title></head><body>"
	    "<article><h1>Target Page</h1><p>The target of a file: link."
	    "</p></article></body></html>");
	assert_int_equal(pager_open(f->p, a, &cause), 0);
	pager_resize(f->p, 100, 30);
	assert_true(shows(f, "Links Page"));
	keys(f, "[");
	assert_true(shows(f, "the previous post's link is not followed: ftp: "
	    "links never are"));
	assert_non_null(strstr(row(f, 0), "Links Page"));
	/* A data: canonical URL is no URL of the page's. */
	keys(f, "o");
	assert_null(pager_take_open(f->p));
	assert_true(shows(f, "this article has no URL"));
	keys(f, "]");
	assert_non_null(strstr(row(f, 0), "Target Page"));
	keys(f, "h");
	assert_non_null(strstr(row(f, 0), "Links Page"));

	/* A file: link to a device or a pipe, which could keep folio
	 * waiting for ever, is not followed. */
	test_write_file(a, "<html><head><title>Device Page</title></head>"
	    "<body><article><h1>Device Page</h1><p>A page whose next post "
	    "is a device.</p><a rel=\"next\" href=\"file:///dev/zero\">"
	    "Zeros</a><a rel=\"prev\" href=\"file:///dev/null\">Nothing"
	    "</a></article></body></html>");
	assert_int_equal(pager_open(f->p, a, &cause), 0);
	keys(f, "]");
	assert_true(shows(f, "the next post's link is not followed: /dev/zero "
	    "is not a file"));
	keys(f, "[");
	assert_true(shows(f, "the previous post's link is not followed: "
	    "/dev/null is not a file"));
	assert_non_null(strstr(row(f, 0), "Device Page"));

	/* A canonical URL without a scheme, which could pass for an option,
	 * is never given to the browser: it is no URL of the page's. */
	test_write_file(a, "<html><head><title>Options Page</title>"
	    "<link rel=\"canonical\" href=\"--new-tab\"></head>"
	    "<body><article><h1>Options Page</h1><p>A page whose canonical "
	    "URL is no URL.</p></article></body></html>");
	assert_int_equal(pager_open(f->p, a, &cause), 0);
	keys(f, "o");
	assert_null(pager_take_open(f->p));
	assert_true(shows(f, "this article has no URL"));
	unlink(b);
	unlink(a);
	rmdir(sub);
	rmdir(dir);
	free(page);
	free(a);
	free(b);
	free(sub);
}

/* The article's links: f numbers them, a number follows one; F lists
 * them; a click follows one; what is not a page goes to the browser. */
static void
test_links(void **state)
{
	struct fixture	*f = *state;
	char		*url;

	open_data(f, "links/article.html", 100, 30);
	keys(f, "f");
	assert_true(shows(f, "follow link: 1-14, Esc cancels"));
	assert_true(shows(f, "published its 1econd report"));
	keys(f, "\x1b");
	assert_true(shows(f, "published its second report"));
	assert_false(has(f, "follow link"));
	keys(f, "f1\r");
	assert_true(shows(f, "Second Report on the Harbour"));
	keys(f, "h");
	assert_true(shows(f, "Harbour Links Explained"));
	/* A mail link: to the browser, said so. */
	keys(f, "f3");
	url = pager_take_open(f->p);
	assert_non_null(url);
	assert_string_equal(url, "mailto:clerk@example.org");
	free(url);
	assert_true(shows(f, "opening in $BROWSER"));
	keys(f, "f6");
	assert_null(pager_take_open(f->p));
	assert_true(shows(f, "not followed: javascript: links are never "
	    "followed"));
	/* A place in the article. */
	keys(f, "f8");
	assert_true(shows(f, "#history"));
	keys(f, "g");
	/* F, a filter, Enter. */
	keys(f, "F");
	assert_true(shows(f, "15 links: Enter follows"));
	assert_true(shows(f, "14  strange [31mlink[0m"));
	keys(f, "/tid\r\r");
	assert_true(shows(f, "Second Report on the Harbour"));
	keys(f, "h");
	/* A click on "second report" (row 1, from column 36). */
	assert_true(pager_click(f->p, 1, 40));
	assert_true(shows(f, "Second Report on the Harbour"));
	keys(f, "h");
	assert_true(pager_click(f->p, 1, 10));
	assert_true(shows(f, "Harbour Links Explained"));
	/* A click on a row of the list follows its link. */
	keys(f, "F");
	assert_true(pager_click(f->p, 3, 10));
	url = pager_take_open(f->p);
	assert_string_equal(url, "mailto:clerk@example.org");
	free(url);
	/* Tiny terminals while the hints or the list show. */
	keys(f, "f");
	pager_resize(f->p, 5, 3);
	grid_resize(f->g, 5, 3);
	pager_draw(f->p, f->g);
	assert_true(pager_click(f->p, 1, 1));
	pager_resize(f->p, 100, 30);
	grid_resize(f->g, 100, 30);
	assert_true(shows(f, "follow link: 1-14"));
	keys(f, "\x1b" "F");
	pager_resize(f->p, 6, 2);
	grid_resize(f->g, 6, 2);
	pager_draw(f->p, f->g);
	pager_resize(f->p, 100, 30);
	grid_resize(f->g, 100, 30);
	assert_true(shows(f, "15 links"));
	keys(f, "q");
	assert_false(has(f, "15 links"));
}

int
main(void)
{
	struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_headline, setup, teardown),
		cmocka_unit_test_setup_teardown(test_article_screen, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_toggles, setup, teardown),
		cmocka_unit_test_setup_teardown(test_toggles_at_once, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_panel_groups, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_panel_filter, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_panel_next_occurrence,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_walk_series, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_unresolved_link, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_loop, setup, teardown),
		cmocka_unit_test_setup_teardown(test_no_article_notice, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_dead_links, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_cancel, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_loading, setup, teardown),
		cmocka_unit_test_setup_teardown(test_history_positions, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_status_titles, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_self_link, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_scroll_and_resize, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_search, setup, teardown),
		cmocka_unit_test_setup_teardown(test_panel_jump, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_index, setup, teardown),
		cmocka_unit_test_setup_teardown(test_help_and_quit, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_help_scroll, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_links, setup, teardown),
		cmocka_unit_test_setup_teardown(test_search_typographic, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_search_history, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_search_as_typed, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_panel_click, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_search_accents, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_search_wrap, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_search_across_lines, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_panel_default, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_panel_left, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_link_schemes, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_resume, setup, teardown),
		cmocka_unit_test_setup_teardown(test_open_errors, setup,
		    teardown),
	};

	return run_utf8_tests(tests, NULL, NULL);
}
