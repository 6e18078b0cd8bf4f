/* test_theme.c: theme files, colours and attributes. */
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

#include "theme.h"
#include "xmalloc.h"
#include "testutil.h"

/* Parse text over the default theme; on failure return the cause. */
static char *
parse(struct theme *t, const char *text)
{
	char	*cause = NULL;

	theme_init_default(t);
	if (theme_parse(t, text, strlen(text), &cause) == 0) {
		assert_null(cause);
		return NULL;
	}
	assert_non_null(cause);
	return cause;
}

static void
expect_error(const char *text, const char *want)
{
	struct theme	 t, d;
	char		*cause;

	theme_init_default(&d);
	cause = parse(&t, text);
	assert_non_null(cause);
	assert_string_equal(cause, want);
	/* On error the theme is left as it was. */
	assert_memory_equal(t.role, d.role, sizeof t.role);
	free(cause);
	theme_free(&t);
	theme_free(&d);
}

static void
test_role_names(void **state)
{
	static const char *const want[ROLE_COUNT] = {
		"text", "title", "byline", "heading", "quote", "link", "name",
		"figure", "search-match", "panel", "panel-title",
		"panel-selected", "status", "status-key", "message", "error",
		"border", "link-hint"
	};
	unsigned	 r;

	(void)state;
	for (r = 0; r < ROLE_COUNT; r++)
		assert_string_equal(theme_role_name((enum role)r), want[r]);
	assert_null(theme_role_name(ROLE_COUNT));
}

static void
test_colors(void **state)
{
	struct theme	 t;

	(void)state;
	assert_null(parse(&t,
	    "text = default\n"
	    "title = black on white\n"
	    "byline = red on green\n"
	    "heading = yellow on blue\n"
	    "quote = magenta on cyan\n"
	    "link = bright-black on bright-white\n"
	    "name = bright-red on bright-cyan\n"
	    "figure = 0 on 255\n"
	    "search-match = 042 on 9\n"
	    "panel = #d7AF87 on #000000\n"
	    "panel-title = on blue\n"
	    "panel-selected = BRIGHT-Yellow\n"
	    "status = on default\n"));
	assert_int_equal(t.role[ROLE_TEXT].fg, COLOR_NONE);
	assert_int_equal(t.role[ROLE_TEXT].bg, COLOR_NONE);
	assert_int_equal(t.role[ROLE_TEXT].attr, 0);
	assert_int_equal(t.role[ROLE_TITLE].fg, 0);
	assert_int_equal(t.role[ROLE_TITLE].bg, 7);
	assert_int_equal(t.role[ROLE_BYLINE].fg, 1);
	assert_int_equal(t.role[ROLE_BYLINE].bg, 2);
	assert_int_equal(t.role[ROLE_HEADING].fg, 3);
	assert_int_equal(t.role[ROLE_HEADING].bg, 4);
	assert_int_equal(t.role[ROLE_QUOTE].fg, 5);
	assert_int_equal(t.role[ROLE_QUOTE].bg, 6);
	assert_int_equal(t.role[ROLE_LINK].fg, 8);
	assert_int_equal(t.role[ROLE_LINK].bg, 15);
	assert_int_equal(t.role[ROLE_NAME].fg, 9);
	assert_int_equal(t.role[ROLE_NAME].bg, 14);
	assert_int_equal(t.role[ROLE_FIGURE].fg, 0);
	assert_int_equal(t.role[ROLE_FIGURE].bg, 255);
	assert_int_equal(t.role[ROLE_SEARCH].fg, 42);
	assert_int_equal(t.role[ROLE_SEARCH].bg, 9);
	assert_int_equal(t.role[ROLE_PANEL].fg, COLOR_RGB(0xd7, 0xaf, 0x87));
	assert_true(COLOR_IS_RGB(t.role[ROLE_PANEL].fg));
	assert_int_equal(t.role[ROLE_PANEL].bg, COLOR_RGB(0, 0, 0));
	assert_true(COLOR_IS_RGB(t.role[ROLE_PANEL].bg));
	assert_int_equal(t.role[ROLE_PANEL_TITLE].fg, COLOR_NONE);
	assert_int_equal(t.role[ROLE_PANEL_TITLE].bg, 4);
	assert_int_equal(t.role[ROLE_PANEL_SELECTED].fg, 11);
	assert_int_equal(t.role[ROLE_STATUS].bg, COLOR_NONE);
	assert_false(COLOR_IS_RGB(255));
	assert_false(COLOR_IS_RGB(COLOR_NONE));
	theme_free(&t);
}

