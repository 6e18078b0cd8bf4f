/* test_keymap.c: keys and the actions they are bound to. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "keymap.h"

static void
test_defaults(void **state)
{
	static const struct {
		int		 key;
		enum action	 action;
	} want[] = {
		{ 'j', ACT_DOWN }, { KEY_F_DOWN, ACT_DOWN },
		{ KEY_F_WHEEL_DOWN, ACT_DOWN },
		{ 'k', ACT_UP }, { KEY_F_UP, ACT_UP },
		{ KEY_F_WHEEL_UP, ACT_UP },
		{ ' ', ACT_PAGE_DOWN }, { KEY_F_PGDN, ACT_PAGE_DOWN },
		{ 'b', ACT_PAGE_UP }, { KEY_F_PGUP, ACT_PAGE_UP },
		{ 'd', ACT_HALF_DOWN }, { 'u', ACT_HALF_UP },
		{ 'g', ACT_TOP }, { KEY_F_HOME, ACT_TOP },
		{ 'G', ACT_BOTTOM }, { KEY_F_END, ACT_BOTTOM },
		{ '/', ACT_SEARCH }, { 18, ACT_SEARCH_BACK },
		{ '?', ACT_SEARCH_BACK },
		{ 'n', ACT_SEARCH_NEXT }, { 'N', ACT_SEARCH_PREV },
		{ ']', ACT_NEXT_POST }, { '[', ACT_PREV_POST },
		{ 'h', ACT_BACK }, { 127, ACT_BACK },
		{ KEY_F_BACKSPACE, ACT_BACK }, { 8, ACT_BACK },
		{ KEY_F_LEFT, ACT_BACK },
		{ 'L', ACT_FORWARD }, { KEY_F_RIGHT, ACT_FORWARD },
		{ 'e', ACT_TOGGLE_NAMES }, { '#', ACT_TOGGLE_FIGURES },
		{ 's', ACT_TOGGLE_PANEL },
		{ 9, ACT_FOCUS }, { KEY_F_BTAB, ACT_FOCUS },
		{ 13, ACT_ENTER }, { 10, ACT_ENTER },
		{ KEY_F_ENTER, ACT_ENTER },
		{ 'o', ACT_OPEN_URL }, { 'y', ACT_COPY_URL },
		{ 'H', ACT_HELP }, { KEY_F_F1, ACT_HELP },
		{ 'r', ACT_RELOAD }, { 12, ACT_REDRAW }, { 'q', ACT_QUIT },
		{ 27, ACT_CANCEL }, { 3, ACT_INTERRUPT },
		{ 5, ACT_DOWN }, { 25, ACT_UP }, { 6, ACT_PAGE_DOWN },
		{ 2, ACT_PAGE_UP }, { 4, ACT_HALF_DOWN }, { 21, ACT_HALF_UP },
		{ 'z', ACT_WINDOW_DOWN }, { 'w', ACT_WINDOW_UP },
		{ '%', ACT_PERCENT }, { 'p', ACT_PERCENT },
		{ 'J', ACT_NEXT_ITEM }, { 'K', ACT_PREV_ITEM },
		{ '=', ACT_WHERE }, { 7, ACT_WHERE }, { 'Q', ACT_QUIT_NOW },
		/* Not bound. */
		{ 'x', ACT_NONE }, { 'X', ACT_NONE }, { 0x4e2d, ACT_NONE },
		{ KEY_F_RESIZE, ACT_NONE }, { KEY_F_F1 + 1, ACT_NONE },
		{ -1, ACT_NONE },
		{ 0x7fffffff, ACT_NONE }
	};
	struct keymap	*km = keymap_new();
	size_t		 i;
	unsigned	 a;
	char		 buf[128];

	(void)state;
	for (i = 0; i < sizeof want / sizeof want[0]; i++) {
		if (keymap_lookup(km, want[i].key) != want[i].action)
			fail_msg("key %d: %d, not %d", want[i].key,
			    keymap_lookup(km, want[i].key), want[i].action);
	}
	/* Every action but none has a key. */
	for (a = ACT_NONE + 1; a < ACT_COUNT; a++) {
		keymap_keys_for(km, (enum action)a, buf, sizeof buf);
		if (buf[0] == '\0')
			fail_msg("no key for %s", keymap_action_name(a));
	}
	assert_string_equal(keymap_keys_for(km, ACT_DOWN, buf, sizeof buf),
	    "j, Down, WheelDown, ^E");
	assert_string_equal(keymap_keys_for(km, ACT_BACK, buf, sizeof buf),
	    "h, Backspace, Left");
	assert_string_equal(keymap_keys_for(km, ACT_HELP, buf, sizeof buf),
	    "H, F1");
	assert_string_equal(keymap_keys_for(km, ACT_SEARCH_BACK, buf,
	    sizeof buf), "?, ^R");
	assert_string_equal(keymap_keys_for(km, ACT_NONE, buf, sizeof buf),
	    "");
	keymap_free(km);
	keymap_free(NULL);
}

