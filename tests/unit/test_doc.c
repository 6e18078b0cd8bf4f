/* test_doc.c: the article model. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "doc.h"
#include "xmalloc.h"
#include "testutil.h"

static void
test_set_fields(void **state)
{
	struct doc	*d = doc_new();

	(void)state;
	doc_set(&d->title, "  Xi Greets\n  Putin\t in China ", (size_t)-1);
	assert_string_equal(d->title, "Xi Greets Putin in China");
	doc_set(&d->byline, " \n\t ", (size_t)-1);
	assert_null(d->byline);
	doc_set(&d->site, "Site\x1b[31m", (size_t)-1);
	assert_string_equal(d->site, "Site[31m");
	doc_set(&d->site, NULL, 0);
	assert_null(d->site);
	doc_free(d);
	doc_free(NULL);
}

static void
test_blocks_and_body(void **state)
{
	struct doc		*d = doc_new();
	const struct block	*b;
	size_t			 in;

	(void)state;
	assert_non_null(doc_add_block(d, BLOCK_HEADING, 2, "  Heading ", 10));
	assert_null(doc_add_block(d, BLOCK_PARAGRAPH, 0, " \n ", 3));
	assert_non_null(doc_add_block(d, BLOCK_CAPTION, 0, "A caption", 9));
	assert_non_null(doc_add_block(d, BLOCK_PARAGRAPH, 0,
	    "First\nparagraph,  joined.", (size_t)-1));
	assert_non_null(doc_add_block(d, BLOCK_PRE, 0,
	    "\n\n  code\n\tindented  \n\n", (size_t)-1));
	doc_finish(d);
	assert_int_equal(d->nblocks, 4);
	assert_string_equal(BLOCK_TEXT(&d->blocks[2]),
	    "First paragraph, joined.");
	assert_string_equal(BLOCK_TEXT(&d->blocks[3]), "  code\n\tindented");
	assert_string_equal(d->body,
	    "Heading\n\nFirst paragraph, joined.\n\n  code\n\tindented");
	assert_int_equal(d->body_len, strlen(d->body));
	assert_int_equal(d->blocks[1].body_off, DOC_NOT_IN_BODY);
	assert_int_equal(d->blocks[2].body_off, 9);

	b = doc_block_at(d, 9 + 6, &in);
	assert_ptr_equal(b, &d->blocks[2]);
	assert_int_equal(in, 6);
	b = doc_block_at(d, 3, &in);
	assert_ptr_equal(b, &d->blocks[0]);
	assert_int_equal(in, 3);
	b = doc_block_at(d, d->body_len - 1, &in);
	assert_ptr_equal(b, &d->blocks[3]);
	doc_free(d);
}

/* The last block goes, an open one first; then the next can be added
 * where it stood. */
static void
test_pop_block(void **state)
{
	struct doc	*d = doc_new();

	(void)state;
	doc_pop_block(d);	/* none: nothing happens */
	assert_int_equal(d->nblocks, 0);
	assert_non_null(doc_add_block(d, BLOCK_PARAGRAPH, 0, "Kept.", 5));
	doc_block_begin(d, BLOCK_HEADING, 3);
	doc_span_begin(d, INL_LINK, "https://example.org/");
	doc_block_text(d, "Gone", 4);
	doc_pop_block(d);
	assert_false(doc_block_is_open(d));
	assert_int_equal(d->nblocks, 1);
	assert_non_null(doc_add_block(d, BLOCK_PARAGRAPH, 0, "Added.", 6));
	doc_finish(d);
	assert_string_equal(d->body, "Kept.\n\nAdded.");
	doc_free(d);
}

/* The texts of many blocks, in the one buffer that grows under them
 * (and a guess at their size, short), stay each its own while the doc is
 * built; once finished they are the pieces of the body, the captions
 * after its end. */
