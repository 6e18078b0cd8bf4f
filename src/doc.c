/* doc.c: the article model. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "buf.h"
#include "doc.h"
#include "utf8.h"
#include "xmalloc.h"

struct doc *
doc_new(void)
{
	return xcalloc(1, sizeof(struct doc));
}

const char *
doc_headline(const struct doc *d)
{
	return d->headline != NULL ? d->headline : d->title;
}

static void
navlink_free(struct navlink *l)
{
	free(l->href);
	free(l->title);
	free(l->file);
	memset(l, 0, sizeof *l);
}

void
doc_free(struct doc *d)
{
	size_t	 i;

	if (d == NULL)
		return;
	free(d->title);
	free(d->headline);
	free(d->byline);
	free(d->date);
	free(d->site);
	free(d->lang);
	free(d->url);
	free(d->feed);
	for (i = 0; i < d->nblocks; i++) {
		free(d->blocks[i].spans);
		free(d->blocks[i].cells);
	}
	free(d->blocks);
	for (i = 0; i < d->nlinks; i++) {
		free(d->links[i]);
		if (d->link_files != NULL)
			free(d->link_files[i]);
	}
	free(d->links);
	free(d->link_files);
	for (i = 0; i < d->nanchors; i++)
		free(d->anchors[i].id);
	free(d->anchors);
	navlink_free(&d->prev);
	navlink_free(&d->next);
	free(d->body);
	free(d->b.buf);
	free(d);
}

/* Collapse runs of white space in place to one space; trim the ends.
 * Here, as everywhere in this file, the text has been through
 * utf8_clean(), which leaves no carriage return or form feed: white
 * space (ascii_is_space) is a space, a tab or a line feed. */
static size_t
collapse(char *s, size_t len)
{
	size_t	 i, o = 0;
	int	 space = 0;

	for (i = 0; i < len; i++) {
		if (ascii_is_space((unsigned char)s[i])) {
			space = 1;
			continue;
		}
		if (space && o > 0)
			s[o++] = ' ';
		space = 0;
		s[o++] = s[i];
	}
	s[o] = '\0';
	return o;
}

void
doc_set(char **field, const char *s, size_t len)
{
	char	*t;
	size_t	 n;

	free(*field);
	*field = NULL;
	if (s == NULL)
		return;
	if (len == (size_t)-1)
		len = strlen(s);
	t = utf8_clean(s, len, UTF8_CLEAN_TEXT, &n);
	if (collapse(t, n) == 0) {
		free(t);
		return;
	}
	*field = t;
}

/* A link target as a browser reads it: clean, without tabs and line
 * breaks, without space at its ends. NULL when nothing is left. */
static char *
clean_href(const char *s)
{
	char	*t;
	size_t	 n, i, o = 0;

	t = utf8_clean(s, strlen(s), UTF8_CLEAN_PRE, &n);
	for (i = 0; i < n; i++) {
		if (t[i] == '\t' || t[i] == '\n' || (t[i] == ' ' && o == 0))
			continue;
		t[o++] = t[i];
	}
	while (o > 0 && t[o - 1] == ' ')
		o--;
	t[o] = '\0';
	if (o == 0) {
		free(t);
		return NULL;
	}
	return t;
}

static struct block *
new_block(struct doc *d, enum block_kind kind, int level)
{
	struct block	*b;

	if (d->nblocks == d->blocks_cap) {
		d->blocks_cap = d->blocks_cap ? d->blocks_cap * 2 : 16;
		d->blocks = xreallocarray(d->blocks, d->blocks_cap,
		    sizeof *d->blocks);
	}
	b = &d->blocks[d->nblocks++];
	memset(b, 0, sizeof *b);
	b->kind = kind;
	b->level = level;
	b->body_off = DOC_NOT_IN_BODY;
	return b;
}

/*
 * The texts of the blocks, one after the other in d->b.buf: one
 * allocation for them all, which doc_finish() makes the body.
 */

