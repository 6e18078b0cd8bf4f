/* index.h: the index of a listing (a folder's articles, a feed's entries,
 * the feeds): date, title and file name (or what a feed's row says) a
 * row, one of them selected; Enter opens it. */
#ifndef FOLIO_INDEX_H
#define FOLIO_INDEX_H

#include <stdbool.h>
#include <stddef.h>

#include "keymap.h"

struct grid;
struct listing;
struct screen;

/* What a key did in the index. */
enum index_result {
	INDEX_DONE,		/* handled (the selection may have moved) */
	INDEX_OPEN,		/* open the selected article */
	INDEX_TOGGLE_READ	/* mark the selected article read, or not */
};

struct index;

/* An index drawing within s (which outlives it); index_free(NULL) does
 * nothing. */
struct index	*index_new(struct screen *s);
void		 index_free(struct index *ix);
/* Show listing l (NULL: none), the first entry selected; l must stay
 * valid while it is shown. */
void		 index_set(struct index *ix, const struct listing *l);
const struct listing *index_listing(const struct index *ix);
/* The selected entry (an index into the listing's entries), and going
 * back to one (the selection shown; the first row when the filter hides
 * it). */
size_t		 index_selected(const struct index *ix);
void		 index_select(struct index *ix, size_t sel);
/* Keep the rows in the screen's height after a resize. */
void		 index_resize(struct index *ix);
/* Act on a key: the moves choose, Enter and forward open, toggle-read
 * asks to mark the selection, the mouse wheel moves it, "/" starts a
 * filter (only the entries whose title, date, file name or tag hold it,
 * in any case, are rows; Escape shows them all again); in the feeds
 * list, group-by-tag groups the feeds under a header row a tag (sorted,
 * any case; the feeds without a tag last), each feed under each of its
 * tags, and back (the moves pass the headers by; the grouping stays for
 * the next listing of the feeds); any other key changes nothing. */
enum index_result index_key(struct index *ix, enum action act, int key);
/* While the filter is typed (index_filtering()), keys edit it, the rows
 * following each change; Enter keeps it, Escape clears it. False when
 * the key is not the filter's (the typing ends, and the key acts). */
bool		 index_filtering(const struct index *ix);
bool		 index_filter_key(struct index *ix, int key);
/* Draw the rows, and the status line ("Enter open  H help  q quit" and
 * the number of articles). */
void		 index_draw(struct index *ix, struct grid *g);
void		 index_draw_status(struct index *ix, struct grid *g);

#endif
