/* jsonld.c: what a page's JSON-LD says of its article. The JSON reader
 * (json.c) makes a tree of values; the first object whose @type is a kind
 * of article gives the title, authors, dates, publisher and language. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "json.h"
#include "jsonld.h"
#include "utf8.h"
#include "xmalloc.h"

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
	c = json_type(j, t) == JSON_ARRAY ? json_first(j, t) : t;
	for (; c >= 0; c = json_type(j, t) == JSON_ARRAY ? json_next(j, c) : -1) {
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
	if (json_type(j, v) == JSON_OBJECT && json_is_article(j, v))
		return v;
	if (json_type(j, v) != JSON_OBJECT && json_type(j, v) != JSON_ARRAY)
		return -1;
	for (c = json_first(j, v); c >= 0; c = json_next(j, c)) {
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
	if (json_type(j, v) == JSON_OBJECT && (s = json_str(j, json_get(j, v,
	    "@id"))) != NULL && strcmp(s, id) == 0 &&
	    json_get(j, v, "name") >= 0)
		return v;
	if (json_type(j, v) != JSON_OBJECT && json_type(j, v) != JSON_ARRAY)
		return -1;
	for (c = json_first(j, v); c >= 0; c = json_next(j, c)) {
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
	switch (json_type(j, v)) {
	case JSON_STRING:
		s = json_str(j, v);
		break;
	case JSON_ARRAY:
		for (c = json_first(j, v); c >= 0; c = json_next(j, c))
			json_names(j, root, c, b, depth + 1);
		return;
	case JSON_OBJECT:
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
	struct json	*j;
	struct buf	 b;
	int		 root = 0, art, v;
	const char	*s, *name;

	/* Some pages wrap it in a CDATA comment. */
	text += strcspn(text, "{[");
	if ((j = json_parse(text, strlen(text))) == NULL ||
	    (art = json_find_article(j, root)) < 0) {
		json_free(j);
		return false;
	}
	memset(ld, 0, sizeof *ld);
	s = json_str(j, json_get(j, art, "headline"));
	name = json_str(j, json_get(j, art, "name"));
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
	json_names(j, root, json_get(j, art, "author"), &b, 0);
	if (b.len > 0)
		ld->byline = buf_finish(&b, NULL);
	else
		buf_free(&b);
	if ((s = json_str(j, json_get(j, art, "datePublished"))) != NULL)
		ld->date = xstrdup(s);
	if ((s = json_str(j, json_get(j, art, "dateCreated"))) != NULL)
		ld->created = xstrdup(s);
	v = json_get(j, art, "publisher");
	if ((s = json_str(j, json_get(j, v, "name"))) != NULL)
		ld->site = xstrdup(s);
	if ((s = json_str(j, json_get(j, art, "inLanguage"))) != NULL)
		ld->lang = xstrdup(s);
	json_free(j);
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
