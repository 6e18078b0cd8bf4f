/* extract_stats.c: the statistics, a pass over the annotation's array
 * that sums the live text, links and commas each element holds, children
 * before parents; and the text of a small subtree, for the rules that
 * read words. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>

#include "ascii.h"
#include "buf.h"
#include "extract_int.h"
#include "html.h"
#include "tags.h"

/* ---------------------------------------------------------------------
 * Statistics: the live text under each element.
 */

static bool
skipped_self(const struct node *e, unsigned mode)
{
	if (e->flags & (F_DEAD | F_INDEAD))
		return true;
	if ((mode & MODE_STRIP_UNLIKELY) && (e->flags & F_UNLIKELY))
		return true;
	/* Figures and captions hold no article text. */
	if (e->tag == TAG_FIGURE || e->tag == TAG_FIGCAPTION ||
	    ((e->cls & C_CAPTION) && !(e->cls & (C_BODY | C_BODY2))))
		return true;
	return false;
}

void
stats_sum(struct ex *x, unsigned mode)
{
	struct node	*e, *p;
	size_t		 i;

	for (i = 1; i < x->n; i++) {
		e = &x->v[i];
		e->flags &= ~F_SKIP;
		if (skipped_self(e, mode) || (x->v[e->parent].flags & F_SKIP))
			e->flags |= F_SKIP;
		e->chars = e->ownchars;
		e->link = e->ownlink;
		e->commas = e->owncommas;
		e->np = e->nli = e->nimg = e->ninput = e->nembed = 0;
		e->narticle = 0;
		e->score = 0;
	}
	for (i = x->n - 1; i >= 1; i--) {
		e = &x->v[i];
		if (e->parent == 0)
			continue;
		p = &x->v[e->parent];
		switch (e->tag) {
		case TAG_P:
			p->np++;
			break;
		case TAG_LI:
			p->nli++;
			break;
		case TAG_IMG:
		case TAG_PICTURE:
			p->nimg++;
			break;
		case TAG_INPUT:
		case TAG_TEXTAREA:
		case TAG_SELECT:
		case TAG_BUTTON:
			p->ninput++;
			break;
		case TAG_IFRAME:
		case TAG_EMBED:
		case TAG_OBJECT:
		case TAG_VIDEO:
			p->nembed++;
			break;
		case TAG_ARTICLE:
			p->narticle++;
			break;
		default:
			break;
		}
		if (e->flags & F_SKIP)
			continue;
		p->chars += e->chars;
		p->link += e->link;
		p->commas += e->commas;
		p->np += e->np;
		p->nli += e->nli;
		p->nimg += e->nimg;
		p->ninput += e->ninput;
		p->nembed += e->nembed;
	}
}

/* An element that holds half the page's text is not unlikely to be the
 * article, whatever its class says. */
void
stats_unlikely(struct ex *x)
{
	size_t	 i;

	if (x->n < 2)
		return;
	stats_sum(x, 0);
	for (i = 2; i < x->n; i++) {
		if ((x->v[i].flags & F_UNLIKELY) &&
		    !(x->v[i].cls & (C_COMMENT | C_RELATED | C_SHARE |
		    C_SOCIAL | C_AD | C_PROMO | C_SUBSCRIBE)) &&
		    x->v[i].chars * 2 > x->v[1].chars)
			x->v[i].flags &= ~F_UNLIKELY;
	}
}

/* ---------------------------------------------------------------------
 * The text of a small subtree, for the rules that read words.
 */

/* Append the live text under top to b, up to about max bytes; sep goes
 * where a block element or a <br> starts. */
void
stats_gather_text(const struct ex *x, struct hnode *top, struct buf *b,
    size_t max, int sep)
{
	struct hnode	*c = hnode_first(top);
	bool		 down;

	while (c != NULL && b->len < max) {
		down = false;
		if (hnode_is_text(c)) {
			if (hnode_text(c) != NULL)
				buf_adds(b, hnode_text(c));
		} else if (c->type == HNODE_ELEMENT) {
			uint32_t ci = c->mark;

			if (ci != 0 && !(x->v[ci].flags & (F_DEAD |
			    F_INDEAD))) {
				if (x->v[ci].props & TAG_IS_BLOCK ||
				    x->v[ci].tag == TAG_BR)
					buf_addc(b, sep);
				down = hnode_first(c) != NULL;
			}
		}
		if (down) {
			c = hnode_first(c);
			continue;
		}
		while (c != top && hnode_next(c) == NULL)
			c = hnode_parent(c);
		if (c == top)
			break;
		c = hnode_next(c);
	}
}

/* The collapsed text of an element, at most about max bytes (free it). */
char *
stats_node_text(const struct ex *x, struct hnode *n, size_t max)
{
	struct buf	 b = BUF_INIT;
	char		*s;

	stats_gather_text(x, n, &b, max, ' ');
	s = buf_finish(&b, NULL);
	return stats_squeeze(s);
}

/* Collapse white space and trim, in place. */
char *
stats_squeeze(char *s)
{
	char	*o = s, *p = s;
	bool	 sp = false;

	for (; *p != '\0'; p++) {
		if (ascii_is_space((unsigned char)*p) || ((unsigned char)p[0] ==
		    0xc2 && (unsigned char)p[1] == 0xa0)) {
			if ((unsigned char)*p == 0xc2)
				p++;
			sp = true;
			continue;
		}
		if (sp && o > s)
			*o++ = ' ';
		sp = false;
		*o++ = *p;
	}
	*o = '\0';
	return s;
}