static void
test_many_blocks(void **state)
{
	struct doc	*d = doc_new();
	struct buf	 body = BUF_INIT;
	char		 t[64];
	size_t		 i, n = 3000, off = 0;
	int		 k;

	(void)state;
	doc_reserve(d, 10, 100);
	for (i = 0; i < n; i++) {
		k = snprintf(t, sizeof t, "Block %zu says %s.", i,
		    i % 3 == 0 ? "a little more" : "this");
		if (i % 7 == 3) {
			assert_non_null(doc_add_block(d, BLOCK_CAPTION, 0, t,
			    (size_t)k));
			continue;
		}
		doc_block_begin(d, BLOCK_PARAGRAPH, 0);
		doc_block_text(d, "  ", 2);
		doc_span_begin(d, INL_LINK, "/x");
		doc_block_text(d, t, 5);
		doc_span_end(d);
		doc_block_text(d, t + 5, (size_t)k - 5);
		doc_block_text(d, "   ", 3);
		assert_non_null(doc_block_end(d));
		/* An empty block leaves nothing behind. */
		doc_block_begin(d, BLOCK_PARAGRAPH, 0);
		doc_block_text(d, " \n ", 3);
		assert_null(doc_block_end(d));
		if (body.len > 0)
			buf_adds(&body, "\n\n");
		buf_add(&body, t, (size_t)k);
	}
	assert_int_equal(d->nblocks, n);
	for (i = 0; i < n; i++) {
		k = snprintf(t, sizeof t, "Block %zu says %s.", i,
		    i % 3 == 0 ? "a little more" : "this");
		assert_string_equal(d->blocks[i].text, t);
		assert_int_equal(d->blocks[i].len, (size_t)k);
	}
	doc_finish(d);
	assert_int_equal(d->body_len, body.len);
	assert_memory_equal(d->body, body.data, body.len);
	assert_int_equal(d->body[d->body_len], '\0');
	for (i = 0; i < n; i++) {
		const struct block *b = &d->blocks[i];

		k = snprintf(t, sizeof t, "Block %zu says %s.", i,
		    i % 3 == 0 ? "a little more" : "this");
		assert_string_equal(BLOCK_TEXT(b), t);
		if (b->kind == BLOCK_CAPTION) {
			assert_int_equal(b->body_off, DOC_NOT_IN_BODY);
			/* After the body, each with its NUL. */
			assert_ptr_equal(b->text, d->body + d->body_len + 1 +
			    off);
			assert_int_equal(b->text[b->len], '\0');
			off += b->len + 1;
		} else {
			assert_ptr_equal(b->text, d->body + b->body_off);
			assert_int_equal(b->nspans, 1);
			assert_memory_equal(b->text + b->spans[0].start,
			    "Block", 5);
		}
	}
	buf_free(&body);
	doc_free(d);
}

/* Blocks added and taken away once the doc is finished: a second
 * doc_finish() makes the body again from wherever their texts are. */
static void
test_finish_again(void **state)
{
	struct doc	*d = doc_new();

	(void)state;
	doc_add_block(d, BLOCK_PARAGRAPH, 0, "One.", (size_t)-1);
	doc_add_block(d, BLOCK_CAPTION, 0, "A caption.", (size_t)-1);
	doc_add_block(d, BLOCK_PARAGRAPH, 0, "Two.", (size_t)-1);
	doc_add_block(d, BLOCK_PARAGRAPH, 0, "Three.", (size_t)-1);
	doc_finish(d);
	assert_string_equal(d->body, "One.\n\nTwo.\n\nThree.");
	doc_pop_block(d);
	doc_add_block(d, BLOCK_HEADING, 2, "Four", (size_t)-1);
	doc_add_raw(d, "  five\n", (size_t)-1);
	doc_pop_block(d);
	doc_add_block(d, BLOCK_PARAGRAPH, 0, "Six.", (size_t)-1);
	assert_string_equal(d->blocks[3].text, "Four");
	doc_finish(d);
	assert_string_equal(d->body, "One.\n\nTwo.\n\nFour\n\nSix.");
	assert_int_equal(d->nblocks, 5);
	assert_string_equal(BLOCK_TEXT(&d->blocks[1]), "A caption.");
	assert_string_equal(d->blocks[1].text, "A caption.");
	assert_string_equal(BLOCK_TEXT(&d->blocks[4]), "Six.");
	assert_ptr_equal(d->blocks[4].text, d->body + d->blocks[4].body_off);
	doc_finish(d);
	assert_string_equal(d->body, "One.\n\nTwo.\n\nFour\n\nSix.");
	doc_free(d);

	/* No block at all: an empty body. */
	d = doc_new();
	doc_finish(d);
	assert_string_equal(d->body, "");
	doc_free(d);
	d = doc_new();
	doc_add_block(d, BLOCK_PARAGRAPH, 0, "Gone.", (size_t)-1);
	doc_pop_block(d);
	doc_finish(d);
	assert_string_equal(d->body, "");
	assert_int_equal(d->body_len, 0);
	doc_free(d);
}

