/* screen.h: what the reader's screens share - the geometry of the
 * frame, the highlights, the status line's message - and the drawing
 * they have in common: the frame, labels in its border, a terminal too
 * small. Each screen (view.h, panel.h, index.h, help.h, prompt.h) draws
 * into a grid within this geometry. */
#ifndef FOLIO_SCREEN_H
#define FOLIO_SCREEN_H

#include <stdbool.h>

#include "keymap.h"
#include "xmalloc.h"

struct entities;
struct grid;

/* Below this size only a notice is drawn. */
#define SCREEN_MIN_W	24
#define SCREEN_MIN_H	7
/* Below this height the screen has no frame: the title on the top row,
 * the status line on the bottom one, and the rows between for the text
 * (at 80x7, five lines of text instead of three). */
#define SCREEN_FRAME_H	12
/* Lines the mouse wheel scrolls. */
#define SCREEN_WHEEL	3

struct screen {
	const struct keymap	*keymap;
	int			 max_width;	/* of the text, in columns */
	bool			 panel_left;	/* the panel left of the text */

	/* Geometry, from screen_resize(). Rows: the top border, the
	 * body, a divider, the status line, the bottom border; frameless,
	 * the title, the body and the status line. */
	int			 w, h;
	bool			 small;		/* too small: a notice only */
	bool			 frameless;	/* under SCREEN_FRAME_H rows */
	int			 status_y;	/* the status line's row */
	int			 rule_y;	/* the divider above it, or -1 */
	int			 body_y, body_h;
	int			 pane_w;	/* the article pane's inside */
	int			 text_x, text_w;
	bool			 panel_shown;
	int			 panel_x, panel_w;
	bool			 panel_may_cover;	/* where text and panel do
						   not both fit, the panel
						   may cover the text (the
						   reader asked for it) */
	bool			 panel_over;	/* it does: the text keeps
						   the whole width under it */

	/* Highlights. */
	bool			 names, figures;
	bool			 accents;	/* a search finds accented
						   letters from plain ones */

	/* The status line's message, until the next key. */
	char			*msg;
	bool			 msg_error;
};

/* Lay the frame out for a terminal of w x h; with_panel: the side panel
 * is wanted (it shows when the text keeps room enough). */
void		 screen_resize(struct screen *s, int w, int h,
		    bool with_panel);
/* Whether, on a terminal w columns wide, the text keeps room to read
 * beside the side panel: SCREEN_ROOMY_W columns, or its whole width
 * (max_width) when that is less. Where it does not, the panel starts
 * hidden. */
#define SCREEN_ROOMY_W	60
bool		 screen_roomy(const struct screen *s, int w);
/* Set the status line's message (kept to 1 KiB), or clear it. */
void		 screen_message(struct screen *s, bool error,
		    const char *fmt, ...) FOLIO_PRINTF(3, 4);
void		 screen_clear_message(struct screen *s);
/* Free what s holds (not s). */
void		 screen_free(struct screen *s);

/* Put a string at (y, x), clipped at xmax: grid_put() of all of it.
 * Returns the column after it. */
int		 screen_put(struct grid *g, int y, int x, int xmax,
		    const char *str, unsigned role, unsigned attr);
/* A label in a border: " Label " from x, clipped at xmax (an ellipsis
 * when cut). */
void		 screen_label(struct grid *g, int y, int x, int xmax,
		    const char *label, unsigned role);
/* The frame: borders, the divider above the status line, and, when the
 * panel shows beside the text, the line between text and panel; title in
 * the top border over the text, panel_title over the panel. */
void		 screen_frame(const struct screen *s, struct grid *g,
		    const char *title, const char *panel_title);
/* The frame of a screen that hides the panel (the help, the list of
 * links), with its title, and its body cleared. */
void		 screen_frame_full(const struct screen *s, struct grid *g,
		    const char *title);
/* The line between text and panel, and panel_title: for a panel that
 * covers the text, drawn after the text and the panel. */
void		 screen_frame_panel(const struct screen *s, struct grid *g,
		    const char *panel_title);
/* A terminal too small: a notice, centred, and nothing else. */
void		 screen_draw_small(const struct screen *s, struct grid *g);
/* The role a mention of entity (an index into e->list, or -1) is drawn
 * in: names and figures highlighted as the toggles say, else base. */
unsigned	 screen_entity_role(const struct screen *s,
		    const struct entities *e, long entity, unsigned base);
/* The first key bound to an action, into keys (at least 80 bytes). */
const char	*screen_first_key(const struct screen *s, enum action a,
		    char *keys);

/* Box-drawing characters of the frame. */
#define SCREEN_H_LINE	"\xe2\x94\x80"	/* ─ */
#define SCREEN_V_LINE	"\xe2\x94\x82"	/* │ */
#define SCREEN_T_RIGHT	"\xe2\x94\x9c"	/* ├ */
#define SCREEN_T_LEFT	"\xe2\x94\xa4"	/* ┤ */

#endif
