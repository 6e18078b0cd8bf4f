/* test_article.c: articles read from their bytes: HTML or plain text,
 * what is refused and why, legacy encodings, --raw. */
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
#include "entities.h"
#include "fetch.h"
#include "testutil.h"
#include "xmalloc.h"

static char *
data(const char *name)
{
	return xstrdup(test_data_path(name));
}

/* The article in a file, as folio reads one. */
static struct article *
read_file(const char *path, unsigned flags, char **cause)
{
	struct fetched	 f;
	struct article	*a;

	if (fetch_file(path, &f, cause) == -1)
		return NULL;
	a = article_read(&f, path, flags, cause);
	fetched_free(&f);
	return a;
}

static void
test_text_article(void **state)
{
	struct article	*a;
	char		*cause = NULL, *p = data("e2e/ferry.txt");

	(void)state;
	a = read_file(p, 0, &cause);
	assert_non_null(a);
	assert_string_equal(a->doc->title,
	    "Harbour Council Approves New Ferry Line");
	assert_string_equal(a->doc->prev.title,
	    "Fishing Quotas Cut for Second Year");
	assert_null(a->doc->prev.file);	/* not resolved here */
	assert_null(strstr(a->doc->body, "Share this article"));
	assert_non_null(a->ents);
	assert_string_equal(a->path, p);
	article_free(a);
	article_free(NULL);
	free(p);
}
static void
expect_error(const char *name, const char *why)
{
	char	*cause = NULL, *p = data(name);

	assert_null(read_file(p, 0, &cause));
	assert_non_null(cause);
	assert_string_equal(cause, why);
	free(cause);
	free(p);
}
static void
test_bad_input(void **state)
{
	(void)state;
	expect_error("e2e/empty.txt", "empty file");
	expect_error("e2e/blank.txt", "empty file");
	expect_error("e2e/binary.dat", "a program, not an article");
	expect_error("e2e/nul.txt", "binary data, not an article");
}

/* A server's answer of a media type that is no text is refused by its
 * type; a type that says nothing is sniffed. */
static void
test_media_type(void **state)
{
	struct fetched	 f;
	struct article	*a;
	char		*cause = NULL;

	(void)state;
	memset(&f, 0, sizeof f);
	f.data = xstrdup("\x89PNG\r\n\x1a\n");
	f.len = 8;
	f.content_type = xstrdup("image/png; q=1");
	assert_null(article_read(&f, "https://x.example/a", 0, &cause));
	assert_string_equal(cause, "not an article (image/png)");
	free(cause);
	cause = NULL;
	fetched_free(&f);

	f.data = xstrdup("<html><body><p>Words of the page.</p></body>"
	    "</html>");
	f.len = strlen(f.data);
	f.content_type = xstrdup("application/octet-stream");
	a = article_read(&f, "https://x.example/b", 0, &cause);
	assert_non_null(a);
	assert_string_equal(a->doc->body, "Words of the page.");
	assert_string_equal(a->path, "https://x.example/b");
	article_free(a);
	fetched_free(&f);
}

/* What a file's name says it holds. */
static void
test_name_kind(void **state)
{
	(void)state;
	assert_int_equal(article_name_kind("a/b.HTML"), ARTICLE_NAME_HTML);
	assert_int_equal(article_name_kind("b.shtml"), ARTICLE_NAME_HTML);
	assert_int_equal(article_name_kind("notes.md"), ARTICLE_NAME_TEXT);
	assert_int_equal(article_name_kind("x.txt/readme"),
	    ARTICLE_NAME_OTHER);
	assert_int_equal(article_name_kind("photo.jpg"), ARTICLE_NAME_OTHER);
	assert_int_equal(article_name_kind("dot."), ARTICLE_NAME_OTHER);
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
	a = read_file(path, 0, &cause);
	assert_non_null(a);
	assert_string_equal(a->doc->title, "Tide report");
	assert_non_null(strstr(a->doc->body, "the highest the harbour"));
	article_free(a);

	/* As plain text (--raw), the same bytes are binary. */
	assert_null(read_file(path, ARTICLE_RAW, &cause));
	assert_string_equal(cause, "binary data, not an article");
	free(cause);
	cause = NULL;

	/* Markup, then more NULs than one in a hundred. */
	memset(many, 0, sizeof many);
	memcpy(many, "<html><body><p>Words", 21);
	assert_non_null(f = fopen(path, "w"));
	assert_int_equal(fwrite(many, 1, sizeof many, f), sizeof many);
	fclose(f);
	assert_null(read_file(path, 0, &cause));
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
	a = read_file(p, 0, &cause);
	assert_non_null(a);
	assert_string_equal(a->doc->title, "Caf\xc3\xa9 Society Reopens");
	assert_non_null(strstr(a->doc->body, "\xc2\xa3" "200,000"));
	article_free(a);
	free(p);

	p = data("e2e/noise.txt");
	assert_null(read_file(p, 0, &cause));
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
	a = read_file(p, ARTICLE_RAW, &cause);
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
	a = read_file(path, 0, &cause);
	unlink(path);
	assert_non_null(a);
	assert_string_equal(a->doc->title, "Title");
	assert_string_equal(a->doc->body, "Body \xc3\xa9.");
	article_free(a);
}
int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_article),
		cmocka_unit_test(test_bad_input),
		cmocka_unit_test(test_media_type),
		cmocka_unit_test(test_name_kind),
		cmocka_unit_test(test_nul_bytes),
		cmocka_unit_test(test_legacy_text),
		cmocka_unit_test(test_raw),
		cmocka_unit_test(test_utf16),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
