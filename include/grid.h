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

struct grid	*grid_new(int w, int h);
void		 grid_free(struct grid *g);
void		 grid_resize(struct grid *g, int w, int h);
/* Fill every cell with a space in this role. */
void		 grid_clear(struct grid *g, unsigned role);
struct cell	*grid_cell(struct grid *g, int y, int x);
/* Put UTF-8 text at (y, x), clipped at column xmax (exclusive). A wide
 * character that does not fit becomes a space; control characters are
 * never placed. Returns the column after the text. */
int		 grid_put(struct grid *g, int y, int x, int xmax,
		    const char *s, size_t len, unsigned role, unsigned attr);
/* Fill a rectangle with one character. */
void		 grid_fill(struct grid *g, int y, int x, int h, int w,
		    const char *ch, unsigned role);
/* Set the role (and add attr) of cells already drawn. */
void		 grid_paint(struct grid *g, int y, int x, int w, unsigned role,
		    unsigned attr);

#endif
