/* prompt.h: the search prompt on the status line ("/" and "?"), and the
 * line editing it shares with the side panel's filter. */
#ifndef FOLIO_PROMPT_H
#define FOLIO_PROMPT_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

struct grid;
struct screen;

/* What a key did to a line being edited. */
enum edit_result {
	EDIT_CHANGED,		/* the text changed (^U always says so) */
	EDIT_KEPT,		/* a character that did not fit */
	EDIT_ENTER,		/* Enter */
	EDIT_CANCEL,		/* Escape or ^G */
	EDIT_LEAVE,		/* Backspace with nothing left to erase */
	EDIT_OTHER		/* no editing key */
};

/* Edit the text in b, of at most max bytes, by one key: a printable
 * character is added, Backspace erases the last character (not byte),
 * ^U everything. */
enum edit_result prompt_edit(struct buf *b, size_t max, int key);

/* The search prompt. */
struct prompt {
	bool		 active;
	int		 dir;		/* 1 forward ("/"), -1 backward ("?") */
	bool		 help;		/* opened by "?": Enter alone shows the
					   help */
	struct buf	 text;
	/* The searches made, oldest first; Up and Down go through them, at
	 * is the one shown (nhist: the text being typed, kept in draft). */
	char		**hist;
	size_t		 nhist, at;
	char		*draft;
};
/* Searches the prompt remembers. */
#define PROMPT_HISTORY	100

enum prompt_result {
	PROMPT_EDITING,		/* still open */
	PROMPT_CLOSED,		/* left without searching */
	PROMPT_SEARCH,		/* search: the typed text (prompt_take) or,
				   when none, the last search again */
	PROMPT_HELP		/* "?" and Enter alone: the help */
};

/* Open the prompt for a search the way dir says; help: opened by "?". */
void		 prompt_open(struct prompt *pr, int dir, bool help);
/* Handle a key while the prompt is open; it closes on every result but
 * PROMPT_EDITING. Up and Down recall the searches made before, as a
 * shell's history; a search made is remembered. */
enum prompt_result prompt_key(struct prompt *pr, int key);
/* The text typed, taken (the caller frees it); NULL when none. */
char		*prompt_take(struct prompt *pr);
/* Draw the prompt on the status line, the cursor after the text. */
void		 prompt_draw(const struct prompt *pr, const struct screen *s,
		    struct grid *g);
/* Free what pr holds (not pr). */
void		 prompt_free(struct prompt *pr);

#endif
