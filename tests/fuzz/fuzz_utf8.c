/* fuzz_utf8.c: every function of utf8.h on arbitrary bytes, against what
 * utf8.h promises. The first byte sets a width for utf8_fit and
 * utf8_ellipsize; the rest is the text. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "utf8.h"

static const char *const allowed[] = { "\n", "\t\n", "\t\n\r", "" };

static void
check_decode(const char *s, size_t len)
{
	size_t	 i = 0, n, count = 0, cols = 0;
	uint32_t cp, cp2;
	char	 enc[4];
	int	 w;

	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp);
		FUZZ_CHECK(n >= 1 && n <= 4 && n <= len - i,
		    "utf8_decode used %zu bytes of %zu", n, len - i);
		FUZZ_CHECK(cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff),
		    "utf8_decode gave U+%X", (unsigned)cp);
		if ((unsigned char)s[i] < 0x80)
			FUZZ_CHECK(n == 1 && cp == (unsigned char)s[i],
			    "ASCII byte %#x decoded as U+%X",
			    (unsigned char)s[i], (unsigned)cp);
		if (n > 1 || (unsigned char)s[i] < 0x80) {
			/* A valid sequence: encoding gives it back. */
			FUZZ_CHECK(utf8_encode(cp, enc) == n &&
			    memcmp(enc, s + i, n) == 0,
			    "U+%X does not encode back to its bytes",
			    (unsigned)cp);
		} else
			FUZZ_CHECK(cp == UTF8_REPLACEMENT,
			    "invalid byte %#x decoded as U+%X",
			    (unsigned char)s[i], (unsigned)cp);
		w = utf8_cpwidth(cp);
		FUZZ_CHECK(w >= -1 && w <= 2, "utf8_cpwidth(U+%X) = %d",
		    (unsigned)cp, w);
		FUZZ_CHECK((w == -1) == utf8_is_control(cp),
		    "U+%X: width %d, control %d", (unsigned)cp, w,
		    utf8_is_control(cp));
		if (w > 0)
			cols += (size_t)w;
		i += n;
		count++;
	}
	FUZZ_CHECK(utf8_cpcount(s, len) == count, "utf8_cpcount %zu, not %zu",
	    utf8_cpcount(s, len), count);
	FUZZ_CHECK(utf8_width(s, len) == cols, "utf8_width %zu, not %zu",
	    utf8_width(s, len), cols);

	/* Any 32-bit value encodes to something that decodes back. */
	if (len >= 4) {
		memcpy(&cp, s, 4);
		n = utf8_encode(cp, enc);
		FUZZ_CHECK(n >= 1 && n <= 4, "utf8_encode wrote %zu", n);
		FUZZ_CHECK(utf8_decode(enc, n, &cp2) == n,
		    "utf8_encode(%#x) does not decode whole", (unsigned)cp);
		FUZZ_CHECK(cp2 == cp || (cp2 == UTF8_REPLACEMENT &&
		    (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))),
		    "utf8_encode(%#x) decodes as U+%X", (unsigned)cp,
		    (unsigned)cp2);
	}
}

static void
check_valid(const char *s, size_t len)
{
	size_t	 bad = (size_t)-1, i = 0, n;
	uint32_t cp;
	int	 invalid = 0;

	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp);
		if (n == 1 && (unsigned char)s[i] >= 0x80) {
			invalid = 1;
			break;
		}
		i += n;
	}
	if (!invalid) {
		FUZZ_CHECK(utf8_valid(s, len, &bad), "valid text not valid");
		return;
	}
	FUZZ_CHECK(!utf8_valid(s, len, &bad), "invalid text valid");
	FUZZ_CHECK(bad == i, "first invalid byte at %zu, not %zu", bad, i);
	FUZZ_CHECK(!utf8_valid(s, len, NULL), "invalid text valid (NULL)");
}

