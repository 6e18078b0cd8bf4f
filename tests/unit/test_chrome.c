/* test_chrome.c: the list of chrome phrases both readers share. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "chrome.h"
#include "phrase.h"

/* Each phrase is in lower case, matches itself, says how some reader
 * takes it, and has a kind in plain text exactly when plain text reads
 * it; no phrase is there twice. */
static void
test_list(void **state)
{
	const struct chrome_phrase *c;
	size_t	 i, j, len;

	(void)state;
	assert_true(chrome_nphrases > 100);
	for (i = 0; i < chrome_nphrases; i++) {
		c = &chrome_phrases[i];
		len = strlen(c->ph);
		assert_true(len > 0);
		if (strchr(" '\"", c->ph[0]) != NULL)
			fail_msg("\"%s\" starts with a space or a quote",
			    c->ph);
		for (j = 0; j < len; j++)
			if (c->ph[j] >= 'A' && c->ph[j] <= 'Z')
				fail_msg("\"%s\" is not in lower case", c->ph);
		assert_int_equal(phrase_match(c->ph, len, c->ph), len);
		if ((c->how & (CHROME_TEXT | CHROME_OPENS | CHROME_ALONE |
		    CHROME_LABEL)) == 0)
			fail_msg("\"%s\" is read by nobody", c->ph);
		if (((c->how & CHROME_TEXT) != 0) != (c->what != CHROME_NONE))
			fail_msg("\"%s\": kind and bits disagree", c->ph);
		for (j = 0; j < i; j++)
			if (strcmp(chrome_phrases[j].ph, c->ph) == 0)
				fail_msg("\"%s\" twice", c->ph);
	}
}

/* What the HTML reader finds in the list: a few of each kind. */
static int
has(const char *ph, unsigned bits)
{
	size_t	 i;

	for (i = 0; i < chrome_nphrases; i++)
		if (strcmp(chrome_phrases[i].ph, ph) == 0)
			return (chrome_phrases[i].how & bits) == bits;
	return 0;
}

static void
test_readers(void **state)
{
	(void)state;
	assert_true(has("read more", CHROME_WHOLE | CHROME_COLON |
	    CHROME_OPENS));
	assert_true(has("leave a reply", CHROME_RUNIN | CHROME_OPENS));
	assert_true(has("don't miss", CHROME_OPENS));
	assert_true(has("related", CHROME_COLON | CHROME_ALONE));
	assert_true(has("most read", CHROME_ALONE));
	assert_true(has("comments", CHROME_WHOLE | CHROME_LABEL));
	assert_true(has("full screen", CHROME_LABEL));
	assert_false(has("full screen", CHROME_WHOLE));
	assert_false(has("nothing of the kind", 0));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_list),
		cmocka_unit_test(test_readers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
