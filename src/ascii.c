/* ascii.c: case-folded comparisons and words in space-separated lists. */
#include "config.h"

#include <stdbool.h>
#include <string.h>

#include "ascii.h"

bool
ascii_eq_ci(const char *a, const char *b)
{
	while (*a != '\0' && ascii_lower((unsigned char)*a) ==
	    ascii_lower((unsigned char)*b)) {
		a++;
		b++;
	}
	return *a == '\0' && *b == '\0';
}

size_t
ascii_prefix_ci(const char *s, size_t len, const char *word)
{
	size_t	 n = strlen(word), i;

	if (n > len)
		return 0;
	for (i = 0; i < n; i++)
		if (ascii_lower((unsigned char)s[i]) != word[i])
			return 0;
	return n;
}

const char *
ascii_find_ci(const char *s, size_t len, const char *word)
{
	size_t	 i, n = strlen(word);

	for (i = 0; i + n <= len; i++) {
		if (ascii_lower((unsigned char)s[i]) == word[0] &&
		    ascii_prefix_ci(s + i, len - i, word) == n)
			return s + i;
	}
	return NULL;
}

bool
ascii_holds_ci(const char *s, const char *needle, size_t n)
{
	size_t	 i;

	if (n == 0)
		return true;
	for (; s != NULL && *s != '\0'; s++) {
		for (i = 0; i < n && s[i] != '\0' &&
		    ascii_lower((unsigned char)s[i]) ==
		    ascii_lower((unsigned char)needle[i]); i++)
			;
		if (i == n)
			return true;
	}
	return false;
}

bool
ascii_has_token(const char *s, const char *word)
{
	size_t	 n = strlen(word), i, j;

	while (s != NULL && *s != '\0') {
		while (ascii_is_space((unsigned char)*s))
			s++;
		for (i = 0; s[i] != '\0' &&
		    !ascii_is_space((unsigned char)s[i]); i++)
			;
		if (i == n) {
			for (j = 0; j < n; j++)
				if (ascii_lower((unsigned char)s[j]) != word[j])
					break;
			if (j == n)
				return true;
		}
		s += i;
	}
	return false;
}

size_t
ascii_words(const char *s, size_t len)
{
	size_t	 i, n = 0;
	bool	 in = false;

	for (i = 0; i < len; i++) {
		if (ascii_is_space((unsigned char)s[i]))
			in = false;
		else if (!in) {
			in = true;
			n++;
		}
	}
	return n;
}
