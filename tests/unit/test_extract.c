/* test_extract.c: HTML tree -> article: metadata, the body without the
 * page's chrome, blocks and spans, and pages that are not articles. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "extract.h"
#include "html.h"
#include "utf8.h"
#include "testutil.h"

static struct doc *
extract_bytes(const char *data, size_t len, const char *from)
{
	struct html	*h = html_parse(data, len, NULL, from);
	struct doc	*d = extract_doc(h);

	html_free(h);
	assert_non_null(d);
	assert_non_null(d->body);
	return d;
}

static struct doc *
extract_file(const char *name, const char *from)
{
	size_t		 len;
	char		*data = test_read(name, &len);
	struct doc	*d = extract_bytes(data, len, from);

	free(data);
	return d;
}

static struct doc *
extract_str(const char *s)
{
	return extract_bytes(s, strlen(s), NULL);
}

#define assert_body_has(d, s) do {					\
	if (strstr((d)->body, (s)) == NULL)				\
		fail_msg("body lacks \"%s\":\n%s", (s), (d)->body);	\
} while (0)

#define assert_body_lacks(d, s) do {					\
	if (strstr((d)->body, (s)) != NULL)				\
		fail_msg("body has \"%s\":\n%s", (s), (d)->body);	\
} while (0)

/* The first block whose text starts with s, or NULL. */
static const struct block *
block_starting(const struct doc *d, const char *s)
{
	size_t	 i;

	for (i = 0; i < d->nblocks; i++) {
		if (strncmp(BLOCK_TEXT(&d->blocks[i]), s, strlen(s)) == 0)
			return &d->blocks[i];
	}
	return NULL;
}

static void
test_metadata_jsonld(void **state)
{
	struct doc	*d = extract_file("html/jsonld.html",
			    "https://gazette.example/2024/03/tide-tables/");

	(void)state;
	/* JSON-LD comes before OpenGraph and <meta name=author>; its
	 * authors are listed, one by reference to a Person in @graph. */
	assert_string_equal(d->title, "Tide tables go digital at the harbour "
	    "office \xe2\x80\x94 finally & for good");
	assert_string_equal(d->byline, "Ines Okafor, Pavel Novak");
	assert_string_equal(d->date, "2024-03-07");
	assert_string_equal(d->site, "The Harbour Gazette");
	assert_string_equal(d->lang, "en");
	assert_string_equal(d->url,
	    "https://gazette.example/2024/03/tide-tables/");
	assert_int_equal(d->nblocks, 3);
	assert_body_has(d, "For forty years the harbour office");
	assert_body_has(d, "during trials.");
	assert_body_lacks(d, "Boats");
	assert_body_lacks(d, "Tide tables go digital");
	doc_free(d);
}

static void
test_jsonld_odd_shapes(void **state)
{
	char		 page[8192], deep[600];
	struct doc	*d;
	int		 n;

	(void)state;
	/* An article without a headline first, then one with; a broken
	 * script; escapes; a string author. */
	d = extract_str("<html><head>"
	    "<script type=\"application/ld+json\">{\"@type\": \"Article\", "
	    "\"author\": {\"name\": \"First Author\"}, "
	    "\"datePublished\": \"2020-01-02\"}</script>"
	    "<script type=\"application/ld+json\">{\"@type\": [\"Thing\", "
	    "\"http://schema.org/BlogPosting\"], \"headline\": "
	    "\"Caf\\u00e9 \\ud83d\\ude00 \\\"quoted\\\"\", "
	    "\"author\": \"Second Author\"}</script>"
	    "</head><body><p>Words.</p></body></html>");
	assert_null(d->title);	/* no headline in the first article */
	assert_string_equal(d->byline, "First Author");
	assert_string_equal(d->date, "2020-01-02");
	doc_free(d);
	d = extract_str("<html><head><title>Fallback title</title>"
	    "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
	    "\"headline\": \"Unterminated</script>"
	    "<script type=\"application/ld+json\">//<![CDATA[\n{\"@type\": "
	    "\"NewsArticle\", \"headline\": \"Caf\\u00e9 \\ud83d\\ude00 "
	    "\\\"q\\\"\", \"author\": [\"Ann\", {\"name\": \"Bo\"}]}\n//]]>"
	    "</script></head><body><p>Words.</p></body></html>");
	assert_string_equal(d->title, "Caf\xc3\xa9 \xf0\x9f\x98\x80 \"q\"");
	assert_string_equal(d->byline, "Ann, Bo");
	doc_free(d);
	/* Nesting too deep to follow is given up, not crashed on. */
	memset(deep, '[', sizeof deep - 1);
	deep[sizeof deep - 1] = '\0';
	n = snprintf(page, sizeof page, "<html><head><title>Deep</title>"
	    "<script type=\"application/ld+json\">%s</script></head>"
	    "<body><p>Words.</p></body></html>", deep);
	d = extract_bytes(page, (size_t)n, NULL);
	assert_string_equal(d->title, "Deep");
	doc_free(d);
}

static void
test_metadata_opengraph(void **state)
{
	struct doc	*d = extract_file("html/og.html", NULL);

	(void)state;
	assert_string_equal(d->title, "Ferry returns after winter repairs");
	assert_string_equal(d->site, "Coastline Daily");
	assert_string_equal(d->byline, "Mara Lindqvist");
	assert_string_equal(d->date, "2023-05-19");
	assert_string_equal(d->lang, "en-GB");
	assert_string_equal(d->url,
	    "https://coastline.example/news/ferry-returns");
	assert_int_equal(d->nblocks, 3);
	assert_body_lacks(d, "By Mara");
	assert_body_lacks(d, "Ferry returns after");
	assert_string_equal(BLOCK_TEXT(&d->blocks[2]),
	    "The operator said the summer "
	    "timetable, with six sailings a day, would begin at the start of "
	    "June as usual.");
	doc_free(d);
}

static void
test_metadata_plain_markup(void **state)
{
	struct doc	*d = extract_file("html/plain.html", NULL);

	(void)state;
	/* No structured data: the article's h1 (not the site's), the site
	 * from the <title>'s suffix, the byline without "By" and the date
	 * from <time datetime>. */
	assert_string_equal(d->title, "Why the old mill clock runs slow");
	assert_string_equal(d->site, "Valley Notes");
	assert_string_equal(d->byline, "Tomas Herrera");
	assert_string_equal(d->date, "2023-11-02");
	assert_string_equal(d->lang, "de");
	assert_null(d->url);
	assert_int_equal(d->nblocks, 3);
	assert_body_lacks(d, "Why the old mill");
	assert_body_lacks(d, "Tomas");
	assert_body_has(d, "the church bells keep the real time anyway.");
	doc_free(d);
}

/* The headline is the page title cut at a separator only where the
 * part cut off is the site's name: the name the page gives
 * (og:site_name) or its host; otherwise the page title stays whole, and
 * its second half is not taken for the site's name. */
static void
test_title_suffixes(void **state)
{
	static const struct {
		const char	*title, *sitename, *url, *headline, *site;
	} t[] = {
		{ "Rain stops play at the county ground - The Echo",
		    "The Echo", NULL, "Rain stops play at the county ground",
		    "The Echo" },
		{ "Rain stops play at the county ground | The Echo",
		    "The Echo", NULL, "Rain stops play at the county ground",
		    "The Echo" },
		{ "Rain stops play at the county ground \xe2\x80\x94 The Echo",
		    "The Echo", NULL, "Rain stops play at the county ground",
		    "The Echo" },
		{ "Rain stops play at the county ground \xe2\x80\x93 Sport "
		    "\xe2\x80\x93 The Echo", "The Echo", NULL, "Rain stops "
		    "play at the county ground \xe2\x80\x93 Sport",
		    "The Echo" },
		{ "The Echo | Rain stops play at the county ground",
		    "The Echo", NULL, "Rain stops play at the county ground",
		    "The Echo" },
		/* A short title before the site's name keeps the title. */
		{ "About bugs \xe2\x80\x93 Fennel Notes", "Fennel Notes",
		    NULL, "About bugs", "Fennel Notes" },
		/* The host names the site. */
		{ "About bugs \xe2\x80\x93 Fennel Notes", NULL,
		    "https://www.fennelnotes.org/2024/bugs/", "About bugs",
		    "Fennel Notes" },
		{ "Echo Online | Storm closes the pier", NULL,
		    "https://echo.example/storm", "Storm closes the pier",
		    "Echo Online" },
		/* A subtitle is not the site's name. */
		{ "Harbour fire \xe2\x80\x93 what the night crews saw",
		    NULL, NULL, "Harbour fire \xe2\x80\x93 what the night "
		    "crews saw", NULL },
		{ "Harbour fire \xe2\x80\x93 what the night crews saw",
		    "The Echo", NULL, "Harbour fire \xe2\x80\x93 what the "
		    "night crews saw", "The Echo" },
		{ "Rain-soaked county ground", NULL, NULL,
		    "Rain-soaked county ground", NULL },
		{ "Cricket - Echo", NULL, NULL, "Cricket - Echo", NULL },
	};
	char	 page[1024], meta[256];
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		struct doc *d;

		meta[0] = '\0';
		if (t[i].sitename != NULL)
			snprintf(meta, sizeof meta, "<meta property="
			    "\"og:site_name\" content=\"%s\">", t[i].sitename);
		else if (t[i].url != NULL)
			snprintf(meta, sizeof meta, "<link rel=\"canonical\" "
			    "href=\"%s\">", t[i].url);
		snprintf(page, sizeof page, "<html><head><title>%s</title>%s"
		    "</head><body><p>Some words.</p></body></html>",
		    t[i].title, meta);
		d = extract_str(page);
		assert_non_null(doc_headline(d));
		assert_string_equal(doc_headline(d), t[i].headline);
		if (t[i].site == NULL)
			assert_null(d->site);
		else {
			assert_non_null(d->site);
			assert_string_equal(d->site, t[i].site);
		}
		doc_free(d);
	}
}

