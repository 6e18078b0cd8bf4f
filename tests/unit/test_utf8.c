/* test_utf8.c: decoding, cleaning and widths. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "utf8.h"

static void
test_decode(void **state)
{
	uint32_t cp;

	(void)state;
	assert_int_equal(utf8_decode("A", 1, &cp), 1);
	assert_int_equal(cp, 'A');
	assert_int_equal(utf8_decode("\xc3\xa9", 2, &cp), 2);
	assert_int_equal(cp, 0xe9);
	assert_int_equal(utf8_decode("\xe2\x80\x99", 3, &cp), 3);
	assert_int_equal(cp, 0x2019);
	assert_int_equal(utf8_decode("\xf0\x9f\x98\x80", 4, &cp), 4);
	assert_int_equal(cp, 0x1f600);
	/* Invalid: a lone continuation byte, an overlong form, a surrogate,
	 * a truncated sequence. */
	assert_int_equal(utf8_decode("\x80", 1, &cp), 1);
	assert_int_equal(cp, UTF8_REPLACEMENT);
	assert_int_equal(utf8_decode("\xc0\xaf", 2, &cp), 1);
	assert_int_equal(cp, UTF8_REPLACEMENT);
	assert_int_equal(utf8_decode("\xed\xa0\x80", 3, &cp), 1);
	assert_int_equal(cp, UTF8_REPLACEMENT);
	assert_int_equal(utf8_decode("\xe2\x80", 2, &cp), 1);
	assert_int_equal(cp, UTF8_REPLACEMENT);
}

static void
test_encode(void **state)
{
	char	 out[4];

	(void)state;
	assert_int_equal(utf8_encode(0x2026, out), 3);
	assert_memory_equal(out, "\xe2\x80\xa6", 3);
	assert_int_equal(utf8_encode(0x1f600, out), 4);
	assert_memory_equal(out, "\xf0\x9f\x98\x80", 4);
	assert_int_equal(utf8_encode(0xd800, out), 3);	/* -> U+FFFD */
	assert_memory_equal(out, "\xef\xbf\xbd", 3);
}

static void
test_valid_and_count(void **state)
{
	size_t	 bad = 0;

	(void)state;
	assert_true(utf8_valid("caf\xc3\xa9", 5, NULL));
	assert_false(utf8_valid("ab\xe9z", 4, &bad));
	assert_int_equal(bad, 2);
	/* A real U+FFFD in the text is valid. */
	assert_true(utf8_valid("\xef\xbf\xbd", 3, NULL));
	assert_int_equal(utf8_cpcount("Putin\xe2\x80\x99s", 9), 7);
	assert_int_equal(utf8_cpcount("a\xffz", 3), 3);
}

static void
test_widths(void **state)
{
	(void)state;
	assert_int_equal(utf8_cpwidth('a'), 1);
	assert_int_equal(utf8_cpwidth(0x4e2d), 2);	/* 中 */
	assert_int_equal(utf8_cpwidth(0x0301), 0);	/* combining acute */
	assert_int_equal(utf8_cpwidth(0x1b), -1);	/* ESC */
	assert_int_equal(utf8_cpwidth(0x9b), -1);	/* CSI */
	assert_int_equal(utf8_width("\xe4\xb8\xad\xe6\x96\x87", 6), 4);
	assert_int_equal(utf8_width("e\xcc\x81", 3), 1);
	assert_int_equal(utf8_width("a\x1b[31mb", 8), 6);
}

static void
test_fit(void **state)
{
	size_t	 used;
	/* "中文字" is six columns; three columns hold only one character. */
	const char *s = "\xe4\xb8\xad\xe6\x96\x87\xe5\xad\x97";

	(void)state;
	assert_int_equal(utf8_fit(s, 9, 3, &used), 3);
	assert_int_equal(used, 2);
	assert_int_equal(utf8_fit(s, 9, 4, &used), 6);
	assert_int_equal(used, 4);
	/* A combining mark stays with its base. */
	assert_int_equal(utf8_fit("ae\xcc\x81x", 5, 2, &used), 4);
	assert_int_equal(used, 2);
	assert_int_equal(utf8_fit("abc", 3, 0, &used), 0);
}

static void
test_ellipsize(void **state)
{
	char	*s;

	(void)state;
	s = utf8_ellipsize("Global Leaders Condemn", 22, 10);
	assert_string_equal(s, "Global Le\xe2\x80\xa6");
	free(s);
	s = utf8_ellipsize("short", 5, 10);
	assert_string_equal(s, "short");
	free(s);
	s = utf8_ellipsize("\xe4\xb8\xad\xe6\x96\x87\xe5\xad\x97", 9, 4);
	assert_string_equal(s, "\xe4\xb8\xad\xe2\x80\xa6");
	free(s);
}

