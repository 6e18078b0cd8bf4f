/* output.h: an article as text or JSON, for use without a terminal. */
#ifndef FOLIO_OUTPUT_H
#define FOLIO_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

struct article;

/* --dump: title, byline and body wrapped to width (0: unwrapped); with
 * color, names and figures highlighted with ANSI escapes. */
void	 output_dump(FILE *f, const struct article *a, int width, bool color);
/* --dump --links: as output_dump(), each link followed by its number in
 * the text ("[1]"), and the list of their addresses at the end, as lynx
 * -dump writes it: "References", a blank line, "   1. URL". */
void	 output_dump_links(FILE *f, const struct article *a, int width,
	    bool color);
/* --json: the article and its names and figures (DESIGN.md's shape);
 * offsets are code points into "body". */
void	 output_json(FILE *f, const struct article *a);

/* A JSON string (or null for NULL), escaped: each invalid UTF-8 byte as
 * \ufffd and each control character (see utf8_is_control) as a \u
 * escape, so that it is valid JSON and nothing in it drives a terminal. */
void	 output_json_string(FILE *f, const char *s);
/* s on f as a line shows it: control characters and line breaks
 * cleaned (utf8_clean's UTF8_CLEAN_LINE), without a line break of its
 * own. */
void	 output_clean(FILE *f, const char *s);

#endif
