/* test_prevnext.c: prev/next labels, links in HTML, resolving them. */
#include "config.h"

#include <dirent.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>


#include "doc.h"
#include "html.h"
#include "prevnext.h"
#include "resolve.h"
#include "textdoc.h"
#include "url.h"
#include "xmalloc.h"
#include "testutil.h"

/*
 * Labels.
 */

static void
test_labels(void **state)
{
	static const struct {
		const char	*text;
		enum pn_dir	 dir;
		size_t		 labellen;
	} cases[] = {
		{ "Prev Post", PN_PREV, 9 },
		{ "  Previous Post  ", PN_PREV, 17 },
		{ "PREVIOUS POST", PN_PREV, 13 },
		{ "Previous article", PN_PREV, 16 },
		{ "Previous Story", PN_PREV, 14 },
		{ "Prev. Post", PN_PREV, 10 },
		{ "Older Post", PN_PREV, 10 },
		{ "Older Posts", PN_PREV, 11 },
		{ "older entries", PN_PREV, 13 },
		{ "\xc2\xab Previous", PN_PREV, 11 },
		{ "\xe2\x80\xb9 Prev", PN_PREV, 8 },
		{ "\xe2\x86\x90 Older", PN_PREV, 9 },
		{ "Prev:", PN_PREV, 5 },
		{ "<< Previous", PN_PREV, 11 },
		{ "Previous Chapter", PN_PREV, 16 },
		{ "Next Chapter 7", PN_NEXT, 13 },
		{ "Next Post", PN_NEXT, 9 },
		{ "Next post", PN_NEXT, 9 },
		{ "Next article", PN_NEXT, 12 },
		{ "Newer Post", PN_NEXT, 10 },
		{ "Newer Posts", PN_NEXT, 11 },
		{ "Next \xc2\xbb", PN_NEXT, 7 },
		{ "Next \xe2\x80\xba", PN_NEXT, 8 },
		{ "Next", PN_NEXT, 4 },
		{ "Next >>", PN_NEXT, 7 },
		/* With a title after a separator or a two-word label. */
		{ "Next Post: Global Leaders Meet", PN_NEXT, 11 },
		{ "\xc2\xab Older: Sea Wall Repairs", PN_PREV, 10 },
		{ "Prev Post Pelosi Advises Against", PN_PREV, 10 },
		{ "Next: the vote", PN_NEXT, 6 },
		{ "Previous | Title", PN_PREV, 11 },
		{ "Next Post \xe2\x80\x94 Title", PN_NEXT, 14 },
		/* Labels of other languages. */
		{ "Art\xc3\xad" "culo anterior", PN_PREV, 18 },
		{ "Siguiente art\xc3\xad" "culo: El puerto", PN_NEXT, 21 },
		{ "Article pr\xc3\xa9" "c\xc3\xa9" "dent", PN_PREV, 19 },
		{ "Article suivant", PN_NEXT, 15 },
		{ "Vorheriger Artikel", PN_PREV, 18 },
		{ "N\xc3\xa4" "chster Beitrag", PN_NEXT, 17 },
		{ "Pr\xc3\xb3ximo artigo", PN_NEXT, 15 },
		{ "Articolo precedente", PN_PREV, 19 },
		{ "Volgend artikel", PN_NEXT, 15 },
		{ "\xd0\x9f\xd1\x80\xd0\xb5\xd0\xb4\xd1\x8b\xd0\xb4\xd1\x83"
		  "\xd1\x89\xd0\xb0\xd1\x8f \xd1\x81\xd1\x82\xd0\xb0\xd1\x82"
		  "\xd1\x8c\xd1\x8f", PN_PREV, 33 },
		{ "\xe4\xb8\x8a\xe4\xb8\x80\xe7\xaf\x87\xef\xbc\x9a"
		  "\xe6\xb8\xaf\xe5\x8f\xa3", PN_PREV, 12 },
		{ "\xe4\xb8\x8b\xe4\xb8\x80\xe7\xaf\x87", PN_NEXT, 9 },
		{ "\xe6\xac\xa1\xe3\x81\xae\xe8\xa8\x98\xe4\xba\x8b", PN_NEXT,
		  12 },
		/* An arrow alone, before a title. */
		{ "\xc2\xbb Title B", PN_NEXT, 3 },
		{ "\xe2\x86\x90 Title A", PN_PREV, 4 },
	};
	static const char *not_labels[] = {
		"", "   ", "Next week the council votes.",
		"Next, the council voted.", "Older adults are at risk.",
		"Older Workers Face Cuts", "Next Steps for the Bridge",
		"Next year's budget", "Nextdoor", "Previously, she said",
		"The next post", "Newsletter", "\xc2\xbb see the report",
		"Prev.Post", "Postal", "\xc2\xab", "Next Post office hours"
	};
	size_t	 i, ll;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		ll = 999;
		if (prevnext_label(cases[i].text, strlen(cases[i].text), &ll) !=
		    cases[i].dir)
			fail_msg("\"%s\": wrong direction", cases[i].text);
		if (ll != cases[i].labellen)
			fail_msg("\"%s\": label length %zu, not %zu",
			    cases[i].text, ll, cases[i].labellen);
	}
	for (i = 0; i < sizeof not_labels / sizeof not_labels[0]; i++) {
		/* "«" alone is a label; the rest are not. */
		enum pn_dir dir = prevnext_label(not_labels[i],
		    strlen(not_labels[i]), NULL);

		if (strcmp(not_labels[i], "\xc2\xab") == 0)
			assert_int_equal(dir, PN_PREV);
		else if (dir != PN_NONE)
			fail_msg("\"%s\" read as a label", not_labels[i]);
	}
	/* Only len bytes are read; NULL is no label. */
	assert_int_equal(prevnext_label("Next Post", 4, &ll), PN_NEXT);
	assert_int_equal(ll, 4);
	assert_int_equal(prevnext_label("Nextdoor", 4, NULL), PN_NEXT);
	assert_int_equal(prevnext_label(NULL, 0, NULL), PN_NONE);
}

