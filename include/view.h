/* view.h: the article view - the text laid out in the pane, scrolled,
 * searched, its names and figures highlighted, a mention jumped to; and
 * its status line: the prev/next titles, the highlights, the position. */
#ifndef FOLIO_VIEW_H
#define FOLIO_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "keymap.h"

struct doc;
struct entities;
struct grid;
struct screen;

struct view;

/* A view drawing within s (which outlives it); view_free(NULL) does
 * nothing. */
struct view	*view_new(struct screen *s);
void		 view_free(struct view *v);
/* Show the article d, its names and figures e (either may be NULL; d
 * NULL shows nothing), from its top. Both must stay valid while they
 * are shown. The last search is kept. */
void		 view_set(struct view *v, const struct doc *d,
		    const struct entities *e);
/* Lay the text out again for the screen's geometry, the reader kept at
 * the same place in the text. */
void		 view_relayout(struct view *v);

/* Where the reader is: the first line shown, as a text position (its
 * block, LAYOUT_HEADER on the title and byline lines, and the offset in
 * the block) and as a line. */
void		 view_where(const struct view *v, size_t *block, size_t *off,
		    size_t *line);
/* Go back there: to the text position, or for LAYOUT_HEADER to the
 * line. */
void		 view_goto(struct view *v, size_t block, size_t off,
		    size_t line);

/* The percent of the text read, as the status line shows it (the
 * lines down to the last one shown); -1 when all of it shows. */
int		 view_percent(const struct view *v);

/* Act on a key for the text: scrolling (the mouse wheel too), the next
 * and previous match. Returns false when the action is not the view's. */
bool		 view_key(struct view *v, enum action act, int key);
/* Search the way dir says (1 forward, -1 backward) for text, or with
 * text NULL for the last search again; the status line says when the
 * search went round or found nothing. */
void		 view_search(struct view *v, const char *text, int dir);
/* Scroll to the next mention of entity (an index into the article's
 * entities): after the one last jumped to, else from the top line; the
 * mention shows in reverse video until view_unjump(). */
void		 view_jump(struct view *v, size_t entity);
void		 view_unjump(struct view *v);

/* Draw the text into the pane, and the status line. */
void		 view_draw(struct view *v, struct grid *g);
void		 view_draw_status(struct view *v, struct grid *g);

#endif