static void
test_builder(void **state)
{
	struct doc	*d = doc_new();
	struct block	*b;

	(void)state;
	doc_block_begin(d, BLOCK_PARAGRAPH, 0);
	doc_block_text(d, "\n  Chinese leader ", (size_t)-1);
	doc_span_begin(d, INL_LINK, "https://example.org/xi");
	doc_block_text(d, "Xi ", 3);
	doc_span_begin(d, INL_EM, NULL);
	doc_block_text(d, " Jinping", (size_t)8);
	doc_span_end(d);
	doc_span_end(d);
	doc_block_text(d, "  welcomed\n", 11);
	doc_block_break(d);
	doc_block_text(d, " Putin. ", 8);
	b = doc_block_end(d);
	assert_non_null(b);
	assert_string_equal(BLOCK_TEXT(b),
	    "Chinese leader Xi Jinping welcomed\nPutin.");
	assert_int_equal(b->nspans, 2);
	assert_int_equal(b->spans[0].style, INL_LINK);
	assert_int_equal(b->spans[0].start, 15);
	assert_int_equal(b->spans[0].end, 25);
	assert_string_equal(d->links[b->spans[0].link],
	    "https://example.org/xi");
	assert_int_equal(b->spans[1].style, INL_EM);
	assert_int_equal(b->spans[1].start, 18);
	assert_int_equal(b->spans[1].end, 25);

	/* A span begun before a break starts after it; the space it was
	 * to start after does not end the line. */
	doc_block_begin(d, BLOCK_PARAGRAPH, 0);
	doc_block_text(d, "One; ", (size_t)-1);
	doc_span_begin(d, INL_CODE, NULL);
	doc_block_break(d);
	doc_block_text(d, "two", (size_t)-1);
	doc_span_end(d);
	b = doc_block_end(d);
	assert_non_null(b);
	assert_string_equal(BLOCK_TEXT(b), "One;\ntwo");
	assert_int_equal(b->nspans, 1);
	assert_int_equal(b->spans[0].start, 5);
	assert_int_equal(b->spans[0].end, 8);

	/* A block left empty is dropped. */
	doc_block_begin(d, BLOCK_QUOTE, 1);
	doc_span_begin(d, INL_STRONG, NULL);
	doc_block_text(d, "  ", 2);
	assert_null(doc_block_end(d));
	assert_int_equal(d->nblocks, 2);

	/* Preformatted text keeps its spaces; unbalanced ends are ignored. */
	doc_block_begin(d, BLOCK_PRE, 0);
	doc_span_end(d);
	doc_block_text(d, "\nint  x;\n  y;\n", (size_t)-1);
	b = doc_block_end(d);
	assert_string_equal(BLOCK_TEXT(b), "int  x;\n  y;");
	doc_finish(d);
	assert_int_equal(d->nblocks, 3);
	doc_free(d);
}