/*
 * Links in HTML pages.
 */

static struct doc *
find_in_mem_url(const char *data, size_t len, const char *url)
{
	struct html	*h = html_parse(data, len, NULL, NULL);
	struct doc	*d = doc_new();

	/* The links as they are, against the URL given alone. */
	free(h->url);
	free(h->canonical);
	h->url = url != NULL ? xstrdup(url) : NULL;
	h->canonical = NULL;
	prevnext_find(h, d);
	html_free(h);
	return d;
}

static struct doc *
find_in_mem(const char *data, size_t len)
{
	return find_in_mem_url(data, len, NULL);
}

static struct doc *
find_in(const char *name)
{
	struct doc	*d;
	size_t		 len;
	char		*data = test_read(name, &len);

	d = find_in_mem(data, len);
	free(data);
	return d;
}

static void
assert_link(const struct navlink *l, const char *href, const char *title)
{
	if (href == NULL)
		assert_null(l->href);
	else {
		assert_non_null(l->href);
		assert_string_equal(l->href, href);
	}
	if (title == NULL)
		assert_null(l->title);
	else {
		assert_non_null(l->title);
		assert_string_equal(l->title, title);
	}
	assert_null(l->file);
}

static void
test_find_wordpress(void **state)
{
	struct doc	*d;

	(void)state;
	/* Comment navigation, page links, a sidebar and the head's archive
	 * link come first in the page; the post navigation wins. The labels
	 * inside the links are not the titles. */
	d = find_in("pn-wp-classic.html");
	assert_link(&d->prev, "https://example.org/reservoir-levels/",
	    "Reservoir Levels Fall to 40%");
	assert_link(&d->next, "https://example.org/pipe-repairs/",
	    "Pipe Repairs Begin on Elm Street");
	doc_free(d);

	/* Without rel: the comment navigation's .nav-previous is passed
	 * over, as is an index page's archive navigation. */
	d = find_in("pn-wp-norel.html");
	assert_link(&d->prev, "/theme-older/", "Theme Older Post");
	assert_link(&d->next, NULL, NULL);
	doc_free(d);
	d = find_in("pn-wp-archive.html");
	assert_link(&d->prev, NULL, NULL);
	assert_link(&d->next, NULL, NULL);
	doc_free(d);

	/* Block themes: a label span, or the title alone; no rel. */
	d = find_in("pn-wp-block.html");
	assert_link(&d->prev, "/older-block/", "The Older Block Post");
	assert_link(&d->next, "/newer-block/", "The Newer Block Post");
	doc_free(d);
}