static void
test_attributes_and_comments(void **state)
{
	struct theme	 t;
	struct style	 border;

	(void)state;
	theme_init_default(&t);
	border = t.role[ROLE_BORDER];
	theme_free(&t);
	assert_null(parse(&t,
	    "# a comment line\n"
	    "\n"
	    "   \t\n"
	    "  #c0ffee: a comment too, first on its line\n"
	    "text=bold dim italic underline reverse\r\n"
	    "title = bold # a comment\n"
	    "byline = red #\n"
	    "heading = #ff0000 # red\n"
	    "Quote = Underline Cyan\n"
	    "link = underline red on blue bold\n"
	    "name = bold\n"
	    "name = italic\n"));
	assert_int_equal(t.role[ROLE_TEXT].attr, ATTR_BOLD | ATTR_DIM |
	    ATTR_ITALIC | ATTR_UNDERLINE | ATTR_REVERSE);
	assert_int_equal(t.role[ROLE_TITLE].attr, ATTR_BOLD);
	/* A line sets the whole style: no colour left from before. */
	assert_int_equal(t.role[ROLE_TITLE].fg, COLOR_NONE);
	assert_int_equal(t.role[ROLE_BYLINE].fg, 1);
	assert_int_equal(t.role[ROLE_HEADING].fg, COLOR_RGB(0xff, 0, 0));
	assert_int_equal(t.role[ROLE_QUOTE].fg, 6);
	assert_int_equal(t.role[ROLE_QUOTE].attr, ATTR_UNDERLINE);
	assert_int_equal(t.role[ROLE_LINK].fg, 1);
	assert_int_equal(t.role[ROLE_LINK].bg, 4);
	assert_int_equal(t.role[ROLE_LINK].attr, ATTR_UNDERLINE | ATTR_BOLD);
	/* The last line for a role wins. */
	assert_int_equal(t.role[ROLE_NAME].attr, ATTR_ITALIC);
	/* Roles not named keep their style. */
	assert_memory_equal(&t.role[ROLE_BORDER], &border, sizeof border);
	theme_free(&t);
	/* Empty text: nothing changes. */
	assert_null(parse(&t, ""));
	theme_free(&t);
}

static void
test_errors(void **state)
{
	struct theme	 t;
	char		*cause;

	(void)state;
	expect_error("text = white\n\ntxt = red\n",
	    "line 3: unknown role 'txt'");
	expect_error("text white\n", "line 1: expected '=' after 'text'");
	expect_error("text\n", "line 1: expected '=' after 'text'");
	expect_error("= red\n", "line 1: no role before '='");
	expect_error("# c\ntext =\n", "line 2: no style for 'text'");
	expect_error("text = reed\n",
	    "line 1: unknown colour or attribute 'reed'");
	expect_error("text = bright-reed\n",
	    "line 1: unknown colour or attribute 'bright-reed'");
	expect_error("text = 256\n",
	    "line 1: unknown colour '256': out of range (0-255)");
	expect_error("text = 99999999999999999999\n",
	    "line 1: unknown colour '99999999999999999999': out of range "
	    "(0-255)");
	expect_error("text = 12ab\n", "line 1: unknown colour '12ab': "
	    "not a number");
	expect_error("text = #12345\n",
	    "line 1: unknown colour or attribute '#12345'");
	expect_error("text = red #comment\n",
	    "line 1: unknown colour or attribute '#comment'");
	expect_error("text = red\nlink = on\n",
	    "line 2: no colour after 'on'");
	expect_error("text = on purple\n",
	    "line 1: unknown colour 'purple'");
	expect_error("text = on bold\n", "line 1: unknown colour 'bold'");
	expect_error("text = red blue\n", "line 1: two foreground colours");
	expect_error("text = on red on blue\n",
	    "line 1: two background colours");
	expect_error("text = red = blue\n",
	    "line 1: unknown colour or attribute '='");
	expect_error("text = a b c d e f g h i j k l m n o p q\n",
	    "line 1: too many words");
	/* The file's words are shown clean: no control character or
	 * invalid byte reaches the terminal with the message. */
	expect_error("t\x1b[2Jxt = red\n",
	    "line 1: unknown role 't\xef\xbf\xbd[2Jxt'");
	expect_error("text = gre\x92n\n",
	    "line 1: unknown colour or attribute 'gre\xe2\x80\x99n'");
	expect_error("text = on \xc2\x9b" "31m\n",
	    "line 1: unknown colour '\xef\xbf\xbd" "31m'");
	expect_error("text = 1\x07\n",
	    "line 1: unknown colour '1\xef\xbf\xbd': not a number");

	/* A NUL byte. */
	theme_init_default(&t);
	cause = NULL;
	assert_int_equal(theme_parse(&t, "text = red\nli\0k = red\n", 22,
	    &cause), -1);
	assert_string_equal(cause, "line 2: a NUL byte");
	free(cause);
	theme_free(&t);
}

