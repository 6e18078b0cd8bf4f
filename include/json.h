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

#include <stdbool.h>
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
/* The same, but text that breaks off or goes wrong gives the values read
 * before the fault, those it broke off in too (json_whole() tells them
 * apart): NULL only when no value begins at all. *why is what went wrong
 * ("the text breaks off", "':' expected after a member's name"...: a
 * static string) and *at the byte where, counted from text; *why is
 * NULL when the text is whole. */
struct json	*json_parse_partial(const char *text, size_t len,
		    const char **why, size_t *at);
void		 json_free(struct json *j);

enum json_type	 json_type(const struct json *j, int v);
/* Whether v was read to its end (a string to its closing quote, an
 * array or object to its bracket, with all in it); false for -1. */
bool		 json_whole(const struct json *j, int v);
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
