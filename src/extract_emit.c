/* extract_emit.c: writing the blocks: a walk of the chosen container
 * writes its headings, paragraphs, list items, quotes, preformatted text,
 * captions and the rows of data tables, with their inline spans, leaving
 * out what the class names, the link density and the words of short
 * blocks (promotions, a player's controls, the title again) mark as the
 * page's chrome. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "chrome.h"
#include "doc.h"
#include "extract_int.h"
#include "html.h"
#include "phrase.h"
#include "prevnext.h"
#include "tags.h"
#include "url.h"
#include "utf8.h"
#include "xmalloc.h"

/* ---------------------------------------------------------------------
 * Writing the blocks.
 */

enum keep { K_SKIP, K_ENTER, K_CAPTION };

struct ctx {
	enum block_kind	 kind;
	int		 level;
	int		 number;	/* for the next list item block */
	int		 next;		/* a list's next number, 0: bullets */
	bool		 li;		/* a list item: blocks inside join */
	bool		 list;
};

struct inl {
	unsigned	 style;
	char		*href;
	bool		 begun;
};

/* What entering an element did, undone when leaving it. */
#define A_BLOCK		0x01	/* ended the block before; end it after */
#define A_CTX		0x02	/* pushed a context */
#define A_INLINE	0x04	/* pushed an inline span */
#define A_QUOTE		0x08
#define A_LIST		0x10
#define A_PRE		0x20
#define A_CAPTION	0x40	/* a caption */
#define A_ROW		0x80	/* a data table row */
#define A_TABLE		0x100	/* a data table */
#define A_JOIN		0x200	/* a block inside a list item: a break */
#define A_FIGURE	0x400	/* a figure: only its caption shows */
#define A_CELL		0x800	/* a cell of a data table's row */
#define A_THEAD		0x1000	/* a data table's head */

struct em {
	struct ex	*x;
	struct doc	*d;
	uint32_t	 root;
	uint32_t	 rootchars;
	struct ctx	 ctx[64];
	size_t		 nctx, ctxover;
	struct inl	 inl[32];
	size_t		 ninl, inlover;
	int		 quote, list, pre, figure, caption, table, row, cell;
	int		 thead;
	int		 tableno;	/* the level of the table's rows */
	bool		 rowtext;	/* text went into the row's block */
	bool		 all;	/* all the page's text, chrome too */
	unsigned	*acts;	/* per open element */
	size_t		 nacts, actscap;
};

static void
em_end(struct em *em)
{
	size_t	 i;

	if (doc_block_is_open(em->d))
		doc_block_end(em->d);
	em->rowtext = false;
	for (i = 0; i < em->ninl; i++)
		em->inl[i].begun = false;
}

static void
em_push_ctx(struct em *em, struct ctx c)
{
	if (em->nctx < sizeof em->ctx / sizeof em->ctx[0])
		em->ctx[em->nctx++] = c;
	else
		em->ctxover++;
}

static void
em_pop_ctx(struct em *em)
{
	if (em->ctxover > 0)
		em->ctxover--;
	else if (em->nctx > 0)
		em->nctx--;
}

static struct ctx *
em_top(struct em *em)
{
	return em->nctx > 0 ? &em->ctx[em->nctx - 1] : NULL;
}

/* Open a block for text, as the context says, and the spans. */
static void
em_open(struct em *em)
{
	struct ctx	*c = em_top(em);
	struct block	*b;
	size_t		 i;

	em->rowtext = true;
	if (!doc_block_is_open(em->d)) {
		if (em->caption)
			doc_block_begin(em->d, BLOCK_CAPTION, 0);
		else if (em->pre)
			doc_block_begin(em->d, BLOCK_PRE, 0);
		else if (em->row > 0)
			doc_block_begin(em->d, BLOCK_ROW, em->tableno);
		else if (c != NULL && c->kind == BLOCK_LIST_ITEM) {
			doc_block_begin(em->d, BLOCK_LIST_ITEM, c->level);
			b = &em->d->blocks[em->d->nblocks - 1];
			b->number = c->number;
			c->number = 0;
		} else if (c != NULL && c->kind == BLOCK_QUOTE)
			doc_block_begin(em->d, BLOCK_QUOTE, c->level);
		else if (c != NULL && c->kind == BLOCK_HEADING)
			doc_block_begin(em->d, BLOCK_HEADING, c->level);
		else
			doc_block_begin(em->d, BLOCK_PARAGRAPH, 0);
	}
	for (i = 0; i < em->ninl; i++) {
		if (!em->inl[i].begun) {
			doc_span_begin(em->d, em->inl[i].style,
			    em->inl[i].href);
			em->inl[i].begun = true;
		}
	}
}