static void
test_dates_and_bylines(void **state)
{
	static const struct {
		const char	*meta, *want;
	} dates[] = {
		{ "2019-11-18T10:00:00Z", "2019-11-18" },
		{ "2019/11/18", "2019-11-18" },
		{ "20191118", "2019-11-18" },
		{ "November 18, 2019", "2019-11-18" },
		{ "Mon, 18 Nov. 2019 10:00", "2019-11-18" },
		{ "Sept 3rd, 2021", "2021-09-03" },
		{ "18.11.2019", "2019-11-18" },
		{ "05/29/2007 09:49:00", "2007-05-29" },
		{ "29/05/2007", "2007-05-29" },
		{ "05/08/2014 07:01:00", "2014-05-08" },
		{ "Spring 2019", "Spring 2019" },
		{ "sometime last spring", NULL },
		{ "12:06 PM", NULL },
	};
	static const struct {
		const char	*meta, *want;
	} bylines[] = {
		{ "By Jane Doe", "Jane Doe" },
		{ "by: Jane Doe | Staff writer", "Jane Doe" },
		{ "Jane Doe \xc2\xb7 Updated daily", "Jane Doe" },
		{ "https://www.facebook.com/someone", NULL },
		{ "Jane Doe Monday, March 3, 2024", "Jane Doe" },
		{ "By Jane Doe on 3 March 2024, 10:00", "Jane Doe" },
		{ "March 3, 2024", NULL },
		{ "By Analysis by Jane Doe", "Jane Doe" },
		{ "Opinion by Jane Doe | Staff", "Jane Doe" },
		{ "By Editorial", NULL },
		{ "Editorial", NULL },
		{ "By Story Musgrave", "Story Musgrave" },
	};
	char	 page[512];
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof dates / sizeof dates[0]; i++) {
		struct doc *d;

		snprintf(page, sizeof page, "<html><head><meta name=date "
		    "content=\"%s\"></head><body><p>Words.</p></body></html>",
		    dates[i].meta);
		d = extract_str(page);
		if (dates[i].want == NULL)
			assert_null(d->date);
		else
			assert_string_equal(d->date, dates[i].want);
		doc_free(d);
	}
	for (i = 0; i < sizeof bylines / sizeof bylines[0]; i++) {
		struct doc *d;

		snprintf(page, sizeof page, "<html><head><meta name=author "
		    "content=\"%s\"></head><body><p>Words.</p></body></html>",
		    bylines[i].meta);
		d = extract_str(page);
		if (bylines[i].want == NULL)
			assert_null(d->byline);
		else
			assert_string_equal(d->byline, bylines[i].want);
		doc_free(d);
	}
}

static void
test_metadata_property_wins(void **state)
{
	struct doc	*d;

	(void)state;
	/* The first of a kind counts, but property= (RDFa) wins over a
	 * name= of the same kind, wherever it comes. */
	d = extract_str("<html><head><meta name=\"DC.title\" content=\"Name "
	    "title\"><meta property=\"dc:title\" content=\"Property title\">"
	    "<meta property=\"dc:title\" content=\"Second property title\">"
	    "<meta name=\"DC.creator\" content=\"Nan Name\">"
	    "<meta property=\"dc:creator\" content=\"Pat Property\">"
	    "</head><body><p>Words.</p></body></html>");
	assert_string_equal(d->title, "Property title");
	assert_string_equal(d->byline, "Pat Property");
	doc_free(d);
	d = extract_str("<html><head><meta name=\"og:title\" content=\"Only "
	    "a name\"></head><body><p>Words.</p></body></html>");
	assert_string_equal(d->title, "Only a name");
	doc_free(d);
}

/* A tag for each author: every name, in order, once; a profile's URL
 * among them is no name. */
static void
test_several_authors(void **state)
{
	static const struct {
		const char	*meta, *want;
	} t[] = {
		{ "<meta name=\"DC.Creator\" content=\"Kooman, F.\">"
		    "<meta name=\"DC.Creator\" content=\"Jong, Michiel de\">",
		    "Kooman, F.; Jong, Michiel de" },
		{ "<meta name=author content=\"Ann Lee\"><meta name=author "
		    "content=\"Bo Chen\"><meta name=author content=\"Ann Lee\">"
		    "<meta name=author content=\"by Bo Chen\">",
		    "Ann Lee, Bo Chen" },
		{ "<meta property=\"article:author\" content=\"https://news."
		    "example/ann-lee\"><meta property=\"article:author\" "
		    "content=\"Bo Chen\">", "Bo Chen" },
		/* A property= tag takes the place of the name= ones. */
		{ "<meta name=\"dc.creator\" content=\"Ann Lee\"><meta "
		    "name=\"dc.creator\" content=\"Bo Chen\"><meta property="
		    "\"dc:creator\" content=\"Cy Dunn\">", "Cy Dunn" },
		/* Four at most. */
		{ "<meta name=author content=A1><meta name=author content=A2>"
		    "<meta name=author content=A3><meta name=author content=A4>"
		    "<meta name=author content=A5>", "A1, A2, A3, A4" },
	};
	char	 page[1024];
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		struct doc *d;

		snprintf(page, sizeof page, "<html><head>%s</head><body><p>"
		    "Words.</p></body></html>", t[i].meta);
		d = extract_str(page);
		assert_string_equal(d->byline, t[i].want);
		doc_free(d);
	}
}

static void
test_byline_element_lines(void **state)
{
	static const struct {
		const char	*html, *want;
	} t[] = {
		/* A job title in a block of its own is not the name. */
		{ "<div class=\"author\"><a href=\"/author/ann-lee\">Ann Lee"
		    "</a><div class=\"author-title\">Games Editor</div></div>",
		    "Ann Lee" },
		/* "By" on a line of its own goes with the next. */
		{ "<div class=\"byline\"><span>By</span><br>\n<a href=\"/p\">"
		    "Ann Lee</a></div>", "Ann Lee" },
		{ "<p class=\"byline\">By<br></p>", NULL },
		/* An author's note is no byline. */
		{ "<div class=\"author-note\"><b>A note from Ann</b></div>",
		    NULL },
		{ "<span class=\"byline\">By <a href=\"/a\">"
		    "Ann Lee</a> and Bo Chen</span>", "Ann Lee and Bo Chen" },
	};
	char	 page[1024];
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		struct doc *d;

		snprintf(page, sizeof page, "<html><body>%s<article><p>Words "
		    "of the article.</p></article></body></html>", t[i].html);
		d = extract_str(page);
		if (t[i].want == NULL)
			assert_null(d->byline);
		else
			assert_string_equal(d->byline, t[i].want);
		doc_free(d);
	}
}

static void
test_site_from_page_title(void **state)
{
	static const struct {
		const char	*title, *h1, *want, *headline, *site;
	} t[] = {
		/* The h1 is the headline; what the page title adds is the
		 * site, its last part. A cut that would leave fewer than
		 * five words keeps the page title whole as the title. */
		{ "Lighthouses - Coastpedia", "Lighthouses",
		    "Lighthouses - Coastpedia", "Lighthouses", "Coastpedia" },
		/* Separators without spaces around them cut nothing from
		 * the title; the headline and the site are found all the
		 * same. */
		{ "Tides of the north coast [Coast.net]", "Tides of the north "
		    "coast", "Tides of the north coast [Coast.net]",
		    "Tides of the north coast", "Coast.net" },
		{ "\xe6\xb5\xb7\xe8\xbe\xb9\xe7\x9a\x84\xe7\x81\xaf"
		    "\xe5\xa1\x94_\xe7\xa7\x91\xe6\x8a\x80_\xe6\xb5\xb7"
		    "\xe7\xbd\x91", "\xe6\xb5\xb7\xe8\xbe\xb9\xe7\x9a\x84"
		    "\xe7\x81\xaf\xe5\xa1\x94", "\xe6\xb5\xb7\xe8\xbe\xb9"
		    "\xe7\x9a\x84\xe7\x81\xaf\xe5\xa1\x94_\xe7\xa7\x91"
		    "\xe6\x8a\x80_\xe6\xb5\xb7\xe7\xbd\x91", "\xe6\xb5\xb7"
		    "\xe8\xbe\xb9\xe7\x9a\x84\xe7\x81\xaf\xe5\xa1\x94",
		    "\xe6\xb5\xb7\xe7\xbd\x91" },
		/* Five words or more: the site's name is cut off. */
		{ "Lighthouses of the north coast - Coastpedia",
		    "Lighthouses of the north coast",
		    "Lighthouses of the north coast",
		    "Lighthouses of the north coast", "Coastpedia" },
		/* A breadcrumb that cut off one word is a sure cut. */
		{ "Old stone lighthouses \xc2\xbb Coastpedia",
		    "Old stone lighthouses", "Old stone lighthouses",
		    "Old stone lighthouses", "Coastpedia" },
		{ "Old stone lighthouses - Coastpedia", "Old stone lighthouses",
		    "Old stone lighthouses - Coastpedia",
		    "Old stone lighthouses", "Coastpedia" },
		/* Nothing after the title: no site. */
		{ "Lighthouses", "Lighthouses", "Lighthouses", "Lighthouses",
		    NULL },
		/* Words run on without a separator: not a site. */
		{ "Lighthouses of Wales", "Lighthouses", "Lighthouses of Wales",
		    "Lighthouses", NULL },
	};
	char	 page[1024];
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		struct doc *d;

		snprintf(page, sizeof page, "<html><head><title>%s</title>"
		    "</head><body><h1>%s</h1><p>Words of the article.</p>"
		    "</body></html>", t[i].title, t[i].h1);
		d = extract_str(page);
		assert_string_equal(d->title, t[i].want);
		assert_string_equal(doc_headline(d), t[i].headline);
		if (strcmp(t[i].want, t[i].headline) == 0)
			assert_null(d->headline);
		if (t[i].site == NULL)
			assert_null(d->site);
		else
			assert_string_equal(d->site, t[i].site);
		doc_free(d);
	}
}

