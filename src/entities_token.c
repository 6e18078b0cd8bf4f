/* entities_token.c: the text as tokens (words and single other
 * characters), each classified (capitals, digits, possessives, its flags
 * in the word lists), with the evidence the names need: headline lines,
 * and the words the text capitalises in mid-sentence or writes small. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "entities.h"
#include "entities_int.h"
#include "lexicon.h"
#include "utf8.h"
#include "xmalloc.h"

/* Characters. */

static int
is_upper(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	if (c >= 0xc0 && c <= 0xde)
		return c != 0xd7;
	if (c >= 0x100 && c <= 0x137)
		return (c & 1) == 0;
	if (c >= 0x139 && c <= 0x148)
		return (c & 1) == 1;
	if (c >= 0x14a && c <= 0x177)
		return (c & 1) == 0;
	if (c >= 0x178 && c <= 0x17e)
		return c == 0x178 || (c & 1) == 1;
	if (c >= 0x391 && c <= 0x3a9)
		return 1;
	if (c >= 0x400 && c <= 0x42f)
		return 1;
	return 0;
}

static int
is_lower(uint32_t c)
{
	if (c < 0x80)
		return c >= 'a' && c <= 'z';
	if (c >= 0xdf && c <= 0xff)
		return c != 0xf7;
	if (c >= 0x100 && c <= 0x17f)
		return !is_upper(c);
	if (c >= 0x3b1 && c <= 0x3c9)
		return 1;
	if (c >= 0x430 && c <= 0x45f)
		return 1;
	return 0;
}

int
tok_is_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

/* Letters, including those of scripts without case. */
static int
is_letter(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	if (c == UTF8_REPLACEMENT)
		return 0;
	if (c < 0xc0)
		return c == 0xaa || c == 0xb5 || c == 0xba;
	if (c == 0xd7 || c == 0xf7)
		return 0;
	if (c >= 0x2000 && c <= 0x2bff)	/* punctuation, symbols */
		return 0;
	if (c >= 0x3000 && c <= 0x303f)
		return 0;
	if (c >= 0xfe30 && c <= 0xfe4f)
		return 0;
	if (c >= 0xff00 && c <= 0xff0f)
		return 0;
	if (c >= 0x0300 && c <= 0x036f)	/* combining marks go with their
					   letter */
		return 1;
	return !utf8_is_control(c);
}

/* Letters of the scripts written without spaces between words: Han,
 * kana, and (spaced, but never mixed into a Latin word) Hangul. */
static int
is_cjk(uint32_t c)
{
	return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) ||
	    (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) ||
	    (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x2fa1f) ||
	    (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) ||
	    (c >= 0xac00 && c <= 0xd7af);
}

int
tok_is_apos(uint32_t c)
{
	return c == '\'' || c == 0x2019;
}

static int
is_hyphen(uint32_t c)
{
	return c == '-' || c == 0x2010 || c == 0x2011;
}

uint32_t
tok_cp_at(const struct ctx *x, size_t i, size_t *n)
{
	uint32_t	 c;
	size_t		 k;

	if (i >= x->len) {
		if (n != NULL)
			*n = 0;
		return 0;
	}
	if ((unsigned char)x->text[i] < 0x80) {
		if (n != NULL)
			*n = 1;
		return (unsigned char)x->text[i];
	}
	k = utf8_decode(x->text + i, x->len - i, &c);
	if (n != NULL)
		*n = k;
	return c;
}

/* String sets. */

uint32_t
tok_fnv(const char *s, size_t len)
{
	uint32_t	 h = 0x811c9dc5u;
	size_t		 i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x01000193u;
	}
	return h;
}

static void sset_add(struct sset *, const char *, size_t);

static void
sset_grow(struct sset *s)
{
	struct sset	 old = *s;
	size_t		 i;

	s->cap = old.cap ? old.cap * 2 : 256;
	s->key = xcalloc(s->cap, sizeof *s->key);
	s->len = xcalloc(s->cap, sizeof *s->len);
	s->n = 0;
	for (i = 0; i < old.cap; i++) {
		if (old.key[i] != NULL)
			sset_add(s, old.key[i], old.len[i]);
	}
	free(old.key);
	free(old.len);
}

