/* pager.h: the reader's state - the article on screen, scrolling, the
 * side panel, highlights, history, folders - driven by keys and drawn into
 * a grid. No curses here. */
#ifndef FOLIO_PAGER_H
#define FOLIO_PAGER_H

#include <stdbool.h>

struct grid;
struct keymap;
struct store;

struct pager_opts {
	const struct keymap	*keymap;
	unsigned		 nav_flags;	/* NAV_RAW */
	int			 max_width;	/* of the text, in columns */
	bool			 panel;		/* side panel shown at start */
	bool			 panel_left;	/* ... left of the text */
	bool			 names, figures;/* highlights on at start */
	struct store		*library;	/* what was read, or NULL
						   (nav_set_library) */
};

struct pager;

struct pager	*pager_new(const struct pager_opts *o);
void		 pager_free(struct pager *p);
/* Open what the reader pointed at: an article, or a folder (an index of
 * its articles). On failure return -1 with *cause set. */
int		 pager_open(struct pager *p, const char *path, char **cause);
/* The screen size changed (also the first call): lay out again, keep the
 * reading position. */
void		 pager_resize(struct pager *p, int w, int h);
/* Handle one key (keymap.h). Returns false when the reader quits. */
bool		 pager_key(struct pager *p, int key);
/* Draw the whole screen. */
void		 pager_draw(struct pager *p, struct grid *g);
/* Text the reader asked to copy to the clipboard (the terminal does it,
 * with OSC 52), taken once: the caller frees it. NULL if none. */
char		*pager_take_clipboard(struct pager *p);
/* A URL the reader asked to open in a browser, taken once: the caller
 * frees it. NULL if none. */
char		*pager_take_open(struct pager *p);
/* Show a message on the status line until the next key (the UI tells how
 * something it did went). */
void		 pager_message(struct pager *p, bool error, const char *msg);
/* True while a page loads (the status line says so), or while there is
 * work no one waits on (the library's index of the article shown):
 * pager_run() carries it on, once what is on the screen is drawn. */
bool		 pager_busy(const struct pager *p);
/* Carry on what loads, and show what came of it; today the load
 * completes within the call, which waits on the network. */
void		 pager_run(struct pager *p);

#endif
