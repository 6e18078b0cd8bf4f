/* extract.c: HTML tree -> article.
 *
 * One walk over the tree annotates every element in an array (its tag,
 * what its class and id say, whether it is hidden) and gathers the page's
 * metadata; a pass over that array, children before parents, sums the
 * live text, links and commas each element holds. The article's container
 * is then chosen from those numbers, never from copies of the tree: the
 * one the markup names (itemprop=articleBody, entry-content, <article>,
 * ...), else the best by Readability's scores, else the whole body. A
 * walk of the container writes its blocks, leaving out what the class
 * names, the link density and the words of short blocks mark as the
 * page's chrome. Text is copied out of the tree only for the blocks it
 * becomes and for the few short ones whose words are read.
 *
 * Each stage has a file of its own, behind extract_int.h:
 * extract_annotate.c (what class and id say, the annotation walk),
 * extract_stats.c (the statistics, and the text of a small subtree),
 * extract_meta.c (the title, headline, byline, date, site, language and
 * URL), extract_choose.c (the article's container) and extract_emit.c
 * (its blocks). This file drives them, and judges what they found: an
 * article, or none (no_article()). */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "extract.h"
#include "extract_int.h"
#include "html.h"
#include "jsonld.h"
#include "prevnext.h"
#include "tags.h"

/* ---------------------------------------------------------------------
 * The whole.
 */

/* The body text's length in a doc, captions left out. */
static size_t
doc_text_len(const struct doc *d)
{
	size_t	 i, n = 0;

	for (i = 0; i < d->nblocks; i++) {
		if (d->blocks[i].kind != BLOCK_CAPTION)
			n += d->blocks[i].len;
	}
	return n;
}

/* Move the blocks and links of src into dst (which has none). */
static void
doc_take(struct doc *dst, struct doc *src)
{
	dst->blocks = src->blocks;
	dst->nblocks = src->nblocks;
	dst->blocks_cap = src->blocks_cap;
	dst->links = src->links;
	dst->nlinks = src->nlinks;
	dst->links_cap = src->links_cap;
	dst->anchors = src->anchors;
	dst->nanchors = src->nanchors;
	dst->anchors_cap = src->anchors_cap;
	dst->b = src->b;
	memset(&src->b, 0, sizeof src->b);
	src->blocks = NULL;
	src->nblocks = src->blocks_cap = 0;
	src->links = NULL;
	src->nlinks = src->links_cap = 0;
	src->anchors = NULL;
	src->nanchors = src->anchors_cap = 0;
}

/* The share of a doc's text that is link text, 0-1. */
static float
doc_link_share(const struct doc *d)
{
	size_t	 i, k, n = 0, l = 0;

	for (i = 0; i < d->nblocks; i++) {
		const struct block *b = &d->blocks[i];
		size_t	 end = 0;

		if (b->kind == BLOCK_CAPTION)
			continue;
		n += b->len;
		/* Spans may nest: count each byte once. */
		for (k = 0; k < b->nspans; k++) {
			const struct inline_span *sp = &b->spans[k];
			size_t	 st = sp->start > end ? sp->start : end;

			if ((sp->style & INL_LINK) && sp->end > st) {
				l += sp->end - st;
				end = sp->end;
			}
		}
	}
	return n == 0 ? 0 : (float)l / (float)n;
}

/* Below this much text, or with more of it in links, what was found is
 * no article: a home page, a login form, a list of links. */
#define MIN_ARTICLE_TEXT	200
#define MAX_ARTICLE_LINKS	0.6f

/* Below this many bytes of text, the markup's container is not
 * trusted and the scored one is tried. */
#define MIN_MARKUP_TEXT	250
/* Below this, the scored container is looked for again with the
 * unlikely ones let in. */
#define MIN_SCORED_TEXT	500

/* What was found (a, with len bytes of text) may be no article. When
 * it is nothing, or mostly links, or the page has more than twice as
 * much text, it is none: say so, and give all the text of the page
 * instead. A short text that is all the page has stands as it is.
 * Returns the doc to keep. */
static struct doc *
no_article(struct ex *x, struct doc *a, size_t len)
{
	struct cand	 c;
	struct doc	*all;
	size_t		 alllen;
	uint32_t	 i;
	bool		 links = doc_link_share(a) > MAX_ARTICLE_LINKS;

	for (i = 1; i < x->n && x->v[i].tag != TAG_BODY; i++)
		;
	if (i < x->n) {
		all = doc_new();
		c.root[0] = i;
		c.nroot = 1;
		emit_cand(x, &c, all, true);
		alllen = doc_text_len(all);
		if (alllen > len && (links || len == 0 || alllen > 2 * len)) {
			doc_free(a);
			a = all;
			len = alllen;
			links = true;
		} else
			doc_free(all);
	}
	if (len == 0)
		x->d->notice = "no text on this page";
	else if (links)
		x->d->notice = "no article found on this page: showing all "
		    "its text";
	return a;
}

/* Paragraphs of prose the article leaves out: at least this much
 * text, few links, not in what the page marks as chrome. */
#define PROSE_MIN	100
/* Said on the status line when that much prose is left out, and at
 * least half as much as is shown. Both count characters other than
 * white space (those of the text shown, bytes with spaces: a little
 * more). */
#define PROSE_NOTICE	600

