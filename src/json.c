/* json.c: a small JSON reader, into a tree of values in one array. It is
 * lenient where pages and feeds are sloppy (a stray comma, a bare word
 * read as a number) and strict where the text breaks off. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "buf.h"
#include "json.h"
#include "utf8.h"
#include "xmalloc.h"

struct jval {
	enum json_type	 type;
	char		*key;		/* in an object, else NULL */
	char		*str;		/* a string's text, a number's */
	int		 child;		/* first child, or -1 */
	int		 next;		/* next sibling, or -1 */
	bool		 whole;		/* read to its end */
};

struct json {
	struct jval	*v;
	size_t		 n, cap;
	const char	*start, *p, *end;
	int		 depth;
	bool		 bad;
	const char	*why;		/* what went wrong, where bad */
	size_t		 at;		/* the byte where it did */
};

/* The text goes wrong here: the first fault is the one said. */
static void
json_fault(struct json *j, const char *why)
{
	if (!j->bad) {
		j->why = why;
		j->at = (size_t)(j->p - j->start);
	}
	j->bad = true;
}

static int
json_new(struct json *j, enum json_type t)
{
	if (j->n == j->cap) {
		j->cap = j->cap ? j->cap * 2 : 64;
		j->v = xreallocarray(j->v, j->cap, sizeof *j->v);
	}
	memset(&j->v[j->n], 0, sizeof j->v[j->n]);
	j->v[j->n].type = t;
	j->v[j->n].child = j->v[j->n].next = -1;
	return (int)j->n++;
}

static void
json_ws(struct json *j)
{
	while (j->p < j->end && (ascii_is_space((unsigned char)*j->p)))
		j->p++;
}

static bool
json_hex4(struct json *j, uint32_t *cp)
{
	int	 i, h;

	*cp = 0;
	if (j->end - j->p < 4)
		return false;
	for (i = 0; i < 4; i++) {
		if ((h = utf8_hex_digit((unsigned char)j->p[i])) < 0)
			return false;
		*cp = (*cp << 4) | (uint32_t)h;
	}
	j->p += 4;
	return true;
}

static char *
json_string(struct json *j)
{
	struct buf	 b = BUF_INIT;
	const char	*run;
	char		 enc[4];
	uint32_t	 cp, lo;

	j->p++;	/* the opening quote */
	while (j->p < j->end && *j->p != '"') {
		if (*j->p != '\\') {
			/* A run of plain bytes at once. */
			run = j->p;
			while (j->p < j->end && *j->p != '"' &&
			    *j->p != '\\' && *j->p != '\0')
				j->p++;
			if (j->p == run)
				j->p++;	/* a NUL: dropped */
			else
				buf_add(&b, run, (size_t)(j->p - run));
			continue;
		}
		if (++j->p >= j->end)
			break;
		switch (*j->p++) {
		case 'n':
			buf_addc(&b, '\n');
			break;
		case 't':
			buf_addc(&b, '\t');
			break;
		case 'r':
		case 'b':
		case 'f':
			buf_addc(&b, ' ');
			break;
		case 'u':
			if (!json_hex4(j, &cp))
				break;
			if (cp >= 0xd800 && cp <= 0xdbff &&
			    j->end - j->p >= 6 && j->p[0] == '\\' &&
			    j->p[1] == 'u') {
				j->p += 2;
				if (json_hex4(j, &lo) && lo >= 0xdc00 &&
				    lo <= 0xdfff)
					cp = 0x10000 + ((cp - 0xd800) << 10) +
					    (lo - 0xdc00);
				else
					cp = UTF8_REPLACEMENT;
			}
			buf_add(&b, enc, utf8_encode(cp, enc));
			break;
		default:
			if (j->p[-1] != '\0')
				buf_addc(&b, j->p[-1]);
			break;
		}
	}
	if (j->p < j->end)
		j->p++;	/* the closing quote */
	else
		json_fault(j, "the text breaks off");
	return buf_finish(&b, NULL);
}

