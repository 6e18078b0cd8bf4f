/* phrase.c: words and phrases in text, case folded, white space and
 * quotes read loosely. */
#include "config.h"

#include <stdbool.h>
#include <string.h>

#include "ascii.h"
#include "phrase.h"

size_t
phrase_space(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;

	if (len == 0)
		return 0;
	if (u[0] == ' ' || u[0] == '\t')
		return 1;
	if (len >= 2 && u[0] == 0xc2 && u[1] == 0xa0)
		return 2;
	if (len >= 3 && ((u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf) ||
	    (u[0] == 0xe2 && u[1] == 0x80 && (u[2] == 0x8b || u[2] == 0xaf ||
	    u[2] == 0x87)) || (u[0] == 0xe3 && u[1] == 0x80 && u[2] == 0x80)))
		return 3;
	return 0;
}

size_t
phrase_skip_space(const char *s, size_t len, size_t i)
{
	size_t	 n;

	while (i < len && (n = phrase_space(s + i, len - i)) != 0)
		i += n;
	return i;
}

size_t
phrase_match(const char *s, size_t len, const char *ph)
{
	size_t	 i = 0;

	for (; *ph != '\0'; ph++) {
		if (*ph == ' ') {
			size_t	 j = phrase_skip_space(s, len, i);

			if (j == i)
				return 0;
			i = j;
		} else if (*ph == '\'' && i + 3 <= len &&
		    memcmp(s + i, "\xe2\x80", 2) == 0 &&
		    ((unsigned char)s[i + 2] == 0x98 ||
		    (unsigned char)s[i + 2] == 0x99)) {
			i += 3;
		} else if (*ph == '"' && i + 3 <= len &&
		    memcmp(s + i, "\xe2\x80", 2) == 0 &&
		    ((unsigned char)s[i + 2] == 0x9c ||
		    (unsigned char)s[i + 2] == 0x9d)) {
			i += 3;
		} else if (i < len && ascii_lower((unsigned char)s[i]) ==
		    (unsigned char)*ph)
			i++;
		else
			return 0;
	}
	return i;
}

size_t
phrase_word(const char *s, size_t len, const char *ph)
{
	size_t	 n = phrase_match(s, len, ph);

	if (n == 0 || (n < len && ascii_is_alnum((unsigned char)s[n])))
		return 0;
	return n;
}

bool
phrase_in(const char *s, size_t len, const char *ph)
{
	size_t	 i;

	for (i = 0; i < len; i++)
		if ((i == 0 || !ascii_is_alnum((unsigned char)s[i - 1])) &&
		    phrase_match(s + i, len - i, ph) != 0)
			return true;
	return false;
}
