/* html.h: bytes -> libxml2 HTML tree. */
#ifndef FOLIO_HTML_H
#define FOLIO_HTML_H

#include <stdbool.h>
#include <stddef.h>

struct _xmlDoc;
struct _xmlNode;

struct html {
	struct _xmlDoc	*tree;
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

/* How deep elements may nest; real pages stay under a few hundred. */
#define HTML_MAX_DEPTH	10000

/* True when the bytes look like HTML (a doctype, <html>, <head>, <body>
 * or a few common tags near the start). */
bool		 html_sniff(const char *data, size_t len);
/* Parse with htmlReadMemory (RECOVER, NOERROR, NOWARNING, NONET). The
 * charset comes from a BOM, then content_type (an HTTP header value, may
 * be NULL), then <meta charset>/<meta http-equiv>, else UTF-8 with each
 * invalid byte read as windows-1252. from_url is where the bytes came
 * from, or NULL. Never returns NULL for any input. */
struct html	*html_parse(const char *data, size_t len,
		    const char *content_type, const char *from_url);
void		 html_free(struct html *h);
/* The value of attribute name on element n, without allocating: "" when
 * it has none, NULL when n has no such attribute or is no element. A tree
 * from html_parse() keeps only the attributes folio reads (class, id,
 * href, style, ...; see html.c), and not where libxml2 keeps them: read
 * them with html_attr() or html_attr_next(), not xmlGetProp() or
 * n->properties. Both also read a tree that libxml2 built alone. */
const char	*html_attr(const struct _xmlNode *n, const char *name);
/* The attributes of element n one at a time, in their order: *it is NULL
 * at first; gives the next one's name and sets *value, NULL after the
 * last. */
const char	*html_attr_next(const struct _xmlNode *n, const void **it,
		    const char **value);
/* Free what libxml2 keeps for the whole process; at exit, once. */
void		 html_cleanup(void);

#endif
