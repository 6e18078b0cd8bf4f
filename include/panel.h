/* panel.h: the side panel - the names an article mentions, by kind, and
 * its figures, each once with its count; a selection, and a filter typed
 * after "/". */
#ifndef FOLIO_PANEL_H
#define FOLIO_PANEL_H

#include <stdbool.h>
#include <stddef.h>

#include "keymap.h"

struct entities;
struct grid;
struct screen;

/* What a key did in the panel. */
enum panel_result {
	PANEL_IGNORED,		/* not the panel's key */
	PANEL_DONE,		/* handled */
	PANEL_MOVED,		/* the selection moved */
	PANEL_JUMP,		/* Enter: go to the selected entity's next
				   mention */
	PANEL_MENTIONS		/* m: the other articles that mention the
				   selected entity */
};

struct panel;

/* A panel drawing within s (which outlives it); panel_free(NULL) does
 * nothing. */
struct panel	*panel_new(struct screen *s);
void		 panel_free(struct panel *pn);
/* List the entities of e (NULL: none), which must stay valid while they
 * are listed: names by kind (people, places, organisations, other), then
 * figures; in each, by count, then first mention. A new list clears the
 * filter; the first entity is selected. */
void		 panel_set(struct panel *pn, const struct entities *e);
/* Keys go to the panel while it has the focus. Toggling it returns true
 * when the selection was set (the focus came to a list with rows). */
bool		 panel_focused(const struct panel *pn);
bool		 panel_toggle_focus(struct panel *pn);
void		 panel_unfocus(struct panel *pn);
/* A key for the focused panel: moves, "/" to filter, Enter to jump
 * and m for the other articles that mention it (*entity gets the
 * entity), Escape to clear the filter. */
enum panel_result panel_key(struct panel *pn, enum action act, int key,
		    size_t *entity);
/* While the filter is typed: letters narrow the list, Backspace widens
 * it, Enter keeps it, Escape clears it. Returns false for a key that is
 * no editing key: the typing ends and the key does what it does. */
/* A click on row y of the screen: the name or figure there selected,
 * the panel focused, its entity in *entity; false when y shows none. */
bool		 panel_click(struct panel *pn, int y, size_t *entity);
bool		 panel_filtering(const struct panel *pn);
bool		 panel_filter_key(struct panel *pn, int key);
/* Draw the panel, if it shows. */
void		 panel_draw(struct panel *pn, struct grid *g);

#endif