static void
test_load(void **state)
{
	struct theme	 t;
	char		*dir, *path;
	const char	*dirs[] = { "/nonexistent", NULL, NULL };
	char		*cause = NULL;

	(void)state;
	dir = xstrdup(test_data_path("themes"));
	dirs[1] = dir;

	/* By name, searched in the directories in turn. */
	theme_init_default(&t);
	assert_int_equal(theme_load(&t, "custom", dirs, &cause), 0);
	assert_null(cause);
	assert_string_equal(t.name, "custom");
	assert_int_equal(t.role[ROLE_TITLE].fg, 15);
	assert_int_equal(t.role[ROLE_TITLE].bg, 4);
	assert_int_equal(t.role[ROLE_TITLE].attr, ATTR_BOLD);
	assert_int_equal(t.role[ROLE_NAME].fg, COLOR_RGB(0xd7, 0xaf, 0x87));
	assert_int_equal(t.role[ROLE_NAME].attr, ATTR_UNDERLINE);
	assert_int_equal(t.role[ROLE_FIGURE].fg, 150);
	theme_free(&t);

	/* By path. */
	theme_init_default(&t);
	path = xasprintf("%s/custom.theme", dir);
	assert_int_equal(theme_load(&t, path, NULL, &cause), 0);
	assert_string_equal(t.name, "custom");
	free(path);
	theme_free(&t);

	/* Not found. */
	theme_init_default(&t);
	assert_int_equal(theme_load(&t, "nosuch", dirs, &cause), -1);
	assert_string_equal(cause, "theme 'nosuch' not found");
	free(cause);
	assert_int_equal(theme_load(&t, "custom", NULL, &cause), -1);
	assert_string_equal(cause, "theme 'custom' not found");
	free(cause);
	assert_int_equal(theme_load(&t, "", dirs, &cause), -1);
	free(cause);
	path = xasprintf("%s/nosuch.theme", dir);
	assert_int_equal(theme_load(&t, path, dirs, &cause), -1);
	assert_non_null(strstr(cause, "nosuch.theme: "));
	assert_non_null(strstr(cause, "No such file"));
	free(cause);
	free(path);
	/* A directory is not a theme. */
	path = xasprintf("%s/", dir);
	assert_int_equal(theme_load(&t, path, dirs, &cause), -1);
	free(cause);
	free(path);
	assert_string_equal(t.name, "default");

	/* A parse error names the file and the line. */
	assert_int_equal(theme_load(&t, "broken", dirs, &cause), -1);
	path = xasprintf("%s/broken.theme:4: unknown colour or "
	    "attribute 'bleu'", dir);
	assert_string_equal(cause, path);
	free(path);
	free(cause);
	assert_string_equal(t.name, "default");
	theme_free(&t);
	theme_free(NULL);
	free(dir);
}

/* A theme file is read as the settings are (fetch_file), but one past a
 * megabyte is no theme. */
static void
test_load_large(void **state)
{
	struct theme	 t;
	char		 path[] = "/tmp/folio-test-theme-XXXXXX";
	char		*cause = NULL, *want;
	FILE		*f;
	int		 fd, i;

	(void)state;
	assert_true((fd = mkstemp(path)) != -1);
	assert_non_null(f = fdopen(fd, "w"));
	for (i = 0; i < 70000; i++)
		fputs("# a comment, and more of it\n", f);
	fclose(f);
	theme_init_default(&t);
	assert_int_equal(theme_load(&t, path, NULL, &cause), -1);
	want = xasprintf("%s: too large for a theme", path);
	assert_string_equal(cause, want);
	free(want);
	free(cause);
	/* The settings' reader says what a folder is. */
	assert_int_equal(theme_load(&t, "/tmp/", NULL, &cause), -1);
	assert_string_equal(cause, "/tmp/: is a folder");
	free(cause);
	assert_string_equal(t.name, "default");
	theme_free(&t);
	unlink(path);
}