/* The text of prose paragraphs (<p> of PROSE_MIN characters or more, mostly
 * not links) outside the chosen container c, and not inside anything
 * dead or that the class names as not the article (comments, related
 * stories, a sidebar, ...): text that reads like the article's and is
 * not shown. */
static size_t
prose_outside(const struct ex *x, const struct cand *c)
{
	size_t		 n = 0, k;
	uint32_t	 i, a;

	for (i = 1; i < x->n; i++) {
		const struct node *e = &x->v[i];

		if (e->tag != TAG_P || (e->flags & (F_DEAD | F_INDEAD)) ||
		    e->chars < PROSE_MIN || link_density(e) > 0.2f)
			continue;
		for (k = 0; k < c->nroot; k++) {
			if (i == c->root[k] || is_ancestor(x, c->root[k], i))
				break;
		}
		if (k < c->nroot)
			continue;
		for (a = e->parent; a != 0; a = x->v[a].parent) {
			if ((x->v[a].cls & (C_NEG | C_UNLIKELY | C_DROP)) &&
			    !(x->v[a].cls & (C_BODY | C_BODY2 | C_WRAP)))
				break;
		}
		if (a == 0)
			n += e->chars;
	}
	return n;
}

static void
body(struct ex *x)
{
	struct cand	 c, cb, ca, cw;
	struct doc	*a = doc_new(), *b = doc_new();
	size_t		 alen = 0, blen = 0, k, out;
	bool		 hb;

	ca.nroot = cw.nroot = 0;

	/* Scores are needed by the pruning whichever container wins. */
	hb = cand_score(x, &cb);
	if (cand_markup(x, &c)) {
		emit_cand(x, &c, a, false);
		alen = doc_text_len(a);
		ca = c;
	}
	if (alen < MIN_MARKUP_TEXT) {
		if (hb) {
			emit_cand(x, &cb, b, false);
			cw = cb;
		}
		blen = doc_text_len(b);
		if (blen < MIN_SCORED_TEXT) {
			/* Try again without ruling out the unlikely; keep
			 * the longer. */
			struct doc *b2 = doc_new();
			size_t b2len;

			stats_sum(x, 0);
			if (cand_score(x, &c))
				emit_cand(x, &c, b2, false);
			b2len = doc_text_len(b2);
			if (b2len > blen) {
				doc_free(b);
				b = b2;
				blen = b2len;
				cw = c;
			} else
				doc_free(b2);
		}
	}
	if (alen == 0 && blen == 0) {
		/* No container stands out: the whole body, pruned. */
		uint32_t i;

		for (i = 1; i < x->n && x->v[i].tag != TAG_BODY; i++)
			;
		if (i < x->n) {
			doc_free(b);
			b = doc_new();
			c.root[0] = i;
			c.nroot = 1;
			emit_cand(x, &c, b, false);
			blen = doc_text_len(b);
			cw = c;
		}
	}
	if (blen > alen) {
		doc_free(a);
		a = b;
		alen = blen;
		ca = cw;
	} else
		doc_free(b);
	/* A heading that ends the text heads nothing: what it headed
	 * ("Read these next", "Comments") was left out. A text of
	 * headings alone stays. */
	for (k = a->nblocks; k > 0 && a->blocks[k - 1].kind == BLOCK_HEADING;
	    k--)
		;
	while (k > 0 && a->nblocks > k) {
		alen -= a->blocks[a->nblocks - 1].len;
		doc_pop_block(a);
	}
	if (alen < MIN_ARTICLE_TEXT || doc_link_share(a) > MAX_ARTICLE_LINKS)
		a = no_article(x, a, alen);
	else if ((out = prose_outside(x, &ca)) >= PROSE_NOTICE &&
	    out * 2 >= alen)
		x->d->notice = "more of this page reads like the article than "
		    "is shown";
	doc_take(x->d, a);
	doc_free(a);
}

/* The article in the page, but for doc_finish(). */
static struct doc *
extract(const struct html *h)
{
	struct ex	 x;
	struct jsonld	 ld;
	struct doc	*d = doc_new();
	struct hnode	*root;
	size_t		 i;

	memset(&x, 0, sizeof x);
	x.h = h;
	x.d = d;
	root = html_root(h);
	if (root != NULL) {
		annotate_tree(&x, root);
		meta_ldjson(&x, &ld);
		stats_unlikely(&x);
		stats_sum(&x, MODE_STRIP_UNLIKELY);
		meta_find(&x, &ld);
		body(&x);
		jsonld_free(&ld);
		for (i = 1; i < x.n; i++)
			x.v[i].n->mark = 0;
	} else if (h != NULL)
		doc_set(&d->url, meta_page_url(h), (size_t)-1);
	if (root == NULL)
		d->notice = "no text on this page";
	if (h != NULL && h->too_deep)
		d->notice = "elements nested more than 10000 deep: the rest of "
		    "the page is not read";
	free(x.v);
	free(x.ftitle);
	free(x.fdoctitle);
	if (h != NULL)
		prevnext_find(h, d);
	return d;
}

struct doc *
extract_doc(const struct html *h)
{
	struct doc	*d = extract(h);

	doc_finish(d);
	return d;
}

struct doc *
extract_doc_free(struct html *h)
{
	struct doc	*d = extract(h);

	/* The body is built once the tree is gone: the two never add
	 * up. */
	html_free(h);
	doc_finish(d);
	return d;
}
