/* jsonld.c: what a page's JSON-LD says of its article. A small JSON
 * reader makes a tree of values in one array; the first object whose
 * @type is a kind of article gives the title, authors, dates, publisher
 * and language. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "buf.h"
#include "jsonld.h"
#include "utf8.h"
#include "xmalloc.h"

/* A small JSON reader, into a tree of values in one array. */

enum jtype { J_NULL, J_STR, J_NUM, J_BOOL, J_ARR, J_OBJ };

struct jval {
	enum jtype	 type;
	char		*key;		/* in an object, else NULL */
	char		*str;		/* J_STR */
	int		 child;		/* first child, or -1 */
	int		 next;		/* next sibling, or -1 */
};

struct json {
	struct jval	*v;
	size_t		 n, cap;
	const char	*p, *end;
	int		 depth;
	bool		 bad;
};

static int
json_new(struct json *j, enum jtype t)
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
	char		 enc[4];
	uint32_t	 cp, lo;

	j->p++;	/* the opening quote */
	while (j->p < j->end && *j->p != '"') {
		if (*j->p != '\\') {
			buf_addc(&b, *j->p++);
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
			buf_addc(&b, j->p[-1]);
			break;
		}
	}
	if (j->p < j->end)
		j->p++;	/* the closing quote */
	else
		j->bad = true;
	return buf_finish(&b, NULL);
}