static void
test_key_names(void **state)
{
	static const struct {
		const char	*name;
		int		 key;
	} keys[] = {
		{ "j", 'j' }, { "J", 'J' }, { "#", '#' }, { "]", ']' },
		{ "?", '?' }, { "^", '^' }, { "~", '~' },
		{ "^L", 12 }, { "^@", 0 }, { "^H", 8 }, { "^J", 10 },
		{ "^_", 31 }, { "^[", 27 },
		{ "Space", ' ' }, { "Enter", 13 }, { "Tab", 9 },
		{ "Backspace", 127 }, { "Escape", 27 },
		{ "Up", KEY_F_UP }, { "Down", KEY_F_DOWN },
		{ "Left", KEY_F_LEFT }, { "Right", KEY_F_RIGHT },
		{ "PgUp", KEY_F_PGUP }, { "PgDn", KEY_F_PGDN },
		{ "Home", KEY_F_HOME }, { "End", KEY_F_END },
		{ "BTab", KEY_F_BTAB }, { "WheelUp", KEY_F_WHEEL_UP },
		{ "WheelDown", KEY_F_WHEEL_DOWN }, { "Resize", KEY_F_RESIZE },
		{ "F1", KEY_F_F1 }, { "F10", KEY_F_F1 + 9 },
		{ "F12", KEY_F_F12 },
		{ "\xc3\xa9", 0xe9 }, { "\xe4\xb8\xad", 0x4e2d },
		{ "\xf0\x9f\x98\x80", 0x1f600 },
		{ "U+0085", 0x85 }, { "U+202E", 0x202e }
	};
	char		 buf[16];
	size_t		 i;
	int		 k;

	(void)state;
	/* Names round-trip. */
	for (i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		k = keymap_key_parse(keys[i].name);
		if (k != keys[i].key)
			fail_msg("%s: %d, not %d", keys[i].name, k,
			    keys[i].key);
		if (keys[i].key == 27 && keys[i].name[0] == '^')
			continue;
		assert_string_equal(keymap_key_name(k, buf), keys[i].name);
	}
	/* Every key has a name that parses back to it. */
	for (k = 0; k < KEY_F_LAST; k += k < 0x3000 ? 1 : 97) {
		if (k >= 0xd800 && k <= 0xdfff)
			continue;
		keymap_key_name(k, buf);
		assert_true(strlen(buf) < sizeof buf);
		if (keymap_key_parse(buf) != k)
			fail_msg("key %d: name '%s' parses as %d", k, buf,
			    keymap_key_parse(buf));
	}
	/* Other spellings. */
	assert_int_equal(keymap_key_parse("space"), ' ');
	assert_int_equal(keymap_key_parse("ENTER"), 13);
	assert_int_equal(keymap_key_parse("Return"), 13);
	assert_int_equal(keymap_key_parse("Esc"), 27);
	assert_int_equal(keymap_key_parse("PageDown"), KEY_F_PGDN);
	assert_int_equal(keymap_key_parse("PageUp"), KEY_F_PGUP);
	assert_int_equal(keymap_key_parse("^l"), 12);
	assert_int_equal(keymap_key_parse("^?"), 127);
	assert_int_equal(keymap_key_parse("u+1F600"), 0x1f600);
	assert_int_equal(keymap_key_parse("S-Tab"), KEY_F_BTAB);
	/* Names of keys that have no names of their own. */
	assert_string_equal(keymap_key_name(KEY_F_ENTER, buf), "Enter");
	assert_string_equal(keymap_key_name(KEY_F_BACKSPACE, buf),
	    "Backspace");
	assert_string_equal(keymap_key_name(-1, buf), "?");
	assert_string_equal(keymap_key_name(KEY_F_LAST, buf), "?");
	/* Not keys. */
	assert_int_equal(keymap_key_parse(""), -1);
	assert_int_equal(keymap_key_parse(" "), -1);
	assert_int_equal(keymap_key_parse("jj"), -1);
	assert_int_equal(keymap_key_parse("Foo"), -1);
	assert_int_equal(keymap_key_parse("^1"), -1);
	assert_int_equal(keymap_key_parse("^"), '^');
	assert_int_equal(keymap_key_parse("\t"), -1);
	assert_int_equal(keymap_key_parse("\xff"), -1);
	assert_int_equal(keymap_key_parse("\xc3"), -1);
	assert_int_equal(keymap_key_parse("U+"), -1);
	assert_int_equal(keymap_key_parse("U+ 41"), -1);
	assert_int_equal(keymap_key_parse("U+D800"), -1);
	assert_int_equal(keymap_key_parse("U+110000"), -1);
	assert_int_equal(keymap_key_parse("U+12G"), -1);
}