static void
em_text(struct em *em, const char *s)
{
	const char	*p;

	if (em->figure > 0 && em->caption == 0)
		return;
	if (em->pre) {
		em_open(em);
		doc_block_text(em->d, s, (size_t)-1);
		return;
	}
	for (p = s; *p != '\0' && ascii_is_space((unsigned char)*p); p++)
		;
	if (*p == '\0') {
		if (doc_block_is_open(em->d))
			doc_block_text(em->d, " ", 1);
		return;
	}
	em_open(em);
	doc_block_text(em->d, s, (size_t)-1);
}

/* Phrases that open a promotion or the page's furniture rather than
 * the article's text (chrome.h: CHROME_OPENS, CHROME_ALONE). */
static bool
promo_text(const char *t)
{
	static const char *const more[] = {
		"stories", "articles", "news", "posts", "reads", "reading",
		"videos", "coverage"
	};
	const struct chrome_phrase *c;
	size_t	 i, n, all = strlen(t), len = all;

	/* Without the spaces and colons at its end. */
	while (len > 0 && (t[len - 1] == ' ' || t[len - 1] == ':'))
		len--;
	for (i = 0; i < chrome_nphrases; i++) {
		c = &chrome_phrases[i];
		if ((unsigned char)c->ph[0] != ascii_lower((unsigned char)t[0]))
			continue;	/* the quick way to a mismatch */
		/* Whole words: "Subscribers can..." is not a promotion. */
		if ((c->how & CHROME_OPENS) &&
		    (n = phrase_match(t, all, c->ph)) != 0 &&
		    !ascii_is_alpha((unsigned char)t[n]))
			return true;
		/* Words that are a promotion's heading when they are all of
		 * it: "Related", "Most read". */
		if ((c->how & CHROME_ALONE) && len > 0 &&
		    phrase_match(t, len, c->ph) == len)
			return true;
	}
	/* "More Great Harbour Stories", "More top news". */
	if (len < 60 && strncasecmp(t, "more ", 5) == 0) {
		for (i = 0; i < sizeof more / sizeof more[0]; i++) {
			n = strlen(more[i]);
			if (len > n + 5 && t[len - n - 1] == ' ' &&
			    strncasecmp(t + len - n, more[i], n) == 0)
				return true;
		}
	}
	return false;
}

/* Just after the number at p, or NULL when none is there. */
static const char *
after_number(const char *p)
{
	const char	*q;

	for (q = p; ascii_is_digit((unsigned char)*q); q++)
		;
	return q > p ? q : NULL;
}

/* True when a block's whole text is the label of a control of a player
 * or a gallery ("Full Screen", "Autoplay", "1 of 24", "Buy Photo"), or
 * the heading of a comment section ("Comments", "12 comments"). */
