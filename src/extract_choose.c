/* extract_choose.c: choosing the article's container from the
 * statistics, never from copies of the tree: the one the page's markup
 * names (itemprop=articleBody, entry-content, <article>, ...), else the
 * best by Readability's scores. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "extract_int.h"
#include "html.h"
#include "tags.h"

/* ---------------------------------------------------------------------
 * Choosing the article's container.
 */

/* The first name in a class list that says "article body", in *len. */
static const char *
body_token(const char *cl, size_t *len)
{
	char	 tok[64];
	size_t	 n;

	while (cl != NULL && *cl != '\0') {
		while (ascii_is_space((unsigned char)*cl))
			cl++;
		for (n = 0; cl[n] != '\0' &&
		    !ascii_is_space((unsigned char)cl[n]); n++)
			;
		if (n > 0 && n < sizeof tok) {
			memcpy(tok, cl, n);
			tok[n] = '\0';
			if (annotate_classify(tok) & (C_BODY | C_BODY2)) {
				*len = n;
				return cl;
			}
		}
		cl += n;
	}
	return NULL;
}

/* True when the class list holds the name tok (len bytes). */
static bool
class_has(const char *cl, const char *tok, size_t len)
{
	size_t	 n;

	while (cl != NULL && *cl != '\0') {
		while (ascii_is_space((unsigned char)*cl))
			cl++;
		for (n = 0; cl[n] != '\0' &&
		    !ascii_is_space((unsigned char)cl[n]); n++)
			;
		if (n == len && memcmp(cl, tok, n) == 0)
			return true;
		cl += n;
	}
	return false;
}

/* The container that the page's markup names: itemprop=articleBody and
 * classes such as entry-content first, then <article>, then weaker
 * names, then main-content and <main>. Within a rank, the first one
 * that holds at least half the text of the biggest. */
bool
cand_markup(struct ex *x, struct cand *c)
{
	uint32_t	 best, max, i, k;
	int		 tier;
	const char	*tok;
	size_t		 toklen = 0;

	c->nroot = 0;
	for (tier = 0; tier < 5; tier++) {
		max = 0;
		for (i = 1; i < x->n; i++) {
			struct node *e = &x->v[i];
			bool	 hit;

			if (e->flags & F_SKIP)
				continue;
			switch (tier) {
			case 0:
				hit = (e->flags & F_ITEMBODY) ||
				    (e->cls & C_BODY);
				break;
			case 1:
				hit = e->tag == TAG_ARTICLE;
				break;
			case 2:
				hit = (e->cls & C_BODY2) != 0;
				break;
			case 3:
				hit = (e->cls & C_MAIN) != 0;
				break;
			default:
				hit = e->tag == TAG_MAIN;
				break;
			}
			if (!hit || !(e->props & TAG_IS_CONTAINER) ||
			    e->chars - e->link <= 100)
				continue;
			/* A listing of articles is not an article. */
			if (e->narticle >= 3)
				continue;
			if (e->chars - e->link > max)
				max = e->chars - e->link;
			e->flags |= F_HIT;
		}
		if (max == 0)
			continue;
		best = 0;
		for (i = 1; i < x->n && best == 0; i++) {
			struct node *e = &x->v[i];

			if ((e->flags & F_HIT) &&
			    (e->chars - e->link) * 2 >= max)
				best = i;
		}
		for (i = 1; i < x->n; i++)
			x->v[i].flags &= ~F_HIT;
		if (best == 0)
			continue;
		/* A body cut into several containers of one tag and body
		 * class: take them all, in order. Not for <article> and
		 * <main>: several of those are several posts. */
		tok = tier == 0 || tier == 2 ? body_token(html_attr(x->v[best].n,
		    "class"), &toklen) : NULL;
		for (k = 1; k < x->n && c->nroot < MAX_ROOTS; k++) {
			const struct node *o = &x->v[k];

			if (k != best && (tok == NULL || (o->flags & F_SKIP) ||
			    o->tag != x->v[best].tag || o->chars == 0 ||
			    is_ancestor(x, k, best) ||
			    !class_has(html_attr(o->n, "class"), tok, toklen)))
				continue;
			c->root[c->nroot++] = k;
			k = o->end - 1;	/* not inside it */
		}
		return true;
	}
	return false;
}

/* The scores: each paragraph scores for up to five elements, its parent
 * and the ancestors above it; an element scored (F_SCORED) starts from
 * what its class and its tag say. */
static void
score_paragraphs(struct ex *x)
{
	uint32_t	 i, a, level;
	float		 s;

	for (i = 1; i < x->n; i++)
		x->v[i].flags &= ~F_SCORED;
	for (i = 1; i < x->n; i++) {
		struct node *e = &x->v[i];

		if (e->flags & F_SKIP)
			continue;
		uint32_t chars = e->chars, commas = e->commas;

		if ((e->props & TAG_IS_PARA) ||
		    ((e->props & TAG_IS_CONTAINER) &&
		    !(e->flags & F_HASBLOCK) && e->ownchars > 0))
			a = e->parent;
		else if ((e->props & TAG_IS_CONTAINER) && e->ownchars >= 20) {
			/* Text loose in a container beside blocks: a
			 * paragraph of its own, in that container. */
			chars = e->ownchars;
			commas = e->owncommas;
			a = i;
		} else
			continue;
		if (chars < 20)
			continue;
		s = 1 + (float)commas + (chars / 100 < 3 ?
		    (float)(chars / 100) : 3);
		for (level = 0; a != 0 && level < 5;
		    a = x->v[a].parent, level++) {
			struct node *p = &x->v[a];

			if (p->tag == TAG_HTML)
				break;
			if (!(p->flags & F_SCORED)) {
				p->flags |= F_SCORED;
				p->score = (float)class_weight(p);
				switch (p->tag) {
				case TAG_DIV:
				case TAG_ARTICLE:
				case TAG_SECTION:
				case TAG_MAIN:
					p->score += 5;
					break;
				case TAG_PRE:
				case TAG_TD:
				case TAG_BLOCKQUOTE:
					p->score += 3;
					break;
				case TAG_ADDRESS:
				case TAG_OL:
				case TAG_UL:
				case TAG_DL:
				case TAG_DD:
				case TAG_DT:
				case TAG_LI:
				case TAG_FORM:
					p->score -= 3;
					break;
				case TAG_H1:
				case TAG_H2:
				case TAG_H3:
				case TAG_H4:
				case TAG_H5:
				case TAG_H6:
				case TAG_TH:
					p->score -= 5;
					break;
				default:
					break;
				}
			}
			p->score += s / (level == 0 ? 1 : level == 1 ? 2 :
			    (float)level * 3);
		}
	}
}