static void
test_action_names(void **state)
{
	unsigned	 a;
	const char	*name, *help;

	(void)state;
	for (a = 0; a < ACT_COUNT; a++) {
		name = keymap_action_name((enum action)a);
		assert_non_null(name);
		assert_int_equal(keymap_action_parse(name), a);
		help = keymap_action_help((enum action)a);
		assert_non_null(help);
		assert_true(strlen(help) > 3 && strlen(help) < 70);
	}
	assert_string_equal(keymap_action_name(ACT_DOWN), "down");
	assert_string_equal(keymap_action_name(ACT_NEXT_POST), "next-post");
	assert_string_equal(keymap_action_name(ACT_TOGGLE_NAMES),
	    "toggle-names");
	assert_string_equal(keymap_action_name(ACT_SEARCH_BACK),
	    "search-back");
	assert_string_equal(keymap_action_help(ACT_NEXT_POST),
	    "follow the article's Next Post link");
	assert_null(keymap_action_name(ACT_COUNT));
	assert_null(keymap_action_help(ACT_COUNT));
	assert_int_equal(keymap_action_parse("nosuch"), ACT_COUNT);
	assert_int_equal(keymap_action_parse(""), ACT_COUNT);
	assert_int_equal(keymap_action_parse("Down"), ACT_COUNT);
}

static void
test_bind(void **state)
{
	struct keymap	*km = keymap_new();
	char		*cause = NULL;
	char		 buf[64];

	(void)state;
	/* A new key. */
	assert_int_equal(keymap_bind(km, "^F", "page-down", &cause), 0);
	assert_null(cause);
	assert_int_equal(keymap_lookup(km, 6), ACT_PAGE_DOWN);
	assert_string_equal(keymap_keys_for(km, ACT_PAGE_DOWN, buf,
	    sizeof buf), "Space, PgDn, ^F");
	/* A bound key, rebound: it keeps its place. */
	assert_int_equal(keymap_bind(km, "?", "help", &cause), 0);
	assert_int_equal(keymap_lookup(km, '?'), ACT_HELP);
	assert_string_equal(keymap_keys_for(km, ACT_SEARCH_BACK, buf,
	    sizeof buf), "^R");
	assert_string_equal(keymap_keys_for(km, ACT_HELP, buf, sizeof buf),
	    "?, H, F1");
	assert_int_equal(keymap_bind(km, "F", "help", &cause), 0);
	assert_int_equal(keymap_lookup(km, 'F'), ACT_HELP);
	/* Unbound with "none". */
	assert_int_equal(keymap_bind(km, "j", "none", &cause), 0);
	assert_int_equal(keymap_lookup(km, 'j'), ACT_NONE);
	assert_string_equal(keymap_keys_for(km, ACT_DOWN, buf, sizeof buf),
	    "Down, WheelDown, ^E");
	assert_int_equal(keymap_bind(km, "x", "none", &cause), 0);
	assert_int_equal(keymap_lookup(km, 'x'), ACT_NONE);
	/* One key for the ways a terminal sends it. */
	assert_int_equal(keymap_bind(km, "^H", "quit", &cause), 0);
	assert_int_equal(keymap_lookup(km, 127), ACT_QUIT);
	assert_int_equal(keymap_lookup(km, KEY_F_BACKSPACE), ACT_QUIT);
	assert_int_equal(keymap_bind(km, "^M", "help", &cause), 0);
	assert_int_equal(keymap_lookup(km, KEY_F_ENTER), ACT_HELP);
	assert_int_equal(keymap_lookup(km, '\n'), ACT_HELP);
	/* A UTF-8 key. */
	assert_int_equal(keymap_bind(km, "\xc3\xa9", "top", &cause), 0);
	assert_int_equal(keymap_lookup(km, 0xe9), ACT_TOP);
	assert_string_equal(keymap_keys_for(km, ACT_TOP, buf, sizeof buf),
	    "g, Home, \xc3\xa9");

	/* Unknown names. */
	assert_int_equal(keymap_bind(km, "Foo", "down", &cause), -1);
	assert_string_equal(cause, "unknown key 'Foo'");
	free(cause);
	assert_int_equal(keymap_bind(km, "j", "downward", &cause), -1);
	assert_string_equal(cause, "unknown action 'downward'");
	free(cause);
	/* Names are shown clean in a message. */
	assert_int_equal(keymap_bind(km, "\x1b[A", "down", &cause), -1);
	assert_string_equal(cause, "unknown key '\xef\xbf\xbd[A'");
	free(cause);
	assert_int_equal(keymap_bind(km, "j", "do\twn\xff", &cause), -1);
	assert_string_equal(cause, "unknown action 'do wn\xc3\xbf'");
	free(cause);
	assert_int_equal(keymap_lookup(km, 'j'), ACT_NONE);
	keymap_free(km);
}

static void
test_keys_for_small(void **state)
{
	struct keymap	*km = keymap_new();
	char		 buf[16];

	(void)state;
	/* Only whole names fit. */
	assert_string_equal(keymap_keys_for(km, ACT_DOWN, buf, 8),
	    "j, Down");
	assert_string_equal(keymap_keys_for(km, ACT_DOWN, buf, 7), "j");
	assert_string_equal(keymap_keys_for(km, ACT_DOWN, buf, 1), "");
	buf[0] = 'z';
	keymap_keys_for(km, ACT_DOWN, buf, 0);
	assert_int_equal(buf[0], 'z');
	keymap_free(km);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_key_names),
		cmocka_unit_test(test_action_names),
		cmocka_unit_test(test_bind),
		cmocka_unit_test(test_keys_for_small),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
