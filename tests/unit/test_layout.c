/* test_layout.c: an article and a width -> display lines. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "doc.h"
#include "entities.h"
#include "layout.h"
#include "testutil.h"
#include "theme.h"
#include "utf8.h"
#include "xmalloc.h"

/* What every layout must be: clean text, widths that add up, segs that
 * cover each line, no line wider than the width (but for a character
 * wider than the whole width, with its marks). */
static void
check(const struct layout *l, int width)
{
	size_t	 i, j, k, off;
	uint32_t cp;

	for (i = 0; i < l->n; i++) {
		const struct line *line = &l->lines[i];

		assert_non_null(line->text);
		assert_int_equal(strlen(line->text), line->len);
		assert_true(utf8_valid(line->text, line->len, NULL));
		for (j = 0; j < line->len; j += k) {
			k = utf8_decode(line->text + j, line->len - j, &cp);
			assert_false(utf8_is_control(cp));
		}
		assert_int_equal(utf8_width(line->text, line->len),
		    line->cols);
		if (width > 0 && line->cols > (size_t)width) {
			/* One character, and the marks that go with it. */
			k = utf8_decode(line->text, line->len, &cp);
			assert_int_equal(utf8_width(line->text + k,
			    line->len - k), 0);
		}
		if (line->len == 0)
			assert_int_equal(line->nsegs, 0);
		for (j = 0, off = 0; j < line->nsegs; j++) {
			assert_int_equal(line->segs[j].off, off);
			assert_true(line->segs[j].len > 0);
			off += line->segs[j].len;
		}
		assert_int_equal(off, line->len);
	}
}

/* An article of one block. */
static struct doc *
one(enum block_kind kind, int level, const char *text)
{
	struct doc	*d = doc_new();

	assert_non_null(doc_add_block(d, kind, level, text, (size_t)-1));
	doc_finish(d);
	return d;
}

/* The lines' text, joined with '|'. */
static char *
joined(const struct layout *l)
{
	struct buf	 b = BUF_INIT;
	size_t		 i;

	for (i = 0; i < l->n; i++) {
		if (i > 0)
			buf_addc(&b, '|');
		buf_add(&b, l->lines[i].text, l->lines[i].len);
	}
	return buf_finish(&b, NULL);
}

/* Lay out, check, and compare the lines with want. */
static void
expect(const struct doc *d, const struct entities *e, int width,
    unsigned flags, const char *want)
{
	struct layout	*l = layout_build(d, e, width, flags);
	char		*got;

	assert_non_null(l);
	check(l, width);
	got = joined(l);
	assert_string_equal(got, want);
	free(got);
	layout_free(l);
}

static void
test_wrap_words(void **state)
{
	struct doc	*d;

	(void)state;
	d = one(BLOCK_PARAGRAPH, 0,
	    "Chinese leader Xi Jinping welcomed the visitor to Beijing.");
	expect(d, NULL, 20, 0,
	    "Chinese leader Xi|Jinping welcomed the|visitor to Beijing.");
	/* A word that just fits, and the space after it. */
	expect(d, NULL, 17, 0,
	    "Chinese leader Xi|Jinping welcomed|the visitor to|Beijing.");
	doc_free(d);
}

static void
test_wrap_long_word(void **state)
{
	struct doc	*d;

	(void)state;
	d = one(BLOCK_PARAGRAPH, 0, "a Supercalifragilistic word");
	expect(d, NULL, 8, 0, "a|Supercal|ifragili|stic|word");
	doc_free(d);
}

static void
test_wrap_hyphens(void **state)
{
	struct doc	*d;

	(void)state;
	d = one(BLOCK_PARAGRAPH, 0, "a well-known fact");
	expect(d, NULL, 8, 0, "a well-|known|fact");
	/* Only when needed. */
	expect(d, NULL, 12, 0, "a well-known|fact");
	doc_free(d);
	d = one(BLOCK_PARAGRAPH, 0, "one\xe2\x80\x94two\xe2\x80\x94three");
	expect(d, NULL, 6, 0, "one\xe2\x80\x94|two\xe2\x80\x94|three");
	doc_free(d);
	/* Not after a hyphen that starts a word. */
	d = one(BLOCK_PARAGRAPH, 0, "x -5678");
	expect(d, NULL, 4, 0, "x|-567|8");
	doc_free(d);
}

static void
test_wrap_wide(void **state)
{
	struct doc	*d;

	(void)state;
	/* 中文字符 four times: two columns each, a break between any two. */
	d = one(BLOCK_PARAGRAPH, 0, "\xe4\xb8\xad\xe6\x96\x87\xe5\xad\x97"
	    "\xe7\xac\xa6\xe4\xb8\xad");
	expect(d, NULL, 5, 0, "\xe4\xb8\xad\xe6\x96\x87|"
	    "\xe5\xad\x97\xe7\xac\xa6|\xe4\xb8\xad");
	expect(d, NULL, 4, 0, "\xe4\xb8\xad\xe6\x96\x87|"
	    "\xe5\xad\x97\xe7\xac\xa6|\xe4\xb8\xad");
	doc_free(d);
	/* 。 does not start a line: 中文。 at 4 is 中|文。 */
	d = one(BLOCK_PARAGRAPH, 0, "\xe4\xb8\xad\xe6\x96\x87\xe3\x80\x82");
	expect(d, NULL, 4, 0, "\xe4\xb8\xad|\xe6\x96\x87\xe3\x80\x82");
	doc_free(d);
	/* Latin and CJK mixed. */
	d = one(BLOCK_PARAGRAPH, 0, "ab\xe4\xb8\xad\xe6\x96\x87");
	expect(d, NULL, 5, 0, "ab\xe4\xb8\xad|\xe6\x96\x87");
	doc_free(d);
}

