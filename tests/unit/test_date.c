/* test_date.c: dates read, checked, sorted and shown. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"

#define S(s)	(s), strlen(s)

/* got (freed here) is want, or both are NULL. */
static void
same(char *got, const char *want, const char *what)
{
	if (want == NULL && got != NULL)
		fail_msg("%s: %s, want none", what, got);
	if (want != NULL && (got == NULL || strcmp(got, want) != 0))
		fail_msg("%s: %s, want %s", what, got != NULL ? got : "none",
		    want);
	free(got);
}

static void
test_valid(void **state)
{
	(void)state;
	assert_true(date_valid(2024, 5, 16));
	assert_true(date_valid(2024, 2, 29));
	assert_false(date_valid(2023, 2, 29));
	assert_true(date_valid(2000, 2, 29));
	assert_false(date_valid(1900, 2, 29));
	assert_false(date_valid(2024, 4, 31));
	assert_true(date_valid(2024, 12, 31));
	assert_false(date_valid(2024, 13, 1));
	assert_false(date_valid(2024, 0, 1));
	assert_false(date_valid(2024, 1, 0));
	assert_true(date_valid(1900, 1, 1));
	assert_false(date_valid(1899, 12, 31));
	assert_true(date_valid(2199, 12, 31));
	assert_false(date_valid(2200, 1, 1));
}

static void
test_words(void **state)
{
	int	 m = 0, v = 0;

	(void)state;
	assert_int_equal(date_month(S("May")), 5);
	assert_int_equal(date_month(S("SEPTEMBER")), 9);
	assert_int_equal(date_month(S("sep")), 9);
	assert_int_equal(date_month(S("Sept")), 9);
	assert_int_equal(date_month(S("Septe")), 0);
	assert_int_equal(date_month(S("ma")), 0);
	assert_int_equal(date_month(S("mayor")), 0);

	assert_int_equal(date_month_at(S("Sept. 9"), &m), 5);
	assert_int_equal(m, 9);
	assert_int_equal(date_month_at(S("dec, 2024"), &m), 3);
	assert_int_equal(m, 12);
	assert_int_equal(date_month_at(S("Mayor"), &m), 0);
	assert_int_equal(date_month_at(S("May2024"), &m), 0);
	assert_int_equal(date_month_at(S("May\xc3\xa9"), &m), 3);

	assert_int_equal(date_weekday_at(S("Thursday, May 16")), 8);
	assert_int_equal(date_weekday_at(S("Thurs. May 16")), 5);
	assert_int_equal(date_weekday_at(S("thu")), 3);
	assert_int_equal(date_weekday_at(S("Th")), 0);
	assert_int_equal(date_weekday_at(S("Thumb")), 0);

	assert_int_equal(date_number_at(S("16th May"), 2, &v), 2);
	assert_int_equal(v, 16);
	assert_int_equal(date_number_at(S("2024,"), 4, &v), 4);
	assert_int_equal(v, 2024);
	assert_int_equal(date_number_at(S("20245"), 4, &v), 0);
	assert_int_equal(date_number_at(S("16h"), 2, &v), 0);
	assert_int_equal(date_number_at(S("x"), 2, &v), 0);
}

static void
test_parse(void **state)
{
	static const struct {
		const char	*s, *want;
	} t[] = {
		{ "May 16, 2024", "2024-05-16" },
		{ "  May 16 2024", "2024-05-16" },
		{ "Thursday, May 16th, 2024 at 10:30 am", "2024-05-16" },
		{ "Thu. 16 May 2024", "2024-05-16" },
		{ "16\xc2\xa0May\xc2\xa0" "2024", "2024-05-16" },
		{ "Sept. 9, 2024 - 14:05 UTC", "2024-09-09" },
		{ "2024-05-16", "2024-05-16" },
		{ "2024-05-16T10:30:00Z", "2024-05-16" },
		{ "16/05/2024", "2024-05-16" },
		{ "05/16/2024", "2024-05-16" },
		{ "16.05.2024", "2024-05-16" },
		{ "05/06/2024", NULL },		/* which is the month? */
		{ "Feb 29, 2024", "2024-02-29" },
		{ "Feb 29, 2023", NULL },
		{ "April 31, 2024", NULL },
		{ "May 16, 2024 and more", NULL },
		{ "May 2024", NULL },
		{ "Mayor 16, 2024", NULL },
		{ "2024-05-16x", NULL },
		{ "", NULL },
	};
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++)
		same(date_parse(S(t[i].s)), t[i].want, t[i].s);
}

