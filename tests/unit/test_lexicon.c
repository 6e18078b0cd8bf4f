/* test_lexicon.c: the word table, as the build generates it from
 * data/lexicon/ and data/cues.txt (data/mklexicon.c). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "lexicon.h"

static uint32_t
look(const char *key)
{
	return lexicon_lookup(key, strlen(key));
}

static void
known_keys(void **state)
{
	(void)state;
	assert_true(lexicon_size() > 100000);
	/* A word of wamerican and a stop word of cues.txt; nothing else. */
	assert_int_equal(look("the"), LEX_WORD | LEX_STOP);
	assert_true(look("Paris") & LEX_PLACE);
	assert_true(look("New York") & LEX_PLACE);
	assert_true(look("president") & LEX_TITLE);
	assert_true(look("prime minister") & LEX_TITLE);
	assert_true(look("university") & LEX_ORGWORD);
	assert_true(look("Chinese") & LEX_DEMONYM);
	assert_true(look("Sarah") & LEX_FIRST);
	assert_true(look("february") & LEX_MONTH);
	assert_true(look("forty") & LEX_NUMBER);
	assert_true(look("fifth") & LEX_ORDINAL);
	assert_true(look("yuan") & LEX_CURRENCY);
	assert_true(look("Vladimir Putin") & LEX_PERSON);
	assert_true(look("FBI") & LEX_PROPER);
	/* Multi-byte keys. */
	assert_true(look("Zürich") & LEX_PLACE);
}

/* The cues.txt lists other than [place], [org], [person] and [notname]
 * are looked up in small letters; those keep their case. */
static void
cue_case(void **state)
{
	(void)state;
	assert_int_equal(look("President") & LEX_TITLE, 0);
	assert_true(look("mr.") & LEX_TITLE);
	assert_true(look("U.S.") & LEX_PLACE);
	assert_int_equal(look("u.s.") & LEX_PLACE, 0);
	assert_true(look("PhD") & LEX_NOTNAME);
	/* The words around names that say what they are. */
	assert_true(look("speakers") & LEX_FOLK);
	assert_true(look("film") & LEX_WORK);
	assert_true(look("festival") & LEX_EVENT);
	assert_int_equal(look("Festival") & LEX_EVENT, 0);
	/* A key of two classes has both flags. */
	assert_true(look("series") & LEX_WORK);
	assert_true(look("series") & LEX_EVENT);
}

/* The merge's order: [notdemonym] takes the flag back from what the lists
 * gave; an acronym WordNet knows only as a term is no name unless a list
 * or cues.txt names it. */
static void
merge_order(void **state)
{
	(void)state;
	assert_int_equal(look("New") & LEX_DEMONYM, 0);
	assert_true(look("New") & LEX_PROPER);
	assert_int_equal(look("Pacific") & LEX_DEMONYM, 0);
	assert_true(look("DNA") & LEX_NOTNAME);
	assert_true(look("IQ") & LEX_NOTNAME);
	/* Terms of WordNet, organisations of cues.txt. */
	assert_int_equal(look("ABC") & LEX_NOTNAME, 0);
	assert_true(look("ABC") & LEX_ORG);
	assert_int_equal(look("ICE") & LEX_NOTNAME, 0);
	/* A group's acronym is no term. */
	assert_int_equal(look("FBI") & LEX_NOTNAME, 0);
}

/* Exact bytes: no folding, no prefixes. */
static void
unknown_keys(void **state)
{
	(void)state;
	assert_int_equal(look("paris") & LEX_PLACE, 0);
	assert_int_equal(look("Pari") & LEX_PLACE, 0);
	assert_int_equal(look("New York City Hall x"), 0);
	assert_int_equal(lexicon_lookup("", 0), 0);
	assert_int_equal(lexicon_lookup("the", 2) & LEX_STOP, 0);
	assert_int_equal(look("zzqxv"), 0);
}

/* A key past LEXICON_MAXKEY bytes is unknown at once. */
static void
long_keys(void **state)
{
	char	 key[LEXICON_MAXKEY + 1];

	(void)state;
	memset(key, 'a', sizeof key);
	assert_int_equal(lexicon_lookup(key, sizeof key), 0);
	memcpy(key, "the", 3);
	assert_int_equal(lexicon_lookup(key, sizeof key), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(known_keys),
		cmocka_unit_test(cue_case),
		cmocka_unit_test(merge_order),
		cmocka_unit_test(unknown_keys),
		cmocka_unit_test(long_keys),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
