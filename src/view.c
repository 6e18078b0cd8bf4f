/* view.c: the article view (view.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "doc.h"
#include "entities.h"
#include "grid.h"
#include "keymap.h"
#include "layout.h"
#include "screen.h"
#include "theme.h"
#include "utf8.h"
#include "view.h"
#include "xmalloc.h"

/* No match gone to yet (view.match). */
#define NO_MATCH	((size_t)-1)

#define ON_MARK		"\xe2\x97\x8f"	/* ● */
#define OFF_MARK	"\xe2\x97\x8b"	/* ○ */
#define PREV_MARK	"\xe2\x97\x82"	/* ◂ */
#define NEXT_MARK	"\xe2\x96\xb8"	/* ▸ */

struct view {
	struct screen		*s;
	const struct doc	*d;		/* the article shown, or NULL */
	const struct entities	*e;		/* its names and figures */
	struct layout		*lay;
	bool			 title_in_text;
	size_t			 top;		/* first line shown */

	/* Search. */
	char			*search;
	char			*preview;	/* the search being typed */
	int			 search_dir;
	size_t			 match;		/* the line of the match last
						   gone to, or NO_MATCH */

	/* The mention last jumped to from the panel: its text in the body,
	 * and the entity its segs carry (for a name inside a longer one,
	 * the longer one's); jump_ent -1 when there is none. */
	long			 jump_ent, jump_seg_ent;
	size_t			 jump_start, jump_end;

	/* A page and half a page, when a count before z or w, d or u set
	 * them; 0: the screen's. */
	size_t			 window, half;

	/* Link hints: shown or not, and the digits typed. */
	bool			 hints;
	char			 typed[8];
};

struct view *
view_new(struct screen *s)
{
	struct view	*v = xcalloc(1, sizeof *v);

	v->s = s;
	v->match = NO_MATCH;
	v->jump_ent = -1;
	return v;
}

void
view_free(struct view *v)
{
	if (v == NULL)
		return;
	layout_free(v->lay);
	free(v->search);
	free(v->preview);
	free(v);
}

static size_t
max_top(const struct view *v)
{
	size_t	 n = v->lay != NULL ? v->lay->n : 0;

	return n > (size_t)v->s->body_h ? n - (size_t)v->s->body_h : 0;
}

static void
clamp_top(struct view *v)
{
	if (v->top > max_top(v))
		v->top = max_top(v);
}

/* The title fits in the top border when the pane is wide enough. */
static bool
title_fits(const struct view *v)
{
	const char	*t = v->d != NULL ? doc_headline(v->d) : NULL;

	if (t == NULL)
		return true;
	return utf8_width(t, strlen(t)) + 4 <= (size_t)v->s->pane_w;
}

/* Put the line that shows the text position on top: line itself when it
 * does (a blank line shows the start of the block after it, as that
 * block's first line does), else the last line at or before it. */
static void
put_top(struct view *v, size_t block, size_t off, size_t line)
{
	if (block == LAYOUT_HEADER)
		v->top = 0;
	else if (line < v->lay->n && v->lay->lines[line].block == block &&
	    v->lay->lines[line].off == off)
		v->top = line;		/* laid out as it was */
	else
		v->top = layout_find(v->lay, block, off);
}

void
view_relayout(struct view *v)
{
	size_t	 block = 0, off = 0, line = (size_t)-1;
	int	 width = -1;
	bool	 had = v->lay != NULL, title = v->title_in_text;

	if (v->d == NULL)
		return;
	if (had && v->top < v->lay->n) {
		block = v->lay->lines[v->top].block;
		off = v->lay->lines[v->top].off;
		line = v->top;
		width = v->lay->width;
	}
	layout_free(v->lay);
	v->match = NO_MATCH;		/* line numbers change */
	v->title_in_text = !title_fits(v);
	v->lay = layout_build(v->d, v->e, v->s->text_w,
	    (v->title_in_text ? LAYOUT_TITLE : 0) | LAYOUT_BYLINE);
	/* The same line, when the lines are the same. */
	if (had)
		put_top(v, block, off, v->lay->width == width &&
		    v->title_in_text == title ? line : (size_t)-1);
	clamp_top(v);
}

