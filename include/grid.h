/* grid.h: a screen of cells drawn in memory, then copied to the terminal
 * by the UI. */
#ifndef FOLIO_GRID_H
#define FOLIO_GRID_H

#include <stddef.h>

struct cell {
	char		 ch[16];	/* UTF-8: a character and its combining
					   marks; "" for the right half of a
					   wide character */
	unsigned char	 width;		/* 0, 1 or 2 */
	unsigned char	 role;		/* enum role */
	unsigned char	 attr;		/* ATTR_* added to the role's own */
};

struct grid {
	int		 w, h;
	struct cell	*cells;		/* h rows of w */
	int		 cursor_y, cursor_x;	/* -1: hidden */
};

/* A grid of spaces in ROLE_TEXT, the cursor hidden; free it with
 * grid_free(), which does nothing with NULL. */
struct grid	*grid_new(int w, int h);
void		 grid_free(struct grid *g);
/* A new size; the contents are cleared as by grid_clear(g, ROLE_TEXT). */
void		 grid_resize(struct grid *g, int w, int h);
/* Fill every cell with a space in this role. */
void		 grid_clear(struct grid *g, unsigned role);
/* The cell at (y, x), or NULL outside the grid. */
struct cell	*grid_cell(struct grid *g, int y, int x);
/* Put UTF-8 text at (y, x), clipped at column xmax (exclusive). A wide
 * character that does not fit becomes a space; control characters are
 * never placed; an invalid byte, or a character of no width in the
 * locale, shows as U+FFFD; combining marks join the cell before them (a
 * cell holds up to 15 bytes; more marks are dropped). Half of a wide
 * character written over leaves a space in the other half. Returns the
 * column after the text (at most xmax). */
int		 grid_put(struct grid *g, int y, int x, int xmax,
		    const char *s, size_t len, unsigned role, unsigned attr);
/* Fill a rectangle with one character (a space if ch is not a printable
 * character), clipped to the grid. */
void		 grid_fill(struct grid *g, int y, int x, int h, int w,
		    const char *ch, unsigned role);
/* Set the role (and add attr) of cells already drawn, both halves of a
 * wide character together. */
void		 grid_paint(struct grid *g, int y, int x, int w, unsigned role,
		    unsigned attr);

#endif
