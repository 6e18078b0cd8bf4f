/* links.c: the list of the article's links (links.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "buf.h"
#include "doc.h"
#include "grid.h"
#include "keymap.h"
#include "links.h"
#include "prompt.h"
#include "screen.h"
#include "theme.h"
#include "utf8.h"
#include "xmalloc.h"

/* The longest filter. */
#define FILTER_MAX	128

/* Does s[0, n) hold the filter, in any case (ASCII)? */
static bool
holds(const struct links *l, const char *s, size_t n)
{
	const char	*f = l->filter.data;
	size_t		 fn = l->filter.len, i, j;

	if (fn == 0)
		return true;
	for (i = 0; i + fn <= n; i++) {
		for (j = 0; j < fn; j++)
			if (ascii_lower((unsigned char)s[i + j]) !=
			    ascii_lower((unsigned char)f[j]))
				break;
		if (j == fn)
			return true;
	}
	return false;
}

/* The rows the filter lets through, the selection kept on its link when
 * it still shows. */
static void
refilter(struct links *l)
{
	size_t	 i, was = l->nrows > 0 && l->sel < l->nrows ?
	    l->rows[l->sel] : 0;

	l->nrows = 0;
	l->sel = l->top = 0;
	for (i = 0; i < l->nall; i++) {
		const struct doc_linkref *r = &l->all[i];
		const struct block *b = &l->d->blocks[r->block];
		const char *href = l->d->links[r->link];

		if (!holds(l, b->text + r->start, r->end - r->start) &&
		    !holds(l, href, strlen(href)))
			continue;
		if (i == was)
			l->sel = l->nrows;
		l->rows[l->nrows++] = i;
	}
}

void
links_open(struct links *l, const struct doc *d)
{
	links_close(l);
	l->shown = true;
	l->d = d;
	l->all = doc_link_list(d, &l->nall);
	l->rows = xcalloc(l->nall + 1, sizeof *l->rows);
	refilter(l);
}

void
links_close(struct links *l)
{
	free(l->all);
	free(l->rows);
	buf_free(&l->filter);
	memset(l, 0, sizeof *l);
}

/* Rows of the list: the body but its last row when the filter shows
 * there. */
static size_t
list_rows(const struct links *l, const struct screen *s)
{
	int	 h = s->body_h;

	(void)l;
	return h > 0 ? (size_t)h : 1;
}

static void
keep_in_view(struct links *l, const struct screen *s)
{
	size_t	 h = list_rows(l, s);

	if (l->nrows == 0) {
		l->sel = l->top = 0;
		return;
	}
	if (l->sel >= l->nrows)
		l->sel = l->nrows - 1;
	if (l->sel < l->top)
		l->top = l->sel;
	if (l->sel >= l->top + h)
		l->top = l->sel - h + 1;
}

static void
move(struct links *l, const struct screen *s, long by)
{
	if (l->nrows == 0)
		return;
	if (by < 0 && (size_t)-by > l->sel)
		l->sel = 0;
	else if (by > 0 && l->sel + (size_t)by >= l->nrows)
		l->sel = l->nrows - 1;
	else
		l->sel = (size_t)((long)l->sel + by);
	keep_in_view(l, s);
}

static enum links_result
follow(struct links *l, size_t *link)
{
	if (l->nrows == 0)
		return LINKS_DONE;
	*link = l->all[l->rows[l->sel]].link;
	links_close(l);
	return LINKS_FOLLOW;
}

enum links_result
links_key(struct links *l, const struct screen *s, enum action act,
    int key, size_t *link)
{
	long	 page = s->body_h > 1 ? s->body_h - 1 : 1;

	if (l->filtering) {
		switch (prompt_edit(&l->filter, FILTER_MAX, key)) {
		case EDIT_CHANGED:
			refilter(l);
			break;
		case EDIT_CANCEL:
			buf_truncate(&l->filter, 0);
			refilter(l);
			l->filtering = false;
			break;
		case EDIT_ENTER:
		case EDIT_LEAVE:
			l->filtering = false;
			break;
		default:
			break;
		}
		keep_in_view(l, s);
		return LINKS_DONE;
	}
	switch (key) {
	case 27:			/* Escape */
	case 'q':
		links_close(l);
		return LINKS_CLOSED;
	case '/':
		l->filtering = true;
		return LINKS_DONE;
	case '\r':
	case '\n':
	case KEY_F_ENTER:
		return follow(l, link);
	case KEY_F_WHEEL_DOWN:
		move(l, s, SCREEN_WHEEL);
		return LINKS_DONE;
	case KEY_F_WHEEL_UP:
		move(l, s, -SCREEN_WHEEL);
		return LINKS_DONE;
	default:
		break;
	}
	switch (act) {
	case ACT_DOWN:
		move(l, s, 1);
		break;
	case ACT_UP:
		move(l, s, -1);
		break;
	case ACT_PAGE_DOWN:
		move(l, s, page);
		break;
	case ACT_PAGE_UP:
		move(l, s, -page);
		break;
	case ACT_HALF_DOWN:
		move(l, s, (page + 1) / 2);
		break;
	case ACT_HALF_UP:
		move(l, s, -(page + 1) / 2);
		break;
	case ACT_TOP:
		move(l, s, -(long)l->nrows);
		break;
	case ACT_BOTTOM:
		move(l, s, (long)l->nrows);
		break;
	case ACT_QUIT:
	case ACT_LINKS:
		links_close(l);
		return LINKS_CLOSED;
	default:
		break;
	}
	return LINKS_DONE;
}