static void
test_deep_spans(void **state)
{
	struct doc	*d = doc_new();
	struct block	*b;
	int		 i;

	(void)state;
	doc_block_begin(d, BLOCK_PARAGRAPH, 0);
	for (i = 0; i < 40; i++)
		doc_span_begin(d, INL_EM, NULL);
	doc_block_text(d, "deep", 4);
	for (i = 0; i < 40; i++)
		doc_span_end(d);
	doc_block_text(d, " after", 6);
	b = doc_block_end(d);
	assert_string_equal(BLOCK_TEXT(b), "deep after");
	assert_int_equal(b->nspans, 16);
	assert_int_equal(b->spans[0].end, 4);
	doc_free(d);
}

static void
test_raw(void **state)
{
	struct doc	*d = doc_new();
	const char	*in = "  keep\r\n\tall  \n\n";

	(void)state;
	assert_non_null(doc_add_raw(d, in, strlen(in)));
	doc_finish(d);
	assert_string_equal(d->body, in);
	doc_free(d);
}

static void
test_nav(void **state)
{
	struct doc	*d = doc_new();

	(void)state;
	doc_set_nav(&d->prev, NULL, " Pelosi Advises\nAgainst ");
	doc_set_nav(&d->next, "https://example.org/next/", NULL);
	assert_null(d->prev.href);
	assert_string_equal(d->prev.title, "Pelosi Advises Against");
	assert_string_equal(d->next.href, "https://example.org/next/");
	assert_null(d->next.title);
	doc_free(d);
}

/* Every control a page may carry, and the bidirectional and format
 * characters that reorder or hide text. */
#define HOSTILE \
	"a\x1b]0;title\x07" "b\x1b[2J" "c\x1b]52;c;ZXZpbA==\x1b\\" "d" \
	"\x7f" "e\xc2\x9b" "31m" "f\xc2\x85" "g" \
	"\xe2\x80\xae" "h\xe2\x80\xac" "i\xe2\x81\xa6" "j\xe2\x81\xa9" \
	"k\xe2\x80\x8f" "l\xe2\x80\x8e" "m\xd8\x9c" "n\xe2\x81\xaa" "o" \
	"\xef\xbf\xb9" "p\xf3\xa0\x81\x81" "q\x01\x02\x08" "r"
#define HOSTILE_CLEAN "a]0;titleb[2Jc]52;c;ZXZpbA==\\de31mfghijklmnopqr"

static void
test_hostile(void **state)
{
	struct doc	*d = doc_new();
	struct block	*b;

	(void)state;
	doc_set(&d->title, HOSTILE, (size_t)-1);
	assert_string_equal(d->title, HOSTILE_CLEAN);
	doc_set(&d->byline, HOSTILE, (size_t)-1);
	assert_string_equal(d->byline, HOSTILE_CLEAN);
	b = doc_add_block(d, BLOCK_PARAGRAPH, 0, HOSTILE, (size_t)-1);
	assert_string_equal(BLOCK_TEXT(b), HOSTILE_CLEAN);
	b = doc_add_block(d, BLOCK_PRE, 0, HOSTILE "\tx", (size_t)-1);
	assert_string_equal(BLOCK_TEXT(b), HOSTILE_CLEAN "\tx");
	doc_block_begin(d, BLOCK_QUOTE, 1);
	doc_span_begin(d, INL_LINK, "\x1b]8;;http://x/\x1b\\");
	doc_block_text(d, HOSTILE, (size_t)-1);
	doc_span_end(d);
	b = doc_block_end(d);
	assert_string_equal(BLOCK_TEXT(b), HOSTILE_CLEAN);
	assert_string_equal(d->links[0], "]8;;http://x/\\");
	/* Line and paragraph separators are line ends: white space here. */
	b = doc_add_block(d, BLOCK_PARAGRAPH, 0,
	    "one\xe2\x80\xa8two\xe2\x80\xa9three", (size_t)-1);
	assert_string_equal(BLOCK_TEXT(b), "one two three");
	/* Raw text keeps one character for each control. */
	b = doc_add_raw(d, "x\x1b[1my\xe2\x80\xaez", (size_t)-1);
	assert_string_equal(BLOCK_TEXT(b),
	    "x\xef\xbf\xbd[1my\xef\xbf\xbdz");
	doc_set_nav(&d->next, "\x1b]0;t\x07/next.html", HOSTILE);
	assert_string_equal(d->next.href, "]0;t/next.html");
	assert_string_equal(d->next.title, HOSTILE_CLEAN);
	doc_free(d);
}

