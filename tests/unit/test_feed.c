/* test_feed.c: feeds read into their entries (RSS 2.0, RSS 1.0, Atom,
 * JSON Feed), OPML, and what a feed must never do: expand entities, read
 * files, or hand on control characters. The fixtures are in
 * tests/data/feeds. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "feed.h"
#include "testutil.h"
#include "utf8.h"
#include "xmalloc.h"

/* Every string is valid UTF-8 without a control character (content may
 * hold line breaks); titles and ids are there, ids differ; a date goes
 * with a time. Returns the bytes the strings hold. */
static size_t
check_string(const char *s, bool content)
{
	size_t	 i = 0, n, len;
	uint32_t cp;

	if (s == NULL)
		return 0;
	len = strlen(s);
	assert_true(utf8_valid(s, len, NULL));
	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp);
		if (!(content && cp == '\n'))
			assert_false(utf8_is_control(cp));
		i += n;
	}
	return len;
}

static size_t
check_feed(const struct feed *f)
{
	const struct feed_entry	*e;
	size_t			 i, k, bytes = 0;

	assert_non_null(f->title);
	bytes += check_string(f->title, false);
	bytes += check_string(f->site, false);
	bytes += check_string(f->self, false);
	bytes += check_string(f->description, false);
	bytes += check_string(f->warning, false);
	for (i = 0; i < f->n; i++) {
		e = &f->entries[i];
		assert_non_null(e->id);
		assert_non_null(e->title);
		assert_true(*e->title != '\0');
		bytes += check_string(e->id, false);
		bytes += check_string(e->title, false);
		bytes += check_string(e->url, false);
		bytes += check_string(e->date, false);
		bytes += check_string(e->author, false);
		bytes += check_string(e->summary, false);
		bytes += check_string(e->content, true);
		bytes += check_string(e->enclosure, false);
		bytes += check_string(e->enclosure_type, false);
		if (e->summary != NULL)
			assert_true(strlen(e->summary) <= FEED_SUMMARY_MAX);
		assert_true((e->date == NULL) == (e->time == -1));
		if (e->date != NULL)
			assert_int_equal(strlen(e->date), 10);
		for (k = 0; k < i && f->n < 1000; k++)
			assert_string_not_equal(e->id, f->entries[k].id);
	}
	return bytes;
}

/* Read a fixture; NULL (and the cause in *cause, when cause is not
 * NULL) when it is no feed. */
static struct feed *
parse_ct(const char *name, const char *ct, const char *base, char **cause)
{
	struct feed	*f;
	char		*data, *why = NULL, path[256];
	size_t		 len;

	snprintf(path, sizeof path, "feeds/%s", name);
	data = test_read(path, &len);
	f = feed_parse(data, len, ct, base, &why);
	free(data);
	if (f == NULL) {
		assert_non_null(why);
		if (cause != NULL)
			*cause = why;
		else
			free(why);
	} else
		check_feed(f);
	return f;
}

static struct feed *
parse(const char *name, const char *base)
{
	struct feed	*f = parse_ct(name, NULL, base, NULL);

	assert_non_null(f);
	return f;
}

static struct feed *
parse_text(const char *text, const char *base, char **cause)
{
	struct feed	*f = feed_parse(text, strlen(text), NULL, base, cause);

	if (f != NULL)
		check_feed(f);
	return f;
}

/* RSS 2.0: the channel, an item with everything, an item with little. */
static void
test_rss2(void **state)
{
	struct feed		*f;
	struct feed_entry	*e;

	(void)state;
	f = parse("rss2.xml", "https://news.example/feed.xml");
	assert_int_equal(f->kind, FEED_RSS);
	assert_string_equal(f->title, "Harbour & Coast News");
	assert_string_equal(f->site, "https://news.example/");
	assert_string_equal(f->self, "https://news.example/feed.xml");
	assert_string_equal(f->description, "Tides, ferries and the town.");
	assert_null(f->warning);
	assert_int_equal(f->n, 2);

	e = &f->entries[0];
	assert_string_equal(e->id, "news-1001");
	assert_string_equal(e->title, "Ferry fares rise & services cut");
	assert_string_equal(e->url,
	    "https://news.example/2024/05/ferry-fares");
	assert_string_equal(e->date, "2024-05-06");
	assert_true(e->time == 1715063400LL);	/* 2024-05-07T06:30Z */
	assert_string_equal(e->author, "Ann Lee");
	assert_string_equal(e->summary, "Fares rise by 12% from June.");
	assert_string_equal(e->content, "<p>Fares rise by <b>12%</b> from "
	    "June.</p><p>More&nbsp;text.</p>");
	assert_string_equal(e->enclosure,
	    "https://news.example/audio/ferry.mp3");
	assert_string_equal(e->enclosure_type, "audio/mpeg");

	/* Markup and HTML's entities in a title; an address with a name
	 * for an author; plain text made paragraphs; no link, no date, no
	 * guid. */
	e = &f->entries[1];
	assert_string_equal(e->title,
	    "Bold title here \xc3\xa9t\xc3\xa9");
	assert_string_equal(e->author, "Ann Lee");
	assert_string_equal(e->summary,
	    "Plain text second line second para & more");
	assert_string_equal(e->content, "<p>Plain text<br>\nsecond line</p>\n"
	    "<p>second para &amp; more</p>");
	assert_null(e->url);
	assert_null(e->date);
	assert_true(e->time == -1);
	assert_null(e->enclosure);
	assert_null(e->enclosure_type);
	assert_memory_equal(e->id, "digest:", 7);
	assert_int_equal(strlen(e->id), 7 + 16);
	feed_free(f);
	feed_free(NULL);
}

/* RSS 1.0: items beside the channel, an image's title and link not the
 * feed's, Dublin Core dates and creators, content:encoded. */
static void
test_rdf(void **state)
{
	struct feed		*f;
	struct feed_entry	*e;

	(void)state;
	f = parse("rdf.xml", NULL);
	assert_int_equal(f->kind, FEED_RDF);
	assert_string_equal(feed_kind_name(f->kind), "RSS 1.0");
	assert_string_equal(f->title, "River Gazette");
	assert_string_equal(f->site, "https://river.example/");
	assert_string_equal(f->description, "News from up the river");
	assert_int_equal(f->n, 2);
	e = &f->entries[0];
	assert_string_equal(e->id, "https://river.example/lock-repairs");
	assert_string_equal(e->title, "Lock repairs finish early");
	assert_string_equal(e->url, "https://river.example/lock-repairs");
	assert_string_equal(e->date, "2024-04-30");
	assert_true(e->time == 1714495500LL);	/* 16:45Z */
	assert_string_equal(e->author, "Ola Berg");
	assert_string_equal(e->summary, "The old lock reopens on Friday.");
	assert_string_equal(e->content,
	    "The <em>old</em> lock reopens on Friday.");
	e = &f->entries[1];
	assert_string_equal(e->date, "2024-05-02");
	assert_true(e->time == 1714651200LL);	/* noon UTC */
	assert_null(e->author);
	assert_string_equal(e->summary, "The regatta is on June 8.");
	assert_string_equal(e->content,
	    "<p>The regatta is on <b>June 8</b>.</p>");
	feed_free(f);
}

