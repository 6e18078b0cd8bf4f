/* library.h: the reading library from the command line - opened for the
 * reader, and its commands that need no terminal: --search, --library
 * printed, --forget. Each prints what it has to say ("folio: ...") and
 * returns an exit status. */
#ifndef FOLIO_LIBRARY_H
#define FOLIO_LIBRARY_H

#include <stdbool.h>

struct store;

/* The library for the reader (store_path), or NULL: with *warning set
 * ("the library is off: ...", malloc'd) when it could not be opened, and
 * folio reads on without it; without *warning when folio is built
 * without SQLite. */
struct store	*library_open(char **warning);
/* The library when there is one already (none is made), saying nothing
 * when it cannot be opened: for what only reads it (the read marks of
 * --json). NULL when there is none. */
struct store	*library_open_existing(void);
/* folio --search QUERY: "date  title  file-or-url" lines, best first, or
 * with json {"query","results":[{"title","url","file","date",
 * "snippet"}]}. No library yet: nothing found. */
int		 library_search(const char *query, bool json);
/* folio --library without a terminal: the same lines, the last read
 * first, an article kept ending in "  (kept)", or with json
 * {"library":[{"title","url","file","date","read","kept"}]}. */
int		 library_print(bool json);
/* folio --forget TARGET: 0 when it was in the library, else 1 (saying
 * so). */
int		 library_forget(const char *target);

#endif