/* The buffer made cap bytes long. The texts move when it does: the
 * blocks there point to them again. */
static void
bt_resize(struct doc *d, size_t cap)
{
	struct block	*b;
	size_t		 i;
	char		*p;

	d->b.cap = cap;
	d->b.buf = xreallocarray(d->b.buf, d->b.cap, 1);
	p = d->b.buf;
	for (i = d->in_body; i < d->nblocks; i++) {
		b = &d->blocks[i];
		if (b->text == NULL)
			continue;	/* the open block, or one being made */
		b->text = p;
		p += b->len + 2;
	}
	d->b.text = d->b.buf + d->b.used;
}

/* Room for n more bytes of the open block's text and the two NULs after
 * it. */
static void
bt_reserve(struct doc *d, size_t n)
{
	size_t	 need = d->b.used + d->b.len + n + 2, cap = d->b.cap;

	if (need <= cap)
		return;
	while (need > cap)
		cap = cap ? cap * 2 : 4096;
	bt_resize(d, cap);
}

void
doc_reserve(struct doc *d, size_t nblocks, size_t len)
{
	size_t	 need = d->b.used + d->b.len + len + 2 * nblocks + 2;

	if (nblocks > d->blocks_cap - d->nblocks) {
		d->blocks_cap = d->nblocks + nblocks;
		d->blocks = xreallocarray(d->blocks, d->blocks_cap,
		    sizeof *d->blocks);
	}
	if (need > d->b.cap)
		bt_resize(d, need);
}

/* The open block's text, its first len bytes, is the text of block b
 * (the last, whose text it has no other). */
static void
bt_end(struct doc *d, struct block *b, size_t len)
{
	d->b.text[len] = '\0';
	d->b.text[len + 1] = '\0';
	b->text = d->b.text;
	b->len = len;
	d->b.used += len + 2;
	d->b.text = d->b.buf + d->b.used;
	d->b.len = 0;
}

/* Block b, the last, gets a copy of text as its text. */
static void
bt_set(struct doc *d, struct block *b, const char *text, size_t len)
{
	bt_reserve(d, len);
	memcpy(d->b.text, text, len);
	bt_end(d, b, len);
}

/* Trim white space at the ends of each line of preformatted text's
 * block: only blank lines at the start and the end go. */
static size_t
trim_pre(char *s, size_t len)
{
	size_t	 start = 0, end = len, i;

	for (i = 0; i < len; i++) {
		if (s[i] == '\n')
			start = i + 1;
		else if (!ascii_is_space((unsigned char)s[i]))
			break;
	}
	if (i == len)
		start = len;
	while (end > start && ascii_is_space((unsigned char)s[end - 1]))
		end--;
	memmove(s, s + start, end - start);
	s[end - start] = '\0';
	return end - start;
}

struct block *
doc_add_block(struct doc *d, enum block_kind kind, int level,
    const char *text, size_t len)
{
	struct block	*b;
	char		*t;
	size_t		 n;

	if (d->b.open)
		doc_block_end(d);
	if (len == (size_t)-1)
		len = strlen(text);
	t = utf8_clean(text, len,
	    kind == BLOCK_PRE ? UTF8_CLEAN_PRE : UTF8_CLEAN_TEXT, &n);
	n = kind == BLOCK_PRE ? trim_pre(t, n) : collapse(t, n);
	if (n == 0) {
		free(t);
		return NULL;
	}
	b = new_block(d, kind, level);
	bt_set(d, b, t, n);
	free(t);
	return b;
}

void
doc_pop_block(struct doc *d)
{
	struct block	*b;

	if (d->b.open)
		doc_block_end(d);
	if (d->nblocks == 0)
		return;
	b = &d->blocks[--d->nblocks];
	if (d->nblocks >= d->in_body) {
		/* Its text is the last in the buffer. */
		d->b.used -= b->len + 2;
		d->b.text = d->b.buf + d->b.used;
	} else
		d->in_body = d->nblocks;
	free(b->spans);
	free(b->cells);
	memset(b, 0, sizeof *b);
}