/* Atom: xml:base on the feed, on an entry and on its content, nested;
 * text, html and xhtml; authors, the feed's for an entry without. */
static void
test_atom(void **state)
{
	struct feed		*f;
	struct feed_entry	*e;

	(void)state;
	f = parse("atom-base.xml", "https://blog.example/feeds/main");
	assert_int_equal(f->kind, FEED_ATOM);
	assert_string_equal(feed_kind_name(f->kind), "Atom");
	assert_string_equal(f->title, "Notes & Letters");
	assert_string_equal(f->description, "From the <harbour> office");
	assert_string_equal(f->site, "https://blog.example/journal/");
	assert_string_equal(f->self, "https://blog.example/journal/feed.atom");
	assert_int_equal(f->n, 2);

	e = &f->entries[0];
	assert_string_equal(e->id, "tag:blog.example,2024:tides");
	assert_string_equal(e->url,
	    "https://blog.example/journal/2024/05/tide-tables");
	assert_string_equal(e->enclosure, "https://blog.example/files/tides.pdf");
	assert_string_equal(e->enclosure_type, "application/pdf");
	/* Published, not updated. */
	assert_string_equal(e->date, "2024-05-06");
	assert_true(e->time == 1714975200LL);
	assert_string_equal(e->author, "Ann Lee, Tomas Herrera");
	/* type="text": "<noon>" is text. */
	assert_string_equal(e->summary, "High water at <noon> on the 6th.");
	/* xhtml: the div around it gone, links against its xml:base. */
	assert_string_equal(e->content, "<p>High water at <em>noon</em>.</p>"
	    "<img src=\"https://cdn.example/img/tide.png\" alt=\"A chart\">"
	    "<p><a href=\"https://cdn.example/about\">About</a> &amp; "
	    "more</p>");

	e = &f->entries[1];
	assert_string_equal(e->title, "Storm warning");
	assert_string_equal(e->url, "https://blog.example/journal/storm");
	assert_string_equal(e->date, "2024-05-08");
	assert_true(e->time == 1715207400LL);
	assert_string_equal(e->author, "Ines Moreau");
	assert_string_equal(e->summary, "Winds of 90 km/h.");
	assert_string_equal(e->content,
	    "<p>Winds of <strong>90 km/h</strong>.</p>");
	feed_free(f);
}

/* JSON Feed 1.1: authors old and new, content_html and content_text, an
 * id that is a number, attachments, URLs against the feed's. */
static void
test_jsonfeed(void **state)
{
	struct feed		*f;
	struct feed_entry	*e;
	char			*cause = NULL;

	(void)state;
	f = parse("jsonfeed.json", "https://log.example/feed.json");
	assert_int_equal(f->kind, FEED_JSON);
	assert_string_equal(feed_kind_name(f->kind), "JSON Feed");
	assert_string_equal(f->title, "Harbour Log");
	assert_string_equal(f->site, "https://log.example/");
	assert_string_equal(f->self, "https://log.example/feed.json");
	assert_string_equal(f->description, "Short notes from the harbour");
	assert_int_equal(f->n, 3);

	e = &f->entries[0];
	assert_string_equal(e->id, "2");
	assert_string_equal(e->title, "Fog & ferries");
	assert_string_equal(e->url, "https://log.example/2024/05/fog");
	assert_string_equal(e->content,
	    "<p>Fog delays the <b>7:40</b> ferry.</p>");
	assert_string_equal(e->summary, "Fog delays the morning ferry.");
	assert_string_equal(e->date, "2024-05-07");
	assert_true(e->time == 1715060700LL);
	assert_string_equal(e->author, "Ann Lee, Tomas Herrera");
	assert_string_equal(e->enclosure, "https://log.example/audio/fog.mp3");
	assert_string_equal(e->enclosure_type, "audio/mpeg");

	e = &f->entries[1];
	assert_string_equal(e->id, "1");
	assert_string_equal(e->url, "https://log.example/relative/page.html");
	assert_string_equal(e->title, "A note without a title. It has two "
	    "paragraphs \xe2\x80\x94 and a tab here.");
	assert_string_equal(e->content, "<p>A note without a title.</p>\n"
	    "<p>It has two paragraphs \xe2\x80\x94 and a tab here.</p>");
	assert_string_equal(e->date, "2024-05-06");	/* modified */
	assert_string_equal(e->author, "Mara Lindqvist");	/* the feed's */

	e = &f->entries[2];
	assert_string_equal(e->id, "2#2");
	assert_string_equal(e->title, "Twice");
	assert_string_equal(e->author, "Old Style");
	feed_free(f);

	/* JSON that is no feed, or breaks off. */
	assert_null(parse_text("{\"title\": \"x\"}", NULL, &cause));
	assert_string_equal(cause, "not a feed");
	free(cause);
	assert_null(parse_text("{\"version\": \"https://jsonfeed.org/version/"
	    "1\", \"items\": [", NULL, &cause));
	assert_non_null(strstr(cause, "JSON"));
	free(cause);
	/* Items without a version will do. */
	f = parse_text("{\"items\": [{\"id\": \"a\", \"content_text\": "
	    "\"Hello\"}]}", NULL, &cause);
	assert_non_null(f);
	assert_string_equal(f->title, "(untitled feed)");
	assert_string_equal(f->entries[0].title, "Hello");
	assert_string_equal(f->entries[0].content, "<p>Hello</p>");
	feed_free(f);
}

/* CDATA: in a title (text that looks like a tag but names no element
 * stays), in a link, in content in two sections. */
static void
test_cdata(void **state)
{
	struct feed		*f;
	struct feed_entry	*e;

	(void)state;
	f = parse("cdata.xml", NULL);
	assert_string_equal(f->title, "Quay <Side> Weekly");
	e = &f->entries[0];
	assert_string_equal(e->title, "Boats & bikes on the quay");
	assert_string_equal(e->url, "https://quay.example/boats?a=1&b=2");
	assert_string_equal(e->summary, "Two new racks & a slipway.");
	assert_string_equal(e->content,
	    "<p>Two <b>new</b> racks.</p><p>And a slipway.</p>");
	feed_free(f);
}

