/* fuzz_layout.c: layout_build on a doc made from the input's bytes.
 *
 * The first two bytes give the widths and the flags; then each byte is an
 * operation, taking what it needs from the bytes after it: blocks of every
 * kind, whole or piece by piece with breaks, nested spans and a table row's
 * cells, raw blocks,
 * metadata, list numbers; spans put straight into the finished blocks at
 * any offset (inside characters, past the end, empty); mentions at any
 * offset in the body. The layout is checked at both widths, with and
 * without the mentions. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "entities.h"
#include "fuzz.h"
#include "layout.h"
#include "xmalloc.h"

struct input {
	const uint8_t	*p;
	size_t		 left;
};

struct spanreq {
	size_t		 block, start, end;
	unsigned	 style;
};

static unsigned
byte(struct input *in)
{
	if (in->left == 0)
		return 0;
	in->left--;
	return *in->p++;
}

/* Up to 255 bytes of text, its length first. */
static const char *
text(struct input *in, size_t *len)
{
	const char	*s;

	*len = byte(in);
	s = (const char *)in->p;
	if (*len > in->left)
		*len = in->left;
	in->p += *len;
	in->left -= *len;
	return s;
}

static char **
field(struct doc *d, unsigned which)
{
	switch (which % 6) {
	case 0:
		return &d->title;
	case 1:
		return &d->byline;
	case 2:
		return &d->date;
	case 3:
		return &d->site;
	case 4:
		return &d->lang;
	default:
		return &d->url;
	}
}

static const char *const hrefs[] = { "https://example.com/a", "b.html" };

static void
build(struct doc *d, struct input *in, struct spanreq **spans,
    size_t *nspans, size_t *mentionreqs, size_t *nmreq)
{
	struct block	*b;
	const char	*s, *s2;
	size_t		 len, len2;
	unsigned	 op, kind;
	int		 level;
	char		*tmp;

	while (in->left > 0) {
		op = byte(in);
		switch (op % 15) {
		case 0:
			kind = byte(in) % (BLOCK_ROW + 1);
			level = (signed char)byte(in);
			doc_block_begin(d, (enum block_kind)kind, level);
			break;
		case 1:
			s = text(in, &len);
			doc_block_text(d, s, len);
			break;
		case 2:
			doc_block_break(d);
			break;
		case 3:
			op = byte(in);
			doc_span_begin(d, op & 0xf, op & 0x10 ? NULL :
			    hrefs[(op >> 5) & 1]);
			break;
		case 4:
			doc_span_end(d);
			break;
		case 5:
			doc_block_end(d);
			break;
		case 6:
			kind = byte(in) % (BLOCK_ROW + 1);
			level = (signed char)byte(in);
			s = text(in, &len);
			doc_add_block(d, (enum block_kind)kind, level, s, len);
			break;
		case 7:
			s = text(in, &len);
			doc_add_raw(d, s, len);
			break;
		case 8:
			op = byte(in);
			s = text(in, &len);
			doc_set(field(d, op), s, len);
			break;
		case 9:
			op = byte(in);
			s = text(in, &len);
			s2 = text(in, &len2);
			tmp = xmalloc(len2 + 1);
			memcpy(tmp, s2, len2);
			tmp[len2] = '\0';
			doc_set_nav(op & 1 ? &d->next : &d->prev,
			    op & 2 ? hrefs[0] : NULL, tmp);
			free(tmp);
			(void)s;
			(void)len;
			break;
		case 10:
			/* A list number, as a reader sets it; any int. */
			if (d->nblocks > 0) {
				b = &d->blocks[d->nblocks - 1];
				op = byte(in);
				op = op << 8 | byte(in);
				op = op << 8 | byte(in);
				op = op << 8 | byte(in);
				b->number = (int)op;
			}
			break;
		case 11:
			/* A span to put in later at any offset. */
			*spans = xreallocarray(*spans, *nspans + 1,
			    sizeof **spans);
			(*spans)[*nspans].block = byte(in);
			(*spans)[*nspans].start = byte(in);
			(*spans)[*nspans].end = byte(in);
			(*spans)[*nspans].style = byte(in) & 0xf;
			(*nspans)++;
			break;
		case 12:
			doc_cell_begin(d, byte(in) & 1);
			break;
		case 13:
			doc_cell_end(d);
			break;
		default:
			/* A mention: a gap after the last one, a length. */
			if (*nmreq < 256) {
				mentionreqs[(*nmreq)++] = byte(in);
				mentionreqs[(*nmreq)++] = byte(in);
			}
			break;
		}
	}
	doc_finish(d);
}