/* A title the page declares is its title word for word, the site's
 * name and all; the headline leaves out a site's name that the page
 * gives apart. */
static void
test_title_as_declared(void **state)
{
	static const struct {
		const char	*meta, *want, *headline;
	} t[] = {
		{ "<meta property=\"og:title\" content=\"Ferry timetable "
		    "changes | Coastline Daily\"><meta property=\"og:site_name\""
		    " content=\"Coastline Daily\">",
		    "Ferry timetable changes | Coastline Daily",
		    "Ferry timetable changes" },
		/* The site named only by the page title's own suffix. */
		{ "<title>Ferry timetable changes - Coastline Daily</title>"
		    "<meta name=\"twitter:title\" content=\"Ferry timetable "
		    "changes - Coastline Daily\">",
		    "Ferry timetable changes - Coastline Daily",
		    "Ferry timetable changes" },
		/* A part the page names nowhere else stays in the headline
		 * too. */
		{ "<meta property=\"og:title\" content=\"Opinion | Ferry "
		    "timetable changes\">", "Opinion | Ferry timetable changes",
		    "Opinion | Ferry timetable changes" },
		{ "<script type=\"application/ld+json\">{\"@type\":"
		    "\"NewsArticle\",\"headline\":\"Ferry timetable changes "
		    "\\u2013 Coastline Daily\",\"publisher\":{\"name\":"
		    "\"Coastline Daily\"}}</script>",
		    "Ferry timetable changes \xe2\x80\x93 Coastline Daily",
		    "Ferry timetable changes" },
	};
	char	 page[1024];
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		struct doc *d;

		snprintf(page, sizeof page, "<html><head>%s</head><body>"
		    "<h1>Ferry timetable changes</h1><p>The harbour board "
		    "said on Tuesday that the winter timetable, with four "
		    "sailings a day, would begin in the first week of "
		    "November, as it has every year since the pier opened."
		    "</p><p>Season tickets stay valid.</p></body></html>",
		    t[i].meta);
		d = extract_str(page);
		assert_string_equal(d->title, t[i].want);
		assert_string_equal(doc_headline(d), t[i].headline);
		assert_int_equal(d->nblocks, 2);	/* the h1 left out */
		doc_free(d);
	}
}

static void
test_site_as_url(void **state)
{
	struct doc	*d;

	(void)state;
	d = extract_str("<html><head><meta property=\"og:site_name\" content="
	    "\"http://www.coast.example/\"></head><body><p>Words.</p>"
	    "</body></html>");
	assert_string_equal(d->site, "coast.example");
	doc_free(d);
	d = extract_str("<html><head><meta property=\"og:site_name\" content="
	    "\"https://\"></head><body><p>Words.</p></body></html>");
	assert_null(d->site);
	doc_free(d);
}

static void
test_date_published_before_created(void **state)
{
	struct doc	*d;

	(void)state;
	/* JSON-LD's dateCreated comes after a <meta> published time. */
	d = extract_str("<html><head><meta property=\"article:published_time\" "
	    "content=\"2017-02-23T17:18:13-08:00\"><script type=\"application/"
	    "ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Tides\","
	    "\"dateCreated\":\"2017-02-24T01:18:13Z\"}</script></head><body>"
	    "<p>Words.</p></body></html>");
	assert_string_equal(d->date, "2017-02-23");
	doc_free(d);
	d = extract_str("<html><head><script type=\"application/ld+json\">"
	    "{\"@type\":\"NewsArticle\",\"headline\":\"Tides\","
	    "\"dateCreated\":\"2017-02-24T01:18:13Z\"}</script></head><body>"
	    "<p>Words.</p></body></html>");
	assert_string_equal(d->date, "2017-02-24");
	doc_free(d);
}

static void
test_url_is_canonical(void **state)
{
	struct doc	*d;
	const char	*page;

	(void)state;
	/* A base for links is not the page's address. */
	d = extract_str("<html><head><base href=\"https://coast.example/\">"
	    "<link rel=canonical href=\"https://coast.example/2024/tides\">"
	    "</head><body><p>Words.</p></body></html>");
	assert_string_equal(d->url, "https://coast.example/2024/tides");
	doc_free(d);
	d = extract_str("<html><head><base href=\".\"><meta property=\"og:url"
	    "\" content=\"https://coast.example/wiki/Tides\"></head><body>"
	    "<p>Words.</p></body></html>");
	assert_string_equal(d->url, "https://coast.example/wiki/Tides");
	doc_free(d);
	/* Relative, with nothing to resolve it against: none. */
	d = extract_str("<html><head><base href=\"base/\"><link rel=canonical "
	    "href=\"/2024/tides\"></head><body><p>Words.</p></body></html>");
	assert_null(d->url);
	doc_free(d);
	page = "<html><head><link rel=canonical href=\"/2024/tides\">"
	    "</head><body><p>Words.</p></body></html>";
	d = extract_bytes(page, strlen(page), "https://coast.example/x?utm=1");
	assert_string_equal(d->url, "https://coast.example/2024/tides");
	doc_free(d);
}

/* The feed a page announces in its head: the first <link rel=alternate>
 * of a feed's type, absolute. */
static void
test_feed_link(void **state)
{
	struct doc	*d;
	const char	*page;

	(void)state;
	page = "<html><head><link rel=\"alternate stylesheet\" href=\"s.css\">"
	    "<link rel=alternate type=\"text/html\" href=\"/fr/\">"
	    "<link rel=\"alternate\" type=\" Application/Atom+XML \" "
	    "href=\" /feed.atom\">"
	    "<link rel=alternate type=\"application/rss+xml\" href=\"/rss\">"
	    "</head><body><p>Words.</p></body></html>";
	d = extract_bytes(page, strlen(page), "https://coast.example/2024/a");
	assert_string_equal(d->feed, "https://coast.example/feed.atom");
	doc_free(d);
	/* Each type of feed; against <base>. */
	page = "<html><head><base href=\"https://cdn.coast.example/x/\">"
	    "<link rel=alternate type=\"application/feed+json\" "
	    "href=\"feed.json\"></head><body><p>Words.</p></body></html>";
	d = extract_bytes(page, strlen(page), "https://coast.example/2024/a");
	assert_string_equal(d->feed, "https://cdn.coast.example/x/feed.json");
	doc_free(d);
	d = extract_str("<html><head><link rel=alternate type=application/json "
	    "href=\"https://coast.example/feed.json\"></head><body><p>Words."
	    "</p></body></html>");
	assert_string_equal(d->feed, "https://coast.example/feed.json");
	doc_free(d);
	/* Not in the head; relative with nothing to resolve it against;
	 * a scheme never followed: none. */
	d = extract_str("<html><head></head><body><p>Words.</p><link "
	    "rel=alternate type=\"application/rss+xml\" href=\"https://"
	    "coast.example/rss\"></body></html>");
	assert_null(d->feed);
	doc_free(d);
	d = extract_str("<html><head><link rel=alternate type=\"application/"
	    "rss+xml\" href=\"/rss\"></head><body><p>Words.</p></body>"
	    "</html>");
	assert_null(d->feed);
	doc_free(d);
	d = extract_str("<html><head><link rel=alternate type=\"application/"
	    "rss+xml\" href=\"javascript:alert(1)\"></head><body><p>Words."
	    "</p></body></html>");
	assert_null(d->feed);
	doc_free(d);
	d = extract_str("<html><head><title>t</title></head><body><p>Words."
	    "</p></body></html>");
	assert_null(d->feed);
	doc_free(d);
}

static void
test_metadata_in_an_aside(void **state)
{
	struct doc	*d;

	(void)state;
	/* Metadata is read where the text is not: in an aside, in a
	 * hidden element. */
	d = extract_str("<html><body><article><p>Words of the article.</p>"
	    "</article><aside><p><span itemprop=\"author\"><span itemprop="
	    "\"name\">Nico Perrin</span></span> <time itemprop=\"datePublished"
	    "\" datetime=\"2013-09-29\">29 Sept</time></p></aside>"
	    "<div style=\"display: none\"><h1>Hidden headline</h1></div>"
	    "</body></html>");
	assert_string_equal(d->byline, "Nico Perrin");
	assert_string_equal(d->date, "2013-09-29");
	assert_null(d->title);
	assert_string_equal(d->body, "Words of the article.");
	doc_free(d);
	/* A byline element runs on into the date. */
	d = extract_str("<html><body><div class=\"FeatureByline\">By <b>Ann "
	    "Lee</b><br>March 25, 2015</div><p>Words.</p></body></html>");
	assert_string_equal(d->byline, "Ann Lee");
	assert_string_equal(d->date, "2015-03-25");
	doc_free(d);
}