/* Titles escaped twice, titles with markup, and text that only looks
 * like it. */
static void
test_double_escaped(void **state)
{
	struct feed	*f;

	(void)state;
	f = parse("double-escaped.xml", NULL);
	assert_string_equal(f->title, "Escapes & Co");
	assert_int_equal(f->n, 5);
	assert_string_equal(f->entries[0].title,
	    "Fish & chips \xe2\x80\x94 \"best\"");
	assert_string_equal(f->entries[1].title, "Bold move");
	assert_string_equal(f->entries[2].title, "Markup in a title");
	assert_string_equal(f->entries[3].title, "5 < 6 and AT&T > 4");
	assert_string_equal(f->entries[4].title,
	    "Don\xe2\x80\x99t stop now");
	/* HTML with tags of its own means its "&lt;b&gt;". */
	assert_string_equal(f->entries[4].summary, "Use <b> for bold.");
	assert_string_equal(f->entries[4].content,
	    "<p>Use &lt;b&gt; for bold.</p>");
	feed_free(f);
}

/* Relative links against the feed's URL, against a file's path (a path
 * beside it), and with nothing to resolve them against. */
static void
test_relative(void **state)
{
	struct feed	*f;

	(void)state;
	f = parse("relative.xml", "https://feeds.example/a/b/feed.xml");
	assert_string_equal(f->site, "https://feeds.example/a/");
	assert_string_equal(f->entries[0].url,
	    "https://feeds.example/a/posts/up-one.html");
	assert_string_equal(f->entries[0].enclosure,
	    "https://feeds.example/a/b/media/clip.mp4");
	assert_string_equal(f->entries[1].url,
	    "https://feeds.example/posts/root.html");
	assert_string_equal(f->entries[2].url,
	    "https://feeds.example/a/b/beside.html");
	assert_string_equal(f->entries[3].url, "https://other.example/x");
	feed_free(f);

	f = parse("relative.xml", "/home/reader/feeds/relative.xml");
	assert_string_equal(f->site, "/home/reader/");
	assert_string_equal(f->entries[0].url,
	    "/home/reader/posts/up-one.html");
	assert_string_equal(f->entries[0].enclosure,
	    "/home/reader/feeds/media/clip.mp4");
	assert_string_equal(f->entries[2].url,
	    "/home/reader/feeds/beside.html");
	assert_string_equal(f->entries[3].url, "https://other.example/x");
	feed_free(f);

	f = parse("relative.xml", "feeds/relative.xml");
	assert_string_equal(f->entries[0].url, "posts/up-one.html");
	assert_string_equal(f->entries[2].url, "feeds/beside.html");
	feed_free(f);

	f = parse("relative.xml", NULL);
	assert_string_equal(f->entries[2].url, "beside.html");
	feed_free(f);
}

/* Entries without a link: their text is the content, a permalink guid
 * the page, an entry without an id one made of its title and text. */
static void
test_no_link(void **state)
{
	struct feed	*f;
	char		*id;

	(void)state;
	f = parse("no-link.xml", "https://linkless.example/feed");
	assert_int_equal(f->n, 4);
	assert_string_equal(f->entries[0].id, "note-7");
	assert_null(f->entries[0].url);
	assert_string_equal(f->entries[0].title, "A note with no title and "
	    "no link, only its own text to read here.");
	assert_string_equal(f->entries[0].content, "<p>A note with no title "
	    "and no link, only its own text to read here.</p>");
	assert_string_equal(f->entries[1].url,
	    "https://linkless.example/post/8");
	assert_string_equal(f->entries[1].id,
	    "https://linkless.example/post/8");
	assert_null(f->entries[2].url);
	assert_string_equal(f->entries[2].id, "post-9");
	assert_null(f->entries[3].url);
	assert_memory_equal(f->entries[3].id, "digest:", 7);
	id = xstrdup(f->entries[3].id);
	feed_free(f);
	/* The same entry gets the same id every time. */
	f = parse("no-link.xml", NULL);
	assert_string_equal(f->entries[3].id, id);
	free(id);
	feed_free(f);
}

/* Entries without a date, with one that is none, with one written as
 * pages write them. */
static void
test_no_date(void **state)
{
	struct feed	*f;

	(void)state;
	f = parse("no-date.xml", NULL);
	assert_int_equal(f->n, 3);
	assert_null(f->entries[0].date);
	assert_true(f->entries[0].time == -1);
	assert_null(f->entries[1].date);
	assert_true(f->entries[1].time == -1);
	assert_string_equal(f->entries[2].date, "2024-05-16");
	assert_true(f->entries[2].time == 1715860800LL);
	feed_free(f);
}

/* Duplicate guids are made unique, and so is a page given twice. */
static void
test_duplicate_guids(void **state)
{
	struct feed	*f;

	(void)state;
	f = parse("duplicate-guids.xml", NULL);
	assert_int_equal(f->n, 6);
	assert_string_equal(f->entries[0].id, "same");
	assert_string_equal(f->entries[1].id, "same#2");
	assert_string_equal(f->entries[2].id, "same#3");
	assert_string_equal(f->entries[3].id, "same#2#2");
	assert_string_equal(f->entries[4].id, "https://twice.example/1");
	assert_string_equal(f->entries[5].id, "https://twice.example/1#2");
	feed_free(f);
}

/* The first enclosure, RSS's or Atom's, its URL absolute. */
static void
test_enclosure(void **state)
{
	struct feed	*f;

	(void)state;
	f = parse("enclosure.xml", "https://pod.example/feed");
	assert_string_equal(f->entries[0].enclosure,
	    "https://cdn.pod.example/ep12.mp3?x=1&y=2");
	assert_string_equal(f->entries[0].enclosure_type, "audio/mpeg");
	assert_string_equal(f->entries[1].enclosure,
	    "https://pod.example/ep13.m4a");
	assert_string_equal(f->entries[1].enclosure_type, "audio/mp4");
	assert_string_equal(f->entries[1].url, "https://pod.example/13");
	feed_free(f);
}

/* Media RSS: media:content (in a media:group too, its default first) is
 * the enclosure, its type or its medium's; an <enclosure> comes first;
 * a media:thumbnail is none, nor a media:content without a url. */