static void
test_wrap_combining(void **state)
{
	struct doc	*d;

	(void)state;
	/* e + U+0301 five times: one column each, the marks kept. */
	d = one(BLOCK_PARAGRAPH, 0, "e\xcc\x81" "e\xcc\x81" "e\xcc\x81"
	    "e\xcc\x81" "e\xcc\x81");
	expect(d, NULL, 3, 0, "e\xcc\x81" "e\xcc\x81" "e\xcc\x81|"
	    "e\xcc\x81" "e\xcc\x81");
	expect(d, NULL, 1, 0, "e\xcc\x81|e\xcc\x81|e\xcc\x81|e\xcc\x81|"
	    "e\xcc\x81");
	doc_free(d);
	/* Not even by a break after a hyphen. */
	d = one(BLOCK_PARAGRAPH, 0, "ab-\xcc\x81" "cd");
	expect(d, NULL, 3, 0, "ab-\xcc\x81|cd");
	doc_free(d);
}

static void
test_wrap_emoji(void **state)
{
	struct doc	*d;

	(void)state;
	d = one(BLOCK_PARAGRAPH, 0, "\xf0\x9f\x98\x80\xf0\x9f\x98\x80"
	    "\xf0\x9f\x98\x80");
	expect(d, NULL, 5, 0, "\xf0\x9f\x98\x80\xf0\x9f\x98\x80|"
	    "\xf0\x9f\x98\x80");
	doc_free(d);
	/* A family joined with U+200D stays whole: 👨‍👩 is four columns. */
	d = one(BLOCK_PARAGRAPH, 0, "ab \xf0\x9f\x91\xa8\xe2\x80\x8d"
	    "\xf0\x9f\x91\xa9");
	expect(d, NULL, 5, 0, "ab|\xf0\x9f\x91\xa8\xe2\x80\x8d"
	    "\xf0\x9f\x91\xa9");
	/* Wider than the whole line, it is cut between its characters,
	 * the joiner staying with the one before it. */
	expect(d, NULL, 3, 0, "ab|\xf0\x9f\x91\xa8\xe2\x80\x8d|"
	    "\xf0\x9f\x91\xa9");
	expect(d, NULL, 1, 0, "a|b|\xf0\x9f\x91\xa8\xe2\x80\x8d|"
	    "\xf0\x9f\x91\xa9");
	doc_free(d);
	/* A joiner after a space joins nothing to the space. */
	d = one(BLOCK_PARAGRAPH, 0, "abc \xe2\x80\x8d" "def");
	expect(d, NULL, 6, 0, "abc|\xe2\x80\x8d" "def");
	doc_free(d);
	/* However long the chain, no line is wider than the width. */
	d = one(BLOCK_PARAGRAPH, 0, "\xf0\x9f\x98\x80\xe2\x80\x8d"
	    "\xf0\x9f\x98\x80\xe2\x80\x8d\xf0\x9f\x98\x80");
	expect(d, NULL, 5, 0, "\xf0\x9f\x98\x80\xe2\x80\x8d"
	    "\xf0\x9f\x98\x80\xe2\x80\x8d|\xf0\x9f\x98\x80");
	doc_free(d);
}

static void
test_widths(void **state)
{
	struct doc	*d = doc_new();
	struct layout	*l;
	struct block	*b;
	size_t		 i, nblank;
	int		 widths[] = { 1, 2, 3, 7, 200 }, w;

	(void)state;
	doc_set(&d->title, "A Title for the Widths", (size_t)-1);
	doc_set(&d->byline, "Jane Doe", (size_t)-1);
	doc_add_block(d, BLOCK_HEADING, 2, "A heading", (size_t)-1);
	doc_add_block(d, BLOCK_PARAGRAPH, 0, "Words and \xe4\xb8\xad\xe6\x96"
	    "\x87 and e\xcc\x81 and \xf0\x9f\x98\x80 together.", (size_t)-1);
	doc_add_block(d, BLOCK_QUOTE, 3, "Deeply quoted words.", (size_t)-1);
	doc_add_block(d, BLOCK_LIST_ITEM, 4, "Deeply listed words.",
	    (size_t)-1);
	b = doc_add_block(d, BLOCK_LIST_ITEM, 1, "Numbered.", (size_t)-1);
	b->number = 10;
	doc_add_block(d, BLOCK_PRE, 0, "\tcode();\n\t\treturn;", (size_t)-1);
	doc_add_block(d, BLOCK_CAPTION, 0, "A caption.", (size_t)-1);
	doc_finish(d);

	for (i = 0; i < sizeof widths / sizeof widths[0]; i++) {
		w = widths[i];
		l = layout_build(d, NULL, w, LAYOUT_TITLE | LAYOUT_BYLINE);
		check(l, w);
		assert_int_equal(l->width, w);
		layout_free(l);
	}

	/* Width 1: a wide character alone on its line, two columns. */
	l = layout_build(d, NULL, 1, 0);
	for (i = 0; i < l->n; i++)
		if (strcmp(l->lines[i].text, "\xe4\xb8\xad") == 0)
			break;
	assert_true(i < l->n);
	assert_int_equal(l->lines[i].cols, 2);
	/* No room for a prefix at width 2. */
	layout_free(l);
	l = layout_build(d, NULL, 2, 0);
	for (i = 0; i < l->n; i++)
		assert_null(strstr(l->lines[i].text, "\xe2\x94\x82"));
	layout_free(l);

	/* Width 200: one line per block, as with 0 but for the code; the
	 * two list items stay together. */
	l = layout_build(d, NULL, 200, 0);
	assert_int_equal(l->n, 7 * 2 - 1 + 1 - 1);
	layout_free(l);

	/* Width 0: no wrapping; one line per block, code lines kept. */
	l = layout_build(d, NULL, 0, LAYOUT_TITLE | LAYOUT_BYLINE);
	check(l, 0);
	assert_int_equal(l->width, 0);
	assert_string_equal(l->lines[0].text, "A Title for the Widths");
	assert_string_equal(l->lines[1].text, "By Jane Doe");
	for (i = 0, nblank = 0; i < l->n; i++)
		nblank += l->lines[i].len == 0;
	assert_int_equal(nblank, 6);
	assert_int_equal(l->n, 2 + 6 + 8);
	assert_string_equal(l->lines[7].text,
	    "\xe2\x94\x82 \xe2\x94\x82 \xe2\x94\x82 Deeply quoted words.");
	assert_string_equal(l->lines[9].text,
	    "      \xe2\x80\xa2 Deeply listed words.");
	assert_string_equal(l->lines[10].text, "10. Numbered.");
	assert_string_equal(l->lines[12].text, "        code();");
	assert_string_equal(l->lines[13].text, "                return;");
	assert_string_equal(l->lines[15].text, "A caption.");
	layout_free(l);

	/* A negative width is taken as 0. */
	l = layout_build(d, NULL, -5, 0);
	assert_int_equal(l->width, 0);
	layout_free(l);
	doc_free(d);
}

