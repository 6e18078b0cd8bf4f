/* html.h: bytes -> a tree of the page, libxml2's HTML parser reading
 * them. */
#ifndef FOLIO_HTML_H
#define FOLIO_HTML_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * The tree. libxml2's parser reads the page (its charsets, entities and
 * implied end tags: <p> closed by the next <p>, a missing <body>) and
 * html.c builds the tree from what it reports, a node of 32 bytes for
 * each element, run of text, comment and doctype, all in one array, in
 * document order. A node links to the others by how far they are in the
 * array; read the links with hnode_parent(), hnode_first(),
 * hnode_next() and hnode_prev(), the rest with hnode_name(),
 * hnode_text() and html_attr(). Nodes stay where they are as long as
 * the tree lives.
 */
enum hnode_type {
	HNODE_DOC,		/* the document: the parent of the root and
				   of what is beside it */
	HNODE_ELEMENT,
	HNODE_TEXT,
	HNODE_CDATA,		/* the text of a script (JSON-LD only) */
	HNODE_OTHER		/* a comment, a processing instruction, a
				   doctype */
};

struct hnode {
	const char	*data;		/* text: the text; element: its name,
					   then its attributes (html.c) */
	int32_t		 parent, first, next, prev; /* how far, 0: none */
	uint32_t	 mark;		/* a reader's own: 0 in a new tree,
					   and the reader that sets it puts
					   it back to 0 */
	uint8_t		 type;		/* enum hnode_type */
	uint8_t		 tag;		/* an element's enum tag (tags.h) */
	uint8_t		 props;		/* its TAG_IS_* bits (tags.h) */
	uint8_t		 spare;
};

struct arena;

struct html {
	struct hnode	*tree;		/* tree[0] is the document */
	size_t		 nnodes;
	size_t		 ntext;		/* the bytes of the texts of its
					   nodes, all told */
	struct arena	*mem;		/* the texts and the attributes */
	char		*url;		/* the base for links: <base href>,
					   against the http(s) URL the page was
					   fetched from, else its canonical URL,
					   og:url, "saved from" comment or the
					   URL it came from; may be NULL */
	char		*canonical;	/* the page's own address, absolute:
					   canonical, else og:url, else the
					   "saved from" comment, else the URL
					   it was fetched from (not <base>);
					   may be NULL */
	char		*charset;	/* the charset it was read with */
	bool		 too_deep;	/* elements nested deeper than
					   HTML_MAX_DEPTH: the rest of the page
					   was not read */
};

static inline struct hnode *
hnode_at(const struct hnode *n, int32_t off)
{
	return off != 0 ? (struct hnode *)(uintptr_t)(n + off) : NULL;
}

static inline struct hnode *
hnode_parent(const struct hnode *n)
{
	return hnode_at(n, n->parent);
}

static inline struct hnode *
hnode_first(const struct hnode *n)
{
	return hnode_at(n, n->first);
}

static inline struct hnode *
hnode_next(const struct hnode *n)
{
	return hnode_at(n, n->next);
}

static inline struct hnode *
hnode_prev(const struct hnode *n)
{
	return hnode_at(n, n->prev);
}

static inline bool
hnode_is_element(const struct hnode *n)
{
	return n->type == HNODE_ELEMENT;
}

/* True for a run of text, or of a script's text. */
static inline bool
hnode_is_text(const struct hnode *n)
{
	return n->type == HNODE_TEXT || n->type == HNODE_CDATA;
}

/* An element's name, in lower case; NULL for any other node. */
static inline const char *
hnode_name(const struct hnode *n)
{
	return n->type == HNODE_ELEMENT ? n->data : NULL;
}

/* The text of a text node, never empty; NULL for an element or the
 * document. A comment or a processing instruction inside <title> has
 * its text too (libxml2 read it as part of the title), any other none. */
static inline const char *
hnode_text(const struct hnode *n)
{
	return n->type != HNODE_ELEMENT ? n->data : NULL;
}

/* The root element (<html>), or NULL for a page of no element. */
struct hnode	*html_root(const struct html *h);
/* The first and the last element child of n, the element before n
 * among its siblings; NULL when there is none. */
struct hnode	*hnode_first_element(const struct hnode *n);
struct hnode	*hnode_last_element(const struct hnode *n);
struct hnode	*hnode_prev_element(const struct hnode *n);

/* How deep elements may nest; real pages stay under a few hundred. */
#define HTML_MAX_DEPTH	10000

/* True when the bytes look like HTML (a doctype, <html>, <head>, <body>
 * or a few common tags near the start). */
bool		 html_sniff(const char *data, size_t len);
/* Parse with libxml2 (RECOVER, NOERROR, NOWARNING, NONET). The
 * charset comes from a BOM, then content_type (an HTTP header value, may
 * be NULL), then <meta charset>/<meta http-equiv>, else UTF-8 with each
 * invalid byte read as windows-1252. from_url is where the bytes came
 * from, or NULL. Never returns NULL for any input. */
struct html	*html_parse(const char *data, size_t len,
		    const char *content_type, const char *from_url);
void		 html_free(struct html *h);
/* The value of attribute name on element n, without allocating: "" when
 * it has none, NULL when n has no such attribute or is no element. The
 * tree keeps only the attributes folio reads (class, id, href, style,
 * ...; see html.c). */
const char	*html_attr(const struct hnode *n, const char *name);
/* The attributes of element n one at a time, in their order: *it is NULL
 * at first; gives the next one's name and sets *value, NULL after the
 * last. */
const char	*html_attr_next(const struct hnode *n, const void **it,
		    const char **value);
/* Free what libxml2 keeps for the whole process; at exit, once. */
void		 html_cleanup(void);

#endif
