/* index.c: the index of a listing (index.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "buf.h"
#include "grid.h"
#include "index.h"
#include "keymap.h"
#include "listing.h"
#include "prompt.h"
#include "screen.h"
#include "theme.h"
#include "utf8.h"
#include "xmalloc.h"

/* The longest filter. */
#define FILTER_MAX	256
#define READ_MARK	"\xe2\x9c\x93"	/* ✓ */

struct index {
	struct screen		*s;
	const struct listing	*l;
	/* The rows: the entries the filter keeps (all without one), as
	 * indexes into l->entries. */
	size_t			*rows;
	size_t			 nrows;
	size_t			 sel;	/* the selected row */
	size_t			 top;	/* the first row shown */
	struct buf		 filter; /* typed after "/": only entries
					   whose title, date or file name
					   hold it (any case) are rows */
	bool			 filtering;	/* it is being typed */
};

struct index *
index_new(struct screen *s)
{
	struct index	*ix = xcalloc(1, sizeof *ix);

	ix->s = s;
	return ix;
}

void
index_free(struct index *ix)
{
	if (ix == NULL)
		return;
	buf_free(&ix->filter);
	free(ix->rows);
	free(ix);
}

static const char *
base_name(const char *path)
{
	const char	*b = strrchr(path, '/');

	return b != NULL ? b + 1 : path;
}

/* Does s hold the filter, in any case (ASCII)? */
static bool
holds(const char *s, const struct buf *f)
{
	return s != NULL && ascii_holds_ci(s, f->data, f->len);
}

/* Does one of the entry's tags hold the filter? */
static bool
tags_hold(const struct listing_entry *e, const struct buf *f)
{
	size_t	 k;

	for (k = 0; k < e->ntags; k++) {
		if (holds(e->tags[k], f))
			return true;
	}
	return false;
}

/* The rows the filter keeps; the selection stays on its entry when the
 * entry is still a row, else goes to the first. */
static void
build_rows(struct index *ix)
{
	size_t	 i, was = SIZE_MAX;

	if (ix->sel < ix->nrows)
		was = ix->rows[ix->sel];
	ix->nrows = 0;
	ix->sel = ix->top = 0;
	if (ix->l == NULL)
		return;
	ix->rows = xreallocarray(ix->rows, ix->l->n ? ix->l->n : 1,
	    sizeof *ix->rows);
	for (i = 0; i < ix->l->n; i++) {
		const struct listing_entry *e = &ix->l->entries[i];

		/* A copy of an article listed shows only when a filter
		 * finds it. */
		if (ix->filter.len == 0 ? e->copy :
		    !holds(e->title, &ix->filter) &&
		    !holds(e->date, &ix->filter) &&
		    !tags_hold(e, &ix->filter) &&
		    !holds(base_name(e->path), &ix->filter))
			continue;
		if (i == was)
			ix->sel = ix->nrows;
		ix->rows[ix->nrows++] = i;
	}
}

void
index_set(struct index *ix, const struct listing *l)
{
	ix->l = l;
	buf_truncate(&ix->filter, 0);
	ix->filtering = false;
	ix->nrows = 0;
	build_rows(ix);
}

const struct listing *
index_listing(const struct index *ix)
{
	return ix->l;
}

size_t
index_selected(const struct index *ix)
{
	return ix->sel < ix->nrows ? ix->rows[ix->sel] : 0;
}

bool
index_filtering(const struct index *ix)
{
	return ix->filtering;
}

static void
clamp_top(struct index *ix)
{
	size_t	 n = ix->nrows;
	size_t	 max = n > (size_t)ix->s->body_h ? n -
		    (size_t)ix->s->body_h : 0;

	if (ix->top > max)
		ix->top = max;
}

void
index_resize(struct index *ix)
{
	clamp_top(ix);
}

void
index_select(struct index *ix, size_t sel)
{
	size_t	 r;

	if (ix->l == NULL)
		return;
	/* sel is an entry: its row, when the filter keeps it. */
	for (r = 0; r < ix->nrows && ix->rows[r] != sel; r++)
		;
	ix->sel = r < ix->nrows ? r : 0;
	if (ix->sel >= ix->top + (size_t)ix->s->body_h)
		ix->top = ix->sel - (size_t)ix->s->body_h / 2;
	clamp_top(ix);
}