static void
test_blocks(void **state)
{
	struct doc	*d = doc_new();
	struct layout	*l;

	(void)state;
	doc_add_block(d, BLOCK_HEADING, 2, "The heading", (size_t)-1);
	doc_add_block(d, BLOCK_PARAGRAPH, 0, "Some text.", (size_t)-1);
	doc_add_block(d, BLOCK_QUOTE, 1, "A quoted line that wraps.",
	    (size_t)-1);
	doc_add_block(d, BLOCK_CAPTION, 0, "A caption.", (size_t)-1);
	doc_finish(d);
	l = layout_build(d, NULL, 16, 0);
	check(l, 16);
	assert_int_equal(l->n, 8);
	/* Heading. */
	assert_string_equal(l->lines[0].text, "The heading");
	assert_int_equal(l->lines[0].block, 0);
	assert_int_equal(l->lines[0].segs[0].role, ROLE_HEADING);
	/* Blank lines between blocks belong to the block after them. */
	assert_int_equal(l->lines[1].len, 0);
	assert_int_equal(l->lines[1].block, 1);
	assert_string_equal(l->lines[2].text, "Some text.");
	assert_int_equal(l->lines[2].segs[0].role, ROLE_TEXT);
	assert_int_equal(l->lines[2].segs[0].attr, 0);
	/* Quote: the prefix on each line, in the quote's role. */
	assert_string_equal(l->lines[4].text, "\xe2\x94\x82 A quoted line");
	assert_string_equal(l->lines[5].text, "\xe2\x94\x82 that wraps.");
	assert_int_equal(l->lines[4].nsegs, 1);
	assert_int_equal(l->lines[4].segs[0].role, ROLE_QUOTE);
	assert_int_equal(l->lines[5].off, 14);
	/* Caption. */
	assert_string_equal(l->lines[7].text, "A caption.");
	assert_int_equal(l->lines[7].segs[0].role, ROLE_BYLINE);
	assert_int_equal(l->lines[7].segs[0].attr, ATTR_ITALIC);
	layout_free(l);
	doc_free(d);
}

static void
test_lists(void **state)
{
	struct doc	*d = doc_new();
	struct block	*b;

	(void)state;
	doc_add_block(d, BLOCK_LIST_ITEM, 1, "A bullet item that wraps.",
	    (size_t)-1);
	doc_add_block(d, BLOCK_LIST_ITEM, 2, "A nested item that wraps.",
	    (size_t)-1);
	b = doc_add_block(d, BLOCK_LIST_ITEM, 1, "Numbered, wrapping.",
	    (size_t)-1);
	b->number = 12;
	b = doc_add_block(d, BLOCK_LIST_ITEM, 3, "Deep.", (size_t)-1);
	b->number = 3;
	doc_finish(d);
	/* The items of a list stay together, without blank lines. */
	expect(d, NULL, 16, 0,
	    "\xe2\x80\xa2 A bullet item|  that wraps.|"
	    "  \xe2\x80\xa2 A nested|    item that|    wraps.|"
	    "12. Numbered,|    wrapping.|"
	    "  3. Deep.");
	/* Narrow: the indent gives way first, then the marker. */
	expect(d, NULL, 8, 0,
	    "\xe2\x80\xa2 A|  bullet|  item|  that|  wraps.|"
	    "\xe2\x80\xa2 A|  nested|  item|  that|  wraps.|"
	    "Numbered|,|wrapping|.|"
	    "Deep.");
	doc_free(d);
}

