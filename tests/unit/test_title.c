/* test_title.c: a page title's parts. */
#include "config.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <setjmp.h>
#include <cmocka.h>

#include "title.h"

static void
test_sep(void **state)
{
	(void)state;
	assert_int_equal(title_sep(" | x"), 3);
	assert_int_equal(title_sep(" \xe2\x80\x93 x"), 5);	/* en dash */
	assert_int_equal(title_sep(" :: x"), 4);
	assert_int_equal(title_sep("| x"), 0);
	assert_int_equal(title_sep(" -x"), 0);
	assert_int_equal(title_sep(" x"), 0);
}

static void
test_ends(void **state)
{
	size_t	 head = 99, tail = 99;

	(void)state;
	assert_true(title_ends("Site - Storm hits - coast | News", &head,
	    &tail));
	assert_int_equal(head, 4);
	assert_string_equal("Site - Storm hits - coast | News" + tail,
	    "News");
	head = tail = 99;
	assert_false(title_ends("No separator here", &head, &tail));
	assert_false(title_ends(" | Only after", &head, &tail));
	assert_false(title_ends("Only before | ", &head, &tail));
	assert_int_equal(head, 99);
	assert_int_equal(tail, 99);
}

static void
test_without(void **state)
{
	char	*s;

	(void)state;
	s = title_without("About bugs \xe2\x80\x93 Harbour Notes",
	    "harbour notes");
	assert_string_equal(s, "About bugs");
	free(s);
	s = title_without("HARBOUR NOTES | Storm hits the coast",
	    "Harbour Notes");
	assert_string_equal(s, "Storm hits the coast");
	free(s);
	/* Only the last part, or the first, and only when it is the site. */
	s = title_without("Ferry - Harbour Notes - a day out",
	    "Harbour Notes");
	assert_null(s);
	assert_null(title_without("Budget vote - what happened",
	    "Harbour Notes"));
	assert_null(title_without("Harbour Notes", "Harbour Notes"));
	assert_null(title_without("A | Harbour Notes", ""));
	/* The part left keeps its own separators. */
	s = title_without("Tide tables - 2026 | Harbour Notes",
	    "Harbour Notes");
	assert_string_equal(s, "Tide tables - 2026");
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sep),
		cmocka_unit_test(test_ends),
		cmocka_unit_test(test_without),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
