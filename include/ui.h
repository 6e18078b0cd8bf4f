/* ui.h: the terminal (curses) front end. */
#ifndef FOLIO_UI_H
#define FOLIO_UI_H

struct pager;
struct theme;

/* Run the reader on the terminal until it quits. Returns 0, or -1 with
 * *cause set when the terminal cannot be used. */
int	 ui_run(struct pager *p, const struct theme *t, char **cause);

#endif
