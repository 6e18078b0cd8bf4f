/* pager.h: the reader's state - the article on screen, scrolling, the
 * side panel, highlights, history, folders - driven by keys and drawn into
 * a grid. No curses here. */
#ifndef FOLIO_PAGER_H
#define FOLIO_PAGER_H

#include <stdbool.h>

struct grid;
struct keymap;
struct wait;
struct store;

struct pager_opts {
	const struct keymap	*keymap;
	unsigned		 nav_flags;	/* NAV_RAW */
	int			 max_width;	/* of the text, in columns */
	bool			 panel;		/* side panel shown at start */
	bool			 panel_auto;	/* ... unless the reader chose:
						   shown where the text keeps
						   room beside it (screen_roomy),
						   until s is pressed */
	bool			 panel_left;	/* ... left of the text */
	bool			 names, figures;/* highlights on at start */
	bool			 mouse;		/* the mouse is folio's */
	bool			 accents;	/* searches find accented
						   letters from plain ones */
	struct store		*library;	/* what was read, or NULL
						   (nav_set_library) */
};

struct pager;

struct pager	*pager_new(const struct pager_opts *o);
void		 pager_free(struct pager *p);
/* Open what the reader pointed at: an article, or a folder (an index of
 * its articles); a URL starts loading, and opens later (pager_run). On
 * failure return -1 with *cause set. */
int		 pager_open(struct pager *p, const char *path, char **cause);
/* The screen size changed (also the first call): lay out again, keep the
 * reading position. */
void		 pager_resize(struct pager *p, int w, int h);
/* Handle one key (keymap.h). Returns false when the reader quits. */
bool		 pager_key(struct pager *p, int key);
/* A click of the first button at row y, column x: on a link of the
 * article, or a line of the list of links, it follows the link. Returns
 * false when the reader quits (never, today). */
bool		 pager_click(struct pager *p, int y, int x);
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
/* True while a page loads (the status line says so, with how far it
 * has come), or while there is work no one waits on (the library's
 * index of the article shown): pager_run() carries it on, once what is
 * on the screen is drawn. */
bool		 pager_busy(const struct pager *p);
/* Add what the reader waits on besides the keyboard to w: the
 * transfers going on, a time for the status line to count them, and
 * none at all when work is waiting to be done. */
void		 pager_wait(const struct pager *p, struct wait *w);
/* Carry on what loads, without waiting, and show what came of it: call
 * it whenever the wait ends. Returns false when there is nothing left
 * to show: the first page did not open (pager_failure() says why). */
bool		 pager_run(struct pager *p);
/* Why the first page did not open (its target in *target), or NULL. */
const char	*pager_failure(const struct pager *p, const char **target);
/* Whether the terminal's mouse is folio's (pager_opts.mouse). */
bool		 pager_mouse(const struct pager *p);
/* True when the reader quit with ^C (exit status 130). */
bool		 pager_interrupted(const struct pager *p);

#endif