static void
test_shipped(void **state)
{
	static const char *const names[] = {
		"default", "light", "mono", "high-contrast"
	};
	struct theme	 t, d;
	const char	*top = getenv("top_srcdir");
	char		*dir = xasprintf("%s/themes", top ? top : ".");
	const char	*dirs[] = { dir, NULL };
	char		*cause = NULL;
	size_t		 i;
	unsigned	 r;

	(void)state;
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		/* Over a theme with nothing set: the file sets every role. */
		memset(&t, 0xff, sizeof t);
		t.name = NULL;
		for (r = 0; r < ROLE_COUNT; r++)
			t.role[r].attr = 0xff;
		if (theme_load(&t, names[i], dirs, &cause) != 0)
			fail_msg("%s: %s", names[i], cause);
		assert_string_equal(t.name, names[i]);
		for (r = 0; r < ROLE_COUNT; r++)
			assert_int_not_equal(t.role[r].attr, 0xff);
		/* Names and figures stand apart from the text and links. */
		assert_memory_not_equal(&t.role[ROLE_NAME],
		    &t.role[ROLE_TEXT], sizeof(struct style));
		assert_memory_not_equal(&t.role[ROLE_FIGURE],
		    &t.role[ROLE_NAME], sizeof(struct style));
		assert_memory_not_equal(&t.role[ROLE_FIGURE],
		    &t.role[ROLE_LINK], sizeof(struct style));
		assert_memory_not_equal(&t.role[ROLE_NAME],
		    &t.role[ROLE_LINK], sizeof(struct style));
		assert_memory_not_equal(&t.role[ROLE_SEARCH],
		    &t.role[ROLE_NAME], sizeof(struct style));
		if (strcmp(names[i], "mono") == 0) {
			for (r = 0; r < ROLE_COUNT; r++) {
				assert_int_equal(t.role[r].fg, COLOR_NONE);
				assert_int_equal(t.role[r].bg, COLOR_NONE);
			}
		}
		if (strcmp(names[i], "default") == 0) {
			/* The built-in default is the file. */
			theme_init_default(&d);
			assert_memory_equal(t.role, d.role, sizeof t.role);
			theme_free(&d);
		}
		theme_free(&t);
	}
	free(dir);
}

static void
test_strip(void **state)
{
	struct theme	 t;
	unsigned	 r;

	(void)state;
	assert_null(parse(&t, "name = red\nfigure = green\n"
	    "search-match = on yellow\nlink = blue italic\n"));
	theme_strip_colors(&t);
	for (r = 0; r < ROLE_COUNT; r++) {
		assert_int_equal(t.role[r].fg, COLOR_NONE);
		assert_int_equal(t.role[r].bg, COLOR_NONE);
	}
	/* Highlights that were colour alone become attributes. */
	assert_int_equal(t.role[ROLE_NAME].attr, ATTR_BOLD);
	assert_int_equal(t.role[ROLE_FIGURE].attr, ATTR_UNDERLINE);
	assert_int_equal(t.role[ROLE_SEARCH].attr, ATTR_REVERSE);
	assert_int_equal(t.role[ROLE_LINK].attr, ATTR_ITALIC);
	theme_free(&t);
	/* Attributes already there are kept. */
	assert_null(parse(&t, "name = red italic\nfigure = dim\n"));
	theme_strip_colors(&t);
	assert_int_equal(t.role[ROLE_NAME].attr, ATTR_ITALIC);
	assert_int_equal(t.role[ROLE_FIGURE].attr, ATTR_DIM);
	theme_free(&t);
	/* Names and figures stay apart when one of them already has the
	 * attribute the other would get. */
	assert_null(parse(&t, "name = red\nfigure = green bold\n"));
	theme_strip_colors(&t);
	assert_int_equal(t.role[ROLE_NAME].attr, ATTR_UNDERLINE);
	assert_int_equal(t.role[ROLE_FIGURE].attr, ATTR_BOLD);
	theme_free(&t);
	assert_null(parse(&t, "name = red underline\nfigure = green\n"));
	theme_strip_colors(&t);
	assert_int_equal(t.role[ROLE_NAME].attr, ATTR_UNDERLINE);
	assert_int_equal(t.role[ROLE_FIGURE].attr, ATTR_BOLD);
	theme_free(&t);
}

/* Two roles look apart: another colour or another attribute. */
static void
assert_apart(const struct theme *t, enum role a, enum role b,
    const char *what)
{
	if (t->role[a].fg == t->role[b].fg && t->role[a].bg == t->role[b].bg &&
	    t->role[a].attr == t->role[b].attr)
		fail_msg("%s: %s looks like %s", what, theme_role_name(a),
		    theme_role_name(b));
}

