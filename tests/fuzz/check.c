/* check.c: invariants of docs, entities and layouts, for the fuzz
 * targets. */
#include "config.h"

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "entities.h"
#include "fuzz.h"
#include "layout.h"
#include "theme.h"
#include "utf8.h"

void
fuzz_init(void)
{
	static int	 done;

	if (done)
		return;
	done = 1;
	utf8_setlocale();
	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
		setlocale(LC_CTYPE, "en_US.UTF-8");
}

void
fuzz_fail(const char *file, int line, const char *fmt, ...)
{
	va_list	 ap;

	fprintf(stderr, "%s:%d: invariant broken: ", file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

int
fuzz_width(const uint8_t *data, size_t size)
{
	unsigned	 sum = 0;
	size_t		 i;

	for (i = 0; i < size; i++)
		sum = sum * 31 + data[i];
	return 1 + (int)(sum % 40);
}

void
fuzz_check_clean(const char *s, size_t len, const char *allowed,
    const char *what)
{
	FUZZ_CHECK(s != NULL, "%s: NULL", what);
	FUZZ_CHECK(s[len] == '\0', "%s: not NUL-terminated at its length",
	    what);
	fuzz_check_clean_bytes(s, len, allowed, what);
}

void
fuzz_check_clean_bytes(const char *s, size_t len, const char *allowed,
    const char *what)
{
	size_t	 i = 0, n;
	uint32_t cp;
	const char *nul;

	FUZZ_CHECK(s != NULL, "%s: NULL", what);
	nul = memchr(s, '\0', len);
	FUZZ_CHECK(nul == NULL, "%s: NUL at %zu of %zu", what,
	    nul != NULL ? (size_t)(nul - s) : len, len);
	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp);
		FUZZ_CHECK(!(cp == UTF8_REPLACEMENT && n == 1 &&
		    (unsigned char)s[i] >= 0x80),
		    "%s: invalid UTF-8 at byte %zu", what, i);
		FUZZ_CHECK(!utf8_is_control(cp) ||
		    (cp < 0x80 && cp != 0 && strchr(allowed, (int)cp) != NULL),
		    "%s: control character U+%04X at byte %zu", what,
		    (unsigned)cp, i);
		i += n;
	}
}

/* Whether off is where a character of the valid UTF-8 text s starts (or
 * its end). */
static int
at_char(const char *s, size_t len, size_t off)
{
	return off == len || (off < len &&
	    ((unsigned char)s[off] & 0xc0) != 0x80);
}