static void
test_quotes_nested(void **state)
{
	struct doc	*d = doc_new();

	(void)state;
	doc_add_block(d, BLOCK_QUOTE, 1, "Outer words here.", (size_t)-1);
	doc_add_block(d, BLOCK_QUOTE, 2, "Inner words here.", (size_t)-1);
	doc_finish(d);
	expect(d, NULL, 14, 0,
	    "\xe2\x94\x82 Outer words|\xe2\x94\x82 here.|"
	    "|\xe2\x94\x82 \xe2\x94\x82 Inner|"
	    "\xe2\x94\x82 \xe2\x94\x82 words|\xe2\x94\x82 \xe2\x94\x82 here.");
	doc_free(d);
}

static void
test_pre(void **state)
{
	struct doc	*d = doc_new();
	struct layout	*l;

	(void)state;
	doc_add_block(d, BLOCK_PRE, 0, "if (x)\n\treturn;\n\nab\tc", (size_t)-1);
	doc_add_raw(d, "raw\r\nline\r\x01", 11);
	doc_finish(d);
	expect(d, NULL, 0, 0,
	    "if (x)|        return;||ab      c||raw|line\xef\xbf\xbd");
	/* Long lines cut, spaces kept. */
	expect(d, NULL, 5, 0,
	    "if (x|)|     |retur|n;||ab   |c||raw|line\xef\xbf\xbd");
	l = layout_build(d, NULL, 0, 0);
	assert_int_equal(l->lines[1].off, 7);
	assert_int_equal(l->lines[2].off, 16);
	layout_free(l);
	doc_free(d);
}

static void
test_hard_break(void **state)
{
	struct doc	*d = doc_new();

	(void)state;
	doc_block_begin(d, BLOCK_PARAGRAPH, 0);
	doc_block_text(d, "Roses are red,", (size_t)-1);
	doc_block_break(d);
	doc_block_text(d, "violets blue.", (size_t)-1);
	doc_block_end(d);
	doc_finish(d);
	expect(d, NULL, 0, 0, "Roses are red,|violets blue.");
	expect(d, NULL, 10, 0, "Roses are|red,|violets|blue.");
	doc_free(d);
}

static void
test_spans(void **state)
{
	struct doc		*d = doc_new();
	struct layout		*l;
	const struct line	*line;

	(void)state;
	doc_block_begin(d, BLOCK_PARAGRAPH, 0);
	doc_block_text(d, "Read ", (size_t)-1);
	doc_span_begin(d, INL_EM, NULL);
	doc_block_text(d, "all", (size_t)-1);
	doc_span_begin(d, INL_STRONG, NULL);
	doc_block_text(d, " of", (size_t)-1);
	doc_span_end(d);
	doc_span_end(d);
	doc_block_text(d, " the ", (size_t)-1);
	doc_span_begin(d, INL_LINK, "https://example.com/");
	doc_block_text(d, "story", (size_t)-1);
	doc_span_end(d);
	doc_block_text(d, " in ", (size_t)-1);
	doc_span_begin(d, INL_CODE, NULL);
	doc_block_text(d, "x()", (size_t)-1);
	doc_span_end(d);
	doc_block_end(d);
	doc_finish(d);
	assert_string_equal(BLOCK_TEXT(&d->blocks[0]),
	    "Read all of the story in x()");

	l = layout_build(d, NULL, 0, 0);
	check(l, 0);
	line = &l->lines[0];
	assert_int_equal(line->nsegs, 7);
	assert_int_equal(line->segs[0].len, 5);		/* "Read " */
	assert_int_equal(line->segs[0].attr, 0);
	assert_int_equal(line->segs[1].len, 4);		/* "all " */
	assert_int_equal(line->segs[1].attr, ATTR_ITALIC);
	assert_int_equal(line->segs[2].len, 2);		/* "of" */
	assert_int_equal(line->segs[2].attr, ATTR_ITALIC | ATTR_BOLD);
	assert_int_equal(line->segs[3].len, 5);		/* " the " */
	assert_int_equal(line->segs[3].attr, 0);
	assert_int_equal(line->segs[4].len, 5);		/* "story" */
	assert_int_equal(line->segs[4].role, ROLE_LINK);
	assert_int_equal(line->segs[4].attr, 0);
	assert_int_equal(line->segs[5].role, ROLE_TEXT);
	assert_int_equal(line->segs[6].len, 3);		/* "x()" */
	assert_int_equal(line->segs[6].role, ROLE_TEXT);
	assert_int_equal(line->segs[6].attr, ATTR_DIM);
	layout_free(l);

	/* A span split over lines styles both parts. */
	l = layout_build(d, NULL, 10, 0);
	check(l, 10);
	assert_string_equal(l->lines[0].text, "Read all");
	assert_string_equal(l->lines[1].text, "of the");
	assert_int_equal(l->lines[1].segs[0].attr, ATTR_ITALIC | ATTR_BOLD);
	assert_int_equal(l->lines[1].segs[0].len, 2);
	layout_free(l);
	doc_free(d);
}