static void
test_media_rss(void **state)
{
	struct feed	*f;

	(void)state;
	f = parse("media.xml", "https://pics.example/feed.xml");
	assert_null(f->warning);
	assert_int_equal(f->n, 5);
	assert_string_equal(f->entries[0].enclosure,
	    "https://cdn.pics.example/dawn.jpg?w=1200&q=80");
	assert_string_equal(f->entries[0].enclosure_type, "image/jpeg");
	assert_string_equal(f->entries[1].enclosure,
	    "https://pics.example/ferry-1080.mp4");
	assert_string_equal(f->entries[1].enclosure_type, "video/mp4");
	assert_string_equal(f->entries[2].enclosure,
	    "https://cdn.pics.example/sounds.ogg");
	assert_string_equal(f->entries[2].enclosure_type, "audio/*");
	assert_string_equal(f->entries[3].enclosure,
	    "https://cdn.pics.example/both.mp3");
	assert_string_equal(f->entries[3].enclosure_type, "audio/mpeg");
	assert_null(f->entries[4].enclosure);
	assert_null(f->entries[4].enclosure_type);
	/* The group's title is not the entry's. */
	assert_string_equal(f->entries[1].title, "Ferry film");
	feed_free(f);
}

/* RFC 822 dates: zones by number and name, no seconds, no weekday,
 * two-digit years, no zone. All the same moment. */
static void
test_rfc822(void **state)
{
	struct feed	*f;
	size_t		 i;

	(void)state;
	f = parse("rfc822.xml", NULL);
	assert_int_equal(f->n, 12);
	for (i = 0; i < f->n; i++) {
		if (f->entries[i].time != 1715063400LL)
			fail_msg("%s: %lld", f->entries[i].title,
			    f->entries[i].time);
	}
	/* The day as the feed writes it, in its zone. */
	assert_string_equal(f->entries[0].date, "2024-05-06");
	assert_string_equal(f->entries[1].date, "2024-05-07");
	assert_string_equal(f->entries[5].date, "2024-05-06");
	assert_string_equal(f->entries[9].date, "2024-05-07");
	feed_free(f);
}

/* ISO 8601 dates: zones, fractions, a day alone (noon UTC), published
 * over updated, Dublin Core's. */
static void
test_iso8601(void **state)
{
	struct feed	*f;
	size_t		 i;

	(void)state;
	f = parse("iso8601.xml", NULL);
	assert_int_equal(f->n, 10);
	for (i = 0; i < f->n; i++) {
		if (i == 5)
			assert_true(f->entries[i].time == 1715083200LL);
		else if (f->entries[i].time != 1715063400LL)
			fail_msg("%s: %lld", f->entries[i].title,
			    f->entries[i].time);
	}
	assert_string_equal(f->entries[2].date, "2024-05-06");
	assert_string_equal(f->entries[5].date, "2024-05-07");
	assert_string_equal(f->entries[7].date, "2024-05-07");
	feed_free(f);
}

/* The bytes are read in the charset they are valid in: the
 * declaration's first, then the header's, then UTF-8 with windows-1252
 * for what is not. */
static void
test_charsets(void **state)
{
	struct feed	*f;

	(void)state;
	/* Latin-1 declared ISO-8859-1, served as UTF-8; its 0x92 and 0x96
	 * are windows-1252's quote and dash. */
	f = parse_ct("latin1-declared.xml", "text/xml; charset=utf-8", NULL,
	    NULL);
	assert_non_null(f);
	assert_string_equal(f->title, "Caf\xc3\xa9 du Port");
	assert_string_equal(f->entries[0].title,
	    "L\xe2\x80\x99\xc3\xa9t\xc3\xa9 \xc3\xa0 Nantes");
	assert_string_equal(f->entries[0].summary,
	    "Cr\xc3\xa8me br\xc3\xbbl\xc3\xa9" "e \xe2\x80\x93 \xc2\xa3" "3");
	feed_free(f);
	/* UTF-8 declared UTF-8, served as ISO-8859-1. */
	f = parse_ct("utf8-declared.xml",
	    "application/rss+xml; charset=ISO-8859-1", NULL, NULL);
	assert_non_null(f);
	assert_string_equal(f->title, "Caf\xc3\xa9 du Port");
	assert_string_equal(f->entries[0].title,
	    "L\xe2\x80\x99\xc3\xa9t\xc3\xa9 \xc3\xa0 Nantes");
	assert_string_equal(f->entries[0].summary,
	    "\xe6\x97\xa5\xe6\x9c\xac \xe2\x80\x94 \xf0\x9f\x8c\x8a");
	feed_free(f);
	/* Latin-1 that declares nothing: the header's, or else UTF-8 with
	 * windows-1252 for each byte that is not. */
	f = parse_ct("latin1-undeclared.xml", "text/xml; charset=iso-8859-1",
	    NULL, NULL);
	assert_non_null(f);
	assert_string_equal(f->title, "Caf\xc3\xa9 du Port");
	assert_string_equal(f->entries[0].title,
	    "Cr\xc3\xa8me \xe2\x80\x9c" "br\xc3\xbbl\xc3\xa9" "e\xe2\x80\x9d");
	feed_free(f);
	f = parse_ct("latin1-undeclared.xml", NULL, NULL, NULL);
	assert_non_null(f);
	assert_string_equal(f->entries[0].title,
	    "Cr\xc3\xa8me \xe2\x80\x9c" "br\xc3\xbbl\xc3\xa9" "e\xe2\x80\x9d");
	assert_null(f->warning);
	feed_free(f);
	/* Charsets libxml2 reads with iconv; and one the bytes are not
	 * in (windows-1252 has nothing at 0x81). */
	f = parse_text("<?xml version=\"1.0\" encoding=\"windows-1252\"?>"
	    "<rss><channel><title>\x80 5 \x93q\x94</title></channel></rss>",
	    NULL, NULL);
	assert_non_null(f);
	assert_string_equal(f->title,
	    "\xe2\x82\xac 5 \xe2\x80\x9cq\xe2\x80\x9d");
	feed_free(f);
	f = parse_text("<?xml version=\"1.0\" encoding=\"koi8-r\"?><rss>"
	    "<channel><title>\xf0\xd2\xc9\xd7\xc5\xd4</title></channel>"
	    "</rss>", NULL, NULL);
	assert_non_null(f);
	assert_string_equal(f->title, "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2"
	    "\xd0\xb5\xd1\x82");
	feed_free(f);
	f = parse_text("<?xml version=\"1.0\" encoding=\"windows-1252\"?>"
	    "<rss><channel><title>\x80 5 \x81 x</title></channel></rss>",
	    NULL, NULL);
	assert_non_null(f);
	assert_string_equal(f->title, "\xe2\x82\xac 5 \xef\xbf\xbd x");
	feed_free(f);
	/* A charset libxml2 does not know, in the declaration. */
	f = parse_text("<?xml version=\"1.0\" encoding=\"x-no-such\"?><rss>"
	    "<channel><title>Caf\xc3\xa9</title></channel></rss>", NULL, NULL);
	assert_non_null(f);
	assert_string_equal(f->title, "Caf\xc3\xa9");
	feed_free(f);
	/* UTF-16, with its byte order mark. */
	{
		const char	*s = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
		    "<rss><channel><title>Wide</title></channel></rss>";
		char		 w[256];
		size_t		 i, n = 2;

		w[0] = '\xff';
		w[1] = '\xfe';
		for (i = 0; s[i] != '\0'; i++) {
			w[n++] = s[i];
			w[n++] = '\0';
		}
		assert_true(feed_sniff(w, n, NULL));
		f = feed_parse(w, n, NULL, NULL, NULL);
		assert_non_null(f);
		assert_string_equal(f->title, "Wide");
		feed_free(f);
	}
}