static bool
control_text(const char *t)
{
	const char	*p;
	size_t		 i, n, len = strlen(t);

	while (len > 0 && (t[len - 1] == ' ' || t[len - 1] == '.'))
		len--;
	for (i = 0; i < chrome_nphrases; i++) {
		const struct chrome_phrase *c = &chrome_phrases[i];

		if ((c->how & CHROME_LABEL) && len > 0 &&
		    (unsigned char)c->ph[0] ==
		    ascii_lower((unsigned char)t[0]) &&
		    phrase_match(t, len, c->ph) == len)
			return true;
	}
	/* What a script would have shown: "This slideshow requires
	 * JavaScript.", "Please enable JavaScript to view the comments". */
	if (len < 120 && ascii_find_ci(t, len, "javascript") != NULL &&
	    (ascii_find_ci(t, len, "requires") != NULL ||
	    ascii_find_ci(t, len, "enable") != NULL ||
	    ascii_find_ci(t, len, "turn on") != NULL ||
	    ascii_find_ci(t, len, "need") != NULL))
		return true;
	/* "Wait 1 second to continue", "12 comments", "1 of 24", "3 / 5" */
	if (strncasecmp(t, "wait ", 5) == 0 && (p = after_number(t + 5)) != NULL) {
		n = (size_t)(t + len - p);
		return (n == 19 && strncasecmp(p, " second to continue",
		    n) == 0) || (n == 20 && strncasecmp(p,
		    " seconds to continue", n) == 0);
	}
	if ((p = after_number(t)) == NULL)
		return false;
	n = (size_t)(t + len - p);
	if (n == 9 && strncasecmp(p, " comments", n) == 0)
		return true;
	if (strncmp(p, " of ", 4) == 0)
		p += 4;
	else if (strncmp(p, " / ", 3) == 0)
		p += 3;
	else
		return false;
	return (p = after_number(p)) != NULL && p == t + len;
}

/* True when the element before n (a rule between them aside) is a short
 * one whose words open a promotion: the heading of a list of other
 * posts. */
static bool
after_promo(const struct ex *x, struct hnode *n)
{
	const struct node *p;
	struct hnode	*s;
	char		*t;
	bool		 yes;

	for (s = hnode_prev(n); s != NULL; s = hnode_prev(s)) {
		if (s->type != HNODE_ELEMENT || s->mark == 0)
			continue;
		if (x->v[s->mark].tag != TAG_HR)
			break;
	}
	if (s == NULL)
		return false;
	p = &x->v[s->mark];
	if (p->chars == 0 || p->chars >= 80)
		return false;
	t = stats_node_text(x, s, 400);
	yes = promo_text(t);
	free(t);
	return yes;
}

static bool
is_container_tag(int tag)
{
	switch (tag) {
	case TAG_DIV:
	case TAG_SECTION:
	case TAG_UL:
	case TAG_OL:
	case TAG_TABLE:
	case TAG_DL:
	case TAG_FIELDSET:
	case TAG_FORM:
	case TAG_HEADER:
	case TAG_FOOTER:
	case TAG_CENTER:
	case TAG_ARTICLE:
	case TAG_ASIDE:
	case TAG_DETAILS:
		return true;
	default:
		return false;
	}
}

/* True when a block-level element or nothing is next to n on both
 * sides: an inline element that makes a paragraph of its own. */
static bool
stands_alone(const struct ex *x, struct hnode *n)
{
	struct hnode	*s;
	const char	*p;
	int		 side;

	for (side = 0; side < 2; side++) {
		for (s = side ? hnode_next(n) : hnode_prev(n); s != NULL;
		    s = side ? hnode_next(s) : hnode_prev(s)) {
			if (s->type == HNODE_TEXT && hnode_text(s) != NULL) {
				for (p = hnode_text(s);
				    ascii_is_space((unsigned char)*p); p++)
					;
				if (*p != '\0')
					return false;
				continue;
			}
			if (s->type != HNODE_ELEMENT)
				continue;
			if (s->mark == 0 ||
			    !(x->v[s->mark].props & TAG_IS_BLOCK))
				return false;
			break;
		}
	}
	return true;
}

/* True when the first element after n that holds text (a video or an
 * image between them aside) is a paragraph of words. */
static bool
heads_text(const struct ex *x, struct hnode *n)
{
	const struct node *e;
	struct hnode	*s;

	for (s = hnode_next(n); s != NULL; s = hnode_next(s)) {
		if (s->type != HNODE_ELEMENT || s->mark == 0)
			continue;
		e = &x->v[s->mark];
		if (e->chars == 0)
			continue;
		return e->tag == TAG_P && e->chars >= 80 &&
		    link_density(e) < 0.5f;
	}
	return false;
}

/* Two links or more under element i. */
static bool
links_under(const struct ex *x, uint32_t i)
{
	uint32_t	 k, links = 0;

	for (k = i + 1; k < x->v[i].end && links < 2; k++) {
		if (x->v[k].tag == TAG_A && (x->v[k].flags & F_INLINK))
			links++;
	}
	return links >= 2;
}