static void
test_mentions(void **state)
{
	struct doc	*d = doc_new();
	struct layout	*l;
	struct mention	 m[3];
	struct entity	 ent[2];
	struct entities	 e;
	const char	*p;
	size_t		 i, off;

	(void)state;
	doc_add_block(d, BLOCK_PARAGRAPH, 0, "Leaders met.", (size_t)-1);
	doc_add_block(d, BLOCK_PARAGRAPH, 0,
	    "He welcomed Vladimir Putin for 2 days.", (size_t)-1);
	doc_finish(d);
	off = d->blocks[1].body_off;
	p = strstr(d->body, "Vladimir");
	m[0].start = (size_t)(p - d->body);
	m[0].end = m[0].start + strlen("Vladimir Putin");
	m[0].entity = 0;
	p = strstr(d->body, "2 days");
	m[1].start = (size_t)(p - d->body);
	m[1].end = m[1].start + 6;
	m[1].entity = 1;
	m[2].start = d->body_len + 5;	/* past the text: ignored */
	m[2].end = d->body_len + 9;
	m[2].entity = 0;
	memset(ent, 0, sizeof ent);
	ent[0].type = ENT_PERSON;
	ent[1].type = ENT_COUNT;
	e.mentions = m;
	e.nmentions = 3;
	e.list = ent;
	e.n = 2;

	/* On one line. */
	l = layout_build(d, &e, 0, 0);
	check(l, 0);
	assert_int_equal(l->n, 3);
	assert_int_equal(l->lines[0].nsegs, 1);
	assert_int_equal(l->lines[0].segs[0].entity, -1);
	assert_int_equal(l->lines[2].nsegs, 5);
	assert_int_equal(l->lines[2].segs[1].off, m[0].start - off);
	assert_int_equal(l->lines[2].segs[1].len, 14);
	assert_int_equal(l->lines[2].segs[1].entity, 0);
	assert_int_equal(l->lines[2].segs[2].entity, -1);
	assert_int_equal(l->lines[2].segs[3].entity, 1);
	assert_int_equal(l->lines[2].segs[3].len, 6);
	layout_free(l);

	/* Split over two lines: both parts marked. */
	l = layout_build(d, &e, 20, 0);
	check(l, 20);
	assert_string_equal(l->lines[2].text, "He welcomed Vladimir");
	assert_string_equal(l->lines[3].text, "Putin for 2 days.");
	assert_int_equal(l->lines[2].nsegs, 2);
	assert_int_equal(l->lines[2].segs[1].entity, 0);
	assert_int_equal(l->lines[2].segs[1].len, 8);
	assert_int_equal(l->lines[3].segs[0].entity, 0);
	assert_int_equal(l->lines[3].segs[0].len, 5);
	for (i = 0; i < l->lines[3].nsegs; i++)
		if (l->lines[3].segs[i].entity == 1)
			break;
	assert_true(i < l->lines[3].nsegs);
	layout_free(l);
	doc_free(d);
}

static void
test_mention_in_span(void **state)
{
	struct doc	*d = doc_new();
	struct layout	*l;
	struct mention	 m;
	struct entity	 ent;
	struct entities	 e;

	(void)state;
	doc_block_begin(d, BLOCK_PARAGRAPH, 0);
	doc_block_text(d, "See ", (size_t)-1);
	doc_span_begin(d, INL_LINK, "https://example.com/");
	doc_block_text(d, "Xi Jinping", (size_t)-1);
	doc_span_end(d);
	doc_block_end(d);
	doc_finish(d);
	m.start = 7;		/* "Jinping" */
	m.end = 14;
	m.entity = 0;
	memset(&ent, 0, sizeof ent);
	e.mentions = &m;
	e.nmentions = 1;
	e.list = &ent;
	e.n = 1;
	l = layout_build(d, &e, 0, 0);
	check(l, 0);
	assert_int_equal(l->lines[0].nsegs, 3);
	assert_int_equal(l->lines[0].segs[1].role, ROLE_LINK);
	assert_int_equal(l->lines[0].segs[1].entity, -1);
	assert_int_equal(l->lines[0].segs[2].role, ROLE_LINK);
	assert_int_equal(l->lines[0].segs[2].entity, 0);
	layout_free(l);
	doc_free(d);
}

