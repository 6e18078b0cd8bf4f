/* extract_int.h: what the stages of extraction share: the elements of
 * the page in one array (struct node), what the page says about itself
 * (struct meta), one extraction (struct ex) and a container chosen for
 * the article (struct cand). Private to extract.c, extract_annotate.c,
 * extract_stats.c, extract_meta.c, extract_choose.c and extract_emit.c. */
#ifndef FOLIO_EXTRACT_INT_H
#define FOLIO_EXTRACT_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct buf;
struct doc;
struct hnode;
struct html;
struct jsonld;

/* What class and id say (annotate_classify()). */
#define C_POS		0x00000001u	/* article, content, entry, ... */
#define C_NEG		0x00000002u	/* footer, sidebar, meta, ... */
#define C_UNLIKELY	0x00000004u	/* not the article's container */
#define C_MAYBE		0x00000008u	/* ... unless this says it may be */
#define C_BODY		0x00000010u	/* the article body: entry-content */
#define C_BODY2		0x00000020u	/* weaker: story, single-post */
#define C_MAIN		0x00000040u	/* main-content, content-main */
#define C_HIDDEN	0x00000080u	/* sr-only, screen-reader-text */
#define C_COMMENT	0x00000100u
#define C_SHARE		0x00000200u
#define C_RELATED	0x00000400u	/* related, read next, more stories */
#define C_SUBSCRIBE	0x00000800u	/* newsletter, subscribe, signup */
#define C_PAGER		0x00001000u	/* prev/next, pagination */
#define C_AD		0x00002000u
#define C_CAPTION	0x00004000u	/* caption, credit */
#define C_BYLINE	0x00008000u	/* byline, dateline, entry meta */
#define C_BIO		0x00010000u	/* author box */
#define C_TAGS		0x00020000u
#define C_COOKIE	0x00040000u	/* cookie and consent notices */
#define C_MENU		0x00080000u	/* menus, breadcrumbs, toolbars */
#define C_TITLE		0x00100000u	/* entry-title, headline */
#define C_AUTHOR	0x00200000u	/* author (alone): a byline or a bio */
#define C_SOCIAL	0x00400000u
#define C_PROMO		0x00800000u
#define C_EMBED		0x01000000u	/* an embedded post: tweet, video */
#define C_DATE		0x02000000u	/* a date: post-date, published */
#define C_WRAP		0x04000000u	/* paywall, read-more, collapsed,
					   truncated: it may hold article
					   text a site hides */

/* Bits that remove an element met inside the article. */
#define C_DROP	(C_HIDDEN | C_COMMENT | C_SHARE | C_RELATED | C_SUBSCRIBE | \
	C_PAGER | C_AD | C_BYLINE | C_BIO | C_TAGS | C_COOKIE | C_MENU | \
	C_SOCIAL | C_PROMO)

/* The annotation: one entry per element, in document order. */

/* Element flags. */
#define F_DEAD		0x0001	/* never article text (tag, hidden) */
#define F_INDEAD	0x0002	/* inside a dead element */
#define F_INLINK	0x0004	/* an <a href> or inside one */
#define F_HIDDEN	0x0008	/* hidden by style or attribute */
#define F_UNLIKELY	0x0010	/* class/id say "not the article" */
#define F_ITEMBODY	0x0020	/* itemprop=articleBody */
#define F_SKIP		0x0040	/* dead for the current statistics */
#define F_SCORED	0x0080	/* has a score (cand_score) */
#define F_HASBLOCK	0x0100	/* has block children */
#define F_HIT		0x0200	/* matched the markup rank looked at */

struct node {
	struct hnode	*n;
	uint32_t	 parent;	/* index; 0 for the root itself */
	uint32_t	 end;		/* one past the last descendant */
	uint16_t	 tag;
	uint16_t	 props;
	uint32_t	 flags;
	uint32_t	 cls;		/* C_* of class and id */
	/* Own text (in text children) and, after stats_sum(), the subtree's
	 * live totals. */
	uint32_t	 ownchars, ownlink, owncommas;
	uint32_t	 chars, link, commas;
	uint16_t	 np, nli, nimg, ninput, nembed, narticle;
	float		 score;
};

/* What the page says about itself. Element numbers are indexes into
 * struct ex's array; 0 (the sentinel) means none. */