/* True when inline element i, inside a paragraph, is a card that shows
 * on hovering a name: a picture and two links or more, nothing but
 * links for text (a person's page and their latest stories). The card
 * is the smallest such element: the one around it holds the name. */
static bool
hover_card(const struct ex *x, uint32_t i)
{
	uint32_t	 k, p;

	for (p = x->v[i].parent; p != 0 && !(x->v[p].props & TAG_IS_BLOCK);
	    p = x->v[p].parent)
		;
	if (x->v[p].tag != TAG_P || !links_under(x, i))
		return false;
	for (k = i + 1; k < x->v[i].end; k++) {
		const struct node *e = &x->v[k];

		if (e->tag != TAG_A && !(e->props & TAG_IS_BLOCK) &&
		    e->nimg > 0 && link_density(e) > 0.9f && links_under(x, k))
			return false;
	}
	return true;
}

/* True when most items of list l are links alone. */
static bool
link_items(const struct ex *x, uint32_t l)
{
	uint32_t	 k, items = 0, links = 0;

	for (k = l + 1; k < x->v[l].end; k = x->v[k].end) {
		if (x->v[k].tag != TAG_LI)
			continue;
		items++;
		if (x->v[k].chars > 0 && link_density(&x->v[k]) > 0.8f)
			links++;
	}
	return links * 2 > items;
}

/* True when the folded title of the page and a heading's folded text
 * are the same title. */
static bool
same_title(const char *fa, const char *fb)
{
	size_t	 la = strlen(fa), lb = strlen(fb);

	if (la == 0 || lb == 0)
		return false;
	if (strcmp(fa, fb) == 0)
		return true;
	if (la > lb)
		return lb * 10 >= la * 7 && strstr(fa, fb) != NULL;
	return la * 10 >= lb * 7 && strstr(fb, fa) != NULL;
}

