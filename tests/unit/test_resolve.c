/* test_resolve.c: prev/next links resolved among the saved articles of
 * a folder: by file, by URL, slug and title, with the folder's index
 * read once and built again when the folder changes. */
#include "config.h"

#include <sys/stat.h>

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "article.h"
#include "doc.h"
#include "fetch.h"
#include "resolve.h"
#include "testutil.h"
#include "xmalloc.h"

static char *
data(const char *name)
{
	return xstrdup(test_data_path(name));
}

/* The article in a file, its links resolved. */
static struct article *
open_file(const char *path, char **cause)
{
	struct fetched	 f;
	struct article	*a;

	if (fetch_file(path, &f, cause) == -1)
		return NULL;
	a = article_read(&f, path, 0, cause);
	fetched_free(&f);
	if (a != NULL)
		resolve_links(a->doc, path);
	return a;
}

static long
resolve(const char *href, const char *title, const struct resolve_cand *c,
    size_t n)
{
	struct navlink	 l;

	memset(&l, 0, sizeof l);
	l.href = (char *)href;
	l.title = (char *)title;
	return resolve_match(&l, c, n);
}

/* A link matched with the saved articles: by URL, slug, then title. */
static void
test_match(void **state)
{
	static const struct resolve_cand c[] = {
		{ "site/other-slug.html", NULL, "Epsilon" },
		{ "site/a.html", "https://www.example.org/alpha/",
		    "Alpha Story" },
		{ "site/beta/index.html", NULL,
		    "Beta: the \xe2\x80\x9cStory\xe2\x80\x9d" },
		{ "site/2024-03-04-gamma.txt", NULL,
		    "Gamma\xe2\x80\x99s Tale" },
		{ "site/delta.html", "https://example.org/other-slug/",
		    "Delta" },
		{ "site/zeta.html", NULL, NULL },
	};
	const size_t	 n = sizeof c / sizeof c[0];

	(void)state;
	/* Same URL: scheme, "www.", the fragment and a trailing slash do
	 * not count; it beats an earlier candidate with the same slug. */
	assert_int_equal(resolve("http://example.org/alpha#c", NULL, c, n), 1);
	assert_int_equal(resolve("https://EXAMPLE.org/other-slug", NULL, c, n),
	    4);
	/* Same slug: a file name, a folder's index, a dated file name, a
	 * candidate's URL. */
	assert_int_equal(resolve("https://example.org/x/beta/", NULL, c, n), 2);
	assert_int_equal(resolve("https://example.org/gamma/", NULL, c, n), 3);
	assert_int_equal(resolve("https://example.org/delta/", NULL, c, n), 4);
	assert_int_equal(resolve("/blog/alpha.html", NULL, c, n), 1);
	assert_int_equal(resolve("https://example.org/Zeta", NULL, c, n), 5);
	/* Same title, case, punctuation and quotes folded. */
	assert_int_equal(resolve(NULL, "beta - THE \"story\"", c, n), 2);
	assert_int_equal(resolve(NULL, "Gamma's Tale", c, n), 3);
	assert_int_equal(resolve("https://example.org/nowhere/",
	    "  alpha   story ", c, n), 1);
	/* Misses. */
	assert_int_equal(resolve("https://example.org/nowhere/", NULL, c, n),
	    -1);
	assert_int_equal(resolve(NULL, "Gamma Tale", c, n), -1);
	assert_int_equal(resolve(NULL, "Alpha Story Two", c, n), -1);
	assert_int_equal(resolve("https://example.org/gamma-ray/", NULL, c, n),
	    -1);
	assert_int_equal(resolve("https://example.org/", "...", c, n), -1);
	assert_int_equal(resolve(NULL, NULL, c, n), -1);
	assert_int_equal(resolve("https://example.org/alpha/", "Alpha Story",
	    c, 0), -1);
	assert_int_equal(resolve_match(NULL, c, n), -1);
}

static void
test_series(void **state)
{
	struct article	*a;
	char		*cause = NULL, *p;

	(void)state;
	/* HTML -> HTML: the next link's URL differs from the canonical URL
	 * by "www." and the trailing slash; the file is <slug>/index.html. */
	p = data("series/alpha.html");
	a = open_file(p, &cause);
	assert_non_null(a);
	assert_string_equal(a->doc->next.title, "Beta Story About the Harbour");
	assert_true(test_ends_with(a->doc->next.file, "series/beta-story/index.html"));
	assert_null(a->doc->prev.href);
	article_free(a);
	free(p);

	/* <slug>/index.html -> its siblings: by URL, and by slug (a text
	 * file named after the slug). */
	p = data("series/beta-story/index.html");
	a = open_file(p, &cause);
	assert_non_null(a);
	assert_true(test_ends_with(a->doc->prev.file, "series/alpha.html"));
	assert_true(test_ends_with(a->doc->next.file, "series/gamma-notes.txt"));
	article_free(a);
	free(p);

	/* Text -> HTML and text -> text: by title. */
	p = data("series/gamma-notes.txt");
	a = open_file(p, &cause);
	assert_non_null(a);
	assert_true(test_ends_with(a->doc->prev.file, "series/beta-story/index.html"));
	assert_true(test_ends_with(a->doc->next.file, "series/delta.txt"));
	article_free(a);
	free(p);

	p = data("series/delta.txt");
	a = open_file(p, &cause);
	assert_non_null(a);
	assert_true(test_ends_with(a->doc->prev.file, "series/gamma-notes.txt"));
	assert_null(a->doc->next.title);
	article_free(a);
	free(p);
}
/* A link to a file beside the article, and an article not among the
 * saved ones. */