static void
test_chrome_removed(void **state)
{
	static const char *const chrome[] = {
		"Share this article", "Shareable URL", "Facebook", "Prev Post",
		"Next Post", "Mending the harbour wall", "winter swimmers",
		"Leave a Reply", "Your email address", "thoughts on",
		"My grandfather", "Read next", "salt pans", "Margaret Ann",
		"Sunday letter", "Subscribe", "cookies", "Lighthouses",
		"covers the coast", "Coast and weather", "Search", "Recent posts",
		"pier at low tide", "All rights reserved", "Read more",
		"keepers\xe2\x80\x99 cottages", "Related", "ferry strike",
		"4 minute read", "History", "Alma Reyes", "March 3"
	};
	struct doc		*d = extract_file("html/chrome.html", NULL);
	const struct block	*b;
	size_t			 i;

	(void)state;
	assert_string_equal(d->title,
	    "The lighthouse keeper\xe2\x80\x99s last logbook");
	assert_string_equal(d->byline, "Alma Reyes");
	assert_string_equal(d->date, "2024-03-03");
	assert_string_equal(d->site, "Northshore Post");
	for (i = 0; i < sizeof chrome / sizeof chrome[0]; i++)
		assert_body_lacks(d, chrome[i]);
	assert_true(strncmp(d->body, "When the Skerry Point light", 27) == 0);
	assert_body_has(d, "might come forward with theirs.");
	/* The heading, the quote, the caption (kept, but not in the
	 * body). */
	assert_non_null(b = block_starting(d, "A record of small things"));
	assert_int_equal(b->kind, BLOCK_HEADING);
	assert_int_equal(b->level, 2);
	assert_non_null(b = block_starting(d, "No launch today."));
	assert_int_equal(b->kind, BLOCK_QUOTE);
	assert_int_equal(b->level, 1);
	assert_non_null(b = block_starting(d, "The logbook\xe2\x80\x99s last "));
	assert_int_equal(b->kind, BLOCK_CAPTION);
	assert_int_equal(b->body_off, DOC_NOT_IN_BODY);
	assert_body_lacks(d, "last page, with the entry");
	assert_int_equal(d->nblocks, 7);
	doc_free(d);
}

/* Sections whose ids are their headings' anchors ("sharing-the-
 * readings", as documentation tools make them) are text, whatever words
 * the headings use; a share box and a related list are still chrome. */
static void
test_section_anchors(void **state)
{
	struct doc	*d = extract_file("html/sections.html", NULL);

	(void)state;
	assert_string_equal(doc_headline(d),
	    "Sharing a tide gauge between harbours");
	assert_null(d->notice);
	assert_true(strncmp(d->body, "Two harbours a few miles apart", 30) ==
	    0);
	assert_body_has(d, "Sharing the readings");
	assert_body_has(d, "checks it against the other");
	assert_body_has(d, "Related gauges on the same coast");
	assert_body_has(d, "a storm surge reaches it");
	assert_body_has(d, "Comments from the harbour masters");
	assert_body_has(d, "which the log now gives.");
	assert_body_lacks(d, "Share this page");
	assert_body_lacks(d, "Post it");
	assert_body_lacks(d, "Related pages");
	assert_body_lacks(d, "Tide tables");
	assert_int_equal(d->nblocks, 7);
	doc_free(d);
}

/* Lists of words with links in them are text, and so is an item that
 * is a link alone among them; a list of links, or one under a heading
 * that opens a promotion, is not, and neither is its heading. */
static void
test_lists_of_links(void **state)
{
	struct doc	*d = extract_file("html/lists.html", NULL);

	(void)state;
	assert_null(d->notice);
	assert_body_has(d, "Here is our year in review!");
	assert_body_has(d, "which stops two bookings of one berth");
	assert_body_has(d, "fixed the gate that stuck in the cold");
	assert_body_has(d, "The divers cleared the outfall");
	assert_body_has(d, "The council paid for new lights along the wall.");
	assert_body_has(d, "after the spring tides.");
	assert_body_lacks(d, "More Great Harbour Stories");
	assert_body_lacks(d, "Fishermen must organise");
	assert_body_lacks(d, "drift all the way");
	assert_body_lacks(d, "Related");
	assert_body_lacks(d, "The crane that would not stop");
	assert_body_lacks(d, "Frozen gates");
	assert_int_equal(d->nblocks, 12);
	doc_free(d);
}

/* The labels of a gallery's or a player's controls are no text, nor
 * are the heading of the comments, an advert's place, what a script
 * would have shown or a card shown on hovering a name; words like them
 * inside a sentence are. */
static void
test_control_labels(void **state)
{
	static const char *const labels[] = {
		"1 of 24\n", "Full Screen", "Autoplay", "Close\n", "\xc3\x97",
		"View Photos", "Buy Photo", "Wait 1 second", "12 comments",
		"Advert", "requires JavaScript", "Port Alder Council",
		"Council sets its budget", "New bins"
	};
	struct doc	*d = extract_file("html/gallery.html", NULL);
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof labels / sizeof labels[0]; i++)
		assert_body_lacks(d, labels[i]);
	assert_body_has(d, "Waves over the wall");
	assert_body_has(d, "Close to the lifeboat station");
	assert_body_has(d, "1 of 24 boats moored inside the wall");
	assert_body_has(d, "once the stones have been cleared.");
	/* A card that shows on hovering a name is no text; the name is. */
	assert_body_has(d, "over the sea wall, the council said.");
	assert_body_has(d, "needs JavaScript far less");
	assert_int_equal(d->nblocks, 6);
	doc_free(d);
}

/* A heading that is a link heads the paragraph under it (a video
 * between them aside); headings of links to other posts do not, nor
 * does the heading over them, left heading nothing at the end. */
static void
test_link_headings(void **state)
{
	struct doc		*d = extract_file("html/roundup.html", NULL);
	const struct block	*b;

	(void)state;
	assert_non_null(b = block_starting(d, "The Alder Skiff ($4,000)"));
	assert_int_equal(b->kind, BLOCK_HEADING);
	assert_non_null(b = block_starting(d, "The Harbour Crabber"));
	assert_int_equal(b->kind, BLOCK_HEADING);
	assert_body_has(d, "happy in the short steep sea off the point.");
	assert_body_lacks(d, "Read these next");
	assert_body_lacks(d, "Spring tides reach the quay");
	assert_body_lacks(d, "Harbour lights");
	assert_int_equal(d->nblocks, 5);
	assert_int_equal(d->blocks[4].kind, BLOCK_PARAGRAPH);
	doc_free(d);

	/* A text of headings alone keeps them. */
	d = extract_str("<html><body><article><h2>First of the tide "
	    "tables for the coming year</h2><img src=a.png><h2>Second of "
	    "the tide tables for the coming year</h2><img src=b.png><h2>"
	    "Third of the tide tables for the coming year</h2><h2>Fourth "
	    "of the tide tables for the coming year</h2></article></body>"
	    "</html>");
	assert_int_equal(d->nblocks, 4);
	doc_free(d);
}

static void
test_prevnext_markup_removed(void **state)
{
	static const char *const nav[] = {
		"Post navigation", "Frost on the cold frames", "water butt debate",
		"Block theme", "Previous", "Tagdiv", "Jnews", "Newer Post",
		"Older Post", "Home", "Hugo", "Prev", "Jekyll", "Small theme"
	};
	struct doc	*d = extract_file("html/prevnext.html", NULL);
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof nav / sizeof nav[0]; i++)
		assert_body_lacks(d, nav[i]);
	assert_int_equal(d->nblocks, 3);
	assert_body_has(d, "The broad beans are finally up");
	assert_body_has(d, "Next week: the water butts");
	doc_free(d);
}

static void
test_blocks_lists_quotes_pre(void **state)
{
	static const struct {
		const char	*start;
		enum block_kind	 kind;
		int		 level, number;
	} want[] = {
		{ "Every sailor", BLOCK_PARAGRAPH, 0, 0 },
		{ "Before you start", BLOCK_PARAGRAPH, 0, 0 },
		{ "The everyday four", BLOCK_HEADING, 2, 0 },
		{ "The bowline, for", BLOCK_LIST_ITEM, 1, 1 },
		{ "The clove hitch", BLOCK_LIST_ITEM, 1, 2 },
		{ "tied in the hand", BLOCK_LIST_ITEM, 2, 0 },
		{ "tied around the post", BLOCK_LIST_ITEM, 2, 0 },
		{ "The reef knot", BLOCK_LIST_ITEM, 1, 3 },
		{ "The sheet bend", BLOCK_LIST_ITEM, 1, 7 },
		{ "The rolling hitch", BLOCK_LIST_ITEM, 1, 8 },
		{ "What the old hands say", BLOCK_HEADING, 2, 0 },
		{ "A knot you cannot untie", BLOCK_QUOTE, 1, 0 },
		{ "And the sea", BLOCK_QUOTE, 2, 0 },
		{ "The notation", BLOCK_HEADING, 2, 0 },
		{ "  end  --\\", BLOCK_PRE, 0, 0 },
		{ "Each row of the table", BLOCK_PARAGRAPH, 0, 0 },
		{ "Knot | Use | Strength", BLOCK_ROW, 1, 0 },
		{ "Bowline | Fixed loop | 60%", BLOCK_ROW, 1, 0 },
		{ "Clove hitch | Post or rail | 55%", BLOCK_ROW, 1, 0 },
		{ "Practise each knot", BLOCK_PARAGRAPH, 0, 0 },
		{ "The bowline, tied around", BLOCK_CAPTION, 0, 0 },
	};
	struct doc	*d = extract_file("html/blocks.html", NULL);
	size_t		 i;

	(void)state;
	assert_string_equal(d->title, "A field guide to knots");
	assert_string_equal(d->url, "https://ropeworks.example/guides/");
	assert_int_equal(d->nblocks, sizeof want / sizeof want[0]);
	for (i = 0; i < d->nblocks; i++) {
		const struct block *b = &d->blocks[i];
		const char *t = BLOCK_TEXT(b);

		if (strncmp(t, want[i].start, strlen(want[i].start)) != 0)
			fail_msg("block %zu: \"%s\", want \"%s...\"", i, t,
			    want[i].start);
		assert_int_equal(b->kind, want[i].kind);
		assert_int_equal(b->level, want[i].level);
		assert_int_equal(b->number, want[i].number);
	}
	/* <br> breaks the line; preformatted text keeps its spaces. */
	assert_string_equal(BLOCK_TEXT(&d->blocks[1]),
	    "Before you start, read these "
	    "in order:\nthe safety notes,\nthe glossary.");
	assert_string_equal(BLOCK_TEXT(&d->blocks[14]),
	    "  end  --\\\n          \\__ bight\n  standing part");
	/* Hidden things are not there. */
	assert_body_lacks(d, "must not show");
	assert_body_lacks(d, "Screen reader only");
	doc_free(d);
}