/* A feed file saved gzipped. */
static void
test_gzip(void **state)
{
	struct feed	*f;
	char		*data, *cause = NULL;
	size_t		 len;

	(void)state;
	f = parse("rss2.xml.gz", "https://news.example/feed.xml");
	assert_string_equal(f->title, "Harbour & Coast News");
	assert_int_equal(f->n, 2);
	assert_string_equal(f->entries[0].title,
	    "Ferry fares rise & services cut");
	assert_null(f->warning);
	feed_free(f);

	data = test_read("feeds/rss2.xml.gz", &len);
	assert_true(feed_sniff(data, len, NULL));
	/* Broken off: what it holds, and a warning. */
	f = feed_parse(data, len * 2 / 3, NULL, NULL, &cause);
	assert_non_null(f);
	check_feed(f);
	assert_string_equal(f->title, "Harbour & Coast News");
	assert_non_null(f->warning);
	assert_memory_equal(f->warning, "gzip: ", 6);
	feed_free(f);
	/* Nothing that inflates. */
	assert_null(feed_parse(data, 12, NULL, NULL, &cause));
	assert_non_null(strstr(cause, "gzip"));
	free(cause);
	free(data);
}

/* XML that breaks off: the entries so far, and a warning. */
static void
test_truncated(void **state)
{
	struct feed	*f;

	(void)state;
	f = parse("truncated.xml", NULL);
	assert_string_equal(f->title, "Broken Off");
	assert_int_equal(f->n, 3);
	assert_string_equal(f->entries[0].title, "First whole entry");
	assert_string_equal(f->entries[0].date, "2024-05-07");
	assert_string_equal(f->entries[1].url, "https://cut.example/2");
	/* The third, but for the description it broke off in. */
	assert_string_equal(f->entries[2].title, "Third, cut");
	assert_null(f->entries[2].summary);
	assert_null(f->entries[2].content);
	assert_non_null(f->warning);
	assert_non_null(strstr(f->warning, "line 8"));
	feed_free(f);
}

/* Tags that do not match: a misspelt end tag, a tag left open in an
 * entry's text or title, an entry never closed, an attribute without
 * quotes. Each ends where the tags after it say, and every entry after it
 * is read, with the warning of the first error. */
static void
test_mended_tags(void **state)
{
	struct feed	*f;
	char		 url[64];
	size_t		 i;

	(void)state;
	f = parse("broken-tags.xml", NULL);
	assert_string_equal(f->title, "Mended Tags");
	assert_string_equal(f->site, "https://mend.example/");
	assert_int_equal(f->n, 7);
	for (i = 0; i < 7; i++) {
		snprintf(url, sizeof url, "https://mend.example/%zu", i + 1);
		assert_string_equal(f->entries[i].url, url);
	}
	assert_string_equal(f->entries[0].title, "One, whole");
	assert_string_equal(f->entries[1].title, "Two, a misspelt end tag");
	assert_string_equal(f->entries[2].title,
	    "Three, a tag left open in its text");
	assert_string_equal(f->entries[2].content,
	    "Fog on the <b>bridge</b>");
	assert_string_equal(f->entries[2].id, "three");
	assert_string_equal(f->entries[3].title, "Four, never closed");
	assert_string_equal(f->entries[4].title,
	    "Five, an attribute without quotes");
	assert_null(f->entries[4].enclosure);
	/* A title left open ends at the item's next field. */
	assert_string_equal(f->entries[5].title, "Six, a title left open");
	assert_string_equal(f->entries[6].title, "Seven, whole");
	assert_string_equal(f->entries[6].summary, "The last.");
	assert_non_null(f->warning);
	assert_string_equal(f->warning, "XML error at line 7: Opening and "
	    "ending tag mismatch: title line 7 and titel (read as far as it "
	    "goes)");
	feed_free(f);

	/* Atom: an XHTML <br> left open in an entry's content. */
	f = parse("broken-atom.xml", NULL);
	assert_int_equal(f->n, 3);
	assert_string_equal(f->entries[0].content,
	    "<p>One<br>line</p><p>Two</p>");
	assert_string_equal(f->entries[1].title, "Second");
	assert_string_equal(f->entries[2].url, "https://mend.example/a/3");
	assert_non_null(strstr(f->warning, "line 5"));
	feed_free(f);

	/* An item whose start tag breaks off: read all the same. */
	f = parse_text("<rss><channel><title>T</title><item id=1><title>Odd"
	    " start</title><link>https://a.example/1</link></item><item>"
	    "<title>After</title></item></channel></rss>", NULL, NULL);
	assert_non_null(f);
	assert_int_equal(f->n, 2);
	assert_string_equal(f->entries[0].title, "Odd start");
	assert_string_equal(f->entries[0].url, "https://a.example/1");
	assert_string_equal(f->entries[1].title, "After");
	assert_string_equal(f->title, "T");
	feed_free(f);

	/* A tag left open at the end of an entry's text, and one in the
	 * channel before the entries. */
	f = parse_text("<rss><channel><title>Open <i>title</title><item>"
	    "<title>A</title><description>&lt;p&gt;x</description><link>"
	    "https://a.example/1</link><foo></item><item><title>B</title>"
	    "</item></channel></rss>", NULL, NULL);
	assert_non_null(f);
	assert_string_equal(f->title, "Open title");
	assert_int_equal(f->n, 2);
	assert_string_equal(f->entries[0].url, "https://a.example/1");
	assert_string_equal(f->entries[1].title, "B");
	feed_free(f);
}

/* JSON Feed that breaks off, or is damaged midway: the items read whole
 * before the fault, with a warning that says where; the item it is in is
 * left out. */