static void
test_find_caards(void **state)
{
	struct doc	*d;

	(void)state;
	/* The whole card is the link; the label is not the title; the
	 * head's <link rel=prev> comes last. */
	d = find_in("pn-caards.html");
	assert_link(&d->prev, "https://example.org/ferry-terminal-bids/",
	    "County Opens Bids for New Ferry Terminal");
	assert_link(&d->next, "https://example.org/harbour-festival/",
	    "Harbour Festival Draws \xe2\x80\x9cRecord\xe2\x80\x9d Crowds");
	doc_free(d);

	/* A sister theme: an empty overlay link, the title in h2 > a. */
	d = find_in("pn-networker.html");
	assert_link(&d->prev, "https://example.org/older-net/",
	    "Older Networker Story");
	assert_link(&d->next, "https://example.org/newer-net/",
	    "Newer Networker Story");
	doc_free(d);
}

static void
test_find_families(void **state)
{
	struct doc	*d;

	(void)state;
	d = find_in("pn-td.html");
	assert_link(&d->prev, "/td-older/", "Older TD Article");
	assert_link(&d->next, "/td-newer/", "Newer TD Article");
	doc_free(d);

	d = find_in("pn-jnews.html");
	assert_link(&d->prev, "/jnews-older/", "Older JNews Story");
	assert_link(&d->next, "/jnews-newer/", "Newer JNews Story");
	doc_free(d);

	/* Blogger's links say only "Older Post": no title. */
	d = find_in("pn-blogger.html");
	assert_link(&d->prev, "https://blog.example.com/2024/04/older.html",
	    NULL);
	assert_link(&d->next, "https://blog.example.com/2024/05/newer.html",
	    NULL);
	doc_free(d);
	/* On an index page the pager leads to an archive search. */
	d = find_in("pn-blogger-index.html");
	assert_link(&d->prev, NULL, NULL);
	doc_free(d);

	/* PaperMod: the label in span.title; a carousel's .prev ignored. */
	d = find_in("pn-papermod.html");
	assert_link(&d->prev, "/posts/a/", "Hugo Post A");
	assert_link(&d->next, "/posts/b/", "Hugo Post B");
	doc_free(d);

	/* Jekyll: the title only in title=, the missing side disabled. */
	d = find_in("pn-jekyll.html");
	assert_link(&d->prev, NULL, NULL);
	assert_link(&d->next, "/jekyll-newer/", "Newer Jekyll Post");
	doc_free(d);
}