struct block *
doc_add_raw(struct doc *d, const char *text, size_t len)
{
	struct block	*b;
	char		*t;
	size_t		 n;

	if (d->b.open)
		doc_block_end(d);
	if (len == (size_t)-1)
		len = strlen(text);
	t = utf8_clean(text, len, UTF8_CLEAN_RAW, &n);
	if (n == 0) {
		free(t);
		return NULL;
	}
	b = new_block(d, BLOCK_PRE, 0);
	bt_set(d, b, t, n);
	free(t);
	return b;
}

/* The block under construction lives in d->b until doc_block_end(); its
 * spans are kept in the last block slot, reserved by doc_block_begin(). */

static void
bt_add(struct doc *d, const char *s, size_t n)
{
	bt_reserve(d, n);
	memcpy(d->b.text + d->b.len, s, n);
	d->b.len += n;
	d->b.text[d->b.len] = '\0';
}

static struct block *
open_block(struct doc *d)
{
	return d->b.open ? &d->blocks[d->nblocks - 1] : NULL;
}

void
doc_block_begin(struct doc *d, enum block_kind kind, int level)
{
	if (d->b.open)
		doc_block_end(d);
	new_block(d, kind, level);
	d->b.open = 1;
	d->b.pending_space = 0;
	d->b.len = 0;
	d->b.depth = 0;
	bt_reserve(d, 0);
}

bool
doc_block_is_open(const struct doc *d)
{
	return d->b.open != 0;
}

/* Add clean text t to the open block, each run of white space one space
 * (none at the block's start, nor after a line break), one that ends it
 * pending. When plain, text that utf8_clean() would change (a control,
 * a byte past ASCII) is refused, and nothing is added. */
static bool
collapse_into(struct doc *d, const char *t, size_t n, bool plain)
{
	char		*p;
	size_t		 i, o;
	int		 pending = d->b.pending_space;
	unsigned char	 c;

	bt_reserve(d, n + 1);
	p = d->b.text;
	o = d->b.len;
	for (i = 0; i < n; ) {
		c = (unsigned char)t[i];
		if (c == ' ' || c == '\n' || c == '\t') {
			pending = 1;
			i++;
			continue;
		}
		if (plain && (c < 0x20 || c >= 0x7f)) {
			p[d->b.len] = '\0';
			return false;
		}
		if (pending) {
			if (o > 0 && !ascii_is_space((unsigned char)p[o - 1]))
				p[o++] = ' ';
			pending = 0;
		}
		/* A word: up to white space, or, when plain, to a byte that
		 * is not printable ASCII. */
		p[o++] = t[i++];
		if (plain) {
			while (i < n && (unsigned char)t[i] - 0x21u < 0x5eu)
				p[o++] = t[i++];
		} else {
			while (i < n && !ascii_is_space((unsigned char)t[i]))
				p[o++] = t[i++];
		}
	}
	p[o] = '\0';
	d->b.len = o;
	d->b.pending_space = pending;
	return true;
}

void
doc_block_text(struct doc *d, const char *s, size_t len)
{
	struct block	*b = open_block(d);
	char		*t;
	size_t		 n;

	if (b == NULL)
		return;
	if (len == (size_t)-1)
		len = strlen(s);
	if (len == 0)
		return;
	if (b->kind == BLOCK_PRE) {
		t = utf8_clean(s, len, UTF8_CLEAN_PRE, &n);
		bt_add(d, t, n);
		free(t);
		return;
	}
	/* Plain ASCII, most of a page's text, is its own clean copy: it
	 * goes into the block at once; other text is cleaned first. */
	if (!collapse_into(d, s, len, true)) {
		t = utf8_clean(s, len, UTF8_CLEAN_TEXT, &n);
		collapse_into(d, t, n, false);
		free(t);
	}
}

