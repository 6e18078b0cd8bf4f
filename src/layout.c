/* layout.c: an article and a width -> display lines. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "buf.h"
#include "date.h"
#include "doc.h"
#include "entities.h"
#include "layout.h"
#include "theme.h"
#include "utf8.h"
#include "xmalloc.h"

#define TAB_STOP	8
#define UNLIMITED	((size_t)-1)	/* width 0: lines are never wrapped */
#define MAX_DEPTH	32		/* deepest quote or list shown */
#define ATTR_CODE	ATTR_DIM	/* what INL_CODE adds */

/* A stretch of a block's text in one style. */
struct run {
	size_t		 start, end;
	unsigned char	 role, attr;
	long		 entity;
	long		 link;		/* index into doc->links, or -1 */
};

/* A change of inline style at a byte of the block's text. */
struct event {
	size_t		 pos;
	unsigned	 style;		/* INL_* */
	int		 delta;		/* +1 at a span's start, -1 at its end */
	size_t		 link;		/* the span's link, for INL_LINK */
};

/* A piece of text being laid out: a block, the title or the byline. */
struct source {
	const char	*text;
	size_t		 len;
	size_t		 block;		/* line->block of its lines */
	int		 pre;		/* spaces kept, tabs expanded, lines
					   cut rather than wrapped */
	int		 row;		/* a table's row as a paragraph: no
					   line starts with its " | " */
	const struct run *runs;		/* covering [0, len) */
	size_t		 nruns, cur;	/* cur: the run of the last lookup */
	const char	*first, *rest;	/* prefix of the first line, of the
					   others */
	size_t		 prefix_cols;
	unsigned char	 prefix_role;
	size_t		 avail;		/* columns after the prefix, or
					   UNLIMITED */
};

/* A line of a table's cell: bytes [start, end) of the row's text. */
struct piece {
	size_t		 start, end;
};

struct builder {
	struct layout	*l;
	size_t		 lines_cap;
	struct buf	 text;		/* every line's text */
	struct seg	*segs;		/* every line's segs */
	size_t		 nsegs, segs_cap;
	size_t		 line_start;	/* the open line's start in text */
	size_t		 seg_start;	/* its first seg */
	size_t		 cols;		/* its width so far */

	/* Scratch space, reused from block to block. */
	struct run	*runs;
	size_t		 runs_cap;
	struct event	*events;
	size_t		 events_cap;
	size_t		*pos;
	size_t		 pos_cap;
	size_t		 mention;	/* first mention not before the block */

	/* Wrapping makes lines, or, while collect is set, the pieces of a
	 * table's cell. */
	bool		 collect;
	struct piece	*pieces;
	size_t		 npieces, pieces_cap;
};

/* Lines. */

static void
line_begin(struct builder *bd, size_t block, size_t off)
{
	struct layout	*l = bd->l;
	struct line	*line;

	if (l->n == bd->lines_cap) {
		bd->lines_cap = bd->lines_cap ? bd->lines_cap * 2 : 64;
		l->lines = xreallocarray(l->lines, bd->lines_cap,
		    sizeof *l->lines);
	}
	line = &l->lines[l->n++];
	memset(line, 0, sizeof *line);
	line->block = block;
	line->off = off;
	bd->line_start = bd->text.len;
	bd->seg_start = bd->nsegs;
	bd->cols = 0;
}

/* Append n bytes of clean text, cols wide, in one style. */
static void
line_add(struct builder *bd, const char *s, size_t n, size_t cols,
    unsigned role, unsigned attr, long entity, long link)
{
	struct seg	*sg;
	size_t		 at = bd->text.len - bd->line_start;

	if (n == 0)
		return;
	sg = bd->nsegs > bd->seg_start ? &bd->segs[bd->nsegs - 1] : NULL;
	if (sg != NULL && sg->role == role && sg->attr == attr &&
	    sg->entity == entity && sg->link == link)
		sg->len += n;
	else {
		if (bd->nsegs == bd->segs_cap) {
			bd->segs_cap = bd->segs_cap ? bd->segs_cap * 2 : 64;
			bd->segs = xreallocarray(bd->segs, bd->segs_cap,
			    sizeof *bd->segs);
		}
		sg = &bd->segs[bd->nsegs++];
		sg->off = at;
		sg->len = n;
		sg->role = (unsigned char)role;
		sg->attr = (unsigned char)attr;
		sg->entity = entity;
		sg->link = link;
	}
	buf_add(&bd->text, s, n);
	bd->cols += cols;
}

static void
line_end(struct builder *bd)
{
	struct line	*line = &bd->l->lines[bd->l->n - 1];

	line->len = bd->text.len - bd->line_start;
	line->nsegs = bd->nsegs - bd->seg_start;
	line->cols = bd->cols;
	buf_addc(&bd->text, '\0');	/* each line's text is a string */
}

static void
blank_line(struct builder *bd, size_t block)
{
	line_begin(bd, block, 0);
	line_end(bd);
}

/* Characters. */

