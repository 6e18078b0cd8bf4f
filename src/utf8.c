/* utf8.c: UTF-8 decoding, cleaning and display widths. */
#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "buf.h"
#include "utf8.h"

/* windows-1252 for 0x80-0x9f; 0 where the code page assigns nothing. */
static const unsigned short cp1252[32] = {
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178
};

size_t
utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t	 c, min;
	size_t		 n, i;

	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	/* Two bytes, as Latin, Greek, Cyrillic, Hebrew and Arabic take. */
	if (u[0] >= 0xc2 && u[0] <= 0xdf && len >= 2 && (u[1] & 0xc0) == 0x80) {
		*cp = (uint32_t)(u[0] & 0x1f) << 6 | (u[1] & 0x3f);
		return 2;
	}
	if (u[0] >= 0xc2 && u[0] <= 0xdf) {
		n = 2;
		c = u[0] & 0x1f;
		min = 0x80;
	} else if (u[0] >= 0xe0 && u[0] <= 0xef) {
		n = 3;
		c = u[0] & 0x0f;
		min = 0x800;
	} else if (u[0] >= 0xf0 && u[0] <= 0xf4) {
		n = 4;
		c = u[0] & 0x07;
		min = 0x10000;
	} else
		goto bad;
	if (len < n)
		goto bad;
	for (i = 1; i < n; i++) {
		if ((u[i] & 0xc0) != 0x80)
			goto bad;
		c = (c << 6) | (u[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		goto bad;
	*cp = c;
	return n;
bad:
	*cp = UTF8_REPLACEMENT;
	return 1;
}

size_t
utf8_encode(uint32_t cp, char out[4])
{
	if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		cp = UTF8_REPLACEMENT;
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xc0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xe0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		out[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
	out[3] = (char)(0x80 | (cp & 0x3f));
	return 4;
}

/* Decode, telling a real U+FFFD in the text from an invalid byte. */
static size_t
decode_checked(const char *s, size_t len, uint32_t *cp, int *invalid)
{
	size_t	 n = utf8_decode(s, len, cp);

	*invalid = (*cp == UTF8_REPLACEMENT && n == 1);
	return n;
}

bool
utf8_valid(const char *s, size_t len, size_t *bad)
{
	size_t	 i = 0, n;
	uint64_t w;
	uint32_t cp;
	int	 invalid;

	while (i < len) {
		/* Eight bytes of ASCII at a time: most of a page. */
		if (len - i >= 8) {
			memcpy(&w, s + i, 8);
			if ((w & 0x8080808080808080ull) == 0) {
				i += 8;
				continue;
			}
		}
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		n = decode_checked(s + i, len - i, &cp, &invalid);
		if (invalid) {
			if (bad != NULL)
				*bad = i;
			return false;
		}
		i += n;
	}
	return true;
}

size_t
utf8_cpcount(const char *s, size_t len)
{
	size_t	 i, count = 0;

	/* Every byte but a continuation byte of a valid sequence starts a
	 * code point; decoding keeps invalid bytes counted one each. */
	for (i = 0; i < len; count++) {
		uint32_t cp;

		if ((unsigned char)s[i] < 0x80)
			i++;
		else
			i += utf8_decode(s + i, len - i, &cp);
	}
	return count;
}

char *
utf8_fold(const char *s)
{
	struct buf	 b = BUF_INIT;
	const unsigned char *u = (const unsigned char *)s;

	for (; *u != '\0'; u++) {
		if ((*u >= 'a' && *u <= 'z') || (*u >= '0' && *u <= '9') ||
		    *u >= 0x80)
			buf_addc(&b, *u);
		else if (*u >= 'A' && *u <= 'Z')
			buf_addc(&b, *u + 32);
	}
	return buf_finish(&b, NULL);
}

int
utf8_hex_digit(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

uint32_t
utf8_windows1252(uint32_t cp)
{
	return cp >= 0x80 && cp <= 0x9f ? cp1252[cp - 0x80] : 0;
}

bool
utf8_is_control(uint32_t cp)
{
	if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f))
		return true;
	if (cp < 0x61c)
		return false;
	/* Bidirectional marks, embeddings, overrides and isolates reorder
	 * what the terminal shows around them. */
	if (cp == 0x61c || cp == 0x200e || cp == 0x200f ||
	    (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069))
		return true;
	/* Line and paragraph separators, which some terminals take as line
	 * ends; the deprecated shaping and swapping controls; interlinear
	 * annotations and tags, which hide text. */
	if (cp == 0x2028 || cp == 0x2029 || (cp >= 0x206a && cp <= 0x206f) ||
	    (cp >= 0xfff9 && cp <= 0xfffb) || cp == 0xe0001 ||
	    (cp >= 0xe0020 && cp <= 0xe007f))
		return true;
	return false;
}

int
utf8_cpwidth(uint32_t cp)
{
	int	 w;

	if (utf8_is_control(cp))
		return -1;
	if (cp < 0x7f)
		return 1;
	w = wcwidth((wchar_t)cp);
	if (w < 0)
		return 1;	/* unassigned: shown as one cell */
	return w > 2 ? 2 : w;
}

size_t
utf8_width(const char *s, size_t len)
{
	size_t	 i = 0, cols = 0;
	uint32_t cp;
	int	 w;

	while (i < len) {
		i += utf8_decode(s + i, len - i, &cp);
		if ((w = utf8_cpwidth(cp)) > 0)
			cols += (size_t)w;
	}
	return cols;
}

size_t
utf8_fit(const char *s, size_t len, size_t cols, size_t *used)
{
	size_t	 i = 0, n, w = 0;
	uint32_t cp;
	int	 cw;

	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp);
		cw = utf8_cpwidth(cp);
		if (cw < 0)
			cw = 0;
		if (cw > 0 && w + (size_t)cw > cols)
			break;
		/* A zero-width mark at the start has no base: let it in. */
		w += (size_t)cw;
		i += n;
	}
	if (used != NULL)
		*used = w;
	return i;
}

