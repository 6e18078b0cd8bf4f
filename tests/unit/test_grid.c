/* test_grid.c: placeholder until the module's tests are written. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

static void
not_written(void **state)
{
	(void)state;
	skip();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(not_written),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