/* Hyphens and dashes a word may be broken after. */
static int
is_dash(uint32_t cp)
{
	return cp == '-' || cp == 0x2010 || cp == 0x2013 || cp == 0x2014;
}

/* Punctuation that never starts a line broken between wide characters. */
static int
no_break_before(uint32_t cp)
{
	static const char ascii[] = "!),.:;?]}";

	if (cp < 0x80)
		return cp != 0 && strchr(ascii, (int)cp) != NULL;
	switch (cp) {
	case 0x2019: case 0x201d: case 0x2026:		/* ’ ” … */
	case 0x3001: case 0x3002: case 0x3005:		/* 、 。 々 */
	case 0x3009: case 0x300b: case 0x300d: case 0x300f:
	case 0x3011: case 0x3015: case 0x30fc:		/* 〉 》 」 』 】 〕 ー */
	case 0xff01: case 0xff09: case 0xff0c: case 0xff0e:
	case 0xff1a: case 0xff1b: case 0xff1f: case 0xff3d: case 0xff5d:
		return 1;
	}
	return 0;
}

/* Punctuation that never ends a line broken between wide characters. */
static int
no_break_after(uint32_t cp)
{
	if (cp < 0x80)
		return cp == '(' || cp == '[' || cp == '{';
	switch (cp) {
	case 0x2018: case 0x201c:			/* ‘ “ */
	case 0x3008: case 0x300a: case 0x300c: case 0x300e:
	case 0x3010: case 0x3014:			/* 〈 《 「 『 【 〔 */
	case 0xff08: case 0xff3b: case 0xff5b:
		return 1;
	}
	return 0;
}

/* The character cluster at s[i]: a character with the combining marks
 * after it, and what a zero-width joiner joins to it (a space or a control
 * is a cluster of its own). Sets its first code point and its width
 * (controls count 0); returns where the next starts. A cluster wider than
 * limit is cut on a line of its own anyway: it ends as soon as it is, so
 * that a long chain of joined characters is not walked again from the
 * start of each line it is cut into. */
static size_t
cluster(const char *s, size_t i, size_t end, uint32_t *first, size_t *width,
    size_t limit)
{
	uint32_t cp;
	int	 w, joined;

	i += utf8_decode(s + i, end - i, first);
	w = utf8_cpwidth(*first);
	*width = w > 0 ? (size_t)w : 0;
	/* A space is one column and a place to break: what follows it,
	 * even a joiner, is not part of it. */
	if (w < 0 || *first == ' ' || *first == '\t')
		return i;
	joined = *first == 0x200d;
	while (i < end) {
		size_t	 n;

		if (!joined && (unsigned char)s[i] < 0x80)
			break;		/* ASCII is never a mark */
		n = utf8_decode(s + i, end - i, &cp);

		w = utf8_cpwidth(cp);
		if (w < 0 || (w > 0 && !joined))
			break;
		*width += (size_t)w;
		joined = cp == 0x200d;
		i += n;
		if (*width > limit)
			break;
	}
	return i;
}

/* The part of a cluster wider than the whole line that goes on a line of
 * its own: what fits of it (a joined sequence, such as emoji joined by
 * U+200D, is cut between its characters, each shown on its own anyway
 * where the terminal does not join them), or, when not even its first
 * character fits, that character with its marks. */
static size_t
cut_cluster(const char *s, size_t len, size_t avail)
{
	size_t	 n;
	uint32_t cp;

	if ((n = utf8_fit(s, len, avail, NULL)) > 0)
		return n;
	n = utf8_decode(s, len, &cp);
	return n + utf8_fit(s + n, len - n, 0, NULL);
}

/* Styles. */

static const struct run *
run_at(struct source *src, size_t i)
{
	/* Forward, as a line is laid out; back, for a table's next line. */
	while (src->cur > 0 && src->runs[src->cur].start > i)
		src->cur--;
	while (src->cur + 1 < src->nruns && src->runs[src->cur].end <= i)
		src->cur++;
	return &src->runs[src->cur];
}

static int
event_cmp(const void *a, const void *b)
{
	const struct event *x = a, *y = b;

	if (x->pos != y->pos)
		return x->pos < y->pos ? -1 : 1;
	return 0;
}

