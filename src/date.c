/* date.c: dates read from pages and plain-text articles, into
 * "YYYY-MM-DD", and shown; and the moments feeds give, to the second. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ascii.h"
#include "date.h"
#include "phrase.h"
#include "xmalloc.h"

static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"
};

static const char *const month_names[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

static const char *const weekdays[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday"
};

/*
 * Days, months and weekdays.
 */

static int
month_days(int y, int m)
{
	static const int mdays[] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))
		return 29;
	return mdays[m - 1];
}

/* A day that exists, in any year. */
static bool
day_exists(int y, int m, int d)
{
	return m >= 1 && m <= 12 && d >= 1 && d <= month_days(y, m);
}

bool
date_valid(int y, int m, int d)
{
	return y >= 1900 && y <= 2199 && day_exists(y, m, d);
}

int
date_month(const char *w, size_t len)
{
	char	 l[16];
	size_t	 i;

	if (len < 3 || len >= sizeof l)
		return 0;
	for (i = 0; i < len; i++)
		l[i] = (char)ascii_lower((unsigned char)w[i]);
	l[len] = '\0';
	for (i = 0; i < 12; i++) {
		if (strcmp(l, months[i]) == 0 ||
		    (len == 3 && strncmp(l, months[i], 3) == 0))
			return (int)i + 1;
	}
	if (strcmp(l, "sept") == 0)
		return 9;
	return 0;
}

size_t
date_month_at(const char *s, size_t len, int *m)
{
	size_t	 n;
	int	 k;

	for (n = 0; n < len && ascii_is_alpha((unsigned char)s[n]); n++)
		;
	if (n < len && ascii_is_digit((unsigned char)s[n]))
		return 0;
	if ((k = date_month(s, n)) == 0)
		return 0;
	if (n < len && s[n] == '.')
		n++;
	*m = k;
	return n;
}

size_t
date_weekday_at(const char *s, size_t len)
{
	size_t	 k, n;

	for (k = 0; k < 7; k++) {
		for (n = 0; n < len && n < strlen(weekdays[k]) &&
		    ascii_lower((unsigned char)s[n]) == weekdays[k][n]; n++)
			;
		if (n >= 3 && (n == len ||
		    !ascii_is_alnum((unsigned char)s[n])))
			return n;
	}
	return 0;
}

/* A day's ordinal suffix after a number: "16th". */
static size_t
ordinal(const char *s, size_t len)
{
	if (phrase_word(s, len, "st") || phrase_word(s, len, "nd") ||
	    phrase_word(s, len, "rd") || phrase_word(s, len, "th"))
		return 2;
	return 0;
}

size_t
date_number_at(const char *s, size_t len, size_t max, int *v)
{
	size_t	 i;

	*v = 0;
	for (i = 0; i < len && ascii_is_digit((unsigned char)s[i]); i++) {
		if (i == max)
			return 0;
		*v = *v * 10 + (s[i] - '0');
	}
	if (i == 0)
		return 0;
	if (i < len && ascii_is_alnum((unsigned char)s[i]) &&
	    ordinal(s + i, len - i) == 0)
		return 0;
	return i;
}

/*
 * A line that is a date.
 */

/* What may follow a date: a time ("at 10:30 am", "14:05 UTC"). */
static bool
time_rest(const char *s, size_t len)
{
	size_t	 i = phrase_skip_space(s, len, 0);

	if (i < len && (s[i] == ',' || s[i] == '-'))
		i = phrase_skip_space(s, len, i + 1);
	if (i == len)
		return true;
	if (phrase_word(s + i, len - i, "at"))
		i = phrase_skip_space(s, len, i + 2);
	if (len - i > 30 || i == len || !ascii_is_digit((unsigned char)s[i]))
		return false;
	return memchr(s + i, ':', len - i) != NULL ||
	    phrase_in(s + i, len - i, "am") || phrase_in(s + i, len - i, "pm");
}

