/* title.c: a page title's parts (title.h). */
#include "config.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "title.h"
#include "utf8.h"
#include "xmalloc.h"

size_t
title_sep(const char *s)
{
	static const char *const seps[] = {
		" | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " :: ",
		" \xc2\xb7 ", " / ", " \xc2\xab ", " \xc2\xbb ",
		" \xe2\x80\xa2 ", " ~ "
	};
	size_t	 i, n;

	if (*s != ' ')
		return 0;
	for (i = 0; i < sizeof seps / sizeof seps[0]; i++) {
		n = strlen(seps[i]);
		if (strncmp(s, seps[i], n) == 0)
			return n;
	}
	return 0;
}

bool
title_ends(const char *t, size_t *head, size_t *tail)
{
	const char	*p, *first = NULL, *last = NULL;
	size_t		 n, lastn = 0;

	for (p = t; *p != '\0'; p++) {
		if ((n = title_sep(p)) != 0) {
			if (first == NULL)
				first = p;
			last = p;
			lastn = n;
		}
	}
	if (first == NULL || first == t || last[lastn] == '\0')
		return false;
	*head = (size_t)(first - t);
	*tail = (size_t)(last + lastn - t);
	return true;
}

/* Is the n bytes at s site, folded? */
static bool
same_folded(const char *s, size_t n, const char *fsite)
{
	char	*p = xstrndup(s, n), *f = utf8_fold(p);
	bool	 yes = *f != '\0' && strcmp(f, fsite) == 0;

	free(p);
	free(f);
	return yes;
}

char *
title_without(const char *t, const char *site)
{
	char	*fsite, *r = NULL;
	size_t	 head, tail;

	if (!title_ends(t, &head, &tail))
		return NULL;
	fsite = utf8_fold(site);
	if (same_folded(t + tail, strlen(t + tail), fsite)) {
		/* Back over the separator before the tail. */
		const char *p;

		for (p = t + tail - 1; p > t && title_sep(p) == 0; p--)
			;
		r = xstrndup(t, (size_t)(p - t));
	} else if (same_folded(t, head, fsite))
		r = xstrdup(t + head + title_sep(t + head));
	free(fsite);
	return r;
}
