/* help.h: the help screen - every action with the keys bound to it now,
 * and the keys of the search prompt and the panel's filter; it scrolls,
 * and any other key closes it. */
#ifndef FOLIO_HELP_H
#define FOLIO_HELP_H

#include <stdbool.h>
#include <stddef.h>

#include "keymap.h"

struct grid;
struct screen;

struct help {
	bool	 shown;
	size_t	 top;		/* the first line shown */
};

/* Show the help from its top. */
void	 help_open(struct help *hp);
/* A key while the help shows: the scrolling keys (and the mouse wheel)
 * scroll it, any other closes it. */
void	 help_key(struct help *hp, const struct screen *s, enum action act,
	    int key);
/* Draw the help over the body and the status line of the frame. */
void	 help_draw(struct help *hp, const struct screen *s, struct grid *g);

#endif
