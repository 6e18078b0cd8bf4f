/* links.h: the list of every link of the article (F): its number, its
 * text and its address, one a line; "/" filters it as one types, Enter
 * follows the selected link, q or Escape goes back to the article. */
#ifndef FOLIO_LINKS_H
#define FOLIO_LINKS_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "keymap.h"

struct doc;
struct doc_linkref;
struct grid;
struct screen;

struct links {
	bool			 shown;
	const struct doc	*d;
	struct doc_linkref	*all;		/* the links, numbered from 1 in
						   this order */
	size_t			 nall;
	size_t			*rows;		/* the indexes into all that the
						   filter lets through */
	size_t			 nrows;
	size_t			 sel, top;	/* selected row, first shown */
	struct buf		 filter;
	bool			 filtering;	/* "/" typed: keys edit it */
};

enum links_result {
	LINKS_DONE,		/* the key was taken */
	LINKS_CLOSED,		/* back to the article */
	LINKS_FOLLOW		/* follow *link (the list closes) */
};

/* Show the links of d (which must stay valid while they show), the
 * first selected. */
void		 links_open(struct links *l, const struct doc *d);
/* Hide the list and free what it holds (not l); a zeroed list is
 * fine. */
void		 links_close(struct links *l);
/* A key while the list shows: act is what the keymap binds it to. */
enum links_result links_key(struct links *l, const struct screen *s,
		    enum action act, int key, size_t *link);
/* A click at row y of the grid: the row there selected, and followed
 * (LINKS_FOLLOW with *link); LINKS_DONE when no row is there. */
enum links_result links_click(struct links *l, const struct screen *s,
		    int y, size_t *link);
/* Draw the list over the body and the status line of the frame. */
void		 links_draw(struct links *l, const struct screen *s,
		    struct grid *g);

#endif