static void
test_hrefs(void **state)
{
	struct doc	*d = doc_new();

	(void)state;
	/* As a browser reads a link: tabs and line breaks inside dropped,
	 * the ends trimmed; nothing left is no link. */
	doc_set_nav(&d->prev, " \n https://example.org/a\n/b\tc/ \r\n", NULL);
	assert_string_equal(d->prev.href, "https://example.org/a/bc/");
	doc_set_nav(&d->next, " \x1b\t ", "Next");
	assert_null(d->next.href);
	assert_string_equal(d->next.title, "Next");
	doc_block_begin(d, BLOCK_PARAGRAPH, 0);
	doc_span_begin(d, INL_LINK, "\n\x07 ");
	doc_block_text(d, "not a link", (size_t)-1);
	doc_span_end(d);
	doc_span_begin(d, INL_LINK, " /b ");
	doc_block_text(d, " a link", (size_t)-1);
	doc_span_end(d);
	doc_block_end(d);
	assert_int_equal(d->nlinks, 1);
	assert_string_equal(d->links[0], "/b");
	assert_int_equal(d->blocks[0].nspans, 2);
	assert_int_equal(d->blocks[0].spans[0].style, 0);
	assert_int_equal(d->blocks[0].spans[1].style, INL_LINK);
	assert_int_equal(d->blocks[0].spans[1].link, 0);
	doc_free(d);
}

/* Anchors: an id at the end of the open block, or at the next block when
 * none is open; the first of an id wins; a dropped block's anchor is at
 * the end of the text. */
static void
test_anchors(void **state)
{
	struct doc	*d = doc_new();
	size_t		 block = 99, off = 99;

	(void)state;
	doc_add_anchor(d, "top");
	doc_block_begin(d, BLOCK_HEADING, 2);
	doc_block_text(d, "Intro", (size_t)-1);
	doc_block_end(d);
	doc_block_begin(d, BLOCK_PARAGRAPH, 0);
	doc_block_text(d, "First words", (size_t)-1);
	doc_add_anchor(d, "  mid ");
	doc_add_anchor(d, "");
	doc_add_anchor(d, NULL);
	doc_block_text(d, " then more.", (size_t)-1);
	doc_block_end(d);
	doc_add_anchor(d, "top");
	doc_add_anchor(d, "end");
	doc_finish(d);
	assert_int_equal(d->nanchors, 4);
	assert_true(doc_find_anchor(d, "top", &block, &off));
	assert_int_equal(block, 0);
	assert_int_equal(off, 0);
	assert_true(doc_find_anchor(d, "mid", &block, &off));
	assert_int_equal(block, 1);
	assert_int_equal(off, 11);
	assert_true(doc_find_anchor(d, "end", &block, &off));
	assert_int_equal(block, 1);
	assert_int_equal(off, d->blocks[1].len);
	assert_false(doc_find_anchor(d, "nowhere", &block, &off));
	assert_false(doc_find_anchor(d, NULL, &block, &off));
	doc_free(d);
	/* No blocks: no place. */
	d = doc_new();
	doc_add_anchor(d, "x");
	doc_finish(d);
	assert_false(doc_find_anchor(d, "x", &block, &off));
	doc_free(d);
}

/* The links in the text's order, those of no text left out; numbered
 * after their text in a copy. */