/* Is p in the set? h is tok_fnv(p, len). */
static int
sset_has_hash(const struct sset *s, const char *p, size_t len, uint32_t h)
{
	size_t	 i;

	if (s->cap == 0)
		return 0;
	for (i = h & (s->cap - 1); s->key[i] != NULL;
	    i = (i + 1) & (s->cap - 1)) {
		if (s->len[i] == len && memcmp(s->key[i], p, len) == 0)
			return 1;
	}
	return 0;
}

static int
sset_has(const struct sset *s, const char *p, size_t len)
{
	return sset_has_hash(s, p, len, tok_fnv(p, len));
}

static void
sset_add(struct sset *s, const char *p, size_t len)
{
	size_t	 i;

	if (2 * (s->n + 1) > s->cap)
		sset_grow(s);
	for (i = tok_fnv(p, len) & (s->cap - 1); s->key[i] != NULL;
	    i = (i + 1) & (s->cap - 1)) {
		if (s->len[i] == len && memcmp(s->key[i], p, len) == 0)
			return;
	}
	s->key[i] = p;
	s->len[i] = len;
	s->n++;
}

void
tok_sset_free(struct sset *s)
{
	free(s->key);
	free(s->len);
}

/* Look-ups. */

/* The flags of text[start, end), as written and in lower case, with
 * curly apostrophes read as straight ones. */
void
tok_lookup(const struct ctx *x, size_t start, size_t end, uint32_t *exact,
    uint32_t *lower)
{
	char		 b[LEXICON_MAXKEY + 1], l[LEXICON_MAXKEY + 1];
	size_t		 i, n = 0, m = 0, k;
	uint32_t	 c;
	int		 same = 1;

	*exact = *lower = 0;
	if (end <= start || end - start > LEXICON_MAXKEY)
		return;
	b[0] = l[0] = '\0';
	for (i = start; i < end; i += k) {
		unsigned char	 a = (unsigned char)x->text[i];

		if (a < 0x80) {
			/* Most words are ASCII. */
			b[n++] = (char)a;
			if (a >= 'A' && a <= 'Z') {
				l[m++] = (char)(a + 32);
				same = 0;
			} else
				l[m++] = (char)a;
			k = 1;
			continue;
		}
		c = tok_cp_at(x, i, &k);
		if (c == 0x2019) {
			b[n++] = '\'';
			l[m++] = '\'';
			same = 0;
			continue;
		}
		memcpy(b + n, x->text + i, k);
		n += k;
		if (c < 0x80 && is_upper(c)) {
			l[m++] = (char)(c + 32);
			same = 0;
		} else if (c >= 0xc0 && c <= 0xde && c != 0xd7) {
			char	 e[4];

			utf8_encode(c + 32, e);
			l[m++] = e[0];
			l[m++] = e[1];
			same = 0;
		} else {
			memcpy(l + m, x->text + i, k);
			m += k;
		}
	}
	if (n <= sizeof x->lc->key) {
		struct lcache	*e;
		uint32_t	 h = 0;

		for (i = 0; i < n; i++)
			h = h * 31 + (unsigned char)b[i];
		e = &x->lc[(h ^ h >> 13) & x->lcmask];
		if (e->len == n && memcmp(e->key, b, n) == 0) {
			*exact = e->exact;
			*lower = e->lower;
			return;
		}
		*exact = lexicon_lookup(b, n);
		*lower = same ? *exact : lexicon_lookup(l, m);
		memcpy(e->key, b, n);
		e->len = (unsigned char)n;
		e->exact = *exact;
		e->lower = *lower;
		return;
	}
	*exact = lexicon_lookup(b, n);
	*lower = same ? *exact : lexicon_lookup(l, m);
}

/* The flags of a key of several tokens, one space between them; in
 * lower case (ASCII) when lower is set. */
uint32_t
tok_lookup_words(const struct ctx *x, size_t t0, size_t t1, int lower)
{
	char		 b[LEXICON_MAXKEY + 1];
	size_t		 n = 0, i, w, k;
	const struct tok *t;

	if (t1 > x->n)
		return 0;
	for (i = t0; i < t1; i++) {
		t = &x->t[i];
		w = (i + 1 == t1 ? t->nend : t->end) - t->start;
		if (n + w + 1 > LEXICON_MAXKEY)
			return 0;
		if (i > t0 && (t->f & T_SPACE))
			b[n++] = ' ';
		memcpy(b + n, x->text + t->start, w);
		if (lower) {
			for (k = n; k < n + w; k++) {
				if (b[k] >= 'A' && b[k] <= 'Z')
					b[k] = (char)(b[k] + 32);
			}
		}
		n += w;
	}
	return lexicon_lookup(b, n);
}

