/* pager.c: the reader's state and actions, drawn into a grid. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "buf.h"
#include "doc.h"
#include "entities.h"
#include "grid.h"
#include "keymap.h"
#include "layout.h"
#include "listing.h"
#include "nav.h"
#include "pager.h"
#include "theme.h"
#include "utf8.h"
#include "xmalloc.h"

/* Below this size only a notice is drawn. */
#define MIN_W		24
#define MIN_H		7
/* The side panel: its width, and the narrowest text it leaves. */
#define PANEL_MIN_W	22
#define PANEL_MAX_W	34
#define TEXT_MIN_W	40
/* No match gone to yet (pager.match). */
#define NO_MATCH	((size_t)-1)
/* Lines the mouse wheel scrolls. */
#define WHEEL_LINES	3

#define ON_MARK		"\xe2\x97\x8f"	/* ● */
#define OFF_MARK	"\xe2\x97\x8b"	/* ○ */
#define PREV_MARK	"\xe2\x97\x82"	/* ◂ */
#define NEXT_MARK	"\xe2\x96\xb8"	/* ▸ */

/* A row of the side panel: an entity, the heading of a kind of names
 * (t: ENT_PERSON ... ENT_NAME), the figures heading, or "(none)". */
#define PANEL_NONE	((size_t)-1)
#define PANEL_FIGURES	((size_t)-2)
#define PANEL_GROUP(t)	((size_t)-3 - (size_t)(t))
#define IS_ENTITY_ROW(r) ((r) < PANEL_GROUP(ENT_NAME))

struct pager {
	struct pager_opts	 o;
	int			 w, h;

	/* What is open (nav's current page): an article, or a folder's
	 * index. */
	struct nav		*nav;
	const struct article	*a;
	const struct listing	*lib;
	struct layout		*lay;
	bool			 title_in_text;
	size_t			 top;		/* first line shown */
	size_t			 sel;		/* index: selected entry */

	/* Geometry, from pager_resize. */
	bool			 small;
	bool			 panel_shown;
	int			 body_y, body_h;
	int			 text_x, text_w;
	int			 pane_w;	/* the article pane's inside */
	int			 panel_x, panel_w;

	/* Toggles and focus. */
	bool			 names, figures, panel, help;
	size_t			 help_top;	/* the help's first line */
	bool			 panel_focus;
	size_t			*rows;		/* panel rows: entities */
	size_t			 nrows, row_sel, row_top;
	size_t			 nnames;	/* rows before the heading */
	/* The panel's filter: only entities holding it (any case) are
	 * listed; typed after / while filtering is set. rows_of: the
	 * entities the rows were built for (a new list clears the
	 * filter). */
	struct buf		 filter;
	bool			 filtering;
	const struct entities	*rows_of;
	/* The mention last jumped to from the panel: its text in the body,
	 * and the entity its segs carry (for a name inside a longer one,
	 * the longer one's); jump_ent -1 when there is none. */
	long			 jump_ent, jump_seg_ent;
	size_t			 jump_start, jump_end;

	/* Search. */
	bool			 prompting;
	int			 prompt_dir;	/* 1 forward, -1 backward */
	bool			 prompt_help;	/* opened by "?": Enter alone
						   shows the help */
	struct buf		 prompt;
	char			*search;
	int			 search_dir;
	size_t			 match;		/* the line of the match last
						   gone to, or NO_MATCH */

	/* The status line's message, until the next key. */
	char			*msg;
	bool			 msg_error;

	char			*clipboard;
	char			*open_url;	/* for the UI to open */
};

static void	 relayout(struct pager *);
static bool	 key_action(struct pager *, int);
static size_t	 help_max_top(const struct pager *);
static void	 set_msg(struct pager *, bool, const char *, ...)
		    FOLIO_PRINTF(3, 4);

struct pager *
pager_new(const struct pager_opts *o)
{
	struct pager	*p = xcalloc(1, sizeof *p);

	p->o = *o;
	p->nav = nav_new(o->nav_flags);
	if (p->o.max_width <= 0)
		p->o.max_width = 80;
	p->names = o->names;
	p->figures = o->figures;
	p->panel = o->panel;
	p->jump_ent = -1;
	p->match = NO_MATCH;
	p->w = 80;
	p->h = 24;
	return p;
}

static void
close_current(struct pager *p)
{
	p->a = NULL;
	p->lib = NULL;
	layout_free(p->lay);
	p->lay = NULL;
	free(p->rows);
	p->rows = NULL;
	p->nrows = p->nnames = p->row_sel = p->row_top = 0;
	p->jump_ent = -1;
}

void
pager_free(struct pager *p)
{
	if (p == NULL)
		return;
	close_current(p);
	nav_free(p->nav);
	buf_free(&p->prompt);
	buf_free(&p->filter);
	free(p->search);
	free(p->msg);
	free(p->clipboard);
	free(p->open_url);
	free(p);
}

static void
set_msg(struct pager *p, bool error, const char *fmt, ...)
{
	va_list	 ap;
	struct buf b = BUF_INIT;
	char	 tmp[1024];

	va_start(ap, fmt);
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	buf_adds(&b, tmp);
	free(p->msg);
	p->msg = buf_finish(&b, NULL);
	p->msg_error = error;
}

/*
 * The side panel's rows: names by kind (people, places, organisations,
 * other), then figures; in each, by count, then first mention.
 */

static const struct entities *
ents(const struct pager *p)
{
	return p->a != NULL ? p->a->ents : NULL;
}

static const struct pager *sort_pager;

static int
row_cmp(const void *x, const void *y)
{
	const struct entities	*e = sort_pager->a->ents;
	const struct entity	*a = &e->list[*(const size_t *)x];
	const struct entity	*b = &e->list[*(const size_t *)y];

	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return a->first < b->first ? -1 : a->first > b->first;
}

/* Does s hold the filter, in any case (ASCII)? */
static bool
panel_match(const struct pager *p, const char *s)
{
	const char	*f = p->filter.data;
	size_t		 n = p->filter.len, i;

	if (n == 0)
		return true;
	for (; *s != '\0'; s++) {
		for (i = 0; i < n && s[i] != '\0'; i++) {
			char	 a = s[i], b = f[i];

			if (a >= 'A' && a <= 'Z')
				a = (char)(a + 32);
			if (b >= 'A' && b <= 'Z')
				b = (char)(b + 32);
			if (a != b)
				break;
		}
		if (i == n)
			return true;
	}
	return false;
}

/* Add the entities of type t (figures: every figure type) that hold the
 * filter, sorted; returns the new count. */
static size_t
add_rows(struct pager *p, size_t n, int t)
{
	const struct entities	*e = ents(p);
	size_t			 i, start = n;

	for (i = 0; i < e->n; i++) {
		enum ent_type	 et = e->list[i].type;

		if ((t < 0 ? ENT_IS_FIGURE(et) : (int)et == t) &&
		    panel_match(p, e->list[i].text))
			p->rows[n++] = i;
	}
	qsort(p->rows + start, n - start, sizeof *p->rows, row_cmp);
	return n;
}