static void
test_fit(void **state)
{
	static const char *const names[] = {
		"default", "light", "mono", "high-contrast"
	};
	static const int ncolors[] = { 0, 2, 8, 16, 256 };
	const char	*top = getenv("top_srcdir");
	char		*dir = xasprintf("%s/themes", top ? top : ".");
	const char	*dirs[] = { dir, NULL };
	char		*cause = NULL, what[64];
	struct theme	 t;
	size_t		 i, j;
	unsigned	 r;

	(void)state;
	/* Every shipped theme on every terminal: only colours the terminal
	 * has, and the highlights still apart from the text and from each
	 * other. */
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		for (j = 0; j < sizeof ncolors / sizeof ncolors[0]; j++) {
			theme_init_default(&t);
			if (theme_load(&t, names[i], dirs, &cause) != 0)
				fail_msg("%s: %s", names[i], cause);
			theme_fit_colors(&t, ncolors[j]);
			snprintf(what, sizeof what, "%s at %d colours",
			    names[i], ncolors[j]);
			for (r = 0; r < ROLE_COUNT; r++) {
				int lim = ncolors[j] < 8 ? 0 : ncolors[j];

				if (t.role[r].fg != COLOR_NONE &&
				    (t.role[r].fg < 0 || t.role[r].fg >= lim))
					fail_msg("%s: %s fg %d", what,
					    theme_role_name(r), t.role[r].fg);
				if (t.role[r].bg != COLOR_NONE &&
				    (t.role[r].bg < 0 || t.role[r].bg >= lim))
					fail_msg("%s: %s bg %d", what,
					    theme_role_name(r), t.role[r].bg);
			}
			assert_apart(&t, ROLE_NAME, ROLE_TEXT, what);
			assert_apart(&t, ROLE_FIGURE, ROLE_TEXT, what);
			assert_apart(&t, ROLE_FIGURE, ROLE_NAME, what);
			assert_apart(&t, ROLE_SEARCH, ROLE_TEXT, what);
			assert_apart(&t, ROLE_SEARCH, ROLE_NAME, what);
			assert_apart(&t, ROLE_PANEL_SELECTED, ROLE_PANEL, what);
			assert_apart(&t, ROLE_STATUS, ROLE_TEXT, what);
			theme_free(&t);
		}
	}
	free(dir);

	/* The default theme on 8 colours keeps its hues: names yellow,
	 * figures green, links cyan, headings blue, text white, search
	 * matches black on yellow. */
	theme_init_default(&t);
	theme_fit_colors(&t, 8);
	assert_int_equal(t.role[ROLE_TEXT].fg, 7);
	assert_int_equal(t.role[ROLE_NAME].fg, 3);
	assert_int_equal(t.role[ROLE_FIGURE].fg, 2);
	assert_int_equal(t.role[ROLE_LINK].fg, 6);
	assert_int_equal(t.role[ROLE_HEADING].fg, 4);
	assert_int_equal(t.role[ROLE_SEARCH].fg, 0);
	assert_int_equal(t.role[ROLE_SEARCH].bg, 3);
	assert_int_equal(t.role[ROLE_TEXT].bg, COLOR_NONE);
	/* Mid greys show on the dark background, dimmed: the border is
	 * not black on black. */
	assert_int_equal(t.role[ROLE_BORDER].fg, 7);
	assert_int_equal(t.role[ROLE_BORDER].attr, ATTR_DIM);
	theme_free(&t);
	/* A theme of dark text, for a light background: greys go dark. */
	assert_null(parse(&t, "text = #303030\nborder = #a8a8a8\n"
	    "title = #eeeeee on #005f87\n"));
	theme_fit_colors(&t, 8);
	assert_int_equal(t.role[ROLE_TEXT].fg, 0);
	assert_int_equal(t.role[ROLE_BORDER].fg, 0);
	assert_int_equal(t.role[ROLE_BORDER].attr, ATTR_DIM);
	assert_int_equal(t.role[ROLE_TITLE].fg, 7);
	assert_int_equal(t.role[ROLE_TITLE].bg, 6);	/* hue 198: cyan */
	theme_free(&t);
	/* bright-* on 8 colours: the colour without "bright". */
	assert_null(parse(&t, "name = bright-yellow on bright-black\n"
	    "figure = 196\n"));
	theme_fit_colors(&t, 8);
	assert_int_equal(t.role[ROLE_NAME].fg, 3);
	assert_int_equal(t.role[ROLE_NAME].bg, 0);
	assert_int_equal(t.role[ROLE_FIGURE].fg, 1);
	theme_free(&t);
	/* On 256: direct colours to the nearest, the others kept. */
	assert_null(parse(&t, "name = #d7af87 on 4\nfigure = 150\n"));
	theme_fit_colors(&t, 256);
	assert_int_equal(t.role[ROLE_NAME].fg, 180);
	assert_int_equal(t.role[ROLE_NAME].bg, 4);
	assert_int_equal(t.role[ROLE_FIGURE].fg, 150);
	theme_free(&t);
	/* Text and names both white on 8 colours: names become bold. */
	assert_null(parse(&t, "text = #d0d0d0\nname = #eeeeee\n"));
	theme_fit_colors(&t, 8);
	assert_int_equal(t.role[ROLE_NAME].fg, 7);
	assert_int_equal(t.role[ROLE_NAME].attr, ATTR_BOLD);
	theme_free(&t);
	/* Direct colour: the colours themselves, as 0xrrggbb; 0-7 stay,
	 * other palette colours become theirs. */
	assert_null(parse(&t, "name = #d7af87 on 4\nfigure = 150 on #000001\n"
	    "link = bright-red\n"));
	theme_fit_colors(&t, 0x1000000);
	assert_int_equal(t.role[ROLE_NAME].fg, 0xd7af87);
	assert_int_equal(t.role[ROLE_NAME].bg, 4);
	assert_int_equal(t.role[ROLE_FIGURE].fg, 0xafd787);
	assert_int_equal(t.role[ROLE_FIGURE].bg, 8);	/* not blue (4) */
	assert_int_equal(t.role[ROLE_LINK].fg, 0xff0000);
	theme_free(&t);
	/* No colours: as theme_strip_colors. */
	theme_init_default(&t);
	theme_fit_colors(&t, 0);
	assert_int_equal(t.role[ROLE_NAME].fg, COLOR_NONE);
	assert_int_equal(t.role[ROLE_NAME].attr, ATTR_BOLD);
	assert_int_equal(t.role[ROLE_FIGURE].attr, ATTR_UNDERLINE);
	theme_free(&t);
}

