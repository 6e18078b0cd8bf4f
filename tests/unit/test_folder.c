/* test_folder.c: the article files of a folder, and its index. */
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
#include <utime.h>

#include "folder.h"
#include "listing.h"
#include "testutil.h"
#include "xmalloc.h"

static char *
data(const char *name)
{
	return xstrdup(test_data_path(name));
}

static void
test_scan(void **state)
{
	struct listing	*l;
	char		*cause = NULL, *p = data("series");
	size_t		 i;

	(void)state;
	l = folder_scan(p, &cause);
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
	listing_free(l);
	listing_free(NULL);
	free(p);

	p = data("e2e/nothing");
	assert_null(folder_scan(p, &cause));
	assert_string_equal(cause, "no articles in this folder");
	free(cause);
	free(p);

	p = data("no-such-folder");
	assert_null(folder_scan(p, &cause));
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
		l = folder_scan(dir, &cause);
		assert_non_null(l);
		assert_int_equal(l->n, 1);
		assert_string_equal(l->entries[0].title,
		    "Delta Closing Remarks");
		listing_free(l);
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
	assert_true(folder_is_dir(p));
	free(p);
	p = data("series/delta.txt");
	assert_false(folder_is_dir(p));
	free(p);
}
/* Articles with a date come first, newest first; those without one
 * after them, by their files' times, however new; a file of numbers and
 * codes is no article: counted, not listed. */
static void
test_order_and_others(void **state)
{
	struct listing	*l;
	struct utimbuf	 ut;
	char		 dir[] = "/tmp/folio-order.XXXXXX", *p, *cause = NULL;

	(void)state;
	assert_non_null(mkdtemp(dir));
	p = xasprintf("%s/old.txt", dir);
	test_write_file(p, "An Old Story\n\nMay 1, 2020\n\nThe harbour "
	    "was quiet and the ferry was late again that spring.\n");
	free(p);
	p = xasprintf("%s/new.txt", dir);
	test_write_file(p, "A New Story\n\nJune 2, 2024\n\nThe market "
	    "opened early and the square was full by nine.\n");
	free(p);
	p = xasprintf("%s/undated.txt", dir);
	test_write_file(p, "A Story Without a Date\n\nThe council met "
	    "and talked about the bridge for hours.\n");
	ut.actime = ut.modtime = 4102444800;	/* 2100 */
	assert_int_equal(utime(p, &ut), 0);
	free(p);
	p = xasprintf("%s/counts.txt", dir);
	test_write_file(p, "262 273 51374560f4\n118 90 7f3a2c\n");
	free(p);
	l = folder_scan(dir, &cause);
	assert_non_null(l);
	assert_int_equal(l->n, 3);
	assert_int_equal(l->others, 1);
	assert_string_equal(l->entries[0].title, "A New Story");
	assert_string_equal(l->entries[1].title, "An Old Story");
	assert_string_equal(l->entries[2].title, "A Story Without a Date");
	assert_true(l->entries[0].dated && !l->entries[2].dated);
	listing_free(l);
	/* Nothing but data: no articles, and why. */
	p = xasprintf("%s/counts.txt", dir);
	free(p);
	{
		static const char *names[] = { "old.txt", "new.txt",
		    "undated.txt" };
		size_t	 i;

		for (i = 0; i < 3; i++) {
			p = xasprintf("%s/%s", dir, names[i]);
			unlink(p);
			free(p);
		}
	}
	assert_null(folder_scan(dir, &cause));
	assert_string_equal(cause, "no articles in this folder (1 file is "
	    "not an article)");
	free(cause);
	p = xasprintf("%s/counts.txt", dir);
	unlink(p);
	free(p);
	rmdir(dir);
}

/* The same article saved in three folders is one entry, its copies
 * counted and marked. */
static void
test_copies(void **state)
{
	struct listing	*l;
	char		 dir[] = "/tmp/folio-copies.XXXXXX", *p, *cause = NULL;
	static const char *const sub[] = { "a", "b", "c" };
	static const char text[] = "The Same Story\n\nMay 1, 2020\n\nThe "
	    "harbour was quiet and the ferry was late again that spring.\n";
	size_t		 i, copies = 0;

	(void)state;
	assert_non_null(mkdtemp(dir));
	for (i = 0; i < 3; i++) {
		p = xasprintf("%s/%s", dir, sub[i]);
		assert_int_equal(mkdir(p, 0700), 0);
		free(p);
		p = xasprintf("%s/%s/story.txt", dir, sub[i]);
		test_write_file(p, text);
		free(p);
	}
	p = xasprintf("%s/other.txt", dir);
	test_write_file(p, "Another Story\n\nMay 2, 2020\n\nThe market "
	    "opened early and the square was full by nine.\n");
	free(p);
	l = folder_scan(dir, &cause);
	assert_non_null(l);
	assert_int_equal(l->n, 4);
	for (i = 0; i < l->n; i++) {
		if (l->entries[i].copy) {
			copies++;
			assert_string_equal(l->entries[i].title,
			    "The Same Story");
		} else if (strcmp(l->entries[i].title, "The Same Story") == 0)
			assert_int_equal(l->entries[i].copies, 2);
		else
			assert_int_equal(l->entries[i].copies, 0);
	}
	assert_int_equal(copies, 2);
	listing_free(l);
	for (i = 0; i < 3; i++) {
		p = xasprintf("%s/%s/story.txt", dir, sub[i]);
		unlink(p);
		free(p);
		p = xasprintf("%s/%s", dir, sub[i]);
		rmdir(p);
		free(p);
	}
	p = xasprintf("%s/other.txt", dir);
	unlink(p);
	free(p);
	rmdir(dir);
}