static void
test_json_broken(void **state)
{
	struct feed	*f;
	char		*cause = NULL;

	(void)state;
	f = parse("jsonfeed-truncated.json", NULL);
	assert_int_equal(f->kind, FEED_JSON);
	assert_string_equal(f->title, "Cut Log");
	assert_int_equal(f->n, 2);
	assert_string_equal(f->entries[0].title, "First note");
	assert_string_equal(f->entries[1].url, "https://cut.example/2");
	assert_string_equal(f->entries[1].date, "2024-05-08");
	assert_non_null(f->warning);
	assert_string_equal(f->warning, "JSON error at line 8: the text "
	    "breaks off (read as far as it goes)");
	feed_free(f);

	f = parse("jsonfeed-corrupt.json", NULL);
	assert_string_equal(f->title, "Damaged Log");
	assert_int_equal(f->n, 2);
	assert_string_equal(f->entries[0].title, "Before the damage");
	assert_string_equal(f->entries[1].title, "Also before");
	assert_string_equal(f->warning, "JSON error at line 7: ':' expected "
	    "after a member's name (read as far as it goes)");
	feed_free(f);

	/* Broken before its items: the feed, without entries, said. */
	f = parse("jsonfeed-no-items.json", NULL);
	assert_string_equal(f->title, "Early Break");
	assert_int_equal(f->n, 0);
	assert_non_null(strstr(f->warning, "JSON error at line 1: the text "
	    "breaks off"));
	feed_free(f);

	/* A title cut short is no title. */
	f = parse_text("{\"version\": \"https://jsonfeed.org/version/1.1\","
	    " \"items\": [{\"id\": \"1\", \"title\": \"Whole\"}], "
	    "\"title\": \"Cu", "https://cut.example/feed.json", NULL);
	assert_non_null(f);
	assert_string_equal(f->title, "cut.example");
	assert_int_equal(f->n, 1);
	assert_string_equal(f->entries[0].title, "Whole");
	feed_free(f);

	/* Broken in its only item, or before it says it is a feed: none,
	 * and why. */
	assert_null(parse_text("{\"items\": [{\"title\": \"x\"", NULL,
	    &cause));
	assert_non_null(cause);
	assert_string_equal(cause, "no entries and no title: JSON error at "
	    "line 1: the text breaks off (read as far as it goes)");
	free(cause);
	cause = NULL;
	assert_null(parse_text("{\"title\": \"x\", \"versi", NULL, &cause));
	assert_string_equal(cause, "not a feed: JSON that breaks off or is "
	    "no JSON");
	free(cause);
}

/* Whether any string of the feed holds s. */
static bool
holds(const struct feed *f, const char *s)
{
	const struct feed_entry	*e;
	const char		*v[12];
	size_t			 i, k;

	v[0] = f->title;
	v[1] = f->description;
	v[2] = f->warning;
	if (v[0] != NULL && strstr(v[0], s) != NULL)
		return true;
	if (v[1] != NULL && strstr(v[1], s) != NULL)
		return true;
	for (i = 0; i < f->n; i++) {
		e = &f->entries[i];
		v[0] = e->id;
		v[1] = e->title;
		v[2] = e->url;
		v[3] = e->author;
		v[4] = e->summary;
		v[5] = e->content;
		v[6] = e->enclosure;
		for (k = 0; k < 7; k++) {
			if (v[k] != NULL && strstr(v[k], s) != NULL)
				return true;
		}
	}
	return false;
}

static double
seconds(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Billion laughs: no entity a document declares is expanded; the parse
 * is quick and what it gives small. */
static void
test_billion_laughs(void **state)
{
	struct feed	*f;
	double		 t = seconds();

	(void)state;
	f = parse("billion-laughs.xml", NULL);
	assert_true(seconds() - t < 2);
	assert_true(check_feed(f) < 1024);
	assert_false(holds(f, "lol"));
	assert_string_equal(f->title, "Laughs");
	assert_int_equal(f->n, 2);
	assert_string_equal(f->entries[0].title, "One two");
	assert_null(f->entries[0].summary);
	assert_string_equal(f->entries[1].title, "After");
	assert_non_null(f->warning);
	assert_non_null(strstr(f->warning, "lol9"));
	feed_free(f);
}

/* Quadratic blow-up: a large entity referred to many times. */
static void
test_quadratic(void **state)
{
	struct feed	*f;
	double		 t = seconds();

	(void)state;
	f = parse("quadratic.xml", NULL);
	assert_true(seconds() - t < 2);
	assert_true(check_feed(f) < 1024);
	assert_false(holds(f, "AAAA"));
	assert_int_equal(f->n, 2);
	assert_string_equal(f->entries[0].title, "Blow up");
	assert_null(f->entries[0].summary);
	assert_string_equal(f->entries[1].title, "Second");
	feed_free(f);
}

/* External entities, general and parameter: no file is read, nothing is
 * asked of the network. */
static void
test_external_entity(void **state)
{
	struct feed	*f;

	(void)state;
	f = parse("external-entity.xml", NULL);
	assert_false(holds(f, "root:"));
	assert_false(holds(f, "/bin/"));
	assert_string_equal(f->title, "Secrets:");
	assert_int_equal(f->n, 1);
	assert_string_equal(f->entries[0].title, "Net here");
	assert_string_equal(f->entries[0].summary, "[]");
	feed_free(f);
}

/* A doctype naming an external DTD (RSS 0.91's): not loaded, and the
 * HTML entities it would declare read all the same. */
static void
test_dtd(void **state)
{
	struct feed	*f;

	(void)state;
	f = parse("dtd.xml", NULL);
	assert_null(f->warning);
	assert_string_equal(f->title,
	    "Old School \xe2\x80\x94 News");
	assert_string_equal(f->description, "Since 1999 \xc2\xa9 Old School");
	assert_string_equal(f->entries[0].title,
	    "Caf\xc3\xa9 opens \xe2\x80\xa6 at last");
	assert_string_equal(f->entries[0].summary,
	    "Coffee & cake, \xe2\x82\xac" "3 \xe2\x80\x93 all day.");
	feed_free(f);
}

/* What is no feed: an HTML page (whatever its media type says), no
 * bytes, bytes that are no text, XML of another kind. */
static void
test_not_feeds(void **state)
{
	const char	*names[] = { "html-page.html", "empty.xml", "junk.bin" };
	char		*data, *cause, path[64];
	size_t		 i, len;

	(void)state;
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		snprintf(path, sizeof path, "feeds/%s", names[i]);
		data = test_read(path, &len);
		assert_false(feed_sniff(data, len, NULL));
		assert_false(feed_sniff(data, len, "text/html"));
		cause = NULL;
		assert_null(feed_parse(data, len, NULL, NULL, &cause));
		assert_string_equal(cause, "not a feed");
		free(cause);
		free(data);
	}
	data = test_read("feeds/html-page.html", &len);
	assert_false(feed_sniff(data, len, "application/rss+xml"));
	free(data);
	assert_false(feed_sniff(NULL, 0, NULL));
	assert_null(feed_parse(NULL, 0, NULL, NULL, &cause));
	free(cause);
	assert_null(parse_text("<?xml version=\"1.0\"?><svg xmlns=\""
	    "http://www.w3.org/2000/svg\"><title>x</title></svg>", NULL,
	    &cause));
	assert_string_equal(cause, "not a feed");
	free(cause);
	/* A feed with nothing in it. */
	assert_null(parse_text("<rss version=\"2.0\"><channel></channel>"
	    "</rss>", NULL, &cause));
	assert_string_equal(cause,
	    "no entries and no title: the feed is empty");
	free(cause);
	assert_null(parse_text("<feed xmlns=\"http://www.w3.org/2005/Atom\">"
	    "<tit", NULL, &cause));
	assert_memory_equal(cause, "no entries and no title: XML error", 34);
	free(cause);
}