char *
date_parse(const char *s, size_t len)
{
	size_t	 i = phrase_skip_space(s, len, 0), n;
	int	 y = 0, m = 0, d = 0, a, b;

	if ((n = date_weekday_at(s + i, len - i)) != 0) {
		i += n;
		if (i < len && (s[i] == ',' || s[i] == '.'))
			i++;
		i = phrase_skip_space(s, len, i);
	}
	if ((n = date_month_at(s + i, len - i, &m)) != 0) {
		/* May 16, 2024 */
		i = phrase_skip_space(s, len, i + n);
		if ((n = date_number_at(s + i, len - i, 2, &d)) == 0)
			return NULL;
		i += n;
		i += ordinal(s + i, len - i);
		if (i < len && s[i] == ',')
			i++;
		i = phrase_skip_space(s, len, i);
		if ((n = date_number_at(s + i, len - i, 4, &y)) != 4)
			return NULL;
		i += n;
	} else if ((n = date_number_at(s + i, len - i, 4, &a)) == 4 &&
	    i + n < len && s[i + n] == '-') {
		/* 2024-05-16, 2024-05-16T10:30:00Z */
		y = a;
		i += n + 1;
		if (i + 5 > len || !ascii_is_digit((unsigned char)s[i]) ||
		    !ascii_is_digit((unsigned char)s[i + 1]) ||
		    s[i + 2] != '-' ||
		    !ascii_is_digit((unsigned char)s[i + 3]) ||
		    !ascii_is_digit((unsigned char)s[i + 4]))
			return NULL;
		m = (s[i] - '0') * 10 + (s[i + 1] - '0');
		d = (s[i + 3] - '0') * 10 + (s[i + 4] - '0');
		i += 5;
		if (i < len && s[i] == 'T')
			i = len;	/* a time follows */
		else if (i < len && ascii_is_alnum((unsigned char)s[i]))
			return NULL;
	} else if (n >= 1 && n <= 2) {
		i += n;
		if (i < len && (s[i] == '/' || s[i] == '.' || s[i] == '-')) {
			/* 16/05/2024, 05/16/2024 */
			char	 sep = s[i++];

			if ((n = date_number_at(s + i, len - i, 2, &b)) == 0 ||
			    i + n >= len || s[i + n] != sep)
				return NULL;
			i += n + 1;
			if ((n = date_number_at(s + i, len - i, 4, &y)) != 4)
				return NULL;
			i += n;
			if (a > 12 && b <= 12) {
				d = a;
				m = b;
			} else if (b > 12 && a <= 12) {
				m = a;
				d = b;
			} else
				return NULL;	/* ambiguous */
		} else {
			/* 16 May 2024 */
			d = a;
			i += ordinal(s + i, len - i);
			i = phrase_skip_space(s, len, i);
			if ((n = date_month_at(s + i, len - i, &m)) == 0)
				return NULL;
			i += n;
			if (i < len && s[i] == ',')
				i++;
			i = phrase_skip_space(s, len, i);
			if ((n = date_number_at(s + i, len - i, 4, &y)) != 4)
				return NULL;
			i += n;
		}
	} else
		return NULL;
	if (!date_valid(y, m, d) || !time_rest(s + i, len - i))
		return NULL;
	return xasprintf("%04d-%02d-%02d", y, m, d);
}

bool
date_like(const char *s, size_t len)
{
	static const char *words[] = {
		"at", "ago", "hour", "hours", "day", "days", "minute",
		"minutes", "mins", "week", "weeks", "month", "months", "year",
		"years", "am", "pm", "a.m", "p.m", "of", "utc", "gmt", "est",
		"edt", "pst", "pdt", "cet", "cest", "bst", "yesterday", "today"
	};
	size_t	 i = 0, j, k;
	int	 m, digits = 0, other = 0;

	if (len == 0 || len > 60)
		return false;
	while (i < len) {
		if (!ascii_is_alnum((unsigned char)s[i])) {
			i++;
			continue;
		}
		for (j = i; j < len && (ascii_is_alnum((unsigned char)s[j]) ||
		    (s[j] == '.' && j + 1 < len &&
		    ascii_is_alnum((unsigned char)s[j + 1]))); j++)
			;
		if (ascii_is_digit((unsigned char)s[i])) {
			digits++;
			for (k = i; k < j &&
			    ascii_is_digit((unsigned char)s[k]); k++)
				;
			if (k < j && ordinal(s + k, j - k) != j - k)
				return false;
		} else if (date_month_at(s + i, j - i, &m) != j - i &&
		    date_weekday_at(s + i, j - i) != j - i) {
			for (k = 0; k < sizeof words / sizeof words[0]; k++)
				if (phrase_word(s + i, j - i, words[k]) ==
				    j - i)
					break;
			if (k == sizeof words / sizeof words[0])
				return false;
			other++;
		}
		i = j;
	}
	if (digits == 0)
		return other == 1 && (phrase_word(s, len, "yesterday") ||
		    phrase_word(s, len, "today"));
	return true;
}

