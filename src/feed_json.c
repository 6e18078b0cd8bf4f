/* feed_json.c: JSON Feed (1.0 and 1.1, jsonfeed.org), read with the JSON
 * reader into the entries feed_entry.c makes. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "buf.h"
#include "feed.h"
#include "feed_int.h"
#include "json.h"
#include "url.h"
#include "xmalloc.h"

/* How far the sniffer looks for the version. */
#define SNIFF_MAX	65536

/* Whether a version (its escapes as written, "https:\/\/...") is one of
 * JSON Feed's. */
static bool
jsonfeed_version(const char *s, size_t len)
{
	char	 v[48];
	size_t	 i, n = 0;

	for (i = 0; i < len && s[i] != '"' && n < sizeof v - 1; i++) {
		if (s[i] != '\\')
			v[n++] = (char)ascii_lower((unsigned char)s[i]);
	}
	v[n] = '\0';
	return strncmp(v, "https://jsonfeed.org/version/", 29) == 0 ||
	    strncmp(v, "http://jsonfeed.org/version/", 28) == 0;
}

bool
feed_json_sniff(const char *data, size_t len)
{
	const char	*p, *end;

	if (len == 0 || *data != '{')
		return false;
	if (len > SNIFF_MAX)
		len = SNIFF_MAX;
	end = data + len;
	for (p = data; (p = ascii_find_ci(p, (size_t)(end - p),
	    "\"version\"")) != NULL; p++) {
		const char *q = p + 9;

		while (q < end && ascii_is_space((unsigned char)*q))
			q++;
		if (q >= end || *q++ != ':')
			continue;
		while (q < end && ascii_is_space((unsigned char)*q))
			q++;
		if (q < end && *q == '"' &&
		    jsonfeed_version(q + 1, (size_t)(end - q - 1)))
			return true;
	}
	return false;
}

/* A member of v, when it was read whole (JSON that breaks off in a
 * string: not that string). */
static int
member(const struct json *j, int v, const char *key)
{
	int	 m = json_get(j, v, key);

	return json_whole(j, m) ? m : -1;
}

/* Set b to a string member of v (a string or a number for an id). */
static void
set(struct buf *b, const struct json *j, int v, const char *key)
{
	const char	*s = json_text(j, member(j, v, key));

	buf_truncate(b, 0);
	if (s != NULL)
		buf_adds(b, s);
}

/* A URL member, resolved against where the feed was read from. */
static void
set_url(struct buf *b, const struct json *j, int v, const char *key,
    const char *base)
{
	const char	*s = json_str(j, member(j, v, key));
	char		*u;

	buf_truncate(b, 0);
	if (s == NULL)
		return;
	u = url_resolve(base, s);
	buf_adds(b, u);
	free(u);
}

/* The names of "authors" (1.1) and "author" (1.0), joined by ", ". */
static void
set_authors(struct buf *b, const struct json *j, int v)
{
	const char	*s;
	int		 a;

	buf_truncate(b, 0);
	for (a = json_first(j, json_get(j, v, "authors")); a >= 0;
	    a = json_next(j, a)) {
		if ((s = json_str(j, member(j, a, "name"))) == NULL ||
		    *s == '\0')
			continue;
		if (b->len > 0)
			buf_adds(b, ", ");
		buf_adds(b, s);
	}
	if (b->len == 0 && (s = json_str(j, member(j, json_get(j, v,
	    "author"), "name"))) != NULL)
		buf_adds(b, s);
}

/* The line of byte at in data, from 1. */
static size_t
line_of(const char *data, size_t at)
{
	const char	*p = data, *end = data + at;
	size_t		 line = 1;

	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		line++;
		p++;
	}
	return line;
}

/* JSON that breaks off or goes wrong midway is read as far as it goes:
 * the items read whole before the fault, with a warning; the one it is
 * in, and a string of the feed's own it cuts, are left out. */
struct feed *
feed_json_parse(const char *data, size_t len, const char *base,
    char **cause)
{
	struct json		*j;
	struct feed_build	 b;
	struct feed_head	 h;
	struct feed_raw		 r;
	struct feed		*f;
	const char		*version, *why;
	size_t			 at;
	int			 items, it, a;

	if ((j = json_parse_partial(data, len, &why, &at)) == NULL) {
		if (cause != NULL)
			*cause = xstrdup("not a feed: JSON that breaks off "
			    "or is no JSON");
		return NULL;
	}
	version = json_str(j, member(j, 0, "version"));
	items = json_get(j, 0, "items");
	if (json_type(j, 0) != JSON_OBJECT || ((version == NULL ||
	    !jsonfeed_version(version, strlen(version))) &&
	    json_type(j, items) != JSON_ARRAY)) {
		json_free(j);
		if (cause != NULL)
			*cause = xstrdup(why != NULL ? "not a feed: JSON that "
			    "breaks off or is no JSON" : "not a feed");
		return NULL;
	}
	feed_build_begin(&b, FEED_JSON);
	memset(&h, 0, sizeof h);
	memset(&r, 0, sizeof r);
	set(&h.title, j, 0, "title");
	set(&h.description, j, 0, "description");
	h.title_kind = h.description_kind = FEED_TEXT;
	set_url(&h.site, j, 0, "home_page_url", base);
	set_url(&h.self, j, 0, "feed_url", base);
	set_authors(&h.author, j, 0);
	if (why != NULL)
		feed_build_warn(&b, "JSON error at line %zu: %s (read as far "
		    "as it goes)", line_of(data, at), why);
	else if (json_type(j, items) != JSON_ARRAY && version != NULL)
		feed_build_warn(&b, "no \"items\" array");
	for (it = json_first(j, items); it >= 0; it = json_next(j, it)) {
		if (json_type(j, it) != JSON_OBJECT || !json_whole(j, it))
			continue;
		if (feed_build_full(&b)) {
			feed_build_drop(&b);
			continue;
		}
		feed_raw_reset(&r);
		set(&r.id, j, it, "id");
		set(&r.title, j, it, "title");
		r.title_kind = FEED_TEXT;
		set_url(&r.url, j, it, "url", base);
		if (r.url.len == 0)
			set_url(&r.url, j, it, "external_url", base);
		set(&r.content, j, it, "content_html");
		r.content_kind = FEED_HTML;
		if (r.content.len == 0) {
			set(&r.content, j, it, "content_text");
			r.content_kind = FEED_TEXT;
		}
		set(&r.summary, j, it, "summary");
		r.summary_kind = FEED_TEXT;
		set(&r.published, j, it, "date_published");
		set(&r.updated, j, it, "date_modified");
		set_authors(&r.author, j, it);
		a = json_first(j, json_get(j, it, "attachments"));
		set_url(&r.enclosure, j, a, "url", base);
		set(&r.enclosure_type, j, a, "mime_type");
		feed_build_entry(&b, &r);
	}
	json_free(j);
	f = feed_build_end(&b, &h, base, cause);
	feed_raw_free(&r);
	feed_head_free(&h);
	return f;
}
