/* panel.c: the side panel (panel.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "buf.h"
#include "entities.h"
#include "grid.h"
#include "keymap.h"
#include "panel.h"
#include "prompt.h"
#include "screen.h"
#include "theme.h"
#include "utf8.h"
#include "xmalloc.h"

/* The longest filter. */
#define FILTER_MAX	128

/* A row of the side panel: an entity, the heading of a kind of names
 * (t: ENT_PERSON ... ENT_NAME), the figures heading, or "(none)". */
#define PANEL_NONE	((size_t)-1)
#define PANEL_FIGURES	((size_t)-2)
#define PANEL_GROUP(t)	((size_t)-3 - (size_t)(t))
#define IS_ENTITY_ROW(r) ((r) < PANEL_GROUP(ENT_NAME))

struct panel {
	struct screen		*s;
	const struct entities	*e;
	bool			 focus;
	size_t			*rows;
	size_t			 nrows, row_sel, row_top;
	size_t			 nnames;	/* rows before the heading */
	/* The filter: only entities holding it (any case) are listed;
	 * typed after / while filtering is set. rows_of: the entities the
	 * rows were built for (a new list clears the filter). */
	struct buf		 filter;
	bool			 filtering;
	const struct entities	*rows_of;
};

struct panel *
panel_new(struct screen *s)
{
	struct panel	*pn = xcalloc(1, sizeof *pn);

	pn->s = s;
	return pn;
}

void
panel_free(struct panel *pn)
{
	if (pn == NULL)
		return;
	free(pn->rows);
	buf_free(&pn->filter);
	free(pn);
}

bool
panel_focused(const struct panel *pn)
{
	return pn->focus;
}

void
panel_unfocus(struct panel *pn)
{
	pn->focus = false;
}

bool
panel_filtering(const struct panel *pn)
{
	return pn->filtering;
}

/*
 * The rows: names by kind (people, places, organisations, other), then
 * figures; in each, by count, then first mention.
 */

static const struct entities *sort_ents;

static int
row_cmp(const void *x, const void *y)
{
	const struct entity	*a = &sort_ents->list[*(const size_t *)x];
	const struct entity	*b = &sort_ents->list[*(const size_t *)y];

	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return a->first < b->first ? -1 : a->first > b->first;
}

/* Does s hold the filter, in any case (ASCII)? */
static bool
filter_match(const struct panel *pn, const char *s)
{
	return ascii_holds_ci(s, pn->filter.data, pn->filter.len);
}

/* Add the entities of type t (figures: every figure type) that hold the
 * filter, sorted; returns the new count. */
static size_t
add_rows(struct panel *pn, size_t n, int t)
{
	const struct entities	*e = pn->e;
	size_t			 i, start = n;

	for (i = 0; i < e->n; i++) {
		enum ent_type	 et = e->list[i].type;

		if ((t < 0 ? ENT_IS_FIGURE(et) : (int)et == t) &&
		    filter_match(pn, e->list[i].text))
			pn->rows[n++] = i;
	}
	sort_ents = e;
	qsort(pn->rows + start, n - start, sizeof *pn->rows, row_cmp);
	sort_ents = NULL;
	return n;
}

static void
build_rows(struct panel *pn)
{
	static const enum ent_type kinds[] = { ENT_PERSON, ENT_PLACE,
	    ENT_ORG, ENT_NAME };
	const struct entities	*e = pn->e;
	size_t			 i, n = 0, start;

	free(pn->rows);
	pn->rows = NULL;
	pn->nrows = pn->nnames = pn->row_sel = pn->row_top = 0;
	if (e != pn->rows_of) {
		buf_truncate(&pn->filter, 0);
		pn->filtering = false;
		pn->rows_of = e;
	}
	if (e == NULL)
		return;
	pn->rows = xcalloc(e->n + 8, sizeof *pn->rows);
	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
		start = n++;
		n = add_rows(pn, n, (int)kinds[i]);
		if (n == start + 1)
			n = start;	/* no heading for none */
		else
			pn->rows[start] = PANEL_GROUP(kinds[i]);
	}
	if (n == 0)
		pn->rows[n++] = PANEL_NONE;
	pn->nnames = n;
	pn->rows[n++] = PANEL_FIGURES;
	start = n;
	n = add_rows(pn, n, -1);
	if (n == start)
		pn->rows[n++] = PANEL_NONE;
	pn->nrows = n;
	/* The first entity is selected. */
	for (i = 0; i < n && !IS_ENTITY_ROW(pn->rows[i]); i++)
		;
	pn->row_sel = i < n ? i : 0;
}