static void
test_header(void **state)
{
	struct doc	*d = doc_new();
	struct layout	*l;

	(void)state;
	doc_set(&d->title, "Xi Greets Putin in China", (size_t)-1);
	doc_set(&d->byline, "Jane Doe", (size_t)-1);
	doc_set(&d->date, "2024-05-16", (size_t)-1);
	doc_set(&d->site, "example.com", (size_t)-1);
	doc_add_block(d, BLOCK_PARAGRAPH, 0, "Body.", (size_t)-1);
	doc_finish(d);

	l = layout_build(d, NULL, 0, LAYOUT_TITLE | LAYOUT_BYLINE);
	check(l, 0);
	assert_int_equal(l->n, 4);
	assert_string_equal(l->lines[0].text, "Xi Greets Putin in China");
	assert_int_equal(l->lines[0].block, LAYOUT_HEADER);
	assert_int_equal(l->lines[0].segs[0].role, ROLE_TITLE);
	assert_string_equal(l->lines[1].text,
	    "By Jane Doe \xc2\xb7 May 16, 2024 \xc2\xb7 example.com");
	assert_int_equal(l->lines[1].block, LAYOUT_HEADER);
	assert_int_equal(l->lines[1].nsegs, 1);
	assert_int_equal(l->lines[1].segs[0].role, ROLE_BYLINE);
	assert_int_equal(l->lines[2].len, 0);
	assert_int_equal(l->lines[2].block, 0);
	assert_string_equal(l->lines[3].text, "Body.");
	layout_free(l);

	/* The title wraps. */
	expect(d, NULL, 12, LAYOUT_TITLE,
	    "Xi Greets|Putin in|China||Body.");
	/* Only the flags asked for. */
	expect(d, NULL, 0, 0, "Body.");
	expect(d, NULL, 0, LAYOUT_BYLINE,
	    "By Jane Doe \xc2\xb7 May 16, 2024 \xc2\xb7 example.com||Body.");

	/* The parts that exist; "By" not doubled; other dates as written;
	 * the date of an ISO date and time. */
	doc_set(&d->byline, "by John Roe", (size_t)-1);
	doc_set(&d->date, "Thursday", (size_t)-1);
	doc_set(&d->site, NULL, 0);
	expect(d, NULL, 0, LAYOUT_BYLINE, "by John Roe \xc2\xb7 Thursday||Body.");
	doc_set(&d->byline, NULL, 0);
	doc_set(&d->date, "2023-12-01T09:30:00Z", (size_t)-1);
	expect(d, NULL, 0, LAYOUT_BYLINE, "December 1, 2023||Body.");
	doc_set(&d->date, "2023-13-01", (size_t)-1);
	expect(d, NULL, 0, LAYOUT_BYLINE, "2023-13-01||Body.");
	doc_set(&d->date, "2023-01-05x", (size_t)-1);
	expect(d, NULL, 0, LAYOUT_BYLINE, "2023-01-05x||Body.");
	doc_set(&d->date, NULL, 0);
	doc_set(&d->site, "Byline Site", (size_t)-1);
	expect(d, NULL, 0, LAYOUT_BYLINE, "Byline Site||Body.");
	doc_set(&d->site, NULL, 0);
	doc_set(&d->title, NULL, 0);
	/* Nothing to show: no header, no blank line. */
	expect(d, NULL, 0, LAYOUT_TITLE | LAYOUT_BYLINE, "Body.");
	doc_free(d);

	/* A header and no body: no blank line after it. */
	d = doc_new();
	doc_set(&d->title, "Only a title", (size_t)-1);
	doc_finish(d);
	expect(d, NULL, 0, LAYOUT_TITLE, "Only a title");

	/* The headline is shown, not the title with the site's name: the
	 * site is on the byline's line. */
	doc_set(&d->title, "Only a title | Harbour News", (size_t)-1);
	doc_set(&d->headline, "Only a title", (size_t)-1);
	doc_set(&d->site, "Harbour News", (size_t)-1);
	expect(d, NULL, 0, LAYOUT_TITLE | LAYOUT_BYLINE,
	    "Only a title|Harbour News");
	doc_free(d);
}

static void
test_empty(void **state)
{
	struct doc	*d = doc_new();
	struct layout	*l;

	(void)state;
	doc_finish(d);
	l = layout_build(d, NULL, 40, LAYOUT_TITLE | LAYOUT_BYLINE);
	assert_non_null(l);
	assert_int_equal(l->n, 0);
	assert_int_equal(layout_find(l, 0, 0), 0);
	assert_int_equal(layout_find(l, 3, 10), 0);
	layout_free(l);
	layout_free(NULL);
	doc_free(d);
}

static void
test_no_controls(void **state)
{
	struct doc	*d = doc_new();
	struct block	*b;

	(void)state;
	/* Whatever slips into a block's text, no control reaches a line. */
	b = doc_add_block(d, BLOCK_PARAGRAPH, 0, "abc def", (size_t)-1);
	b->text[3] = '\t';
	b = doc_add_block(d, BLOCK_PARAGRAPH, 0, "xyz", (size_t)-1);
	b->text[1] = '\x1b';
	doc_add_raw(d, "a\rb\x1b[31mc", 9);
	/* Nor does a line of a paragraph end in spaces. */
	b = doc_add_raw(d, "ab   \ncd", (size_t)-1);
	b->kind = BLOCK_PARAGRAPH;
	doc_finish(d);
	expect(d, NULL, 0, 0, "abc def||xz||ab\xef\xbf\xbd[31mc||ab|cd");
	doc_free(d);
}

static void
test_find(void **state)
{
	struct doc	*d = doc_new();
	struct layout	*l;
	size_t		 i;

	(void)state;
	doc_set(&d->title, "A title", (size_t)-1);
	doc_add_block(d, BLOCK_PARAGRAPH, 0, "aaaa bbbb cccc dddd", (size_t)-1);
	doc_add_block(d, BLOCK_CAPTION, 0, "cap", (size_t)-1);
	doc_add_block(d, BLOCK_PARAGRAPH, 0, "eeee ffff", (size_t)-1);
	doc_finish(d);
	l = layout_build(d, NULL, 9, LAYOUT_TITLE);
	check(l, 9);
	/* 0 title, 1 blank, 2 "aaaa bbbb", 3 "cccc dddd", 4 blank, 5 "cap",
	 * 6 blank, 7 "eeee ffff" */
	assert_int_equal(l->n, 8);
	assert_int_equal(l->lines[3].off, 10);
	assert_int_equal(layout_find(l, 0, 0), 2);
	assert_int_equal(layout_find(l, 0, 4), 2);
	assert_int_equal(layout_find(l, 0, 9), 2);
	assert_int_equal(layout_find(l, 0, 10), 3);
	assert_int_equal(layout_find(l, 0, 18), 3);
	assert_int_equal(layout_find(l, 0, 500), 3);
	assert_int_equal(layout_find(l, 1, 0), 5);
	assert_int_equal(layout_find(l, 2, 5), 7);
	assert_int_equal(layout_find(l, 9, 0), 7);
	assert_int_equal(layout_find(l, LAYOUT_HEADER, 3), 0);
	/* Every line is found from its own place. */
	for (i = 0; i < l->n; i++)
		if (l->lines[i].len > 0 && l->lines[i].block != LAYOUT_HEADER)
			assert_int_equal(layout_find(l, l->lines[i].block,
			    l->lines[i].off), i);
	layout_free(l);

	/* The same place at another width: the line that shows it. */
	l = layout_build(d, NULL, 5, LAYOUT_TITLE);
	i = layout_find(l, 0, 10);
	assert_string_equal(l->lines[i].text, "cccc");
	layout_free(l);
	doc_free(d);
}

