/* ui.h: the terminal (curses) front end. */
#ifndef FOLIO_UI_H
#define FOLIO_UI_H

struct pager;
struct theme;

/* ui_run() on a terminal that cannot move its cursor. */
#define UI_NO_CURSOR	(-2)

/* Run the reader on the terminal until it quits. Returns 0; -1 with
 * *cause set when the terminal cannot be used; UI_NO_CURSOR, with *cause
 * set and the terminal as it was, when it cannot show the reader (no
 * cursor addressing): print the article instead. */
int	 ui_run(struct pager *p, const struct theme *t, char **cause);

#endif