static void
test_find_labels(void **state)
{
	struct doc	*d;

	(void)state;
	/* Menus, sliders, "#" and javascript: links, sentences and archive
	 * pagination are passed over; the href is cleaned of white space. */
	d = find_in("pn-labelled.html");
	assert_link(&d->prev, "/labelled-older/", "Older Labelled Title");
	assert_link(&d->next, "/labelled-newer/", "Newer Labelled Title");
	doc_free(d);

	/* Labels of other languages, in the link or just before it. */
	{
		static const char page[] = "<html><body><article><p>Texto."
		    "</p></article><div class=\"nav\"><a href=\"/faro/\">"
		    "Art\xc3\xad" "culo anterior: El faro</a> <span>"
		    "N\xc3\xa4" "chster Artikel</span><a href=\"/hafen/\">"
		    "Der Hafen</a></div></body></html>";

		d = find_in_mem(page, sizeof page - 1);
		assert_link(&d->prev, "/faro/", "El faro");
		assert_link(&d->next, "/hafen/", "Der Hafen");
		doc_free(d);
	}

	/* The label just before the link's parent. */
	d = find_in("pn-sibling-label.html");
	assert_link(&d->prev, "/sib-older/", "Older Sibling Story");
	assert_link(&d->next, NULL, NULL);
	doc_free(d);

	/* A label in a block of its own inside the link; buttons and
	 * forms are not labels. */
	d = find_in("pn-blocks.html");
	assert_link(&d->prev, "/book/chapter-5", "Chapter 5 - The Harbour");
	assert_link(&d->next, "/book/chapter-7", "Chapter 7 - The Bridge");
	doc_free(d);

	/* Common classes, not in a slider. */
	d = find_in("pn-class.html");
	assert_link(&d->prev, "/older-c/", "Older Class Title");
	assert_link(&d->next, "/newer-c/", "Newer Class Title");
	doc_free(d);

	/* A label cut by a line break is all label; a card with a label
	 * heading, a title heading and an empty overlay link. */
	d = find_in("pn-card.html");
	assert_link(&d->prev, "/serial/ch-101", NULL);
	assert_link(&d->next, "/solution-the-bridge/",
	    "Solution: \xe2\x80\x98The Bridge That Nobody Built\xe2\x80\x99");
	doc_free(d);

	/* rel="previous", rel="nofollow next"; a title= for a link whose
	 * text is a label. */
	d = find_in("pn-rel.html");
	assert_link(&d->prev, "/rel-older/", "Rel Older Title");
	assert_link(&d->next, "/rel-newer/", "Rel Newer Title");
	doc_free(d);
}

static void
test_find_head_and_none(void **state)
{
	struct doc	*d;
	struct html	 h;

	(void)state;
	/* The head's links, with their title= unless it is a label. */
	d = find_in("pn-head.html");
	assert_link(&d->prev, "https://example.org/head-older/",
	    "Older post title");
	assert_link(&d->next, "https://example.org/head-newer/", NULL);
	doc_free(d);

	/* Comment pagination is not the post's next. */
	d = find_in("pn-none.html");
	assert_link(&d->prev, NULL, NULL);
	assert_link(&d->next, NULL, NULL);
	doc_free(d);

	/* Carriage returns and tabs in a link's text are white space. */
	{
		const char html[] = "<p><a href=\"/n/\">Next Post\r\r\n"
		    "\tCarriage\rReturn\r</a></p>";

		d = find_in_mem(html, sizeof html - 1);
		assert_link(&d->next, "/n/", "Carriage Return");
		doc_free(d);
	}

	/* With the page's URL, hrefs are resolved against it, once
	 * cleaned. */
	{
		const char	 html[] = "<a rel=next href=' ../newer/\n'>N</a>"
		    "<a rel=prev href='https://example.org/older/'>O</a>";
		const char	*base = "https://example.org/2024/05/this/";
		char		*want;

		d = find_in_mem_url(html, sizeof html - 1, base);
		want = url_resolve(base, "../newer/");
		assert_string_equal(d->next.href, want);
		free(want);
		want = url_resolve(base, "https://example.org/older/");
		assert_string_equal(d->prev.href, want);
		free(want);
		doc_free(d);
	}

	/* No tree, no page. */
	memset(&h, 0, sizeof h);
	d = doc_new();
	prevnext_find(&h, d);
	prevnext_find(NULL, d);
	assert_null(d->prev.href);
	doc_free(d);
}

