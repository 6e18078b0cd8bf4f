/* prevnext.h: finding an article's previous/next post links. */
#ifndef FOLIO_PREVNEXT_H
#define FOLIO_PREVNEXT_H

#include <stddef.h>

struct doc;
struct html;

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

#endif
