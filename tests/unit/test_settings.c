/* test_settings.c: the configuration file. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "keymap.h"
#include "settings.h"
#include "xmalloc.h"

static char	 path[] = "/tmp/folio-settings.XXXXXX";

static void
write_conf(const char *text)
{
	FILE	*f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static int
setup(void **state)
{
	int	 fd = mkstemp(path);

	(void)state;
	if (fd == -1)
		return -1;
	close(fd);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	unlink(path);
	return 0;
}

static void
test_defaults(void **state)
{
	struct settings	 s;

	(void)state;
	settings_init(&s);
	assert_null(s.theme);
	assert_int_equal(s.width, 80);
	assert_true(s.panel && s.names && s.figures && s.library && s.mouse);
	/* The panel as the width allows: no one chose. */
	assert_false(s.panel_set);
	settings_free(&s);
}

static void
test_load(void **state)
{
	struct settings	 s;
	struct keymap	*km = keymap_new();
	char		*cause = NULL;

	(void)state;
	settings_init(&s);
	write_conf("# folio settings\n"
	    "theme light   # a comment\n"
	    "\n"
	    "  width 72\n"
	    "panel off\n"
	    "names no\n"
	    "figures on\n"
	    "library off\n"
	    "mouse off\n"
	    "accents on\n"
	    "bind x quit\n");
	assert_int_equal(settings_load(&s, km, path, &cause), 0);
	assert_string_equal(s.theme, "light");
	assert_int_equal(s.width, 72);
	assert_false(s.panel);
	assert_true(s.panel_set);
	assert_false(s.names);
	assert_true(s.figures);
	assert_false(s.library);
	assert_false(s.mouse);
	assert_true(s.accents);
	assert_int_equal(keymap_lookup(km, 'x'), ACT_QUIT);
	settings_free(&s);

	/* CRLF line ends, as a file written on Windows has them. */
	settings_init(&s);
	write_conf("theme mono\r\nwidth 60\r\nbind y quit\r\n");
	assert_int_equal(settings_load(&s, km, path, &cause), 0);
	assert_string_equal(s.theme, "mono");
	assert_int_equal(s.width, 60);
	assert_int_equal(keymap_lookup(km, 'y'), ACT_QUIT);
	settings_free(&s);
	keymap_free(km);
}

/* A file of one bad line: a warning "PATH:LINE: why", nothing else. */
static void
expect_warning(const char *text, const char *why)
{
	struct settings	 s;
	struct keymap	*km = keymap_new();
	char		*cause = NULL, *want;

	settings_init(&s);
	write_conf(text);
	assert_int_equal(settings_load(&s, km, path, &cause), 0);
	assert_null(cause);
	assert_int_equal(s.nwarnings, 1);
	want = xasprintf("%s:%s", path, why);
	assert_string_equal(s.warnings[0], want);
	free(want);
	/* A line skipped chooses nothing. */
	assert_true(s.panel && !s.panel_set);
	settings_free(&s);
	assert_null(s.warnings);
	keymap_free(km);
}

static void
test_errors(void **state)
{
	(void)state;
	expect_warning("colour red\n", "1: unknown setting 'colour'");
	expect_warning("\nwidth 5\n", "2: width '5' is not 20 to 1000");
	expect_warning("panel maybe\n",
	    "1: panel 'maybe' is not on or off, left or right");
	expect_warning("theme\n", "1: 'theme' needs a value");
	expect_warning("library maybe\n",
	    "1: library 'maybe' is not on or off");
	expect_warning("accents maybe\n",
	    "1: accents 'maybe' is not on or off");
	expect_warning("mouse sometimes\n",
	    "1: mouse 'sometimes' is not on or off");
	expect_warning("width 80 90\n", "1: 'width' takes one value");
	expect_warning("bind x\n", "1: bind KEY ACTION");
	expect_warning("bind x nosuch\n", "1: unknown action 'nosuch'");
	expect_warning("width 80 90 100\n", "1: too many words");
	/* The file's words are shown clean in a message. */
	expect_warning("col\x1b[2Jour red\n",
	    "1: unknown setting 'col\xef\xbf\xbd[2Jour'");
	expect_warning("width 7\x9b" "0\n",
	    "1: width '7\xe2\x80\xba" "0' is not 20 to 1000");
	expect_warning("names \x07\n",
	    "1: names '\xef\xbf\xbd' is not on or off");
	expect_warning("bind \x1b down\n", "1: unknown key '\xef\xbf\xbd'");
}

/* Bad lines are skipped: the good ones around them still count. */
static void
test_skip_bad_lines(void **state)
{
	struct settings	 s;
	struct keymap	*km = keymap_new();
	char		*cause = NULL, *want;

	(void)state;
	settings_init(&s);
	write_conf("width 5\n"
	    "names off\n"
	    "colour red\n"
	    "bind x nosuch\n"
	    "bind x quit\n"
	    "panel left\n"
	    "theme mono\n");
	assert_int_equal(settings_load(&s, km, path, &cause), 0);
	assert_int_equal(s.nwarnings, 3);
	want = xasprintf("%s:3: unknown setting 'colour'", path);
	assert_string_equal(s.warnings[1], want);
	free(want);
	assert_int_equal(s.width, 80);
	assert_false(s.names);
	assert_true(s.panel);
	assert_true(s.panel_set);
	assert_true(s.panel_left);
	assert_string_equal(s.theme, "mono");
	assert_int_equal(s.theme_line, 7);
	assert_int_equal(keymap_lookup(km, 'x'), ACT_QUIT);
	settings_free(&s);
	keymap_free(km);
}

/* A file that cannot be read: -1, and nothing changed. */
static void
test_unreadable(void **state)
{
	struct settings	 s;
	struct keymap	*km = keymap_new();
	char		*cause = NULL;

	(void)state;
	settings_init(&s);
	/* A folder cannot be read as a file, even by root. */
	assert_int_equal(settings_load(&s, km, "/", &cause), -1);
	assert_non_null(cause);
	free(cause);
	assert_int_equal(s.nwarnings, 0);
	settings_free(&s);
	keymap_free(km);
}

static void
test_missing(void **state)
{
	struct settings	 s;
	struct keymap	*km = keymap_new();
	char		*cause = NULL;

	(void)state;
	settings_init(&s);
	assert_int_equal(settings_load(&s, km,
	    "/nonexistent/folio/config", &cause), 0);
	assert_null(cause);
	settings_free(&s);
	keymap_free(km);
}

static void
test_path(void **state)
{
	char	*p;

	(void)state;
	setenv("XDG_CONFIG_HOME", "/x/conf", 1);
	p = settings_path();
	assert_string_equal(p, "/x/conf/folio/config");
	free(p);
	unsetenv("XDG_CONFIG_HOME");
	setenv("HOME", "/home/reader", 1);
	p = settings_path();
	assert_string_equal(p, "/home/reader/.config/folio/config");
	free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_load),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_skip_bad_lines),
		cmocka_unit_test(test_unreadable),
		cmocka_unit_test(test_missing),
		cmocka_unit_test(test_path),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