static int
pos_cmp(const void *a, const void *b)
{
	size_t	 x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

static void
add_run(struct builder *bd, size_t *n, size_t start, size_t end,
    unsigned role, unsigned attr, long entity, long link)
{
	struct run	*r;

	if (*n > 0) {
		r = &bd->runs[*n - 1];
		if (r->role == role && r->attr == attr && r->entity == entity &&
		    r->link == link) {
			r->end = end;
			return;
		}
	}
	if (*n == bd->runs_cap) {
		bd->runs_cap = bd->runs_cap ? bd->runs_cap * 2 : 16;
		bd->runs = xreallocarray(bd->runs, bd->runs_cap,
		    sizeof *bd->runs);
	}
	r = &bd->runs[(*n)++];
	r->start = start;
	r->end = end;
	r->role = (unsigned char)role;
	r->attr = (unsigned char)attr;
	r->entity = entity;
	r->link = link;
}

static void
add_pos(struct builder *bd, size_t *n, size_t pos)
{
	if (*n == bd->pos_cap) {
		bd->pos_cap = bd->pos_cap ? bd->pos_cap * 2 : 32;
		bd->pos = xreallocarray(bd->pos, bd->pos_cap, sizeof *bd->pos);
	}
	bd->pos[(*n)++] = pos;
}

/* Cut the block's text into runs of one style, from its inline spans and
 * the mentions that fall in it; returns how many. */
static size_t
block_runs(struct builder *bd, const struct block *b,
    const struct entities *e, unsigned role, unsigned attr)
{
	size_t	 nev = 0, npos = 0, nruns = 0, i, k, ei, m0, m1, mj, ci = 0;
	size_t	 base = b->body_off;
	int	 count[4] = { 0, 0, 0, 0 };	/* em, strong, code, link */
	long	 link = -1;
	/* A row's header cells are headings. */
	bool	 cells = b->kind == BLOCK_ROW && role == ROLE_TEXT;

	/* The mentions in the block: [m0, m1). */
	m0 = m1 = 0;
	if (e != NULL && base != DOC_NOT_IN_BODY) {
		while (bd->mention < e->nmentions &&
		    e->mentions[bd->mention].end <= base)
			bd->mention++;
		m0 = m1 = bd->mention;
		while (m1 < e->nmentions &&
		    e->mentions[m1].start < base + b->len)
			m1++;
	}

	if (b->nspans * 2 > bd->events_cap) {
		bd->events_cap = b->nspans * 2;
		bd->events = xreallocarray(bd->events, bd->events_cap,
		    sizeof *bd->events);
	}
	add_pos(bd, &npos, 0);
	for (i = 0; i < b->nspans; i++) {
		const struct inline_span *sp = &b->spans[i];
		size_t	 s = sp->start, t = sp->end;

		if (t > b->len)
			t = b->len;
		if (s >= t)
			continue;
		bd->events[nev].pos = s;
		bd->events[nev].style = sp->style;
		bd->events[nev].link = sp->link;
		bd->events[nev++].delta = 1;
		bd->events[nev].pos = t;
		bd->events[nev].style = sp->style;
		bd->events[nev].link = sp->link;
		bd->events[nev++].delta = -1;
		add_pos(bd, &npos, s);
		add_pos(bd, &npos, t);
	}
	for (i = m0; i < m1; i++) {
		const struct mention *m = &e->mentions[i];

		add_pos(bd, &npos, m->start > base ? m->start - base : 0);
		add_pos(bd, &npos, m->end - base < b->len ? m->end - base :
		    b->len);
	}
	for (i = 0; cells && i < b->ncells; i++) {
		add_pos(bd, &npos, b->cells[i].start);
		add_pos(bd, &npos, b->cells[i].end);
	}
	if (nev > 0)
		qsort(bd->events, nev, sizeof *bd->events, event_cmp);
	qsort(bd->pos, npos, sizeof *bd->pos, pos_cmp);

	ei = 0;
	mj = m0;
	for (k = 0; k < npos; k++) {
		size_t		 p = bd->pos[k], next;
		unsigned	 r = role, a = attr;
		long		 ent = -1;

		if (p >= b->len)
			break;
		if (k + 1 < npos && bd->pos[k + 1] == p)
			continue;
		next = k + 1 < npos && bd->pos[k + 1] < b->len ?
		    bd->pos[k + 1] : b->len;
		for (; ei < nev && bd->events[ei].pos <= p; ei++) {
			unsigned st = bd->events[ei].style;
			int	 d = bd->events[ei].delta;

			if (st & INL_EM)
				count[0] += d;
			if (st & INL_STRONG)
				count[1] += d;
			if (st & INL_CODE)
				count[2] += d;
			if (st & INL_LINK) {
				count[3] += d;
				/* The link of the innermost span open. */
				if (d > 0)
					link = (long)bd->events[ei].link;
			}
		}
		if (count[0] > 0)
			a |= ATTR_ITALIC;
		if (count[1] > 0)
			a |= ATTR_BOLD;
		if (count[2] > 0)
			a |= ATTR_CODE;
		while (cells && ci < b->ncells && b->cells[ci].end <= p)
			ci++;
		if (cells && ci < b->ncells && b->cells[ci].start <= p &&
		    b->cells[ci].head)
			r = ROLE_HEADING;
		if (count[3] > 0)
			r = ROLE_LINK;
		while (mj < m1 && e->mentions[mj].end <= base + p)
			mj++;
		if (mj < m1 && e->mentions[mj].start <= base + p &&
		    e->mentions[mj].entity < e->n)
			ent = (long)e->mentions[mj].entity;
		add_run(bd, &nruns, p, next, r, a, ent,
		    count[3] > 0 ? link : -1);
	}
	if (nruns == 0)
		add_run(bd, &nruns, 0, b->len, role, attr, -1, -1);
	return nruns;
}

/* Wrapping. */

/* Add text[start, end) to the open line in the styles of its runs. */
static void
put_text(struct builder *bd, struct source *src, size_t start, size_t end)
{
	const char	*s = src->text;
	size_t		 i = start, col = 0, j, n;
	uint32_t	 cp;

	while (i < end) {
		const struct run *r = run_at(src, i);
		size_t	 stop = r->end < end ? r->end : end;

		/* Plain ASCII goes in at once. */
		for (j = i; j < stop; j++) {
			unsigned char c = (unsigned char)s[j];

			if (c < 0x20 || c >= 0x7f)
				break;
		}
		if (j > i) {
			line_add(bd, s + i, j - i, j - i, r->role, r->attr,
			    r->entity, r->link);
			col += j - i;
			i = j;
			continue;
		}
		n = utf8_decode(s + i, end - i, &cp);
		if (cp == '\t') {
			size_t	 tw = src->pre ? TAB_STOP - col % TAB_STOP : 1;

			if (src->avail != UNLIMITED && col + tw > src->avail)
				tw = src->avail > col ? src->avail - col : 0;
			for (j = 0; j < tw; j++)
				line_add(bd, " ", 1, 1, r->role, r->attr,
				    r->entity, r->link);
			col += tw;
		} else if (cp == UTF8_REPLACEMENT && n == 1) {
			line_add(bd, "\xef\xbf\xbd", 3, 1, r->role, r->attr,
			    r->entity, r->link);
			col++;
		} else if (!utf8_is_control(cp)) {
			int	 w = utf8_cpwidth(cp);

			line_add(bd, s + i, n, (size_t)w, r->role, r->attr,
			    r->entity, r->link);
			col += (size_t)w;
		}
		i += n;
	}
}

/* Put text[start, end) on a line of its own, after the prefix; or, when
 * collecting a cell's pieces, note it as one. */
static void
emit(struct builder *bd, struct source *src, size_t start, size_t end,
    int first)
{
	const char	*s = src->text, *prefix = first ? src->first : src->rest;

	if (!src->pre)
		while (end > start && ascii_is_blank((unsigned char)s[end - 1]))
			end--;
	if (bd->collect) {
		if (bd->npieces == bd->pieces_cap) {
			bd->pieces_cap = bd->pieces_cap ? bd->pieces_cap * 2 :
			    16;
			bd->pieces = xreallocarray(bd->pieces, bd->pieces_cap,
			    sizeof *bd->pieces);
		}
		bd->pieces[bd->npieces].start = start;
		bd->pieces[bd->npieces++].end = end;
		return;
	}
	line_begin(bd, src->block, start);
	if (*prefix != '\0')
		line_add(bd, prefix, strlen(prefix), src->prefix_cols,
		    src->prefix_role, 0, -1, -1);
	put_text(bd, src, start, end);
	line_end(bd);
}

/* Lay out one line of the source, text[hs, he), which holds no newline:
 * greedily, breaking at the last chance before the width runs out. */
static void
wrap_line(struct builder *bd, struct source *src, size_t hs, size_t he,
    int *first)
{
	const char	*s = src->text;
	size_t		 p = hs, avail = src->avail;
	int		 emitted = 0;

	do {
		size_t	 start, q, qn, end, next, brk = 0, cols = 0, cw;
		size_t	 prev_w = 0;
		uint32_t c, prev = 0;
		int	 prev_space = 0;

		if (!src->pre) {
			while (p < he && ascii_is_blank((unsigned char)s[p]))
				p++;
			if (p == he && emitted)
				break;
		}
		start = q = p;
		end = next = he;
		while (q < he) {
			c = (unsigned char)s[q];
			if (c > 0x20 && c < 0x7f && (q + 1 == he ||
			    (unsigned char)s[q + 1] < 0x80)) {
				qn = q + 1;	/* plain ASCII */
				cw = 1;
			} else
				qn = cluster(s, q, he, &c, &cw, avail);
			if (cw == 0 && c != '\t' && c != ' ') {
				q = qn;		/* a control, dropped */
				continue;
			}
			if (c == '\t' && src->pre) {
				size_t	 tw = TAB_STOP - cols % TAB_STOP;

				if (avail != UNLIMITED && cols >= avail) {
					end = next = q;
					break;
				}
				if (avail != UNLIMITED && cols + tw > avail)
					tw = avail - cols;
				cols += tw;
				q = qn;
				continue;
			}
			if (ascii_is_blank(c) && !src->pre) {
				/* A row's " | " stays at the end of a line. */
				int bar = src->row && qn + 1 < he &&
				    s[qn] == '|' && s[qn + 1] == ' ';

				if (avail != UNLIMITED && cols + 1 > avail) {
					end = next = bar && brk > start ? brk :
					    q;
					break;
				}
				if (!bar)
					brk = q;
				cols++;
				prev_space = 1;
				q = qn;
				continue;
			}
			/* A line may break between wide characters. */
			if (!src->pre && q > start && !prev_space &&
			    (cw == 2 || prev_w == 2) &&
			    !no_break_before(c) && !no_break_after(prev))
				brk = q;
			if (avail != UNLIMITED && cols + cw > avail) {
				if (brk > start)
					end = next = brk;
				else if (q > start)
					end = next = q;	/* cut the word */
				else
					end = next = q + cut_cluster(s + q,
					    qn - q, avail);
				break;
			}
			cols += cw;
			/* Or after a hyphen or dash inside a word. */
			if (!src->pre && is_dash(c) && q > start &&
			    !prev_space && qn < he &&
			    !ascii_is_blank((unsigned char)s[qn]) &&
			    s[qn] != '-')
				brk = qn;
			prev = c;
			prev_w = cw;
			prev_space = 0;
			q = qn;
		}
		emit(bd, src, start, end, *first);
		*first = 0;
		emitted = 1;
		p = next;
	} while (p < he);
}

static void
lay_out(struct builder *bd, struct source *src)
{
	size_t	 hs = 0, he;
	int	 first = 1;

	src->cur = 0;
	for (;;) {
		for (he = hs; he < src->len && src->text[he] != '\n'; he++)
			;
		wrap_line(bd, src, hs, he, &first);
		if (he >= src->len)
			break;
		hs = he + 1;
	}
}

/* The prefixes of a block's lines, fitted in a third of the width. */
static void
block_prefix(const struct block *b, int width, struct buf *first,
    struct buf *rest)
{
	size_t	 maxp = width > 0 ? (size_t)width / 3 : UNLIMITED;
	size_t	 depth, indent, mw, i;
	char	 marker[32];

	depth = b->level < 1 ? 1 : (size_t)b->level;
	if (depth > MAX_DEPTH)
		depth = MAX_DEPTH;
	switch (b->kind) {
	case BLOCK_QUOTE:
		if (depth * 2 > maxp)
			depth = maxp / 2;
		for (i = 0; i < depth; i++)
			buf_adds(first, "\xe2\x94\x82 ");	/* "│ " */
		buf_add(rest, first->data, first->len);
		break;
	case BLOCK_LIST_ITEM:
		if (b->number > 0) {
			snprintf(marker, sizeof marker, "%d. ", b->number);
			mw = strlen(marker);
		} else {
			strcpy(marker, "\xe2\x80\xa2 ");	/* "• " */
			mw = 2;
		}
		indent = (depth - 1) * 2;
		if (indent + mw > maxp)
			indent = maxp > mw ? maxp - mw : 0;
		if (mw > maxp)
			break;
		for (i = 0; i < indent; i++) {
			buf_addc(first, ' ');
			buf_addc(rest, ' ');
		}
		buf_adds(first, marker);
		for (i = 0; i < mw; i++)
			buf_addc(rest, ' ');
		break;
	default:
		break;
	}
	buf_add(first, "", 0);
	buf_add(rest, "", 0);
}

static void
lay_out_block(struct builder *bd, const struct doc *d, size_t i,
    const struct entities *e, int width)
{
	const struct block *b = &d->blocks[i];
	struct source	 src;
	struct buf	 first = BUF_INIT, rest = BUF_INIT;
	unsigned	 role = ROLE_TEXT, attr = 0;

	switch (b->kind) {
	case BLOCK_HEADING:
		role = ROLE_HEADING;
		break;
	case BLOCK_QUOTE:
		role = ROLE_QUOTE;
		break;
	case BLOCK_CAPTION:
		role = ROLE_BYLINE;
		attr = ATTR_ITALIC;
		break;
	case BLOCK_ROW:
		if (doc_row_is_head(b))
			role = ROLE_HEADING;
		break;
	default:
		break;
	}
	memset(&src, 0, sizeof src);
	src.text = b->text;
	src.len = b->len;
	src.block = i;
	src.pre = b->kind == BLOCK_PRE;
	src.row = b->kind == BLOCK_ROW;
	src.nruns = block_runs(bd, b, e, role, attr);
	src.runs = bd->runs;
	block_prefix(b, width, &first, &rest);
	src.first = first.data;
	src.rest = rest.data;
	src.prefix_cols = utf8_width(first.data, first.len);
	src.prefix_role = (unsigned char)role;
	src.avail = width > 0 ? (size_t)width - src.prefix_cols : UNLIMITED;
	lay_out(bd, &src);
	buf_free(&first);
	buf_free(&rest);
}

/* Tables: the rows of a data table in columns, as wide as their widest
 * cell, narrowed (their cells wrapped) down to their longest word where
 * the width asks for it; a table that does not fit even so shows a row
 * a paragraph, its cells joined by " | " as the row's text has them. */

#define TABLE_GAP	2	/* blanks between two columns */
#define TABLE_NARROW	6	/* a column is narrowed to no less (nor
				   to less than its longest word) */