void
doc_block_break(struct doc *d)
{
	struct block	*b = open_block(d);

	if (b == NULL || d->b.len == 0)
		return;
	if (d->b.text[d->b.len - 1] == '\n')
		return;
	/* A span begun just before puts in the space it starts after: the
	 * break takes its place, so that the span starts on the next line
	 * and no line ends in a space. */
	if (b->kind != BLOCK_PRE && d->b.text[d->b.len - 1] == ' ')
		d->b.len--;
	bt_add(d, "\n", 1);
	d->b.pending_space = 0;
}

/* A cell's end while it is open. */
#define CELL_OPEN	((size_t)-1)

void
doc_cell_begin(struct doc *d, bool head)
{
	struct block	*b = open_block(d);
	struct doc_cell	*c;

	if (b == NULL || b->kind != BLOCK_ROW)
		return;
	doc_cell_end(d);
	if (b->ncells == b->cells_cap) {
		b->cells_cap = b->cells_cap ? b->cells_cap * 2 : 8;
		b->cells = xreallocarray(b->cells, b->cells_cap,
		    sizeof *b->cells);
	}
	c = &b->cells[b->ncells++];
	/* A space pending goes before the cell's text: the cell's ends
	 * are trimmed when the block ends. */
	c->start = d->b.len;
	c->end = CELL_OPEN;
	c->head = head;
}

void
doc_cell_end(struct doc *d)
{
	struct block	*b = open_block(d);

	if (b == NULL || b->ncells == 0 ||
	    b->cells[b->ncells - 1].end != CELL_OPEN)
		return;
	b->cells[b->ncells - 1].end = d->b.len;
}

bool
doc_row_is_head(const struct block *b)
{
	size_t	 i;

	if (b->kind != BLOCK_ROW || b->ncells == 0)
		return false;
	for (i = 0; i < b->ncells; i++)
		if (!b->cells[i].head)
			return false;
	return true;
}

/* Fit a row's cells to its finished text: inside it, in order, without
 * white space at their ends. */
static void
trim_cells(struct block *b)
{
	size_t	 i, s, e, floor = 0;

	for (i = 0; i < b->ncells; i++) {
		struct doc_cell *c = &b->cells[i];

		s = c->start;
		e = c->end == CELL_OPEN ? b->len : c->end;
		if (e > b->len)
			e = b->len;
		if (s < floor)
			s = floor;
		if (s > e)
			s = e;
		while (s < e && ascii_is_space((unsigned char)b->text[s]))
			s++;
		while (e > s && ascii_is_space((unsigned char)b->text[e - 1]))
			e--;
		c->start = s;
		c->end = e;
		floor = e;
	}
	if (b->ncells == 0) {
		free(b->cells);
		b->cells = NULL;
		b->cells_cap = 0;
	}
}

/* Where text added now will start: after a pending space. */
static size_t
text_pos(struct doc *d)
{
	if (d->b.pending_space && d->b.len > 0 &&
	    !ascii_is_space((unsigned char)d->b.text[d->b.len - 1])) {
		bt_add(d, " ", 1);
		d->b.pending_space = 0;
	}
	return d->b.len;
}

void
doc_span_begin(struct doc *d, unsigned style, const char *href)
{
	struct block		*b = open_block(d);
	struct inline_span	*sp;
	char			*target;

	if (b == NULL)
		return;
	if (d->b.depth >= sizeof d->b.start / sizeof d->b.start[0]) {
		d->b.depth++;	/* too deep: counted, not recorded */
		return;
	}
	if (b->nspans == b->spans_cap) {
		b->spans_cap = b->spans_cap ? b->spans_cap * 2 : 2;
		b->spans = xreallocarray(b->spans, b->spans_cap,
		    sizeof *b->spans);
	}
	sp = &b->spans[b->nspans];
	memset(sp, 0, sizeof *sp);
	sp->start = sp->end = text_pos(d);
	sp->style = style;
	if ((style & INL_LINK) && href != NULL &&
	    (target = clean_href(href)) != NULL) {
		if (d->nlinks == d->links_cap) {
			d->links_cap = d->links_cap ? d->links_cap * 2 : 16;
			d->links = xreallocarray(d->links, d->links_cap,
			    sizeof *d->links);
		}
		d->links[d->nlinks] = target;
		sp->link = d->nlinks++;
	} else
		sp->style &= ~INL_LINK;
	d->b.start[d->b.depth++] = b->nspans++;
}

