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

/* A row is an entry, as its index in the listing's entries, or, with
 * ROW_HEAD set, the header of a group of the feeds (a tag), as its index
 * in the groups. */
#define ROW_HEAD	(~(SIZE_MAX >> 1))

/* The feeds of a tag, grouped under a header row. */
struct group {
	const char	*tag;		/* the listing's, or NULL: the feeds
					   without a tag */
	size_t		 feeds, unread;	/* of those in rows */
};

struct index {
	struct screen		*s;
	const struct listing	*l;
	/* The rows: the entries the filter keeps (all without one), as
	 * indexes into l->entries; grouped, under their groups' headers
	 * (ROW_HEAD), a feed under each of its tags. */
	size_t			*rows;
	size_t			 nrows;
	size_t			 sel;	/* the selected row */
	size_t			 top;	/* the first row shown */
	struct buf		 filter; /* typed after "/": only entries
					   whose title, date or file name
					   hold it (any case) are rows */
	bool			 filtering;	/* it is being typed */
	/* The feeds grouped by tag (a listing of the feeds only): kept
	 * from one listing to the next, as the reader set it. */
	bool			 grouped;
	size_t			 nkept;		/* entries in rows, each
						   once */
	struct group		*groups;
	size_t			 ngroups;
	/* The group of each tag of each entry, in their order (an entry
	 * without a tag: the untagged), made once for a listing. */
	size_t			*tag_groups;
	bool			 groups_made;
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
	free(ix->groups);
	free(ix->tag_groups);
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

/* Whether the filter keeps entry e (any entry without a filter, but a
 * copy of an article listed, which shows only when a filter finds it). */
static bool
keeps(const struct index *ix, const struct listing_entry *e)
{
	if (ix->filter.len == 0)
		return !e->copy;
	return holds(e->title, &ix->filter) || holds(e->date, &ix->filter) ||
	    tags_hold(e, &ix->filter) || holds(base_name(e->path),
	    &ix->filter);
}

static bool
is_head(size_t row)
{
	return (row & ROW_HEAD) != 0;
}

static int
tag_cmp(const void *a, const void *b)
{
	const struct group	*x = a, *y = b;
	const char		*p = x->tag, *q = y->tag;

	/* In alphabetical order, any case; the untagged last. */
	if (p == NULL || q == NULL)
		return (p == NULL) - (q == NULL);
	for (; *p != '\0' && ascii_lower((unsigned char)*p) ==
	    ascii_lower((unsigned char)*q); p++, q++)
		;
	return (int)ascii_lower((unsigned char)*p) -
	    (int)ascii_lower((unsigned char)*q);
}

/* The group of a tag (any case), or -1: groups[0..n) are sorted. */
static long
find_group(const struct group *groups, size_t n, const char *tag)
{
	struct group	 key;
	const struct group *g;

	key.tag = tag;
	g = bsearch(&key, groups, n, sizeof *groups, tag_cmp);
	return g != NULL ? (long)(g - groups) : -1;
}

/* The groups of the feeds: each tag once (in any case), sorted, then the
 * untagged when there are any; and the group of each tag. */
static void
make_groups(struct index *ix)
{
	const struct listing	*l = ix->l;
	size_t			 i, k, n = 0, t, tagged;
	bool			 untagged = false;

	for (i = 0; i < l->n; i++)
		n += l->entries[i].ntags;
	ix->groups = xreallocarray(ix->groups, n + 1, sizeof *ix->groups);
	ix->ngroups = 0;
	for (i = 0; i < l->n; i++) {
		untagged |= l->entries[i].ntags == 0;
		for (k = 0; k < l->entries[i].ntags; k++)
			ix->groups[ix->ngroups++].tag = l->entries[i].tags[k];
	}
	qsort(ix->groups, ix->ngroups, sizeof *ix->groups, tag_cmp);
	for (i = k = 0; i < ix->ngroups; i++) {
		if (k == 0 || tag_cmp(&ix->groups[k - 1], &ix->groups[i]) != 0)
			ix->groups[k++] = ix->groups[i];
	}
	ix->ngroups = tagged = k;
	if (untagged)
		ix->groups[ix->ngroups++].tag = NULL;
	ix->tag_groups = xreallocarray(ix->tag_groups, n + l->n + 1,
	    sizeof *ix->tag_groups);
	for (i = t = 0; i < l->n; i++) {
		const struct listing_entry *e = &l->entries[i];

		if (e->ntags == 0)
			ix->tag_groups[t++] = ix->ngroups - 1;
		for (k = 0; k < e->ntags; k++)
			ix->tag_groups[t++] = (size_t)find_group(ix->groups,
			    tagged, e->tags[k]);
	}
	ix->groups_made = true;
}

/* A feed in a group: the rows, sorted. */
struct member {
	size_t	 group, entry;
};

static int
member_cmp(const void *a, const void *b)
{
	const struct member	*x = a, *y = b;

	if (x->group != y->group)
		return x->group < y->group ? -1 : 1;
	return x->entry < y->entry ? -1 : x->entry > y->entry;
}

/* Are the rows the feeds grouped? */
static bool
grouping(const struct index *ix)
{
	return ix->grouped && ix->l != NULL && ix->l->kind == LISTING_FEEDS;
}

/* The nearest row from r that is an entry, the way dir says (1 down, -1
 * up) first, then the other; r itself when it is one. */
static size_t
entry_row(const struct index *ix, size_t r, int dir)
{
	size_t	 i;

	if (ix->nrows == 0)
		return 0;
	if (r >= ix->nrows)
		r = ix->nrows - 1;
	for (i = r; i < ix->nrows; i = dir > 0 ? i + 1 : i - 1) {
		if (!is_head(ix->rows[i]))
			return i;
		if (dir < 0 && i == 0)
			break;
	}
	for (i = r; i < ix->nrows; i = dir > 0 ? i - 1 : i + 1) {
		if (!is_head(ix->rows[i]))
			return i;
		if (dir > 0 && i == 0)
			break;
	}
	return r;
}

/* The rows the filter keeps; the selection stays on its entry when the
 * entry is still a row, else goes to the first. */
static void
build_rows(struct index *ix)
{
	struct member	*m;
	size_t		 i, k, n, t, g, was = SIZE_MAX;

	if (ix->sel < ix->nrows && !is_head(ix->rows[ix->sel]))
		was = ix->rows[ix->sel];
	ix->nrows = ix->nkept = 0;
	ix->sel = ix->top = 0;
	if (ix->l == NULL)
		return;
	for (i = 0; i < ix->l->n; i++)
		ix->nkept += keeps(ix, &ix->l->entries[i]);
	if (!grouping(ix)) {
		ix->rows = xreallocarray(ix->rows, ix->l->n ? ix->l->n : 1,
		    sizeof *ix->rows);
		for (i = 0; i < ix->l->n; i++) {
			if (!keeps(ix, &ix->l->entries[i]))
				continue;
			if (i == was)
				ix->sel = ix->nrows;
			ix->rows[ix->nrows++] = i;
		}
		return;
	}
	/* Grouped: a header, then the feeds of its tag the filter keeps
	 * (in the listing's order); a tag with none of them has no header
	 * either. */
	if (!ix->groups_made)
		make_groups(ix);
	for (i = n = 0; i < ix->l->n; i++)
		n += ix->l->entries[i].ntags > 0 ? ix->l->entries[i].ntags : 1;
	m = xcalloc(n > 0 ? n : 1, sizeof *m);
	for (i = t = n = 0; i < ix->l->n; i++) {
		const struct listing_entry *e = &ix->l->entries[i];
		size_t	 nt = e->ntags > 0 ? e->ntags : 1;

		if (keeps(ix, e)) {
			for (k = 0; k < nt; k++) {
				m[n].group = ix->tag_groups[t + k];
				m[n++].entry = i;
			}
		}
		t += nt;
	}
	qsort(m, n, sizeof *m, member_cmp);
	for (g = 0; g < ix->ngroups; g++)
		ix->groups[g].feeds = ix->groups[g].unread = 0;
	ix->rows = xreallocarray(ix->rows, 2 * n + 1, sizeof *ix->rows);
	for (k = 0; k < n; k++) {
		struct group *gp = &ix->groups[m[k].group];

		/* A tag written twice (in two cases) is one. */
		if (k > 0 && member_cmp(&m[k - 1], &m[k]) == 0)
			continue;
		if (gp->feeds++ == 0)
			ix->rows[ix->nrows++] = ROW_HEAD | m[k].group;
		gp->unread += ix->l->entries[m[k].entry].unread;
		if (m[k].entry == was) {
			/* Under the first of its groups. */
			ix->sel = ix->nrows;
			was = SIZE_MAX;
		}
		ix->rows[ix->nrows++] = m[k].entry;
	}
	free(m);
	ix->sel = entry_row(ix, ix->sel, 1);
}

void
index_set(struct index *ix, const struct listing *l)
{
	ix->l = l;
	ix->groups_made = false;
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
	return ix->sel < ix->nrows && !is_head(ix->rows[ix->sel]) ?
	    ix->rows[ix->sel] : 0;
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
	ix->sel = entry_row(ix, r < ix->nrows ? r : 0, 1);
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
	int	 dir = 1;

	if (act == ACT_SEARCH && ix->l != NULL) {
		ix->filtering = true;
		return INDEX_DONE;
	}
	if (act == ACT_GROUP_TAGS && ix->l != NULL &&
	    ix->l->kind == LISTING_FEEDS) {
		ix->grouped = !ix->grouped;
		build_rows(ix);
		index_select(ix, index_selected(ix));
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
	/* A group's header is never selected: the moves pass it by. */
	switch (act) {
	case ACT_DOWN:
		if (ix->sel + 1 < n)
			ix->sel++;
		break;
	case ACT_UP:
		dir = -1;
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
		dir = -1;
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
	ix->sel = entry_row(ix, ix->sel, dir);
	if (ix->sel < ix->top)
		ix->top = ix->sel;
	/* The header above the selection shows with it. */
	if (ix->sel > 0 && ix->sel - 1 < ix->top && is_head(ix->rows[ix->sel -
	    1]))
		ix->top = ix->sel - 1;
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

/* A group's header row: its tag, its feeds and their unread entries. */
static void
draw_head(const struct index *ix, struct grid *g, int y,
    const struct group *gp)
{
	int	 x, xmax = ix->s->w - 2;
	char	*t, *note;

	t = utf8_ellipsize(gp->tag != NULL ? gp->tag : "(no tag)",
	    strlen(gp->tag != NULL ? gp->tag : "(no tag)"),
	    (size_t)(xmax > 2 ? xmax - 2 : 0));
	x = screen_put(g, y, 2, xmax, t, ROLE_HEADING, ATTR_BOLD);
	free(t);
	note = xasprintf("%zu feed%s, %zu unread", gp->feeds, gp->feeds == 1 ?
	    "" : "s", gp->unread);
	if (xmax - x > 4) {
		t = utf8_ellipsize(note, strlen(note), (size_t)(xmax - x - 2));
		screen_put(g, y, x + 2, xmax, t, ROLE_BYLINE, 0);
		free(t);
	}
	free(note);
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
		if (is_head(ix->rows[i])) {
			draw_head(ix, g, s->body_y + y,
			    &ix->groups[ix->rows[i] & ~ROW_HEAD]);
			continue;
		}
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
		snprintf(pos, sizeof pos, "%zu of %zu %s", ix->nkept,
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
		x = status_key(s, g, y, x, right - 1, ACT_GROUP_TAGS,
		    ix->grouped ? "one list" : "by tag");
	}
	x = status_key(s, g, y, x, right - 1, ACT_SEARCH, "filter");
	x = status_key(s, g, y, x, right - 1, ACT_HELP, "help");
	status_key(s, g, y, x, right - 1, ACT_QUIT, "quit");
}