#define TABLE_MAX_COLS	64

struct column {
	size_t		 natural;	/* its widest cell, in columns */
	size_t		 min;		/* the narrowest it may be made */
	size_t		 w;		/* what it is given */
	int		 numbers;	/* its cells are figures: set right */
};

/* Cell k of row b: bytes [*start, *end) of its text. A row without cells
 * is one; a row shorter than the table has empty ones at its end. */
static void
row_cell(const struct block *b, size_t k, size_t *start, size_t *end)
{
	if (b->ncells == 0) {
		*start = 0;
		*end = k == 0 ? b->len : 0;
	} else if (k < b->ncells) {
		*start = b->cells[k].start;
		*end = b->cells[k].end;
	} else
		*start = *end = b->len;
}

static size_t
row_ncells(const struct block *b)
{
	return b->ncells > 0 ? b->ncells : 1;
}

/* The widths of text[start, end): its widest line (it may hold line
 * breaks) and its widest word, a line breaking at blanks and between
 * wide characters. */
static void
measure(const char *s, size_t start, size_t end, size_t *natural,
    size_t *word)
{
	size_t	 i = start, next, cw, line = 0, unit = 0, prev_w = 0;
	uint32_t c;

	*natural = *word = 0;
	while (i < end) {
		next = cluster(s, i, end, &c, &cw, UNLIMITED);
		if (c == '\n' || c == ' ' || c == '\t') {
			if (c == '\n')
				line = 0;
			else
				line++;
			unit = prev_w = 0;
		} else if (cw > 0) {
			if (cw >= 2 || prev_w >= 2)
				unit = 0;
			line += cw;
			unit += cw;
			prev_w = cw;
		}
		if (line > *natural)
			*natural = line;
		if (unit > *word)
			*word = unit;
		i = next;
	}
}