static void
test_like(void **state)
{
	(void)state;
	assert_true(date_like(S("May 2024")));
	assert_true(date_like(S("3 hours ago")));
	assert_true(date_like(S("05/06/2024")));
	assert_false(date_like(S("Updated 10:30 a.m. EDT")));
	assert_true(date_like(S("10:30 a.m. EDT")));
	assert_true(date_like(S("Yesterday")));
	assert_true(date_like(S("Thurs 16th")));
	assert_false(date_like(S("Jane Doe")));
	assert_false(date_like(S("Today Jane")));
	assert_true(date_like(S("today")));
	assert_false(date_like(S("")));
}

static void
test_find(void **state)
{
	static const struct {
		const char	*s, *want;
		size_t		 at;
	} t[] = {
		{ "2019-11-18T10:00:00+00:00", "2019-11-18", 0 },
		{ " 2019/11/18", "2019-11-18", 1 },
		{ "2019.11.18", "2019-11-18", 0 },
		{ "20191118", "2019-11-18", 0 },
		{ "20191118T1000", "2019-11-18", 0 },
		{ "By Jane Doe, November 18, 2019", "2019-11-18", 13 },
		{ "Updated 18 Nov. 2019 10:00", "2019-11-18", 8 },
		{ "Mon, 18 Nov 2019 10:00:00 GMT", "2019-11-18", 5 },
		{ "Nov 3rd, 2019", "2019-11-03", 0 },
		{ "18.11.2019", "2019-11-18", 0 },
		{ "05/29/2007", "2007-05-29", 0 },
		{ "29/05/2007", "2007-05-29", 0 },
		{ "05/06/2007", "2007-05-06", 0 },	/* month first */
		{ "2019-02-30", NULL, 0 },
		{ "31 April 2019", NULL, 0 },
		{ "Spring 2019", NULL, 0 },
		{ "x2019-11-18", NULL, 0 },
		{ "12:06 PM", NULL, 0 },
		{ "", NULL, 0 },
	};
	const char	*at;
	size_t		 i;
	char		*r;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		at = NULL;
		r = date_find(t[i].s, &at);
		if (r != NULL && t[i].want != NULL &&
		    (size_t)(at - t[i].s) != t[i].at)
			fail_msg("%s: at %zu, want %zu", t[i].s,
			    (size_t)(at - t[i].s), t[i].at);
		same(r, t[i].want, t[i].s);
	}
	same(date_find("May 16, 2024", NULL), "2024-05-16", "no at");

	assert_true(date_has_year("Spring 2019"));
	assert_true(date_has_year("1999"));
	assert_false(date_has_year("12:06 PM"));
	assert_false(date_has_year("20191"));
	assert_false(date_has_year("3000 years"));
	assert_false(date_has_year("yesterday"));
}

static void
test_iso(void **state)
{
	int	 y, m, d;
	char	*s;

	(void)state;
	assert_true(date_iso("2024-05-16", &y, &m, &d));
	assert_int_equal(y, 2024);
	assert_int_equal(m, 5);
	assert_int_equal(d, 16);
	assert_true(date_iso("2024-05-16T10:00:00Z", &y, &m, &d));
	assert_true(date_iso("2024-05-16 10:00", &y, &m, &d));
	assert_true(date_iso("1850-01-01", &y, &m, &d));
	assert_false(date_iso("2024-05-16x", &y, &m, &d));
	assert_false(date_iso("2024-5-16", &y, &m, &d));
	assert_false(date_iso("2024-02-30", &y, &m, &d));
	assert_false(date_iso("May 16, 2024", &y, &m, &d));
	assert_false(date_iso("", &y, &m, &d));
	assert_false(date_iso(NULL, &y, &m, &d));

	assert_true(date_epoch("1970-01-01") == 12 * 3600);
	assert_true(date_epoch("2024-05-16T23:59:59Z") == 1715860800LL);
	assert_true(date_epoch("2024-05-17") - date_epoch("2024-05-16") ==
	    86400);
	assert_true(date_epoch("Spring 2019") == -1);
	assert_true(date_epoch(NULL) == -1);

	s = date_display("2024-05-16");
	assert_string_equal(s, "May 16, 2024");
	free(s);
	s = date_display("2024-12-01T10:00:00Z");
	assert_string_equal(s, "December 1, 2024");
	free(s);
	s = date_display("Spring 2019");
	assert_string_equal(s, "Spring 2019");
	free(s);
	s = date_display("2024-13-01");
	assert_string_equal(s, "2024-13-01");
	free(s);
}