/*
 * A date anywhere in a text.
 */

/* Read digits: returns the count (9 at most), the value in *v. */
static int
digits(const char *s, int *v)
{
	int	 n = 0;

	*v = 0;
	while (s[n] >= '0' && s[n] <= '9' && n < 9) {
		*v = *v * 10 + (s[n] - '0');
		n++;
	}
	return n;
}

static char *
iso(int y, int m, int d)
{
	return xasprintf("%04d-%02d-%02d", y, m, d);
}

char *
date_find(const char *s, const char **at)
{
	const char	*p;
	int		 y, m, d, n, k, mo, dd, yy;

	while (ascii_is_space((unsigned char)*s))
		s++;
	/* Numeric forms at the start. */
	if ((n = digits(s, &y)) == 4 && (s[4] == '-' || s[4] == '/' ||
	    s[4] == '.') && (k = digits(s + 5, &m)) >= 1 && k <= 2 &&
	    s[5 + k] == s[4] && digits(s + 6 + k, &d) >= 1 &&
	    date_valid(y, m, d)) {
		if (at != NULL)
			*at = s;
		return iso(y, m, d);
	}
	if (n == 8 && (s[8] == '\0' || s[8] == 'T' ||
	    ascii_is_space((unsigned char)s[8])) && date_valid(y / 10000,
	    y / 100 % 100, y % 100)) {
		if (at != NULL)
			*at = s;
		return iso(y / 10000, y / 100 % 100, y % 100);
	}
	/* A written or dotted date anywhere. */
	for (p = s; *p != '\0'; p++) {
		if (p > s && ascii_is_alnum((unsigned char)p[-1]))
			continue;	/* not at a word start */
		if ((n = digits(p, &m)) >= 1 && n <= 2 && p[n] == '/' &&
		    (k = digits(p + n + 1, &d)) >= 1 && k <= 2 &&
		    p[n + 1 + k] == '/' && digits(p + n + 2 + k, &yy) == 4) {
			/* "05/29/2007", "29/05/2007": month first when
			 * both may be months, as the English web writes. */
			if (m > 12 && date_valid(yy, d, m)) {
				if (at != NULL)
					*at = p;
				return iso(yy, d, m);
			}
			if (date_valid(yy, m, d)) {
				if (at != NULL)
					*at = p;
				return iso(yy, m, d);
			}
		}
		if ((n = digits(p, &dd)) >= 1 && n <= 2 && p[n] == '.' &&
		    (k = digits(p + n + 1, &mo)) >= 1 && k <= 2 &&
		    p[n + 1 + k] == '.' && digits(p + n + 2 + k, &yy) == 4 &&
		    date_valid(yy, mo, dd)) {
			if (at != NULL)
				*at = p;
			return iso(yy, mo, dd);
		}
		for (n = 0; ascii_is_alpha((unsigned char)p[n]); n++)
			;
		if (n >= 3 && (mo = date_month(p, (size_t)n)) != 0) {
			/* Month first: "November 18, 2019". */
			const char *q = p + n;

			if (*q == '.')
				q++;
			while (ascii_is_space((unsigned char)*q))
				q++;
			if ((k = digits(q, &dd)) >= 1 && k <= 2) {
				q += k;
				if (strncmp(q, "st", 2) == 0 ||
				    strncmp(q, "nd", 2) == 0 ||
				    strncmp(q, "rd", 2) == 0 ||
				    strncmp(q, "th", 2) == 0)
					q += 2;
				while (*q == ',' ||
				    ascii_is_space((unsigned char)*q))
					q++;
				if (digits(q, &yy) == 4 &&
				    date_valid(yy, mo, dd)) {
					if (at != NULL)
						*at = p;
					return iso(yy, mo, dd);
				}
			}
		}
		if ((n = digits(p, &dd)) >= 1 && n <= 2) {
			/* Day first: "18 November 2019". */
			const char *q = p + n, *w;

			if (*q == '.')
				q++;
			while (ascii_is_space((unsigned char)*q))
				q++;
			for (w = q; ascii_is_alpha((unsigned char)*w); w++)
				;
			if ((mo = date_month(q, (size_t)(w - q))) != 0) {
				if (*w == '.')
					w++;
				while (*w == ',' ||
				    ascii_is_space((unsigned char)*w))
					w++;
				if (digits(w, &yy) == 4 &&
				    date_valid(yy, mo, dd)) {
					if (at != NULL)
						*at = p;
					return iso(yy, mo, dd);
				}
			}
		}
	}
	return NULL;
}