enum links_result
links_click(struct links *l, const struct screen *s, int y, size_t *link)
{
	size_t	 row;

	if (y < s->body_y || y >= s->body_y + (int)list_rows(l, s))
		return LINKS_DONE;
	row = l->top + (size_t)(y - s->body_y);
	if (row >= l->nrows)
		return LINKS_DONE;
	l->sel = row;
	return follow(l, link);
}

void
links_draw(struct links *l, const struct screen *s, struct grid *g)
{
	char		 num[24], *t;
	size_t		 i, h = list_rows(l, s), nw;
	int		 y, x, xmax = s->w - 2, tw;
	unsigned	 role;

	/* The frame without the panel, a blank page, then one line a
	 * link: its number, its text, its address. */
	screen_frame_full(s, g, "Links");
	keep_in_view(l, s);
	nw = (size_t)snprintf(num, sizeof num, "%zu", l->nall);
	/* The text gets two fifths of the room, the address the rest. */
	tw = (xmax - 2 - (int)nw - 2) * 2 / 5;
	for (y = 0; (size_t)y < h; y++) {
		const struct doc_linkref	*r;
		const struct block		*b;

		if ((i = l->top + (size_t)y) >= l->nrows)
			break;
		r = &l->all[l->rows[i]];
		b = &l->d->blocks[r->block];
		role = i == l->sel ? ROLE_PANEL_SELECTED : ROLE_TEXT;
		if (i == l->sel)
			grid_fill(g, s->body_y + y, 1, 1, s->w - 2, " ",
			    ROLE_PANEL_SELECTED);
		snprintf(num, sizeof num, "%*zu", (int)nw, l->rows[i] + 1);
		x = screen_put(g, s->body_y + y, 2, xmax, num,
		    i == l->sel ? ROLE_PANEL_SELECTED : ROLE_HEADING, 0);
		x += 2;
		if (tw > 4 && x < xmax) {
			t = utf8_ellipsize(b->text + r->start, r->end -
			    r->start, (size_t)tw);
			screen_put(g, s->body_y + y, x, x + tw, t, role, 0);
			free(t);
			x += tw + 2;
		}
		if (x < xmax)
			screen_put(g, s->body_y + y, x, xmax,
			    l->d->links[r->link], i == l->sel ?
			    ROLE_PANEL_SELECTED : ROLE_LINK, 0);
	}
	if (l->nrows == 0 && h > 0)
		screen_put(g, s->body_y, 2, xmax, l->nall == 0 ?
		    "this article has no links" : "no link holds the filter",
		    ROLE_BYLINE, 0);
	/* The status line: the filter, or what the keys do. */
	if (l->filtering || l->filter.len > 0) {
		x = screen_put(g, s->status_y, 2, xmax, "/", ROLE_STATUS_KEY, 0);
		x = screen_put(g, s->status_y, x, xmax, l->filter.len > 0 ?
		    l->filter.data : "", ROLE_MESSAGE, 0);
		if (l->filtering && x < xmax) {
			g->cursor_y = s->status_y;
			g->cursor_x = x;
		}
		t = xasprintf("   %zu of %zu", l->nrows, l->nall);
		screen_put(g, s->status_y, x, xmax, t, ROLE_MESSAGE, 0);
		free(t);
		return;
	}
	t = xasprintf("%zu link%s: Enter follows, / filters, q goes back",
	    l->nall, l->nall == 1 ? "" : "s");
	screen_put(g, s->status_y, 2, xmax, t, ROLE_MESSAGE, 0);
	free(t);
}