void
doc_span_end(struct doc *d)
{
	struct block	*b = open_block(d);

	if (b == NULL || d->b.depth == 0)
		return;
	d->b.depth--;
	if (d->b.depth >= sizeof d->b.start / sizeof d->b.start[0])
		return;
	b->spans[d->b.start[d->b.depth]].end = d->b.len;
}

struct block *
doc_block_end(struct doc *d)
{
	struct block	*b = open_block(d);
	size_t		 i, n, lead = 0;

	if (b == NULL)
		return NULL;
	while (d->b.depth > 0)
		doc_span_end(d);
	d->b.open = 0;
	n = d->b.len;
	if (b->kind == BLOCK_PRE) {
		/* Drop blank lines at the start, space at the end. */
		for (i = 0; i < n; i++) {
			if (d->b.text[i] == '\n')
				lead = i + 1;
			else if (!ascii_is_space((unsigned char)d->b.text[i]))
				break;
		}
		if (i == n)
			lead = n;
	}
	while (n > lead && (ascii_is_space((unsigned char)d->b.text[n - 1])))
		n--;
	if (n == lead) {
		free(b->spans);
		free(b->cells);
		d->nblocks--;
		d->b.len = 0;
		return NULL;
	}
	memmove(d->b.text, d->b.text + lead, n - lead);
	bt_end(d, b, n - lead);
	/* Shift the spans, clip them to the text, drop the empty ones. */
	for (i = 0, n = 0; i < b->nspans; i++) {
		struct inline_span *sp = &b->spans[i];

		sp->start = sp->start < lead ? 0 : sp->start - lead;
		sp->end = sp->end < lead ? 0 : sp->end - lead;
		if (sp->end > b->len)
			sp->end = b->len;
		/* A span may begin on the separating space. */
		while (sp->start < sp->end && b->text[sp->start] == ' ')
			sp->start++;
		if (sp->start < sp->end)
			b->spans[n++] = *sp;
	}
	b->nspans = n;
	trim_cells(b);
	/* Room for spans is made two at a time: give back what is left. */
	if (n == 0) {
		free(b->spans);
		b->spans = NULL;
		b->spans_cap = 0;
	} else if (n < b->spans_cap) {
		b->spans = xreallocarray(b->spans, n, sizeof *b->spans);
		b->spans_cap = n;
	}
	return b;
}

void
doc_set_nav(struct navlink *l, const char *href, const char *title)
{
	if (href != NULL) {
		free(l->href);
		l->href = clean_href(href);
	}
	if (title != NULL)
		doc_set(&l->title, title, (size_t)-1);
}

/* The texts of the blocks (in the buffer, none in a body) made the body
 * where they are: each moves back to its place in it, the captions go
 * after its end, and the buffer is cut to the size of what it holds. */