static int
is_white(char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/* A metadata field: clean, one line, trimmed, not empty. */
static void
check_field(const char *s, const char *what)
{
	size_t	 len;

	if (s == NULL)
		return;
	len = strlen(s);
	FUZZ_CHECK(len > 0, "%s is empty, not NULL", what);
	fuzz_check_clean(s, len, "", what);
	FUZZ_CHECK(!is_white(s[0]) && !is_white(s[len - 1]),
	    "%s: white space at an end: \"%s\"", what, s);
}

/* A link target: shown and passed on, so clean too. */
static void
check_href(const char *s, const char *what)
{
	if (s != NULL)
		fuzz_check_clean(s, strlen(s), "", what);
}

static void
check_block(const struct doc *d, size_t i)
{
	const struct block *b = &d->blocks[i];
	size_t		 j;
	char		 what[64];

	snprintf(what, sizeof what, "block %zu", i);
	FUZZ_CHECK(b->kind <= BLOCK_ROW, "%s: kind %d", what,
	    (int)b->kind);
	FUZZ_CHECK(b->text != NULL && b->len > 0, "%s: empty", what);
	if (b->kind == BLOCK_PRE)
		fuzz_check_clean_bytes(b->text, b->len, "\t\n\r", what);
	else {
		fuzz_check_clean_bytes(b->text, b->len, "\n", what);
		FUZZ_CHECK(!is_white(b->text[0]) &&
		    !is_white(b->text[b->len - 1]),
		    "%s: white space at an end", what);
		for (j = 1; j < b->len; j++)
			FUZZ_CHECK(!(is_white(b->text[j]) &&
			    is_white(b->text[j - 1])),
			    "%s: white space not collapsed at byte %zu", what,
			    j);
	}
	FUZZ_CHECK(b->ncells == 0 || (b->kind == BLOCK_ROW &&
	    b->cells != NULL), "%s: cells", what);
	for (j = 0; j < b->ncells; j++) {
		const struct doc_cell *c = &b->cells[j];

		FUZZ_CHECK(c->start <= c->end && c->end <= b->len &&
		    (j == 0 || b->cells[j - 1].end <= c->start),
		    "%s: cell %zu is [%zu, %zu) of %zu", what, j, c->start,
		    c->end, b->len);
		FUZZ_CHECK(at_char(b->text, b->len, c->start) &&
		    at_char(b->text, b->len, c->end),
		    "%s: cell %zu splits a character", what, j);
		FUZZ_CHECK(c->start == c->end || (!is_white(b->text[c->start])
		    && !is_white(b->text[c->end - 1])),
		    "%s: cell %zu has white space at an end", what, j);
	}
	FUZZ_CHECK(b->nspans == 0 || b->spans != NULL, "%s: spans", what);
	for (j = 0; j < b->nspans; j++) {
		const struct inline_span *sp = &b->spans[j];

		FUZZ_CHECK(sp->start < sp->end && sp->end <= b->len,
		    "%s: span %zu is [%zu, %zu) of %zu", what, j, sp->start,
		    sp->end, b->len);
		FUZZ_CHECK(at_char(b->text, b->len, sp->start) &&
		    at_char(b->text, b->len, sp->end),
		    "%s: span %zu splits a character", what, j);
		FUZZ_CHECK(j == 0 || b->spans[j - 1].start <= sp->start,
		    "%s: span %zu out of order", what, j);
		FUZZ_CHECK((sp->style & ~(INL_EM | INL_STRONG | INL_CODE |
		    INL_LINK)) == 0, "%s: span %zu style %#x", what, j,
		    sp->style);
		FUZZ_CHECK(!(sp->style & INL_LINK) || sp->link < d->nlinks,
		    "%s: span %zu link %zu of %zu", what, j, sp->link,
		    d->nlinks);
	}
}

void
fuzz_check_doc(const struct doc *d)
{
	const struct block *at;
	size_t		 i, off = 0, inblock;
	int		 first = 1;

	FUZZ_CHECK(d != NULL, "no doc");
	FUZZ_CHECK(!doc_block_is_open(d), "a block is left open");
	check_field(d->title, "title");
	check_field(d->byline, "byline");
	check_field(d->date, "date");
	check_field(d->site, "site");
	check_field(d->lang, "lang");
	check_field(d->url, "url");
	check_field(d->notice, "notice");
	check_field(d->prev.title, "prev title");
	check_field(d->next.title, "next title");
	check_href(d->prev.href, "prev href");
	check_href(d->next.href, "next href");
	check_href(d->prev.file, "prev file");
	check_href(d->next.file, "next file");
	for (i = 0; i < d->nlinks; i++) {
		FUZZ_CHECK(d->links[i] != NULL, "link %zu is NULL", i);
		check_href(d->links[i], "link");
	}

	/* The body is the blocks but captions, joined by blank lines. */
	FUZZ_CHECK(d->body != NULL, "no body");
	FUZZ_CHECK(strlen(d->body) == d->body_len, "body length");
	for (i = 0; i < d->nblocks; i++) {
		const struct block *b = &d->blocks[i];

		check_block(d, i);
		if (b->kind == BLOCK_CAPTION) {
			FUZZ_CHECK(b->body_off == DOC_NOT_IN_BODY,
			    "caption %zu in the body", i);
			continue;
		}
		if (!first) {
			FUZZ_CHECK(off + 2 <= d->body_len &&
			    memcmp(d->body + off, "\n\n", 2) == 0,
			    "no blank line before block %zu", i);
			off += 2;
		}
		first = 0;
		FUZZ_CHECK(b->body_off == off, "block %zu body_off %zu, not %zu",
		    i, b->body_off, off);
		FUZZ_CHECK(off + b->len <= d->body_len &&
		    memcmp(d->body + off, b->text, b->len) == 0,
		    "block %zu is not in the body at %zu", i, off);
		at = doc_block_at(d, off, &inblock);
		FUZZ_CHECK(at == b && inblock == 0,
		    "doc_block_at(%zu) does not find block %zu", off, i);
		at = doc_block_at(d, off + b->len - 1, &inblock);
		FUZZ_CHECK(at == b && inblock == b->len - 1,
		    "doc_block_at(%zu) is not in block %zu", off + b->len - 1,
		    i);
		off += b->len;
	}
	FUZZ_CHECK(off == d->body_len, "body is %zu bytes, blocks %zu",
	    d->body_len, off);
	FUZZ_CHECK(doc_block_at(d, d->body_len + 1, NULL) == NULL,
	    "doc_block_at past the body");
}

/* A mention: inside the text, on character boundaries when the text is
 * valid UTF-8, not across a blank line, of an entity in the list. */
static void
check_mention(const struct entities *e, const struct mention *m,
    const char *text, size_t len, int valid, const char *what, size_t i)
{
	size_t	 j;

	FUZZ_CHECK(m->start < m->end && m->end <= len,
	    "%s %zu is [%zu, %zu) of %zu", what, i, m->start, m->end, len);
	FUZZ_CHECK(!valid || (at_char(text, len, m->start) &&
	    at_char(text, len, m->end)), "%s %zu splits a character", what,
	    i);
	FUZZ_CHECK(m->entity < e->n, "%s %zu entity %zu of %zu", what, i,
	    m->entity, e->n);
	for (j = m->start; j + 1 < m->end; j++)
		FUZZ_CHECK(!(text[j] == '\n' && text[j + 1] == '\n'),
		    "%s %zu crosses a paragraph", what, i);
}

void
fuzz_check_entities(const struct entities *e, const char *text, size_t len)
{
	size_t	 i, j, k, count, first;
	int	 valid = utf8_valid(text, len, NULL);

	FUZZ_CHECK(e != NULL, "no entities");
	FUZZ_CHECK(e->nmentions == 0 || e->mentions != NULL, "mentions");
	FUZZ_CHECK(e->ninner == 0 || e->inner != NULL, "inner mentions");
	FUZZ_CHECK(e->n == 0 || e->list != NULL, "list");
	for (i = 0; i < e->nmentions; i++) {
		check_mention(e, &e->mentions[i], text, len, valid, "mention",
		    i);
		FUZZ_CHECK(i == 0 || e->mentions[i - 1].end <=
		    e->mentions[i].start,
		    "mention %zu overlaps or precedes the one before", i);
	}
	/* Each inner mention lies inside one mention; k follows them. */
	for (i = 0, k = 0; i < e->ninner; i++) {
		const struct mention *in = &e->inner[i];

		check_mention(e, in, text, len, valid, "inner mention", i);
		FUZZ_CHECK(i == 0 || e->inner[i - 1].start <= in->start,
		    "inner mention %zu out of order", i);
		while (k < e->nmentions && e->mentions[k].end <= in->start)
			k++;
		FUZZ_CHECK(k < e->nmentions && e->mentions[k].start <=
		    in->start && in->end <= e->mentions[k].end,
		    "inner mention %zu [%zu, %zu) is in no mention", i,
		    in->start, in->end);
	}
	for (i = 0; i < e->n; i++) {
		const struct entity *en = &e->list[i];

		FUZZ_CHECK(en->text != NULL && *en->text != '\0',
		    "entity %zu has no text", i);
		fuzz_check_clean(en->text, strlen(en->text), "", "entity");
		FUZZ_CHECK(en->type <= ENT_QUANTITY, "entity %zu type %d", i,
		    (int)en->type);
		FUZZ_CHECK(entities_type_name(en->type) != NULL, "type name");
		/* Its count takes in inner mentions; its first is its first
		 * mention or the one holding its first inner mention. */
		first = (size_t)-1;
		for (j = 0, count = 0; j < e->nmentions; j++) {
			if (e->mentions[j].entity != i)
				continue;
			if (count++ == 0)
				first = j;
		}
		for (j = 0, k = 0; j < e->ninner; j++) {
			while (k < e->nmentions &&
			    e->mentions[k].end <= e->inner[j].start)
				k++;
			if (e->inner[j].entity != i)
				continue;
			if (k < first)
				first = k;
			count++;
		}
		FUZZ_CHECK(count > 0 && en->count == count,
		    "entity %zu count %zu, mentioned %zu times", i, en->count,
		    count);
		FUZZ_CHECK(en->first == first, "entity %zu first is %zu, not %zu",
		    i, en->first, first);
		FUZZ_CHECK(i == 0 || e->list[i - 1].first <= en->first,
		    "entity %zu out of order of first mention", i);
	}
}

/* The role and attributes layout gives a block's text. */
static void
block_style(const struct block *b, unsigned *role, unsigned *attr)
{
	*attr = 0;
	switch (b->kind) {
	case BLOCK_HEADING:
		*role = ROLE_HEADING;
		break;
	case BLOCK_QUOTE:
		*role = ROLE_QUOTE;
		break;
	case BLOCK_CAPTION:
		*role = ROLE_BYLINE;
		*attr = ATTR_ITALIC;
		break;
	case BLOCK_ROW:
		*role = doc_row_is_head(b) ? ROLE_HEADING : ROLE_TEXT;
		break;
	default:
		*role = ROLE_TEXT;
		break;
	}
}

/* The style and entity of byte p of block b, from its spans and the
 * mentions. */
static void
style_at(const struct block *b, const struct entities *e, size_t p,
    unsigned *role, unsigned *attr, long *entity)
{
	size_t	 i, end, at, lo, hi, mid;

	block_style(b, role, attr);
	/* A header cell of a row of others is a heading. */
	for (i = 0; *role == ROLE_TEXT && i < b->ncells; i++)
		if (b->cells[i].head && b->cells[i].start <= p &&
		    p < b->cells[i].end)
			*role = ROLE_HEADING;
	for (i = 0; i < b->nspans; i++) {
		const struct inline_span *sp = &b->spans[i];

		end = sp->end < b->len ? sp->end : b->len;
		if (sp->start > p || p >= end)
			continue;
		if (sp->style & INL_EM)
			*attr |= ATTR_ITALIC;
		if (sp->style & INL_STRONG)
			*attr |= ATTR_BOLD;
		if (sp->style & INL_CODE)
			*attr |= ATTR_DIM;
		if (sp->style & INL_LINK)
			*role = ROLE_LINK;
	}
	*entity = -1;
	if (e == NULL || b->body_off == DOC_NOT_IN_BODY)
		return;
	/* The last mention starting at or before: they are sorted and
	 * apart. */
	at = b->body_off + p;
	lo = 0;
	hi = e->nmentions;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (e->mentions[mid].start <= at)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo > 0 && at < e->mentions[lo - 1].end &&
	    e->mentions[lo - 1].entity < e->n)
		*entity = (long)e->mentions[lo - 1].entity;
}