/* Tokens. */

static struct tok *
tok_new(struct ctx *x)
{
	if (x->n == x->cap) {
		x->cap = x->cap ? x->cap * 2 : 256;
		x->t = xreallocarray(x->t, x->cap, sizeof *x->t);
	}
	memset(&x->t[x->n], 0, sizeof *x->t);
	return &x->t[x->n++];
}

/* The longest of parts (each of which fits) that starts s: its length,
 * or -1. */
static int
roman_part(const char *s, size_t len, const char *const part[10])
{
	size_t	 i, n;

	for (i = 9;; i--) {
		n = strlen(part[i]);
		if (n <= len && strncmp(s, part[i], n) == 0)
			return (int)n;
		if (i == 0)
			return -1;
	}
}

/* A roman numeral of two or more letters below 1000, written the usual
 * way ("XVII", "CD"; not "IIII" or "VX"). */
static int
is_roman(const char *s, size_t len)
{
	static const char *const hundreds[] = { "", "C", "CC", "CCC", "CD",
	    "D", "DC", "DCC", "DCCC", "CM" };
	static const char *const tens[] = { "", "X", "XX", "XXX", "XL", "L",
	    "LX", "LXX", "LXXX", "XC" };
	static const char *const units[] = { "", "I", "II", "III", "IV", "V",
	    "VI", "VII", "VIII", "IX" };
	int	 n;

	if (len < 2 || len > 12)
		return 0;
	n = roman_part(s, len, hundreds);
	s += n;
	len -= (size_t)n;
	n = roman_part(s, len, tens);
	s += n;
	len -= (size_t)n;
	return roman_part(s, len, units) == (int)len;
}

/* Scan a word from i: letters and digits, joined by apostrophes,
 * hyphens, and (between digits) "," "." ":" "/"; initials keep their
 * dots ("U.S."). A word ends where Chinese, Japanese or Korean letters
 * meet others ("DeepMind表示", "2014年"). Returns its end. */
static size_t
scan_word(struct ctx *x, size_t i, struct tok *t)
{
	size_t		 k, k2, seg = 0, nseg = 0, start = i;
	uint32_t	 c, d, prev = 0;
	int		 initials = 1, letters = 0, upper = 0, lower = 0;
	int		 cjk = 0;

	for (;;) {
		if (i < x->len && (unsigned char)x->text[i] < 0x80) {
			/* ASCII letters and digits, the most of any text. */
			c = (unsigned char)x->text[i];
			if (c >= 'a' && c <= 'z') {
				t->f |= T_LETTER;
				letters++;
				lower++;
			} else if (c >= 'A' && c <= 'Z') {
				t->f |= T_LETTER;
				letters++;
				upper++;
			} else if (c >= '0' && c <= '9')
				t->f |= T_DIGIT;
			else
				goto other;
			if (cjk)
				break;
			seg++;
			prev = c;
			i++;
			continue;
		}
	other:
		c = tok_cp_at(x, i, &k);
		if (k == 0)
			break;
		if (i == start && (cjk = is_cjk(c)))
			t->f |= T_CJK;
		else if ((is_letter(c) || tok_is_digit(c)) && is_cjk(c) != cjk)
			break;
		if (is_letter(c) || tok_is_digit(c)) {
			if (tok_is_digit(c))
				t->f |= T_DIGIT;
			else {
				t->f |= T_LETTER;
				letters++;
				if (is_upper(c))
					upper++;
				else if (is_lower(c))
					lower++;
			}
			seg++;
			prev = c;
			i += k;
			continue;
		}
		d = tok_cp_at(x, i + k, &k2);
		if (tok_is_apos(c) && is_letter(d) && is_letter(prev)) {
			initials = 0;
			i += k;
			continue;
		}
		if (is_hyphen(c) && (is_letter(d) || tok_is_digit(d)) &&
		    (is_letter(prev) || tok_is_digit(prev))) {
			t->f |= T_HYPHEN;
			initials = 0;
			i += k;
			continue;
		}
		if ((c == ',' || c == '.' || c == ':' || c == '/') &&
		    tok_is_digit(prev) && tok_is_digit(d)) {
			if (c == ',') {
				/* "1,200", not "2, 3" or "3,4,5" */
				const char *p = x->text + i + 1;

				if (x->len - i - 1 < 3 || !tok_is_digit((unsigned
				    char)p[1]) || !tok_is_digit((unsigned char)p[2])
				    || (x->len - i - 1 > 3 &&
				    tok_is_digit((unsigned char)p[3])))
					break;
			}
			i += k;
			continue;
		}
		if (c == '.' && is_letter(prev) && nseg == 0 && seg > 1 &&
		    !is_letter(d) && !tok_is_digit(d)) {
			uint32_t	 a, b;

			/* Abbreviations keep their dot: "Inc.", "Dr.",
			 * "Jan." */
			tok_lookup(x, t->start, i + k, &a, &b);
			if (b & (LEX_TITLE | LEX_ORGWORD | LEX_PLACEWORD |
			    LEX_MONTH | LEX_WEEKDAY))
				i += k;
			break;
		}
		if (c == '.' && is_letter(prev) && seg == 1) {
			/* "U.S.", "O.J.", "e.g." */
			nseg++;
			seg = 0;
			if (is_letter(d) && (tok_cp_at(x, i + k + k2, NULL) == '.'
			    || !is_letter(tok_cp_at(x, i + k + k2, NULL)))) {
				i += k;
				continue;
			}
			if ((nseg >= 2 && initials) || (nseg == 1 &&
			    letters == 1 && upper == 1 && d == ' ' &&
			    is_upper(tok_cp_at(x, i + k + k2, NULL)))) {
				/* "U.S.", and an initial: "L. Ron" */
				i += k;
				t->f |= T_DOTS;
			}
			break;
		}
		if (c == '&' && is_upper(prev) && is_upper(d)) {
			i += k;
			continue;
		}
		break;
	}
	if (nseg >= 2 && initials && !(t->f & T_DOTS) && seg == 1) {
		/* "U.S" before something that is no letter */
		t->f |= T_DOTS;
	}
	if (letters >= 2 && lower == 0 && upper >= 2)
		t->f |= T_ALLCAPS;
	return i;
}

