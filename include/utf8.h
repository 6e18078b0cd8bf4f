/* utf8.h: UTF-8 decoding, cleaning and display widths. */
#ifndef FOLIO_UTF8_H
#define FOLIO_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define UTF8_REPLACEMENT 0xFFFDu

/* Decode one code point from s (len > 0). Returns the bytes used (1-4).
 * An invalid or truncated sequence, an overlong form or a surrogate sets
 * *cp to UTF8_REPLACEMENT and uses one byte. */
size_t	 utf8_decode(const char *s, size_t len, uint32_t *cp);
/* Encode cp into out; returns the bytes written (1-4). Invalid code points
 * are written as U+FFFD. */
size_t	 utf8_encode(uint32_t cp, char out[4]);
/* True when s is valid UTF-8; otherwise *bad (when not NULL) is the offset
 * of the first invalid byte. */
bool	 utf8_valid(const char *s, size_t len, size_t *bad);
/* Number of code points (an invalid byte counts as one). */
size_t	 utf8_cpcount(const char *s, size_t len);

/* Display columns of one code point: 0 (combining, zero-width), 1 or 2.
 * Control characters have no width of their own: -1. */
int	 utf8_cpwidth(uint32_t cp);
/* Display columns of a string (controls count as 0). */
size_t	 utf8_width(const char *s, size_t len);
/* The longest prefix of s that fits in cols columns without splitting a
 * character or separating a combining mark from its base: returns its
 * length in bytes, and its width in *used when used is not NULL. */
size_t	 utf8_fit(const char *s, size_t len, size_t cols, size_t *used);
/* A copy of s cut to at most cols columns, ending in "…" when cut. */
char	*utf8_ellipsize(const char *s, size_t len, size_t cols);

/* True for characters that must never reach a terminal: C0 and C1
 * controls, DEL, the bidirectional marks, embeddings, overrides and
 * isolates (U+061C, U+200E, U+200F, U+202A-202E, U+2066-2069), the line
 * and paragraph separators (U+2028, U+2029), the deprecated format
 * controls U+206A-206F, the interlinear annotation characters
 * (U+FFF9-FFFB) and the tags (U+E0001, U+E0020-E007F). */
bool	 utf8_is_control(uint32_t cp);
/* The character windows-1252 has at byte cp, for cp in 0x80-0x9f (what a
 * browser makes of "&#146;"); 0 for other code points and the five bytes
 * it assigns nothing. */
uint32_t utf8_windows1252(uint32_t cp);
/* Text folded for comparison (malloc'd): ASCII letters in lower case,
 * digits, and every byte of a non-ASCII character; the rest dropped. */
char	*utf8_fold(const char *s);
/* The value of an ASCII hex digit, or -1. */
int	 utf8_hex_digit(int c);

enum utf8_clean_mode {
	UTF8_CLEAN_TEXT,	/* CR LF, lone CR, U+2028 and U+2029 become
				   LF, tabs a space, other controls (see
				   utf8_is_control) are dropped */
	UTF8_CLEAN_PRE,		/* the same, but tabs are kept */
	UTF8_CLEAN_RAW,		/* TAB, LF and CR kept, other controls become
				   U+FFFD: one character for one */
	UTF8_CLEAN_LINE		/* every control, TAB, LF and CR too,
				   becomes U+FFFD: one line for a terminal
				   (a file name, a URL) */
};

/* A clean copy of s: valid UTF-8 where each invalid byte is read as
 * windows-1252 (U+FFFD for its five unassigned bytes), control characters
 * treated as mode says. Returns a NUL-terminated string (free it), its
 * length in *outlen when outlen is not NULL. */
char	*utf8_clean(const char *s, size_t len, enum utf8_clean_mode mode,
	    size_t *outlen);

/* Set up the locale for UTF-8 widths: LC_CTYPE and LC_MESSAGES from the
 * environment (the other categories stay "C"; nothing folio does reads
 * them), falling back to C.UTF-8 for LC_CTYPE when the environment's
 * codeset is not UTF-8. Returns true when the terminal's own locale is
 * UTF-8. */
bool	 utf8_setlocale(void);

#endif