static int
json_value(struct json *j)
{
	int	 v, last, c;
	char	*key;

	json_ws(j);
	if (j->p >= j->end || j->bad || ++j->depth > 64) {
		j->bad = true;
		return -1;
	}
	switch (*j->p) {
	case '{':
	case '[': {
		bool obj = *j->p == '{';

		v = json_new(j, obj ? J_OBJ : J_ARR);
		j->p++;
		last = -1;
		for (;;) {
			json_ws(j);
			if (j->p >= j->end) {
				j->bad = true;
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
					j->bad = true;
					break;
				}
				key = json_string(j);
				json_ws(j);
				if (j->p >= j->end || *j->p != ':') {
					free(key);
					j->bad = true;
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
		v = json_new(j, J_STR);
		j->v[v].str = json_string(j);
		break;
	default: {
		const char *s = j->p;

		while (j->p < j->end && *j->p != ',' && *j->p != '}' &&
		    *j->p != ']' && !ascii_is_space((unsigned char)*j->p))
			j->p++;
		if (j->p == s) {
			j->bad = true;
			v = -1;
			break;
		}
		v = json_new(j, *s == 'n' ? J_NULL : (*s == 't' || *s == 'f') ?
		    J_BOOL : J_NUM);
		break;
	}
	}
	j->depth--;
	return v;
}

static void
json_free(struct json *j)
{
	size_t	 i;

	for (i = 0; i < j->n; i++) {
		free(j->v[i].key);
		free(j->v[i].str);
	}
	free(j->v);
}

static int
json_get(const struct json *j, int obj, const char *key)
{
	int	 c;

	if (obj < 0 || j->v[obj].type != J_OBJ)
		return -1;
	for (c = j->v[obj].child; c >= 0; c = j->v[c].next) {
		if (j->v[c].key != NULL && strcmp(j->v[c].key, key) == 0)
			return c;
	}
	return -1;
}

static const char *
json_str(const struct json *j, int v)
{
	if (v >= 0 && j->v[v].type == J_STR)
		return j->v[v].str;
	return NULL;
}

/* True when an object's @type (a string or an array) names an article. */
static bool
json_is_article(const struct json *j, int obj)
{
	static const char *const types[] = {
		"Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle",
		"AnalysisNewsArticle", "OpinionNewsArticle",
		"ReviewNewsArticle", "BackgroundNewsArticle",
		"AskPublicNewsArticle", "LiveBlogPosting", "TechArticle",
		"ScholarlyArticle", "SocialMediaPosting", "Report",
		"SatiricalArticle", "MedicalScholarlyArticle", "APIReference",
		"DiscussionForumPosting", "Review", "Blog"
	};
	int		 t = json_get(j, obj, "@type"), c;
	const char	*s;
	size_t		 i;

	if (t < 0)
		return false;
	c = j->v[t].type == J_ARR ? j->v[t].child : t;
	for (; c >= 0; c = j->v[t].type == J_ARR ? j->v[c].next : -1) {
		if ((s = json_str(j, c)) == NULL)
			continue;
		if (strncmp(s, "http://schema.org/", 18) == 0)
			s += 18;
		else if (strncmp(s, "https://schema.org/", 19) == 0)
			s += 19;
		for (i = 0; i < sizeof types / sizeof types[0]; i++) {
			if (strcmp(s, types[i]) == 0)
				return true;
		}
	}
	return false;
}

/* How many of the words of s the folded text in holds (all of them when
 * in is NULL). */
static size_t
words_in(const char *s, const char *in)
{
	char	*t = xstrdup(s), *w, *f, *save = NULL;
	size_t	 n = 0;

	for (w = strtok_r(t, " \t\n", &save); w != NULL;
	    w = strtok_r(NULL, " \t\n", &save)) {
		f = utf8_fold(w);
		if (*f != '\0' && (in == NULL || strstr(in, f) != NULL))
			n++;
		free(f);
	}
	free(t);
	return n;
}

/* The first article object in the value, depth first. */
static int
json_find_article(const struct json *j, int v)
{
	int	 c, r;

	if (v < 0)
		return -1;
	if (j->v[v].type == J_OBJ && json_is_article(j, v))
		return v;
	if (j->v[v].type != J_OBJ && j->v[v].type != J_ARR)
		return -1;
	for (c = j->v[v].child; c >= 0; c = j->v[c].next) {
		if ((r = json_find_article(j, c)) >= 0)
			return r;
	}
	return -1;
}

/* An object with this @id anywhere in the value. */
static int
json_find_id(const struct json *j, int v, const char *id, int depth)
{
	int		 c, r;
	const char	*s;

	if (v < 0 || depth > 8)
		return -1;
	if (j->v[v].type == J_OBJ && (s = json_str(j, json_get(j, v,
	    "@id"))) != NULL && strcmp(s, id) == 0 &&
	    json_get(j, v, "name") >= 0)
		return v;
	if (j->v[v].type != J_OBJ && j->v[v].type != J_ARR)
		return -1;
	for (c = j->v[v].child; c >= 0; c = j->v[c].next) {
		if ((r = json_find_id(j, c, id, depth + 1)) >= 0)
			return r;
	}
	return -1;
}

/* Decode the few HTML entities that JSON-LD strings carry. */
static void
unescape_entities(char *s)
{
	char		*o = s, *p = s, *semi, enc[4];
	uint32_t	 cp;
	size_t		 n;

	while (*p != '\0') {
		if (*p != '&' || (semi = strchr(p, ';')) == NULL ||
		    semi - p > 10) {
			*o++ = *p++;
			continue;
		}
		cp = 0;
		if (p[1] == '#') {
			char *e;

			if (p[2] == 'x' || p[2] == 'X')
				cp = (uint32_t)strtoul(p + 3, &e, 16);
			else
				cp = (uint32_t)strtoul(p + 2, &e, 10);
			if (e != semi)
				cp = 0;
		} else if (strncmp(p, "&amp;", 5) == 0)
			cp = '&';
		else if (strncmp(p, "&quot;", 6) == 0)
			cp = '"';
		else if (strncmp(p, "&apos;", 6) == 0)
			cp = '\'';
		else if (strncmp(p, "&lt;", 4) == 0)
			cp = '<';
		else if (strncmp(p, "&gt;", 4) == 0)
			cp = '>';
		else if (strncmp(p, "&nbsp;", 6) == 0)
			cp = ' ';
		if (cp == 0 || cp > 0x10ffff) {
			*o++ = *p++;
			continue;
		}
		n = utf8_encode(cp, enc);
		if ((size_t)(semi + 1 - p) < n) {
			*o++ = *p++;	/* cannot happen: too short */
			continue;
		}
		memcpy(o, enc, n);
		o += n;
		p = semi + 1;
	}
	*o = '\0';
}

/* The name(s) of an author value: a string, an object with "name", an
 * {"@id"} reference, or an array of those; appended to b with ", ". */
static void
json_names(const struct json *j, int root, int v, struct buf *b, int depth)
{
	const char	*s;
	int		 c, r;

	if (v < 0 || depth > 4)
		return;
	switch (j->v[v].type) {
	case J_STR:
		s = j->v[v].str;
		break;
	case J_ARR:
		for (c = j->v[v].child; c >= 0; c = j->v[c].next)
			json_names(j, root, c, b, depth + 1);
		return;
	case J_OBJ:
		if ((s = json_str(j, json_get(j, v, "name"))) == NULL) {
			const char *id = json_str(j, json_get(j, v, "@id"));

			if (id != NULL && (r = json_find_id(j, root, id,
			    0)) >= 0 && r != v)
				json_names(j, root, r, b, depth + 1);
			return;
		}
		break;
	default:
		return;
	}
	if (s == NULL || *s == '\0' || strncmp(s, "http", 4) == 0)
		return;
	if (b->len > 0)
		buf_adds(b, ", ");
	buf_adds(b, s);
}

bool
jsonld_read(const char *text, const char *ftitle, struct jsonld *ld)
{
	struct json	 j;
	struct buf	 b;
	int		 root, art, v;
	const char	*s, *name;

	memset(&j, 0, sizeof j);
	j.p = text;
	j.end = text + strlen(text);
	/* Some pages wrap it in a CDATA comment. */
	while (j.p < j.end && *j.p != '{' && *j.p != '[')
		j.p++;
	root = json_value(&j);
	if (j.bad || (art = json_find_article(&j, root)) < 0) {
		json_free(&j);
		return false;
	}
	memset(ld, 0, sizeof *ld);
	s = json_str(&j, json_get(&j, art, "headline"));
	name = json_str(&j, json_get(&j, art, "name"));
	if (s == NULL)
		s = name;
	else if (name != NULL && strcmp(name, s) != 0 && ftitle != NULL &&
	    words_in(s, ftitle) * 2 < words_in(s, NULL) &&
	    words_in(name, ftitle) == words_in(name, NULL))
		/* Both, and different: some sites put their own name in
		 * "name", others a description in "headline". Take "name"
		 * when the page's title holds it and not half the
		 * headline. */
		s = name;
	if (s != NULL)
		ld->title = xstrdup(s);
	b = (struct buf)BUF_INIT;
	json_names(&j, root, json_get(&j, art, "author"), &b, 0);
	if (b.len > 0)
		ld->byline = buf_finish(&b, NULL);
	else
		buf_free(&b);
	if ((s = json_str(&j, json_get(&j, art, "datePublished"))) != NULL)
		ld->date = xstrdup(s);
	if ((s = json_str(&j, json_get(&j, art, "dateCreated"))) != NULL)
		ld->created = xstrdup(s);
	v = json_get(&j, art, "publisher");
	if ((s = json_str(&j, json_get(&j, v, "name"))) != NULL)
		ld->site = xstrdup(s);
	if ((s = json_str(&j, json_get(&j, art, "inLanguage"))) != NULL)
		ld->lang = xstrdup(s);
	json_free(&j);
	if (ld->title != NULL)
		unescape_entities(ld->title);
	if (ld->byline != NULL)
		unescape_entities(ld->byline);
	if (ld->site != NULL)
		unescape_entities(ld->site);
	return true;
}

void
jsonld_free(struct jsonld *ld)
{
	free(ld->title);
	free(ld->byline);
	free(ld->date);
	free(ld->created);
	free(ld->site);
	free(ld->lang);
	memset(ld, 0, sizeof *ld);
}
