/* date.h: one reader of dates for every module: the written forms pages
 * and plain-text articles use ("May 16, 2024", "16 May 2024",
 * "2024-05-16T10:00", "16/05/2024", ...) read into an ISO date
 * ("YYYY-MM-DD"), that date's seconds for sorting, and its display
 * form. */
#ifndef FOLIO_DATE_H
#define FOLIO_DATE_H

#include <stdbool.h>
#include <stddef.h>

/* True for a day that exists (each month its length, February 29 in leap
 * years only) in a year an article may carry: 1900 to 2199. The readers
 * below give no other. */
bool		 date_valid(int y, int m, int d);

/* The month a word of len bytes names (1-12), or 0: the English name,
 * whole or cut to three letters, or "Sept"; case folded. */
int		 date_month(const char *w, size_t len);
/* A month's name at s (date_month) that is a word of its own (no letter
 * or digit after it), with a full stop after it if there is one ("Sept.
 * 9"): returns the bytes used and sets *m, or 0. */
size_t		 date_month_at(const char *s, size_t len, int *m);
/* A weekday's name at s, whole or cut to three letters or more ("Thu",
 * "Thurs", "thursday"), a word of its own: returns the bytes used, or
 * 0. */
size_t		 date_weekday_at(const char *s, size_t len);
/* A number of at most max digits at s that is not run into a word, but
 * for a day's ordinal suffix ("16th"): returns its digits and sets *v, or
 * 0. */
size_t		 date_number_at(const char *s, size_t len, size_t max, int *v);

/* A line that is a date and nothing else, but a time after it: "May 16,
 * 2024", "Thursday, May 16, 2024 at 10:30 am", "16 May 2024",
 * "2024-05-16T10:30:00Z", "16/05/2024" (day and month told apart by a
 * number past 12; an ambiguous one is no date). White space as
 * phrase_space() reads it. Returns the date as "YYYY-MM-DD" (malloc'd),
 * or NULL. */
char		*date_parse(const char *s, size_t len);
/* True when s reads as a date even if not a whole one ("May 2024", "3
 * hours ago", "Yesterday"): numbers, month and weekday names and a few
 * words of time, nothing else. */
bool		 date_like(const char *s, size_t len);

/* The first date in s (NUL-terminated): ISO 8601 and its relatives at
 * the start ("2019-11-18T10:00", "2019/11/18", "20191118"), else,
 * anywhere at a word's start, a written date ("November 18, 2019", "18
 * Nov. 2019", "Mon, 18 Nov 2019"), a day-first dotted one ("18.11.2019")
 * or a slashed one ("05/29/2007", month first unless the first number
 * is past 12). Returns it as "YYYY-MM-DD" (malloc'd) and sets *at (when
 * at is not NULL) to where it starts in s, or returns NULL. */
char		*date_find(const char *s, const char **at);
/* True when s holds a year (1000-2999) standing alone: a date that
 * cannot be read further ("Spring 2019") may be kept as written. */
bool		 date_has_year(const char *s);

/* Read "YYYY-MM-DD" at the start of s, followed by nothing, a 'T' or a
 * space (a time): true, with the year, month and day set, when the day
 * exists (any year: this reads dates already written in that form). */
bool		 date_iso(const char *s, int *y, int *m, int *d);
/* Seconds since the epoch of an ISO date (date_iso) at noon UTC, for
 * sorting; -1 when s is NULL or holds none. */
long long	 date_epoch(const char *s);
/* A moment as feeds (and mail and HTTP) write one: RFC 822 and its kin,
 * RFC 1123, 2822 and 850 and asctime() ("Mon, 06 May 2024 23:30:00
 * -0700", "6 May 24 23:30 EST", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun
 * Nov  6 08:49:37 1994": weekday and seconds optional, two-digit years
 * 00-49 in 2000-2049 and 50-99 in 1950-1999, zones by number or by name),
 * or ISO 8601 and RFC 3339 ("2024-05-06T23:30:00.25+02:00",
 * "20240506T233000Z", "2024-05-06 23:30"), white space around it and
 * whatever follows a whole one (" (UTC)") passed over. True when s holds
 * one, with *t its seconds since 1970, the zone applied (a time without
 * a zone, or in one not known, is UTC; a day without a time is noon UTC,
 * as date_epoch() has it), and day its day as written, in the writer's
 * zone: "YYYY-MM-DD", a day date_valid() accepts. */
bool		 date_moment(const char *s, long long *t, char day[11]);

/* How an article's date is shown: an ISO date (date_iso) as "May 16,
 * 2024", anything else as it is written. Returns a malloc'd string. */
char		*date_display(const char *s);

#endif
