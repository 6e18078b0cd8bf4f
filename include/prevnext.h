/* prevnext.h: finding an article's previous/next post links, and
 * resolving them to local files. */
#ifndef FOLIO_PREVNEXT_H
#define FOLIO_PREVNEXT_H

#include <stddef.h>

struct doc;
struct html;
struct navlink;

enum pn_dir {
	PN_NONE,
	PN_PREV,
	PN_NEXT
};

/* If text (one line) is or starts with a prev/next label - "Prev Post",
 * "Previous article", "Older Post", "« Previous", "Next Post", "Newer
 * post", "Next »" and the like - return its direction and set *labellen
 * to the bytes of the label with the separators after it (":", "|",
 * arrows, spaces). Otherwise return PN_NONE. Shared by the plain-text and
 * the HTML readers. */
enum pn_dir	 prevnext_label(const char *text, size_t len, size_t *labellen);

/* Find the prev/next post links of an HTML page (rel=prev/next in the
 * post, WordPress and theme-family markup, labelled links, <link rel> in
 * the head last) and set d->prev and d->next: href resolved against the
 * page's URL, title without its label. */
void		 prevnext_find(const struct html *h, struct doc *d);

/* An article a link may resolve to. */
struct pn_candidate {
	const char	*path;	/* the local file */
	const char	*url;	/* its own URL (canonical, og:url, saved
				   from), or NULL */
	const char	*title;	/* or NULL */
};

/* url_slug() (url.h) under its old name, kept for library.c until it
 * calls url_slug() itself; then this goes. */
char		*prevnext_slug(const char *url);

/* Resolve a link among candidates: same URL (ignoring scheme, "www.", a
 * trailing slash and the fragment), then same slug (against each
 * candidate's URL and file name; a file name may carry a date in front,
 * "2024-05-16-<slug>.html"), then same title (case, punctuation and
 * curly/straight quotes folded). The first candidate that matches wins.
 * Returns its index, or -1. */
long		 prevnext_resolve(const struct navlink *l,
		    const struct pn_candidate *c, size_t n);

#endif