/* Siblings that belong to the article: the top element and those of
 * its siblings that score well too, or are paragraphs of words, into c. */
static void
add_siblings(struct ex *x, struct cand *c, uint32_t top)
{
	struct hnode	*sib, *p = hnode_parent(x->v[top].n);
	const char	*tcl = html_attr(x->v[top].n, "class");
	uint32_t	 k;
	float		 topscore, thresh;

	topscore = x->v[top].flags & F_SCORED ? x->v[top].score : 0;
	thresh = topscore * 0.2f > 10 ? topscore * 0.2f : 10;
	for (sib = p != NULL ? hnode_first(p) : NULL; sib != NULL;
	    sib = hnode_next(sib)) {
		struct node	*e;
		float		 bonus = 0;
		bool		 take = false;

		if (sib->type != HNODE_ELEMENT || (k = sib->mark) == 0)
			continue;
		e = &x->v[k];
		if (k == top)
			take = true;
		else if (e->flags & F_SKIP)
			continue;
		else {
			const char *cl = html_attr(sib, "class");

			if (tcl != NULL && cl != NULL && *cl != '\0' &&
			    strcmp(cl, tcl) == 0)
				bonus = topscore * 0.2f;
			if ((e->flags & F_SCORED) &&
			    e->score + bonus >= thresh)
				take = true;
			else if (e->tag == TAG_P && e->chars > 70 &&
			    link_density(e) < 0.25f)
				take = true;
			else if (e->tag == TAG_P && e->chars > 0 &&
			    e->link == 0 && e->chars <= 70) {
				/* A short paragraph that ends a
				 * sentence. */
				char *t = stats_node_text(x, sib, 400);
				size_t l = strlen(t);

				take = l > 0 && t[l - 1] == '.';
				free(t);
			}
		}
		if (take && c->nroot < MAX_ROOTS)
			c->root[c->nroot++] = k;
	}
}

/* Readability's scoring: each paragraph scores for its parent and its
 * ancestors; the best-scored element, weighed by its link density, is
 * the article, with those of its siblings that score well too. */
bool
cand_score(struct ex *x, struct cand *c)
{
	uint32_t	 i, a, top = 0;
	float		 topscore = 0, thresh, last;
	uint32_t	 best[5] = { 0 };
	size_t		 nbest = 0, j;

	c->nroot = 0;
	score_paragraphs(x);
	for (i = 1; i < x->n; i++) {
		struct node *e = &x->v[i];

		if (!(e->flags & F_SCORED))
			continue;
		e->score *= 1 - link_density(e);
		/* Keep the five best. */
		for (j = 0; j < nbest; j++) {
			if (e->score > x->v[best[j]].score)
				break;
		}
		if (j < 5) {
			if (nbest < 5)
				nbest++;
			memmove(best + j + 1, best + j,
			    (nbest - 1 - j) * sizeof best[0]);
			best[j] = i;
		}
	}
	if (nbest == 0)
		return false;
	top = best[0];
	topscore = x->v[top].score;
	if (topscore <= 0)
		return false;
	/* Several good candidates under one ancestor: take the ancestor. */
	for (a = x->v[top].parent; a != 0 && x->v[a].tag != TAG_BODY &&
	    x->v[a].tag != TAG_HTML; a = x->v[a].parent) {
		size_t	 under = 0;

		for (j = 1; j < nbest; j++) {
			if (x->v[best[j]].score >= topscore * 0.75f &&
			    is_ancestor(x, a, best[j]))
				under++;
		}
		if (under >= 2) {
			top = a;
			break;
		}
	}
	/* A parent that scores better is the article. */
	last = x->v[top].score;
	thresh = last / 3;
	for (a = x->v[top].parent; a != 0 && x->v[a].tag != TAG_BODY &&
	    x->v[a].tag != TAG_HTML; a = x->v[a].parent) {
		if (!(x->v[a].flags & F_SCORED))
			continue;
		if (x->v[a].score < thresh)
			break;
		if (x->v[a].score > last) {
			top = a;
			break;
		}
		last = x->v[a].score;
	}
	/* An only child stands for its parent. */
	for (;;) {
		struct hnode *p = hnode_parent(x->v[top].n), *sib;
		size_t	 kids = 0;

		a = x->v[top].parent;
		if (a == 0 || x->v[a].tag == TAG_BODY ||
		    x->v[a].tag == TAG_HTML)
			break;
		for (sib = hnode_first(p); sib != NULL;
		    sib = hnode_next(sib)) {
			if (sib->type == HNODE_ELEMENT)
				kids++;
		}
		if (kids != 1)
			break;
		top = a;
	}
	add_siblings(x, c, top);
	return c->nroot > 0;
}