void
panel_set(struct panel *pn, const struct entities *e)
{
	pn->e = e;
	pn->focus = false;
	build_rows(pn);
}

bool
panel_filter_key(struct panel *pn, int key)
{
	switch (prompt_edit(&pn->filter, FILTER_MAX, key)) {
	case EDIT_CANCEL:
		pn->filtering = false;
		buf_truncate(&pn->filter, 0);
		build_rows(pn);
		return true;
	case EDIT_ENTER:
	case EDIT_LEAVE:
		pn->filtering = false;
		return true;
	case EDIT_CHANGED:
		build_rows(pn);
		return true;
	case EDIT_KEPT:
		return true;
	case EDIT_OTHER:
		break;
	}
	pn->filtering = false;
	return false;
}

/* Move the selection by rows; headings and "(none)" are not selectable:
 * step over them, the way the move goes, else back. False when there is
 * nothing to select. */
static bool
move(struct panel *pn, long by)
{
	long	 to, step = by < 0 ? -1 : 1, i;

	if (pn->nrows == 0)
		return false;
	to = (long)pn->row_sel + by;
	if (to < 0)
		to = 0;
	if (to >= (long)pn->nrows)
		to = (long)pn->nrows - 1;
	for (i = to; i >= 0 && i < (long)pn->nrows; i += step) {
		if (IS_ENTITY_ROW(pn->rows[i]))
			break;
	}
	if (i < 0 || i >= (long)pn->nrows) {
		for (i = to; i >= 0 && i < (long)pn->nrows; i -= step) {
			if (IS_ENTITY_ROW(pn->rows[i]))
				break;
		}
	}
	if (i < 0 || i >= (long)pn->nrows)
		return false;
	pn->row_sel = (size_t)i;
	return true;
}

bool
panel_toggle_focus(struct panel *pn)
{
	pn->focus = !pn->focus;
	return pn->focus && pn->nrows > 0 && move(pn, 0);
}

enum panel_result
panel_key(struct panel *pn, enum action act, int key, size_t *entity)
{
	size_t	 page = pn->s->body_h > 1 ? (size_t)pn->s->body_h - 1 : 1;
	long	 by;

	if (key == 27 && pn->filter.len > 0) {
		buf_truncate(&pn->filter, 0);
		build_rows(pn);
		return PANEL_DONE;
	}
	switch (act) {
	case ACT_SEARCH:
		pn->filtering = true;
		return PANEL_DONE;
	case ACT_DOWN:
		by = 1;
		break;
	case ACT_UP:
		by = -1;
		break;
	case ACT_PAGE_DOWN:
		by = (long)page;
		break;
	case ACT_PAGE_UP:
		by = -(long)page;
		break;
	case ACT_TOP:
		pn->row_sel = 0;
		by = 0;
		break;
	case ACT_BOTTOM:
		pn->row_sel = pn->nrows ? pn->nrows - 1 : 0;
		by = 0;
		break;
	case ACT_ENTER:
	case ACT_MENTIONS:
		if (pn->e == NULL || pn->row_sel >= pn->nrows ||
		    !IS_ENTITY_ROW(pn->rows[pn->row_sel]))
			return PANEL_DONE;
		*entity = pn->rows[pn->row_sel];
		return act == ACT_ENTER ? PANEL_JUMP : PANEL_MENTIONS;
	default:
		return PANEL_IGNORED;
	}
	return move(pn, by) ? PANEL_MOVED : PANEL_DONE;
}