/* Put the spans into the finished blocks, in order of start. */
static void
add_spans(struct doc *d, const struct spanreq *req, size_t n)
{
	struct block		*b;
	struct inline_span	*sp;
	size_t			 i, j;

	if (d->nblocks == 0)
		return;
	for (i = 0; i < n; i++) {
		b = &d->blocks[req[i].block % d->nblocks];
		if (b->nspans == b->spans_cap) {
			b->spans_cap = b->spans_cap ? b->spans_cap * 2 : 8;
			b->spans = xreallocarray(b->spans, b->spans_cap,
			    sizeof *b->spans);
		}
		for (j = b->nspans; j > 0 && b->spans[j - 1].start >
		    req[i].start; j--)
			b->spans[j] = b->spans[j - 1];
		sp = &b->spans[j];
		sp->start = req[i].start;
		sp->end = req[i].end;
		sp->style = req[i].style & ~INL_LINK;
		sp->link = 0;
		if ((req[i].style & INL_LINK) && d->nlinks > 0) {
			sp->style |= INL_LINK;
			sp->link = req[i].end % d->nlinks;
		}
		b->nspans++;
	}
}

/* Mentions in the body: sorted, not overlapping, at any byte. */
static struct entities *
make_entities(const struct doc *d, const size_t *req, size_t nreq)
{
	static char	 names[][8] = { "one", "two", "three", "four" };
	struct entities	*e = xcalloc(1, sizeof *e);
	size_t		 i, at = 0, len;

	e->n = 4;
	e->list = xcalloc(e->n, sizeof *e->list);
	for (i = 0; i < e->n; i++) {
		e->list[i].text = names[i];
		e->list[i].type = (enum ent_type)i;
	}
	e->mentions = xcalloc(nreq / 2 + 1, sizeof *e->mentions);
	for (i = 0; i + 1 < nreq; i += 2) {
		at += req[i];
		len = 1 + req[i + 1] % 32;
		if (at >= d->body_len)
			break;
		if (len > d->body_len - at)
			len = d->body_len - at;
		e->mentions[e->nmentions].start = at;
		e->mentions[e->nmentions].end = at + len;
		e->mentions[e->nmentions].entity = req[i + 1] % e->n;
		e->nmentions++;
		at += len;
	}
	return e;
}

static void
lay_out(const struct doc *d, const struct entities *e, int width,
    unsigned flags)
{
	struct layout	*l;

	l = layout_build(d, e, width, flags);
	fuzz_check_layout(l, d, e, width, flags);
	layout_free(l);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct input	 in = { data, size };
	struct doc	*d;
	struct entities	*e;
	struct spanreq	*spans = NULL;
	size_t		 nspans = 0, mreq[256], nmreq = 0;
	int		 w1, w2;
	unsigned	 flags;

	fuzz_init();
	w1 = (int)(byte(&in) % 64);
	flags = byte(&in);
	w2 = (int)(flags >> 2) * 3 - 20;	/* negative is 0 */
	flags &= LAYOUT_TITLE | LAYOUT_BYLINE;

	d = doc_new();
	build(d, &in, &spans, &nspans, mreq, &nmreq);
	fuzz_check_doc(d);
	e = make_entities(d, mreq, nmreq);
	lay_out(d, NULL, w1, flags);
	lay_out(d, e, w1, flags);
	lay_out(d, e, w2, flags);

	/* Spans anywhere: layout clips what lies outside the text. */
	add_spans(d, spans, nspans);
	lay_out(d, e, w1, flags);
	lay_out(d, e, w2, flags);

	free(e->list);
	free(e->mentions);
	free(e);
	free(spans);
	doc_free(d);
	return 0;
}