static void
build_rows(struct pager *p)
{
	static const enum ent_type kinds[] = { ENT_PERSON, ENT_PLACE,
	    ENT_ORG, ENT_NAME };
	const struct entities	*e = ents(p);
	size_t			 i, n = 0, start;

	free(p->rows);
	p->rows = NULL;
	p->nrows = p->nnames = p->row_sel = p->row_top = 0;
	if (e != p->rows_of) {
		buf_truncate(&p->filter, 0);
		p->filtering = false;
		p->rows_of = e;
	}
	if (e == NULL)
		return;
	p->rows = xcalloc(e->n + 8, sizeof *p->rows);
	sort_pager = p;
	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
		start = n++;
		n = add_rows(p, n, (int)kinds[i]);
		if (n == start + 1)
			n = start;	/* no heading for none */
		else
			p->rows[start] = PANEL_GROUP(kinds[i]);
	}
	if (n == 0)
		p->rows[n++] = PANEL_NONE;
	p->nnames = n;
	p->rows[n++] = PANEL_FIGURES;
	start = n;
	n = add_rows(p, n, -1);
	if (n == start)
		p->rows[n++] = PANEL_NONE;
	sort_pager = NULL;
	p->nrows = n;
	/* The first entity is selected. */
	for (i = 0; i < n && !IS_ENTITY_ROW(p->rows[i]); i++)
		;
	p->row_sel = i < n ? i : 0;
}

/* A key while the panel's filter is typed: letters narrow the list,
 * Backspace widens it, Enter keeps it, Escape clears it. Other keys end
 * the typing and do what they do. */
static bool
filter_key(struct pager *p, int key)
{
	char	 tmp[4];

	switch (key) {
	case 27:	/* Escape */
	case 7:		/* ^G */
		p->filtering = false;
		buf_truncate(&p->filter, 0);
		build_rows(p);
		return true;
	case '\r':
	case '\n':
	case KEY_F_ENTER:
		p->filtering = false;
		return true;
	case 127:
	case 8:
	case KEY_F_BACKSPACE:
		if (p->filter.len == 0) {
			p->filtering = false;
			return true;
		}
		do {
			p->filter.len--;
		} while (p->filter.len > 0 &&
		    (p->filter.data[p->filter.len] & 0xc0) == 0x80);
		p->filter.data[p->filter.len] = '\0';
		build_rows(p);
		return true;
	case 21:	/* ^U */
		buf_truncate(&p->filter, 0);
		build_rows(p);
		return true;
	}
	if (key >= 0x20 && key < 0x110000 && !utf8_is_control((uint32_t)key)) {
		if (p->filter.len < 128) {
			buf_add(&p->filter, tmp, utf8_encode((uint32_t)key,
			    tmp));
			build_rows(p);
		}
		return true;
	}
	p->filtering = false;
	return key_action(p, key);
}

/*
 * Geometry and layout.
 */

static size_t
max_top(const struct pager *p)
{
	size_t	 n;

	if (p->lib != NULL)
		n = p->lib->n;
	else
		n = p->lay != NULL ? p->lay->n : 0;
	return n > (size_t)p->body_h ? n - (size_t)p->body_h : 0;
}

static void
clamp_top(struct pager *p)
{
	if (p->top > max_top(p))
		p->top = max_top(p);
}

/* The title fits in the top border when the pane is wide enough. */
static bool
title_fits(const struct pager *p)
{
	const char	*t = p->a != NULL ? doc_headline(p->a->doc) : NULL;

	if (t == NULL)
		return true;
	return utf8_width(t, strlen(t)) + 4 <= (size_t)p->pane_w;
}

static void
geometry(struct pager *p)
{
	int	 inner;

	p->small = p->w < MIN_W || p->h < MIN_H;
	/* Rows: top border, body, divider, status, bottom border. */
	p->body_y = 1;
	p->body_h = p->h - 4;
	if (p->body_h < 1)
		p->body_h = 1;
	p->panel_w = p->w / 4;
	if (p->panel_w < PANEL_MIN_W)
		p->panel_w = PANEL_MIN_W;
	if (p->panel_w > PANEL_MAX_W)
		p->panel_w = PANEL_MAX_W;
	p->panel_shown = p->panel && p->lib == NULL &&
	    p->w - p->panel_w - 3 >= TEXT_MIN_W;
	if (!p->panel_shown && p->panel_focus)
		p->panel_focus = false;
	/* Inside the borders: "│ text │ panel │". */
	p->pane_w = p->panel_shown ? p->w - p->panel_w - 3 : p->w - 2;
	p->panel_x = p->o.panel_left ? 1 : p->w - 1 - p->panel_w;
	inner = p->pane_w - 2;
	if (inner < 1)
		inner = 1;
	p->text_w = inner < p->o.max_width ? inner : p->o.max_width;
	/* A wide pane centres the text. */
	p->text_x = 2 + (inner - p->text_w) / 2;
	if (p->panel_shown && p->o.panel_left)
		p->text_x += p->panel_w + 1;
}

static void
relayout(struct pager *p)
{
	size_t	 block = 0, off = 0;
	bool	 had = p->lay != NULL;

	if (p->a == NULL)
		return;
	if (had && p->top < p->lay->n) {
		block = p->lay->lines[p->top].block;
		off = p->lay->lines[p->top].off;
	}
	layout_free(p->lay);
	p->match = NO_MATCH;		/* line numbers change */
	p->title_in_text = !title_fits(p);
	p->lay = layout_build(p->a->doc, p->a->ents, p->text_w,
	    (p->title_in_text ? LAYOUT_TITLE : 0) | LAYOUT_BYLINE);
	if (had)
		p->top = block == LAYOUT_HEADER ? 0 :
		    layout_find(p->lay, block, off);
	clamp_top(p);
}

void
pager_resize(struct pager *p, int w, int h)
{
	p->w = w > 0 ? w : 1;
	p->h = h > 0 ? h : 1;
	geometry(p);
	relayout(p);
	clamp_top(p);
}

/*
 * Opening things, and history.
 */

/* Where the reader is, to be kept in history. */
static const struct nav_pos *
here(struct pager *p, struct nav_pos *pos)
{
	memset(pos, 0, sizeof *pos);
	pos->block = NAV_POS_LINE;
	pos->line = p->top;
	pos->sel = p->sel;
	if (p->lay != NULL && p->top < p->lay->n &&
	    p->lay->lines[p->top].block != LAYOUT_HEADER) {
		pos->block = p->lay->lines[p->top].block;
		pos->off = p->lay->lines[p->top].off;
	}
	return pos;
}

static void
restore_position(struct pager *p, const struct nav_pos *pos)
{
	if (p->lib != NULL) {
		p->sel = pos->sel < p->lib->n ? pos->sel : 0;
		if (p->sel >= p->top + (size_t)p->body_h)
			p->top = p->sel - (size_t)p->body_h / 2;
	} else if (p->lay != NULL)
		p->top = pos->block == NAV_POS_LINE ? pos->line :
		    layout_find(p->lay, pos->block, pos->off);
	clamp_top(p);
}

/* A page opened: show it, the reader where the event says. */
static void
opened(struct pager *p, const struct nav_event *ev)
{
	const struct nav_page	*pg = nav_current(p->nav);

	close_current(p);
	p->a = pg->article;
	p->lib = pg->listing;
	p->top = p->sel = 0;
	p->panel_focus = false;
	geometry(p);
	build_rows(p);
	relayout(p);
	if (p->a != NULL && p->a->doc->notice != NULL)
		pager_message(p, false, p->a->doc->notice);
	restore_position(p, &ev->pos);
	if (ev->msg != NULL)
		set_msg(p, ev->error, "%s", ev->msg);
}

/* Take what nav has to tell: pages opened, loads failed, messages. */
static void
sync_nav(struct pager *p)
{
	struct nav_event	 ev;

	while (nav_take(p->nav, &ev)) {
		switch (ev.kind) {
		case NAV_OPENED:
			opened(p, &ev);
			break;
		case NAV_FAILED:
			set_msg(p, true, "%s: %s", ev.target, ev.msg);
			break;
		case NAV_MESSAGE:
			set_msg(p, ev.error, "%s", ev.msg);
			break;
		}
		nav_event_clear(&ev);
	}
	if (nav_loading(p->nav) != NULL)
		set_msg(p, false, "loading %s\xe2\x80\xa6",
		    nav_loading(p->nav));
}