/* Whether text[start, end) is a figure: digits, and signs, units and
 * separators around them ("12", "-3.5%", "$1,200", "2:1", "(4)"): 1; a
 * dash alone, as a table has for no figure: -1; anything else: 0. */
static int
is_figure(const char *s, size_t start, size_t end)
{
	static const char signs[] = " .,:%+-/$()";
	size_t	 i = start;
	uint32_t cp;
	int	 digit = 0;

	while (i < end) {
		i += utf8_decode(s + i, end - i, &cp);
		if (cp >= '0' && cp <= '9')
			digit = 1;
		else if (cp < 0x80) {
			if (cp == 0 || strchr(signs, (int)cp) == NULL)
				return 0;
		} else if (!is_dash(cp) && cp != 0x2212 &&	/* − */
		    cp != 0x20ac && cp != 0xa3 && cp != 0xa5)	/* € £ ¥ */
			return 0;
	}
	return digit ? 1 : -1;
}

/* Give the columns their widths in width columns (UNLIMITED: as wide as
 * they are); false when they do not fit. */
static int
fit_columns(struct column *c, size_t n, size_t width)
{
	size_t	 k, gaps = (n - 1) * TABLE_GAP, sum = 0, mins = 0, lo, hi;
	size_t	 mid, avail, t;

	for (k = 0; k < n; k++) {
		sum += c[k].natural;
		mins += c[k].min;
		c[k].w = c[k].natural;
	}
	if (width == UNLIMITED || sum + gaps <= width)
		return 1;
	if (mins + gaps > width)
		return 0;
	/* The widest columns narrowed to one width, the highest that
	 * fits. */
	avail = width - gaps;
	lo = 0;
	hi = width;
	while (lo < hi) {
		mid = lo + (hi - lo + 1) / 2;
		for (k = 0, t = 0; k < n; k++)
			t += c[k].natural < mid ? c[k].natural :
			    c[k].min > mid ? c[k].min : mid;
		if (t <= avail)
			lo = mid;
		else
			hi = mid - 1;
	}
	for (k = 0, t = 0; k < n; k++) {
		c[k].w = c[k].natural < lo ? c[k].natural : c[k].min > lo ?
		    c[k].min : lo;
		t += c[k].w;
	}
	/* What is left, a column at a time to those narrowed. */
	for (k = 0; k < n && t < avail; k++) {
		if (c[k].w < c[k].natural) {
			c[k].w++;
			t++;
		}
	}
	return 1;
}

