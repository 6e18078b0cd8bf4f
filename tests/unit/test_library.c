/* test_library.c: opening articles, resolving prev/next among saved
 * files, bad input, and folder indexes. */
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

#include "doc.h"
#include "entities.h"
#include "library.h"
#include "testutil.h"
#include "xmalloc.h"

static char *
data(const char *name)
{
	return xstrdup(test_data_path(name));
}

/* Does path end with suffix? */
static bool
ends_with(const char *path, const char *suffix)
{
	size_t	 a = path ? strlen(path) : 0, b = strlen(suffix);

	return a >= b && strcmp(path + a - b, suffix) == 0;
}

static void
test_text_article(void **state)
{
	struct article	*a;
	char		*cause = NULL, *p = data("e2e/ferry.txt");

	(void)state;
	a = library_open(p, 0, &cause);
	assert_non_null(a);
	assert_string_equal(a->doc->title,
	    "Harbour Council Approves New Ferry Line");
	assert_string_equal(a->doc->prev.title,
	    "Fishing Quotas Cut for Second Year");
	assert_null(a->doc->prev.file);	/* not among the files */
	assert_null(strstr(a->doc->body, "Share this article"));
	assert_non_null(a->ents);
	assert_string_equal(a->path, p);
	article_free(a);
	article_free(NULL);
	free(p);
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
	a = library_open(p, 0, &cause);
	assert_non_null(a);
	assert_string_equal(a->doc->next.title, "Beta Story About the Harbour");
	assert_true(ends_with(a->doc->next.file, "series/beta-story/index.html"));
	assert_null(a->doc->prev.href);
	article_free(a);
	free(p);

	/* <slug>/index.html -> its siblings: by URL, and by slug (a text
	 * file named after the slug). */
	p = data("series/beta-story/index.html");
	a = library_open(p, 0, &cause);
	assert_non_null(a);
	assert_true(ends_with(a->doc->prev.file, "series/alpha.html"));
	assert_true(ends_with(a->doc->next.file, "series/gamma-notes.txt"));
	article_free(a);
	free(p);

	/* Text -> HTML and text -> text: by title. */
	p = data("series/gamma-notes.txt");
	a = library_open(p, 0, &cause);
	assert_non_null(a);
	assert_true(ends_with(a->doc->prev.file, "series/beta-story/index.html"));
	assert_true(ends_with(a->doc->next.file, "series/delta.txt"));
	article_free(a);
	free(p);

	p = data("series/delta.txt");
	a = library_open(p, 0, &cause);
	assert_non_null(a);
	assert_true(ends_with(a->doc->prev.file, "series/gamma-notes.txt"));
	assert_null(a->doc->next.title);
	article_free(a);
	free(p);
}

static void
expect_error(const char *name, const char *why)
{
	char	*cause = NULL, *p = data(name);

	assert_null(library_open(p, 0, &cause));
	assert_non_null(cause);
	assert_string_equal(cause, why);
	free(cause);
	free(p);
}

static void
test_bad_input(void **state)
{
	(void)state;
	expect_error("e2e/no-such-file.txt", "No such file or directory");
	expect_error("e2e/nothing", "is a folder");
	expect_error("e2e/empty.txt", "empty file");
	expect_error("e2e/blank.txt", "empty file");
	expect_error("e2e/binary.dat", "a program, not an article");
	expect_error("e2e/nul.txt", "binary data, not an article");
}

/* A saved page with a few NUL bytes is read, the NULs dropped; a text
 * with one, or a page of many, is binary data. */