static void
test_unresolved(void **state)
{
	struct article	*a;
	char		*cause = NULL, *p = data("e2e/ferry.txt");

	(void)state;
	a = open_file(p, &cause);
	assert_non_null(a);
	assert_string_equal(a->doc->prev.title,
	    "Fishing Quotas Cut for Second Year");
	assert_null(a->doc->prev.file);	/* not among the files */
	article_free(a);
	free(p);
}

/* A page whose declared title carries the site's name ("Story | Site")
 * is found by a link's title by its headline. */
static void
test_headline(void **state)
{
	struct article	*a;
	char		*cause = NULL, *p = data("headline/notes.txt");

	(void)state;
	a = open_file(p, &cause);
	assert_non_null(a);
	assert_true(test_ends_with(a->doc->prev.file, "headline/tide.html"));
	article_free(a);
	free(p);
}

/* A saved page named without its URL, with a long style sheet and a
 * script in its head, linking its neighbours by URL. */
static void
write_page(const char *dir, int n, const char *prev, const char *next)
{
	char	 path[512];
	FILE	*f;
	int	 i;

	snprintf(path, sizeof path, "%s/Saved page %d.html", dir, n);
	f = fopen(path, "w");
	assert_non_null(f);
	fprintf(f, "<!DOCTYPE html><html><head><meta charset=utf-8>"
	    "<title>Story number %d</title><style>\n", n);
	for (i = 0; i < 500; i++)
		fprintf(f, ".c%d{margin:%dpx}\n", i, i);
	fprintf(f, "</style><script>var s = '<link rel=canonical "
	    "href=https://x.example/wrong/>';</script>"
	    "<link rel=canonical href=https://x.example/story-%d/>"
	    "</head><body><article><h1>Story number %d</h1><p>Text of the "
	    "story.</p><nav class=post-navigation>", n, n);
	if (prev != NULL)
		fprintf(f, "<a rel=prev href=%s>Prev</a>", prev);
	if (next != NULL)
		fprintf(f, "<a rel=next href=%s>Next</a>", next);
	fprintf(f, "</nav></article></body></html>\n");
	fclose(f);
}
static char *
open_next(const char *dir, int n)
{
	struct article	*a;
	char		*cause = NULL, path[512], *next;

	snprintf(path, sizeof path, "%s/Saved page %d.html", dir, n);
	a = open_file(path, &cause);
	assert_non_null(a);
	next = a->doc->next.file != NULL ? xstrdup(a->doc->next.file) : NULL;
	article_free(a);
	return next;
}
/* Links resolve by the URLs in the files' heads, read once; a file saved
 * later is found once the folder has changed. */
static void
test_folder_index(void **state)
{
	char		 dir[] = "/tmp/folio-index.XXXXXX", cmd[128], *next;
	struct stat	 st;
	struct timespec	 times[2];

	(void)state;
	assert_non_null(mkdtemp(dir));
	write_page(dir, 1, NULL, "https://x.example/story-2/");
	write_page(dir, 2, "https://x.example/story-1/",
	    "https://x.example/story-3/");
	next = open_next(dir, 1);
	assert_true(test_ends_with(next, "/Saved page 2.html"));
	free(next);
	assert_null(open_next(dir, 2));

	/* The third is saved; the folder's time moves on (set here, as
	 * some file systems count in seconds). */
	write_page(dir, 3, "https://x.example/story-2/", NULL);
	assert_int_equal(stat(dir, &st), 0);
	times[0] = st.st_atim;
	times[1] = st.st_mtim;
	times[1].tv_sec += 10;
	assert_int_equal(utimensat(AT_FDCWD, dir, times, 0), 0);
	next = open_next(dir, 2);
	assert_true(test_ends_with(next, "/Saved page 3.html"));
	free(next);

	/* The indexes go; they come back when needed. */
	resolve_cleanup();
	resolve_cleanup();
	next = open_next(dir, 1);
	assert_true(test_ends_with(next, "/Saved page 2.html"));
	free(next);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}
/* The article's own links: a file beside it (its fragment aside), and
 * nothing for a missing file, a place in the article, mail or a page of
 * the web that is not saved. */
static void
test_inline_links(void **state)
{
	struct article	*a;
	char		*cause = NULL, *other;
	size_t		 i;

	(void)state;
	other = xstrdup(test_data_path("links/other.html"));
	a = open_file(test_data_path("links/article.html"), &cause);
	assert_non_null(a);
	assert_non_null(a->doc->link_files);
	for (i = 0; i < a->doc->nlinks; i++) {
		const char *href = a->doc->links[i];
		const char *file = a->doc->link_files[i];

		if (strcmp(href, "other.html") == 0 ||
		    strcmp(href, "other.html#tides") == 0)
			assert_string_equal(file, other);
		else
			assert_null(file);
	}
	article_free(a);

	/* A page saved from a site: its links to the same site resolve
	 * among the saved files by slug, a relative link made absolute by
	 * the page's address too; another site's page, or one not saved,
	 * does not. */
	a = open_file(test_data_path("links/site.html"), &cause);
	assert_non_null(a);
	assert_int_equal(a->doc->nlinks, 4);
	assert_string_equal(a->doc->links[0],
	    "https://harbour.example/tides-report/");
	assert_string_equal(a->doc->link_files[0],
	    test_data_path("links/tides-report.html"));
	assert_string_equal(a->doc->link_files[1], other);
	assert_null(a->doc->link_files[2]);
	assert_null(a->doc->link_files[3]);
	article_free(a);
	free(other);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_match),
		cmocka_unit_test(test_series),
		cmocka_unit_test(test_unresolved),
		cmocka_unit_test(test_headline),
		cmocka_unit_test(test_folder_index),
		cmocka_unit_test(test_inline_links),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