static void
test_inline_spans_and_links(void **state)
{
	struct doc		*d = extract_file("html/blocks.html", NULL);
	const struct block	*b = &d->blocks[0];
	static const struct {
		const char	*text;
		unsigned	 style;
		const char	*href;
	} want[] = {
		{ "badly", INL_EM, NULL },
		{ "four knots", INL_STRONG, NULL },
		{ "rope-end", INL_CODE, NULL },
		{ "glossary entry for a bight", INL_LINK,
		    "https://ropeworks.example/glossary/#bight" },
		{ "history of the reef knot", INL_LINK,
		    "https://elsewhere.example/history" },
	};
	size_t			 i;

	(void)state;
	assert_int_equal(b->nspans, sizeof want / sizeof want[0]);
	for (i = 0; i < b->nspans; i++) {
		const struct inline_span *sp = &b->spans[i];

		assert_int_equal(sp->end - sp->start, strlen(want[i].text));
		assert_memory_equal(b->text + sp->start, want[i].text,
		    strlen(want[i].text));
		assert_int_equal(sp->style, want[i].style);
		if (want[i].href != NULL)
			assert_string_equal(d->links[sp->link], want[i].href);
	}
	doc_free(d);
}

static void
test_links_without_base(void **state)
{
	struct doc	*d;

	(void)state;
	d = extract_bytes("<html><body><article><p>Read <a href=\"../x.html\">"
	    "this</a>, not <a href=\"javascript:void(0)\">that</a>, and "
	    "<a href=\"#n1\">note 1</a>: all of it <i>and <b>more</b></i>."
	    "</p></article></body></html>", 177, "https://h.example/a/b/c");
	assert_string_equal(BLOCK_TEXT(&d->blocks[0]),
	    "Read this, not that, and note "
	    "1: all of it and more.");
	assert_int_equal(d->nlinks, 2);
	assert_string_equal(d->links[0], "https://h.example/a/x.html");
	assert_string_equal(d->links[1], "https://h.example/a/b/c#n1");
	/* Nested spans. */
	assert_int_equal(d->blocks[0].nspans, 4);
	assert_int_equal(d->blocks[0].spans[2].style, INL_EM);
	assert_int_equal(d->blocks[0].spans[3].style, INL_STRONG);
	doc_free(d);
}

/* The paragraphs a site wraps in a paywall, read-more, collapsed or
 * truncated element are the article's text; a paywall's one-line
 * notice is not. */
static void
test_hidden_wrappers(void **state)
{
	static const char *const wraps[] = {
		"paywall", "article-paywall", "read-more", "collapsed",
		"text-truncated"
	};
	char		 page[4096], para[2048];
	size_t		 i, k, n;

	(void)state;
	for (n = 0, k = 1; k <= 6; k++)
		n += (size_t)snprintf(para + n, sizeof para - n, "<p>Part %zu: "
		    "the ferry crews worked through the night, moving boats, "
		    "cars and people across the bay while the wind rose.</p>",
		    k);
	for (i = 0; i < sizeof wraps / sizeof wraps[0]; i++) {
		struct doc *d;

		snprintf(page, sizeof page, "<html><body><article><h1>Night "
		    "ferry</h1><p>Opening: the harbour master called the "
		    "crews in at dusk, when the first warnings came.</p>"
		    "<div class=\"%s\">%s</div><div class=\"paywall\"><p>"
		    "Subscribe to read on.</p></div></article></body></html>",
		    wraps[i], para);
		d = extract_str(page);
		assert_body_has(d, "Opening: the harbour master");
		assert_body_has(d, "Part 1: the ferry crews");
		assert_body_has(d, "Part 6: the ferry crews");
		assert_body_lacks(d, "Subscribe to read on");
		doc_free(d);
	}
}

/* A wrapper hidden until "Read more" is clicked (display:none, the
 * hidden attribute) holds the rest of the article; other hidden
 * elements, a hidden copy of the text included, stay out. */
static void
test_hidden_until_clicked(void **state)
{
	static const char *const wraps[] = {
		"<div class=\"read-more\" style=\"display: none\">",
		"<div class=\"more-text\" hidden>",
		"<div class=\"collapsed\" style=\"visibility:hidden\">",
		"<div class=\"paywall\" aria-hidden=\"true\">"
	};
	char		 page[4096], para[2048];
	size_t		 i, k, n;

	(void)state;
	for (n = 0, k = 1; k <= 4; k++)
		n += (size_t)snprintf(para + n, sizeof para - n, "<p>Part %zu: "
		    "the pier was closed at noon, and the last boats were "
		    "tied up along the inner wall of the harbour.</p>", k);
	for (i = 0; i < sizeof wraps / sizeof wraps[0]; i++) {
		struct doc *d;

		snprintf(page, sizeof page, "<html><body><article><h1>Storm "
		    "day</h1><p>Opening: the storm came in from the west "
		    "faster than the forecast had said it would.</p>%s%s"
		    "</div><a class=\"show-more\" href=\"#\">Read more</a>"
		    "<div style=\"display:none\"><p>A hidden sentence that "
		    "no reader sees on the page at all.</p></div>"
		    "</article></body></html>", wraps[i], para);
		d = extract_str(page);
		assert_body_has(d, "Opening: the storm came in");
		assert_body_has(d, "Part 1: the pier was closed");
		assert_body_has(d, "Part 4: the pier was closed");
		assert_body_lacks(d, "A hidden sentence");
		doc_free(d);
	}
}

/* When much of the page's prose lies outside the article's container
 * (its markup names two paragraphs; ten more follow in a wrapper folio
 * does not know), the notice says so; a page whose other prose is
 * comments, or a short aside, says nothing. */
static void
test_prose_left_out(void **state)
{
	char		 page[8192], para[4096];
	size_t		 k, n;
	struct doc	*d;

	(void)state;
	for (n = 0, k = 1; k <= 10; k++)
		n += (size_t)snprintf(para + n, sizeof para - n, "<p>Part %zu: "
		    "the council met again on Tuesday evening to hear from the "
		    "ferry crews, who asked for a new pier and better lights "
		    "along the inner harbour wall.</p>", k);
	snprintf(page, sizeof page, "<html><body><div itemprop=\"articleBody"
	    "\"><p>Opening: the harbour master called the crews in at dusk, "
	    "when the first warnings of the storm came over the radio from "
	    "the coast guard station.</p><p>Second: the boats were tied up "
	    "two deep along the quay, and the cars queued back to the "
	    "bridge for most of the night.</p></div><div class=\"xq7\">%s"
	    "</div></body></html>", para);
	d = extract_str(page);
	assert_body_has(d, "Opening: the harbour master");
	assert_non_null(d->notice);
	assert_non_null(strstr(d->notice, "reads like the article"));
	doc_free(d);

	snprintf(page, sizeof page, "<html><body><div itemprop=\"articleBody"
	    "\"><p>Opening: the harbour master called the crews in at dusk, "
	    "when the first warnings of the storm came over the radio from "
	    "the coast guard station.</p><p>Second: the boats were tied up "
	    "two deep along the quay, and the cars queued back to the "
	    "bridge for most of the night.</p></div><div class=\"comments\">"
	    "%s</div></body></html>", para);
	d = extract_str(page);
	assert_body_has(d, "Opening: the harbour master");
	assert_null(d->notice);
	doc_free(d);
}

/* twitter:creator is the byline only when nothing else names the
 * author, and only when it is a name, not a handle or an address. */
static void
test_twitter_creator(void **state)
{
	static const char *const pages[] = {
		"<meta name=\"twitter:creator\" content=\"Ann Lee\">",
		"<meta name=\"twitter:creator\" content=\"@annlee\">",
		"<meta name=\"twitter:creator\" content=\"https://x.example/"
		"a\">",
		"<meta name=\"twitter:creator\" content=\"@annlee\">"
		"<meta name=\"author\" content=\"Bo Sand\">"
	};
	static const char *const want[] = { "Ann Lee", NULL, NULL,
	    "Bo Sand" };
	char		 page[2048];
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof pages / sizeof pages[0]; i++) {
		struct doc *d;

		snprintf(page, sizeof page, "<html><head>%s</head><body>"
		    "<article><h1>Fog</h1><p>The fog lay on the bay all "
		    "morning, and the ferries kept to the harbour until it "
		    "lifted a little after noon.</p></article></body></html>",
		    pages[i]);
		d = extract_str(page);
		if (want[i] == NULL)
			assert_null(d->byline);
		else
			assert_string_equal(d->byline, want[i]);
		doc_free(d);
	}
}