/* Lay out row bi in the columns: each cell wrapped to its column, the
 * row as many lines as its tallest cell. */
static void
lay_out_row(struct builder *bd, const struct doc *d, size_t bi,
    const struct entities *e, const struct column *col, size_t ncols,
    size_t *first, size_t *count)
{
	const struct block *b = &d->blocks[bi];
	struct source	 src;
	size_t		 k, line, height = 0, off = 0, start, end, hs, he;
	size_t		 pending, pw, ps, pe, at;
	int		 f;

	memset(&src, 0, sizeof src);
	src.text = b->text;
	src.len = b->len;
	src.block = bi;
	src.first = src.rest = "";
	src.nruns = block_runs(bd, b, e, doc_row_is_head(b) ? ROLE_HEADING :
	    ROLE_TEXT, 0);
	src.runs = bd->runs;

	/* Each cell's pieces, a line each. */
	bd->collect = true;
	bd->npieces = 0;
	for (k = 0; k < ncols; k++) {
		row_cell(b, k, &start, &end);
		first[k] = bd->npieces;
		src.avail = col[k].w;
		f = 1;
		for (hs = start;; hs = he + 1) {
			for (he = hs; he < end && b->text[he] != '\n'; he++)
				;
			wrap_line(bd, &src, hs, he, &f);
			if (he >= end)
				break;
		}
		count[k] = bd->npieces - first[k];
		if (count[k] > height)
			height = count[k];
	}
	bd->collect = false;

	for (line = 0; line < height; line++) {
		/* The line starts where the first of its pieces does. */
		if (line > 0) {
			at = b->len;
			for (k = 0; k < ncols; k++) {
				if (line < count[k] && bd->pieces[first[k] +
				    line].start < bd->pieces[first[k] +
				    line].end && bd->pieces[first[k] +
				    line].start < at)
					at = bd->pieces[first[k] + line].start;
			}
			if (at != b->len && at > off)
				off = at;
		}
		line_begin(bd, bi, off);
		pending = 0;
		for (k = 0; k < ncols; k++) {
			if (k > 0)
				pending += TABLE_GAP;
			ps = pe = 0;
			if (line < count[k]) {
				ps = bd->pieces[first[k] + line].start;
				pe = bd->pieces[first[k] + line].end;
			}
			pw = utf8_width(b->text + ps, pe - ps);
			if (pw > col[k].w)
				pw = col[k].w;
			if (col[k].numbers)
				pending += col[k].w - pw;
			if (pe > ps) {
				for (; pending > 0; pending--)
					line_add(bd, " ", 1, 1, ROLE_TEXT, 0, -1,
					    -1);
				put_text(bd, &src, ps, pe);
			}
			if (!col[k].numbers)
				pending += col[k].w - pw;
		}
		line_end(bd);
	}
}