/* The lower-case last part of a hyphen compound whose first part is
 * a name: "Texas-based", "Kremlin-backed", "Moscow-style"; not the
 * syllables of a given name ("Pik-wan", "Jong-un"). */
static int
compound_tail(const char *s, size_t n)
{
	static const char *const tails[] = { "born", "made", "run", "style",
	    "era", "type", "like", "wide", "bound", "friendly", "free",
	    "only", "centric", "specific", "class", "sized", "proof",
	    "area", "zone", "level", "wise" };
	size_t	 k;

	if (n >= 4 && s[n - 2] == 'e' && s[n - 1] == 'd')
		return 1;
	if (n >= 5 && memcmp(s + n - 3, "ing", 3) == 0)
		return 1;
	for (k = 0; k < sizeof tails / sizeof tails[0]; k++) {
		if (strlen(tails[k]) == n && memcmp(tails[k], s, n) == 0)
			return 1;
	}
	return 0;
}

/* A prefix that makes a common word of a common word: "Co-founder",
 * "Ex-wife", "Anti-war". */
static int
word_prefix(const char *s, size_t n)
{
	static const char *const prefixes[] = { "co", "ex", "anti", "pro",
	    "non", "vice", "self", "re", "pre", "post", "mid", "multi",
	    "semi", "sub", "super", "inter", "counter", "cross", "over",
	    "under", "out", "well", "all", "half", "long", "short" };
	size_t	 k, i;

	for (k = 0; k < sizeof prefixes / sizeof prefixes[0]; k++) {
		if (strlen(prefixes[k]) != n)
			continue;
		for (i = 0; i < n && (s[i] | 0x20) == prefixes[k][i]; i++)
			;
		if (i == n)
			return 1;
	}
	return 0;
}

/* A compound of common words or of peoples' adjectives ("High-tech",
 * "All-Star", "Mon-Fri", "Iraqi-British") is a common word or an
 * adjective of peoples itself; one with a name in it is a name
 * ("Jean-Luc", "Morgan-Short"). */