/* The moments feeds give: RFC 822 and its kin, ISO 8601 and RFC 3339. */
static void
test_moment(void **state)
{
	long long	 t;
	char		 day[11];

	(void)state;
	/* RFC 822: zones by number and by name, no seconds, no weekday,
	 * two-digit years, RFC 850's dashes, asctime(). */
	assert_true(date_moment("Mon, 06 May 2024 23:30:00 -0700", &t, day));
	assert_true(t == 1715063400LL);
	assert_string_equal(day, "2024-05-06");
	assert_true(date_moment("Mon, 06 May 2024 23:30:00 GMT", &t, day));
	assert_true(t == 1715038200LL);
	assert_true(date_moment("Mon, 6 May 2024 23:30 UT", &t, day));
	assert_true(t == 1715038200LL);
	assert_true(date_moment("06 May 2024 23:30:00 EST", &t, day));
	assert_true(t == 1715056200LL);
	assert_true(date_moment("Monday, 06 May 24 23:30 EDT", &t, day));
	assert_true(t == 1715052600LL);
	assert_string_equal(day, "2024-05-06");
	assert_true(date_moment("Sunday, 06-Nov-94 08:49:37 GMT", &t, day));
	assert_true(t == 784111777LL);
	assert_string_equal(day, "1994-11-06");
	assert_true(date_moment("Sun Nov  6 08:49:37 1994", &t, day));
	assert_true(t == 784111777LL);
	assert_true(date_moment("Mon, 06 May 2024 23:30:00 +02:00", &t, day));
	assert_true(t == 1715031000LL);
	assert_true(date_moment("  Mon, 06 May 2024 23:30:00 +0000 (UTC)",
	    &t, day));
	assert_true(t == 1715038200LL);
	assert_true(date_moment("Mon, 06 May 2024 23:30:00 CEST", &t, day));
	assert_true(t == 1715031000LL);
	assert_true(date_moment("Mon, 06 May 2024 23:30:00 GMT+2", &t, day));
	assert_true(t == 1715031000LL);
	/* No zone, or one not known: UTC. No time: noon UTC. */
	assert_true(date_moment("Mon, 06 May 2024 23:30:00", &t, day));
	assert_true(t == 1715038200LL);
	assert_true(date_moment("Mon, 06 May 2024 23:30:00 XYZT", &t, day));
	assert_true(t == 1715038200LL);
	assert_true(date_moment("Mon, 06 May 2024", &t, day));
	assert_true(t == 1714996800LL);
	assert_true(date_moment("02 Jan 49 03:04 +0100", &t, day));
	assert_true(t == 2493165840LL);
	assert_true(date_moment("31 Dec 99 23:59:59 Z", &t, day));
	assert_true(t == 946684799LL);

	/* ISO 8601 and RFC 3339: zones, fractions, the basic form. */
	assert_true(date_moment("2024-05-06T23:30:00Z", &t, day));
	assert_true(t == 1715038200LL);
	assert_string_equal(day, "2024-05-06");
	assert_true(date_moment("2024-05-06T23:30:00.123456-07:00", &t, day));
	assert_true(t == 1715063400LL);
	assert_true(date_moment("2024-05-06t23:30:00,5+0530", &t, day));
	assert_true(t == 1715018400LL);
	assert_true(date_moment("2024-05-06 23:30+02", &t, day));
	assert_true(t == 1715031000LL);
	assert_true(date_moment("20240506T233000Z", &t, day));
	assert_true(t == 1715038200LL);
	assert_true(date_moment("2024-05-06T23:30:00", &t, day));
	assert_true(t == 1715038200LL);
	assert_true(date_moment("2024-05-06", &t, day));
	assert_true(t == 1714996800LL);
	assert_true(t == date_epoch("2024-05-06"));
	assert_true(date_moment("1999-12-31T23:59:60Z", &t, day));
	assert_true(t == 946684799LL);

	/* Not moments. */
	assert_false(date_moment(NULL, &t, day));
	assert_false(date_moment("", &t, day));
	assert_false(date_moment("yesterday", &t, day));
	assert_false(date_moment("2024-02-30T10:00:00Z", &t, day));
	assert_false(date_moment("2024-05", &t, day));
	assert_false(date_moment("32 May 2024 10:00 GMT", &t, day));
	assert_false(date_moment("06 Foo 2024 10:00 GMT", &t, day));
	assert_false(date_moment("06 May 202 10:00 GMT", &t, day));
	assert_false(date_moment("1850-01-01T00:00:00Z", &t, day));
	/* A time that cannot be is passed over: the day at noon UTC. */
	assert_true(date_moment("Mon, 06 May 2024 25:00:00 GMT", &t, day));
	assert_true(t == 1714996800LL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_like),
		cmocka_unit_test(test_find),
		cmocka_unit_test(test_iso),
		cmocka_unit_test(test_moment),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
