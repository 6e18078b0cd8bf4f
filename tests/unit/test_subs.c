/* test_subs.c: the feeds file (newsboat's "urls" format) and OPML
 * written from it. */
#include "config.h"

#include <sys/stat.h>

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "feed.h"
#include "subs.h"
#include "xmalloc.h"

static char	 dir[] = "/tmp/folio-subs.XXXXXX";

static int
setup(void **state)
{
	(void)state;
	return mkdtemp(dir) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	char	*cmd = xasprintf("rm -rf '%s'", dir);
	int	 r;

	(void)state;
	r = system(cmd);
	free(cmd);
	return r == 0 ? 0 : -1;
}

static void
parse(struct subs *s, const char *text)
{
	memset(s, 0, sizeof *s);
	subs_parse(s, text, strlen(text), "feeds");
}

/* newsboat's own example lines. */
static void
test_parse(void **state)
{
	struct subs	 s;

	(void)state;
	parse(&s, "# my feeds\n"
	    "\n"
	    "https://example.com/feed.xml \"news\" \"world affairs\" "
	    "\"~Example News\"\n"
	    "   https://example.org/atom.xml tech linux  # a comment\r\n"
	    "http://example.net/rss \"!hidden\" \"say \\\"hi\\\"\"\n"
	    "feeds/local.xml");
	assert_int_equal(s.nwarnings, 0);
	assert_int_equal(s.n, 4);
	assert_string_equal(s.v[0].url, "https://example.com/feed.xml");
	assert_string_equal(s.v[0].title, "Example News");
	assert_int_equal(s.v[0].ntags, 2);
	assert_string_equal(s.v[0].tags[0], "news");
	assert_string_equal(s.v[0].tags[1], "world affairs");
	assert_int_equal(s.v[0].line, 3);
	assert_string_equal(s.v[1].url, "https://example.org/atom.xml");
	assert_null(s.v[1].title);
	assert_int_equal(s.v[1].ntags, 2);
	assert_string_equal(s.v[1].tags[1], "linux");
	assert_int_equal(s.v[2].ntags, 2);
	assert_string_equal(s.v[2].tags[0], "!hidden");
	assert_string_equal(s.v[2].tags[1], "say \"hi\"");
	assert_string_equal(s.v[3].url, "feeds/local.xml");
	assert_int_equal(s.v[3].line, 6);
	assert_true(subs_has_tag(&s.v[0], "NEWS"));
	assert_false(subs_has_tag(&s.v[0], "tech"));
	assert_ptr_equal(subs_find(&s, "https://example.org/atom.xml"),
	    &s.v[1]);
	assert_null(subs_find(&s, "https://example.org/"));
	subs_free(&s);
}

/* What folio cannot use: a warning each, the rest read. */
static void
test_warnings(void **state)
{
	struct subs	 s;

	(void)state;
	parse(&s, "\"query:Unread Articles:unread = \\\"yes\\\"\"\n"
	    "exec:~/bin/feed.sh\n"
	    "filter:~/bin/filter.sh:https://example.com/x\n"
	    "https://example.com/a \"unclosed\n"
	    "https://example.com/b\n"
	    "https://example.com/b dup\n"
	    "\"\" tag\n"
	    "https://example.com/c \"~\x1b[31mRed\"\n");
	assert_int_equal(s.n, 3);
	assert_string_equal(s.v[0].url, "https://example.com/a");
	assert_string_equal(s.v[0].tags[0], "unclosed");
	assert_string_equal(s.v[1].url, "https://example.com/b");
	/* No control character is kept. */
	assert_null(strchr(s.v[2].title, '\x1b'));
	assert_int_equal(s.nwarnings, 6);
	assert_string_equal(s.warnings[0], "feeds:1: query feeds are "
	    "newsboat's own: skipped");
	assert_string_equal(s.warnings[1], "feeds:2: exec feeds are "
	    "newsboat's own: skipped");
	assert_string_equal(s.warnings[2], "feeds:3: filter feeds are "
	    "newsboat's own: skipped");
	assert_string_equal(s.warnings[3], "feeds:4: a quote is not closed: "
	    "the last tag read to the line's end");
	assert_string_equal(s.warnings[4], "feeds:6: https://example.com/b "
	    "is listed before: skipped");
	assert_string_equal(s.warnings[5], "feeds:7: no feed's address: "
	    "skipped");
	subs_free(&s);
}

/* A line written reads back as it was. */
static void
test_line(void **state)
{
	struct subs	 s, back;
	char		*line;

	(void)state;
	parse(&s, "https://example.com/f \"two words\" plain \"q\\\"uote\" "
	    "\"#hash\" \"~A \\\"Title\\\"\"\n");
	line = subs_line(&s.v[0]);
	assert_string_equal(line, "https://example.com/f \"two words\" plain "
	    "\"q\\\"uote\" \"#hash\" \"~A \\\"Title\\\"\"");
	parse(&back, line);
	assert_int_equal(back.n, 1);
	assert_int_equal(back.v[0].ntags, 4);
	assert_string_equal(back.v[0].tags[2], "q\"uote");
	assert_string_equal(back.v[0].tags[3], "#hash");
	assert_string_equal(back.v[0].title, "A \"Title\"");
	free(line);
	subs_free(&s);
	subs_free(&back);

	/* A title with a line break (from OPML) stays on its line. */
	{
		char		*tags[] = { "a\nb" };
		struct sub	 sub = { "https://example.com/g", "Two\r\nLines",
				    tags, 1, 0 };

		line = subs_line(&sub);
		assert_string_equal(line, "https://example.com/g \"a b\" "
		    "\"~Two  Lines\"");
		free(line);
	}
}