static void
test_long_article(void **state)
{
	struct doc	*d = doc_new();
	struct layout	*l;
	struct buf	 b = BUF_INIT;
	size_t		 i, last;

	(void)state;
	for (i = 0; i < 200; i++)
		buf_addf(&b, "word%zu and \xe4\xb8\xad\xe6\x96\x87 more, ", i);
	for (i = 0; i < 300; i++)
		doc_add_block(d, i % 7 == 3 ? BLOCK_QUOTE : BLOCK_PARAGRAPH, 1,
		    b.data, b.len);
	doc_finish(d);
	l = layout_build(d, NULL, 61, 0);
	check(l, 61);
	/* Lines in order of (block, off). */
	for (i = 1, last = 0; i < l->n; i++) {
		assert_true(l->lines[i].block >= l->lines[last].block);
		if (l->lines[i].len > 0) {
			if (l->lines[i].block == l->lines[last].block)
				assert_true(l->lines[i].off >
				    l->lines[last].off);
			last = i;
		}
	}
	layout_free(l);
	buf_free(&b);
	doc_free(d);
}

/* Add a table's row as extraction does: the cells' text joined by
 * " | " after the first that holds some, an empty cell left out of the
 * text; head: header cells. */
static void
add_row(struct doc *d, int level, bool head, const char *const *cells,
    size_t n)
{
	size_t	 i;
	bool	 text = false;

	doc_block_begin(d, BLOCK_ROW, level);
	for (i = 0; i < n; i++) {
		if (cells[i][0] != '\0' && text)
			doc_block_text(d, " | ", 3);
		doc_cell_begin(d, head);
		doc_block_text(d, cells[i], (size_t)-1);
		doc_cell_end(d);
		if (cells[i][0] != '\0')
			text = true;
	}
	doc_block_end(d);
}

/* A table of players: a head, a CJK name, an empty cell. */
static struct doc *
players(void)
{
	static const char *const rows[][3] = {
		{ "Pos", "Player", "Pts" },
		{ "1", "Chen Jing", "412" },
		{ "2", "\xe7\x8e\x8b\xe6\xa5\x9a\xe9\x92\xa6", "98" },
		{ "10", "Ana Ferreira", "" },
	};
	struct doc	*d = doc_new();
	size_t		 i;

	doc_add_block(d, BLOCK_PARAGRAPH, 0, "Results:", (size_t)-1);
	for (i = 0; i < 4; i++)
		add_row(d, 1, i == 0, rows[i], 3);
	doc_add_block(d, BLOCK_PARAGRAPH, 0, "After.", (size_t)-1);
	doc_finish(d);
	return d;
}

static void
test_table_columns(void **state)
{
	struct doc	*d = players();

	(void)state;
	/* Columns as wide as their widest cell, two blanks apart, figures
	 * set right; a rule under the head; the rows together. */
	expect(d, NULL, 40, 0, "Results:||"
	    "Pos  Player        Pts|"
	    "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80  "
	    "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80"
	    "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80"
	    "\xe2\x94\x80\xe2\x94\x80  \xe2\x94\x80\xe2\x94\x80\xe2\x94\x80|"
	    "  1  Chen Jing     412|"
	    "  2  \xe7\x8e\x8b\xe6\xa5\x9a\xe9\x92\xa6         98|"
	    " 10  Ana Ferreira|"
	    "|After.");
	/* No wrapping: the same columns. */
	expect(d, NULL, 0, 0, "Results:||"
	    "Pos  Player        Pts|"
	    "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80  "
	    "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80"
	    "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80"
	    "\xe2\x94\x80\xe2\x94\x80  \xe2\x94\x80\xe2\x94\x80\xe2\x94\x80|"
	    "  1  Chen Jing     412|"
	    "  2  \xe7\x8e\x8b\xe6\xa5\x9a\xe9\x92\xa6         98|"
	    " 10  Ana Ferreira|"
	    "|After.");
	doc_free(d);
}

static void
test_table_narrow(void **state)
{
	struct doc	*d = players();
	struct layout	*l;
	size_t		 i, k;

	(void)state;
	/* Narrower than the widest cell: that column wraps its cells, down
	 * to its longest word. */
	l = layout_build(d, NULL, 20, 0);
	check(l, 20);
	for (i = 0; i < l->n; i++)
		if (strcmp(l->lines[i].text, " 10  Ana") == 0)
			break;
	assert_true(i + 1 < l->n);
	assert_string_equal(l->lines[i - 1].text,
	    "  2  \xe7\x8e\x8b\xe6\xa5\x9a\xe9\x92\xa6       98");
	assert_string_equal(l->lines[i + 1].text, "     Ferreira");
	/* Each line of the row says where in its text it starts. */
	k = l->lines[i].block;
	assert_int_equal(l->lines[i + 1].block, k);
	assert_int_equal(l->lines[i].off, 0);
	assert_string_equal(BLOCK_TEXT(&d->blocks[k]) + l->lines[i + 1].off,
	    "Ferreira");
	assert_int_equal(layout_find(l, k, l->lines[i + 1].off), i + 1);
	assert_int_equal(layout_find(l, k, 3), i);
	layout_free(l);

	/* Narrower than the columns can be: a row a paragraph, as its text
	 * has it, the head still a heading; no line starts with the bar
	 * between cells. */
	l = layout_build(d, NULL, 12, 0);
	check(l, 12);
	assert_string_equal(l->lines[2].text, "Pos |");
	assert_string_equal(l->lines[3].text, "Player | Pts");
	assert_int_equal(l->lines[3].segs[0].role, ROLE_HEADING);
	assert_int_equal(l->lines[4].len, 0);
	assert_string_equal(l->lines[5].text, "1 | Chen");
	assert_string_equal(l->lines[6].text, "Jing | 412");
	for (i = 0; i < l->n; i++)
		assert_true(l->lines[i].text[0] != '|');
	layout_free(l);
	doc_free(d);
}