bool
index_filter_key(struct index *ix, int key)
{
	switch (prompt_edit(&ix->filter, FILTER_MAX, key)) {
	case EDIT_CANCEL:
		buf_truncate(&ix->filter, 0);
		build_rows(ix);
		/* FALLTHROUGH */
	case EDIT_ENTER:
	case EDIT_LEAVE:
		ix->filtering = false;
		return true;
	case EDIT_CHANGED:
		build_rows(ix);
		return true;
	case EDIT_KEPT:
		return true;
	case EDIT_OTHER:
		break;
	}
	/* Any other key ends the typing, and acts. */
	ix->filtering = false;
	return false;
}

enum index_result
index_key(struct index *ix, enum action act, int key)
{
	size_t	 n = ix->nrows;
	size_t	 page = (size_t)ix->s->body_h;

	if (act == ACT_SEARCH && ix->l != NULL) {
		ix->filtering = true;
		return INDEX_DONE;
	}
	if (key == 27 && ix->filter.len > 0) {
		/* Escape: the whole list again. */
		buf_truncate(&ix->filter, 0);
		build_rows(ix);
		return INDEX_DONE;
	}
	if (n == 0)
		return INDEX_DONE;
	if (key == KEY_F_WHEEL_DOWN)
		act = ACT_DOWN;
	else if (key == KEY_F_WHEEL_UP)
		act = ACT_UP;
	switch (act) {
	case ACT_DOWN:
		if (ix->sel + 1 < n)
			ix->sel++;
		break;
	case ACT_UP:
		if (ix->sel > 0)
			ix->sel--;
		break;
	case ACT_PAGE_DOWN:
	case ACT_HALF_DOWN:
		ix->sel += act == ACT_PAGE_DOWN ? page : page / 2 + 1;
		if (ix->sel >= n)
			ix->sel = n - 1;
		break;
	case ACT_PAGE_UP:
	case ACT_HALF_UP:
		page = act == ACT_PAGE_UP ? page : page / 2 + 1;
		ix->sel = ix->sel > page ? ix->sel - page : 0;
		break;
	case ACT_TOP:
		ix->sel = 0;
		break;
	case ACT_BOTTOM:
		ix->sel = n - 1;
		break;
	case ACT_ENTER:
	case ACT_FORWARD:
		return INDEX_OPEN;
	case ACT_TOGGLE_READ:
		return INDEX_TOGGLE_READ;
	default:
		break;
	}
	if (ix->sel < ix->top)
		ix->top = ix->sel;
	if (ix->sel >= ix->top + (size_t)ix->s->body_h)
		ix->top = ix->sel + 1 - (size_t)ix->s->body_h;
	return INDEX_DONE;
}

/* What a row of a feed or of the feeds says after its title, or NULL;
 * malloc'd. */
static char *
row_note(const struct listing *l, const struct listing_entry *e)
{
	struct buf	 b = BUF_INIT;
	size_t		 k;

	if (l->kind == LISTING_FEED)
		return NULL;
	if (e->failed || e->total == 0)
		buf_adds(&b, e->note != NULL ? e->note : "no entries");
	else {
		buf_addf(&b, "%zu unread", e->unread);
		if (e->note != NULL)
			buf_addf(&b, ", %s", e->note);
	}
	/* A tag that holds a comma in quotes, as the feeds file has it:
	 * one tag, not two. */
	for (k = 0; k < e->ntags; k++)
		buf_addf(&b, strchr(e->tags[k], ',') != NULL ? "%s\"%s\"" :
		    "%s%s", k == 0 ? "  [" : ", ", e->tags[k]);
	if (e->ntags > 0)
		buf_addc(&b, ']');
	return buf_finish(&b, NULL);
}