static void
test_nul_bytes(void **state)
{
	static const char page[] = "<!DOCTYPE html><html><head><title>"
	    "Tide report</title></head><body><article><h1>Tide report</h1>"
	    "<p>The spring tide reached the quay on Sunday night, the "
	    "highest\0 the harbour has seen in twenty years, and the road "
	    "was closed until morning.</p></article></body></html>\n";
	char		 path[] = "/tmp/folio-nul.XXXXXX", *cause = NULL;
	char		 many[400];
	struct article	*a;
	FILE		*f;
	int		 fd;

	(void)state;
	assert_true((fd = mkstemp(path)) >= 0);
	assert_non_null(f = fdopen(fd, "w"));
	assert_int_equal(fwrite(page, 1, sizeof page - 1, f), sizeof page - 1);
	fclose(f);
	a = library_open(path, 0, &cause);
	assert_non_null(a);
	assert_string_equal(a->doc->title, "Tide report");
	assert_non_null(strstr(a->doc->body, "the highest the harbour"));
	article_free(a);

	/* As plain text (--raw), the same bytes are binary. */
	assert_null(library_open(path, LIBRARY_RAW, &cause));
	assert_string_equal(cause, "binary data, not an article");
	free(cause);
	cause = NULL;

	/* Markup, then more NULs than one in a hundred. */
	memset(many, 0, sizeof many);
	memcpy(many, "<html><body><p>Words", 21);
	assert_non_null(f = fopen(path, "w"));
	assert_int_equal(fwrite(many, 1, sizeof many, f), sizeof many);
	fclose(f);
	assert_null(library_open(path, 0, &cause));
	assert_string_equal(cause, "binary data, not an article");
	free(cause);
	unlink(path);
}

static void
test_legacy_text(void **state)
{
	struct article	*a;
	char		*cause = NULL, *p = data("e2e/latin1.txt");

	(void)state;
	a = library_open(p, 0, &cause);
	assert_non_null(a);
	assert_string_equal(a->doc->title, "Caf\xc3\xa9 Society Reopens");
	assert_non_null(strstr(a->doc->body, "\xc2\xa3" "200,000"));
	article_free(a);
	free(p);

	p = data("e2e/noise.txt");
	assert_null(library_open(p, 0, &cause));
	assert_non_null(strstr(cause, "not UTF-8 text (invalid byte 0x"));
	free(cause);
	free(p);
}

static void
test_raw(void **state)
{
	struct article	*a;
	char		*cause = NULL, *p = data("e2e/ferry.txt");
	char		*bytes;
	size_t		 len;

	(void)state;
	a = library_open(p, LIBRARY_RAW, &cause);
	assert_non_null(a);
	bytes = test_read("e2e/ferry.txt", &len);
	assert_int_equal(a->doc->body_len, len);
	assert_memory_equal(a->doc->body, bytes, len);
	assert_null(a->doc->title);
	assert_null(a->doc->prev.title);
	free(bytes);
	article_free(a);
	free(p);
}

static void
test_utf16(void **state)
{
	struct article	*a;
	char		*cause = NULL, path[] = "/tmp/folio-utf16.XXXXXX";
	const char	 bytes[] = "\xff\xfeT\0i\0t\0l\0e\0\n\0\n\0B\0o\0d\0y\0"
	    " \0\xe9\0.\0\n\0";
	int		 fd = mkstemp(path);

	(void)state;
	assert_true(fd >= 0);
	assert_int_equal(write(fd, bytes, sizeof bytes - 1),
	    (ssize_t)(sizeof bytes - 1));
	close(fd);
	a = library_open(path, 0, &cause);
	unlink(path);
	assert_non_null(a);
	assert_string_equal(a->doc->title, "Title");
	assert_string_equal(a->doc->body, "Body \xc3\xa9.");
	article_free(a);
}

