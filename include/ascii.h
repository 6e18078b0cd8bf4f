/* ascii.h: ASCII character classes and case folding, the same whatever
 * the locale (<ctype.h> follows it), and words in space-separated lists
 * (class="a b", rel="nofollow noopener").
 *
 * The classes are static inline: they are called for every byte of a
 * page, in loops that had each their own static copy, which the compiler
 * inlined; a call into another file for each byte would cost more than
 * the test itself. They take a byte's value as an int (cast a char to
 * unsigned char first), as <ctype.h> does, and are false for bytes past
 * 0x7f. */
#ifndef FOLIO_ASCII_H
#define FOLIO_ASCII_H

#include <stdbool.h>
#include <stddef.h>

/* 'A'-'Z' to 'a'-'z'; any other byte as it is. */
static inline int
ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static inline bool
ascii_is_upper(int c)
{
	return c >= 'A' && c <= 'Z';
}

static inline bool
ascii_is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline bool
ascii_is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static inline bool
ascii_is_alnum(int c)
{
	return ascii_is_alpha(c) || ascii_is_digit(c);
}

/* White space as HTML, CSS and JSON read it: space, tab, line feed,
 * carriage return and form feed. */
static inline bool
ascii_is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* White space inside a line: a space or a tab. */
static inline bool
ascii_is_blank(int c)
{
	return c == ' ' || c == '\t';
}

/* True when a and b are the same string, ASCII letters case folded. */
bool		 ascii_eq_ci(const char *a, const char *b);
/* If s (len bytes) starts with word (lower-case ASCII, not empty), case
 * folded, return the length of word, else 0. */
size_t		 ascii_prefix_ci(const char *s, size_t len, const char *word);
/* The first place in s (len bytes) where word (lower-case ASCII, not
 * empty) occurs, case folded, or NULL. */
const char	*ascii_find_ci(const char *s, size_t len, const char *word);
/* Whether s (NUL-terminated, may be NULL) holds the n bytes of needle,
 * in any case of their ASCII letters; n 0: always. */
bool		 ascii_holds_ci(const char *s, const char *needle, size_t n);
/* True when the list of words s, separated by white space
 * (ascii_is_space), holds word (lower-case ASCII), case folded: an HTML
 * attribute such as class or rel. s may be NULL. */
bool		 ascii_has_token(const char *s, const char *word);
/* The words in the len bytes at s: runs of bytes other than white space
 * (ascii_is_space). */
size_t		 ascii_words(const char *s, size_t len);

#endif