/* A rule under the head of a table: a line of each column's width, at
 * the end of the last row of the head (off). */
static void
lay_out_rule(struct builder *bd, size_t bi, size_t off,
    const struct column *col, size_t ncols)
{
	size_t	 k, i;

	line_begin(bd, bi, off);
	for (k = 0; k < ncols; k++) {
		if (k > 0)
			for (i = 0; i < TABLE_GAP; i++)
				line_add(bd, " ", 1, 1, ROLE_TEXT, 0, -1, -1);
		for (i = 0; i < col[k].w; i++)
			line_add(bd, "\xe2\x94\x80", 3, 1, ROLE_BORDER, 0, -1,
			    -1);	/* ─ */
	}
	line_end(bd);
}

/* The rows [from, to) of one table: in columns when they fit in width,
 * else a paragraph each, set apart by blank lines. A column of figures
 * (its first row aside) is set right. */
static void
lay_out_table(struct builder *bd, const struct doc *d, size_t from,
    size_t to, const struct entities *e, int width)
{
	struct column	*col;
	size_t		 ncols = 0, i, k, start, end, nat, word, head = 0;
	size_t		*first, *count;
	int		 any;

	for (i = from; i < to; i++)
		if (row_ncells(&d->blocks[i]) > ncols)
			ncols = row_ncells(&d->blocks[i]);
	col = ncols <= TABLE_MAX_COLS ? xcalloc(ncols, sizeof *col) : NULL;
	for (k = 0; col != NULL && k < ncols; k++) {
		any = 0;
		col[k].numbers = 1;
		for (i = from; i < to; i++) {
			const struct block *b = &d->blocks[i];

			row_cell(b, k, &start, &end);
			measure(b->text, start, end, &nat, &word);
			if (nat > col[k].natural)
				col[k].natural = nat;
			if (word > col[k].min)
				col[k].min = word;
			if (start == end || (k < b->ncells &&
			    b->cells[k].head))
				continue;
			switch (is_figure(b->text, start, end)) {
			case 0:
				/* A first row of words heads the column,
				 * <th> or not. */
				if (i > from)
					col[k].numbers = 0;
				break;
			case 1:
				any = 1;
				break;
			}
		}
		if (!any)
			col[k].numbers = 0;
		if (col[k].min < TABLE_NARROW)
			col[k].min = TABLE_NARROW;
		if (col[k].min > col[k].natural)
			col[k].min = col[k].natural;
	}
	if (col == NULL || !fit_columns(col, ncols, width > 0 ?
	    (size_t)width : UNLIMITED)) {
		for (i = from; i < to; i++) {
			if (i > from)
				blank_line(bd, i);
			lay_out_block(bd, d, i, e, width);
		}
		free(col);
		return;
	}

	/* The head: the rows of header cells it starts with, ruled off
	 * from the rest. */
	while (from + head < to && doc_row_is_head(&d->blocks[from + head]))
		head++;
	first = xcalloc(ncols, sizeof *first);
	count = xcalloc(ncols, sizeof *count);
	for (i = from; i < to; i++) {
		lay_out_row(bd, d, i, e, col, ncols, first, count);
		if (head > 0 && i + 1 == from + head && i + 1 < to)
			lay_out_rule(bd, i, d->blocks[i].len, col, ncols);
	}
	free(first);
	free(count);
	free(col);
}