static void
test_scan(void **state)
{
	struct library	*l;
	char		*cause = NULL, *p = data("series");
	size_t		 i;

	(void)state;
	l = library_scan(p, &cause);
	assert_non_null(l);
	/* Four articles, newest first; the "_files" folder is not one. */
	assert_int_equal(l->n, 4);
	assert_string_equal(l->entries[0].title, "Delta Closing Remarks");
	assert_string_equal(l->entries[1].title, "Gamma Notes From the Valley");
	assert_string_equal(l->entries[2].title, "Beta Story About the Harbour");
	assert_string_equal(l->entries[3].title,
	    "Alpha Report on the Canal Budget");
	assert_string_equal(l->entries[3].date, "2024-05-01");
	assert_string_equal(l->entries[3].url,
	    "https://news.example/alpha-report/");
	for (i = 0; i < l->n; i++)
		assert_null(strstr(l->entries[i].path, "_files"));
	library_free(l);
	library_free(NULL);
	free(p);

	p = data("e2e/nothing");
	assert_null(library_scan(p, &cause));
	assert_string_equal(cause, "no articles in this folder");
	free(cause);
	free(p);

	p = data("no-such-folder");
	assert_null(library_scan(p, &cause));
	assert_string_equal(cause, "No such file or directory");
	free(cause);
	free(p);

	/* A folder that links to itself, and an article with a second
	 * name: each article is listed once. */
	{
		char	 dir[] = "/tmp/folio-scan.XXXXXX", *src, *dst;
		int	 k;

		assert_non_null(mkdtemp(dir));
		dst = data("series/delta.txt");
		src = realpath(dst, NULL);
		assert_non_null(src);
		free(dst);
		dst = xasprintf("%s/delta.txt", dir);
		assert_int_equal(symlink(src, dst), 0);
		free(dst);
		dst = xasprintf("%s/latest.txt", dir);
		assert_int_equal(symlink(src, dst), 0);
		free(dst);
		dst = xasprintf("%s/loop", dir);
		assert_int_equal(symlink(".", dst), 0);
		free(dst);
		l = library_scan(dir, &cause);
		assert_non_null(l);
		assert_int_equal(l->n, 1);
		assert_string_equal(l->entries[0].title,
		    "Delta Closing Remarks");
		library_free(l);
		for (k = 0; k < 3; k++) {
			dst = xasprintf("%s/%s", dir, k == 0 ? "delta.txt" :
			    k == 1 ? "latest.txt" : "loop");
			unlink(dst);
			free(dst);
		}
		rmdir(dir);
		free(src);
	}

	p = data("series");
	assert_true(library_is_dir(p));
	free(p);
	p = data("series/delta.txt");
	assert_false(library_is_dir(p));
	free(p);
}

static void
put(const char *dir, const char *name, const char *text)
{
	char	*path = xasprintf("%s/%s", dir, name);
	FILE	*f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	free(path);
}

/* A page whose declared title carries the site's name ("Story | Site")
 * is listed, and found by a link's title, by its headline. */
static void
test_headline(void **state)
{
	char		 dir[] = "/tmp/folio-headline.XXXXXX", *path;
	char		*cause = NULL;
	struct article	*a;
	struct library	*l;

	(void)state;
	assert_non_null(mkdtemp(dir));
	put(dir, "tide.html", "<html><head><meta property=\"og:title\" "
	    "content=\"Spring tides reach the quay | Harbour News\">"
	    "<meta property=\"og:site_name\" content=\"Harbour News\">"
	    "</head><body><article><h1>Spring tides reach the quay</h1>"
	    "<p>The water came within a hand's breadth of the quay on "
	    "Sunday night, the highest tide the harbour has seen in twenty "
	    "years, and the road was closed until morning.</p></article>"
	    "</body></html>\n");
	put(dir, "notes.txt", "Notes From the Quay\n\nThe road is open "
	    "again.\n\nPrev Post\n\nSpring tides reach the quay\n");
	path = xasprintf("%s/notes.txt", dir);
	a = library_open(path, 0, &cause);
	assert_non_null(a);
	assert_true(ends_with(a->doc->prev.file, "/tide.html"));
	article_free(a);
	free(path);

	l = library_scan(dir, &cause);
	assert_non_null(l);
	assert_int_equal(l->n, 2);
	assert_true(strcmp(l->entries[0].title,
	    "Spring tides reach the quay") == 0 ||
	    strcmp(l->entries[1].title, "Spring tides reach the quay") == 0);
	library_free(l);

	path = xasprintf("%s/tide.html", dir);
	unlink(path);
	free(path);
	path = xasprintf("%s/notes.txt", dir);
	unlink(path);
	free(path);
	rmdir(dir);
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
	a = library_open(path, 0, &cause);
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
	assert_true(ends_with(next, "/Saved page 2.html"));
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
	assert_true(ends_with(next, "/Saved page 3.html"));
	free(next);

	/* The indexes go; they come back when needed. */
	library_cleanup();
	library_cleanup();
	next = open_next(dir, 1);
	assert_true(ends_with(next, "/Saved page 2.html"));
	free(next);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_article),
		cmocka_unit_test(test_series),
		cmocka_unit_test(test_bad_input),
		cmocka_unit_test(test_nul_bytes),
		cmocka_unit_test(test_legacy_text),
		cmocka_unit_test(test_raw),
		cmocka_unit_test(test_utf16),
		cmocka_unit_test(test_scan),
		cmocka_unit_test(test_headline),
		cmocka_unit_test(test_folder_index),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