/* What feed_sniff looks at: the media type, and past the prolog the
 * root element. */
static void
test_sniff(void **state)
{
	const char	*s;

	(void)state;
	s = "\xef\xbb\xbf  <?xml version=\"1.0\"?>\n<!-- a comment -->\n"
	    "<?xml-stylesheet href=\"s.xsl\"?>\n<!DOCTYPE rss [ <!ENTITY a "
	    "\"x\"> ]>\n<rss version=\"2.0\">";
	assert_true(feed_sniff(s, strlen(s), NULL));
	s = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-"
	    "ns#\">";
	assert_true(feed_sniff(s, strlen(s), NULL));
	s = "<atom:feed xmlns:atom=\"http://www.w3.org/2005/Atom\">";
	assert_true(feed_sniff(s, strlen(s), NULL));
	s = "<feed>";
	assert_true(feed_sniff(s, strlen(s), NULL));
	s = "{\"items\": [], \"version\": \"https:\\/\\/jsonfeed.org\\/version"
	    "\\/1.1\"}";
	assert_true(feed_sniff(s, strlen(s), NULL));
	s = "{\"version\": \"1.1\"}";
	assert_false(feed_sniff(s, strlen(s), NULL));
	assert_true(feed_sniff(s, strlen(s), "application/feed+json"));
	s = "<feedback/>";
	assert_false(feed_sniff(s, strlen(s), NULL));
	s = "<rssx/>";
	assert_false(feed_sniff(s, strlen(s), "text/xml"));
	/* By media type, whatever the bytes, unless they are HTML. */
	assert_true(feed_sniff("", 0, "application/atom+xml; charset=utf-8"));
	assert_true(feed_sniff("x", 1, " Application/RSS+XML"));
	assert_false(feed_sniff("x", 1, "application/rss+xmlx"));
	s = "<!DOCTYPE html><rss>";
	assert_false(feed_sniff(s, strlen(s), "application/rss+xml"));
}

/* OPML: outlines with xmlUrl however deep, tagged with the titles of
 * the outlines around them and the words of their category. */
static void
test_opml(void **state)
{
	struct feed_outline	*o;
	char			*data, *cause = NULL;
	size_t			 len, n;

	(void)state;
	data = test_read("feeds/opml.xml", &len);
	assert_int_equal(feed_opml_read(data, len, &o, &n, &cause), 0);
	free(data);
	assert_int_equal(n, 4);
	assert_string_equal(o[0].url, "https://news.example/feed.xml");
	assert_string_equal(o[0].title, "Harbour News");
	assert_int_equal(o[0].ntags, 2);
	assert_string_equal(o[0].tags[0], "News");
	assert_string_equal(o[0].tags[1], "Local & Regional");
	assert_string_equal(o[1].url, "https://river.example/rss");
	assert_string_equal(o[1].title, "River Gazette");
	assert_int_equal(o[1].ntags, 5);
	assert_string_equal(o[1].tags[2], "papers");
	assert_string_equal(o[1].tags[3], "weekly");
	assert_string_equal(o[1].tags[4], "river");
	assert_string_equal(o[2].url, "https://world.example/atom");
	assert_int_equal(o[2].ntags, 1);	/* "news" is "News" */
	assert_string_equal(o[2].tags[0], "News");
	assert_string_equal(o[3].url, "https://top.example/feed");
	assert_string_equal(o[3].title, "Top level");
	assert_int_equal(o[3].ntags, 0);
	feed_outlines_free(o, n);

	/* An OPML file with no subscriptions is fine; a feed is no OPML. */
	assert_int_equal(feed_opml_read("<opml><body/></opml>", 20, &o, &n,
	    &cause), 0);
	assert_int_equal(n, 0);
	feed_outlines_free(o, n);
	data = test_read("feeds/rss2.xml", &len);
	assert_int_equal(feed_opml_read(data, len, &o, &n, &cause), -1);
	assert_string_equal(cause, "not OPML");
	free(cause);
	free(data);
	assert_int_equal(feed_opml_read(NULL, 0, &o, &n, &cause), -1);
	free(cause);
	feed_outlines_free(NULL, 0);
}

/* Control characters, bidirectional overrides and the like never come
 * through; line breaks in content do. A control XML forbids does not
 * stop the parse. */
static void
test_controls(void **state)
{
	struct feed	*f;

	(void)state;
	f = parse_text("<rss><channel><title>Bell\x07 and \xe2\x80\xae"
	    "evil</title><item><title>Tab\there\x0b and \x1b[31mred</title>"
	    "<description>One\r\n\r\nTwo \xc2\x9b x</description></item>"
	    "<item><title>Still read</title></item></channel></rss>", NULL,
	    NULL);
	assert_non_null(f);
	assert_string_equal(f->title, "Bell and evil");
	assert_int_equal(f->n, 2);
	assert_string_equal(f->entries[0].title, "Tab here and [31mred");
	assert_string_equal(f->entries[0].content,
	    "<p>One</p>\n<p>Two \xe2\x80\xba x</p>");
	assert_string_equal(f->entries[1].title, "Still read");
	assert_null(f->warning);
	feed_free(f);
}

/* After a first error (a bare '&'), entities in the rest of the feed
 * are still read. */
