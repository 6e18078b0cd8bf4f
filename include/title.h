/* title.h: a page title's parts, as its separators cut it ("Story | Site",
 * "Site - Story"): which part is the site's name is for the caller to
 * judge. */
#ifndef FOLIO_TITLE_H
#define FOLIO_TITLE_H

#include <stdbool.h>
#include <stddef.h>

/* The length of the title separator at s (" | ", " - ", " – ", " — ",
 * " :: ", " · ", " / ", " « ", " » ", " • ", " ~ "), or 0. */
size_t		 title_sep(const char *s);

/* The ends of title t: *head the length of the part before its first
 * separator, *tail the offset of the part after its last. False (and
 * neither set) when t has no separator, or one at its start or end. */
bool		 title_ends(const char *t, size_t *head, size_t *tail);

/* Title t without the site's name site at its end ("Story | Site") or
 * at its start ("Site - Story"), compared folded (utf8_fold()): a
 * malloc'd copy of the rest, or NULL when neither end is site. */
char		*title_without(const char *t, const char *site);

#endif
