/* grid.c: a screen of cells drawn in memory. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "grid.h"
#include "theme.h"
#include "utf8.h"
#include "xmalloc.h"

#define REPLACEMENT	"\xef\xbf\xbd"

struct grid *
grid_new(int w, int h)
{
	struct grid	*g = xcalloc(1, sizeof *g);

	grid_resize(g, w, h);
	return g;
}

void
grid_free(struct grid *g)
{
	if (g == NULL)
		return;
	free(g->cells);
	free(g);
}

/* The contents are lost: the caller draws the screen again. */
void
grid_resize(struct grid *g, int w, int h)
{
	if (w < 0 || h < 0)
		w = h = 0;
	free(g->cells);
	g->cells = xcalloc((size_t)w * (size_t)h, sizeof *g->cells);
	g->w = w;
	g->h = h;
	g->cursor_y = g->cursor_x = -1;
	grid_clear(g, ROLE_TEXT);
}

static void
cell_set(struct cell *c, const char *ch, size_t n, int width, unsigned role,
    unsigned attr)
{
	if (n >= sizeof c->ch)
		n = sizeof c->ch - 1;
	memcpy(c->ch, ch, n);
	c->ch[n] = '\0';
	c->width = (unsigned char)width;
	c->role = (unsigned char)role;
	c->attr = (unsigned char)attr;
}

void
grid_clear(struct grid *g, unsigned role)
{
	size_t	 i, n = (size_t)g->w * (size_t)g->h;

	for (i = 0; i < n; i++)
		cell_set(&g->cells[i], " ", 1, 1, role, 0);
}

struct cell *
grid_cell(struct grid *g, int y, int x)
{
	if (y < 0 || y >= g->h || x < 0 || x >= g->w)
		return NULL;
	return &g->cells[(size_t)y * (size_t)g->w + (size_t)x];
}

/* The right half of a wide character. */
static int
is_right_half(const struct cell *c)
{
	return c->width == 0 && c->ch[0] == '\0';
}

/* Put a character of width w (1 or 2) at (y, x), both cells in the grid.
 * A wide character partly overwritten becomes a space. */
static struct cell *
place(struct grid *g, int y, int x, const char *ch, size_t n, int w,
    unsigned role, unsigned attr)
{
	struct cell	*c = grid_cell(g, y, x), *o;
	int		 i;

	for (i = 0; i < w; i++) {
		o = grid_cell(g, y, x + i);
		if (i == 0 && is_right_half(o) && x > 0)
			cell_set(o - 1, " ", 1, 1, o[-1].role, o[-1].attr);
		if (i == w - 1 && o->width == 2 && x + i + 1 < g->w)
			cell_set(o + 1, " ", 1, 1, o[1].role, o[1].attr);
	}
	cell_set(c, ch, n, w, role, attr);
	if (w == 2)
		cell_set(c + 1, "", 0, 0, role, attr);
	return c;
}

/* Add a combining mark to the character in c, if there is room. */
static void
combine(struct cell *c, const char *mark, size_t n)
{
	size_t	 have = strlen(c->ch);

	if (have + n < sizeof c->ch) {
		memcpy(c->ch + have, mark, n);
		c->ch[have + n] = '\0';
	}
}

/* The width of a code point decoded from n bytes, as the grid shows it:
 * -1 for a control (never placed); an invalid byte, or a character of no
 * valid width in the locale, becomes U+FFFD. */
static int
cell_width(uint32_t *cp, size_t n)
{
	if (*cp == UTF8_REPLACEMENT && n == 1)
		return 1;
	if (utf8_is_control(*cp))
		return -1;
	if (*cp >= 0x80 && wcwidth((wchar_t)*cp) < 0) {
		*cp = UTF8_REPLACEMENT;
		return 1;
	}
	return utf8_cpwidth(*cp);
}

int
grid_put(struct grid *g, int y, int x, int xmax, const char *s, size_t len,
    unsigned role, unsigned attr)
{
	struct cell	*last = NULL;
	size_t		 i = 0, n;
	uint32_t	 cp;
	int		 w, row = y >= 0 && y < g->h;
	const char	*ch;

	if (xmax > g->w)
		xmax = g->w;
	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp);
		ch = s + i;
		i += n;
		if ((w = cell_width(&cp, n)) < 0)
			continue;
		if (cp == UTF8_REPLACEMENT) {
			ch = REPLACEMENT;
			n = 3;
		}
		if (w == 0) {
			if (last != NULL)
				combine(last, ch, n);
			continue;
		}
		last = NULL;
		if (x >= xmax)
			break;
		if (x + w > xmax) {
			/* A wide character that does not fit. */
			if (row && x >= 0)
				place(g, y, x, " ", 1, 1, role, attr);
			x++;
			break;
		}
		if (x < 0) {
			if (row && x + w > 0)
				place(g, y, 0, " ", 1, 1, role, attr);
			x += w;
			continue;
		}
		if (row)
			last = place(g, y, x, ch, n, w, role, attr);
		x += w;
	}
	return x;
}

void
grid_fill(struct grid *g, int y, int x, int h, int w, const char *ch,
    unsigned role)
{
	uint32_t cp = ' ';
	size_t	 n = 0;
	int	 cw = 1, r, c, xend;

	if (ch != NULL && *ch != '\0')
		n = utf8_decode(ch, strlen(ch), &cp);
	if (n == 0 || (cw = cell_width(&cp, n)) < 1) {
		ch = " ";
		n = 1;
		cw = 1;
	} else if (cp == UTF8_REPLACEMENT) {
		ch = REPLACEMENT;
		n = 3;
	}
	if (x < 0) {
		w += x;
		x = 0;
	}
	xend = w > g->w - x ? g->w : x + w;
	for (r = y < 0 ? 0 : y; r < y + h && r < g->h; r++) {
		for (c = x; c < xend; c += cw) {
			if (c + cw > xend)
				place(g, r, c, " ", 1, 1, role, 0);
			else
				place(g, r, c, ch, n, cw, role, 0);
		}
	}
}

void
grid_paint(struct grid *g, int y, int x, int w, unsigned role, unsigned attr)
{
	struct cell	*c;
	int		 end = x + w, i;

	if (y < 0 || y >= g->h || w <= 0)
		return;
	if (x < 0)
		x = 0;
	if (end > g->w)
		end = g->w;
	if (x >= end)
		return;
	/* Paint both halves of a wide character. */
	if (is_right_half(grid_cell(g, y, x)) && x > 0)
		x--;
	if (grid_cell(g, y, end - 1)->width == 2 && end < g->w)
		end++;
	for (i = x; i < end; i++) {
		c = grid_cell(g, y, i);
		c->role = (unsigned char)role;
		c->attr |= (unsigned char)attr;
	}
}