static void
test_table_styles(void **state)
{
	static const char *const head[] = { "Name", "Club" };
	static const char *const row[] = { "Total", "Chen Jing" };
	struct doc	*d = doc_new();
	struct layout	*l;
	struct mention	 m;
	struct entity	 ent;
	struct entities	 e;
	const struct line *ln;
	const char	*p;
	size_t		 i;

	(void)state;
	add_row(d, 1, true, head, 2);
	/* A header cell in a row of data, and a link in a cell. */
	doc_block_begin(d, BLOCK_ROW, 1);
	doc_cell_begin(d, true);
	doc_block_text(d, row[0], (size_t)-1);
	doc_cell_end(d);
	doc_block_text(d, " | ", 3);
	doc_cell_begin(d, false);
	doc_span_begin(d, INL_LINK, "chen.html");
	doc_block_text(d, row[1], (size_t)-1);
	doc_span_end(d);
	doc_cell_end(d);
	doc_block_end(d);
	doc_finish(d);
	p = strstr(d->body, "Jing");
	m.start = (size_t)(p - d->body);
	m.end = m.start + 4;
	m.entity = 0;
	memset(&ent, 0, sizeof ent);
	ent.type = ENT_PERSON;
	e.mentions = &m;
	e.nmentions = 1;
	e.list = &ent;
	e.n = 1;

	l = layout_build(d, &e, 30, 0);
	check(l, 30);
	assert_int_equal(l->n, 3);
	assert_string_equal(l->lines[0].text, "Name   Club");
	for (i = 0; i < l->lines[0].nsegs; i++)
		if (l->lines[0].text[l->lines[0].segs[i].off] != ' ')
			assert_int_equal(l->lines[0].segs[i].role,
			    ROLE_HEADING);
	assert_int_equal(l->lines[1].nsegs, 3);
	assert_int_equal(l->lines[1].segs[0].role, ROLE_BORDER);
	/* The rule is at the end of the head's text, after its lines. */
	assert_int_equal(l->lines[1].block, 0);
	assert_int_equal(l->lines[1].off, d->blocks[0].len);
	assert_int_equal(layout_find(l, 0, 0), 0);
	ln = &l->lines[2];
	assert_string_equal(ln->text, "Total  Chen Jing");
	assert_int_equal(ln->nsegs, 4);
	assert_int_equal(ln->segs[0].role, ROLE_HEADING);
	assert_int_equal(ln->segs[0].len, 5);
	assert_int_equal(ln->segs[1].role, ROLE_TEXT);
	assert_int_equal(ln->segs[2].role, ROLE_LINK);
	assert_int_equal(ln->segs[2].link, 0);
	assert_int_equal(ln->segs[2].entity, -1);
	assert_int_equal(ln->segs[3].len, 4);
	assert_int_equal(ln->segs[3].link, 0);
	assert_int_equal(ln->segs[3].entity, 0);
	layout_free(l);
	doc_free(d);
}

static void
test_table_apart(void **state)
{
	static const char *const a[] = { "a", "bb" };
	static const char *const b[] = { "cccc", "d" };
	struct doc	*d = doc_new();

	(void)state;
	/* Two tables one after the other: columns of their own, a blank
	 * line between; a row without cells is one cell. */
	add_row(d, 1, false, a, 2);
	add_row(d, 1, false, b, 2);
	add_row(d, 2, false, b, 2);
	add_row(d, 2, false, a, 2);
	doc_add_block(d, BLOCK_ROW, 3, "One cell", (size_t)-1);
	doc_finish(d);
	expect(d, NULL, 20, 0, "a     bb|cccc  d||cccc  d|a     bb||One cell");
	doc_free(d);
}

int
main(void)
{
	struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wrap_words),
		cmocka_unit_test(test_wrap_long_word),
		cmocka_unit_test(test_wrap_hyphens),
		cmocka_unit_test(test_wrap_wide),
		cmocka_unit_test(test_wrap_combining),
		cmocka_unit_test(test_wrap_emoji),
		cmocka_unit_test(test_widths),
		cmocka_unit_test(test_blocks),
		cmocka_unit_test(test_lists),
		cmocka_unit_test(test_quotes_nested),
		cmocka_unit_test(test_pre),
		cmocka_unit_test(test_hard_break),
		cmocka_unit_test(test_spans),
		cmocka_unit_test(test_mentions),
		cmocka_unit_test(test_mention_in_span),
		cmocka_unit_test(test_header),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_no_controls),
		cmocka_unit_test(test_find),
		cmocka_unit_test(test_long_article),
		cmocka_unit_test(test_table_columns),
		cmocka_unit_test(test_table_narrow),
		cmocka_unit_test(test_table_styles),
		cmocka_unit_test(test_table_apart),
	};

	return run_utf8_tests(tests, NULL, NULL);
}