static const struct seg *
seg_at(const struct line *line, size_t off)
{
	size_t	 i;

	for (i = 0; i < line->nsegs; i++)
		if (off >= line->segs[i].off &&
		    off < line->segs[i].off + line->segs[i].len)
			return &line->segs[i];
	return NULL;
}

/* Whether a line's prefix (the indent and marker of a list item, the bars
 * of a quote) holds only what prefixes are made of. */
static int
is_prefix(const char *s, size_t len)
{
	size_t	 i = 0, n;
	uint32_t cp;

	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp);
		if (cp != ' ' && cp != '.' && !(cp >= '0' && cp <= '9') &&
		    cp != 0x2502 && cp != 0x2022)
			return 0;
		i += n;
	}
	return 1;
}

/* Copy s without white space (and without CR, which a terminal must not
 * get) into out; returns its length. */
static size_t
squeeze(const char *s, size_t len, char *out)
{
	size_t	 i, o = 0;

	for (i = 0; i < len; i++)
		if (!is_white(s[i]))
			out[o++] = s[i];
	return o;
}

/* Whether the lines [first, last) show block bi as running text: each
 * the block's bytes from its offset to the next line's, after a
 * prefix. */
static int
running_text(const struct layout *l, const struct block *b, size_t first,
    size_t last)
{
	size_t	 i, off, next, slen;

	for (i = first; i < last; i++) {
		const struct line *line = &l->lines[i];

		off = line->off;
		next = i + 1 < last ? l->lines[i + 1].off : b->len;
		if (off > next || next > b->len)
			return 0;
		slen = next - off;
		while (slen > 0 && is_white(b->text[off + slen - 1]))
			slen--;
		if (line->len < slen || memcmp(line->text + line->len - slen,
		    b->text + off, slen) != 0 ||
		    !is_prefix(line->text, line->len - slen))
			return 0;
	}
	return 1;
}

