/* test_ascii.c: ASCII classes, case folding and token lists. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "ascii.h"

static void
test_classes(void **state)
{
	int	 c;

	(void)state;
	for (c = 0; c < 256; c++) {
		assert_int_equal(ascii_is_upper(c), c >= 'A' && c <= 'Z');
		assert_int_equal(ascii_is_alpha(c), (c >= 'A' && c <= 'Z') ||
		    (c >= 'a' && c <= 'z'));
		assert_int_equal(ascii_is_digit(c), c >= '0' && c <= '9');
		assert_int_equal(ascii_is_alnum(c), ascii_is_alpha(c) ||
		    ascii_is_digit(c));
		assert_int_equal(ascii_lower(c), c >= 'A' && c <= 'Z' ?
		    c + 32 : c);
	}
	/* HTML's white space; a vertical tab and a no-break space are
	 * none of it. */
	assert_true(ascii_is_space(' '));
	assert_true(ascii_is_space('\t'));
	assert_true(ascii_is_space('\n'));
	assert_true(ascii_is_space('\r'));
	assert_true(ascii_is_space('\f'));
	assert_false(ascii_is_space('\v'));
	assert_false(ascii_is_space(0xa0));
	assert_false(ascii_is_space('\0'));
	assert_true(ascii_is_blank(' '));
	assert_true(ascii_is_blank('\t'));
	assert_false(ascii_is_blank('\n'));
	assert_false(ascii_is_blank('\r'));
	/* Bytes of UTF-8 sequences are no letters, whatever the locale. */
	assert_false(ascii_is_alpha(0xc3));
	assert_int_equal(ascii_lower(0xc3), 0xc3);
}

static void
test_compare(void **state)
{
	const char	*s = "Hello, WORLD";

	(void)state;
	assert_true(ascii_eq_ci("Application/LD+JSON", "application/ld+json"));
	assert_true(ascii_eq_ci("", ""));
	assert_false(ascii_eq_ci("abc", "abcd"));
	assert_false(ascii_eq_ci("abcd", "abc"));
	assert_false(ascii_eq_ci("\xc3\x89", "\xc3\xa9"));

	assert_int_equal(ascii_prefix_ci(s, strlen(s), "hello"), 5);
	assert_int_equal(ascii_prefix_ci(s, 4, "hello"), 0);
	assert_int_equal(ascii_prefix_ci(s, strlen(s), "help"), 0);
	assert_int_equal(ascii_prefix_ci("WWW.x", 5, "www."), 4);

	assert_ptr_equal(ascii_find_ci(s, strlen(s), "world"), s + 7);
	assert_null(ascii_find_ci(s, strlen(s) - 1, "world"));
	assert_null(ascii_find_ci(s, strlen(s), "worlds"));
	assert_ptr_equal(ascii_find_ci(s, strlen(s), "o"), s + 4);
	assert_null(ascii_find_ci("", 0, "a"));

	/* The needle in any case too, and only its first n bytes. */
	assert_true(ascii_holds_ci(s, "WORLD", 5));
	assert_true(ascii_holds_ci(s, "o, wXYZ", 4));
	assert_false(ascii_holds_ci(s, "worlds", 6));
	assert_true(ascii_holds_ci(s, "", 0));
	assert_false(ascii_holds_ci(NULL, "a", 1));
	assert_true(ascii_holds_ci(NULL, "", 0));
}

static void
test_token(void **state)
{
	(void)state;
	assert_true(ascii_has_token("nofollow Canonical", "canonical"));
	assert_true(ascii_has_token("\t canonical\n", "canonical"));
	assert_true(ascii_has_token("a\fb\rcanonical", "canonical"));
	assert_false(ascii_has_token("canonicals", "canonical"));
	assert_false(ascii_has_token("non-canonical", "canonical"));
	assert_false(ascii_has_token("", "canonical"));
	assert_false(ascii_has_token(NULL, "canonical"));
	/* A no-break space is part of a word, as in HTML. */
	assert_false(ascii_has_token("a\xc2\xa0" "canonical", "canonical"));
}

static void
test_words(void **state)
{
	(void)state;
	assert_int_equal(ascii_words("", 0), 0);
	assert_int_equal(ascii_words("  \t ", 4), 0);
	assert_int_equal(ascii_words("The Coast  News", 15), 3);
	assert_int_equal(ascii_words(" a b ", 5), 2);
	assert_int_equal(ascii_words("one two", 5), 2);	/* "one t" */
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_classes),
		cmocka_unit_test(test_compare),
		cmocka_unit_test(test_token),
		cmocka_unit_test(test_words),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