/* Whether an element inside the article is written out. */
static enum keep
em_keep(struct em *em, uint32_t i)
{
	struct ex	*x = em->x;
	struct node	*e = &x->v[i];
	bool		 big;
	float		 ld;
	int		 w;

	if (i == em->root)
		return K_ENTER;
	if (em->all) {
		/* Menus and asides too; never what is hidden or is no
		 * text (scripts, forms' controls, media). */
		if ((e->flags & F_HIDDEN) || ((e->props & TAG_IS_DEAD) &&
		    e->tag != TAG_NAV && e->tag != TAG_ASIDE &&
		    e->tag != TAG_MENU))
			return K_SKIP;
		return K_ENTER;
	}
	if (e->flags & (F_DEAD | F_INDEAD))
		return K_SKIP;
	/* Paragraphs in a paywall, read-more, collapsed or truncated
	 * wrapper are the article's text a site hides; a wrapper of a
	 * line or two is its notice ("Subscribe to read on"). */
	if ((e->cls & C_WRAP) && e->np >= 2 && link_density(e) < 0.3f)
		return K_ENTER;
	/* An embedded post (a tweet) is part of the text. */
	if ((e->cls & C_EMBED) && !(e->cls & (C_SHARE | C_AD)))
		return K_ENTER;
	/* Most of the article is not chrome, whatever its class says. */
	big = e->chars * 10 > em->rootchars * 6 && e->chars > 200;
	if ((e->cls & C_CAPTION) && !(e->cls & (C_BODY | C_BODY2)) &&
	    !big)
		return K_CAPTION;
	if ((e->cls & C_DROP) && !(e->cls & (C_BODY | C_EMBED)) &&
	    !(e->flags & F_ITEMBODY) && !big)
		return K_SKIP;
	if ((e->flags & F_UNLIKELY) && !big && !(e->cls & C_EMBED) &&
	    e->tag != TAG_TABLE &&
	    e->tag != TAG_TD && e->tag != TAG_TR)
		return K_SKIP;
	if ((e->tag == TAG_HEADER || e->tag == TAG_FOOTER ||
	    e->tag == TAG_FORM) && e->chars * 2 < em->rootchars)
		return K_SKIP;
	if (e->tag == TAG_ARTICLE && !(e->flags & F_ITEMBODY) &&
	    !(e->cls & C_BODY) && e->chars * 2 < em->rootchars &&
	    link_density(e) > 0.3f)
		return K_SKIP;	/* a teaser card of another post */
	if (e->chars == 0 && e->tag != TAG_BR && e->tag != TAG_HR &&
	    e->tag != TAG_FIGURE)
		return e->props & TAG_IS_BLOCK ? K_SKIP : K_ENTER;
	ld = link_density(e);
	if (!(e->props & TAG_IS_BLOCK) && e->tag != TAG_A && ld > 0.9f &&
	    e->nimg > 0 && hover_card(x, i))
		return K_SKIP;
	w = class_weight(e);
	if (is_container_tag(e->tag) && w < 0 && w + (e->flags & F_SCORED ?
	    e->score : 0) < 0)
		return K_SKIP;
	if (is_container_tag(e->tag) && !big) {
		bool	 list = e->tag == TAG_UL || e->tag == TAG_OL;

		if (e->commas < 10) {
			if (e->ninput > e->np / 3 && e->ninput > 0)
				return K_SKIP;
			if (!list && e->chars < 25 && (e->nimg == 0 ||
			    e->nimg > 2) && ld > 0)
				return K_SKIP;
			/* A list is links ("More stories") when most of
			 * its items are a link and nothing else; items of
			 * words with links in them are text. */
			if (w < 25 && ld > 0.2f && e->chars * 2 < em->rootchars &&
			    (!list || link_items(x, i) || after_promo(x, e->n)))
				return K_SKIP;
			if (ld > 0.5f)
				return K_SKIP;
			if (e->nembed > 0 && e->chars < 75)
				return K_SKIP;	/* a player, a widget */
		}
	}
	/* Short blocks: all links, or words that open a promotion. A link
	 * set among blocks stands as a block of its own. */
	if (((e->props & TAG_IS_BLOCK) || (e->tag == TAG_A &&
	    is_container_tag(x->v[e->parent].tag) &&
	    stands_alone(x, e->n))) && e->chars < 160) {
		char		*t;
		size_t		 lablen;
		bool		 drop = false;

		/* An item of a list that is mostly words is one of them,
		 * link or not; a heading over a paragraph heads it, link
		 * or not ("Rez Infinite ($30)" and what the review says of
		 * it). */
		if (ld > 0.8f && e->chars < 60 && (e->props & TAG_IS_BLOCK) &&
		    em->table == 0 && !(e->tag == TAG_LI &&
		    link_density(&x->v[e->parent]) < 0.5f) &&
		    !((e->props & TAG_IS_HEADING) && heads_text(x, e->n)))
			return K_SKIP;
		/* Its text is at most 4 bytes a character and the spaces
		 * between blocks: no need to walk further (a block of
		 * 100,000 nested ones holds little text). */
		t = stats_node_text(x, e->n, e->chars < 134 ?
		    e->chars * 4 + 64 : 600);
		if (promo_text(t) || control_text(t))
			drop = true;
		else if (ld > 0.5f &&
		    prevnext_label(t, strlen(t), &lablen) != PN_NONE)
			drop = true;
		else if ((e->props & TAG_IS_HEADING) && x->ftitle != NULL) {
			char *f = utf8_fold(t);

			drop = same_title(x->ftitle, f) || (x->fdoctitle !=
			    NULL && same_title(x->fdoctitle, f));
			free(f);
		}
		free(t);
		if (drop)
			return K_SKIP;
	}
	return K_ENTER;
}

/* A table of data rather than of layout: no table inside, no role of
 * presentation, and either header cells or no cell that holds a long
 * text or paragraphs of its own. */