/* Whether a line is a rule: only "─" and blanks, one "─" at least. */
static int
is_rule(const struct line *line)
{
	size_t	 i = 0, n;
	uint32_t cp;
	int	 any = 0;

	while (i < line->len) {
		n = utf8_decode(line->text + i, line->len - i, &cp);
		if (cp == 0x2500)
			any = 1;
		else if (cp != ' ')
			return 0;
		i += n;
	}
	return any;
}

/* The lines [first, last) showing row bi in a table's columns: the
 * cells' text, what is not white space of it, all of it and no more (a
 * header row's last line may be the rule under it), the offsets in
 * order. */
static void
check_row_lines(const struct layout *l, const struct block *b, size_t bi,
    size_t first, size_t last)
{
	size_t	 i, k, shown = 0, rule = 0, cells = 0, n;
	char	*tmp;

	for (i = first; i < last; i++) {
		const struct line *line = &l->lines[i];

		FUZZ_CHECK(line->off <= b->len && (i == first ||
		    l->lines[i - 1].off <= line->off),
		    "line %zu of row %zu: offset %zu out of order", i, bi,
		    line->off);
		FUZZ_CHECK(at_char(b->text, b->len, line->off),
		    "line %zu starts inside a character", i);
		tmp = xmalloc(line->len + 1);
		n = squeeze(line->text, line->len, tmp);
		free(tmp);
		shown += n;
		if (i + 1 == last && doc_row_is_head(b) && is_rule(line))
			rule = n;
	}
	tmp = xmalloc(b->len + 1);
	if (b->ncells == 0)
		cells = squeeze(b->text, b->len, tmp);
	for (k = 0; k < b->ncells; k++)
		cells += squeeze(b->text + b->cells[k].start,
		    b->cells[k].end - b->cells[k].start, tmp);
	free(tmp);
	FUZZ_CHECK(shown == cells || shown - rule == cells,
	    "row %zu shows %zu bytes of its cells' %zu", bi, shown, cells);
}