int
pager_open(struct pager *p, const char *path, char **cause)
{
	struct nav_event	 ev;
	int			 r = -1;

	nav_go(p->nav, path, NULL);
	while (nav_loading(p->nav) != NULL)
		nav_run(p->nav);
	*cause = NULL;
	while (nav_take(p->nav, &ev)) {
		if (ev.kind == NAV_OPENED) {
			opened(p, &ev);
			r = 0;
		} else if (ev.kind == NAV_FAILED && *cause == NULL) {
			*cause = ev.msg;
			ev.msg = NULL;
		}
		nav_event_clear(&ev);
	}
	if (r == -1 && *cause == NULL)
		*cause = xstrdup("not opened");
	return r;
}

bool
pager_busy(const struct pager *p)
{
	return nav_loading(p->nav) != NULL;
}

void
pager_run(struct pager *p)
{
	free(p->msg);
	p->msg = NULL;
	nav_run(p->nav);
	sync_nav(p);
}

/*
 * Search.
 */

static bool
fold_eq(const char *a, const char *b, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];

		if (x >= 'A' && x <= 'Z')
			x += 'a' - 'A';
		if (y >= 'A' && y <= 'Z')
			y += 'a' - 'A';
		if (x != y)
			return false;
	}
	return true;
}

/* The byte offset of the first match of needle in line at or after
 * from, or -1. Case is folded for ASCII. */
static long
line_match(const struct line *ln, const char *needle, size_t from)
{
	size_t	 n = strlen(needle), i;

	if (n == 0 || ln->len < n)
		return -1;
	for (i = from; i + n <= ln->len; i++) {
		if (fold_eq(ln->text + i, needle, n))
			return (long)i;
	}
	return -1;
}

/*
 * A match may run over the end of a line onto the next one, as a phrase
 * the wrapping cut in two: lines of a block's running text are searched
 * in the block's text. line_span() tells which bytes of its block a line
 * shows; lines it cannot tell (the title and byline, preformatted text)
 * are searched on their own.
 */