/* The file: none is no error; appended to, its folder made; a line
 * without its line break ended first. */
static void
test_file(void **state)
{
	struct subs	 s, add;
	struct stat	 sb;
	char		*path = xasprintf("%s/conf/folio/feeds", dir);
	char		*cause = NULL;
	size_t		 added;
	FILE		*f;

	(void)state;
	assert_int_equal(subs_read(&s, path, &cause), 1);
	assert_int_equal(s.n, 0);
	parse(&add, "https://example.com/a news\nhttps://example.com/b\n");
	assert_int_equal(subs_append(path, &s, add.v, add.n, &added, &cause),
	    0);
	assert_int_equal(added, 2);
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	assert_int_equal(subs_read(&s, path, &cause), 0);
	assert_int_equal(s.n, 2);
	/* Those it holds are not added again. */
	assert_int_equal(subs_append(path, &s, add.v, add.n, &added, &cause),
	    0);
	assert_int_equal(added, 0);
	subs_free(&s);
	subs_free(&add);

	f = fopen(path, "a");
	fputs("https://example.com/c", f);	/* no line break */
	fclose(f);
	assert_int_equal(subs_read(&s, path, &cause), 0);
	parse(&add, "https://example.com/d\nhttps://example.com/d\n");
	assert_int_equal(subs_append(path, &s, add.v, add.n, &added, &cause),
	    0);
	assert_int_equal(added, 1);
	subs_free(&s);
	subs_free(&add);
	assert_int_equal(subs_read(&s, path, &cause), 0);
	assert_int_equal(s.n, 4);
	assert_string_equal(s.v[2].url, "https://example.com/c");
	assert_string_equal(s.v[3].url, "https://example.com/d");
	subs_free(&s);

	/* A folder where the file should be. */
	assert_int_equal(subs_read(&s, dir, &cause), -1);
	assert_non_null(strstr(cause, "is a folder"));
	free(cause);
	free(path);
}

static void
test_opml(void **state)
{
	struct subs		 s;
	struct feed_outline	*out;
	char			*o, *cause = NULL;
	size_t			 n;

	(void)state;
	parse(&s, "https://example.com/a?x=1&y=2 news \"a<b\" \"~Tom & "
	    "Jerry\"\nhttps://example.com/b\n");
	o = subs_opml(&s);
	assert_string_equal(o, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<opml version=\"2.0\">\n"
	    "  <head>\n    <title>folio feeds</title>\n  </head>\n"
	    "  <body>\n"
	    "    <outline type=\"rss\" text=\"Tom &amp; Jerry\" "
	    "title=\"Tom &amp; Jerry\" "
	    "xmlUrl=\"https://example.com/a?x=1&amp;y=2\" "
	    "category=\"/news,/a&lt;b\"/>\n"
	    "    <outline type=\"rss\" text=\"https://example.com/b\" "
	    "title=\"https://example.com/b\" "
	    "xmlUrl=\"https://example.com/b\"/>\n"
	    "  </body>\n</opml>\n");
	free(o);
	subs_free(&s);

	/* Tags that category would cut in two ("north, east", "a/b") are
	 * folders around the feed; read back, every tag is whole. */
	parse(&s, "https://example.com/c hills \"north, east\" \"a/b\"\n");
	o = subs_opml(&s);
	assert_non_null(strstr(o, "  <body>\n"
	    "    <outline text=\"north, east\">\n"
	    "      <outline text=\"a/b\">\n"
	    "        <outline type=\"rss\" text=\"https://example.com/c\" "
	    "title=\"https://example.com/c\" "
	    "xmlUrl=\"https://example.com/c\" category=\"/hills\"/>\n"
	    "      </outline>\n"
	    "    </outline>\n"
	    "  </body>\n"));
	assert_int_equal(feed_opml_read(o, strlen(o), &out, &n, &cause), 0);
	assert_int_equal(n, 1);
	assert_string_equal(out[0].url, "https://example.com/c");
	assert_int_equal(out[0].ntags, 3);
	assert_string_equal(out[0].tags[0], "north, east");
	assert_string_equal(out[0].tags[1], "a/b");
	assert_string_equal(out[0].tags[2], "hills");
	feed_outlines_free(out, n);
	free(o);
	subs_free(&s);
}

static void
test_path(void **state)
{
	char	*p;

	(void)state;
	setenv("XDG_CONFIG_HOME", "/x/conf", 1);
	p = subs_path();
	assert_string_equal(p, "/x/conf/folio/feeds");
	free(p);
	setenv("XDG_CONFIG_HOME", "relative", 1);
	setenv("HOME", "/home/r", 1);
	p = subs_path();
	assert_string_equal(p, "/home/r/.config/folio/feeds");
	free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_warnings),
		cmocka_unit_test(test_line),
		cmocka_unit_test_setup_teardown(test_file, setup, teardown),
		cmocka_unit_test(test_opml),
		cmocka_unit_test(test_path),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
