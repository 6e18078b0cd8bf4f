/* json.h: a small JSON reader. Text is read into a tree of values held in
 * one array; a value is named by its index there, and -1 names none (every
 * function below takes -1 and gives -1, NULL or JSON_NONE back), so that
 * a path of lookups needs no test at each step:
 *
 *	s = json_str(j, json_get(j, json_get(j, root, "author"), "name"));
 *
 * Strings are decoded (escapes, surrogate pairs) but not cleaned: they may
 * hold any byte but NUL, control characters and invalid UTF-8 included. */
#ifndef FOLIO_JSON_H
#define FOLIO_JSON_H

#include <stddef.h>

enum json_type {
	JSON_NONE,		/* no value: the index was -1 */
	JSON_NULL,
	JSON_STRING,
	JSON_NUMBER,
	JSON_BOOL,
	JSON_ARRAY,
	JSON_OBJECT
};

/* Values nest at most this deep; deeper text is no JSON. */
#define JSON_MAX_DEPTH	64

struct json;

/* Read the value at the start of text (len bytes; white space before it
 * is skipped, anything after it ignored). NULL when the text holds no
 * whole value: empty, broken off, or not JSON. Free with json_free(),
 * which does nothing with NULL. The root value is index 0. */
struct json	*json_parse(const char *text, size_t len);
void		 json_free(struct json *j);

enum json_type	 json_type(const struct json *j, int v);
/* An object's member of that name (the first, if it has several), or
 * -1; -1 when v is no object. */
int		 json_get(const struct json *j, int obj, const char *key);
/* The first value in an array or object, and the one after v in its
 * array or object: -1 at the end, and for other values. */
int		 json_first(const struct json *j, int v);
int		 json_next(const struct json *j, int v);
/* The name of a member of an object, or NULL. */
const char	*json_key(const struct json *j, int v);
/* A string's text, or NULL for any other value. */
const char	*json_str(const struct json *j, int v);
/* A string's or a number's text as written ("12", "1.5e3"), or NULL. */
const char	*json_text(const struct json *j, int v);

#endif