static void
finish_in_place(struct doc *d)
{
	struct block	*bl;
	char		*caps = NULL, *p;
	size_t		 i, len = 0, ncaps = 0, at = 0;

	for (i = 0; i < d->nblocks; i++) {
		if (d->blocks[i].kind == BLOCK_CAPTION)
			ncaps += d->blocks[i].len + 1;
	}
	if (ncaps > 0) {
		caps = xmalloc(ncaps);
		for (i = 0; i < d->nblocks; i++) {
			bl = &d->blocks[i];
			if (bl->kind != BLOCK_CAPTION)
				continue;
			memcpy(caps + at, bl->text, bl->len + 1);
			at += bl->len + 1;
		}
	}
	/* A text never moves forward: what was before it in the buffer
	 * (texts, two bytes after each) is no less than what is before it
	 * in the body (texts but captions, two bytes between them). */
	for (i = 0; i < d->nblocks; i++) {
		bl = &d->blocks[i];
		if (bl->kind == BLOCK_CAPTION) {
			bl->body_off = DOC_NOT_IN_BODY;
			continue;
		}
		if (len > 0) {
			memcpy(d->b.buf + len, "\n\n", 2);
			len += 2;
		}
		bl->body_off = len;
		memmove(d->b.buf + len, bl->text, bl->len);
		len += bl->len;
	}
	d->b.buf[len] = '\0';
	if (ncaps > 0)
		memcpy(d->b.buf + len + 1, caps, ncaps);
	free(caps);
	d->body = xreallocarray(d->b.buf, len + 1 + ncaps, 1);
	d->body_len = len;
	for (i = 0, p = d->body + len + 1; i < d->nblocks; i++) {
		bl = &d->blocks[i];
		if (bl->kind == BLOCK_CAPTION) {
			bl->text = p;
			p += bl->len + 1;
		} else
			bl->text = d->body + bl->body_off;
	}
	d->b.buf = d->b.text = NULL;
	d->b.used = d->b.cap = 0;
}

/* The body built again, a copy of the texts wherever they are: those
 * of the blocks of an earlier body and of those added since. */
static void
finish_copy(struct doc *d)
{
	struct block	*bl;
	size_t		 i, len = 0, all = 0;
	char		*p, *t;

	for (i = 0; i < d->nblocks; i++) {
		bl = &d->blocks[i];
		if (bl->kind == BLOCK_CAPTION) {
			bl->body_off = DOC_NOT_IN_BODY;
			all += bl->len + 1;
			continue;
		}
		if (len > 0)
			len += 2;
		bl->body_off = len;
		len += bl->len;
	}
	all += len + 1;
	p = xmalloc(all);
	t = p + len + 1;
	for (i = 0; i < d->nblocks; i++) {
		bl = &d->blocks[i];
		if (bl->body_off == DOC_NOT_IN_BODY) {
			memcpy(t, bl->text, bl->len);
			t[bl->len] = '\0';
			bl->text = t;
			t += bl->len + 1;
			continue;
		}
		if (bl->body_off > 0)
			memcpy(p + bl->body_off - 2, "\n\n", 2);
		memcpy(p + bl->body_off, bl->text, bl->len);
		bl->text = p + bl->body_off;
	}
	p[len] = '\0';
	free(d->body);
	free(d->b.buf);
	d->body = p;
	d->body_len = len;
	d->b.buf = d->b.text = NULL;
	d->b.used = d->b.cap = 0;
}

void
doc_finish(struct doc *d)
{
	if (d->b.open)
		doc_block_end(d);
	/* The arrays' room to grow is not needed any more: a long page's
	 * doc is held while its names are found. */
	if (d->nblocks > 0 && d->nblocks < d->blocks_cap) {
		d->blocks = xreallocarray(d->blocks, d->nblocks,
		    sizeof *d->blocks);
		d->blocks_cap = d->nblocks;
	}
	if (d->nlinks > 0 && d->nlinks < d->links_cap) {
		d->links = xreallocarray(d->links, d->nlinks,
		    sizeof *d->links);
		d->links_cap = d->nlinks;
	}
	/* The body holds the blocks' texts, captions after its end: the
	 * text of a long page is kept once. */
	if (d->body == NULL && d->b.buf != NULL)
		finish_in_place(d);
	else
		finish_copy(d);
	d->in_body = d->nblocks;
}

