/* test_arena.c: many small texts freed at once. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

/* Texts past the first block and the next ones keep what was written,
 * each where it was put. */
static void
test_many_texts(void **state)
{
	struct arena	*a = arena_new();
	char		**p, want[32];
	size_t		 i, n = 100000;
	int		 k;

	(void)state;
	p = calloc(n, sizeof *p);
	assert_non_null(p);
	for (i = 0; i < n; i++) {
		k = snprintf(want, sizeof want, "name %zu", i);
		p[i] = arena_strndup(a, want, (size_t)k);
	}
	for (i = 0; i < n; i++) {
		snprintf(want, sizeof want, "name %zu", i);
		assert_string_equal(p[i], want);
	}
	/* One after the other in a block. */
	assert_ptr_equal(p[1], p[0] + strlen(p[0]) + 1);
	free(p);
	arena_free(a);
	arena_free(NULL);
}

/* A text larger than a block has one of its own, and the block being
 * filled goes on being filled. */
static void
test_large(void **state)
{
	struct arena	*a = arena_new();
	char		*s, *t, *u, *big;
	size_t		 n = (size_t)3 << 20;

	(void)state;
	s = arena_strndup(a, "before", 6);
	big = arena_alloc(a, n);
	memset(big, 'x', n);
	t = arena_strndup(a, "after", 5);
	assert_ptr_equal(t, s + 7);
	u = arena_strndup(a, "ab\0cd", 5);
	assert_memory_equal(u, "ab\0cd", 6);
	assert_string_equal(s, "before");
	assert_string_equal(t, "after");
	assert_int_equal(big[0], 'x');
	assert_int_equal(big[n - 1], 'x');
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_many_texts),
		cmocka_unit_test(test_large),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