void
view_set(struct view *v, const struct doc *d, const struct entities *e)
{
	layout_free(v->lay);
	v->lay = NULL;
	v->d = d;
	v->e = d != NULL ? e : NULL;
	v->top = 0;
	v->jump_ent = -1;
	v->hints = false;
	view_relayout(v);
}

void
view_where(const struct view *v, size_t *block, size_t *off, size_t *line)
{
	*block = LAYOUT_HEADER;
	*off = 0;
	*line = v->top;
	if (v->lay != NULL && v->top < v->lay->n) {
		*block = v->lay->lines[v->top].block;
		*off = v->lay->lines[v->top].off;
	}
}

void
view_goto(struct view *v, size_t block, size_t off, size_t line)
{
	if (v->lay == NULL)
		return;
	if (block == LAYOUT_HEADER)
		v->top = line;
	else
		put_top(v, block, off, line);
	clamp_top(v);
}

static void
scroll(struct view *v, long lines)
{
	if (lines < 0 && (size_t)-lines > v->top)
		v->top = 0;
	else
		v->top = (size_t)((long)v->top + lines);
	clamp_top(v);
}

/*
 * Search.
 */

/*
 * What the reader types matches the text's typographic forms: a straight
 * apostrophe or quote its curly ones, a hyphen the dashes and the minus
 * sign, three dots the ellipsis; ASCII letters in any case.
 */

/* The length of the text's form of needle character c at t (of at most
 * len bytes), or 0 when it is not one. */
static size_t
typo_len(char c, const char *t, size_t len)
{
	static const char *const quotes[] = { "\xe2\x80\x98",
	    "\xe2\x80\x99", "\xe2\x80\xb2", NULL };	/* ‘ ’ ′ */
	static const char *const dquotes[] = { "\xe2\x80\x9c",
	    "\xe2\x80\x9d", "\xe2\x80\xb3", NULL };	/* “ ” ″ */
	static const char *const dashes[] = { "\xe2\x80\x90",
	    "\xe2\x80\x91", "\xe2\x80\x92", "\xe2\x80\x93",
	    "\xe2\x80\x94", "\xe2\x88\x92", NULL };	/* ‐ ‑ ‒ – — − */
	const char *const *forms;
	size_t	 i;

	switch (c) {
	case '\'':
		forms = quotes;
		break;
	case '"':
		forms = dquotes;
		break;
	case '-':
		forms = dashes;
		break;
	default:
		return 0;
	}
	for (i = 0; forms[i] != NULL; i++) {
		if (len >= 3 && memcmp(t, forms[i], 3) == 0)
			return 3;
	}
	return 0;
}

/* The letter an accented Latin letter (U+00C0 to U+017F) is made on, in
 * lower case; '.' for none (×, ÷). */
static const char accent_base[] =
    "aaaaaaaceeeeiiiidnooooo.ouuuuytsaaaaaaaceeeeiiiidnooooo.ouuuuyty"
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllll"
    "llnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/* With accents folded: the length of the accented letter at t (two
 * bytes) when it is made on ASCII letter c, else 0. */
static size_t
accent_len(unsigned char c, const char *t, size_t len)
{
	const unsigned char	*u = (const unsigned char *)t;
	unsigned		 cp;

	if (len < 2 || u[0] < 0xc3 || u[0] > 0xc5 || (u[1] & 0xc0) != 0x80)
		return 0;
	cp = ((unsigned)(u[0] & 0x1f) << 6) | (u[1] & 0x3f);
	if (cp < 0xc0 || cp > 0x17f)
		return 0;
	return accent_base[cp - 0xc0] == (char)c ? 2 : 0;
}

/* The length of the match of needle at t (of len bytes), 0 for none;
 * accents: an unaccented letter also finds its accented forms. */
static size_t
match_at(const char *t, size_t len, const char *needle, bool accents)
{
	size_t		 i = 0, k;
	const char	*p;

	for (p = needle; *p != '\0'; p++) {
		unsigned char x, y = (unsigned char)*p;

		if (i >= len)
			return 0;
		x = (unsigned char)t[i];
		if (x >= 'A' && x <= 'Z')
			x += 'a' - 'A';
		if (y >= 'A' && y <= 'Z')
			y += 'a' - 'A';
		if (x == y) {
			i++;
			continue;
		}
		if ((k = typo_len(*p, t + i, len - i)) > 0) {
			i += k;
			continue;
		}
		if (accents && y >= 'a' && y <= 'z' &&
		    (k = accent_len(y, t + i, len - i)) > 0) {
			i += k;
			continue;
		}
		/* Three dots, the ellipsis. */
		if (*p == '.' && p[1] == '.' && p[2] == '.' && len - i >= 3 &&
		    memcmp(t + i, "\xe2\x80\xa6", 3) == 0) {
			i += 3;
			p += 2;
			continue;
		}
		return 0;
	}
	return i;
}

