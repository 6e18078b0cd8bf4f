/* phrase.h: words and phrases found in text the way a reader would see
 * them: ASCII case folded, any run of white space for a space, a curly
 * quote for a straight one, and whole words. The plain-text reader's
 * chrome, bylines and dates, and the prev/next labels use them. */
#ifndef FOLIO_PHRASE_H
#define FOLIO_PHRASE_H

#include <stdbool.h>
#include <stddef.h>

/* The bytes of a white space character at s (len bytes): a space, a tab,
 * a no-break space (U+00A0, U+2007, U+202F), a zero-width space
 * (U+200B), an ideographic space (U+3000) or a byte order mark (U+FEFF);
 * 0 for anything else. A line break is none: this reads one line. */
size_t	 phrase_space(const char *s, size_t len);
/* The offset of the first byte from i on in s that is not white space
 * (phrase_space), or len. */
size_t	 phrase_skip_space(const char *s, size_t len, size_t i);

/* If s (len bytes) starts with phrase ph, return the bytes it takes,
 * else 0. ph is in lower case: an ASCII letter matches either case, a
 * space any run of white space (one at least), a straight quote (' or ")
 * its curly forms too, any other byte itself. */
size_t	 phrase_match(const char *s, size_t len, const char *ph);
/* As phrase_match(), but the phrase must end a word: no ASCII letter or
 * digit follows it ("may" is a word of "May 16", not of "Mayor"). */
size_t	 phrase_word(const char *s, size_t len, const char *ph);
/* True when phrase ph occurs in s at the start of a word (not after an
 * ASCII letter or digit). */
bool	 phrase_in(const char *s, size_t len, const char *ph);

#endif