char *
utf8_ellipsize(const char *s, size_t len, size_t cols)
{
	struct buf	 b = BUF_INIT;
	size_t		 n;

	if (utf8_width(s, len) <= cols) {
		buf_add(&b, s, len);
		return buf_finish(&b, NULL);
	}
	if (cols == 0)
		return buf_finish(&b, NULL);
	n = utf8_fit(s, len, cols - 1, NULL);
	while (n > 0 && s[n - 1] == ' ')
		n--;
	buf_add(&b, s, n);
	buf_adds(&b, "\xe2\x80\xa6");
	return buf_finish(&b, NULL);
}

static void
add_cp(struct buf *b, uint32_t cp)
{
	char	 tmp[4];

	buf_add(b, tmp, utf8_encode(cp, tmp));
}

char *
utf8_clean(const char *s, size_t len, enum utf8_clean_mode mode,
    size_t *outlen)
{
	struct buf	 b = BUF_INIT;
	size_t		 i = 0, n, run;
	uint32_t	 cp;
	int		 invalid;

	/* Clean text is as long as it was: room for that, and no more, as
	 * many of these are kept (a doc's blocks and links). */
	buf_reserve(&b, len);
	while (i < len) {
		/* Copy runs of plain ASCII at once. */
		for (run = i; run < len; run++) {
			unsigned char c = (unsigned char)s[run];

			if (c >= 0x80 || c < 0x20 || c == 0x7f)
				break;
		}
		if (run > i) {
			buf_add(&b, s + i, run - i);
			i = run;
			continue;
		}
		n = decode_checked(s + i, len - i, &cp, &invalid);
		if (invalid) {
			unsigned char c = (unsigned char)s[i];

			if (c >= 0x80 && c <= 0x9f)
				cp = cp1252[c - 0x80] ? cp1252[c - 0x80] :
				    UTF8_REPLACEMENT;
			else
				cp = c;	/* latin-1 */
		}
		i += n;
		if (mode == UTF8_CLEAN_LINE) {
			add_cp(&b, utf8_is_control(cp) ? UTF8_REPLACEMENT : cp);
			continue;
		}
		if (mode == UTF8_CLEAN_RAW) {
			if (cp == '\t' || cp == '\n' || cp == '\r')
				buf_addc(&b, (int)cp);
			else if (utf8_is_control(cp))
				add_cp(&b, UTF8_REPLACEMENT);
			else
				add_cp(&b, cp);
			continue;
		}
		if (cp == 0x2028 || cp == 0x2029)
			buf_addc(&b, '\n');	/* a line or paragraph end */
		else if (cp == '\r') {
			buf_addc(&b, '\n');
			if (i < len && s[i] == '\n')
				i++;
		} else if (cp == '\n')
			buf_addc(&b, '\n');
		else if (cp == '\t')
			buf_addc(&b, mode == UTF8_CLEAN_PRE ? '\t' : ' ');
		else if (cp == 0xa0 && mode == UTF8_CLEAN_TEXT)
			buf_addc(&b, ' ');
		else if (cp == 0xad || cp == 0xfeff || utf8_is_control(cp))
			continue;	/* soft hyphen, stray BOM, controls */
		else
			add_cp(&b, cp);
	}
	return buf_finish(&b, outlen);
}

bool
utf8_setlocale(void)
{
	const char	*cs;

	/* Only the character type (widths, the codeset) and the messages
	 * (strerror) are the environment's: nothing else folio does reads
	 * the locale, and loading each of its thirteen parts, a few files
	 * each, cost as much as parsing a page of 20 KB. */
	setlocale(LC_CTYPE, "");
	setlocale(LC_MESSAGES, "");
	cs = nl_langinfo(CODESET);
	if (cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0))
		return true;
	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
		setlocale(LC_CTYPE, "en_US.UTF-8");
	return false;
}