static void
check_fit(const char *s, size_t len, size_t cols)
{
	size_t	 n, used = (size_t)-1, i, k, total;
	uint32_t cp;

	total = utf8_width(s, len);
	n = utf8_fit(s, len, cols, &used);
	FUZZ_CHECK(n <= len, "utf8_fit gave %zu of %zu", n, len);
	FUZZ_CHECK(utf8_fit(s, len, cols, NULL) == n, "utf8_fit without used");
	/* n is where a character starts, as decoding goes. */
	for (i = 0; i < n; i += utf8_decode(s + i, len - i, &cp))
		;
	FUZZ_CHECK(i == n, "utf8_fit splits a character at %zu", n);
	FUZZ_CHECK(used == utf8_width(s, n), "utf8_fit used %zu, width %zu",
	    used, utf8_width(s, n));
	FUZZ_CHECK(used <= cols, "utf8_fit used %zu of %zu", used, cols);
	FUZZ_CHECK(used + utf8_width(s + n, len - n) == total,
	    "widths do not add up: %zu + %zu != %zu", used,
	    utf8_width(s + n, len - n), total);
	if (n < len) {
		/* What stops it is a character with a width of its own
		 * (never a mark, which stays with its base), too wide. */
		k = utf8_decode(s + n, len - n, &cp);
		FUZZ_CHECK(utf8_cpwidth(cp) > 0 &&
		    used + (size_t)utf8_cpwidth(cp) > cols,
		    "utf8_fit stops at U+%X (width %d) with %zu of %zu used",
		    (unsigned)cp, utf8_cpwidth(cp), used, cols);
		(void)k;
	} else
		FUZZ_CHECK(total <= cols, "all of %zu columns fit in %zu",
		    total, cols);

}

/* utf8_ellipsize, on text as its callers have it: clean (a NUL would end
 * the string it returns). */
static void
check_ellipsize(const char *raw, size_t rawlen, size_t cols)
{
	char	*s, *e;
	size_t	 len, total, k;

	s = utf8_clean(raw, rawlen, UTF8_CLEAN_TEXT, &len);
	total = utf8_width(s, len);
	e = utf8_ellipsize(s, len, cols);
	FUZZ_CHECK(e != NULL, "utf8_ellipsize gave NULL");
	k = strlen(e);
	FUZZ_CHECK(utf8_width(e, k) <= cols, "utf8_ellipsize: %zu columns of %zu",
	    utf8_width(e, k), cols);
	if (total <= cols)
		FUZZ_CHECK(k == len && memcmp(e, s, len) == 0,
		    "utf8_ellipsize changed text that fits");
	else if (cols == 0)
		FUZZ_CHECK(k == 0, "utf8_ellipsize to 0 columns");
	else {
		FUZZ_CHECK(k >= 3 && strcmp(e + k - 3, "\xe2\x80\xa6") == 0,
		    "utf8_ellipsize: no ellipsis");
		FUZZ_CHECK(k - 3 <= len && memcmp(e, s, k - 3) == 0,
		    "utf8_ellipsize: not a prefix");
	}
	free(e);
	free(s);
}

static void
check_clean(const char *s, size_t len)
{
	enum utf8_clean_mode mode;
	char	*c, *c2;
	size_t	 n, n2, i;
	uint32_t cp;
	int	 plain;

	for (mode = UTF8_CLEAN_TEXT; mode <= UTF8_CLEAN_LINE; mode++) {
		n = (size_t)-1;
		c = utf8_clean(s, len, mode, &n);
		fuzz_check_clean(c, n, allowed[mode], "utf8_clean");
		free(utf8_clean(s, len, mode, NULL));

		/* Cleaning clean text changes nothing. */
		c2 = utf8_clean(c, n, mode, &n2);
		FUZZ_CHECK(n2 == n && memcmp(c, c2, n) == 0,
		    "utf8_clean mode %d is not idempotent", (int)mode);
		free(c2);

		if (mode == UTF8_CLEAN_RAW || mode == UTF8_CLEAN_LINE) {
			/* One character for one; valid text without
			 * controls comes out byte for byte. */
			FUZZ_CHECK(utf8_cpcount(c, n) == utf8_cpcount(s, len),
			    "clean mode %d: %zu characters of %zu", (int)mode,
			    utf8_cpcount(c, n), utf8_cpcount(s, len));
			plain = utf8_valid(s, len, NULL);
			for (i = 0; plain && i < len; ) {
				i += utf8_decode(s + i, len - i, &cp);
				if (utf8_is_control(cp) && (mode ==
				    UTF8_CLEAN_LINE || (cp != '\t' &&
				    cp != '\n' && cp != '\r')))
					plain = 0;
			}
			if (plain)
				FUZZ_CHECK(n == len && memcmp(c, s, len) == 0,
				    "clean mode %d changed clean text", (int)mode);
		}
		free(c);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char	*s;
	size_t		 len, cols;

	fuzz_init();
	if (size == 0)
		return 0;
	cols = data[0] % 64;
	s = (const char *)data + 1;
	len = size - 1;

	check_decode(s, len);
	check_valid(s, len);
	check_fit(s, len, cols);
	check_ellipsize(s, len, cols);
	check_clean(s, len);
	return 0;
}