static bool
is_blank_byte(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

/* Line k shows bytes [*from, *to) of block *bp after *pre_cols columns of
 * prefix ("• ", "│ "), and its matches may start up to *next (where the
 * next line of the block starts); false when it is not so. */
static bool
line_span(const struct pager *p, size_t k, const struct block **bp,
    size_t *from, size_t *to, size_t *next, size_t *pre_cols)
{
	const struct line	*ln = &p->lay->lines[k], *nx;
	const struct block	*b;
	size_t			 e, w, n;

	if (p->a == NULL || ln->block == LAYOUT_HEADER ||
	    ln->block >= p->a->doc->nblocks || ln->len == 0)
		return false;
	b = &p->a->doc->blocks[ln->block];
	if (b->kind == BLOCK_PRE || ln->off > b->len)
		return false;
	e = b->len;
	if (k + 1 < p->lay->n) {
		nx = &p->lay->lines[k + 1];
		if (nx->block == ln->block && nx->len > 0 && nx->off >= ln->off &&
		    nx->off <= b->len)
			e = nx->off;
	}
	*next = e;
	while (e > ln->off && is_blank_byte(b->text[e - 1]))
		e--;
	n = e - ln->off;
	/* The line's text must end with exactly these bytes. */
	if (n > ln->len || memcmp(ln->text + ln->len - n, b->text + ln->off,
	    n) != 0)
		return false;
	w = utf8_width(b->text + ln->off, n);
	if (w > ln->cols)
		return false;
	*bp = b;
	*from = ln->off;
	*to = e;
	*pre_cols = ln->cols - w;
	return true;
}

/* The first match in text[0, len) starting in [from, until), or -1. */
static long
text_match(const char *text, size_t len, const char *needle, size_t from,
    size_t until)
{
	size_t	 n = strlen(needle), i;

	if (n == 0)
		return -1;
	for (i = from; i < until && i + n <= len; i++) {
		if (fold_eq(text + i, needle, n))
			return (long)i;
	}
	return -1;
}

/* Whether a match starts on line k. */
static bool
line_has_match(const struct pager *p, size_t k)
{
	const struct block	*b;
	size_t			 from, to, next, pre;

	if (line_span(p, k, &b, &from, &to, &next, &pre))
		return text_match(b->text, b->len, p->search, from, next) >= 0;
	return line_match(&p->lay->lines[k], p->search, 0) >= 0;
}

/* Go to the next line holding a match, the way dir says: from the match
 * last gone to while it is on screen (the last lines of the article may
 * all be on screen at once), else from the top line; the line it starts
 * from is not looked at again until the search has gone all the way
 * round. */
static void
search_step(struct pager *p, int dir)
{
	size_t	 n, i, k, start;

	if (p->search == NULL || p->search[0] == '\0') {
		set_msg(p, false, "no search yet: / searches");
		return;
	}
	if (p->lay == NULL || (n = p->lay->n) == 0)
		return;
	start = p->top;
	if (p->match != NO_MATCH && p->match < n && p->match >= p->top &&
	    p->match < p->top + (size_t)p->body_h)
		start = p->match;
	for (i = 1; i <= n; i++) {
		if (dir > 0)
			k = (start + i) % n;
		else
			k = (start + n - (i % n)) % n;
		if (!line_has_match(p, k))
			continue;
		if (dir > 0 && k <= start)
			set_msg(p, false, "search wrapped around to the top");
		else if (dir < 0 && k >= start)
			set_msg(p, false, "search wrapped around to the end");
		p->match = k;
		p->top = k;
		clamp_top(p);
		return;
	}
	p->match = NO_MATCH;
	set_msg(p, true, "not found: %s", p->search);
}

static bool
prompt_key(struct pager *p, int key)
{
	char	 tmp[4];

	switch (key) {
	case 27:	/* Escape */
	case 7:		/* ^G */
		p->prompting = false;
		buf_free(&p->prompt);
		return true;
	case '\r':
	case '\n':
	case KEY_F_ENTER:
		p->prompting = false;
		if (p->prompt.len == 0 && p->prompt_help) {
			/* "?" and Enter: the help, as "?" alone shows it
			 * in other programs. */
			buf_free(&p->prompt);
			p->help = true;
			p->help_top = 0;
			return true;
		}
		if (p->prompt.len > 0) {
			free(p->search);
			p->search = buf_finish(&p->prompt, NULL);
			p->match = NO_MATCH;
		}
		buf_free(&p->prompt);
		p->search_dir = p->prompt_dir;
		search_step(p, p->search_dir);
		return true;
	case 127:
	case 8:
	case KEY_F_BACKSPACE:
		if (p->prompt.len == 0) {
			p->prompting = false;
			return true;
		}
		/* Drop the last character, not the last byte. */
		do {
			p->prompt.len--;
		} while (p->prompt.len > 0 &&
		    (p->prompt.data[p->prompt.len] & 0xc0) == 0x80);
		p->prompt.data[p->prompt.len] = '\0';
		return true;
	case 21:	/* ^U */
		buf_truncate(&p->prompt, 0);
		return true;
	}
	if (key >= 0x20 && key < 0x110000 && !utf8_is_control((uint32_t)key) &&
	    p->prompt.len < 256)
		buf_add(&p->prompt, tmp, utf8_encode((uint32_t)key, tmp));
	return true;
}

/*
 * Actions.
 */

/* A key while the help is shown: the scrolling keys scroll it, any other
 * closes it. */
static void
help_key(struct pager *p, int key, enum action act)
{
	size_t	 page = p->body_h > 1 ? (size_t)p->body_h - 1 : 1;
	size_t	 max = help_max_top(p), by = 0;
	int	 dir = 0;

	if (key == KEY_F_WHEEL_DOWN || key == KEY_F_WHEEL_UP) {
		dir = key == KEY_F_WHEEL_DOWN ? 1 : -1;
		by = WHEEL_LINES;
	} else {
		switch (act) {
		case ACT_DOWN:
		case ACT_UP:
			by = 1;
			break;
		case ACT_PAGE_DOWN:
		case ACT_PAGE_UP:
			by = page;
			break;
		case ACT_HALF_DOWN:
		case ACT_HALF_UP:
			by = (page + 1) / 2;
			break;
		case ACT_TOP:
		case ACT_BOTTOM:
			by = max;
			break;
		default:
			p->help = false;
			return;
		}
		dir = act == ACT_DOWN || act == ACT_PAGE_DOWN ||
		    act == ACT_HALF_DOWN || act == ACT_BOTTOM ? 1 : -1;
	}
	if (dir > 0)
		p->help_top = p->help_top + by < max ? p->help_top + by : max;
	else
		p->help_top = p->help_top > by ? p->help_top - by : 0;
}

static void
scroll(struct pager *p, long lines)
{
	if (lines < 0 && (size_t)-lines > p->top)
		p->top = 0;
	else
		p->top = (size_t)((long)p->top + lines);
	clamp_top(p);
}

/* The mention of entity ent (top-level or inside a longer name) that
 * starts first at or after from; with none, the first of all. Returns
 * false when the entity has no mention. */
static bool
next_mention(const struct entities *e, size_t ent, size_t from,
    const struct mention **found, long *seg_ent)
{
	const struct mention	*best = NULL, *wrap = NULL, *m;
	size_t			 k;

	for (k = 0; k < e->nmentions + e->ninner; k++) {
		m = k < e->nmentions ? &e->mentions[k] :
		    &e->inner[k - e->nmentions];
		if (m->entity != ent)
			continue;
		if (m->start >= from && (best == NULL || m->start < best->start))
			best = m;
		if (wrap == NULL || m->start < wrap->start)
			wrap = m;
	}
	if (best == NULL)
		best = wrap;
	if (best == NULL)
		return false;
	*found = best;
	*seg_ent = (long)ent;
	if (best >= e->inner && best < e->inner + e->ninner) {
		/* Its segs carry the entity of the name holding it. */
		for (k = 0; k < e->nmentions; k++) {
			if (e->mentions[k].start <= best->start &&
			    e->mentions[k].end >= best->end) {
				*seg_ent = (long)e->mentions[k].entity;
				break;
			}
		}
	}
	return true;
}

/* Jump to the next mention of the panel's selected entity: after the
 * last one jumped to, or from the top of the screen. */
static void
jump_to_entity(struct pager *p)
{
	const struct entities	*e = ents(p);
	const struct mention	*m;
	const struct block	*b;
	size_t			 ent, from = 0, in;
	long			 seg_ent;

	if (e == NULL || p->row_sel >= p->nrows ||
	    !IS_ENTITY_ROW(p->rows[p->row_sel]))
		return;
	ent = p->rows[p->row_sel];
	if (p->jump_ent == (long)ent)
		from = p->jump_start + 1;
	else if (p->lay != NULL && p->top < p->lay->n &&
	    p->lay->lines[p->top].block < p->a->doc->nblocks) {
		const struct line *ln = &p->lay->lines[p->top];
		const struct block *tb = &p->a->doc->blocks[ln->block];

		if (tb->body_off != DOC_NOT_IN_BODY)
			from = tb->body_off + ln->off;
	}
	if (!next_mention(e, ent, from, &m, &seg_ent))
		return;
	if ((b = doc_block_at(p->a->doc, m->start, &in)) == NULL)
		return;
	if (m->start < from && p->jump_ent == (long)ent)
		set_msg(p, false, "back to the first mention");
	p->jump_ent = (long)ent;
	p->jump_seg_ent = seg_ent;
	p->jump_start = m->start;
	p->jump_end = m->end;
	p->top = layout_find(p->lay, (size_t)(b - p->a->doc->blocks), in);
	/* Show it a few lines down, not on the top line. */
	p->top = p->top > 2 ? p->top - 2 : 0;
	clamp_top(p);
}

static void
panel_move(struct pager *p, long by)
{
	long	 to, step = by < 0 ? -1 : 1, i;

	if (p->nrows == 0)
		return;
	to = (long)p->row_sel + by;
	if (to < 0)
		to = 0;
	if (to >= (long)p->nrows)
		to = (long)p->nrows - 1;
	/* Headings and "(none)" are not selectable: step over them, the
	 * way the move goes, else back. */
	for (i = to; i >= 0 && i < (long)p->nrows; i += step) {
		if (IS_ENTITY_ROW(p->rows[i]))
			break;
	}
	if (i < 0 || i >= (long)p->nrows) {
		for (i = to; i >= 0 && i < (long)p->nrows; i -= step) {
			if (IS_ENTITY_ROW(p->rows[i]))
				break;
		}
	}
	if (i < 0 || i >= (long)p->nrows)
		return;
	p->row_sel = (size_t)i;
	p->jump_ent = -1;
}

static void
index_action(struct pager *p, enum action act)
{
	size_t		 n = p->lib->n, page = (size_t)p->body_h;
	struct nav_pos	 pos;

	switch (act) {
	case ACT_DOWN:
		if (p->sel + 1 < n)
			p->sel++;
		break;
	case ACT_UP:
		if (p->sel > 0)
			p->sel--;
		break;
	case ACT_PAGE_DOWN:
	case ACT_HALF_DOWN:
		p->sel += act == ACT_PAGE_DOWN ? page : page / 2 + 1;
		if (p->sel >= n)
			p->sel = n - 1;
		break;
	case ACT_PAGE_UP:
	case ACT_HALF_UP:
		page = act == ACT_PAGE_UP ? page : page / 2 + 1;
		p->sel = p->sel > page ? p->sel - page : 0;
		break;
	case ACT_TOP:
		p->sel = 0;
		break;
	case ACT_BOTTOM:
		p->sel = n - 1;
		break;
	case ACT_ENTER:
	case ACT_FORWARD:
		if (act == ACT_FORWARD && nav_can_forward(p->nav))
			nav_forward(p->nav, here(p, &pos));
		else
			nav_go(p->nav, p->lib->entries[p->sel].path,
			    here(p, &pos));
		return;
	default:
		break;
	}
	if (p->sel < p->top)
		p->top = p->sel;
	if (p->sel >= p->top + (size_t)p->body_h)
		p->top = p->sel + 1 - (size_t)p->body_h;
}

static void
copy_url(struct pager *p)
{
	const char *url = p->a != NULL ? p->a->doc->url : NULL;

	if (url == NULL) {
		set_msg(p, true, "this article has no URL");
		return;
	}
	free(p->clipboard);
	p->clipboard = xstrdup(url);
	set_msg(p, false, "copied %s", url);
}

static bool
key_action(struct pager *p, int key)
{
	struct nav_pos	 pos;
	enum action	 act;
	size_t		 page, scheme;

	free(p->msg);
	p->msg = NULL;
	if (key == KEY_F_RESIZE)
		return true;
	if (p->prompting)
		return prompt_key(p, key);
	if (p->filtering)
		return filter_key(p, key);
	act = keymap_lookup(p->o.keymap, key);
	if (p->help) {
		help_key(p, key, act);
		return true;
	}
	if (key == KEY_F_WHEEL_DOWN || key == KEY_F_WHEEL_UP) {
		if (p->lib != NULL)
			index_action(p, key == KEY_F_WHEEL_DOWN ? ACT_DOWN :
			    ACT_UP);
		else
			scroll(p, key == KEY_F_WHEEL_DOWN ? WHEEL_LINES :
			    -WHEEL_LINES);
		return true;
	}
	switch (act) {
	case ACT_QUIT:
		return false;
	case ACT_HELP:
		p->help = true;
		p->help_top = 0;
		return true;
	case ACT_REDRAW:
		return true;
	case ACT_RELOAD:
		nav_reload(p->nav, here(p, &pos));
		return true;
	case ACT_BACK:
		nav_back(p->nav, here(p, &pos));
		return true;
	case ACT_FORWARD:
		if (p->lib == NULL) {
			nav_forward(p->nav, here(p, &pos));
			return true;
		}
		break;
	default:
		break;
	}
	if (p->lib != NULL) {
		if (act == ACT_SEARCH_BACK && key == '?') {
			/* No search in an index: "?" is the help. */
			p->help = true;
			p->help_top = 0;
			return true;
		}
		index_action(p, act);
		return true;
	}
	page = p->body_h > 1 ? (size_t)p->body_h - 1 : 1;
	if (p->panel_focus) {
		if (key == 27 && p->filter.len > 0) {
			buf_truncate(&p->filter, 0);
			build_rows(p);
			return true;
		}
		switch (act) {
		case ACT_SEARCH:
			p->filtering = true;
			return true;
		case ACT_DOWN:
			panel_move(p, 1);
			return true;
		case ACT_UP:
			panel_move(p, -1);
			return true;
		case ACT_PAGE_DOWN:
			panel_move(p, (long)page);
			return true;
		case ACT_PAGE_UP:
			panel_move(p, -(long)page);
			return true;
		case ACT_TOP:
			p->row_sel = 0;
			panel_move(p, 0);
			return true;
		case ACT_BOTTOM:
			p->row_sel = p->nrows ? p->nrows - 1 : 0;
			panel_move(p, 0);
			return true;
		case ACT_ENTER:
			jump_to_entity(p);
			return true;
		default:
			break;
		}
	}
	switch (act) {
	case ACT_DOWN:
		scroll(p, 1);
		break;
	case ACT_UP:
		scroll(p, -1);
		break;
	case ACT_PAGE_DOWN:
		scroll(p, (long)page);
		break;
	case ACT_PAGE_UP:
		scroll(p, -(long)page);
		break;
	case ACT_HALF_DOWN:
		scroll(p, (long)(page + 1) / 2);
		break;
	case ACT_HALF_UP:
		scroll(p, -(long)(page + 1) / 2);
		break;
	case ACT_TOP:
		p->top = 0;
		break;
	case ACT_BOTTOM:
		p->top = max_top(p);
		break;
	case ACT_SEARCH:
	case ACT_SEARCH_BACK:
		p->prompting = true;
		p->prompt_dir = act == ACT_SEARCH ? 1 : -1;
		p->prompt_help = key == '?';
		buf_free(&p->prompt);
		break;
	case ACT_SEARCH_NEXT:
		search_step(p, p->search_dir ? p->search_dir : 1);
		break;
	case ACT_SEARCH_PREV:
		search_step(p, p->search_dir ? -p->search_dir : -1);
		break;
	case ACT_NEXT_POST:
		nav_follow(p->nav, true, here(p, &pos));
		break;
	case ACT_PREV_POST:
		nav_follow(p->nav, false, here(p, &pos));
		break;
	case ACT_TOGGLE_NAMES:
		p->names = !p->names;
		set_msg(p, false, "names %s", p->names ? "highlighted" :
		    "not highlighted");
		break;
	case ACT_TOGGLE_FIGURES:
		p->figures = !p->figures;
		set_msg(p, false, "figures %s", p->figures ? "highlighted" :
		    "not highlighted");
		break;
	case ACT_TOGGLE_PANEL:
		p->panel = !p->panel;
		geometry(p);
		relayout(p);
		if (p->panel && !p->panel_shown)
			set_msg(p, false, "the terminal is too narrow for "
			    "the side panel");
		break;
	case ACT_FOCUS:
		if (!p->panel_shown) {
			set_msg(p, false, "the side panel is hidden: s shows it");
			break;
		}
		p->panel_focus = !p->panel_focus;
		if (p->panel_focus && p->nrows > 0)
			panel_move(p, 0);
		break;
	case ACT_ENTER:
		break;
	case ACT_COPY_URL:
		copy_url(p);
		break;
	case ACT_OPEN_URL:
		if (p->a == NULL || p->a->doc->url == NULL)
			set_msg(p, true, "this article has no URL");
		else if (doc_link_kind(p->a->doc->url, &scheme) ==
		    DOC_LINK_REFUSED || scheme == 0)
			set_msg(p, true, "not opened: %s is not an http, "
			    "https or file URL", p->a->doc->url);
		else {
			free(p->open_url);
			p->open_url = xstrdup(p->a->doc->url);
		}
		break;
	default:
		break;
	}
	return true;
}

bool
pager_key(struct pager *p, int key)
{
	bool	 r = key_action(p, key);

	sync_nav(p);
	return r;
}

char *
pager_take_open(struct pager *p)
{
	char	*taken = p->open_url;

	p->open_url = NULL;
	return taken;
}

void
pager_message(struct pager *p, bool error, const char *msg)
{
	set_msg(p, error, "%s", msg);
}

char *
pager_take_clipboard(struct pager *p)
{
	char	*taken = p->clipboard;

	p->clipboard = NULL;
	return taken;
}

/*
 * Drawing.
 */

#define H_LINE	"\xe2\x94\x80"	/* ─ */
#define V_LINE	"\xe2\x94\x82"	/* │ */
#define C_TL	"\xe2\x94\x8c"	/* ┌ */
#define C_TR	"\xe2\x94\x90"	/* ┐ */
#define C_BL	"\xe2\x94\x94"	/* └ */
#define C_BR	"\xe2\x94\x98"	/* ┘ */
#define T_DOWN	"\xe2\x94\xac"	/* ┬ */
#define T_UP	"\xe2\x94\xb4"	/* ┴ */
#define T_RIGHT	"\xe2\x94\x9c"	/* ├ */
#define T_LEFT	"\xe2\x94\xa4"	/* ┤ */

static int
put(struct grid *g, int y, int x, int xmax, const char *s, unsigned role,
    unsigned attr)
{
	return grid_put(g, y, x, xmax, s, strlen(s), role, attr);
}

/* A label in a border: " Label " from x, clipped at xmax. */
static void
border_label(struct grid *g, int y, int x, int xmax, const char *label,
    unsigned role)
{
	char	*t;

	if (xmax - x < 4 || label == NULL)
		return;
	t = utf8_ellipsize(label, strlen(label), (size_t)(xmax - x - 2));
	x = put(g, y, x, xmax, " ", ROLE_BORDER, 0);
	x = put(g, y, x, xmax, t, role, 0);
	put(g, y, x, xmax, " ", ROLE_BORDER, 0);
	free(t);
}

static void
draw_frame(struct pager *p, struct grid *g, const char *title,
    const char *panel_title)
{
	int	 w = p->w, h = p->h, y, div = p->panel_x - 1;

	if (p->o.panel_left)
		div = p->panel_x + p->panel_w;	/* "│ panel │ text │" */

	grid_fill(g, 0, 1, 1, w - 2, H_LINE, ROLE_BORDER);
	grid_fill(g, h - 3, 1, 1, w - 2, H_LINE, ROLE_BORDER);
	grid_fill(g, h - 1, 1, 1, w - 2, H_LINE, ROLE_BORDER);
	for (y = 1; y < h - 1; y++) {
		put(g, y, 0, w, V_LINE, ROLE_BORDER, 0);
		put(g, y, w - 1, w, V_LINE, ROLE_BORDER, 0);
	}
	put(g, 0, 0, w, C_TL, ROLE_BORDER, 0);
	put(g, 0, w - 1, w, C_TR, ROLE_BORDER, 0);
	put(g, h - 3, 0, w, T_RIGHT, ROLE_BORDER, 0);
	put(g, h - 3, w - 1, w, T_LEFT, ROLE_BORDER, 0);
	put(g, h - 1, 0, w, C_BL, ROLE_BORDER, 0);
	put(g, h - 1, w - 1, w, C_BR, ROLE_BORDER, 0);
	if (p->panel_shown) {
		for (y = 1; y < h - 3; y++)
			put(g, y, div, w, V_LINE, ROLE_BORDER, 0);
		put(g, 0, div, w, T_DOWN, ROLE_BORDER, 0);
		put(g, h - 3, div, w, T_UP, ROLE_BORDER, 0);
		border_label(g, 0, p->o.panel_left ? 1 : div + 1,
		    p->o.panel_left ? div - 1 : w - 1, panel_title,
		    ROLE_PANEL_TITLE);
		border_label(g, 0, p->o.panel_left ? div + 1 : 1,
		    p->o.panel_left ? w - 1 : div - 1, title, ROLE_TITLE);
	} else
		border_label(g, 0, 1, w - 1, title, ROLE_TITLE);
}

static unsigned
entity_role(const struct pager *p, long entity, unsigned base)
{
	const struct entities	*e = ents(p);

	if (entity < 0 || e == NULL || (size_t)entity >= e->n)
		return base;
	if (ENT_IS_FIGURE(e->list[entity].type))
		return p->figures ? ROLE_FIGURE : base;
	return p->names ? ROLE_NAME : base;
}

/* The lines showing the mention last jumped to, as [*from, *to]; false
 * when there is none. */
static bool
jump_lines(const struct pager *p, size_t *from, size_t *to)
{
	const struct block	*b;
	size_t			 in, bi;

	if (p->jump_ent < 0 || p->lay == NULL ||
	    (b = doc_block_at(p->a->doc, p->jump_start, &in)) == NULL)
		return false;
	bi = (size_t)(b - p->a->doc->blocks);
	*from = layout_find(p->lay, bi, in);
	*to = layout_find(p->lay, bi, in + (p->jump_end - p->jump_start) - 1);
	return true;
}

/* Paint the parts of matches in its block's text that line ln shows;
 * false when the line is not a run of its block's text. */
static bool
draw_block_matches(struct pager *p, struct grid *g, int y,
    const struct line *ln, int xmax)
{
	const struct block	*b;
	size_t			 from, to, next, pre, n = strlen(p->search);
	size_t			 s, cs, ce;
	long			 m;
	int			 mx, mw;

	if (!line_span(p, (size_t)(ln - p->lay->lines), &b, &from, &to,
	    &next, &pre))
		return false;
	/* Matches that start on an earlier line may end on this one. */
	s = from >= n ? from - n + 1 : 0;
	for (; (m = text_match(b->text, b->len, p->search, s, to)) >= 0;
	    s = (size_t)m + 1) {
		if ((size_t)m + n <= from)
			continue;
		cs = (size_t)m > from ? (size_t)m : from;
		ce = (size_t)m + n < to ? (size_t)m + n : to;
		mx = p->text_x + (int)pre + (int)utf8_width(b->text + from,
		    cs - from);
		mw = (int)utf8_width(b->text + cs, ce - cs);
		if (mx < xmax && mw > 0)
			grid_paint(g, y, mx, mw < xmax - mx ? mw : xmax - mx,
			    ROLE_SEARCH, 0);
	}
	return true;
}

static void
draw_line(struct pager *p, struct grid *g, int y, const struct line *ln,
    long jump_entity)
{
	int	 x = p->text_x, xmax = p->text_x + p->text_w;
	size_t	 i;
	long	 m, from;

	if (xmax > p->text_x + p->pane_w)
		xmax = p->text_x + p->pane_w;
	for (i = 0; i < ln->nsegs; i++) {
		const struct seg *s = &ln->segs[i];
		unsigned attr = s->attr;

		if (jump_entity >= 0 && s->entity == jump_entity)
			attr |= ATTR_REVERSE;
		x = grid_put(g, y, x, xmax, ln->text + s->off, s->len,
		    entity_role(p, s->entity, s->role), attr);
	}
	if (p->search == NULL || p->search[0] == '\0')
		return;
	if (draw_block_matches(p, g, y, ln, xmax))
		return;
	for (from = 0; (m = line_match(ln, p->search, (size_t)from)) >= 0;
	    from = m + 1) {
		int mx = p->text_x + (int)utf8_width(ln->text, (size_t)m);
		int mw = (int)utf8_width(ln->text + m, strlen(p->search));

		if (mx < xmax)
			grid_paint(g, y, mx, mw < xmax - mx ? mw : xmax - mx,
			    ROLE_SEARCH, 0);
	}
}

static void
draw_article(struct pager *p, struct grid *g)
{
	int	 y;
	size_t	 i, jfrom = 1, jto = 0;
	long	 jent = -1;

	if (jump_lines(p, &jfrom, &jto))
		jent = p->jump_seg_ent;
	for (y = 0; y < p->body_h; y++) {
		i = p->top + (size_t)y;
		if (i >= p->lay->n)
			break;
		draw_line(p, g, p->body_y + y, &p->lay->lines[i],
		    i >= jfrom && i <= jto ? jent : -1);
	}
}

static void
draw_panel(struct pager *p, struct grid *g)
{
	static const char *const kinds[] = { "People", "Places",
	    "Organisations", "Other" };
	const struct entities	*e = ents(p);
	int			 x = p->panel_x, w = p->panel_w, y, cx;
	int			 h = p->body_h;
	size_t			 i, r;
	char			 count[24], *t;

	if (!p->panel_shown || e == NULL)
		return;
	grid_fill(g, p->body_y, x, p->body_h, w, " ", ROLE_PANEL);
	if ((p->filtering || p->filter.len > 0) && h > 1) {
		/* The filter on the panel's last row. */
		int	 fy = p->body_y + h - 1, fx;

		h--;
		fx = put(g, fy, x + 1, x + w, "/", ROLE_PANEL_TITLE, 0);
		fx = put(g, fy, fx, x + w - 1, p->filter.len > 0 ?
		    p->filter.data : "", ROLE_PANEL, 0);
		if (p->filtering) {
			g->cursor_y = fy;
			g->cursor_x = fx < x + w ? fx : x + w - 1;
		}
	}
	/* Keep the selection in view. */
	if (p->row_sel < p->row_top)
		p->row_top = p->row_sel;
	if (p->row_sel >= p->row_top + (size_t)h)
		p->row_top = p->row_sel + 1 - (size_t)h;
	/* Show the heading above the first row when it fits. */
	if (p->row_top == 1 && p->row_sel < (size_t)h)
		p->row_top = 0;
	for (y = 0; y < h; y++) {
		int	 gy = p->body_y + y;

		r = p->row_top + (size_t)y;
		if (r >= p->nrows)
			break;
		i = p->rows[r];
		if (i == PANEL_NONE) {
			put(g, gy, x + 1, x + w, p->filter.len > 0 ?
			    "(no match)" : "(none)", ROLE_PANEL, ATTR_DIM);
			continue;
		}
		if (!IS_ENTITY_ROW(i) && i != PANEL_FIGURES) {
			put(g, gy, x + 1, x + w,
			    kinds[PANEL_GROUP(ENT_PERSON) - i],
			    ROLE_PANEL_TITLE, ATTR_BOLD);
			continue;
		}
		if (i == PANEL_FIGURES) {
			grid_fill(g, gy, x, 1, w, H_LINE, ROLE_BORDER);
			put(g, gy, x - 1, x, T_RIGHT, ROLE_BORDER, 0);
			put(g, gy, x + w, x + w + 1, T_LEFT, ROLE_BORDER, 0);
			border_label(g, gy, x, x + w, "Figures",
			    ROLE_PANEL_TITLE);
			continue;
		}
		snprintf(count, sizeof count, "%zu", e->list[i].count);
		cx = x + w - 1 - (int)strlen(count);
		if (p->panel_focus && r == p->row_sel)
			grid_fill(g, gy, x, 1, w, " ", ROLE_PANEL_SELECTED);
		/* A long name ends in an ellipsis. */
		t = utf8_ellipsize(e->list[i].text, strlen(e->list[i].text),
		    cx - 1 > x + 1 ? (size_t)(cx - 1 - (x + 1)) : 1);
		put(g, gy, x + 1, cx - 1, t,
		    p->panel_focus && r == p->row_sel ? ROLE_PANEL_SELECTED :
		    entity_role(p, (long)i, ROLE_PANEL), 0);
		free(t);
		put(g, gy, cx, x + w, count,
		    p->panel_focus && r == p->row_sel ? ROLE_PANEL_SELECTED :
		    ROLE_PANEL, 0);
	}
}

static void
draw_index(struct pager *p, struct grid *g)
{
	int	 y, x0 = 2, xmax = p->w - 2;
	size_t	 i;

	for (y = 0; y < p->body_h; y++) {
		const struct listing_entry *e;
		const char *base;
		unsigned role;
		int	 x;

		i = p->top + (size_t)y;
		if (i >= p->lib->n)
			break;
		e = &p->lib->entries[i];
		role = i == p->sel ? ROLE_PANEL_SELECTED : ROLE_TEXT;
		if (i == p->sel)
			grid_fill(g, p->body_y + y, 1, 1, p->w - 2, " ", role);
		x = put(g, p->body_y + y, x0, xmax,
		    e->date != NULL ? e->date : "", i == p->sel ? role :
		    ROLE_BYLINE, 0);
		x = x0 + 12 > x ? x0 + 12 : x + 2;
		if (x < xmax) {
			/* A title too long for the row ends in "…". */
			char *t = utf8_ellipsize(e->title, strlen(e->title),
			    (size_t)(xmax - x));

			x = put(g, p->body_y + y, x, xmax, t, role,
			    i == p->sel ? 0 : ATTR_BOLD);
			free(t);
		}
		/* The file's name after the title, when there is room. */
		base = strrchr(e->path, '/');
		base = base != NULL ? base + 1 : e->path;
		if (xmax - x > 8) {
			char *t = utf8_ellipsize(base, strlen(base),
			    (size_t)(xmax - x - 2));

			put(g, p->body_y + y, x + 2, xmax, t,
			    i == p->sel ? role : ROLE_BYLINE, 0);
			free(t);
		}
	}
}

/* The first key bound to an action, into keys (at least 80 bytes). */
static const char *
first_key(const struct pager *p, enum action a, char *keys)
{
	keymap_keys_for(p->o.keymap, a, keys, 80);
	keys[strcspn(keys, ",")] = '\0';
	return keys;
}

/* "◂ Prev title   ▸ Next title   names ● figures ●   37%" */
static void
draw_status(struct pager *p, struct grid *g)
{
	int	 y = p->h - 2, x = 2, xmax = p->w - 2, right;
	char	 pos[64], *t, keys[80];
	const struct doc *d = p->a != NULL ? p->a->doc : NULL;
	size_t	 n;
	int	 room;

	if (p->prompting) {
		x = put(g, y, x, xmax, p->prompt_dir > 0 ? "/" : "?",
		    ROLE_STATUS_KEY, 0);
		x = put(g, y, x, xmax, p->prompt.data ? p->prompt.data : "",
		    ROLE_STATUS, 0);
		g->cursor_y = y;
		g->cursor_x = x < xmax ? x : xmax - 1;
		if (p->prompt_help && p->prompt.len == 0)
			put(g, y, x + 2, xmax, "(Enter alone: help)",
			    ROLE_STATUS, ATTR_DIM);
		return;
	}
	if (p->lib != NULL) {
		snprintf(pos, sizeof pos, "%zu article%s", p->lib->n,
		    p->lib->n == 1 ? "" : "s");
		right = xmax - (int)strlen(pos);
		put(g, y, right, xmax, pos, ROLE_STATUS, 0);
		if (p->msg != NULL)
			put(g, y, x, right - 1, p->msg, p->msg_error ?
			    ROLE_ERROR : ROLE_MESSAGE, 0);
		else {
			x = put(g, y, x, right - 1, first_key(p, ACT_ENTER,
			    keys), ROLE_STATUS_KEY, 0);
			x = put(g, y, x, right - 1, " open  ", ROLE_STATUS, 0);
			x = put(g, y, x, right - 1, first_key(p, ACT_HELP,
			    keys), ROLE_STATUS_KEY, 0);
			x = put(g, y, x, right - 1, " help  ", ROLE_STATUS, 0);
			x = put(g, y, x, right - 1, first_key(p, ACT_QUIT,
			    keys), ROLE_STATUS_KEY, 0);
			put(g, y, x, right - 1, " quit", ROLE_STATUS, 0);
		}
		return;
	}
	/* A message takes the whole line when it needs it. */
	if (p->msg != NULL && (int)utf8_width(p->msg, strlen(p->msg)) >
	    xmax - x - 30) {
		put(g, y, x, xmax, p->msg, p->msg_error ? ROLE_ERROR :
		    ROLE_MESSAGE, 0);
		return;
	}
	/* The right end: toggles and position. */
	n = p->lay != NULL ? p->lay->n : 0;
	if (n <= (size_t)p->body_h)
		snprintf(pos, sizeof pos, "all");
	else
		snprintf(pos, sizeof pos, "%3zu%%",
		    (p->top + (size_t)p->body_h) * 100 / n);
	right = xmax - (int)utf8_width(pos, strlen(pos));
	put(g, y, right, xmax, pos, ROLE_STATUS, 0);
	right -= 3 + 17;	/* "names ● figures ●" */
	if (right < x + 10)
		right = xmax - (int)strlen(pos) - 1;
	else {
		int tx = right;

		tx = put(g, y, tx, xmax, "names ", ROLE_STATUS, 0);
		tx = put(g, y, tx, xmax, p->names ? ON_MARK : OFF_MARK,
		    p->names ? ROLE_NAME : ROLE_STATUS, 0);
		tx = put(g, y, tx, xmax, " figures ", ROLE_STATUS, 0);
		put(g, y, tx, xmax, p->figures ? ON_MARK : OFF_MARK,
		    p->figures ? ROLE_FIGURE : ROLE_STATUS, 0);
		right -= 2;
	}
	if (p->msg != NULL) {
		put(g, y, x, right, p->msg, p->msg_error ? ROLE_ERROR :
		    ROLE_MESSAGE, 0);
		return;
	}
	/* The left: prev and next titles, sharing the room. */
	room = (right - x - 3) / 2;
	if (room < 6)
		return;
	if (d != NULL && (d->prev.title != NULL || d->prev.href != NULL)) {
		x = put(g, y, x, right, PREV_MARK " ", ROLE_STATUS_KEY, 0);
		t = utf8_ellipsize(d->prev.title ? d->prev.title :
		    d->prev.href, strlen(d->prev.title ? d->prev.title :
		    d->prev.href), (size_t)room - 2);
		x = put(g, y, x, right, t, ROLE_STATUS, 0);
		free(t);
		x += 3;
	}
	if (d != NULL && (d->next.title != NULL || d->next.href != NULL)) {
		x = put(g, y, x, right, NEXT_MARK " ", ROLE_STATUS_KEY, 0);
		t = utf8_ellipsize(d->next.title ? d->next.title :
		    d->next.href, strlen(d->next.title ? d->next.title :
		    d->next.href), (size_t)room - 2);
		put(g, y, x, right, t, ROLE_STATUS, 0);
		free(t);
	}
}

static const enum action help_order[] = {
	ACT_DOWN, ACT_UP, ACT_PAGE_DOWN, ACT_PAGE_UP, ACT_HALF_DOWN,
	ACT_HALF_UP, ACT_TOP, ACT_BOTTOM, ACT_SEARCH, ACT_SEARCH_BACK,
	ACT_SEARCH_NEXT, ACT_SEARCH_PREV, ACT_NEXT_POST, ACT_PREV_POST,
	ACT_BACK, ACT_FORWARD, ACT_TOGGLE_NAMES, ACT_TOGGLE_FIGURES,
	ACT_TOGGLE_PANEL, ACT_FOCUS, ACT_ENTER, ACT_OPEN_URL, ACT_COPY_URL,
	ACT_RELOAD, ACT_REDRAW, ACT_HELP, ACT_QUIT
};
#define HELP_ACTIONS (sizeof help_order / sizeof help_order[0])

/* After the actions, a blank line and the keys of the search prompt and
 * of the panel's filter, which are not bound in the keymap. */
static const struct {
	const char	*keys, *help;
} help_prompt[] = {
	{ "", "At the search prompt:" },
	{ "Enter", "search; alone, the last search again (after ?, this "
	    "help)" },
	{ "Escape, ^G", "leave the prompt" },
	{ "Backspace, ^U", "erase a character, everything" },
	{ "", "" },
	{ "", "In the side panel (Tab):" },
	{ "/", "filter its list as you type; Enter keeps the filter, "
	    "Escape clears it" }
};
#define HELP_LINES (HELP_ACTIONS + 1 + \
	sizeof help_prompt / sizeof help_prompt[0])