const struct block *
doc_block_at(const struct doc *d, size_t off, size_t *inblock)
{
	size_t	 lo = 0, hi = d->nblocks, mid;
	const struct block *best = NULL;

	/* Blocks in the body are in order: find the last one starting at
	 * or before off. Captions have no body offset: skip over them. */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		size_t	 m = mid;

		while (m < hi && d->blocks[m].body_off == DOC_NOT_IN_BODY)
			m++;
		if (m == hi) {
			hi = mid;
			continue;
		}
		if (d->blocks[m].body_off <= off) {
			best = &d->blocks[m];
			lo = m + 1;
		} else
			hi = mid;
	}
	if (best == NULL || off > best->body_off + best->len)
		return NULL;
	if (inblock != NULL)
		*inblock = off - best->body_off;
	return best;
}

/*
 * Anchors and the links in order.
 */

#define MAX_ANCHORS	10000

void
doc_add_anchor(struct doc *d, const char *id)
{
	struct doc_anchor	*a;
	char			*copy = NULL;

	if (id == NULL || d->nanchors >= MAX_ANCHORS)
		return;
	doc_set(&copy, id, (size_t)-1);
	if (copy == NULL)
		return;
	if (d->nanchors == d->anchors_cap) {
		d->anchors_cap = d->anchors_cap ? d->anchors_cap * 2 : 16;
		d->anchors = xreallocarray(d->anchors, d->anchors_cap,
		    sizeof *d->anchors);
	}
	a = &d->anchors[d->nanchors++];
	a->id = copy;
	if (d->b.open) {
		a->block = d->nblocks - 1;
		a->off = d->b.len;
	} else {
		a->block = d->nblocks;
		a->off = 0;
	}
}

bool
doc_find_anchor(const struct doc *d, const char *id, size_t *block,
    size_t *off)
{
	size_t	 i;

	if (id == NULL || d->nblocks == 0)
		return false;
	for (i = 0; i < d->nanchors; i++) {
		if (strcmp(d->anchors[i].id, id) != 0)
			continue;
		*block = d->anchors[i].block;
		*off = d->anchors[i].off;
		/* A block dropped since, or the last one's end. */
		if (*block >= d->nblocks) {
			*block = d->nblocks - 1;
			*off = d->blocks[*block].len;
		}
		if (*off > d->blocks[*block].len)
			*off = d->blocks[*block].len;
		return true;
	}
	return false;
}

struct doc_linkref *
doc_link_list(const struct doc *d, size_t *n)
{
	struct doc_linkref	*v = NULL;
	size_t			 i, j, cap = 0;

	*n = 0;
	for (i = 0; i < d->nblocks; i++) {
		const struct block *b = &d->blocks[i];

		for (j = 0; j < b->nspans; j++) {
			const struct inline_span *sp = &b->spans[j];
			size_t end = sp->end < b->len ? sp->end : b->len;

			if (!(sp->style & INL_LINK) || sp->link >= d->nlinks ||
			    sp->start >= end)
				continue;
			if (*n == cap) {
				cap = cap ? cap * 2 : 16;
				v = xreallocarray(v, cap, sizeof *v);
			}
			v[*n].link = sp->link;
			v[*n].block = i;
			v[*n].start = sp->start;
			v[*n].end = end;
			(*n)++;
		}
	}
	return v;
}

