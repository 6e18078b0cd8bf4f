/* fuzz_feed.c: the feed reader on arbitrary bytes, and the OPML reader on
 * the same. An input starting with "Content-Type: " has its first line
 * taken as the HTTP header. What they promise: a feed or a cause, never
 * both; every string valid UTF-8 without controls (content may hold line
 * breaks); a title and an id for each entry, no id twice; a summary within
 * FEED_SUMMARY_MAX; a date, when there is one, a day that exists, with a
 * time; links absolute against a web address; the same bytes read the
 * same way twice. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "feed.h"
#include "fuzz.h"
#include "url.h"
#include "xmalloc.h"

static void
check_string(const char *s, bool content, const char *what)
{
	if (s != NULL)
		fuzz_check_clean(s, strlen(s), content ? "\n" : "", what);
}

static int
same(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a != NULL && b != NULL &&
	    strcmp(a, b) == 0);
}

static void
check_url(const char *u, const char *base, const char *what)
{
	check_string(u, false, what);
	if (u != NULL && url_is_web(base))
		FUZZ_CHECK(url_scheme_len(u) > 0, "%s: not absolute: %s",
		    what, u);
}

static void
check_feed(const struct feed *f, const char *base)
{
	const struct feed_entry	*e;
	size_t			 i, k;
	int			 y, m, d;

	FUZZ_CHECK(f->title != NULL && *f->title != '\0', "feed without a "
	    "title");
	check_string(f->title, false, "feed title");
	check_url(f->site, base, "feed site");
	check_string(f->self, false, "feed self");
	check_string(f->description, false, "feed description");
	check_string(f->warning, false, "feed warning");
	FUZZ_CHECK(f->n <= FEED_MAX_ENTRIES, "%zu entries", f->n);
	FUZZ_CHECK(f->kind == FEED_RSS || f->kind == FEED_RDF ||
	    f->kind == FEED_ATOM || f->kind == FEED_JSON, "kind %d", f->kind);
	for (i = 0; i < f->n; i++) {
		e = &f->entries[i];
		FUZZ_CHECK(e->id != NULL && *e->id != '\0', "entry %zu: no id",
		    i);
		FUZZ_CHECK(e->title != NULL && *e->title != '\0',
		    "entry %zu: no title", i);
		check_string(e->id, false, "id");
		check_string(e->title, false, "title");
		check_url(e->url, base, "url");
		check_string(e->author, false, "author");
		check_string(e->summary, false, "summary");
		check_string(e->content, true, "content");
		check_url(e->enclosure, base, "enclosure");
		check_string(e->enclosure_type, false, "enclosure type");
		FUZZ_CHECK(e->summary == NULL ||
		    strlen(e->summary) <= FEED_SUMMARY_MAX,
		    "summary of %zu bytes", strlen(e->summary));
		FUZZ_CHECK((e->date == NULL) == (e->time == -1),
		    "date %s, time %lld", e->date ? e->date : "none", e->time);
		if (e->date != NULL) {
			FUZZ_CHECK(strlen(e->date) == 10 &&
			    date_iso(e->date, &y, &m, &d) &&
			    date_valid(y, m, d), "date %s", e->date);
		}
		FUZZ_CHECK(e->enclosure != NULL || e->enclosure_type == NULL,
		    "an enclosure's type without an enclosure");
		for (k = 0; k < i; k++)
			FUZZ_CHECK(strcmp(e->id, f->entries[k].id) != 0,
			    "entries %zu and %zu share the id %s", k, i,
			    e->id);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char		*text = (const char *)data, *nl, *base;
	char			*type = NULL, *cause = NULL, *cause2 = NULL;
	struct feed		*f, *again;
	struct feed_outline	*o;
	size_t			 n, i, k;

	fuzz_init();
	if (size > 14 && memcmp(text, "Content-Type: ", 14) == 0 &&
	    (nl = memchr(text, '\n', size)) != NULL) {
		type = xstrndup(text + 14, (size_t)(nl - text) - 14);
		size -= (size_t)(nl + 1 - text);
		text = nl + 1;
	}
	/* Links against a web address, or a file's path. */
	base = fuzz_width(data, size) % 2 ? "https://example.com/feeds/a.xml" :
	    "/home/reader/feeds/a.xml";
	(void)feed_sniff(text, size, type);
	f = feed_parse(text, size, type, base, &cause);
	FUZZ_CHECK((f == NULL) != (cause == NULL), "a feed and a cause: "
	    "%p, %s", (void *)f, cause ? cause : "none");
	if (f != NULL) {
		check_feed(f, base);
		again = feed_parse(text, size, type, base, &cause2);
		FUZZ_CHECK(again != NULL && again->n == f->n &&
		    same(again->title, f->title) &&
		    same(again->warning, f->warning), "a second read differs");
		for (i = 0; i < f->n; i++)
			FUZZ_CHECK(same(again->entries[i].id, f->entries[i].id) &&
			    same(again->entries[i].content,
			    f->entries[i].content),
			    "a second read differs at entry %zu", i);
		feed_free(again);
	} else
		check_string(cause, false, "cause");
	feed_free(f);
	free(cause);
	free(cause2);

	cause = NULL;
	if (feed_opml_read(text, size, &o, &n, &cause) == 0) {
		FUZZ_CHECK(cause == NULL, "OPML read, and a cause");
		for (i = 0; i < n; i++) {
			FUZZ_CHECK(o[i].url != NULL && *o[i].url != '\0',
			    "outline %zu without a URL", i);
			check_string(o[i].url, false, "outline url");
			check_string(o[i].title, false, "outline title");
			for (k = 0; k < o[i].ntags; k++) {
				FUZZ_CHECK(*o[i].tags[k] != '\0', "empty tag");
				check_string(o[i].tags[k], false, "tag");
			}
		}
		feed_outlines_free(o, n);
	} else {
		FUZZ_CHECK(cause != NULL && n == 0 && o == NULL,
		    "OPML refused without a cause");
		free(cause);
	}
	free(type);
	return 0;
}