/* The help's lines that do not fit: how far it may scroll. */
static size_t
help_max_top(const struct pager *p)
{
	size_t	 rows = p->body_h > 0 ? (size_t)p->body_h : 1;

	return HELP_LINES > rows ? HELP_LINES - rows : 0;
}

/* Line i of the help: its keys into keys (of size n), and what they do;
 * both "" for the blank line. */
static const char *
help_line(const struct pager *p, size_t i, char *keys, size_t n)
{
	size_t	 len;

	keys[0] = '\0';
	if (i < HELP_ACTIONS) {
		keymap_keys_for(p->o.keymap, help_order[i], keys, n);
		/* The help is also "?" then Enter. */
		len = strlen(keys);
		if (help_order[i] == ACT_HELP &&
		    keymap_lookup(p->o.keymap, '?') == ACT_SEARCH_BACK &&
		    len + 10 < n)
			snprintf(keys + len, n - len, "%s? Enter",
			    len > 0 ? ", " : "");
		if (keys[0] == '\0')
			snprintf(keys, n, "(unbound)");
		return keymap_action_help(help_order[i]);
	}
	if (i == HELP_ACTIONS)
		return "";
	i -= HELP_ACTIONS + 1;
	snprintf(keys, n, "%s", help_prompt[i].keys);
	return help_prompt[i].help;
}