struct meta {
	/* Pointers into the tree, which outlives them. */
	const char	*title[6];	/* dc.title, og:title, title,
					   twitter:title, parsely-title,
					   headline */
	const char	*site;		/* og:site_name */
	const char	*author[6];	/* dc.creator, author, parsely-author,
					   article:author, sailthru.author,
					   twitter:creator */
	const char	*coauthor[6][3];	/* more of each kind, as a
					   page with several authors gives
					   them, in order */
	size_t		 ncoauthor[6];
	const char	*date[6];	/* article:published_time and kin */
	const char	*lang;		/* <html lang> */
	const char	*mlang;		/* <meta> content-language */
	const char	*feed;		/* the href of the first <link
					   rel=alternate> of a feed's type in
					   <head> */
	const char	**prop[24];	/* the slots above set from a
					   property= attribute */
	size_t		 nprop;
	struct hnode	*titlenode;	/* <title> */
	uint32_t	 first_h1;	/* the first live h1 */
	uint32_t	 h1count;	/* live h1s */
	uint32_t	 first_time;	/* the first live <time datetime> */
	uint32_t	 byline_el;	/* the first live class=byline/author */
	uint32_t	 author_el;	/* the first itemprop=author/rel=author */
	uint32_t	 date_el;	/* the first itemprop=datePublished */
	uint32_t	 datecls[4];	/* the first live class=date elements */
	size_t		 ndatecls;
	struct hnode	*ldjson[8];	/* <script type=application/ld+json> */
	size_t		 nldjson;
};

/* One extraction. */
struct ex {
	const struct html *h;
	struct doc	*d;
	struct node	*v;		/* the elements, in document order;
					   v[0] is a sentinel */
	size_t		 n, cap;
	struct meta	 m;
	char		*ftitle;	/* the title, folded (see utf8_fold()) */
	char		*fdoctitle;	/* <title> without the site, folded */
};

/* What more than one stage reads of an element, in loops over them all,
 * and so inline: the share of its live text in links, whether element i
 * is under element a, and what its class, id and itemprop weigh for the
 * scores (cand_score()) and the emitter. */
static inline float
link_density(const struct node *e)
{
	return e->chars == 0 ? 0 : (float)e->link / (float)e->chars;
}

static inline bool
is_ancestor(const struct ex *x, uint32_t a, uint32_t i)
{
	return i > a && i < x->v[a].end;
}

static inline int
class_weight(const struct node *e)
{
	int	 w = 0;

	if ((e->cls & C_NEG) && !(e->cls & C_EMBED))
		w -= 25;
	if (e->cls & (C_POS | C_BODY | C_BODY2))
		w += 25;
	if (e->flags & F_ITEMBODY)
		w += 25;
	return w;
}

/* A container for the article: one element, or siblings. */
#define MAX_ROOTS	64

struct cand {
	uint32_t	 root[MAX_ROOTS];	/* siblings, in order */
	size_t		 nroot;
};

/* extract_annotate.c: what class and id say, and the annotation walk. */
/* The C_* flags of one class or id attribute value. */
uint32_t	 annotate_classify(const char *s);
/* Number the elements under root in document order into x->v, classify
 * them, count the text they hold themselves, and note the metadata. */
void		 annotate_tree(struct ex *x, struct hnode *root);

/* extract_stats.c: the live text under each element; the text of a
 * small subtree. */
#define MODE_STRIP_UNLIKELY	0x1	/* leave out F_UNLIKELY subtrees */
/* Sum the live text, links and commas under each element, and count
 * its paragraphs, items, images, inputs and embeds (mode: MODE_*). */
void		 stats_sum(struct ex *x, unsigned mode);
/* Clear F_UNLIKELY where an element holds half the page's text (and
 * is no comment section, share bar, ad or promotion). */
void		 stats_unlikely(struct ex *x);
/* Append the live text under top to b, up to about max bytes; sep goes
 * where a block element or a <br> starts. */
void		 stats_gather_text(const struct ex *x, struct hnode *top,
		    struct buf *b, size_t max, int sep);
/* The collapsed text of an element, at most about max bytes (free it). */
char		*stats_node_text(const struct ex *x, struct hnode *n,
		    size_t max);
/* Collapse white space and trim, in place; returns s. */
char		*stats_squeeze(char *s);

/* extract_meta.c: what the page says about itself. */
/* Note what a <meta> element says in x->m (during the annotation). */
void		 meta_element(struct ex *x, struct hnode *n);
/* The href of a <link rel=alternate> to a feed (RSS, Atom, JSON Feed),
 * or NULL. */
const char	*meta_feed_link(struct hnode *n);
/* What the page's JSON-LD says of its article: the first script that
 * holds one (free it with jsonld_free()). */
void		 meta_ldjson(struct ex *x, struct jsonld *ld);
/* The doc's title, headline, byline, date, site, language and URL. */
void		 meta_find(struct ex *x, struct jsonld *ld);
/* The page's own address: its canonical one, else the absolute base of
 * its links; NULL when neither is known. */
const char	*meta_page_url(const struct html *h);

/* extract_choose.c: choosing the article's container. */
/* The container the page's markup names; false when none. */
bool		 cand_markup(struct ex *x, struct cand *c);
/* The container Readability's scores choose; false when none. */
bool		 cand_score(struct ex *x, struct cand *c);

/* extract_emit.c: writing the blocks. */
/* Write a candidate's blocks into d; all: every text in it, chrome
 * too. */
void		 emit_cand(struct ex *x, const struct cand *c, struct doc *d,
		    bool all);

#endif