void
panel_draw(struct panel *pn, struct grid *g)
{
	static const char *const kinds[] = { "People", "Places",
	    "Organisations", "Other" };
	const struct screen	*s = pn->s;
	const struct entities	*e = pn->e;
	int			 x = s->panel_x, w = s->panel_w, y, cx;
	int			 h = s->body_h;
	size_t			 i, r;
	char			 count[24], *t;
	bool			 sel;

	if (!s->panel_shown || e == NULL)
		return;
	grid_fill(g, s->body_y, x, s->body_h, w, " ", ROLE_PANEL);
	if ((pn->filtering || pn->filter.len > 0) && h > 1) {
		/* The filter on the panel's last row. */
		int	 fy = s->body_y + h - 1, fx;

		h--;
		fx = screen_put(g, fy, x + 1, x + w, "/", ROLE_PANEL_TITLE, 0);
		fx = screen_put(g, fy, fx, x + w - 1, pn->filter.len > 0 ?
		    pn->filter.data : "", ROLE_PANEL, 0);
		if (pn->filtering) {
			g->cursor_y = fy;
			g->cursor_x = fx < x + w ? fx : x + w - 1;
		}
	}
	/* Keep the selection in view. */
	if (pn->row_sel < pn->row_top)
		pn->row_top = pn->row_sel;
	if (pn->row_sel >= pn->row_top + (size_t)h)
		pn->row_top = pn->row_sel + 1 - (size_t)h;
	/* Show the heading above the first row when it fits. */
	if (pn->row_top == 1 && pn->row_sel < (size_t)h)
		pn->row_top = 0;
	for (y = 0; y < h; y++) {
		int	 gy = s->body_y + y;

		r = pn->row_top + (size_t)y;
		if (r >= pn->nrows)
			break;
		i = pn->rows[r];
		if (i == PANEL_NONE) {
			screen_put(g, gy, x + 1, x + w, pn->filter.len > 0 ?
			    "(no match)" : "(none)", ROLE_PANEL, ATTR_DIM);
			continue;
		}
		if (!IS_ENTITY_ROW(i) && i != PANEL_FIGURES) {
			screen_put(g, gy, x + 1, x + w,
			    kinds[PANEL_GROUP(ENT_PERSON) - i],
			    ROLE_PANEL_TITLE, ATTR_BOLD);
			continue;
		}
		if (i == PANEL_FIGURES) {
			grid_fill(g, gy, x, 1, w, SCREEN_H_LINE, ROLE_BORDER);
			screen_put(g, gy, x - 1, x, SCREEN_T_RIGHT,
			    ROLE_BORDER, 0);
			screen_put(g, gy, x + w, x + w + 1, SCREEN_T_LEFT,
			    ROLE_BORDER, 0);
			screen_label(g, gy, x, x + w, "Figures",
			    ROLE_PANEL_TITLE);
			continue;
		}
		sel = pn->focus && r == pn->row_sel;
		snprintf(count, sizeof count, "%zu", e->list[i].count);
		cx = x + w - 1 - (int)strlen(count);
		if (sel)
			grid_fill(g, gy, x, 1, w, " ", ROLE_PANEL_SELECTED);
		/* A long name ends in an ellipsis. */
		t = utf8_ellipsize(e->list[i].text, strlen(e->list[i].text),
		    cx - 1 > x + 1 ? (size_t)(cx - 1 - (x + 1)) : 1);
		screen_put(g, gy, x + 1, cx - 1, t, sel ? ROLE_PANEL_SELECTED :
		    screen_entity_role(s, e, (long)i, ROLE_PANEL), 0);
		free(t);
		screen_put(g, gy, cx, x + w, count, sel ? ROLE_PANEL_SELECTED :
		    ROLE_PANEL, 0);
	}
}

bool
panel_click(struct panel *pn, int y, size_t *entity)
{
	const struct screen	*s = pn->s;
	size_t			 r;

	if (!s->panel_shown || pn->e == NULL || y < s->body_y ||
	    y >= s->body_y + s->body_h)
		return false;
	r = pn->row_top + (size_t)(y - s->body_y);
	if (r >= pn->nrows || !IS_ENTITY_ROW(pn->rows[r]))
		return false;
	pn->row_sel = r;
	pn->focus = true;
	*entity = pn->rows[r];
	return true;
}