static void
test_link_list(void **state)
{
	struct doc		*d = doc_new(), *n;
	struct doc_linkref	*v;
	size_t			 nv;

	(void)state;
	doc_block_begin(d, BLOCK_PARAGRAPH, 0);
	doc_span_begin(d, INL_LINK, "a.html");
	doc_block_text(d, "one", (size_t)-1);
	doc_span_end(d);
	doc_block_text(d, " and ", (size_t)-1);
	doc_span_begin(d, INL_EM, NULL);
	doc_span_begin(d, INL_LINK, "b.html");
	doc_block_text(d, "two", (size_t)-1);
	doc_span_end(d);
	doc_block_text(d, " words", (size_t)-1);
	doc_span_end(d);
	doc_span_begin(d, INL_LINK, "empty.html");
	doc_span_end(d);
	doc_block_end(d);
	doc_block_begin(d, BLOCK_LIST_ITEM, 1);
	doc_span_begin(d, INL_LINK, "c.html");
	doc_block_text(d, "three", (size_t)-1);
	doc_span_end(d);
	doc_block_end(d);
	doc_finish(d);
	v = doc_link_list(d, &nv);
	assert_int_equal(nv, 3);
	assert_string_equal(d->links[v[0].link], "a.html");
	assert_int_equal(v[0].block, 0);
	assert_int_equal(v[0].start, 0);
	assert_int_equal(v[0].end, 3);
	assert_string_equal(d->links[v[1].link], "b.html");
	assert_int_equal(v[1].start, 8);
	assert_int_equal(v[1].end, 11);
	assert_string_equal(d->links[v[2].link], "c.html");
	assert_int_equal(v[2].block, 1);
	free(v);

	n = doc_number_links(d);
	assert_string_equal(BLOCK_TEXT(&n->blocks[0]),
	    "one[1] and two[2] words");
	assert_string_equal(BLOCK_TEXT(&n->blocks[1]), "three[3]");
	assert_int_equal(n->blocks[1].kind, BLOCK_LIST_ITEM);
	assert_string_equal(n->body, "one[1] and two[2] words\n\nthree[3]");
	/* The spans move with the text: the links end before their
	 * numbers, the emphasis holds "two[2] words". */
	v = doc_link_list(n, &nv);
	assert_int_equal(nv, 3);
	assert_int_equal(v[1].start, 11);
	assert_int_equal(v[1].end, 14);
	free(v);
	assert_int_equal(n->blocks[0].spans[1].style, INL_EM);
	assert_int_equal(n->blocks[0].spans[1].start, 11);
	assert_int_equal(n->blocks[0].spans[1].end, 23);
	doc_free(n);
	doc_free(d);
	/* A hundred links in a block, each numbered. */
	d = doc_new();
	doc_block_begin(d, BLOCK_PARAGRAPH, 0);
	for (nv = 0; nv < 100; nv++) {
		doc_span_begin(d, INL_LINK, "x.html");
		doc_block_text(d, "w", 1);
		doc_span_end(d);
		doc_block_text(d, " ", 1);
	}
	doc_block_end(d);
	doc_finish(d);
	n = doc_number_links(d);
	assert_non_null(strstr(n->body, "w[1] w[2] "));
	assert_non_null(strstr(n->body, " w[65] w[66] "));
	assert_non_null(strstr(n->body, " w[99] w[100]"));
	doc_free(n);
	doc_free(d);
	/* An article without links: the same text. */
	d = doc_new();
	doc_add_block(d, BLOCK_PARAGRAPH, 0, "No links.", (size_t)-1);
	doc_finish(d);
	n = doc_number_links(d);
	assert_string_equal(n->body, "No links.");
	assert_null(doc_link_list(n, &nv));
	assert_int_equal(nv, 0);
	doc_free(n);
	doc_free(d);
}

/* The text of cell k of block b. */
static char *
cell_text(const struct block *b, size_t k)
{
	assert_true(k < b->ncells);
	return xstrndup(b->text + b->cells[k].start,
	    b->cells[k].end - b->cells[k].start);
}

#define assert_cell(b, k, s) do {					\
	char *t_ = cell_text((b), (k));					\
	assert_string_equal(t_, (s));					\
	free(t_);							\
} while (0)