void
index_draw(struct index *ix, struct grid *g)
{
	const struct screen	*s = ix->s;
	int			 y, x0, xmax = s->w - 2;
	size_t			 i;

	/* A column of read marks first (the library's; without it none
	 * is read), and what is not read yet is bold. */
	x0 = 4;
	if (ix->l != NULL && ix->l->n == 0 && s->body_h > 0)
		screen_put(g, s->body_y, x0, xmax, ix->l->kind ==
		    LISTING_FEED ? "(this feed has no entries)" : "(none)",
		    ROLE_TEXT, ATTR_DIM);
	else if (ix->l != NULL && ix->nrows == 0 && s->body_h > 0)
		screen_put(g, s->body_y, x0, xmax, ix->l->kind ==
		    LISTING_FEEDS ? "(no feed matches)" : ix->l->kind ==
		    LISTING_FEED ? "(no entry matches)" : "(no article matches)",
		    ROLE_TEXT, ATTR_DIM);
	for (y = 0; ix->l != NULL && y < s->body_h; y++) {
		const struct listing_entry *e;
		const char *base;
		char	*copies = NULL, *tail, more[32];
		unsigned role;
		int	 x;

		i = ix->top + (size_t)y;
		if (i >= ix->nrows)
			break;
		e = &ix->l->entries[ix->rows[i]];
		role = i == ix->sel ? ROLE_PANEL_SELECTED : ROLE_TEXT;
		if (i == ix->sel)
			grid_fill(g, s->body_y + y, 1, 1, s->w - 2, " ", role);
		if (e->read)
			screen_put(g, s->body_y + y, 2, xmax, READ_MARK,
			    i == ix->sel ? role : ROLE_BYLINE, 0);
		x = screen_put(g, s->body_y + y, x0, xmax,
		    e->date != NULL ? e->date : "", i == ix->sel ? role :
		    ROLE_BYLINE, 0);
		x = x0 + 12 > x ? x0 + 12 : x + 2;
		if (x < xmax) {
			/* A title too long for the row ends in "…", and
			 * leaves room to say that the article is kept. */
			int room = xmax - x - (e->kept && xmax - x > 24 ?
			    6 : 0);
			char *t = utf8_ellipsize(e->title, strlen(e->title),
			    (size_t)room);

			x = screen_put(g, s->body_y + y, x, xmax, t, role,
			    i == ix->sel || e->read ? 0 : ATTR_BOLD);
			free(t);
		}
		/* After the title, when there is room: a feed's unread
		 * entries and tags, or what its refresh did; nothing for a
		 * feed's entry; else the file's name and how many more times
		 * it is saved. */
		if (ix->l->kind != LISTING_FOLDER) {
			char *t = row_note(ix->l, e);

			if (t != NULL && xmax - x > 4) {
				char *c = utf8_ellipsize(t, strlen(t),
				    (size_t)(xmax - x - 2));

				screen_put(g, s->body_y + y, x + 2, xmax, c,
				    i == ix->sel ? role : e->failed ?
				    ROLE_ERROR : ROLE_BYLINE, 0);
				free(c);
			}
			free(t);
			continue;
		}
		base = base_name(e->path);
		if (e->copies > 0 && ix->filter.len == 0) {
			snprintf(more, sizeof more, " (+%zu)", e->copies);
			copies = xasprintf("%s%s", base, more);
			base = copies;
		}
		/* A title that is the file's name is not shown twice; an
		 * article kept in the library says so. */
		if (copies == NULL && strcmp(base, e->title) == 0)
			base = "";
		tail = xasprintf("%s%s%s", base, *base != '\0' && e->kept ?
		    "  " : "", e->kept ? "kept" : "");
		if (xmax - x > (*base != '\0' ? 8 : 5) && *tail != '\0') {
			char *t = utf8_ellipsize(tail, strlen(tail),
			    (size_t)(xmax - x - 2));

			screen_put(g, s->body_y + y, x + 2, xmax, t,
			    i == ix->sel ? role : ROLE_BYLINE, 0);
			free(t);
		}
		free(tail);
		free(copies);
	}
}

/* The first key of act and what it does, at x on the status line (after
 * two spaces unless x is the line's start), when they fit before xmax;
 * else nothing, and no key after it (x -1). Returns where the next
 * goes. */
static int
status_key(const struct screen *s, struct grid *g, int y, int x, int xmax,
    enum action act, const char *what)
{
	char	 keys[80];
	size_t	 len;