/*
 * The measurement: one fixture (or more) per markup family, each with its
 * expected prev and next href and title, and pages that have no
 * neighbours. Each row is printed, found or not, so that the run is the
 * table.
 */

static const struct family {
	const char	*family, *fixture;
	const char	*prev_href, *prev_title;
	const char	*next_href, *next_title;
} families[] = {
	{ "rel=prev/next in the post", "pn-rel.html",
	    "/rel-older/", "Rel Older Title",
	    "/rel-newer/", "Rel Newer Title" },
	{ "WordPress classic (the_post_navigation)", "pn-wp-classic.html",
	    "https://example.org/reservoir-levels/",
	    "Reservoir Levels Fall to 40%",
	    "https://example.org/pipe-repairs/",
	    "Pipe Repairs Begin on Elm Street" },
	{ "WordPress block theme (post-navigation-link)", "pn-wp-block.html",
	    "/older-block/", "The Older Block Post",
	    "/newer-block/", "The Newer Block Post" },
	{ "seed theme cs-entry__prev/next cards", "pn-caards.html",
	    "https://example.org/ferry-terminal-bids/",
	    "County Opens Bids for New Ferry Terminal",
	    "https://example.org/harbour-festival/",
	    "Harbour Festival Draws \xe2\x80\x9cRecord\xe2\x80\x9d Crowds" },
	{ "sister theme cs-entry__prev-next-link", "pn-networker.html",
	    "https://example.org/older-net/", "Older Networker Story",
	    "https://example.org/newer-net/", "Newer Networker Story" },
	{ "tagDiv td-post-next-prev", "pn-td.html",
	    "/td-older/", "Older TD Article",
	    "/td-newer/", "Newer TD Article" },
	{ "JNews jeg_prevnext_post", "pn-jnews.html",
	    "/jnews-older/", "Older JNews Story",
	    "/jnews-newer/", "Newer JNews Story" },
	/* Blogger's pager holds only its labels: there is no title. */
	{ "Blogger blog-pager", "pn-blogger.html",
	    "https://blog.example.com/2024/04/older.html", NULL,
	    "https://blog.example.com/2024/05/newer.html", NULL },
	{ "Hugo PaperMod paginav", "pn-papermod.html",
	    "/posts/a/", "Hugo Post A",
	    "/posts/b/", "Hugo Post B" },
	{ "Jekyll pagination--pager", "pn-jekyll-pair.html",
	    "/2023/11/jekyll-older/", "Older Jekyll Post",
	    "/2024/01/jekyll-newer/", "Newer Jekyll Post" },
	{ "common classes (.prev-post, .next-post)", "pn-class.html",
	    "/older-c/", "Older Class Title",
	    "/newer-c/", "Newer Class Title" },
	{ "labelled links near the end", "pn-labelled.html",
	    "/labelled-older/", "Older Labelled Title",
	    "/labelled-newer/", "Newer Labelled Title" },
	{ "labels in blocks of their own", "pn-blocks.html",
	    "/book/chapter-5", "Chapter 5 - The Harbour",
	    "/book/chapter-7", "Chapter 7 - The Bridge" },
	{ "<link rel=prev|next> in the head", "pn-head-pair.html",
	    "https://example.org/2024/05/bridge-tolls/",
	    "Bridge Tolls Rise Again",
	    "https://example.org/2024/05/ferry-timetable/",
	    "Ferry Timetable \xe2\x80\x9cSimplified\xe2\x80\x9d" },
};

static const struct {
	const char	*what, *fixture;
} no_neighbours[] = {
	{ "archive pagination (posts-navigation)", "pn-wp-archive.html" },
	{ "archive page 2, head and body pagination", "pn-neg-archive.html" },
	{ "head-only rel=next on an archive", "pn-neg-head-archive.html" },
	{ "head rel=prev/next on search results", "pn-neg-head-paged.html" },
	{ "Blogger index: pager to an archive search",
	    "pn-blogger-index.html" },
	{ "comment pagination (rel=next)", "pn-none.html" },
	{ "comment navigation and comments-pagination",
	    "pn-neg-comments.html" },
	{ "prose: \"the Next Big Thing\", \"Next week\"",
	    "pn-neg-prose.html" },
};