static void
test_promo_lines(void **state)
{
	struct doc	*d;

	(void)state;
	d = extract_str("<html><body><article>"
	    "<p>The map of the new cycle routes goes on sale next week, and "
	    "the council hopes that most households will buy one.</p>"
	    "<p>Subscribers to the print edition get the map free.</p>"
	    "<p>Subscribe to our newsletter for more.</p>"
	    "<p><b>Read more:</b> <a href=\"/x\">Bridges of the county</a></p>"
	    "<p>ADVERTISEMENT</p>"
	    "<p>Advertisers were not told of the change.</p>"
	    "</article></body></html>");
	assert_body_has(d, "Subscribers to the print edition");
	assert_body_has(d, "Advertisers were not told");
	assert_body_lacks(d, "newsletter");
	assert_body_lacks(d, "Bridges");
	assert_body_lacks(d, "ADVERTISEMENT");
	assert_int_equal(d->nblocks, 3);
	doc_free(d);
}

static void
test_layout_table(void **state)
{
	char		 page[4096];
	struct doc	*d;
	int		 n;

	(void)state;
	/* A table that lays out the page: its cells are containers. */
	n = snprintf(page, sizeof page, "<html><body><table><tr><td>"
	    "<a href=/>Home</a></td><td><p>%s</p><p>%s</p></td></tr></table>"
	    "</body></html>",
	    "The first paragraph of a page from the days when tables held "
	    "everything together, long enough to be an article on its own, "
	    "with more words than any cell of a data table ever has, and "
	    "then some more words to make quite sure of it, since a table of "
	    "data holds short values and this cell holds a story of the kind "
	    "that people read from the top to the bottom.",
	    "The second paragraph, shorter.");
	d = extract_bytes(page, (size_t)n, NULL);
	assert_int_equal(d->nblocks, 2);
	assert_body_lacks(d, " | ");
	assert_body_lacks(d, "Home");
	doc_free(d);
}

/* The text of cell k of row b. */
static char *
cell_text(const struct block *b, size_t k)
{
	char	*t;
	size_t	 n;

	assert_true(k < b->ncells);
	n = b->cells[k].end - b->cells[k].start;
	t = malloc(n + 1);
	assert_non_null(t);
	memcpy(t, b->text + b->cells[k].start, n);
	t[n] = '\0';
	return t;
}

#define assert_cell(b, k, s) do {					\
	char *t_ = cell_text((b), (k));					\
	assert_string_equal(t_, (s));					\
	free(t_);							\
} while (0)

static void
test_data_tables(void **state)
{
	static const char *const rows[] = {
		"Pos | Player | Plays | % | Form",
		"1 | Chen Jing | 412 | 71.4% | W W W L",
		"2 | \xe7\x8e\x8b\xe6\xa5\x9a\xe9\x92\xa6 | 398 | 68.9% | "
		    "W L W W",
		"3 | Tomas Lindqvist | 377 | 64.2% | L W W W",
		"10 | Ana Ferreira | \xe2\x80\x94 | injured",
	};
	struct doc		*d = extract_file("html/tables.html", NULL);
	const struct block	*b, *t;
	size_t			 i, k;

	(void)state;
	/* The rows of the table of players, after the paragraph that
	 * introduces it: their text as before, the cells beside it. */
	t = block_starting(d, "Pos | Player");
	assert_non_null(t);
	assert_int_equal(t - d->blocks, 1);
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		b = t + i;
		assert_int_equal(b->kind, BLOCK_ROW);
		assert_int_equal(b->level, t->level);
		assert_string_equal(BLOCK_TEXT(b), rows[i]);
		assert_int_equal(b->ncells, 5);
		for (k = 0; k < b->ncells; k++)
			assert_int_equal(b->cells[k].head, i == 0);
	}
	assert_true(doc_row_is_head(t));
	assert_false(doc_row_is_head(t + 1));
	assert_cell(t, 3, "%");
	assert_cell(t + 2, 1, "\xe7\x8e\x8b\xe6\xa5\x9a\xe9\x92\xa6");
	/* The empty cell is kept, where the text has nothing. */
	assert_cell(t + 4, 0, "10");
	assert_cell(t + 4, 2, "");
	assert_cell(t + 4, 3, "\xe2\x80\x94");
	assert_cell(t + 4, 4, "injured");
	/* A link in a cell is a span of it. */
	assert_int_equal(t[1].nspans, 1);
	assert_int_equal(t[1].spans[0].start, t[1].cells[1].start);
	assert_int_equal(t[1].spans[0].end, t[1].cells[1].end);
	assert_int_equal(t[1].spans[0].style, INL_LINK);
	assert_string_equal(d->links[t[1].spans[0].link],
	    "/players/chen-jing/");
	assert_int_equal(t[5].kind, BLOCK_PARAGRAPH);

	/* The wide table: a head of <th> without <thead>. */
	t = block_starting(d, "Item | Competition");
	assert_non_null(t);
	assert_true(doc_row_is_head(t));
	for (i = 0; i < 3; i++) {
		assert_int_equal(t[i].kind, BLOCK_ROW);
		assert_int_equal(t[i].ncells, 6);
	}
	assert_cell(t + 1, 2, "Participating clubs");
	assert_false(doc_row_is_head(t + 1));

	/* A table that lays the page out holds paragraphs. */
	b = block_starting(d, "Tickets for the finals");
	assert_non_null(b);
	assert_int_equal(b->kind, BLOCK_PARAGRAPH);
	assert_int_equal(b->ncells, 0);
	assert_int_equal(b[1].kind, BLOCK_PARAGRAPH);
	assert_int_equal(d->blocks[d->nblocks - 1].kind, BLOCK_PARAGRAPH);
	doc_free(d);

	/* Two tables one after the other stay two; empty cells before the
	 * text and a cell left out are kept; th in a row of td is a
	 * header cell. */
	d = extract_str("<html><body><article><p>Two tables of the results "
	    "of the weekend, the first of the morning and the second of the "
	    "afternoon, with the scores of each match played.</p>"
	    "<table><tr><th>A</th><th>B</th></tr>"
	    "<tr><td></td><td></td><td>x</td></tr>"
	    "<tr><th>Total</th><td class=share>y</td><td>9</td></tr>"
	    "</table><table><tr><td>C</td><td>D</td></tr>"
	    "<tr><td>1</td><td>2</td></tr></table></article></body></html>");
	t = block_starting(d, "A | B");
	assert_non_null(t);
	assert_int_equal(t - d->blocks, 1);
	assert_int_equal(d->nblocks, 6);
	assert_string_equal(BLOCK_TEXT(&t[1]), "x");
	assert_int_equal(t[1].ncells, 3);
	assert_cell(t + 1, 0, "");
	assert_cell(t + 1, 1, "");
	assert_cell(t + 1, 2, "x");
	assert_string_equal(BLOCK_TEXT(&t[2]), "Total | 9");
	assert_int_equal(t[2].ncells, 3);
	assert_true(t[2].cells[0].head);
	assert_false(t[2].cells[2].head);
	assert_cell(t + 2, 1, "");
	assert_cell(t + 2, 2, "9");
	assert_int_equal(t[2].level, t->level);
	assert_string_equal(BLOCK_TEXT(&t[3]), "C | D");
	assert_int_equal(t[3].kind, BLOCK_ROW);
	assert_int_not_equal(t[3].level, t[2].level);
	assert_int_equal(t[4].level, t[3].level);
	doc_free(d);
}

static void
test_broken_html(void **state)
{
	struct doc	*d = extract_file("html/broken.html", NULL);

	(void)state;
	assert_string_equal(d->title, "Storm damage on the coast road");
	assert_body_has(d, "its crew safe ashore.");
	assert_body_has(d, "until the bank above it has been checked");
	assert_body_has(d, "Footpath: closed");
	assert_body_has(d, "harbour office & the parish clerk.");
	assert_body_has(d, "map of the closures");
	assert_non_null(block_starting(d, "Road: open again"));
	assert_int_equal(block_starting(d, "Road: open again")->kind,
	    BLOCK_LIST_ITEM);
	doc_free(d);
}

static void
test_empty_and_navigation_only(void **state)
{
	struct doc	*d;
	const struct block *b;

	(void)state;
	d = extract_bytes("", 0, NULL);
	assert_int_equal(d->nblocks, 0);
	assert_string_equal(d->body, "");
	assert_null(d->title);
	assert_string_equal(d->notice, "no text on this page");
	doc_free(d);
	d = extract_str("<html><head><title>  </title></head><body>  </body>"
	    "</html>");
	assert_int_equal(d->nblocks, 0);
	assert_null(d->title);
	assert_string_equal(d->notice, "no text on this page");
	doc_free(d);
	/* Only menus: no article, and what text there is, links kept. */
	d = extract_file("html/navonly.html", NULL);
	assert_string_equal(d->title, "Site map");
	assert_string_equal(d->notice,
	    "no article found on this page: showing all its text");
	assert_body_has(d, "About us");
	assert_body_has(d, "Privacy");
	assert_non_null(b = block_starting(d, "Archive"));
	assert_int_equal(b->nspans, 1);
	assert_true(b->spans[0].style & INL_LINK);
	doc_free(d);
	d = extract_doc(NULL);
	assert_non_null(d);
	assert_int_equal(d->nblocks, 0);
	assert_string_equal(d->notice, "no text on this page");
	doc_free(d);
}

static void
test_no_article(void **state)
{
	struct doc	*d;

	(void)state;
	/* A home page: headlines in links, dates, menus. */
	d = extract_file("html/home.html", NULL);
	assert_string_equal(d->notice,
	    "no article found on this page: showing all its text");
	assert_body_has(d, "Winter ferry timetable announced");
	assert_body_has(d, "Coast road bus returns");
	doc_free(d);
	/* A login form: its words, not its controls. */
	d = extract_file("html/login.html", NULL);
	assert_string_equal(d->notice,
	    "no article found on this page: showing all its text");
	assert_body_has(d, "Sign in to your account");
	assert_body_has(d, "Email address");
	assert_body_has(d, "Forgot your password?");
	doc_free(d);
	/* A short text that is all the page has is what it says. */
	d = extract_str("<html><body><p>Back in an hour.</p></body></html>");
	assert_string_equal(d->body, "Back in an hour.");
	assert_null(d->notice);
	doc_free(d);
	/* An article has no notice. */
	d = extract_file("html/chrome.html", NULL);
	assert_null(d->notice);
	doc_free(d);
}