static int
json_value(struct json *j)
{
	int	 v, last, c;
	char	*key;

	json_ws(j);
	if (j->bad)
		return -1;
	if (j->p >= j->end) {
		json_fault(j, "the text breaks off");
		return -1;
	}
	if (++j->depth > JSON_MAX_DEPTH) {
		json_fault(j, "values nested too deep");
		j->depth--;
		return -1;
	}
	switch (*j->p) {
	case '{':
	case '[': {
		bool obj = *j->p == '{';

		v = json_new(j, obj ? JSON_OBJECT : JSON_ARRAY);
		j->p++;
		last = -1;
		for (;;) {
			json_ws(j);
			if (j->p >= j->end) {
				json_fault(j, "the text breaks off");
				break;
			}
			if (*j->p == (obj ? '}' : ']')) {
				j->p++;
				break;
			}
			if (*j->p == ',') {
				j->p++;
				continue;
			}
			key = NULL;
			if (obj) {
				if (*j->p != '"') {
					json_fault(j, "a member's name in "
					    "quotes expected");
					break;
				}
				key = json_string(j);
				json_ws(j);
				if (j->p >= j->end || *j->p != ':') {
					free(key);
					json_fault(j, j->p >= j->end ? "the text "
					    "breaks off" : "':' expected after a "
					    "member's name");
					break;
				}
				j->p++;
			}
			c = json_value(j);
			if (c < 0) {
				free(key);
				break;
			}
			j->v[c].key = key;
			if (last < 0)
				j->v[v].child = c;
			else
				j->v[last].next = c;
			last = c;
		}
		break;
	}
	case '"':
		v = json_new(j, JSON_STRING);
		j->v[v].str = json_string(j);
		break;
	default: {
		const char *s = j->p;

		while (j->p < j->end && *j->p != ',' && *j->p != '}' &&
		    *j->p != ']' && !ascii_is_space((unsigned char)*j->p))
			j->p++;
		if (j->p == s) {
			json_fault(j, "a value expected");
			v = -1;
			break;
		}
		v = json_new(j, *s == 'n' ? JSON_NULL : (*s == 't' ||
		    *s == 'f') ? JSON_BOOL : JSON_NUMBER);
		if (j->v[v].type == JSON_NUMBER && memchr(s, '\0',
		    (size_t)(j->p - s)) == NULL)
			j->v[v].str = xstrndup(s, (size_t)(j->p - s));
		break;
	}
	}
	j->depth--;
	/* Whole when nothing in it went wrong: what went wrong before it
	 * would have kept it from being read. */
	if (v >= 0)
		j->v[v].whole = !j->bad;
	return v;
}

struct json *
json_parse_partial(const char *text, size_t len, const char **why,
    size_t *at)
{
	struct json	*j = xcalloc(1, sizeof *j);

	j->start = j->p = text;
	j->end = text + len;
	(void)json_value(j);
	*why = j->bad ? j->why : NULL;
	*at = j->bad ? j->at : 0;
	if (j->n == 0) {
		json_free(j);
		return NULL;
	}
	return j;
}

struct json *
json_parse(const char *text, size_t len)
{
	struct json	*j;
	const char	*why;
	size_t		 at;

	if ((j = json_parse_partial(text, len, &why, &at)) != NULL &&
	    why != NULL) {
		json_free(j);
		return NULL;
	}
	return j;
}

void
json_free(struct json *j)
{
	size_t	 i;

	if (j == NULL)
		return;
	for (i = 0; i < j->n; i++) {
		free(j->v[i].key);
		free(j->v[i].str);
	}
	free(j->v);
	free(j);
}

static bool
json_has(const struct json *j, int v)
{
	return v >= 0 && (size_t)v < j->n;
}

bool
json_whole(const struct json *j, int v)
{
	return json_has(j, v) && j->v[v].whole;
}

enum json_type
json_type(const struct json *j, int v)
{
	return json_has(j, v) ? j->v[v].type : JSON_NONE;
}

int
json_get(const struct json *j, int obj, const char *key)
{
	int	 c;

	if (!json_has(j, obj) || j->v[obj].type != JSON_OBJECT)
		return -1;
	for (c = j->v[obj].child; c >= 0; c = j->v[c].next) {
		if (j->v[c].key != NULL && strcmp(j->v[c].key, key) == 0)
			return c;
	}
	return -1;
}

int
json_first(const struct json *j, int v)
{
	if (!json_has(j, v) || (j->v[v].type != JSON_ARRAY &&
	    j->v[v].type != JSON_OBJECT))
		return -1;
	return j->v[v].child;
}

int
json_next(const struct json *j, int v)
{
	return json_has(j, v) ? j->v[v].next : -1;
}

const char *
json_key(const struct json *j, int v)
{
	return json_has(j, v) ? j->v[v].key : NULL;
}

const char *
json_str(const struct json *j, int v)
{
	if (json_has(j, v) && j->v[v].type == JSON_STRING)
		return j->v[v].str;
	return NULL;
}

const char *
json_text(const struct json *j, int v)
{
	if (json_has(j, v) && (j->v[v].type == JSON_STRING ||
	    j->v[v].type == JSON_NUMBER))
		return j->v[v].str;
	return NULL;
}