/* The header. */

static void
lay_out_text(struct builder *bd, const char *text, size_t len,
    unsigned role, int width)
{
	struct source	 src;
	struct run	 run;

	memset(&run, 0, sizeof run);
	run.end = len;
	run.role = (unsigned char)role;
	run.entity = -1;
	run.link = -1;
	memset(&src, 0, sizeof src);
	src.text = text;
	src.len = len;
	src.block = LAYOUT_HEADER;
	src.runs = &run;
	src.nruns = 1;
	src.first = src.rest = "";
	src.avail = width > 0 ? (size_t)width : UNLIMITED;
	lay_out(bd, &src);
}

static void
lay_out_header(struct builder *bd, const struct doc *d, int width,
    unsigned flags)
{
	struct buf	 b = BUF_INIT;
	const char	*sep = " \xc2\xb7 ";	/* " · " */
	const char	*title = doc_headline(d);
	char		*date;

	if ((flags & LAYOUT_TITLE) && title != NULL && *title != '\0')
		lay_out_text(bd, title, strlen(title), ROLE_TITLE, width);
	if (!(flags & LAYOUT_BYLINE))
		return;
	if (d->byline != NULL && *d->byline != '\0') {
		if (strncasecmp(d->byline, "by ", 3) != 0)
			buf_adds(&b, "By ");
		buf_adds(&b, d->byline);
	}
	if (d->date != NULL && *d->date != '\0') {
		if (b.len > 0)
			buf_adds(&b, sep);
		date = date_display(d->date);
		buf_adds(&b, date);
		free(date);
	}
	if (d->site != NULL && *d->site != '\0') {
		if (b.len > 0)
			buf_adds(&b, sep);
		buf_adds(&b, d->site);
	}
	if (b.len > 0)
		lay_out_text(bd, b.data, b.len, ROLE_BYLINE, width);
	buf_free(&b);
}

struct layout *
layout_build(const struct doc *d, const struct entities *e, int width,
    unsigned flags)
{
	struct builder	 bd;
	struct layout	*l = xcalloc(1, sizeof *l);
	const struct block *prev;
	size_t		 i, j, t, sg;
	int		 blank = 0;

	if (width < 0)
		width = 0;
	l->width = width;
	memset(&bd, 0, sizeof bd);
	bd.l = l;

	lay_out_header(&bd, d, width, flags);
	blank = l->n > 0;
	prev = NULL;
	for (i = 0; i < d->nblocks; i++) {
		const struct block *b = &d->blocks[i];

		if (b->text == NULL || b->len == 0)
			continue;
		/* Items of one list stay together; other blocks are set
		 * apart by a blank line. */
		if (blank && !(prev != NULL && prev->kind == BLOCK_LIST_ITEM &&
		    b->kind == BLOCK_LIST_ITEM))
			blank_line(&bd, i);
		blank = 1;
		if (b->kind == BLOCK_ROW) {
			/* The rows of one table, together. */
			for (j = i + 1; j < d->nblocks &&
			    d->blocks[j].kind == BLOCK_ROW &&
			    d->blocks[j].level == b->level &&
			    d->blocks[j].text != NULL && d->blocks[j].len > 0;
			    j++)
				;
			lay_out_table(&bd, d, i, j, e, width);
			i = j - 1;
			prev = &d->blocks[i];
			continue;
		}
		lay_out_block(&bd, d, i, e, width);
		prev = b;
	}

	/* The lines' text and segs were kept in two arrays while they grew:
	 * point the lines into them. */
	l->textbuf = buf_finish(&bd.text, NULL);
	l->segbuf = bd.segs;
	for (i = 0, t = 0, sg = 0; i < l->n; i++) {
		struct line *line = &l->lines[i];

		line->text = l->textbuf + t;
		line->segs = line->nsegs > 0 ? l->segbuf + sg : NULL;
		t += line->len + 1;
		sg += line->nsegs;
	}
	free(bd.runs);
	free(bd.events);
	free(bd.pos);
	free(bd.pieces);
	return l;
}

void
layout_free(struct layout *l)
{
	if (l == NULL)
		return;
	free(l->lines);
	free(l->textbuf);
	free(l->segbuf);
	free(l);
}

/* Whether line lies at or before (block, off); title and byline lines
 * lie before every block. */
static int
at_or_before(const struct line *line, size_t block, size_t off)
{
	if (line->block == LAYOUT_HEADER)
		return 1;
	if (line->block != block)
		return line->block < block;
	return line->off <= off;
}

size_t
layout_find(const struct layout *l, size_t block, size_t off)
{
	size_t	 lo = 0, hi, mid;

	if (l->n == 0 || block == LAYOUT_HEADER)
		return 0;
	/* The last line at or before (block, off). */
	hi = l->n;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (at_or_before(&l->lines[mid], block, off))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 ? lo - 1 : 0;
}