static void
test_short_page_text(void **state)
{
	struct doc	*d;

	(void)state;
	/* No container stands out: what the body says is the article. */
	d = extract_str("<html><body>Test</body></html>");
	assert_string_equal(d->body, "Test");
	doc_free(d);
	d = extract_str("<html><body><div><p>One short line.</p></div>"
	    "</body></html>");
	assert_string_equal(d->body, "One short line.");
	doc_free(d);
}

static void
test_twice_on_one_tree(void **state)
{
	size_t		 len;
	char		*data = test_read("html/chrome.html", &len);
	struct html	*h = html_parse(data, len, NULL, NULL);
	struct doc	*a = extract_doc(h), *b = extract_doc(h);

	(void)state;
	assert_string_equal(a->body, b->body);
	assert_string_equal(a->title, b->title);
	doc_free(a);
	doc_free(b);
	html_free(h);
	free(data);
}

/* Text that a terminal could be harmed by, or that is not UTF-8. */
static void
assert_clean(const char *s)
{
	size_t		 i = 0, len = strlen(s), n;
	uint32_t	 cp;

	assert_true(utf8_valid(s, len, NULL));
	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp);
		if (cp != '\n')
			assert_false(utf8_is_control(cp));
		i += n;
	}
}

static void
run_prefixes(const char *name)
{
	size_t		 len, cut, i;
	char		*data = test_read(name, &len), *copy;

	for (cut = 0; cut <= len; cut += cut < 600 ? 1 : 23) {
		struct doc *d;

		copy = malloc(cut + 1);
		assert_non_null(copy);
		memcpy(copy, data, cut);
		copy[cut] = '\0';
		d = extract_bytes(copy, cut, "https://example.org/x/");
		assert_clean(d->body);
		for (i = 0; i < d->nblocks; i++)
			assert_clean(BLOCK_TEXT(&d->blocks[i]));
		if (d->title != NULL)
			assert_clean(d->title);
		doc_free(d);
		/* The same prefix with its markup scrambled. */
		for (i = 0; i < cut; i += 7) {
			if (copy[i] == '>')
				copy[i] = '<';
			else if (copy[i] == '"')
				copy[i] = '\x01';
		}
		d = extract_bytes(copy, cut, NULL);
		assert_clean(d->body);
		doc_free(d);
		free(copy);
	}
	free(data);
}

static void
test_truncated_prefixes(void **state)
{
	(void)state;
	run_prefixes("html/chrome.html");
	run_prefixes("html/blocks.html");
	run_prefixes("html/jsonld.html");
	run_prefixes("html/cp1252.html");
}

/* Every text of a doc is clean UTF-8. */
static void
assert_doc_clean(const struct doc *d)
{
	size_t	 i;

	assert_clean(d->body);
	for (i = 0; i < d->nblocks; i++)
		assert_clean(BLOCK_TEXT(&d->blocks[i]));
	if (d->title != NULL)
		assert_clean(d->title);
	if (d->byline != NULL)
		assert_clean(d->byline);
	if (d->site != NULL)
		assert_clean(d->site);
	if (d->date != NULL)
		assert_clean(d->date);
}

/* A page made at test time: head, then n copies of unit, then tail. */
static char *
repeat(const char *head, const char *unit, size_t n, const char *tail,
    size_t *len)
{
	size_t	 hl = strlen(head), ul = strlen(unit), tl = strlen(tail), i;
	char	*p = malloc(hl + ul * n + tl + 1), *o;

	assert_non_null(p);
	memcpy(p, head, hl);
	o = p + hl;
	for (i = 0; i < n; i++, o += ul)
		memcpy(o, unit, ul);
	memcpy(o, tail, tl + 1);
	*len = hl + ul * n + tl;
	return p;
}

static void
test_deep_nesting(void **state)
{
	char		*open, *close, *page;
	size_t		 olen, clen, len;
	struct doc	*d;

	(void)state;
	/* 9,000 levels of div, closed, with text at the bottom and after
	 * them: all is read, far beyond libxml2's own limit of 256. */
	open = repeat("<html><body><p>Before the deep part.</p>", "<div>",
	    9000, "<p>Deep text.</p>", &olen);
	close = repeat("", "</div>", 9000, "<p>After it all.</p></body>"
	    "</html>", &clen);
	page = malloc(olen + clen + 1);
	assert_non_null(page);
	memcpy(page, open, olen);
	memcpy(page + olen, close, clen + 1);
	len = olen + clen;
	d = extract_bytes(page, len, NULL);
	assert_body_has(d, "Before the deep part.");
	assert_body_has(d, "Deep text.");
	assert_body_has(d, "After it all.");
	assert_null(d->notice);
	assert_doc_clean(d);
	doc_free(d);
	free(page);
	free(open);
	free(close);
	/* 100,000 levels: what comes before them is shown, and the page
	 * says the rest is not read. */
	open = repeat("<html><body><p>Before the deep part.</p>", "<div>",
	    100000, "<p>Deep text.</p>", &olen);
	d = extract_bytes(open, olen, NULL);
	assert_body_has(d, "Before the deep part.");
	assert_null(strstr(d->body, "Deep text."));
	assert_non_null(d->notice);
	assert_non_null(strstr(d->notice, "nested more than"));
	assert_doc_clean(d);
	doc_free(d);
	free(open);
	/* 8,000 inline elements never closed. */
	page = repeat("<html><body><p>", "<b><i>word ", 4000, "last word.",
	    &len);
	d = extract_bytes(page, len, NULL);
	assert_body_has(d, "last word.");
	assert_doc_clean(d);
	doc_free(d);
	free(page);
	/* Lists in lists. */
	page = repeat("<html><body>", "<ul><li>item ", 4000, "bottom",
	    &len);
	d = extract_bytes(page, len, NULL);
	assert_body_has(d, "bottom");
	assert_doc_clean(d);
	doc_free(d);
	free(page);
}

static void
test_one_long_line(void **state)
{
	static const char unit[] = "<p>Words of a paragraph that runs on, "
	    "and on, for a while; no line ends anywhere in this page.</p>";
	char		*page;
	size_t		 len, n = 10 * 1024 * 1024 / (sizeof unit - 1);
	struct doc	*d;

	(void)state;
	/* 10 MB without a newline. */
	page = repeat("<html><head><title>One line</title></head><body>",
	    unit, n, "<p>The end.</p></body></html>", &len);
	assert_null(memchr(page, '\n', len));
	d = extract_bytes(page, len, NULL);
	assert_string_equal(d->title, "One line");
	assert_int_equal(d->nblocks, n + 1);
	assert_string_equal(BLOCK_TEXT(&d->blocks[n]), "The end.");
	doc_free(d);
	free(page);
	/* One text node of 10 MB, no markup in it. */
	page = repeat("<html><body><p>", "word ", 2 * 1024 * 1024,
	    "end.</p></body></html>", &len);
	d = extract_bytes(page, len, NULL);
	assert_int_equal(d->nblocks, 1);
	assert_body_has(d, "word word end.");
	doc_free(d);
	free(page);
}

static void
test_nul_bytes(void **state)
{
	static const char page[] = "<html><head><title>The \0title</title>"
	    "</head><body><p>one\0two</p>\0<p class=\"a\0b\">three</p>"
	    "<\0p>four</p></body></html>";
	struct doc	*d;

	(void)state;
	/* NUL bytes are dropped, as browsers do, and the text after them
	 * is read. */
	d = extract_bytes(page, sizeof page - 1, NULL);
	assert_string_equal(d->title, "The title");
	assert_body_has(d, "onetwo");
	assert_body_has(d, "three");
	assert_body_has(d, "four");
	assert_doc_clean(d);
	doc_free(d);
}

static void
test_any_bytes_give_utf8(void **state)
{
	static const char *const charsets[] = {
		NULL, "utf-8", "windows-1252", "iso-8859-2", "shift_jis",
		"gb2312", "euc-kr", "big5", "iso-2022-jp", "utf-16le",
		"koi8-r"
	};
	char		 page[8192];
	uint32_t	 seed = 12345;
	size_t		 i, k, n;
	struct doc	*d;

	(void)state;
	/* Random bytes among markup, under every charset a page may
	 * name: whatever comes in, the text that comes out is clean. */
	for (i = 0; i < sizeof charsets / sizeof charsets[0]; i++) {
		for (k = 0; k < 8; k++) {
			n = (size_t)snprintf(page, sizeof page, "<html><head>"
			    "%s%s%s<title>", charsets[i] ? "<meta charset=" : "",
			    charsets[i] ? charsets[i] : "", charsets[i] ?
			    ">" : "");
			while (n < sizeof page - 64) {
				seed = seed * 1103515245u + 12345u;
				page[n++] = (char)(seed >> 16);
				if ((seed >> 8) % 97 == 0) {
					memcpy(page + n, "</p><p>", 7);
					n += 7;
				}
			}
			memcpy(page + n, "</p></body></html>", 18);
			n += 18;
			d = extract_bytes(page, n, NULL);
			assert_doc_clean(d);
			doc_free(d);
		}
	}
}