static char *
dup_or_null(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

struct doc *
doc_number_links(const struct doc *d)
{
	struct doc		*n = doc_new();
	struct doc_linkref	*v;
	size_t			 nv, k = 0, i, j, m, at, cnt;
	size_t			*pos, *len, *num;
	struct buf		 t = BUF_INIT;
	char			 mark[32];

	n->title = dup_or_null(d->title);
	n->headline = dup_or_null(d->headline);
	n->byline = dup_or_null(d->byline);
	n->date = dup_or_null(d->date);
	n->site = dup_or_null(d->site);
	n->lang = dup_or_null(d->lang);
	n->url = dup_or_null(d->url);
	n->feed = dup_or_null(d->feed);
	n->notice = d->notice;
	if (d->nlinks > 0) {
		n->links = xcalloc(d->nlinks, sizeof *n->links);
		for (i = 0; i < d->nlinks; i++)
			n->links[i] = xstrdup(d->links[i]);
		n->nlinks = n->links_cap = d->nlinks;
	}
	v = doc_link_list(d, &nv);
	pos = xcalloc(nv + 1, sizeof *pos);
	len = xcalloc(nv + 1, sizeof *len);
	num = xcalloc(nv + 1, sizeof *num);
	if (d->nblocks > 0) {
		n->blocks = xcalloc(d->nblocks, sizeof *n->blocks);
		n->nblocks = n->blocks_cap = d->nblocks;
	}
	for (i = 0; i < d->nblocks; i++) {
		const struct block	*b = &d->blocks[i];
		struct block		*nb = &n->blocks[i];

		/* The numbers of the block's links, where each ends (they
		 * do not nest: in order; one inside another is numbered
		 * after it). */
		for (cnt = 0; k < nv && v[k].block == i; k++) {
			if (cnt > 0 && v[k].end < pos[cnt - 1]) {
				/* Keep the ends in order. */
				for (m = cnt; m > 0 && pos[m - 1] > v[k].end;
				    m--) {
					pos[m] = pos[m - 1];
					num[m] = num[m - 1];
					len[m] = len[m - 1];
				}
				pos[m] = v[k].end;
				num[m] = k + 1;
				len[m] = (size_t)snprintf(mark, sizeof mark,
				    "[%zu]", k + 1);
				cnt++;
				continue;
			}
			pos[cnt] = v[k].end;
			num[cnt] = k + 1;
			len[cnt++] = (size_t)snprintf(mark, sizeof mark,
			    "[%zu]", k + 1);
		}
		buf_truncate(&t, 0);
		for (m = 0, at = 0; m < cnt; m++) {
			buf_add(&t, b->text + at, pos[m] - at);
			at = pos[m];
			snprintf(mark, sizeof mark, "[%zu]", num[m]);
			buf_adds(&t, mark);
		}
		buf_add(&t, b->text + at, b->len - at);
		nb->kind = b->kind;
		nb->level = b->level;
		nb->number = b->number;
		bt_set(n, nb, t.len > 0 ? t.data : "", t.len);
		if (b->nspans > 0) {
			nb->spans = xcalloc(b->nspans, sizeof *nb->spans);
			nb->nspans = nb->spans_cap = b->nspans;
		}
		if (b->ncells > 0) {
			nb->cells = xcalloc(b->ncells, sizeof *nb->cells);
			nb->ncells = nb->cells_cap = b->ncells;
		}
		for (j = 0; j < b->ncells; j++) {
			size_t	 ds = 0, de = 0;

			/* A number after a link at the cell's end is the
			 * cell's; an empty cell there stays after it. */
			nb->cells[j] = b->cells[j];
			for (m = 0; m < cnt; m++) {
				if (pos[m] < b->cells[j].start ||
				    (pos[m] == b->cells[j].start &&
				    b->cells[j].start == b->cells[j].end))
					ds += len[m];
				if (pos[m] <= b->cells[j].end)
					de += len[m];
			}
			nb->cells[j].start += ds;
			nb->cells[j].end += de;
		}
		for (j = 0; j < b->nspans; j++) {
			size_t	 ds = 0, de = 0;

			nb->spans[j] = b->spans[j];
			/* A span after a number moves by its length; a link
			 * ends before its own. */
			for (m = 0; m < cnt; m++) {
				if (pos[m] <= b->spans[j].start)
					ds += len[m];
				if (pos[m] < b->spans[j].end)
					de += len[m];
			}
			nb->spans[j].start += ds;
			nb->spans[j].end += de;
		}
	}
	buf_free(&t);
	free(v);
	free(pos);
	free(len);
	free(num);
	doc_finish(n);
	return n;
}