/* The files a folder holds, in a stable order, its own first. */
static void
test_files(void **state)
{
	char	**v, *p = data("series");
	size_t	 n, i;

	(void)state;
	v = folder_files(p, 1, &n);
	assert_int_equal(n, 4);
	assert_non_null(strstr(v[0], "series/alpha.html"));
	assert_non_null(strstr(v[1], "series/delta.txt"));
	assert_non_null(strstr(v[2], "series/gamma-notes.txt"));
	assert_non_null(strstr(v[3], "series/beta-story/index.html"));
	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
	/* Not deeper than asked. */
	v = folder_files(p, 0, &n);
	assert_int_equal(n, 3);
	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
	free(p);
	assert_null(folder_files("/nonexistent/folder", 3, &n));
	assert_int_equal(n, 0);
}

static void
test_paths(void **state)
{
	char	*s;

	(void)state;
	assert_string_equal(s = folder_join(".", "a.txt"), "a.txt");
	free(s);
	assert_string_equal(s = folder_join("/x/", "a.txt"), "/x/a.txt");
	free(s);
	assert_string_equal(s = folder_join("x", "a.txt"), "x/a.txt");
	free(s);
	assert_string_equal(s = folder_parent("a.txt"), ".");
	free(s);
	assert_string_equal(s = folder_parent("/a.txt"), "/");
	free(s);
	assert_string_equal(s = folder_parent("x/y/a.txt"), "x/y");
	free(s);
}

/* A page whose declared title carries the site's name ("Story | Site")
 * is listed by its headline. */
static void
test_headline(void **state)
{
	struct listing	*l;
	char		*cause = NULL, *p = data("headline");

	(void)state;
	l = folder_scan(p, &cause);
	assert_non_null(l);
	assert_int_equal(l->n, 2);
	assert_true(strcmp(l->entries[0].title,
	    "Spring tides reach the quay") == 0 ||
	    strcmp(l->entries[1].title, "Spring tides reach the quay") == 0);
	listing_free(l);
	free(p);
}

/* A site's name that the titles of two pages or more end with (or
 * start with) is cut off them, where the pages do not name their site;
 * a title whose ends no other page shares stays whole. */
static void
test_shared_site(void **state)
{
	static const struct {
		const char	*file, *title, *want, *site;
	} t[] = {
		{ "a.html", "Storm hits the coast | Harbour Notes",
		  "Storm hits the coast", "Harbour Notes" },
		{ "b.html", "Ferry back on \xe2\x80\x93 what changed | "
		  "HARBOUR NOTES", "Ferry back on \xe2\x80\x93 what changed",
		  "HARBOUR NOTES" },
		{ "c.html", "Budget vote - what happened",
		  "Budget vote - what happened", NULL },
		{ "d.html", "Quay Weekly: Market day - Quay Weekly",
		  "Quay Weekly: Market day - Quay Weekly", NULL },
		{ "e.html", "Coast Radio | Night shift on the pier",
		  "Night shift on the pier", "Coast Radio" },
		{ "f.html", "Coast Radio | Fog over the bay",
		  "Fog over the bay", "Coast Radio" },
	};
	struct listing	*l;
	char		 dir[] = "/tmp/folio-sites.XXXXXX", *p, *cause = NULL;
	size_t		 i, k;

	(void)state;
	assert_non_null(mkdtemp(dir));
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		char *page = xasprintf("<html><head><title>%s</title></head>"
		    "<body><article><p>Story %zu: the harbour was quiet and "
		    "the ferry was late again that spring, as the crews "
		    "waited for the wind to drop before they sailed.</p>"
		    "<p>The council met on the quay to hear them out, and "
		    "promised a new pier before the winter storms.</p>"
		    "</article></body></html>", t[i].title, i);

		p = xasprintf("%s/%s", dir, t[i].file);
		test_write_file(p, page);
		free(p);
		free(page);
	}
	l = folder_scan(dir, &cause);
	assert_non_null(l);
	assert_int_equal(l->n, sizeof t / sizeof t[0]);
	for (i = 0; i < l->n; i++) {
		const struct listing_entry *e = &l->entries[i];

		for (k = 0; k < sizeof t / sizeof t[0]; k++)
			if (strstr(e->path, t[k].file) != NULL)
				break;
		assert_true(k < sizeof t / sizeof t[0]);
		assert_string_equal(e->title, t[k].want);
		if (t[k].site == NULL)
			assert_null(e->site);
		else
			assert_string_equal(e->site, t[k].site);
	}
	listing_free(l);
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		p = xasprintf("%s/%s", dir, t[i].file);
		unlink(p);
		free(p);
	}
	rmdir(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scan),
		cmocka_unit_test(test_order_and_others),
		cmocka_unit_test(test_copies),
		cmocka_unit_test(test_files),
		cmocka_unit_test(test_paths),
		cmocka_unit_test(test_headline),
		cmocka_unit_test(test_shared_site),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