static bool
data_table(struct ex *x, uint32_t t)
{
	uint32_t	 i, cells = 0, rows = 0;
	bool		 heads = false, long_cell = false;
	const char	*role = html_attr(x->v[t].n, "role");

	if (role != NULL && strcmp(role, "presentation") == 0)
		return false;
	for (i = t + 1; i < x->v[t].end; i++) {
		struct node *e = &x->v[i];

		switch (e->tag) {
		case TAG_TABLE:
			return false;
		case TAG_TR:
			rows++;
			break;
		case TAG_TH:
		case TAG_THEAD:
		case TAG_CAPTION:
			heads = true;
			/* FALLTHROUGH */
		case TAG_TD:
			if (e->tag == TAG_TD || e->tag == TAG_TH)
				cells++;
			if (e->chars > 400 || ((e->flags & F_HASBLOCK) &&
			    e->chars > 80))
				long_cell = true;
			break;
		default:
			break;
		}
	}
	if (rows == 0 || cells <= rows)
		return false;
	return heads ? !(long_cell && cells < 2 * rows) : !long_cell;
}

static void
em_push_inline(struct em *em, unsigned style, char *href)
{
	if (em->ninl < sizeof em->inl / sizeof em->inl[0]) {
		em->inl[em->ninl].style = style;
		em->inl[em->ninl].href = href;
		em->inl[em->ninl].begun = false;
		em->ninl++;
	} else {
		em->inlover++;
		free(href);
	}
}

static void
em_pop_inline(struct em *em)
{
	struct inl	*l;

	if (em->inlover > 0) {
		em->inlover--;
		return;
	}
	if (em->ninl == 0)
		return;
	l = &em->inl[--em->ninl];
	if (l->begun && doc_block_is_open(em->d))
		doc_span_end(em->d);
	free(l->href);
}

/* The next sibling element, skipping white space. */
static struct hnode *
next_element(struct hnode *n)
{
	for (n = hnode_next(n); n != NULL; n = hnode_next(n)) {
		if (n->type == HNODE_ELEMENT)
			return n;
		if (n->type == HNODE_TEXT && hnode_text(n) != NULL) {
			const char *p = hnode_text(n);

			while (ascii_is_space((unsigned char)*p))
				p++;
			if (*p != '\0')
				return NULL;
		}
	}
	return NULL;
}

/* Enter a block-level element: a paragraph inside a list item joins
 * the item's block; any other ends the block before it and opens what
 * it is (a heading, a list and its items, a quote, preformatted text, a
 * figure and its caption, a data table and its rows). */
static void
em_enter_block(struct em *em, uint32_t i, unsigned *act)
{
	struct ex	*x = em->x;
	struct node	*e = &x->v[i];
	struct ctx	 c, *top;
	const char	*st;
	int		 n;

	top = em_top(em);
	if (top != NULL && top->li && !em->pre && !em->caption &&
	    (e->tag == TAG_P || e->tag == TAG_DIV || e->tag == TAG_SECTION ||
	    e->tag == TAG_DL || e->tag == TAG_DD || e->tag == TAG_DT)) {
		/* Paragraphs inside a list item stay in its block. */
		if (doc_block_is_open(em->d))
			doc_block_break(em->d);
		*act = A_JOIN;
		return;
	}
	em_end(em);
	*act = A_BLOCK;
	memset(&c, 0, sizeof c);
	switch (e->tag) {
	case TAG_H1:
	case TAG_H2:
	case TAG_H3:
	case TAG_H4:
	case TAG_H5:
	case TAG_H6:
		c.kind = BLOCK_HEADING;
		c.level = e->tag - TAG_H1 + 1;
		em_push_ctx(em, c);
		*act |= A_CTX;
		break;
	case TAG_UL:
	case TAG_OL:
		em->list++;
		c.kind = BLOCK_PARAGRAPH;
		c.list = true;
		c.level = em->list;
		if (e->tag == TAG_OL) {
			c.next = 1;
			if ((st = html_attr(e->n, "start")) != NULL &&
			    (n = atoi(st)) > 0 && n < 1000000)
				c.next = n;
		}
		em_push_ctx(em, c);
		*act |= A_CTX | A_LIST;
		break;
	case TAG_LI:
		c.kind = BLOCK_LIST_ITEM;
		c.level = em->list > 0 ? em->list : 1;
		c.li = true;
		if (top != NULL && top->list && top->next > 0) {
			if ((st = html_attr(e->n, "value")) != NULL &&
			    (n = atoi(st)) > 0 && n < 1000000)
				top->next = n;
			c.number = top->next++;
		}
		em_push_ctx(em, c);
		*act |= A_CTX;
		break;
	case TAG_BLOCKQUOTE:
		em->quote++;
		c.kind = BLOCK_QUOTE;
		c.level = em->quote;
		em_push_ctx(em, c);
		*act |= A_CTX | A_QUOTE;
		break;
	case TAG_PRE:
		em->pre++;
		*act |= A_PRE;
		break;
	case TAG_FIGURE:
		em->figure++;
		*act |= A_FIGURE;
		break;
	case TAG_FIGCAPTION:
		if (em->figure > 0) {
			em->caption++;
			*act |= A_CAPTION;
		}
		break;
	case TAG_TABLE:
		if (data_table(x, i)) {
			em->table++;
			/* Another level than a table just before has. */
			em->tableno = 1;
			if (em->d->nblocks > 0 && em->d->blocks[em->d->nblocks -
			    1].kind == BLOCK_ROW)
				em->tableno = em->d->blocks[em->d->nblocks -
				    1].level + 1;
			*act |= A_TABLE;
		}
		break;
	case TAG_THEAD:
		if (em->table > 0) {
			em->thead++;
			*act |= A_THEAD;
		}
		break;
	case TAG_TR:
		if (em->table > 0) {
			em->row++;
			em->cell = 0;
			*act |= A_ROW;
			/* Open at once, for the empty cells before its
			 * text. */
			if (!em->caption && !em->pre && em->figure == 0)
				doc_block_begin(em->d, BLOCK_ROW, em->tableno);
		}
		break;
	default:
		break;
	}
}