bool
date_has_year(const char *s)
{
	const char	*p;
	int		 y;

	for (p = s; *p != '\0'; p++) {
		if ((p == s || !ascii_is_digit((unsigned char)p[-1])) &&
		    digits(p, &y) == 4 && y >= 1000 && y < 3000)
			return true;
	}
	return false;
}

/*
 * ISO dates.
 */

bool
date_iso(const char *s, int *y, int *m, int *d)
{
	size_t	 i;

	if (s == NULL)
		return false;
	for (i = 0; i < 10; i++) {
		if (i == 4 || i == 7) {
			if (s[i] != '-')
				return false;
		} else if (!ascii_is_digit((unsigned char)s[i]))
			return false;
	}
	if (s[10] != '\0' && s[10] != 'T' && s[10] != ' ')
		return false;
	*y = atoi(s);
	*m = atoi(s + 5);
	*d = atoi(s + 8);
	return day_exists(*y, *m, *d);
}

long long
date_epoch(const char *s)
{
	struct tm	 tm;
	int		 y, m, d;

	if (!date_iso(s, &y, &m, &d))
		return -1;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_hour = 12;
	return (long long)timegm(&tm);
}

char *
date_display(const char *s)
{
	int	 y, m, d;

	if (!date_iso(s, &y, &m, &d))
		return xstrdup(s);
	return xasprintf("%s %d, %d", month_names[m - 1], d, y);
}

/*
 * Moments: the dates of feeds.
 */

