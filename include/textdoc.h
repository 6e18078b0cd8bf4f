/* textdoc.h: plain-text articles -> article. */
#ifndef FOLIO_TEXTDOC_H
#define FOLIO_TEXTDOC_H

#include <stddef.h>

struct doc;

/* Read a plain-text article: the first non-blank line is the title, a
 * byline/date line under it the byline, blank-line separated paragraphs
 * (hard-wrapped lines joined; CRLF accepted), the site's chrome around
 * the body dropped, and "Prev Post"/"Next Post" style labels followed by
 * a title turned into d->prev/d->next (titles only). text need not be
 * clean. The result is finished (doc_finish) and never NULL. */
struct doc	*textdoc_parse(const char *text, size_t len);

/* The input as body text, kept as it is: no title, no chrome detection.
 * The body is utf8_clean(text, UTF8_CLEAN_RAW): the input byte for byte
 * when it is valid UTF-8 without control characters. */
struct doc	*textdoc_raw(const char *text, size_t len);

#endif