/* A fixture read as the program reads it: its own URL (canonical,
 * <base>) found, links resolved against it. */
static struct doc *
find_parsed(const char *name)
{
	struct html	*h;
	struct doc	*d = doc_new();
	size_t		 len;
	char		*data = test_read(name, &len);

	h = html_parse(data, len, NULL, NULL);
	prevnext_find(h, d);
	html_free(h);
	free(data);
	return d;
}

static bool
same_str(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

static void
test_measure(void **state)
{
	size_t		 i, bad = 0;
	struct doc	*d;

	(void)state;
	print_message("%-46s %-26s %-5s %-5s\n", "family", "fixture", "prev",
	    "next");
	for (i = 0; i < sizeof families / sizeof families[0]; i++) {
		const struct family *fm = &families[i];
		bool	 p, n;

		d = find_parsed(fm->fixture);
		p = same_str(d->prev.href, fm->prev_href) &&
		    same_str(d->prev.title, fm->prev_title);
		n = same_str(d->next.href, fm->next_href) &&
		    same_str(d->next.title, fm->next_title);
		print_message("%-46s %-26s %-5s %-5s\n", fm->family,
		    fm->fixture, p ? "found" : "MISS", n ? "found" : "MISS");
		if (!p)
			print_message("  prev: %s \"%s\"\n", d->prev.href,
			    d->prev.title);
		if (!n)
			print_message("  next: %s \"%s\"\n", d->next.href,
			    d->next.title);
		bad += !p + !n;
		doc_free(d);
	}
	for (i = 0; i < sizeof no_neighbours / sizeof no_neighbours[0]; i++) {
		bool	 none;

		d = find_parsed(no_neighbours[i].fixture);
		none = d->prev.href == NULL && d->prev.title == NULL &&
		    d->next.href == NULL && d->next.title == NULL;
		print_message("%-46s %-26s %-11s\n", no_neighbours[i].what,
		    no_neighbours[i].fixture, none ? "none found" : "FOUND");
		if (!none)
			print_message("  prev: %s, next: %s\n", d->prev.href,
			    d->next.href);
		bad += !none;
		doc_free(d);
	}
	assert_true(sizeof families / sizeof families[0] >= 12);
	assert_int_equal(bad, 0);
}

/* Links to the page itself, and to numbered pages of an archive or of
 * comments, are passed over for the next signal. */
static void
test_find_self_and_pages(void **state)
{
	static const char html[] =
	    "<article><p>Text.</p>"
	    "<a rel=next href='/2024/this-post/#respond'>This post</a>"
	    "<a rel=prev href='https://example.org/2024/this-post'>Self</a>"
	    "<nav><a href='/2024/that-post/'>Next Post: That Post</a>"
	    "<a href='/2024/this-post/2/'>Previous Post: Earlier</a>"
	    "<a href='/blog/page/2/'>Older Post: Archive</a>"
	    "<a href='/blog/?paged=2'>Prev Post: Archive 2</a>"
	    "<a href='/2024/first-post/'>Previous Post: First Post</a>"
	    "</nav></article>";
	static const char archive[] = "<a rel=next href='/a/'>A</a>";
	struct doc	*d;

	(void)state;
	d = find_in_mem_url(html, sizeof html - 1,
	    "https://example.org/2024/this-post/");
	assert_link(&d->next, "https://example.org/2024/that-post/",
	    "That Post");
	/* "/this-post/2/" is a post's second page, not a post: it is
	 * taken, as a page of a multi-page post may be read on. */
	assert_link(&d->prev, "https://example.org/2024/this-post/2/",
	    "Earlier");
	doc_free(d);

	/* <base href> is what relative links resolve against. */
	{
		static const char based[] = "<html><head>"
		    "<link rel=canonical href='https://example.org/x/post/'>"
		    "<base href='https://cdn.example.net/blog/'></head><body>"
		    "<a rel=next href='newer/'>Harbour Notes</a></body></html>";
		struct html	*h = html_parse(based, sizeof based - 1, NULL,
		    NULL);

		d = doc_new();
		prevnext_find(h, d);
		assert_link(&d->next, "https://cdn.example.net/blog/newer/",
		    "Harbour Notes");
		html_free(h);
		doc_free(d);
	}

	/* A page fetched from elsewhere than its canonical address: its
	 * relative links lead where it came from, and a link to its
	 * canonical address is a link to itself. */
	{
		static const char mirrored[] = "<html><head>"
		    "<link rel=canonical href='https://example.org/2024/a/'>"
		    "</head><body><article><p>Text.</p>"
		    "<a rel=prev href='https://example.org/2024/a/'>A</a>"
		    "<a rel=next href='b.html'>Harbour Notes</a>"
		    "</article></body></html>";

		struct html	*h = html_parse(mirrored, sizeof mirrored - 1,
		    NULL, "http://127.0.0.1:8000/site/a.html");

		d = doc_new();
		prevnext_find(h, d);
		assert_link(&d->next, "http://127.0.0.1:8000/site/b.html",
		    "Harbour Notes");
		assert_link(&d->prev, NULL, NULL);
		html_free(h);
		doc_free(d);
	}

	/* A numbered page of an archive has no neighbours at all. */
	d = find_in_mem_url(archive, sizeof archive - 1,
	    "https://example.org/blog/page/3/");
	assert_link(&d->next, NULL, NULL);
	doc_free(d);
	d = find_in_mem_url(archive, sizeof archive - 1,
	    "https://example.org/blog/");
	assert_link(&d->next, "https://example.org/a/", "A");
	doc_free(d);
}

/*
 * The sample articles: one series, walkable from the first to the last
 * with "next" and back with "prev", HTML and plain text linking each
 * other.
 */

struct sample {
	char		*path;
	char		*url;		/* <link rel=canonical>, HTML only */
	char		*title;
	struct doc	*doc;
};

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The canonical URL and og:title of a page, as the HTML reader will find
 * them. */
static void
page_meta(const struct hnode *n, struct sample *s)
{
	const char	*a, *b;

	for (; n != NULL; n = hnode_next(n)) {
		if (!hnode_is_element(n))
			continue;
		a = html_attr(n, "rel");
		b = html_attr(n, "property");
		if (a != NULL && strcmp(a, "canonical") == 0)
			s->url = xstrdup(html_attr(n, "href"));
		if (b != NULL && strcmp(b, "og:title") == 0)
			s->title = xstrdup(html_attr(n, "content"));
		page_meta(hnode_first(n), s);
	}
}

static size_t
load_samples(struct sample **out)
{
	char		 dir[4096], **names = NULL;
	const char	*top = getenv("top_srcdir");
	struct sample	*s;
	struct dirent	*e;
	DIR		*dp;
	size_t		 n = 0, i, len;

	snprintf(dir, sizeof dir, "%s/samples", top != NULL ? top : ".");
	dp = opendir(dir);
	assert_non_null(dp);
	while ((e = readdir(dp)) != NULL) {
		len = strlen(e->d_name);
		/* The articles: not the feed of them. */
		if (e->d_name[0] == '.' || len < 5 ||
		    (strcmp(e->d_name + len - 5, ".html") != 0 &&
		    strcmp(e->d_name + len - 4, ".txt") != 0))
			continue;
		names = xreallocarray(names, n + 1, sizeof *names);
		names[n++] = xasprintf("%s/%s", dir, e->d_name);
	}
	closedir(dp);
	qsort(names, n, sizeof *names, cmp_names);
	s = xcalloc(n, sizeof *s);
	for (i = 0; i < n; i++) {
		FILE	*f = fopen(names[i], "rb");
		char	*data;
		size_t	 size;

		assert_non_null(f);
		fseek(f, 0, SEEK_END);
		size = (size_t)ftell(f);
		rewind(f);
		data = xmalloc(size + 1);
		assert_int_equal(fread(data, 1, size, f), size);
		data[size] = '\0';
		fclose(f);
		s[i].path = names[i];
		len = strlen(names[i]);
		if (len > 5 && strcmp(names[i] + len - 5, ".html") == 0) {
			struct html	*h = html_parse(data, size, NULL, NULL);

			free(h->url);
			free(h->canonical);
			h->url = h->canonical = NULL;
			s[i].doc = doc_new();
			prevnext_find(h, s[i].doc);
			page_meta(html_root(h), &s[i]);
			html_free(h);
		} else {
			s[i].doc = textdoc_parse(data, size);
			if (s[i].doc->title != NULL)
				s[i].title = xstrdup(s[i].doc->title);
		}
		assert_non_null(s[i].title);
		free(data);
	}
	free(names);
	*out = s;
	return n;
}

/* Walk the series from the article without a link in one direction to
 * the end of the other; every article must be met once. */
static void
walk(const struct sample *s, size_t n, const struct resolve_cand *c,
    bool forward, bool titles)
{
	size_t	 i, steps = 0;
	long	 at = -1;

	for (i = 0; i < n; i++) {
		const struct navlink *back = forward ? &s[i].doc->prev :
		    &s[i].doc->next;

		if (back->href == NULL && back->title == NULL) {
			assert_int_equal(at, -1);	/* only one start */
			at = (long)i;
		}
	}
	assert_true(at >= 0);
	for (;;) {
		struct navlink	 l = forward ? s[at].doc->next : s[at].doc->prev;
		long		 to;

		steps++;
		if (l.href == NULL && l.title == NULL)
			break;
		if (!titles && l.href != NULL)
			l.title = NULL;	/* by URL or slug alone */
		to = resolve_match(&l, c, n);
		if (to < 0)
			fail_msg("%s: its %s link does not resolve", s[at].path,
			    forward ? "next" : "prev");
		assert_true(steps < n);
		at = to;
	}
	assert_int_equal(steps, n);
}

static void
test_samples_walk(void **state)
{
	struct sample		*s;
	struct resolve_cand	*c;
	size_t			 n, i, html = 0, text = 0;

	(void)state;
	n = load_samples(&s);
	assert_true(n >= 5);
	c = xcalloc(n, sizeof *c);
	for (i = 0; i < n; i++) {
		c[i].path = s[i].path;
		c[i].url = s[i].url;
		c[i].title = s[i].title;
		if (s[i].url != NULL) {
			html++;
			/* Each page resolves its own URL to itself. */
			assert_int_equal(resolve_match(&(struct navlink){
			    s[i].url, NULL, NULL }, c, i + 1), (long)i);
		} else
			text++;
	}
	assert_true(html >= 2);
	assert_true(text >= 2);
	walk(s, n, c, true, true);
	walk(s, n, c, false, true);
	walk(s, n, c, true, false);
	walk(s, n, c, false, false);
	for (i = 0; i < n; i++) {
		free(s[i].path);
		free(s[i].url);
		free(s[i].title);
		doc_free(s[i].doc);
	}
	free(s);
	free(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_labels),
		cmocka_unit_test(test_find_wordpress),
		cmocka_unit_test(test_find_caards),
		cmocka_unit_test(test_find_families),
		cmocka_unit_test(test_find_labels),
		cmocka_unit_test(test_find_head_and_none),
		cmocka_unit_test(test_measure),
		cmocka_unit_test(test_find_self_and_pages),
		cmocka_unit_test(test_samples_walk),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