/* The lines [first, last) showing block bi. */
static void
check_block_lines(const struct layout *l, const struct doc *d,
    const struct entities *e, size_t bi, size_t first, size_t last)
{
	const struct block *b = &d->blocks[bi];
	size_t		 i, k, off, next, slen, plen, n1, n2;
	char		*s1, *s2;

	if (b->kind == BLOCK_ROW && !running_text(l, b, first, last)) {
		check_row_lines(l, b, bi, first, last);
		FUZZ_CHECK(first < last && l->lines[first].off == 0,
		    "block %zu does not start on a line", bi);
		return;
	}
	for (i = first; i < last; i++) {
		const struct line *line = &l->lines[i];

		off = line->off;
		next = i + 1 < last ? l->lines[i + 1].off : b->len;
		FUZZ_CHECK(off <= next && next <= b->len,
		    "line %zu of block %zu: offsets %zu, %zu of %zu", i, bi,
		    off, next, b->len);
		FUZZ_CHECK(at_char(b->text, b->len, off),
		    "line %zu starts inside a character", i);
		if (b->kind == BLOCK_PRE) {
			/* Tabs expand, CR goes: compare without white
			 * space. */
			s1 = xmalloc(next - off + 1);
			s2 = xmalloc(line->len + 1);
			n1 = squeeze(b->text + off, next - off, s1);
			n2 = squeeze(line->text, line->len, s2);
			FUZZ_CHECK(n1 == n2 && memcmp(s1, s2, n1) == 0,
			    "line %zu does not show bytes [%zu, %zu) of "
			    "preformatted block %zu", i, off, next, bi);
			free(s1);
			free(s2);
			continue;
		}

		/* The line is a prefix, then the block's text from off to
		 * the next line's off, without the white space at its
		 * end. */
		slen = next - off;
		while (slen > 0 && is_white(b->text[off + slen - 1]))
			slen--;
		FUZZ_CHECK(line->len >= slen && memcmp(line->text +
		    line->len - slen, b->text + off, slen) == 0,
		    "line %zu \"%s\" does not end with bytes [%zu, %zu) of "
		    "block %zu", i, line->text, off, off + slen, bi);
		plen = line->len - slen;
		FUZZ_CHECK(is_prefix(line->text, plen),
		    "line %zu: \"%.*s\" is no prefix", i, (int)plen,
		    line->text);
		for (k = 0; k < line->len; k++) {
			const struct seg *sg;
			unsigned	 role, attr;
			long		 ent;

			if (!at_char(line->text, line->len, k))
				continue;
			sg = seg_at(line, k);
			FUZZ_CHECK(sg != NULL, "line %zu: byte %zu in no seg", i,
			    k);
			if (k < plen) {
				FUZZ_CHECK(sg->entity == -1,
				    "line %zu: prefix in an entity", i);
				continue;
			}
			style_at(b, e, off + k - plen, &role, &attr, &ent);
			FUZZ_CHECK(sg->role == role && sg->attr == attr &&
			    sg->entity == ent,
			    "line %zu byte %zu (block %zu byte %zu): role %u "
			    "attr %#x entity %ld, not %u %#x %ld", i, k, bi,
			    off + k - plen, sg->role, sg->attr, sg->entity,
			    role, attr, ent);
		}
	}
	/* All of the block is shown. */
	FUZZ_CHECK(first < last && l->lines[first].off == 0,
	    "block %zu does not start on a line", bi);
}