static void
test_boilerplate_families(void **state)
{
	/* Each family of page chrome, by its class and by its words alone,
	 * put inside the article's container after the text: the article
	 * stays whole, the chrome goes. */
	static const struct {
		const char	*name, *html, *gone;
	} t[] = {
		{ "share bar by class", "<div class=\"share-buttons\"><a href="
		    "\"/s/fb\">Facebook</a> <a href=\"/s/tw\">Twitter</a> <a href="
		    "\"/s/m\">Email</a></div>", "Twitter" },
		{ "share bar by words", "<p>Share this: <a href=\"/s/fb\">"
		    "Facebook</a> <a href=\"/s/tw\">X</a></p>", "Share this" },
		{ "comment form", "<div id=\"respond\"><h3>Leave a Reply</h3>"
		    "<form><p>Your email address will not be published.</p>"
		    "<textarea name=c></textarea><input type=submit></form>"
		    "</div>", "Leave a Reply" },
		{ "comment section", "<section id=\"comments\"><h2>3 thoughts "
		    "on this</h2><ol><li><p>Marta says: a lovely piece about "
		    "the old harbour, thank you for writing it.</p></li></ol>"
		    "</section>", "Marta says" },
		{ "read next by class", "<div class=\"related-posts\"><h3>More "
		    "stories</h3><ul><li><a href=\"/a\">Gulls on the pier "
		    "roof</a></li><li><a href=\"/b\">The night ferry</a></li>"
		    "</ul></div>", "Gulls on the pier" },
		{ "read next by words", "<h3>Read next</h3><ul><li><a href="
		    "\"/a\">Gulls on the pier roof</a></li><li><a href=\"/b\">"
		    "The night ferry</a></li></ul>", "Gulls on the pier" },
		{ "you may also like", "<div><h4>You may also like</h4><p><a "
		    "href=\"/a\">Gulls on the pier roof</a></p></div>",
		    "Gulls on the pier" },
		{ "newsletter box", "<div class=\"newsletter-signup\"><h3>Get "
		    "the weekly letter</h3><p>Sign up for our newsletter.</p>"
		    "<form><input type=email><button>Subscribe</button></form>"
		    "</div>", "weekly letter" },
		{ "cookie notice", "<div class=\"cookie-banner\"><p>We use "
		    "cookies to improve your experience.</p><button>Accept"
		    "</button></div>", "cookies" },
		{ "ad label", "<div class=\"ad-slot\"><span>Advertisement"
		    "</span></div>", "Advertisement" },
		{ "ad label by words", "<p>Advertisement</p>",
		    "Advertisement" },
		{ "tags", "<div class=\"post-tags\">Tags: <a href=\"/t/a\">"
		    "harbour</a>, <a href=\"/t/b\">winter</a></div>",
		    "Tags:" },
		{ "author box", "<div class=\"author-bio\"><h4>About the author"
		    "</h4><p>Ann writes about boats and weather for the paper "
		    "and has done so since the long winter.</p></div>",
		    "About the author" },
		{ "pager of pages", "<nav class=\"pagination\"><a href=\"/p/1\">"
		    "1</a> <a href=\"/p/2\">2</a> <a href=\"/p/3\">Next page</a>"
		    "</nav>", "Next page" },
		{ "social follow", "<div class=\"social-follow\"><p>Follow us "
		    "on <a href=\"/x\">Instagram</a></p></div>", "Instagram" },
	};
	static const char text[] = "<p>The harbour wall was mended over the "
	    "winter, stone by stone, by a crew of four who came each morning "
	    "on the first ferry.</p><p>They worked in all weathers, and the "
	    "town watched, and by March the wall stood again as it had for a "
	    "hundred years.</p><p>Next winter they mean to start on the "
	    "pier, which the storms have worn thin at the seaward end.</p>";
	char	 page[4096];
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		struct doc *d;

		snprintf(page, sizeof page, "<html><head><title>Mending the "
		    "wall</title></head><body><article><h1>Mending the wall"
		    "</h1>%s%s</article></body></html>", text, t[i].html);
		d = extract_str(page);
		if (strstr(d->body, "The harbour wall was mended") == NULL ||
		    strstr(d->body, "worn thin at the seaward end.") == NULL)
			fail_msg("%s: the article is not whole:\n%s", t[i].name,
			    d->body);
		if (strstr(d->body, t[i].gone) != NULL)
			fail_msg("%s: \"%s\" is left in:\n%s", t[i].name,
			    t[i].gone, d->body);
		assert_body_lacks(d, "Mending the wall");
		assert_null(d->notice);
		doc_free(d);
	}
}

static void
test_columns_and_pages(void **state)
{
	struct doc	*d;

	(void)state;
	/* Two columns of one article, side by side: both, in order. */
	d = extract_str("<html><body><div class=\"article-body\"><div class="
	    "\"col\"><p>The first column starts the story of the winter "
	    "ferry, which ran late every day in January and February.</p>"
	    "</div><div class=\"col\"><p>The second column ends it: in "
	    "March a new engine came, and the ferry ran on time again.</p>"
	    "</div></div><div class=\"sidebar\"><p><a href=\"/x\">Other "
	    "news</a></p></div></body></html>");
	assert_body_has(d, "The first column starts");
	assert_body_has(d, "The second column ends it");
	assert_true(strstr(d->body, "first column") <
	    strstr(d->body, "second column"));
	assert_body_lacks(d, "Other news");
	doc_free(d);
	/* One page of several: the page's text, not the pager. */
	d = extract_str("<html><body><article><p>This is the second page of "
	    "a long report on the coast road, which closed after the storm "
	    "and opened again in spring, and of what it cost.</p><p>The "
	    "council paid for most of it, and the rest came from the "
	    "county.</p><div class=\"page-links\">Pages: <a href=\"?p=1\">1"
	    "</a> 2 <a href=\"?p=3\">3</a></div></article></body></html>");
	assert_body_has(d, "second page of a long report");
	assert_body_lacks(d, "Pages:");
	doc_free(d);
}

/* The ids of the article's elements (and <a name>) are where links
 * inside the page go. */
static void
test_anchors(void **state)
{
	struct doc	*d;
	size_t		 block, off;
	const char	*t;
	const char	*page =
	    "<html><body><article><h1>Title</h1>"
	    "<p>The first paragraph of the story has enough words in it to "
	    "be the article, and it goes on for a while about the harbour "
	    "and the bridge and the council that meets on Tuesdays.</p>"
	    "<h2 id=\"history\">History</h2>"
	    "<p>The second paragraph tells the history of the pier, which "
	    "was built long ago, <a name=\"rebuilt\"></a>and rebuilt "
	    "twice after the storms of the last century, and <span "
	    "id=\"s\">once more</span> since.</p>"
	    "</article></body></html>";

	(void)state;
	d = extract_str(page);
	assert_true(doc_find_anchor(d, "history", &block, &off));
	assert_int_equal(d->blocks[block].kind, BLOCK_HEADING);
	assert_string_equal(BLOCK_TEXT(&d->blocks[block]), "History");
	assert_int_equal(off, 0);
	assert_true(doc_find_anchor(d, "rebuilt", &block, &off));
	t = BLOCK_TEXT(&d->blocks[block]) + off;
	assert_true(strncmp(t, "and rebuilt", 11) == 0 ||
	    strncmp(t, " and rebuilt", 12) == 0);
	assert_true(doc_find_anchor(d, "s", &block, &off));
	assert_false(doc_find_anchor(d, "nowhere", &block, &off));
	doc_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_metadata_jsonld),
		cmocka_unit_test(test_jsonld_odd_shapes),
		cmocka_unit_test(test_metadata_opengraph),
		cmocka_unit_test(test_metadata_plain_markup),
		cmocka_unit_test(test_title_suffixes),
		cmocka_unit_test(test_hidden_wrappers),
		cmocka_unit_test(test_hidden_until_clicked),
		cmocka_unit_test(test_prose_left_out),
		cmocka_unit_test(test_twitter_creator),
		cmocka_unit_test(test_dates_and_bylines),
		cmocka_unit_test(test_metadata_property_wins),
		cmocka_unit_test(test_byline_element_lines),
		cmocka_unit_test(test_site_from_page_title),
		cmocka_unit_test(test_title_as_declared),
		cmocka_unit_test(test_several_authors),
		cmocka_unit_test(test_site_as_url),
		cmocka_unit_test(test_date_published_before_created),
		cmocka_unit_test(test_url_is_canonical),
		cmocka_unit_test(test_feed_link),
		cmocka_unit_test(test_metadata_in_an_aside),
		cmocka_unit_test(test_chrome_removed),
		cmocka_unit_test(test_section_anchors),
		cmocka_unit_test(test_lists_of_links),
		cmocka_unit_test(test_control_labels),
		cmocka_unit_test(test_link_headings),
		cmocka_unit_test(test_prevnext_markup_removed),
		cmocka_unit_test(test_blocks_lists_quotes_pre),
		cmocka_unit_test(test_inline_spans_and_links),
		cmocka_unit_test(test_links_without_base),
		cmocka_unit_test(test_promo_lines),
		cmocka_unit_test(test_layout_table),
		cmocka_unit_test(test_data_tables),
		cmocka_unit_test(test_broken_html),
		cmocka_unit_test(test_empty_and_navigation_only),
		cmocka_unit_test(test_no_article),
		cmocka_unit_test(test_short_page_text),
		cmocka_unit_test(test_twice_on_one_tree),
		cmocka_unit_test(test_truncated_prefixes),
		cmocka_unit_test(test_boilerplate_families),
		cmocka_unit_test(test_columns_and_pages),
		cmocka_unit_test(test_deep_nesting),
		cmocka_unit_test(test_one_long_line),
		cmocka_unit_test(test_nul_bytes),
		cmocka_unit_test(test_any_bytes_give_utf8),
		cmocka_unit_test(test_anchors),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