/* Enter an element: returns false to skip what it holds. */
static bool
em_enter(struct em *em, uint32_t i, unsigned *act)
{
	struct ex	*x = em->x;
	struct node	*e = &x->v[i];
	enum keep	 k = em_keep(em, i);
	const char	*href;

	*act = 0;
	if (k == K_SKIP) {
		/* A cell left out is an empty one: the columns stay. */
		if (em->row > 0 && (e->tag == TAG_TD || e->tag == TAG_TH)) {
			doc_cell_begin(em->d, e->tag == TAG_TH ||
			    em->thead > 0);
			doc_cell_end(em->d);
		}
		return false;
	}
	if (k == K_CAPTION) {
		em_end(em);
		em->caption++;
		*act = A_BLOCK | A_CAPTION;
		return true;
	}
	if (em->row > 0) {
		/* Inside a data table's row: cells are joined, after the
		 * first that holds text. */
		if (e->tag == TAG_TD || e->tag == TAG_TH) {
			if (em->cell++ > 0 && em->rowtext)
				doc_block_text(em->d, " | ", 3);
			doc_cell_begin(em->d, e->tag == TAG_TH ||
			    em->thead > 0);
			*act = A_CELL;
		} else if ((e->props & TAG_IS_BLOCK) &&
		    doc_block_is_open(em->d))
			doc_block_text(em->d, " ", 1);
		if (e->props & TAG_IS_BLOCK)
			return true;
	}
	switch (e->tag) {
	case TAG_BR:
		if (doc_block_is_open(em->d)) {
			struct hnode *nx = next_element(e->n);

			if (nx != NULL && nx->mark != 0 &&
			    x->v[nx->mark].tag == TAG_BR &&
			    !em->pre && em->row == 0 && !(em_top(em) != NULL &&
			    em_top(em)->li))
				em_end(em);
			else
				doc_block_break(em->d);
		}
		return false;
	case TAG_A:
		href = html_attr(e->n, "href");
		if (href != NULL) {
			while (ascii_is_space((unsigned char)*href))
				href++;
			if (*href != '\0' && strncasecmp(href, "javascript:",
			    11) != 0) {
				em_push_inline(em, INL_LINK, url_resolve(
				    x->h->url, href));
				*act = A_INLINE;
			}
		}
		return true;
	case TAG_EM:
	case TAG_I:
	case TAG_CITE:
	case TAG_VAR:
		em_push_inline(em, INL_EM, NULL);
		*act = A_INLINE;
		return true;
	case TAG_STRONG:
	case TAG_B:
		em_push_inline(em, INL_STRONG, NULL);
		*act = A_INLINE;
		return true;
	case TAG_CODE:
	case TAG_KBD:
	case TAG_SAMP:
	case TAG_TT:
		if (!em->pre) {
			em_push_inline(em, INL_CODE, NULL);
			*act = A_INLINE;
		}
		return true;
	case TAG_IMG:
		return false;
	default:
		break;
	}
	if (!(e->props & TAG_IS_BLOCK))
		return true;

	/* Block-level elements. */
	em_enter_block(em, i, act);
	return true;
}

