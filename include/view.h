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
 * line; to the line itself when it still shows that position (a blank
 * line shows the start of the block after it, as that block's first
 * line does). */
void		 view_goto(struct view *v, size_t block, size_t off,
		    size_t line);

/* The percent of the text read, as the status line shows it (the
 * lines down to the last one shown); -1 when all of it shows. */
int		 view_percent(const struct view *v);

/* Act on a key for the text: scrolling (the mouse wheel too), the next
 * and previous match. count is the number typed before the key, 0 for
 * none, read as less reads it: lines for the line and page keys, the
 * page for window-down and window-up, half a page for half-page-down and
 * -up (both kept), a line for top and bottom, a percent for percent.
 * Returns false when the action is not the view's. */
bool		 view_key(struct view *v, enum action act, int key,
		    long count);
/* The first line shown (from 0), how many show, and how many lines the
 * article has. */
void		 view_lines(const struct view *v, size_t *top, size_t *shown,
		    size_t *total);
/* Highlight the matches of text, the search being typed, in place of
 * the last search's; NULL or "" goes back to those. */
void		 view_preview(struct view *v, const char *text);
/* Search the way dir says (1 forward, -1 backward) for text, or with
 * text NULL for the last search again; the status line says when the
 * search went round or found nothing. */
void		 view_search(struct view *v, const char *text, int dir);
/* Scroll to the next mention of entity (an index into the article's
 * entities): after the one last jumped to, else from the top line; the
 * mention shows in reverse video until view_unjump(). */
void		 view_jump(struct view *v, size_t entity);
void		 view_unjump(struct view *v);

/* A link on screen: its index in doc->links, and the grid's row and
 * column where it first shows. */
struct view_link {
	size_t	 link;
	int	 y, x;
};
/* The links on screen, each once, where it first shows, in the order of
 * the text. Returns how many, the array malloc'd in *out (NULL when
 * none). */
size_t		 view_links_shown(const struct view *v,
		    struct view_link **out);
/* The link shown at row y, column x of the grid, or -1. */
long		 view_link_at(const struct view *v, int y, int x);

/* Link hints (f): every link on screen numbered from 1, in the order of
 * the text. view_hints_start() shows them (false, and a message, when
 * no link is on screen); while they show, view_hints_key() takes every
 * key: digits, Backspace, Enter and Escape. It returns VIEW_HINT_FOLLOW
 * with *link set when the number typed names a link and no longer
 * number could follow it (or Enter is typed after it), VIEW_HINT_CANCEL
 * when the hints are gone (Escape, another key), else VIEW_HINT_MORE. */
enum view_hint {
	VIEW_HINT_MORE,
	VIEW_HINT_FOLLOW,
	VIEW_HINT_CANCEL
};
bool		 view_hints_start(struct view *v);
bool		 view_hints_shown(const struct view *v);
enum view_hint	 view_hints_key(struct view *v, int key, size_t *link);
void		 view_hints_stop(struct view *v);
/* The digits typed against hints numbered 1 to n: the number they make
 * when it is a hint and no longer number could follow it; 0 while one
 * could (a digit more, or Enter, decides); -1 when no hint starts with
 * them. */
long		 view_hint_match(const char *typed, size_t n);

/* Scroll so that the text at byte off of block shows on the top line. */
void		 view_show(struct view *v, size_t block, size_t off);

/* Draw the text into the pane, and the status line. */
void		 view_draw(struct view *v, struct grid *g);
void		 view_draw_status(struct view *v, struct grid *g);

#endif