static void
test_clean(void **state)
{
	char	*s;
	size_t	 n;

	(void)state;
	/* CRLF, a tab, an escape sequence, a C1 control, a soft hyphen. */
	s = utf8_clean("a\r\nb\tc\x1b[2Jd\xc2\x9b" "e\xc2\xad" "f", 17,
	    UTF8_CLEAN_TEXT, &n);
	assert_string_equal(s, "a\nb c[2Jdef");
	assert_int_equal(n, strlen(s));
	free(s);
	/* Invalid bytes are read as windows-1252. */
	s = utf8_clean("caf\xe9 \x93quoted\x94 \x81", 15, UTF8_CLEAN_TEXT, &n);
	assert_string_equal(s,
	    "caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d \xef\xbf\xbd");
	free(s);
	/* Preformatted keeps tabs. */
	s = utf8_clean("a\tb\rc", 5, UTF8_CLEAN_PRE, NULL);
	assert_string_equal(s, "a\tb\nc");
	free(s);
	/* Raw keeps layout, one character for each control. */
	s = utf8_clean("a\r\n\tb\x07" "c", 7, UTF8_CLEAN_RAW, &n);
	assert_string_equal(s, "a\r\n\tb\xef\xbf\xbd" "c");
	free(s);
	/* NUL bytes never survive. */
	s = utf8_clean("a\0b", 3, UTF8_CLEAN_TEXT, &n);
	assert_int_equal(n, 2);
	assert_string_equal(s, "ab");
	free(s);
}

static void
test_controls(void **state)
{
	(void)state;
	/* windows-1252's characters at 0x80-0x9f, none elsewhere. */
	assert_int_equal(utf8_windows1252(0x80), 0x20ac);
	assert_int_equal(utf8_windows1252(0x92), 0x2019);
	assert_int_equal(utf8_windows1252(0x9f), 0x0178);
	assert_int_equal(utf8_windows1252(0x81), 0);
	assert_int_equal(utf8_windows1252(0x9d), 0);
	assert_int_equal(utf8_windows1252(0x7f), 0);
	assert_int_equal(utf8_windows1252(0xa0), 0);
	assert_int_equal(utf8_windows1252(0x2019), 0);
	/* Hex digits, either case. */
	assert_int_equal(utf8_hex_digit('0'), 0);
	assert_int_equal(utf8_hex_digit('9'), 9);
	assert_int_equal(utf8_hex_digit('a'), 10);
	assert_int_equal(utf8_hex_digit('F'), 15);
	assert_int_equal(utf8_hex_digit('g'), -1);
	assert_int_equal(utf8_hex_digit(0xc3), -1);
	assert_true(utf8_is_control(0));
	assert_true(utf8_is_control(0x7f));
	assert_true(utf8_is_control(0x85));
	assert_true(utf8_is_control(0x202e));
	assert_false(utf8_is_control(' '));
	assert_false(utf8_is_control(0xa0));
	assert_false(utf8_is_control(0x2019));
	/* Bidirectional marks, embeddings, overrides and isolates. */
	assert_true(utf8_is_control(0x61c));
	assert_true(utf8_is_control(0x200e));
	assert_true(utf8_is_control(0x200f));
	assert_true(utf8_is_control(0x202a));
	assert_true(utf8_is_control(0x2066));
	assert_true(utf8_is_control(0x2069));
	/* Separators, deprecated format controls, annotations, tags. */
	assert_true(utf8_is_control(0x2028));
	assert_true(utf8_is_control(0x2029));
	assert_true(utf8_is_control(0x206a));
	assert_true(utf8_is_control(0x206f));
	assert_true(utf8_is_control(0xfff9));
	assert_true(utf8_is_control(0xfffb));
	assert_true(utf8_is_control(0xe0001));
	assert_true(utf8_is_control(0xe0041));
	assert_true(utf8_is_control(0xe007f));
	/* Joiners shape scripts and emoji: they stay. */
	assert_false(utf8_is_control(0x200c));
	assert_false(utf8_is_control(0x200d));
	assert_false(utf8_is_control(0x2065));
	assert_false(utf8_is_control(0x202f));
	assert_false(utf8_is_control(0xfffc));
	assert_false(utf8_is_control(0xe0100));	/* a variation selector */
	assert_int_equal(utf8_cpwidth(0x200f), -1);
}

static void
test_clean_line(void **state)
{
	char	*s;
	size_t	 n;

	(void)state;
	/* One line for a terminal: every control is shown, one for one. */
	s = utf8_clean("a\tb\nc\rd\x1b]0;x\x07\xe2\x80\xae" "e\xff", 18,
	    UTF8_CLEAN_LINE, &n);
	assert_string_equal(s, "a\xef\xbf\xbd" "b\xef\xbf\xbd" "c\xef\xbf\xbd"
	    "d\xef\xbf\xbd]0;x\xef\xbf\xbd\xef\xbf\xbd" "e\xc3\xbf");
	assert_int_equal(n, strlen(s));
	free(s);
}

int
main(void)
{
	struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decode),
		cmocka_unit_test(test_encode),
		cmocka_unit_test(test_valid_and_count),
		cmocka_unit_test(test_widths),
		cmocka_unit_test(test_fit),
		cmocka_unit_test(test_ellipsize),
		cmocka_unit_test(test_clean),
		cmocka_unit_test(test_controls),
		cmocka_unit_test(test_clean_line),
	};

	return run_utf8_tests(tests, NULL, NULL);
}
