/* test_buf.c: the growable buffer. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

static void
test_add_and_finish(void **state)
{
	struct buf	 b = BUF_INIT;
	char		*s;
	size_t		 len, i;

	(void)state;
	buf_adds(&b, "abc");
	buf_addc(&b, '-');
	buf_addf(&b, "%d/%s", 42, "x");
	assert_string_equal(b.data, "abc-42/x");
	for (i = 0; i < 1000; i++)
		buf_addc(&b, 'z');
	assert_int_equal(b.len, 1008);
	buf_truncate(&b, 3);
	assert_string_equal(b.data, "abc");
	s = buf_finish(&b, &len);
	assert_int_equal(len, 3);
	assert_string_equal(s, "abc");
	assert_null(b.data);
	assert_int_equal(b.len, 0);
	free(s);
}

static void
test_empty_finish(void **state)
{
	struct buf	 b = BUF_INIT;
	char		*s;
	size_t		 len = 99;

	(void)state;
	s = buf_finish(&b, &len);
	assert_non_null(s);
	assert_string_equal(s, "");
	assert_int_equal(len, 0);
	free(s);
	buf_free(&b);
}

static void
test_binary(void **state)
{
	struct buf	 b = BUF_INIT;

	(void)state;
	buf_add(&b, "a\0b", 3);
	assert_int_equal(b.len, 3);
	assert_memory_equal(b.data, "a\0b", 3);
	assert_int_equal(b.data[3], '\0');
	buf_free(&b);
}

/* Text escaped for HTML and XML: the four characters that need it, the
 * rest as it is. */
static void
test_escaped(void **state)
{
	struct buf	 b = BUF_INIT;

	(void)state;
	buf_add_escaped(&b, "Tom & \"Jerry\" <b>caf\xc3\xa9</b>");
	assert_string_equal(b.data,
	    "Tom &amp; &quot;Jerry&quot; &lt;b&gt;caf\xc3\xa9&lt;/b&gt;");
	buf_truncate(&b, 0);
	buf_add_escaped(&b, "");
	buf_add_escaped(&b, "plain");
	assert_string_equal(b.data, "plain");
	buf_free(&b);
}

/* Bytes handed out a piece at a time, then 0 at the end, and to a
 * reader that asks for none. */
static void
test_reader(void **state)
{
	struct buf_reader	 r = { "harbour", 7, 0 };
	char			 out[8];

	(void)state;
	assert_int_equal(buf_reader_read(&r, out, 3), 3);
	assert_memory_equal(out, "har", 3);
	assert_int_equal(buf_reader_read(&r, out, 0), 0);
	assert_int_equal(buf_reader_read(&r, out, -1), 0);
	assert_int_equal(buf_reader_read(&r, out, 8), 4);
	assert_memory_equal(out, "bour", 4);
	assert_int_equal(buf_reader_read(&r, out, 8), 0);
	assert_int_equal(buf_reader_close(&r), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escaped),
		cmocka_unit_test(test_add_and_finish),
		cmocka_unit_test(test_empty_finish),
		cmocka_unit_test(test_binary),
		cmocka_unit_test(test_reader),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
