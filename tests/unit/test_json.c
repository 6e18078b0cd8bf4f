/* test_json.c: the JSON reader. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"

static struct json *
parse(const char *s)
{
	return json_parse(s, strlen(s));
}

/* Objects, arrays and their values, looked up and walked. */
static void
test_tree(void **state)
{
	struct json	*j;
	int		 items, v;

	(void)state;
	j = parse("  {\"title\": \"Harbour\", \"n\": -12.5e1, \"ok\": true, "
	    "\"none\": null, \"items\": [ {\"id\": 1}, \"two\", [] ], "
	    "\"title\": \"second\"} trailing words");
	assert_non_null(j);
	assert_int_equal(json_type(j, 0), JSON_OBJECT);
	assert_string_equal(json_str(j, json_get(j, 0, "title")), "Harbour");
	assert_int_equal(json_type(j, json_get(j, 0, "n")), JSON_NUMBER);
	assert_null(json_str(j, json_get(j, 0, "n")));
	assert_string_equal(json_text(j, json_get(j, 0, "n")), "-12.5e1");
	assert_int_equal(json_type(j, json_get(j, 0, "ok")), JSON_BOOL);
	assert_int_equal(json_type(j, json_get(j, 0, "none")), JSON_NULL);
	assert_int_equal(json_get(j, 0, "missing"), -1);

	items = json_get(j, 0, "items");
	assert_int_equal(json_type(j, items), JSON_ARRAY);
	v = json_first(j, items);
	assert_int_equal(json_type(j, v), JSON_OBJECT);
	assert_string_equal(json_text(j, json_get(j, v, "id")), "1");
	assert_null(json_key(j, v));
	v = json_next(j, v);
	assert_string_equal(json_str(j, v), "two");
	v = json_next(j, v);
	assert_int_equal(json_type(j, v), JSON_ARRAY);
	assert_int_equal(json_first(j, v), -1);
	assert_int_equal(json_next(j, v), -1);

	/* The members of an object in order, with their names. */
	v = json_first(j, 0);
	assert_string_equal(json_key(j, v), "title");
	assert_string_equal(json_key(j, json_next(j, v)), "n");
	json_free(j);
}

/* -1 is no value: every function takes it. */
static void
test_none(void **state)
{
	struct json	*j = parse("[\"a\"]");

	(void)state;
	assert_int_equal(json_type(j, -1), JSON_NONE);
	assert_int_equal(json_type(j, 99), JSON_NONE);
	assert_int_equal(json_get(j, -1, "a"), -1);
	assert_int_equal(json_get(j, 0, "a"), -1);	/* an array */
	assert_int_equal(json_first(j, -1), -1);
	assert_int_equal(json_first(j, 1), -1);		/* a string */
	assert_int_equal(json_next(j, -1), -1);
	assert_null(json_key(j, -1));
	assert_null(json_str(j, -1));
	assert_null(json_text(j, -1));
	assert_null(json_str(j, json_get(j, json_get(j, 0, "x"), "y")));
	json_free(j);
	json_free(NULL);
}

/* Escapes, surrogate pairs, and a lone surrogate. */
static void
test_strings(void **state)
{
	struct json	*j;

	(void)state;
	j = parse("[\"a\\\"b\\\\c\\/d\\n\\te\", \"\\u00e9\\ud83d\\ude00\", "
	    "\"\\ud800x\", \"caf\xc3\xa9\"]");
	assert_non_null(j);
	assert_string_equal(json_str(j, 1), "a\"b\\c/d\n\te");
	assert_string_equal(json_str(j, 2), "\xc3\xa9\xf0\x9f\x98\x80");
	assert_string_equal(json_str(j, 3), "\xef\xbf\xbdx");
	assert_string_equal(json_str(j, 4), "caf\xc3\xa9");
	json_free(j);

	/* A NUL byte in the text is dropped from its string. */
	j = json_parse("[\"a\0b\"]", 7);
	assert_non_null(j);
	assert_string_equal(json_str(j, 1), "ab");
	json_free(j);
}