static void
test_after_error(void **state)
{
	struct feed	*f;

	(void)state;
	f = parse_text("<rss><channel><title>AT&T news</title><item>"
	    "<title>Fish &amp; chips &eacute; &#233;</title><description>"
	    "&lt;p&gt;Hi&lt;/p&gt;</description></item></channel></rss>",
	    NULL, NULL);
	assert_non_null(f);
	assert_non_null(f->warning);
	assert_string_equal(f->entries[0].title,
	    "Fish & chips \xc3\xa9 \xc3\xa9");
	assert_string_equal(f->entries[0].content, "<p>Hi</p>");
	feed_free(f);
}

/* An end tag of the root while its channel is open ends the root; the
 * root that follows is read on into the same feed (once begun, never
 * begun again: nothing read is lost or leaked), and a root of another
 * kind is not read. */
static void
test_second_root(void **state)
{
	struct feed	*f;

	(void)state;
	f = parse_text("<rss version=\"2.0\"><channel><title>T</title><item>"
	    "<title>A</title><link>https://e.example/a</link></item></rss>"
	    "<rss version=\"2.0\"><channel><item><title>B</title><link>"
	    "https://e.example/b</link></item></channel></rss>", NULL, NULL);
	assert_non_null(f);
	assert_non_null(f->warning);
	assert_string_equal(f->title, "T");
	assert_int_equal(f->n, 2);
	assert_string_equal(f->entries[0].title, "A");
	assert_string_equal(f->entries[1].title, "B");
	feed_free(f);

	f = parse_text("<rss version=\"2.0\"><channel><title>T</title><item>"
	    "<title>A</title><link>https://e.example/a</link></item></rss>"
	    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>B"
	    "</title></entry></feed>", NULL, NULL);
	assert_non_null(f);
	assert_int_equal(f->n, 1);
	assert_string_equal(f->entries[0].title, "A");
	feed_free(f);
}

/* A summary is cut at a word, with "...", within FEED_SUMMARY_MAX. */
static void
test_summary(void **state)
{
	struct buf	 b = BUF_INIT;
	struct feed	*f;
	char		*s;
	size_t		 i;

	(void)state;
	buf_adds(&b, "<rss><channel><item><title>Long</title><description>"
	    "&lt;p&gt;");
	for (i = 0; i < 100; i++)
		buf_addf(&b, "word%zu ", i);
	buf_adds(&b, "&lt;/p&gt;</description></item></channel></rss>");
	f = parse_text(b.data, NULL, NULL);
	assert_non_null(f);
	s = f->entries[0].summary;
	assert_true(strlen(s) <= FEED_SUMMARY_MAX);
	assert_true(strlen(s) > FEED_SUMMARY_MAX - 20);
	assert_memory_equal(s, "word0 word1 ", 12);
	assert_string_equal(s + strlen(s) - 3, "...");
	assert_true(s[strlen(s) - 4] >= '0' && s[strlen(s) - 4] <= '9');
	feed_free(f);
	buf_free(&b);
}

/* A feed without a title is named by its site's host. */
static void
test_untitled(void **state)
{
	struct feed	*f;

	(void)state;
	f = parse_text("<rss><channel><link>https://www.harbour.example/"
	    "</link><item><title>x</title></item></channel></rss>", NULL, NULL);
	assert_string_equal(f->title, "harbour.example");
	feed_free(f);
	f = parse_text("<rss><channel><item><title>x</title></item>"
	    "</channel></rss>", "https://feeds.example/rss", NULL);
	assert_string_equal(f->title, "feeds.example");
	feed_free(f);
	f = parse_text("<rss><channel><item><title>x</title></item>"
	    "</channel></rss>", "/tmp/feed.xml", NULL);
	assert_string_equal(f->title, "(untitled feed)");
	assert_string_equal(f->entries[0].id, "digest:08f0de07b58d2b17");
	feed_free(f);
	f = parse_text("<rss><channel><title>t</title><item><link>x</link>"
	    "</item></channel></rss>", NULL, NULL);
	assert_string_equal(f->entries[0].title, "(untitled)");
	feed_free(f);
}

/* At most FEED_MAX_ENTRIES entries, and a warning. */
static void
test_cap(void **state)
{
	struct buf	 b = BUF_INIT;
	struct feed	*f;
	size_t		 i;

	(void)state;
	buf_adds(&b, "<rss><channel><title>Many</title>");
	for (i = 0; i < FEED_MAX_ENTRIES + 2; i++)
		buf_addf(&b, "<item><guid>%zu</guid></item>", i);
	buf_adds(&b, "</channel></rss>");
	f = feed_parse(b.data, b.len, NULL, NULL, NULL);
	assert_non_null(f);
	assert_int_equal(f->n, FEED_MAX_ENTRIES);
	assert_string_equal(f->entries[FEED_MAX_ENTRIES - 1].id, "199999");
	assert_non_null(f->warning);
	assert_non_null(strstr(f->warning, "200002"));
	feed_free(f);
	buf_free(&b);
}

static void
test_kind_name(void **state)
{
	(void)state;
	assert_string_equal(feed_kind_name(FEED_RSS), "RSS 2.0");
	assert_string_equal(feed_kind_name(FEED_RDF), "RSS 1.0");
	assert_string_equal(feed_kind_name(FEED_ATOM), "Atom");
	assert_string_equal(feed_kind_name(FEED_JSON), "JSON Feed");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rss2),
		cmocka_unit_test(test_rdf),
		cmocka_unit_test(test_atom),
		cmocka_unit_test(test_jsonfeed),
		cmocka_unit_test(test_cdata),
		cmocka_unit_test(test_double_escaped),
		cmocka_unit_test(test_relative),
		cmocka_unit_test(test_no_link),
		cmocka_unit_test(test_no_date),
		cmocka_unit_test(test_duplicate_guids),
		cmocka_unit_test(test_enclosure),
		cmocka_unit_test(test_media_rss),
		cmocka_unit_test(test_rfc822),
		cmocka_unit_test(test_iso8601),
		cmocka_unit_test(test_charsets),
		cmocka_unit_test(test_gzip),
		cmocka_unit_test(test_truncated),
		cmocka_unit_test(test_mended_tags),
		cmocka_unit_test(test_json_broken),
		cmocka_unit_test(test_billion_laughs),
		cmocka_unit_test(test_quadratic),
		cmocka_unit_test(test_external_entity),
		cmocka_unit_test(test_dtd),
		cmocka_unit_test(test_not_feeds),
		cmocka_unit_test(test_sniff),
		cmocka_unit_test(test_opml),
		cmocka_unit_test(test_controls),
		cmocka_unit_test(test_after_error),
		cmocka_unit_test(test_second_root),
		cmocka_unit_test(test_summary),
		cmocka_unit_test(test_untitled),
		cmocka_unit_test(test_cap),
		cmocka_unit_test(test_kind_name),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