/* The byte offset of the first match of needle in line at or after
 * from, or -1; its length in *mlen. */
static long
line_match(const struct line *ln, const char *needle, size_t from,
    size_t *mlen, bool accents)
{
	size_t	 i;

	if (needle[0] == '\0')
		return -1;
	for (i = from; i < ln->len; i++) {
		if ((*mlen = match_at(ln->text + i, ln->len - i, needle,
		    accents)) > 0)
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

/* Line k shows bytes [*from, *to) of block *bp after *pre_cols columns of
 * prefix ("• ", "│ "), and its matches may start up to *next (where the
 * next line of the block starts); false when it is not so. */
static bool
line_span(const struct view *v, size_t k, const struct block **bp,
    size_t *from, size_t *to, size_t *next, size_t *pre_cols)
{
	const struct line	*ln = &v->lay->lines[k], *nx;
	const struct block	*b;
	size_t			 e, w, n;

	if (v->d == NULL || ln->block == LAYOUT_HEADER ||
	    ln->block >= v->d->nblocks || ln->len == 0)
		return false;
	b = &v->d->blocks[ln->block];
	if (b->kind == BLOCK_PRE || ln->off > b->len)
		return false;
	e = b->len;
	if (k + 1 < v->lay->n) {
		nx = &v->lay->lines[k + 1];
		if (nx->block == ln->block && nx->len > 0 && nx->off >= ln->off &&
		    nx->off <= b->len)
			e = nx->off;
	}
	*next = e;
	while (e > ln->off && ascii_is_space((unsigned char)b->text[e - 1]))
		e--;
	n = e - ln->off;
	/* The line's text must end with exactly these bytes (some: a line
	 * of a table's row may show none of them where it starts). */
	if (n == 0 || n > ln->len || memcmp(ln->text + ln->len - n, b->text + ln->off,
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

/* The first match in text[0, len) starting in [from, until), or -1;
 * its length in *mlen. */
static long
text_match(const char *text, size_t len, const char *needle, size_t from,
    size_t until, size_t *mlen, bool accents)
{
	size_t	 i;

	if (needle[0] == '\0')
		return -1;
	for (i = from; i < until && i < len; i++) {
		if ((*mlen = match_at(text + i, len - i, needle, accents)) > 0)
			return (long)i;
	}
	return -1;
}

/* How many matches start on line k. */
static size_t
line_matches(const struct view *v, size_t k)
{
	const struct block	*b;
	size_t			 from, to, next, pre, mlen, c = 0;
	long			 m;

	if (line_span(v, k, &b, &from, &to, &next, &pre)) {
		while ((m = text_match(b->text, b->len, v->search, from, next,
		    &mlen, v->s->accents)) >= 0) {
			c++;
			from = (size_t)m + 1;
		}
		return c;
	}
	for (from = 0; (m = line_match(&v->lay->lines[k], v->search, from,
	    &mlen, v->s->accents)) >= 0; from = (size_t)m + 1)
		c++;
	return c;
}

/* Which match the first on line k is, from 1, and how many there are. */
static void
match_count(const struct view *v, size_t k, size_t *which, size_t *all)
{
	size_t	 i, c;

	*which = *all = 0;
	for (i = 0; i < v->lay->n; i++) {
		c = line_matches(v, i);
		if (i == k)
			*which = *all + 1;
		*all += c;
	}
}

/* Whether a match starts on line k. */
static bool
line_has_match(const struct view *v, size_t k)
{
	const struct block	*b;
	size_t			 from, to, next, pre;

	size_t			 mlen;

	if (line_span(v, k, &b, &from, &to, &next, &pre))
		return text_match(b->text, b->len, v->search, from, next,
		    &mlen, v->s->accents) >= 0;
	return line_match(&v->lay->lines[k], v->search, 0, &mlen,
	    v->s->accents) >= 0;
}

/* Go to the next line holding a match, the way dir says: from the match
 * last gone to while it is on screen (the last lines of the article may
 * all be on screen at once), else from the top line; the line it starts
 * from is not looked at again until the search has gone all the way
 * round. */
static void
search_step(struct view *v, int dir)
{
	size_t	 n, i, k, start, which, all;

	if (v->search == NULL || v->search[0] == '\0') {
		screen_message(v->s, false, "no search yet: / searches");
		return;
	}
	if (v->lay == NULL || (n = v->lay->n) == 0)
		return;
	start = v->top;
	if (v->match != NO_MATCH && v->match < n && v->match >= v->top &&
	    v->match < v->top + (size_t)v->s->body_h)
		start = v->match;
	for (i = 1; i <= n; i++) {
		if (dir > 0)
			k = (start + i) % n;
		else
			k = (start + n - (i % n)) % n;
		if (!line_has_match(v, k))
			continue;
		match_count(v, k, &which, &all);
		if (dir > 0 && k <= start)
			screen_message(v->s, false,
			    "search wrapped around to the top (%zu/%zu)", which,
			    all);
		else if (dir < 0 && k >= start)
			screen_message(v->s, false,
			    "search wrapped around to the end (%zu/%zu)", which,
			    all);
		else
			screen_message(v->s, false, "%zu/%zu", which, all);
		v->match = k;
		v->top = k;
		clamp_top(v);
		return;
	}
	v->match = NO_MATCH;
	screen_message(v->s, true, "not found: %s", v->search);
}

void
view_search(struct view *v, const char *text, int dir)
{
	if (text != NULL) {
		free(v->search);
		v->search = xstrdup(text);
		v->match = NO_MATCH;
	}
	v->search_dir = dir;
	search_step(v, dir);
}

/* Go to line n (from 1) at the top. */
static void
goto_line(struct view *v, long n)
{
	v->top = n > 1 ? (size_t)(n - 1) : 0;
	clamp_top(v);
}

bool
view_key(struct view *v, enum action act, int key, long count)
{
	size_t	 page = v->s->body_h > 1 ? (size_t)v->s->body_h - 1 : 1;
	size_t	 n = v->lay != NULL ? v->lay->n : 0;

	if (v->window > 0)
		page = v->window;
	if (key == KEY_F_WHEEL_DOWN || key == KEY_F_WHEEL_UP) {
		scroll(v, key == KEY_F_WHEEL_DOWN ? SCREEN_WHEEL :
		    -SCREEN_WHEEL);
		return true;
	}
	/* As in less: a count is lines for the line and page keys, the
	 * page itself for z and w, half a page for d and u, a line for g
	 * and G, a percent for % and p. */
	switch (act) {
	case ACT_DOWN:
		scroll(v, count > 0 ? count : 1);
		break;
	case ACT_UP:
		scroll(v, -(count > 0 ? count : 1));
		break;
	case ACT_PAGE_DOWN:
		scroll(v, count > 0 ? count : (long)page);
		break;
	case ACT_PAGE_UP:
		scroll(v, -(count > 0 ? count : (long)page));
		break;
	case ACT_WINDOW_DOWN:
	case ACT_WINDOW_UP:
		if (count > 0)
			v->window = (size_t)count;
		scroll(v, (act == ACT_WINDOW_DOWN ? 1 : -1) * (long)(count > 0 ?
		    (size_t)count : page));
		break;
	case ACT_HALF_DOWN:
	case ACT_HALF_UP:
		if (count > 0)
			v->half = (size_t)count;
		scroll(v, (act == ACT_HALF_DOWN ? 1 : -1) * (long)(v->half > 0 ?
		    v->half : (page + 1) / 2));
		break;
	case ACT_TOP:
		if (count > 0)
			goto_line(v, count);
		else
			v->top = 0;
		break;
	case ACT_BOTTOM:
		if (count > 0)
			goto_line(v, count);
		else
			v->top = max_top(v);
		break;
	case ACT_PERCENT:
		v->top = (size_t)((double)n * (double)(count > 100 ? 100 :
		    count) / 100.0);
		clamp_top(v);
		break;
	case ACT_SEARCH_NEXT:
		search_step(v, v->search_dir ? v->search_dir : 1);
		break;
	case ACT_SEARCH_PREV:
		search_step(v, v->search_dir ? -v->search_dir : -1);
		break;
	default:
		return false;
	}
	return true;
}

void
view_lines(const struct view *v, size_t *top, size_t *shown, size_t *total)
{
	*total = v->lay != NULL ? v->lay->n : 0;
	*top = v->top;
	*shown = *total - v->top < (size_t)v->s->body_h ? *total - v->top :
	    (size_t)v->s->body_h;
}

/*
 * Jumping to a mention.
 */

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

void
view_jump(struct view *v, size_t ent)
{
	const struct entities	*e = v->e;
	const struct mention	*m;
	const struct block	*b;
	size_t			 from = 0, in;
	long			 seg_ent;

	if (e == NULL || v->lay == NULL)
		return;
	if (v->jump_ent == (long)ent)
		from = v->jump_start + 1;
	else if (v->top < v->lay->n &&
	    v->lay->lines[v->top].block < v->d->nblocks) {
		const struct line *ln = &v->lay->lines[v->top];
		const struct block *tb = &v->d->blocks[ln->block];

		if (tb->body_off != DOC_NOT_IN_BODY)
			from = tb->body_off + ln->off;
	}
	if (!next_mention(e, ent, from, &m, &seg_ent))
		return;
	if ((b = doc_block_at(v->d, m->start, &in)) == NULL)
		return;
	if (m->start < from && v->jump_ent == (long)ent)
		screen_message(v->s, false, "back to the first mention");
	v->jump_ent = (long)ent;
	v->jump_seg_ent = seg_ent;
	v->jump_start = m->start;
	v->jump_end = m->end;
	v->top = layout_find(v->lay, (size_t)(b - v->d->blocks), in);
	/* Show it a few lines down, not on the top line. */
	v->top = v->top > 2 ? v->top - 2 : 0;
	clamp_top(v);
}

void
view_unjump(struct view *v)
{
	v->jump_ent = -1;
}

/*
 * Links on screen, and their hints.
 */

/* The right end of the text's columns. */
static int
text_end(const struct view *v)
{
	int	 xmax = v->s->text_x + v->s->text_w;

	if (xmax > v->s->text_x + v->s->pane_w)
		xmax = v->s->text_x + v->s->pane_w;
	return xmax;
}

size_t
view_links_shown(const struct view *v, struct view_link **out)
{
	struct view_link	*l = NULL;
	size_t			 n = 0, cap = 0, i, j, k;
	int			 y, x, xmax = text_end(v);

	*out = NULL;
	if (v->lay == NULL || v->s->small)
		return 0;
	for (y = 0; y < v->s->body_h; y++) {
		const struct line *ln;

		if ((i = v->top + (size_t)y) >= v->lay->n)
			break;
		ln = &v->lay->lines[i];
		x = v->s->text_x;
		for (j = 0; j < ln->nsegs && x < xmax; j++) {
			const struct seg *sg = &ln->segs[j];
			int w = (int)utf8_width(ln->text + sg->off, sg->len);

			if (sg->link >= 0) {
				for (k = n; k > 0; k--)
					if (l[k - 1].link == (size_t)sg->link)
						break;
				if (k == 0) {
					if (n == cap) {
						cap = cap ? cap * 2 : 16;
						l = xreallocarray(l, cap,
						    sizeof *l);
					}
					l[n].link = (size_t)sg->link;
					l[n].y = v->s->body_y + y;
					l[n++].x = x;
				}
			}
			x += w;
		}
	}
	*out = l;
	return n;
}

long
view_link_at(const struct view *v, int y, int x)
{
	const struct line	*ln;
	size_t			 i, j;
	int			 sx, w;

	if (v->lay == NULL || v->s->small || y < v->s->body_y ||
	    y >= v->s->body_y + v->s->body_h || x < v->s->text_x ||
	    x >= text_end(v))
		return -1;
	if ((i = v->top + (size_t)(y - v->s->body_y)) >= v->lay->n)
		return -1;
	ln = &v->lay->lines[i];
	sx = v->s->text_x;
	for (j = 0; j < ln->nsegs; j++) {
		w = (int)utf8_width(ln->text + ln->segs[j].off,
		    ln->segs[j].len);
		if (x >= sx && x < sx + w)
			return ln->segs[j].link;
		sx += w;
	}
	return -1;
}

long
view_hint_match(const char *typed, size_t n)
{
	size_t	 k = 0, i;

	if (typed[0] == '\0' || typed[0] == '0')
		return -1;
	for (i = 0; typed[i] != '\0'; i++) {
		if (typed[i] < '0' || typed[i] > '9' || k > n)
			return -1;
		k = k * 10 + (size_t)(typed[i] - '0');
	}
	if (k > n)
		return -1;
	return k * 10 <= n ? 0 : (long)k;
}

bool
view_hints_start(struct view *v)
{
	struct view_link	*l;
	size_t			 n = view_links_shown(v, &l);

	free(l);
	v->typed[0] = '\0';
	if (n == 0) {
		v->hints = false;
		if (v->d != NULL && v->d->nlinks > 0)
			screen_message(v->s, false, "no link on screen: F "
			    "lists the article's links");
		else
			screen_message(v->s, false, "this article has no links");
		return false;
	}
	v->hints = true;
	return true;
}

bool
view_hints_shown(const struct view *v)
{
	return v->hints;
}

void
view_hints_stop(struct view *v)
{
	v->hints = false;
	v->typed[0] = '\0';
}

enum view_hint
view_hints_key(struct view *v, int key, size_t *link)
{
	struct view_link	*l;
	size_t			 n = view_links_shown(v, &l), len;
	long			 k;
	char			 try[sizeof v->typed];

	len = strlen(v->typed);
	if (key >= '0' && key <= '9') {
		if (len + 1 >= sizeof v->typed) {
			free(l);
			return VIEW_HINT_MORE;
		}
		memcpy(try, v->typed, len);
		try[len] = (char)key;
		try[len + 1] = '\0';
		if ((k = view_hint_match(try, n)) < 0) {
			screen_message(v->s, true, "no link %s on screen", try);
			free(l);
			return VIEW_HINT_MORE;
		}
		memcpy(v->typed, try, len + 2);
	} else if (key == 127 || key == 8 || key == KEY_F_BACKSPACE) {
		if (len > 0)
			v->typed[len - 1] = '\0';
		free(l);
		return VIEW_HINT_MORE;
	} else if (key == 13 || key == 10 || key == KEY_F_ENTER) {
		if (len == 0) {
			free(l);
			return VIEW_HINT_MORE;
		}
		k = view_hint_match(v->typed, n);
		if (k == 0)
			k = strtol(v->typed, NULL, 10);
		if (k < 0)
			screen_message(v->s, true, "no link %s on screen",
			    v->typed);
	} else {
		view_hints_stop(v);
		free(l);
		return VIEW_HINT_CANCEL;
	}
	if (k <= 0 || (size_t)k > n) {
		free(l);
		return VIEW_HINT_MORE;
	}
	*link = l[k - 1].link;
	free(l);
	view_hints_stop(v);
	return VIEW_HINT_FOLLOW;
}

/* The hints, over the start of each link on screen: those the digits
 * typed may still lead to. */
static void
draw_hints(const struct view *v, struct grid *g)
{
	struct view_link	*l;
	size_t			 n = view_links_shown(v, &l), i, len;
	char			 num[24];

	len = strlen(v->typed);
	for (i = 0; i < n; i++) {
		snprintf(num, sizeof num, "%zu", i + 1);
		if (strncmp(num, v->typed, len) != 0)
			continue;
		grid_put(g, l[i].y, l[i].x, text_end(v), num, strlen(num),
		    ROLE_HINT, 0);
	}
	free(l);
}

/* "follow link: 1-12, Esc cancels" */
static void
draw_hints_status(const struct view *v, struct grid *g)
{
	struct view_link	*l;
	size_t			 n = view_links_shown(v, &l);
	char			 msg[128];

	free(l);
	if (v->typed[0] == '\0')
		snprintf(msg, sizeof msg, n == 1 ? "follow link: %zu, Esc "
		    "cancels" : "follow link: 1-%zu, Esc cancels", n);
	else
		snprintf(msg, sizeof msg, "follow link: %s_ (Enter follows "
		    "%s), Esc cancels", v->typed, v->typed);
	screen_put(g, v->s->status_y, 2, v->s->w - 2, msg, ROLE_MESSAGE, 0);
}

void
view_show(struct view *v, size_t block, size_t off)
{
	if (v->lay == NULL)
		return;
	v->top = layout_find(v->lay, block, off);
	clamp_top(v);
}

/*
 * Drawing.
 */

/* The lines showing the mention last jumped to, as [*from, *to]; false
 * when there is none. */
static bool
jump_lines(const struct view *v, size_t *from, size_t *to)
{
	const struct block	*b;
	size_t			 in, bi;

	if (v->jump_ent < 0 || v->lay == NULL ||
	    (b = doc_block_at(v->d, v->jump_start, &in)) == NULL)
		return false;
	bi = (size_t)(b - v->d->blocks);
	*from = layout_find(v->lay, bi, in);
	*to = layout_find(v->lay, bi, in + (v->jump_end - v->jump_start) - 1);
	return true;
}

/* The search whose matches show: the one being typed, else the last;
 * NULL for none. */
static const char *
shown_search(const struct view *v)
{
	if (v->preview != NULL && v->preview[0] != '\0')
		return v->preview;
	if (v->search != NULL && v->search[0] != '\0')
		return v->search;
	return NULL;
}

void
view_preview(struct view *v, const char *text)
{
	free(v->preview);
	v->preview = text != NULL && *text != '\0' ? xstrdup(text) : NULL;
}

/* Paint the parts of matches in its block's text that line ln shows;
 * false when the line is not a run of its block's text. */
static bool
draw_block_matches(struct view *v, struct grid *g, int y,
    const struct line *ln, int xmax)
{
	const struct block	*b;
	const char		*needle = shown_search(v);
	/* A match is at most three bytes a character of the search. */
	size_t			 from, to, next, pre, n = 3 * strlen(needle);
	size_t			 s, cs, ce;
	long			 m;
	int			 mx, mw;

	if (!line_span(v, (size_t)(ln - v->lay->lines), &b, &from, &to,
	    &next, &pre))
		return false;
	/* Matches that start on an earlier line may end on this one. */
	s = from >= n ? from - n + 1 : 0;
	for (; (m = text_match(b->text, b->len, needle, s, to, &n,
	    v->s->accents)) >= 0;
	    s = (size_t)m + 1) {
		if ((size_t)m + n <= from)
			continue;
		cs = (size_t)m > from ? (size_t)m : from;
		ce = (size_t)m + n < to ? (size_t)m + n : to;
		mx = v->s->text_x + (int)pre + (int)utf8_width(b->text + from,
		    cs - from);
		mw = (int)utf8_width(b->text + cs, ce - cs);
		if (mx < xmax && mw > 0)
			grid_paint(g, y, mx, mw < xmax - mx ? mw : xmax - mx,
			    ROLE_SEARCH, 0);
	}
	return true;
}

static void
draw_line(struct view *v, struct grid *g, int y, const struct line *ln,
    long jump_entity)
{
	int	 x = v->s->text_x, xmax = v->s->text_x + v->s->text_w;
	size_t	 i;
	long	 m, from;
	size_t	 mlen;

	if (xmax > v->s->text_x + v->s->pane_w)
		xmax = v->s->text_x + v->s->pane_w;
	for (i = 0; i < ln->nsegs; i++) {
		const struct seg *sg = &ln->segs[i];
		unsigned attr = sg->attr;

		if (jump_entity >= 0 && sg->entity == jump_entity)
			attr |= ATTR_REVERSE;
		x = grid_put(g, y, x, xmax, ln->text + sg->off, sg->len,
		    screen_entity_role(v->s, v->e, sg->entity, sg->role),
		    attr);
	}
	if (shown_search(v) == NULL)
		return;
	if (draw_block_matches(v, g, y, ln, xmax))
		return;
	for (from = 0; (m = line_match(ln, shown_search(v), (size_t)from,
	    &mlen, v->s->accents)) >= 0; from = m + 1) {
		int mx = v->s->text_x + (int)utf8_width(ln->text, (size_t)m);
		int mw = (int)utf8_width(ln->text + m, mlen);

		if (mx < xmax)
			grid_paint(g, y, mx, mw < xmax - mx ? mw : xmax - mx,
			    ROLE_SEARCH, 0);
	}
}

void
view_draw(struct view *v, struct grid *g)
{
	int	 y;
	size_t	 i, jfrom = 1, jto = 0;
	long	 jent = -1;

	if (v->lay == NULL)
		return;
	if (jump_lines(v, &jfrom, &jto))
		jent = v->jump_seg_ent;
	for (y = 0; y < v->s->body_h; y++) {
		i = v->top + (size_t)y;
		if (i >= v->lay->n)
			break;
		draw_line(v, g, v->s->body_y + y, &v->lay->lines[i],
		    i >= jfrom && i <= jto ? jent : -1);
	}
	if (v->hints)
		draw_hints(v, g);
}

int
view_percent(const struct view *v)
{
	size_t	 n = v->lay != NULL ? v->lay->n : 0;

	if (n <= (size_t)v->s->body_h)
		return -1;
	return (int)((v->top + (size_t)v->s->body_h) * 100 / n);
}

/* "◂ Prev title   ▸ Next title   names ● figures ●   37%" */
void
view_draw_status(struct view *v, struct grid *g)
{
	struct screen	*s = v->s;
	int		 y = s->status_y, x = 2, xmax = s->w - 2, right;
	char		 pos[64], *t;
	const struct doc *d = v->d;
	int		 room, pct = view_percent(v);

	if (v->hints && s->msg == NULL) {
		draw_hints_status(v, g);
		return;
	}
	/* A message takes the whole line when it needs it. */
	if (s->msg != NULL && (int)utf8_width(s->msg, strlen(s->msg)) >
	    xmax - x - 30) {
		screen_put(g, y, x, xmax, s->msg, s->msg_error ? ROLE_ERROR :
		    ROLE_MESSAGE, 0);
		return;
	}
	/* The right end: toggles and position. */
	if (pct < 0)
		snprintf(pos, sizeof pos, "all");
	else
		snprintf(pos, sizeof pos, "%3d%%", pct);
	right = xmax - (int)utf8_width(pos, strlen(pos));
	screen_put(g, y, right, xmax, pos, ROLE_STATUS, 0);
	right -= 3 + 17;	/* "names ● figures ●" */
	if (right < x + 10)
		right = xmax - (int)strlen(pos) - 1;
	else {
		int tx = right;

		tx = screen_put(g, y, tx, xmax, "names ", ROLE_STATUS, 0);
		tx = screen_put(g, y, tx, xmax, s->names ? ON_MARK : OFF_MARK,
		    s->names ? ROLE_NAME : ROLE_STATUS, 0);
		tx = screen_put(g, y, tx, xmax, " figures ", ROLE_STATUS, 0);
		screen_put(g, y, tx, xmax, s->figures ? ON_MARK : OFF_MARK,
		    s->figures ? ROLE_FIGURE : ROLE_STATUS, 0);
		right -= 2;
	}
	if (s->msg != NULL) {
		screen_put(g, y, x, right, s->msg, s->msg_error ? ROLE_ERROR :
		    ROLE_MESSAGE, 0);
		return;
	}
	/* The left: prev and next titles, sharing the room. */
	room = (right - x - 3) / 2;
	if (room < 6)
		return;
	if (d != NULL && (d->prev.title != NULL || d->prev.href != NULL)) {
		x = screen_put(g, y, x, right, PREV_MARK " ", ROLE_STATUS_KEY,
		    0);
		t = utf8_ellipsize(d->prev.title ? d->prev.title :
		    d->prev.href, strlen(d->prev.title ? d->prev.title :
		    d->prev.href), (size_t)room - 2);
		x = screen_put(g, y, x, right, t, ROLE_STATUS, 0);
		free(t);
		x += 3;
	}
	if (d != NULL && (d->next.title != NULL || d->next.href != NULL)) {
		x = screen_put(g, y, x, right, NEXT_MARK " ", ROLE_STATUS_KEY,
		    0);
		t = utf8_ellipsize(d->next.title ? d->next.title :
		    d->next.href, strlen(d->next.title ? d->next.title :
		    d->next.href), (size_t)room - 2);
		screen_put(g, y, x, right, t, ROLE_STATUS, 0);
		free(t);
	}
}
