/* lexicon.c: word lists for finding names and figures: the look-ups in the
 * table that data/mklexicon generates from data/ (lexicon_table.h). */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "lexicon.h"
#include "lexicon_table.h"

/* A digit of the flags in the pool. */
static uint32_t
b64(char c)
{
	if (c >= 'A' && c <= 'Z')
		return (uint32_t)(c - 'A');
	if (c >= 'a' && c <= 'z')
		return (uint32_t)(c - 'a' + 26);
	if (c >= '0' && c <= '9')
		return (uint32_t)(c - '0' + 52);
	return c == '+' ? 62 : 63;
}

uint32_t
lexicon_lookup(const char *s, size_t len)
{
	uint32_t	 h = 0x811c9dc5u, mask = lexicon_nslots - 1;
	size_t		 i;
	const char	*k;

	if (len == 0 || len > LEXICON_MAXKEY)
		return 0;
	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x01000193u;
	}
	for (i = h & mask;; i = (i + 1) & mask) {
		if (lexicon_slots[i] == 0)
			return 0;
		if ((lexicon_slots[i] & 0x7ff) != h >> 21)
			continue;
		k = lexicon_pool + (lexicon_slots[i] >> 11);
		if (memcmp(k, s, len) == 0 && k[len] == '\0')
			break;
	}
	return b64(k[-4]) << 18 | b64(k[-3]) << 12 | b64(k[-2]) << 6 |
	    b64(k[-1]);
}

size_t
lexicon_size(void)
{
	return lexicon_nkeys;
}