static void
compound_parts(struct ctx *x, struct tok *t)
{
	size_t		 a = t->start, b, k = 0;
	uint32_t	 exact, lower;
	int		 demonyms = 1;

	while (a < t->nend) {
		for (b = a; b < t->nend && !is_hyphen(tok_cp_at(x, b, &k));
		    b += k)
			;
		tok_lookup(x, a, b, &exact, &lower);
		if (exact & (LEX_PLACE | LEX_ORG | LEX_PERSON))
			return;
		if (!(exact & LEX_DEMONYM))
			demonyms = 0;
		if (b - a > 1 && !(exact & LEX_DEMONYM) && !(lower & (LEX_WORD |
		    LEX_MONTH | LEX_WEEKDAY | LEX_NUMBER | LEX_ORDINAL)))
			return;
		a = b < t->nend ? b + k : b;
	}
	t->lexl |= LEX_WORD;
	if (demonyms)
		t->lex |= LEX_DEMONYM;
}

static void
classify(struct ctx *x, struct tok *t)
{
	const char	*s = x->text + t->start;
	size_t		 len = t->end - t->start, i, k;
	uint32_t	 c, d;
	int		 common = 0;

	t->nend = t->end;
	/* Possessives: "Putin's", "Putin’s". */
	if (len > 2 && s[len - 2] == '\'' && (s[len - 1] == 's'))
		t->nend = t->end - 2, t->f |= T_POSS;
	else if (len > 4 && memcmp(s + len - 4, "\xe2\x80\x99s", 4) == 0)
		t->nend = t->end - 4, t->f |= T_POSS;
	if (t->f & T_DIGIT) {
		int	 num = 1;

		for (i = 0; i < len; i++) {
			if (!tok_is_digit((unsigned char)s[i]) && !(i > 0 &&
			    strchr(",.", s[i]) != NULL))
				num = 0;
		}
		if (num)
			t->f |= T_NUM;
	}
	c = tok_cp_at(x, t->start, &k);
	if (is_upper(c))
		t->f |= T_CAP;
	else if (is_lower(c)) {
		t->f |= T_LOWER;
		/* "d'Ettorre", "al-Assad"; not "wikiHow", "iPhone" */
		for (i = t->start + k; i < t->nend && i - t->start <= 3;
		    i += k) {
			d = tok_cp_at(x, i, &k);
			if ((tok_is_apos(d) || is_hyphen(d)) && is_upper(tok_cp_at(x,
			    i + k, NULL))) {
				t->f |= T_CAP;
				t->f &= ~T_LOWER;
				break;
			}
		}
	}
	if ((t->f & T_ALLCAPS) && is_roman(s, len))
		t->f |= T_ROMAN;
	/* "Mets-inspired", "Texas-based": the name is the first part. */
	if ((t->f & (T_CAP | T_HYPHEN)) == (T_CAP | T_HYPHEN)) {
		const char	*h = memchr(s, '-', t->nend - t->start);
		const char	*r = s + t->nend - t->start - 1;
		uint32_t	 a, b;

		while (r > s && *r != '-')
			r--;
		if (h != NULL && *r == '-' && is_lower((unsigned char)r[1])) {
			tok_lookup(x, (size_t)(r + 1 - x->text), t->nend, &a, &b);
			if ((a & LEX_WORD) && !(a & LEX_CONNECT) && h == s + 1)
				t->f = (t->f & ~T_CAP) | T_LOWER; /* "T-shirt" */
			else if ((a & LEX_WORD) && h == r &&
			    word_prefix(s, (size_t)(h - s)))
				common = 1;		/* "Co-founder" */
			else if ((a & LEX_WORD) && !(a & LEX_CONNECT) &&
			    compound_tail(r + 1, (size_t)(x->text + t->nend -
			    r - 1))) {
				t->nend = (size_t)(h - x->text);
				t->f |= T_POSS;
			}
		}
	}
	/* Numbers are in no list. */
	if (t->f & T_LETTER)
		tok_lookup(x, t->start, t->nend, &t->lex, &t->lexl);
	if (common)
		t->lexl |= LEX_WORD;
	if ((t->f & (T_CAP | T_HYPHEN)) == (T_CAP | T_HYPHEN) &&
	    !(t->lex & (LEX_PLACE | LEX_ORG | LEX_PERSON)))
		compound_parts(x, t);
}

/* Split the line of the text from byte i (or the white space before it)
 * into tokens after those of x->t, marking breaks and sentence starts:
 * returns where the next line's white space starts, or the end. */