/* Days from 1970-01-01 to a day of the proleptic Gregorian calendar. */
static long long
days_from_civil(int y, int m, int d)
{
	long long	 era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* Exactly n digits at s: their value, or -1. */
static int
fixed_digits(const char *s, size_t n)
{
	int	 v = 0;
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (!ascii_is_digit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* A zone's offset from UTC in minutes: "Z", "+02:00", "-0530", "+02";
 * with named true also the names of RFC 822 and common others ("GMT",
 * "EST", "CEST"), "UTC+2" and "GMT-05:00" (an hour of one digit will do
 * there). Returns the bytes used (0 for none, *off then 0). */
static size_t
zone_at(const char *s, bool named, int *off)
{
	static const struct {
		const char	*name;
		int		 off;
	} zones[] = {
		{ "ut", 0 }, { "utc", 0 }, { "gmt", 0 }, { "z", 0 },
		{ "wet", 0 }, { "west", 60 }, { "bst", 60 }, { "cet", 60 },
		{ "cest", 120 }, { "met", 60 }, { "mest", 120 },
		{ "eet", 120 }, { "eest", 180 }, { "msk", 180 },
		{ "ist", 330 }, { "sgt", 480 }, { "hkt", 480 },
		{ "awst", 480 }, { "jst", 540 }, { "kst", 540 },
		{ "acst", 570 }, { "aest", 600 }, { "aedt", 660 },
		{ "nzst", 720 }, { "nzdt", 780 },
		{ "edt", -240 }, { "est", -300 }, { "cdt", -300 },
		{ "cst", -360 }, { "mdt", -360 }, { "mst", -420 },
		{ "pdt", -420 }, { "pst", -480 }, { "akdt", -480 },
		{ "akst", -540 }, { "hst", -600 }, { "ast", -240 },
		{ "adt", -180 }, { "nst", -210 }, { "ndt", -150 }
	};
	char	 w[8];
	size_t	 n = 0, i, used;
	int	 h, mi = 0, sign;

	*off = 0;
	if (*s == '+' || *s == '-') {
		sign = *s == '-' ? -1 : 1;
		if ((h = fixed_digits(s + 1, 2)) < 0) {
			/* "GMT+2" */
			if (!named || (h = fixed_digits(s + 1, 1)) < 0 ||
			    ascii_is_digit((unsigned char)s[2]))
				return 0;
			*off = sign * h * 60;
			return 2;
		}
		used = 3;
		if (s[3] == ':' && (mi = fixed_digits(s + 4, 2)) >= 0)
			used = 6;
		else if ((mi = fixed_digits(s + 3, 2)) >= 0)
			used = 5;
		else if (ascii_is_digit((unsigned char)s[3]))
			return 0;
		else
			mi = 0;
		if (h > 14 || mi > 59)
			return 0;
		*off = sign * (h * 60 + mi);
		return used;
	}
	if (!named) {
		if (*s == 'Z' || *s == 'z') {
			*off = 0;
			return 1;
		}
		return 0;
	}
	while (n < sizeof w - 1 && ascii_is_alpha((unsigned char)s[n])) {
		w[n] = (char)ascii_lower((unsigned char)s[n]);
		n++;
	}
	if (n == 0 || ascii_is_alpha((unsigned char)s[n]))
		return 0;
	w[n] = '\0';
	for (i = 0; i < sizeof zones / sizeof zones[0]; i++) {
		if (strcmp(w, zones[i].name) == 0) {
			*off = zones[i].off;
			/* "GMT+2", "UTC-05:00" */
			if ((s[n] == '+' || s[n] == '-') && zones[i].off == 0)
				n += zone_at(s + n, true, off);
			return n;
		}
	}
	return 0;
}

/* hh:mm[:ss[.fff]] at s: the bytes used, or 0 (*h, *mi and *sec then
 * as they were). */
static size_t
clock_at(const char *s, int *h, int *mi, int *sec)
{
	size_t	 i;
	int	 hh, mm, ss = 0;

	if (ascii_is_digit((unsigned char)s[0]) && s[1] == ':') {
		/* "8:49" */
		hh = s[0] - '0';
		i = 2;
	} else if ((hh = fixed_digits(s, 2)) >= 0 && s[2] == ':')
		i = 3;
	else
		return 0;
	if ((mm = fixed_digits(s + i, 2)) < 0)
		return 0;
	i += 2;
	if (s[i] == ':') {
		if ((ss = fixed_digits(s + i + 1, 2)) < 0)
			return 0;
		i += 3;
		if (s[i] == '.' || s[i] == ',')
			for (i++; ascii_is_digit((unsigned char)s[i]); i++)
				;
	}
	if (hh > 24 || mm > 59 || ss > 60)
		return 0;
	*h = hh;
	*mi = mm;
	*sec = ss;
	return i;
}

static bool
moment_set(int y, int m, int d, int h, int mi, int sec, int off,
    long long *t, char day[11])
{
	if (!date_valid(y, m, d))
		return false;
	if (sec == 60)
		sec = 59;	/* a leap second */
	*t = days_from_civil(y, m, d) * 86400 + h * 3600 + mi * 60 + sec -
	    off * 60;
	/* "YYYY-MM-DD": date_valid() bounds each part. */
	day[0] = (char)('0' + y / 1000);
	day[1] = (char)('0' + y / 100 % 10);
	day[2] = (char)('0' + y / 10 % 10);
	day[3] = (char)('0' + y % 10);
	day[4] = day[7] = '-';
	day[5] = (char)('0' + m / 10);
	day[6] = (char)('0' + m % 10);
	day[8] = (char)('0' + d / 10);
	day[9] = (char)('0' + d % 10);
	day[10] = '\0';
	return true;
}

/* ISO 8601: "2024-05-06T23:30:00.5+02:00", "20240506T2330Z",
 * "2024-05-06". */
static bool
moment_iso(const char *s, long long *t, char day[11])
{
	int	 y, m, d, h = 12, mi = 0, sec = 0, off = 0;
	size_t	 i;

	if ((y = fixed_digits(s, 4)) < 0)
		return false;
	if (s[4] == '-') {
		if ((m = fixed_digits(s + 5, 2)) < 0 || s[7] != '-' ||
		    (d = fixed_digits(s + 8, 2)) < 0)
			return false;
		i = 10;
	} else {
		if ((m = fixed_digits(s + 4, 2)) < 0 ||
		    (d = fixed_digits(s + 6, 2)) < 0)
			return false;
		i = 8;
	}
	if (ascii_is_digit((unsigned char)s[i]))
		return false;
	if ((s[i] == 'T' || s[i] == 't' || s[i] == ' ') &&
	    ascii_is_digit((unsigned char)s[i + 1])) {
		size_t	 k;

		if ((k = clock_at(s + i + 1, &h, &mi, &sec)) == 0) {
			/* The basic form: "T233000", "T2330". */
			if ((h = fixed_digits(s + i + 1, 2)) < 0 ||
			    (mi = fixed_digits(s + i + 3, 2)) < 0)
				return false;
			k = 4;
			if ((sec = fixed_digits(s + i + 5, 2)) >= 0)
				k = 6;
			else
				sec = 0;
			if (h > 24 || mi > 59 || sec > 60)
				return false;
		}
		i += 1 + k;
		while (s[i] == ' ')
			i++;
		zone_at(s + i, true, &off);
	}
	return moment_set(y, m, d, h, mi, sec, off, t, day);
}

/* RFC 822 and its kin: "[Mon,] 06 May 2024 23:30[:00] [zone]",
 * "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994". */
static bool
moment_822(const char *s, long long *t, char day[11])
{
	size_t	 i = 0, n, len = strlen(s);
	int	 y = -1, m = 0, d = -1, h = 12, mi = 0, sec = 0, off = 0;
	bool	 asc = false;

	if ((n = date_weekday_at(s, len)) > 0) {
		i = n;
		if (s[i] == '.')
			i++;
		if (s[i] == ',')
			i++;
		while (s[i] == ' ')
			i++;
	}
	/* The day, then the month; or asctime's month, then the day. */
	if ((n = date_number_at(s + i, len - i, 2, &d)) > 0)
		i += n;
	else if ((n = date_month_at(s + i, len - i, &m)) > 0) {
		asc = true;
		i += n;
		while (s[i] == ' ')
			i++;
		if ((n = date_number_at(s + i, len - i, 2, &d)) == 0)
			return false;
		i += n;
	} else
		return false;
	if (!asc) {
		if (s[i] != ' ' && s[i] != '-')
			return false;
		while (s[i] == ' ' || s[i] == '-')
			i++;
		if ((n = date_month_at(s + i, len - i, &m)) == 0)
			return false;
		i += n;
		if (s[i] != ' ' && s[i] != '-')
			return false;
		while (s[i] == ' ' || s[i] == '-')
			i++;
		if ((n = date_number_at(s + i, len - i, 4, &y)) != 2 &&
		    n != 4)
			return false;
		if (n == 2)
			y += y < 50 ? 2000 : 1900;
		i += n;
		while (s[i] == ' ' || s[i] == ',')
			i++;
	} else
		while (s[i] == ' ')
			i++;
	if ((n = clock_at(s + i, &h, &mi, &sec)) > 0) {
		i += n;
		while (s[i] == ' ')
			i++;
		if (asc) {
			if ((n = date_number_at(s + i, len - i, 4, &y)) != 4)
				return false;
			i += n;
		} else
			zone_at(s + i, true, &off);
	} else if (asc)
		return false;
	return moment_set(y, m, d, h, mi, sec, off, t, day);
}

bool
date_moment(const char *s, long long *t, char day[11])
{
	if (s == NULL)
		return false;
	while (ascii_is_space((unsigned char)*s))
		s++;
	return moment_iso(s, t, day) || moment_822(s, t, day);
}
