/* index.c: the index of a listing (index.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

#define READ_MARK	"\xe2\x9c\x93"	/* ✓ */
/* The longest filter, in bytes. */
#define FILTER_MAX	128

struct index {
	struct screen		*s;
	const struct listing	*l;
	size_t			*rows;	/* the entries shown: those the
					   filter keeps */
	size_t			 nrows;
	size_t			 sel;	/* the selected row */
	size_t			 top;	/* the first row shown */
	struct buf		 filter;
	bool			 filtering;	/* the filter is typed */
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
	free(ix->rows);
	buf_free(&ix->filter);
	free(ix);
}

/* Does s hold the filter, in any case (ASCII)? */
static bool
matches(const struct index *ix, const char *s)
{
	const char	*f = ix->filter.data;
	size_t		 n = ix->filter.len, i;
	char		 a, b;

	if (n == 0)
		return true;
	for (; *s != '\0'; s++) {
		for (i = 0; i < n && s[i] != '\0'; i++) {
			a = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] + 32) :
			    s[i];
			b = f[i] >= 'A' && f[i] <= 'Z' ? (char)(f[i] + 32) :
			    f[i];
			if (a != b)
				break;
		}
		if (i == n)
			return true;
	}
	return false;
}

/* The rows: the entries whose title or file the filter finds; the
 * first selected. */
static void
build_rows(struct index *ix)
{
	size_t	 i;

	free(ix->rows);
	ix->rows = NULL;
	ix->nrows = ix->sel = ix->top = 0;
	if (ix->l == NULL)
		return;
	ix->rows = xcalloc(ix->l->n ? ix->l->n : 1, sizeof *ix->rows);
	for (i = 0; i < ix->l->n; i++)
		if (matches(ix, ix->l->entries[i].title) ||
		    matches(ix, ix->l->entries[i].path))
			ix->rows[ix->nrows++] = i;
}

void
index_set(struct index *ix, const struct listing *l)
{
	ix->l = l;
	buf_truncate(&ix->filter, 0);
	ix->filtering = false;
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

bool
index_filter_key(struct index *ix, int key)
{
	switch (prompt_edit(&ix->filter, FILTER_MAX, key)) {
	case EDIT_CANCEL:
		ix->filtering = false;
		buf_truncate(&ix->filter, 0);
		build_rows(ix);
		return true;
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
	ix->filtering = false;
	return false;
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
	for (r = 0; r < ix->nrows && ix->rows[r] != sel; r++)
		;
	ix->sel = r < ix->nrows ? r : 0;
	if (ix->sel >= ix->top + (size_t)ix->s->body_h)
		ix->top = ix->sel - (size_t)ix->s->body_h / 2;
	clamp_top(ix);
}

enum index_result
index_key(struct index *ix, enum action act, int key)
{
	size_t	 n = ix->nrows;
	size_t	 page = (size_t)ix->s->body_h;

	if (act == ACT_SEARCH) {
		ix->filtering = true;
		return INDEX_DONE;
	}
	if (key == 27 && ix->filter.len > 0) {
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

void
index_draw(struct index *ix, struct grid *g)
{
	const struct screen	*s = ix->s;
	int			 y, x0, xmax = s->w - 2;
	size_t			 i;

	/* A column of read marks first (the library's; without it none
	 * is read), and what is not read yet is bold. */
	x0 = 4;
	for (y = 0; ix->l != NULL && y < s->body_h; y++) {
		const struct listing_entry *e;
		const char *base;
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
			/* A title too long for the row ends in "…". */
			char *t = utf8_ellipsize(e->title, strlen(e->title),
			    (size_t)(xmax - x));

			x = screen_put(g, s->body_y + y, x, xmax, t, role,
			    i == ix->sel || e->read ? 0 : ATTR_BOLD);
			free(t);
		}
		/* The file's name after the title, when there is room. */
		base = strrchr(e->path, '/');
		base = base != NULL ? base + 1 : e->path;
		if (xmax - x > 8) {
			char *t = utf8_ellipsize(base, strlen(base),
			    (size_t)(xmax - x - 2));

			screen_put(g, s->body_y + y, x + 2, xmax, t,
			    i == ix->sel ? role : ROLE_BYLINE, 0);
			free(t);
		}
	}
}

void
index_draw_status(struct index *ix, struct grid *g)
{
	const struct screen	*s = ix->s;
	int			 y = s->h - 2, x = 2, xmax = s->w - 2, right;
	size_t			 n = ix->l != NULL ? ix->l->n : 0;
	char			 pos[64], keys[80];

	if (ix->filtering || ix->filter.len > 0)
		snprintf(pos, sizeof pos, "%zu of %zu article%s", ix->nrows, n,
		    n == 1 ? "" : "s");
	else
		snprintf(pos, sizeof pos, "%zu article%s", n, n == 1 ? "" :
		    "s");
	right = xmax - (int)strlen(pos);
	screen_put(g, y, right, xmax, pos, ROLE_STATUS, 0);
	if (ix->filtering || (ix->filter.len > 0 && s->msg == NULL)) {
		/* The filter, and where it is typed. */
		x = screen_put(g, y, x, right - 1, "/", ROLE_STATUS_KEY, 0);
		x = screen_put(g, y, x, right - 1, ix->filter.len > 0 ?
		    ix->filter.data : "", ROLE_STATUS, 0);
		if (ix->filtering && x < right - 1) {
			g->cursor_y = y;
			g->cursor_x = x;
		}
		return;
	}
	if (s->msg != NULL) {
		screen_put(g, y, x, right - 1, s->msg, s->msg_error ?
		    ROLE_ERROR : ROLE_MESSAGE, 0);
		return;
	}
	x = screen_put(g, y, x, right - 1, screen_first_key(s, ACT_ENTER,
	    keys), ROLE_STATUS_KEY, 0);
	x = screen_put(g, y, x, right - 1, " open  ", ROLE_STATUS, 0);
	x = screen_put(g, y, x, right - 1, screen_first_key(s, ACT_HELP,
	    keys), ROLE_STATUS_KEY, 0);
	x = screen_put(g, y, x, right - 1, " help  ", ROLE_STATUS, 0);
	x = screen_put(g, y, x, right - 1, screen_first_key(s, ACT_QUIT,
	    keys), ROLE_STATUS_KEY, 0);
	screen_put(g, y, x, right - 1, " quit", ROLE_STATUS, 0);
}