static void
em_leave(struct em *em, unsigned act)
{
	if (act & A_INLINE)
		em_pop_inline(em);
	if (act & A_CELL)
		doc_cell_end(em->d);
	if (act & A_JOIN)
		return;
	if (act & A_BLOCK)
		em_end(em);
	if (act & A_CTX)
		em_pop_ctx(em);
	if (act & A_LIST)
		em->list--;
	if (act & A_QUOTE)
		em->quote--;
	if (act & A_PRE)
		em->pre--;
	if (act & A_CAPTION)
		em->caption--;
	if (act & A_FIGURE)
		em->figure--;
	if (act & A_TABLE)
		em->table--;
	if (act & A_THEAD)
		em->thead--;
	if (act & A_ROW)
		em->row--;
}

static void
em_push_act(struct em *em, unsigned act)
{
	if (em->nacts == em->actscap) {
		em->actscap = em->actscap ? em->actscap * 2 : 64;
		em->acts = xreallocarray(em->acts, em->actscap,
		    sizeof *em->acts);
	}
	em->acts[em->nacts++] = act;
}

/* An element's id (or an <a>'s name) is where a link inside the page
 * ("#id") goes: the text written next. */
static void
em_anchor(struct em *em, uint32_t i)
{
	const struct node	*e = &em->x->v[i];
	const char		*id = html_attr(e->n, "id");

	if (id == NULL && e->tag == TAG_A)
		id = html_attr(e->n, "name");
	if (id != NULL)
		doc_add_anchor(em->d, id);
}

/* Write the blocks of one container. */
static void
emit_root(struct em *em, uint32_t root)
{
	struct ex	*x = em->x;
	struct hnode	*top = x->v[root].n, *n = top;
	unsigned	 act;
	bool		 down;

	em->root = root;
	while (n != NULL) {
		down = false;
		if (hnode_is_text(n)) {
			if (hnode_text(n) != NULL)
				em_text(em, hnode_text(n));
		} else if (n->type == HNODE_ELEMENT && n->mark != 0) {
			if (em_enter(em, n->mark, &act)) {
				em_anchor(em, n->mark);
				em_push_act(em, act);
				if (hnode_first(n) != NULL)
					down = true;
				else
					em_leave(em, em->acts[--em->nacts]);
			} else if (act != 0)
				em_leave(em, act);
		}
		if (down) {
			n = hnode_first(n);
			continue;
		}
		for (;;) {
			if (n == top) {
				n = NULL;
				break;
			}
			if (hnode_next(n) != NULL) {
				n = hnode_next(n);
				break;
			}
			n = hnode_parent(n);
			if (em->nacts > 0)
				em_leave(em, em->acts[--em->nacts]);
		}
	}
	while (em->nacts > 0)
		em_leave(em, em->acts[--em->nacts]);
	em_end(em);
}

/* Write a candidate's blocks into d; all: every text in it, chrome
 * too. */
void
emit_cand(struct ex *x, const struct cand *c, struct doc *d, bool all)
{
	struct em	 em;
	size_t		 i, n;

	memset(&em, 0, sizeof em);
	em.all = all;
	em.x = x;
	em.d = d;
	em.rootchars = 0;
	for (i = 0, n = 0; i < c->nroot; i++) {
		em.rootchars += x->v[c->root[i]].chars;
		n += x->v[c->root[i]].end - c->root[i];
	}
	/* A block an element at most, and no more text than the page
	 * has, about. */
	doc_reserve(d, n, x->h->ntext);
	for (i = 0; i < c->nroot; i++)
		emit_root(&em, c->root[i]);
	while (em.ninl > 0 || em.inlover > 0)
		em_pop_inline(&em);
	free(em.acts);
}