size_t
tok_line(struct ctx *x, size_t i)
{
	size_t		 k, nl = 0, ws = i, first = x->n;
	uint32_t	 c;
	int		 space = 0, sent = 1, soft = 0;
	struct tok	*t;

	while (i < x->len) {
		if ((unsigned char)x->text[i] < 0x80) {
			c = (unsigned char)x->text[i];
			k = 1;
		} else
			c = tok_cp_at(x, i, &k);
		if (c == ' ' || c == '\t' || c == '\r' || c == '\n' ||
		    c == 0xa0 || c == 0x2009 || c == 0x200a || c == 0x202f) {
			if (!space)
				ws = i;
			if (c == '\n')
				nl++;
			space = 1;
			i += k;
			continue;
		}
		if (nl >= 1 && x->n > first)
			return ws;
		t = tok_new(x);
		t->start = i;
		if (space)
			t->f |= T_SPACE;
		if (nl >= 1 || x->n == first + 1) {
			t->f |= T_LINE;
			sent = 1;
		}
		nl = 0;
		space = 0;
		if (is_letter(c) || tok_is_digit(c)) {
			t->kind = TK_WORD;
			i = scan_word(x, i, t);
			t->end = i;
			classify(x, t);
			if (sent || (soft && (t->lexl & LEX_STOP)))
				t->f |= T_SENT;
			/* A note's number in brackets after a sentence
			 * ("... ended. [22] Mathematician Weyl said") leaves
			 * the sentence to start after it. */
			if (sent && (t->f & T_NUM) && x->n >= 2 &&
			    x->t[x->n - 2].kind == TK_PUNCT &&
			    x->t[x->n - 2].cp == '[')
				continue;
			sent = soft = 0;
			/* A word ending in a dot may end a sentence: the next
			 * starts one when it is a common word. */
			if (x->text[t->end - 1] == '.' &&
			    !(t->lexl & LEX_TITLE))
				soft = 1;
			continue;
		}
		t->kind = TK_PUNCT;
		t->cp = c;
		i += k;
		t->end = t->nend = i;
		/* Ends of sentences, and what starts a quotation or an
		 * item: the next word may be capitalised for them. */
		if (c == '.' || c == '!' || c == '?' || c == 0x2026 ||
		    c == ':' || c == ';' || c == '"' || c == 0x201c ||
		    c == 0x2014 || c == '|' || c == 0x2022 || c == '*' ||
		    ((c == '\'' || c == 0x2018) && (t->f & T_SPACE)))
			sent = 1;
		soft = 0;
	}
	return i;
}

/* Keep the last tokens of a line for the next one, which looks back at
 * them: two ("no\none", "part\nXVII"), and the roman numerals before
 * those, which name_token() reads back to the word before them. Returns
 * how many are kept: the index where the next line's tokens go. */
size_t
tok_context(struct ctx *x)
{
	size_t	 r = x->n > 2 ? x->n - 2 : 0;

	while (r > 0 && (x->t[r].f & T_ROMAN))
		r--;
	if (r > 0) {
		memmove(x->t, x->t + r, (x->n - r) * sizeof *x->t);
		x->n -= r;
	}
	return x->n;
}

/* Headlines and evidence. */

/* True when a lower-case word may stand in a Title Case headline. */
static int
minor_word(const struct tok *t)
{
	return (t->lexl & (LEX_STOP | LEX_CONNECT)) != 0 &&
	    t->end - t->start <= 4;
}

/* Mark lines in Title Case (or all capitals) as headlines, of the
 * tokens from a (the start of a line) on: their capitalised words count
 * only with evidence from elsewhere. */
void
tok_mark_headlines(struct ctx *x, size_t a)
{
	size_t	 i, j, caps, words, low;

	for (i = a; i < x->n; i = j) {
		caps = words = low = 0;
		for (j = i; j < x->n; j++) {
			const struct tok *t = &x->t[j];

			if (j > i && (t->f & T_LINE))
				break;
			if (t->kind == TK_PUNCT && t->cp == '.')
				low++;		/* sentences, not a headline */
			if (t->kind != TK_WORD || !(t->f & T_LETTER))
				continue;
			words++;
			if (t->f & T_CAP)
				caps++;
			else if (!minor_word(t))
				low++;
		}
		if (words >= 4 && low == 0 && caps >= 3) {
			size_t	 m;

			for (m = i; m < j; m++)
				x->t[m].f |= T_HEAD;
		}
	}
}

/* Note the words capitalised in the tokens from a on (a line), once
 * marked as headlines or not. */