/* Text that holds no whole value is no JSON. */
static void
test_bad(void **state)
{
	struct json	*j;
	char		 deep[2 * JSON_MAX_DEPTH + 8];
	size_t		 i;

	(void)state;
	assert_null(parse(""));
	assert_null(parse("   "));
	assert_null(parse("{\"a\": "));
	assert_null(parse("{\"a\" 1}"));
	assert_null(parse("{1: 2}"));
	assert_null(parse("[\"open"));
	assert_null(parse("[1, 2"));
	for (i = 0; i < JSON_MAX_DEPTH + 1; i++)
		deep[i] = '[';
	for (; i < 2 * (JSON_MAX_DEPTH + 1); i++)
		deep[i] = ']';
	deep[i] = '\0';
	assert_null(parse(deep));
	/* As deep as allowed is fine. */
	for (i = 0; i < JSON_MAX_DEPTH; i++)
		deep[i] = '[';
	for (; i < 2 * JSON_MAX_DEPTH; i++)
		deep[i] = ']';
	deep[i] = '\0';
	assert_non_null((j = parse(deep)));
	json_free(j);
}

/* Text that breaks off or goes wrong: what was read before the fault,
 * the values it broke off in not whole, what went wrong and where. */
static void
test_partial(void **state)
{
	struct json	*j;
	const char	*why, *t;
	size_t		 at;
	int		 a, b, c;

	(void)state;
	t = "{\"a\": [1, {\"b\": \"x\"}, {\"c\": \"cut";
	j = json_parse_partial(t, strlen(t), &why, &at);
	assert_non_null(j);
	assert_string_equal(why, "the text breaks off");
	assert_int_equal(at, strlen(t));
	assert_false(json_whole(j, 0));
	a = json_get(j, 0, "a");
	assert_false(json_whole(j, a));
	b = json_first(j, a);
	assert_true(json_whole(j, b));
	b = json_next(j, b);
	assert_true(json_whole(j, b));
	assert_string_equal(json_str(j, json_get(j, b, "b")), "x");
	c = json_next(j, b);
	assert_false(json_whole(j, c));
	assert_false(json_whole(j, json_get(j, c, "c")));
	assert_string_equal(json_str(j, json_get(j, c, "c")), "cut");
	assert_int_equal(json_next(j, c), -1);
	json_free(j);

	/* Damage midway: nothing after it is read. */
	t = "[{\"a\": 1}, {\"b\" 2}, {\"c\": 3}]";
	j = json_parse_partial(t, strlen(t), &why, &at);
	assert_non_null(j);
	assert_string_equal(why, "':' expected after a member's name");
	assert_int_equal(at, 16);
	a = json_first(j, 0);
	assert_true(json_whole(j, a));
	b = json_next(j, a);
	assert_false(json_whole(j, b));
	assert_int_equal(json_next(j, b), -1);
	json_free(j);

	t = "{\"a\": }";
	j = json_parse_partial(t, strlen(t), &why, &at);
	assert_string_equal(why, "a value expected");
	assert_int_equal(at, 6);
	json_free(j);
	t = "{3: 4}";
	j = json_parse_partial(t, strlen(t), &why, &at);
	assert_string_equal(why, "a member's name in quotes expected");
	json_free(j);

	/* Whole text: no fault; nothing at all: NULL. */
	t = " [1, \"two\"] and more";
	j = json_parse_partial(t, strlen(t), &why, &at);
	assert_non_null(j);
	assert_null(why);
	assert_true(json_whole(j, 0));
	assert_true(json_whole(j, json_first(j, 0)));
	assert_false(json_whole(j, -1));
	json_free(j);
	assert_null(json_parse_partial("  ", 2, &why, &at));
	assert_string_equal(why, "the text breaks off");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tree),
		cmocka_unit_test(test_none),
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_bad),
		cmocka_unit_test(test_partial),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
