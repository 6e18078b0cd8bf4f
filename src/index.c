/* index.c: the index of a listing (index.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grid.h"
#include "index.h"
#include "keymap.h"
#include "listing.h"
#include "screen.h"
#include "theme.h"
#include "utf8.h"
#include "xmalloc.h"

#define READ_MARK	"\xe2\x9c\x93"	/* ✓ */

struct index {
	struct screen		*s;
	const struct listing	*l;
	size_t			 sel;	/* the selected entry */
	size_t			 top;	/* the first row shown */
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
	free(ix);
}

void
index_set(struct index *ix, const struct listing *l)
{
	ix->l = l;
	ix->sel = ix->top = 0;
}

const struct listing *
index_listing(const struct index *ix)
{
	return ix->l;
}

size_t
index_selected(const struct index *ix)
{
	return ix->sel;
}

static void
clamp_top(struct index *ix)
{
	size_t	 n = ix->l != NULL ? ix->l->n : 0;
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
	if (ix->l == NULL)
		return;
	ix->sel = sel < ix->l->n ? sel : 0;
	if (ix->sel >= ix->top + (size_t)ix->s->body_h)
		ix->top = ix->sel - (size_t)ix->s->body_h / 2;
	clamp_top(ix);
}

enum index_result
index_key(struct index *ix, enum action act, int key)
{
	size_t	 n = ix->l != NULL ? ix->l->n : 0;
	size_t	 page = (size_t)ix->s->body_h;

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
		if (i >= ix->l->n)
			break;
		e = &ix->l->entries[i];
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

	snprintf(pos, sizeof pos, "%zu article%s", n, n == 1 ? "" : "s");
	right = xmax - (int)strlen(pos);
	screen_put(g, y, right, xmax, pos, ROLE_STATUS, 0);
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