static void
draw_help(struct pager *p, struct grid *g)
{
	char		 keys[80];
	const char	*what;
	size_t		 i, kw = 0, w;
	int		 y, x = 2;

	/* The frame without the panel, a blank page, then one line per
	 * action: its keys, and what it does. */
	grid_fill(g, 0, 1, 1, p->w - 2, H_LINE, ROLE_BORDER);
	grid_fill(g, p->h - 3, 1, 1, p->w - 2, H_LINE, ROLE_BORDER);
	grid_fill(g, 1, 1, p->h - 4, p->w - 2, " ", ROLE_TEXT);
	border_label(g, 0, 1, p->w - 1, "Keys", ROLE_TITLE);
	for (i = 0; i < HELP_LINES; i++) {
		help_line(p, i, keys, sizeof keys);
		w = utf8_width(keys, strlen(keys));
		if (w > kw)
			kw = w;
	}
	if (kw > (size_t)p->w / 3)
		kw = (size_t)p->w / 3;
	if (p->help_top > help_max_top(p))
		p->help_top = help_max_top(p);
	for (y = 0; y < p->body_h; y++) {
		i = p->help_top + (size_t)y;
		if (i >= HELP_LINES)
			break;
		what = help_line(p, i, keys, sizeof keys);
		put(g, p->body_y + y, x, x + (int)kw, keys, ROLE_STATUS_KEY,
		    ATTR_BOLD);
		put(g, p->body_y + y, keys[0] != '\0' ? x + (int)kw + 2 : x,
		    p->w - 2, what, ROLE_TEXT, keys[0] != '\0' ? 0 : ATTR_BOLD);
	}
	if (help_max_top(p) > 0) {
		char	 k[4][80], *t;

		t = xasprintf("%s %s %s %s scroll, any other key closes this "
		    "help", first_key(p, ACT_DOWN, k[0]),
		    first_key(p, ACT_UP, k[1]),
		    first_key(p, ACT_PAGE_DOWN, k[2]),
		    first_key(p, ACT_PAGE_UP, k[3]));
		put(g, p->h - 2, 2, p->w - 2, t, ROLE_MESSAGE, 0);
		free(t);
	} else
		put(g, p->h - 2, 2, p->w - 2, "any key closes this help",
		    ROLE_MESSAGE, 0);
}