static void
test_table_cells(void **state)
{
	struct doc		*d = doc_new(), *n;
	const struct block	*b;

	(void)state;
	/* A row as extraction writes it: an empty cell first, one with a
	 * line break, a link at a cell's end, one left open. */
	doc_block_begin(d, BLOCK_ROW, 1);
	doc_cell_begin(d, true);
	doc_cell_end(d);
	doc_block_text(d, " ", 1);
	doc_cell_begin(d, true);
	doc_block_text(d, "  Chen  Jing ", (size_t)-1);
	doc_cell_end(d);
	doc_block_text(d, " | ", 3);
	doc_cell_begin(d, false);
	doc_block_text(d, "412", 3);
	doc_block_break(d);
	doc_block_text(d, "plays", 5);
	doc_cell_end(d);
	doc_block_text(d, " | ", 3);
	doc_cell_begin(d, false);
	doc_span_begin(d, INL_LINK, "p.html");
	doc_block_text(d, "profile", (size_t)-1);
	doc_span_end(d);
	doc_cell_end(d);
	doc_block_text(d, " | ", 3);
	doc_cell_begin(d, false);
	doc_block_text(d, "W L ", (size_t)-1);
	b = doc_block_end(d);
	assert_non_null(b);
	assert_string_equal(BLOCK_TEXT(b),
	    "Chen Jing | 412\nplays | profile | W L");
	assert_int_equal(b->ncells, 5);
	assert_int_equal(b->cells[0].start, 0);
	assert_int_equal(b->cells[0].end, 0);
	assert_cell(b, 1, "Chen Jing");
	assert_cell(b, 2, "412\nplays");
	assert_cell(b, 3, "profile");
	assert_cell(b, 4, "W L");
	assert_true(b->cells[0].head && b->cells[1].head);
	assert_false(b->cells[2].head);
	assert_false(doc_row_is_head(b));

	/* Cells are for rows only; a row of header cells is a head. */
	doc_block_begin(d, BLOCK_PARAGRAPH, 0);
	doc_cell_begin(d, true);
	doc_block_text(d, "Not a row.", (size_t)-1);
	doc_cell_end(d);
	b = doc_block_end(d);
	assert_int_equal(b->ncells, 0);
	assert_null(b->cells);
	assert_false(doc_row_is_head(b));
	doc_block_begin(d, BLOCK_ROW, 1);
	doc_cell_begin(d, true);
	doc_block_text(d, "Pos", 3);
	doc_cell_end(d);
	doc_block_text(d, " | ", 3);
	doc_cell_begin(d, true);
	doc_block_text(d, "Player", 6);
	b = doc_block_end(d);
	assert_true(doc_row_is_head(b));
	assert_cell(b, 1, "Player");
	/* A row left without text goes, cells and all. */
	doc_block_begin(d, BLOCK_ROW, 1);
	doc_cell_begin(d, false);
	doc_block_text(d, "  ", 2);
	assert_null(doc_block_end(d));
	doc_finish(d);
	assert_int_equal(d->nblocks, 3);

	/* Numbered for paper, the cells move with the text and a link's
	 * number stays in its cell. */
	n = doc_number_links(d);
	b = &n->blocks[0];
	assert_string_equal(BLOCK_TEXT(b),
	    "Chen Jing | 412\nplays | profile[1] | W L");
	assert_int_equal(b->ncells, 5);
	assert_cell(b, 1, "Chen Jing");
	assert_cell(b, 3, "profile[1]");
	assert_cell(b, 4, "W L");
	assert_true(b->cells[1].head);
	doc_free(n);
	doc_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_set_fields),
		cmocka_unit_test(test_blocks_and_body),
		cmocka_unit_test(test_pop_block),
		cmocka_unit_test(test_builder),
		cmocka_unit_test(test_deep_spans),
		cmocka_unit_test(test_raw),
		cmocka_unit_test(test_nav),
		cmocka_unit_test(test_hostile),
		cmocka_unit_test(test_hrefs),
		cmocka_unit_test(test_anchors),
		cmocka_unit_test(test_link_list),
		cmocka_unit_test(test_table_cells),
		cmocka_unit_test(test_many_blocks),
		cmocka_unit_test(test_finish_again),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
