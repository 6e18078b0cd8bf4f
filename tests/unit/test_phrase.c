/* test_phrase.c: words and phrases matched in text. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "phrase.h"

#define S(s)	(s), strlen(s)

static void
test_space(void **state)
{
	(void)state;
	assert_int_equal(phrase_space(S(" x")), 1);
	assert_int_equal(phrase_space(S("\tx")), 1);
	assert_int_equal(phrase_space(S("\xc2\xa0x")), 2);	/* U+00A0 */
	assert_int_equal(phrase_space(S("\xe2\x80\x87")), 3);	/* U+2007 */
	assert_int_equal(phrase_space(S("\xe2\x80\x8b")), 3);	/* U+200B */
	assert_int_equal(phrase_space(S("\xe2\x80\xaf")), 3);	/* U+202F */
	assert_int_equal(phrase_space(S("\xe3\x80\x80")), 3);	/* U+3000 */
	assert_int_equal(phrase_space(S("\xef\xbb\xbf")), 3);	/* U+FEFF */
	assert_int_equal(phrase_space(S("\n")), 0);
	assert_int_equal(phrase_space(S("x ")), 0);
	assert_int_equal(phrase_space("\xc2\xa0", 1), 0);	/* cut */
	assert_int_equal(phrase_space("", 0), 0);
	assert_int_equal(phrase_skip_space(S(" \t\xc2\xa0x"), 0), 4);
	assert_int_equal(phrase_skip_space(S("a  "), 1), 3);
}

static void
test_match(void **state)
{
	(void)state;
	assert_int_equal(phrase_match(S("Read Next"), "read next"), 9);
	assert_int_equal(phrase_match(S("READ \t NEXT: x"), "read next"), 11);
	assert_int_equal(phrase_match(S("read\xc2\xa0next"), "read next"), 10);
	assert_int_equal(phrase_match(S("readnext"), "read next"), 0);
	assert_int_equal(phrase_match(S("read"), "read next"), 0);
	assert_int_equal(phrase_match(S("Don\xe2\x80\x99t miss"),
	    "don't miss"), 12);
	assert_int_equal(phrase_match(S("Don't miss"), "don't miss"), 10);
	assert_int_equal(phrase_match(S("\xe2\x80\x9cquoted\xe2\x80\x9d"),
	    "\"quoted\""), 12);
	assert_int_equal(phrase_match(S("Nextdoor"), "next"), 4);
	/* Bytes past ASCII match themselves. */
	assert_int_equal(phrase_match(S("\xc2\xa9 2024"), "\xc2\xa9 "), 3);
	assert_int_equal(phrase_match(S("\xc3\x97"), "\xc3\x97"), 2);
	assert_int_equal(phrase_match(S("\xc3\x97"), "\xc3\x98"), 0);

	assert_int_equal(phrase_word(S("Next Post"), "next"), 4);
	assert_int_equal(phrase_word(S("Next"), "next"), 4);
	assert_int_equal(phrase_word(S("Next: x"), "next"), 4);
	assert_int_equal(phrase_word(S("Nextdoor"), "next"), 0);
	assert_int_equal(phrase_word(S("Next2"), "next"), 0);
	assert_int_equal(phrase_word(S("Mayor"), "may"), 0);
	assert_int_equal(phrase_word(S("May\xc3\xa9"), "may"), 3);
	assert_int_equal(phrase_word("Next Post", 4, "next"), 4);

	assert_true(phrase_in(S("We use cookies."), "cookie"));
	assert_true(phrase_in(S("This site uses\xc2\xa0" "cookies"),
	    "uses cookies"));
	assert_false(phrase_in(S("biscookie"), "cookie"));
	assert_false(phrase_in(S("3cookie"), "cookie"));
	assert_true(phrase_in(S("(cookie)"), "cookie"));
	assert_false(phrase_in("", 0, "cookie"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_space),
		cmocka_unit_test(test_match),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