/* One character whose width is w, with marks after it. */
static int
one_char(const char *s, size_t len, size_t w)
{
	size_t	 n;
	uint32_t cp;

	n = utf8_decode(s, len, &cp);
	if ((size_t)utf8_cpwidth(cp) != w)
		return 0;
	return utf8_width(s + n, len - n) == 0;
}

void
fuzz_check_layout(const struct layout *l, const struct doc *d,
    const struct entities *e, int width, unsigned flags)
{
	size_t	 i, j, start, found, block = LAYOUT_HEADER, end;
	int	 header = 1;

	FUZZ_CHECK(l != NULL, "no layout");
	FUZZ_CHECK(l->width == (width < 0 ? 0 : width), "layout width %d, not %d",
	    l->width, width);
	FUZZ_CHECK(l->n == 0 || l->lines != NULL, "lines");
	for (i = 0; i < l->n; i++) {
		const struct line *line = &l->lines[i];

		fuzz_check_clean(line->text, line->len, "", "line");
		FUZZ_CHECK(line->cols == utf8_width(line->text, line->len),
		    "line %zu: cols %zu, width %zu", i, line->cols,
		    utf8_width(line->text, line->len));
		FUZZ_CHECK(width <= 0 || line->cols <= (size_t)width ||
		    (width == 1 && one_char(line->text, line->len, 2)),
		    "line %zu is %zu columns wide at width %d: \"%s\"", i,
		    line->cols, width, line->text);

		/* The segs cover the text, in order. */
		if (line->len == 0)
			FUZZ_CHECK(line->nsegs == 0 && line->segs == NULL,
			    "line %zu: segs on an empty line", i);
		else
			FUZZ_CHECK(line->nsegs > 0 && line->segs != NULL,
			    "line %zu: no segs", i);
		for (j = 0, end = 0; j < line->nsegs; j++) {
			const struct seg *sg = &line->segs[j];

			FUZZ_CHECK(sg->off == end && sg->len > 0,
			    "line %zu seg %zu at %zu+%zu, not at %zu", i, j,
			    sg->off, sg->len, end);
			end += sg->len;
			FUZZ_CHECK(at_char(line->text, line->len, sg->off),
			    "line %zu seg %zu splits a character", i, j);
			FUZZ_CHECK(sg->role < ROLE_COUNT, "seg role %u",
			    sg->role);
			FUZZ_CHECK(sg->entity == -1 || (e != NULL &&
			    sg->entity >= 0 && (size_t)sg->entity < e->n),
			    "line %zu seg %zu entity %ld", i, j, sg->entity);
		}
		FUZZ_CHECK(end == line->len, "line %zu: segs cover %zu of %zu",
		    i, end, line->len);

		/* The header first, then the blocks in order. */
		if (line->block == LAYOUT_HEADER) {
			FUZZ_CHECK(header, "line %zu: header after a block", i);
			FUZZ_CHECK(flags & (LAYOUT_TITLE | LAYOUT_BYLINE),
			    "line %zu: header not asked for", i);
			for (j = 0; j < line->nsegs; j++)
				FUZZ_CHECK(line->segs[j].entity == -1,
				    "line %zu: an entity in the header", i);
			continue;
		}
		header = 0;
		FUZZ_CHECK(line->block < d->nblocks, "line %zu block %zu of %zu",
		    i, line->block, d->nblocks);
		FUZZ_CHECK(block == LAYOUT_HEADER || line->block >= block,
		    "line %zu: block %zu after block %zu", i, line->block,
		    block);
		block = line->block;
		found = layout_find(l, line->block, line->off);
		FUZZ_CHECK(found < l->n && l->lines[found].block ==
		    line->block && l->lines[found].off == line->off,
		    "layout_find(%zu, %zu) gives line %zu, not one like %zu",
		    line->block, line->off, found, i);
	}
	FUZZ_CHECK(layout_find(l, LAYOUT_HEADER, 0) == 0, "layout_find header");

	/* Each block's lines show its text. */
	for (i = 0; i < l->n; i = j) {
		if (l->lines[i].block == LAYOUT_HEADER) {
			j = i + 1;
			continue;
		}
		start = i;
		for (j = i; j < l->n && l->lines[j].block == l->lines[i].block;
		    j++)
			;
		check_block_lines(l, d, e, l->lines[i].block, start, j);
	}
	/* And no block is left out. */
	for (i = 0, j = 0; i < d->nblocks; i++) {
		if (d->blocks[i].text == NULL || d->blocks[i].len == 0)
			continue;
		while (j < l->n && (l->lines[j].block == LAYOUT_HEADER ||
		    l->lines[j].block < i))
			j++;
		FUZZ_CHECK(j < l->n && l->lines[j].block == i,
		    "block %zu is not laid out", i);
	}
}

void
fuzz_check_article(const struct doc *d, int width1, int width2)
{
	struct entities	*e;
	struct layout	*l;
	unsigned	 flags = LAYOUT_TITLE | LAYOUT_BYLINE;
	size_t		 i;

	fuzz_check_doc(d);
	/* What a reader promises beyond what doc.c makes sure of. */
	for (i = 0; i < d->nblocks; i++)
		if (d->blocks[i].kind == BLOCK_HEADING)
			FUZZ_CHECK(d->blocks[i].level >= 1 &&
			    d->blocks[i].level <= 6, "block %zu: heading level %d",
			    i, d->blocks[i].level);
	e = entities_find(d->body, d->body_len);
	fuzz_check_entities(e, d->body, d->body_len);
	l = layout_build(d, e, width1, flags);
	fuzz_check_layout(l, d, e, width1, flags);
	layout_free(l);
	l = layout_build(d, e, width2, flags);
	fuzz_check_layout(l, d, e, width2, flags);
	layout_free(l);
	entities_free(e);
}