	if (x < 0)
		return x;
	screen_first_key(s, act, keys);
	/* Two spaces from the key before it. */
	len = (x > 2 ? 2 : 0) + utf8_width(keys, strlen(keys)) + 1 +
	    strlen(what);
	if (x + (int)len > xmax)
		return -1;
	if (x > 2)
		x = screen_put(g, y, x, xmax, "  ", ROLE_STATUS, 0);
	x = screen_put(g, y, x, xmax, keys, ROLE_STATUS_KEY, 0);
	x = screen_put(g, y, x, xmax, " ", ROLE_STATUS, 0);
	return screen_put(g, y, x, xmax, what, ROLE_STATUS, 0);
}

void
index_draw_status(struct index *ix, struct grid *g)
{
	const struct screen	*s = ix->s;
	int			 y = s->status_y, x = 2, xmax = s->w - 2, right;
	size_t			 n = 0, i;
	char			 pos[96], keys[80];
	const char		*one, *many;

	/* The articles: copies of one count once. */
	for (i = 0; ix->l != NULL && i < ix->l->n; i++)
		n += !ix->l->entries[i].copy;
	one = ix->l != NULL && ix->l->kind == LISTING_FEEDS ? "feed" :
	    ix->l != NULL && ix->l->kind == LISTING_FEED ? "entry" : "article";
	many = ix->l != NULL && ix->l->kind == LISTING_FEEDS ? "feeds" :
	    ix->l != NULL && ix->l->kind == LISTING_FEED ? "entries" :
	    "articles";

	if (ix->filter.len > 0 || ix->filtering)
		/* Of them all, copies too: a filter shows copies. */
		snprintf(pos, sizeof pos, "%zu of %zu %s", ix->nrows,
		    ix->l != NULL ? ix->l->n : 0, ix->l != NULL &&
		    ix->l->n == 1 ? one : many);
	else if (ix->l != NULL && ix->l->kind != LISTING_FOLDER)
		snprintf(pos, sizeof pos, "%zu %s", n, n == 1 ? one : many);
	else if (ix->l != NULL && ix->l->others == 1)
		snprintf(pos, sizeof pos, "%zu article%s; 1 file is not an "
		    "article", n, n == 1 ? "" : "s");
	else if (ix->l != NULL && ix->l->others > 1)
		snprintf(pos, sizeof pos, "%zu article%s; %zu files are not "
		    "articles", n, n == 1 ? "" : "s", ix->l->others);
	else
		snprintf(pos, sizeof pos, "%zu article%s", n, n == 1 ? "" :
		    "s");
	right = xmax - (int)strlen(pos);
	screen_put(g, y, right, xmax, pos, ROLE_STATUS, 0);
	if (ix->filtering || ix->filter.len > 0) {
		/* The filter being typed, or kept. */
		x = screen_put(g, y, x, right - 1, "/", ROLE_STATUS_KEY, 0);
		x = screen_put(g, y, x, right - 1, ix->filter.len > 0 ?
		    ix->filter.data : "", ROLE_MESSAGE, 0);
		if (ix->filtering) {
			g->cursor_y = y;
			g->cursor_x = x < right - 1 ? x : right - 2;
			return;
		}
		x = screen_put(g, y, x + 2, right - 1, screen_first_key(s,
		    ACT_CANCEL, keys), ROLE_STATUS_KEY, 0);
		screen_put(g, y, x, right - 1, " all", ROLE_STATUS, 0);
		return;
	}
	if (s->msg != NULL) {
		screen_put(g, y, x, right - 1, s->msg, s->msg_error ?
		    ROLE_ERROR : ROLE_MESSAGE, 0);
		return;
	}
	/* The keys, as many as fit whole before the count. */
	x = status_key(s, g, y, x, right - 1, ACT_ENTER, "open");
	if (ix->l != NULL && ix->l->kind == LISTING_FEEDS) {
		x = status_key(s, g, y, x, right - 1, ACT_RELOAD, "refresh");
		x = status_key(s, g, y, x, right - 1, ACT_REFRESH_ALL, "all");
	}
	x = status_key(s, g, y, x, right - 1, ACT_SEARCH, "filter");
	x = status_key(s, g, y, x, right - 1, ACT_HELP, "help");
	status_key(s, g, y, x, right - 1, ACT_QUIT, "quit");
}