static void
test_nearest_256(void **state)
{
	(void)state;
	assert_int_equal(theme_nearest_256(COLOR_RGB(0, 0, 0)), 16);
	assert_int_equal(theme_nearest_256(COLOR_RGB(0xff, 0xff, 0xff)), 231);
	assert_int_equal(theme_nearest_256(COLOR_RGB(0xff, 0, 0)), 196);
	assert_int_equal(theme_nearest_256(COLOR_RGB(0, 0xff, 0)), 46);
	assert_int_equal(theme_nearest_256(COLOR_RGB(0, 0, 0xff)), 21);
	assert_int_equal(theme_nearest_256(COLOR_RGB(0x5f, 0x87, 0xaf)), 67);
	assert_int_equal(theme_nearest_256(COLOR_RGB(0xd7, 0xaf, 0x87)), 180);
	/* Near the cube's colours. */
	assert_int_equal(theme_nearest_256(COLOR_RGB(0xfe, 0x01, 0x02)), 196);
	assert_int_equal(theme_nearest_256(COLOR_RGB(0x60, 0x88, 0xb0)), 67);
	/* Greys go to the ramp. */
	assert_int_equal(theme_nearest_256(COLOR_RGB(0x80, 0x80, 0x80)), 244);
	assert_int_equal(theme_nearest_256(COLOR_RGB(0xd0, 0xd0, 0xd0)), 252);
	assert_int_equal(theme_nearest_256(COLOR_RGB(0xee, 0xee, 0xee)), 255);
	assert_int_equal(theme_nearest_256(COLOR_RGB(0x08, 0x08, 0x08)), 232);
	assert_int_equal(theme_nearest_256(COLOR_RGB(0x30, 0x30, 0x30)), 236);
	assert_int_equal(theme_nearest_256(COLOR_RGB(0x03, 0x03, 0x03)), 16);
	/* Without the flag: the same. */
	assert_int_equal(theme_nearest_256(0xff0000), 196);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_role_names),
		cmocka_unit_test(test_colors),
		cmocka_unit_test(test_attributes_and_comments),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_load),
		cmocka_unit_test(test_load_large),
		cmocka_unit_test(test_shipped),
		cmocka_unit_test(test_strip),
		cmocka_unit_test(test_fit),
		cmocka_unit_test(test_nearest_256),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