/* A terminal too small: a notice, centred, and nothing else. */
static void
draw_small(struct pager *p, struct grid *g)
{
	const char	*msg = p->w >= 18 ? "terminal too small" : "too small";
	char		 need[32];
	int		 x, y = (p->h - 2) / 2;

	snprintf(need, sizeof need, "need %d x %d", MIN_W, MIN_H);
	x = (p->w - (int)strlen(msg)) / 2;
	put(g, y, x > 0 ? x : 0, p->w, msg, ROLE_ERROR, 0);
	x = (p->w - (int)strlen(need)) / 2;
	if (p->h > 1 && x >= 0)
		put(g, y + 1, x, p->w, need, ROLE_TEXT, 0);
}

void
pager_draw(struct pager *p, struct grid *g)
{
	const char	*title = NULL;
	char		*t = NULL;

	grid_resize(g, p->w, p->h);
	grid_clear(g, ROLE_TEXT);
	g->cursor_y = g->cursor_x = -1;
	if (p->small) {
		draw_small(p, g);
		return;
	}
	if (p->lib != NULL) {
		t = xasprintf("Articles in %s", p->lib->dir);
		title = t;
	} else if (p->a != NULL)
		title = doc_headline(p->a->doc) != NULL ?
		    doc_headline(p->a->doc) : p->a->path;
	draw_frame(p, g, title, "Names");
	free(t);
	if (p->help) {
		draw_help(p, g);
		return;
	}
	if (p->lib != NULL)
		draw_index(p, g);
	else if (p->lay != NULL) {
		draw_article(p, g);
		draw_panel(p, g);
	}
	draw_status(p, g);
}