void
tok_note_evidence(struct ctx *x, size_t a)
{
	size_t	 i;

	for (i = a; i < x->n; i++) {
		const struct tok *t = &x->t[i];

		if (t->kind != TK_WORD || !(t->f & T_CAP))
			continue;
		if (!(t->f & (T_SENT | T_HEAD)))
			sset_add(&x->capmid, x->text + t->start,
			    t->nend - t->start);
		else if ((t->f & T_SENT) && !(t->f & T_ALLCAPS) &&
		    (t->lexl & LEX_WORD))
			sset_add(&x->capsent, x->text + t->start,
			    t->nend - t->start);
	}
}

/* The length of the word of token t when it is in small letters and
 * may be one the text capitalises, else 0. */
static size_t
small_word(const struct ctx *x, const struct tok *t)
{
	size_t	 n = t->nend - t->start;

	/* Stop words are never names: no need to know. */
	if (t->kind != TK_WORD || !(t->f & T_LOWER) ||
	    n > LEXICON_MAXKEY || x->text[t->start] < 'a' ||
	    x->text[t->start] > 'z' || (t->lexl & LEX_STOP))
		return 0;
	return n;
}

/* Words in small letters, of those capitalised mid-sentence or at a
 * sentence start: those of the tokens from a on, once the capitals of
 * every line are noted. */
void
tok_note_low(struct ctx *x, size_t a)
{
	char	 b[LEXICON_MAXKEY + 1];
	size_t	 i, n;
	uint32_t	 h;

	for (i = a; i < x->n; i++) {
		const struct tok *t = &x->t[i];

		if ((n = small_word(x, t)) == 0)
			continue;
		memcpy(b, x->text + t->start, n);
		b[0] = (char)(b[0] - 32);
		h = tok_fnv(b, n);
		if (sset_has_hash(&x->capmid, b, n, h) ||
		    sset_has_hash(&x->capsent, b, n, h))
			sset_add(&x->low, x->text + t->start, n);
	}
}

/* The same for tokens that go before the capitals of every line are
 * noted: their words wait in x->lower for tok_end_evidence(). */
void
tok_note_lower(struct ctx *x, size_t a)
{
	size_t	 i, n;

	for (i = a; i < x->n; i++) {
		if ((n = small_word(x, &x->t[i])) != 0)
			sset_add(&x->lower, x->text + x->t[i].start, n);
	}
}

/* Once the capitals of every line are noted: the words waiting in
 * x->lower that are of them join x->low. */
void
tok_end_evidence(struct ctx *x)
{
	char		 b[LEXICON_MAXKEY + 1];
	size_t		 i, n;
	uint32_t	 h;

	for (i = 0; i < x->lower.cap; i++) {
		if (x->lower.key[i] == NULL)
			continue;
		n = x->lower.len[i];
		memcpy(b, x->lower.key[i], n);
		b[0] = (char)(b[0] - 32);
		h = tok_fnv(b, n);
		if (sset_has_hash(&x->capmid, b, n, h) ||
		    sset_has_hash(&x->capsent, b, n, h))
			sset_add(&x->low, x->lower.key[i], n);
	}
	tok_sset_free(&x->lower);
	memset(&x->lower, 0, sizeof x->lower);
}

int
tok_evidence(const struct ctx *x, const struct tok *t)
{
	return sset_has(&x->capmid, x->text + t->start, t->nend - t->start);
}

/* Is the word of token t also written in small letters in the text? */
int
tok_seen_lower(const struct ctx *x, const struct tok *t)
{
	char		 b[LEXICON_MAXKEY + 1];
	size_t		 n = t->nend - t->start, i;

	if (n > LEXICON_MAXKEY)
		return 0;
	memcpy(b, x->text + t->start, n);
	for (i = 0; i < n; i++) {
		if (b[i] >= 'A' && b[i] <= 'Z')
			b[i] = (char)(b[i] + 32);
	}
	return sset_has(&x->low, b, n);
}

/* Tokens by their text. */

int
tok_is(const struct ctx *x, size_t i, const char *s)
{
	const struct tok *t;
	size_t		  n = strlen(s);

	if (i >= x->n)
		return 0;
	t = &x->t[i];
	return t->end - t->start == n &&
	    strncasecmp(x->text + t->start, s, n) == 0;
}

int
tok_punct_is(const struct ctx *x, size_t i, uint32_t c)
{
	return i < x->n && x->t[i].kind == TK_PUNCT && x->t[i].cp == c;
}
