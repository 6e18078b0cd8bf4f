/* entities.c: the names and figures an article mentions.
 *
 * A rule-based recogniser in three passes over the tokens of the text.
 * The first marks sentence starts and headline lines, and notes which
 * words the text capitalises in mid-sentence (the evidence that a
 * capitalised word at a sentence start, or in a headline, is a name).
 * The second finds figures: money, percentages, dates, times, ordinals,
 * years and counts. The third finds names: runs of capitalised words
 * joined by connectors ("of", "de", "&"), without titles, possessives,
 * demonyms or sentence-initial common words, typed by cues (titles, first
 * names, place lists, organisation words, acronyms); aliases ("Putin")
 * join the entity of their fullest form ("Vladimir Putin"), and acronyms
 * the name they abbreviate when the text names it ("U.S." joins "United
 * States"). Common words alone ("the Next Big Thing") and acronyms of
 * kinds of things ("IQ") are no names. Word lists are in lexicon.c. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "entities.h"
#include "lexicon.h"
#include "utf8.h"
#include "xmalloc.h"

/* Token kinds. */
#define TK_WORD		1	/* letters and digits */
#define TK_PUNCT	2	/* one other character */

/* Token bits. */
#define T_CAP		0x0001u	/* starts with a capital (or "d'Ettorre") */
#define T_LOWER		0x0002u	/* starts with a small letter */
#define T_ALLCAPS	0x0004u	/* two or more letters, all capitals */
#define T_DIGIT		0x0008u	/* holds a digit */
#define T_NUM		0x0010u	/* a number: digits, "1,200", "2.5" */
#define T_SENT		0x0020u	/* starts a sentence */
#define T_SPACE		0x0040u	/* white space before */
#define T_LINE		0x0080u	/* a line break before */
#define T_CJK		0x0100u	/* Chinese, Japanese or Korean letters */
#define T_POSS		0x0200u	/* a name in it ends before its end, and
				   with it a run: "Putin's", "Mets-led" */
#define T_HEAD		0x0400u	/* in a headline (Title Case) line */
#define T_HYPHEN	0x0800u	/* holds a hyphen */
#define T_LETTER	0x1000u	/* holds a letter */
#define T_DOTS		0x2000u	/* initials: "U.S.", "O.J." */
#define T_USED		0x4000u	/* part of a figure */
#define T_ROMAN		0x8000u	/* a roman numeral: "XVII" */

struct tok {
	size_t		 start, end;	/* bytes */
	size_t		 nend;		/* end without a possessive */
	unsigned short	 kind;
	unsigned short	 f;		/* T_* bits */
	uint32_t	 cp;		/* the character of a TK_PUNCT */
	uint32_t	 lex;		/* flags of the exact form */
	uint32_t	 lexl;		/* flags of the lower-case form */
};

/* A set of strings: open addressing, FNV-1a. */
struct sset {
	const char	**key;
	size_t		 *len;
	size_t		  n, cap;
};

/* Cues of a name, and so of its type. */
#define C_TITLE		0x001u	/* after a title: a person */
#define C_FIRST		0x002u	/* starts with a first name */
#define C_ACRO		0x004u	/* an acronym */
#define C_ORGWORD	0x008u	/* holds an organisation word */
#define C_PLACEWORD	0x010u	/* ends in a place word */
#define C_PLACE		0x020u	/* a listed place */
#define C_PERSON	0x040u	/* a listed person */
#define C_ORG		0x080u	/* a listed organisation */
#define C_SURNAME	0x100u	/* a family name */
#define C_MULTI		0x200u	/* two or three words, no common word */
#define C_WEAK		0x400u	/* a lone common word: kept only as an
				   alias of a longer name */

struct cand {
	size_t		 start, end;	/* bytes */
	size_t		 t0, t1;	/* tokens */
	enum ent_type	 type;		/* figures: their type */
	unsigned	 cue;
	char		*key;		/* the name as written, one space
					   between words */
	size_t		 nwords;
	size_t		 group;		/* index of its entity group */
};

/* A look-up of a short word, remembered: most words of a text come
 * again. */
struct lcache {
	char		 key[15];
	unsigned char	 len;		/* 0: empty */
	uint32_t	 exact, lower;
};

struct ctx {
	const char	*text;
	size_t		 len;
	struct lcache	*lc;		/* lcmask + 1 of them */
	size_t		 lcmask;
	struct tok	*t;
	size_t		 n, cap;
	struct sset	 capmid;	/* words capitalised mid-sentence */
	struct sset	 capsent;	/* common words capitalised at a
					   sentence start */
	struct sset	 low;		/* words in small letters */
	struct cand	*c;
	size_t		 nc, ccap;
};

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

static int
is_digit(uint32_t c)
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

static int
is_apos(uint32_t c)
{
	return c == '\'' || c == 0x2019;
}

static int
is_hyphen(uint32_t c)
{
	return c == '-' || c == 0x2010 || c == 0x2011;
}

static uint32_t
cp_at(const struct ctx *x, size_t i, size_t *n)
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

static uint32_t
fnv(const char *s, size_t len)
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

/* Is p in the set? h is fnv(p, len). */
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
	return sset_has_hash(s, p, len, fnv(p, len));
}

static void
sset_add(struct sset *s, const char *p, size_t len)
{
	size_t	 i;

	if (2 * (s->n + 1) > s->cap)
		sset_grow(s);
	for (i = fnv(p, len) & (s->cap - 1); s->key[i] != NULL;
	    i = (i + 1) & (s->cap - 1)) {
		if (s->len[i] == len && memcmp(s->key[i], p, len) == 0)
			return;
	}
	s->key[i] = p;
	s->len[i] = len;
	s->n++;
}

static void
sset_free(struct sset *s)
{
	free(s->key);
	free(s->len);
}

/* Look-ups. */

/* The flags of text[start, end), as written and in lower case, with
 * curly apostrophes read as straight ones. */
static void
lookup(const struct ctx *x, size_t start, size_t end, uint32_t *exact,
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
		c = cp_at(x, i, &k);
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
static uint32_t
lookup_words(const struct ctx *x, size_t t0, size_t t1, int lower)
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

/* The longest known name of two to four tokens from t0 (within t1):
 * returns its end, or t0. */
static size_t
known_name(const struct ctx *x, size_t t0, size_t t1)
{
	size_t	 j;

	for (j = t0 + 4 < t1 ? t0 + 4 : t1; j >= t0 + 2; j--) {
		if (lookup_words(x, t0, j, 0) & (LEX_PLACE | LEX_ORG |
		    LEX_PERSON))
			return j;
	}
	return t0;
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
		c = cp_at(x, i, &k);
		if (k == 0)
			break;
		if (i == start && (cjk = is_cjk(c)))
			t->f |= T_CJK;
		else if ((is_letter(c) || is_digit(c)) && is_cjk(c) != cjk)
			break;
		if (is_letter(c) || is_digit(c)) {
			if (is_digit(c))
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
		d = cp_at(x, i + k, &k2);
		if (is_apos(c) && is_letter(d) && is_letter(prev)) {
			initials = 0;
			i += k;
			continue;
		}
		if (is_hyphen(c) && (is_letter(d) || is_digit(d)) &&
		    (is_letter(prev) || is_digit(prev))) {
			t->f |= T_HYPHEN;
			initials = 0;
			i += k;
			continue;
		}
		if ((c == ',' || c == '.' || c == ':' || c == '/') &&
		    is_digit(prev) && is_digit(d)) {
			if (c == ',') {
				/* "1,200", not "2, 3" or "3,4,5" */
				const char *p = x->text + i + 1;

				if (x->len - i - 1 < 3 || !is_digit((unsigned
				    char)p[1]) || !is_digit((unsigned char)p[2])
				    || (x->len - i - 1 > 3 &&
				    is_digit((unsigned char)p[3])))
					break;
			}
			i += k;
			continue;
		}
		if (c == '.' && is_letter(prev) && nseg == 0 && seg > 1 &&
		    !is_letter(d) && !is_digit(d)) {
			uint32_t	 a, b;

			/* Abbreviations keep their dot: "Inc.", "Dr.",
			 * "Jan." */
			lookup(x, t->start, i + k, &a, &b);
			if (b & (LEX_TITLE | LEX_ORGWORD | LEX_PLACEWORD |
			    LEX_MONTH | LEX_WEEKDAY))
				i += k;
			break;
		}
		if (c == '.' && is_letter(prev) && seg == 1) {
			/* "U.S.", "O.J.", "e.g." */
			nseg++;
			seg = 0;
			if (is_letter(d) && (cp_at(x, i + k + k2, NULL) == '.'
			    || !is_letter(cp_at(x, i + k + k2, NULL)))) {
				i += k;
				continue;
			}
			if ((nseg >= 2 && initials) || (nseg == 1 &&
			    letters == 1 && upper == 1 && d == ' ' &&
			    is_upper(cp_at(x, i + k + k2, NULL)))) {
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
			if (!is_digit((unsigned char)s[i]) && !(i > 0 &&
			    strchr(",.", s[i]) != NULL))
				num = 0;
		}
		if (num)
			t->f |= T_NUM;
	}
	c = cp_at(x, t->start, &k);
	if (is_upper(c))
		t->f |= T_CAP;
	else if (is_lower(c)) {
		t->f |= T_LOWER;
		/* "d'Ettorre", "al-Assad"; not "wikiHow", "iPhone" */
		for (i = t->start + k; i < t->nend && i - t->start <= 3;
		    i += k) {
			d = cp_at(x, i, &k);
			if ((is_apos(d) || is_hyphen(d)) && is_upper(cp_at(x,
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
			lookup(x, (size_t)(r + 1 - x->text), t->nend, &a, &b);
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
		lookup(x, t->start, t->nend, &t->lex, &t->lexl);
	if (common)
		t->lexl |= LEX_WORD;
}

/* Split the text into tokens, marking breaks and sentence starts. */
static void
tokenise(struct ctx *x)
{
	size_t		 i = 0, k, nl = 0;
	uint32_t	 c;
	int		 space = 0, sent = 1, soft = 0;
	struct tok	*t;

	while (i < x->len) {
		if ((unsigned char)x->text[i] < 0x80) {
			c = (unsigned char)x->text[i];
			k = 1;
		} else
			c = cp_at(x, i, &k);
		if (c == ' ' || c == '\t' || c == '\r' || c == '\n' ||
		    c == 0xa0 || c == 0x2009 || c == 0x200a || c == 0x202f) {
			if (c == '\n')
				nl++;
			space = 1;
			i += k;
			continue;
		}
		t = tok_new(x);
		t->start = i;
		if (space)
			t->f |= T_SPACE;
		if (nl >= 1 || x->n == 1) {
			t->f |= T_LINE;
			sent = 1;
		}
		nl = 0;
		space = 0;
		if (is_letter(c) || is_digit(c)) {
			t->kind = TK_WORD;
			i = scan_word(x, i, t);
			t->end = i;
			classify(x, t);
			if (sent || (soft && (t->lexl & LEX_STOP)))
				t->f |= T_SENT;
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
}

/* Headlines and evidence. */

/* True when a lower-case word may stand in a Title Case headline. */
static int
minor_word(const struct tok *t)
{
	return (t->lexl & (LEX_STOP | LEX_CONNECT)) != 0 &&
	    t->end - t->start <= 4;
}

/* Mark lines in Title Case (or all capitals) as headlines: their
 * capitalised words count only with evidence from elsewhere. */
static void
mark_headlines(struct ctx *x)
{
	size_t	 i, j, caps, words, low;

	for (i = 0; i < x->n; i = j) {
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

static void
note_evidence(struct ctx *x)
{
	char	 b[LEXICON_MAXKEY + 1];
	size_t	 i, n;
	uint32_t	 h;

	for (i = 0; i < x->n; i++) {
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
	/* Words in small letters, of those capitalised mid-sentence or at
	 * a sentence start. */
	for (i = 0; i < x->n; i++) {
		const struct tok *t = &x->t[i];

		n = t->nend - t->start;
		/* Stop words are never names: no need to know. */
		if (t->kind != TK_WORD || !(t->f & T_LOWER) ||
		    n > LEXICON_MAXKEY || x->text[t->start] < 'a' ||
		    x->text[t->start] > 'z' || (t->lexl & LEX_STOP))
			continue;
		memcpy(b, x->text + t->start, n);
		b[0] = (char)(b[0] - 32);
		h = fnv(b, n);
		if (sset_has_hash(&x->capmid, b, n, h) ||
		    sset_has_hash(&x->capsent, b, n, h))
			sset_add(&x->low, x->text + t->start, n);
	}
}

static int
evidence(const struct ctx *x, const struct tok *t)
{
	return sset_has(&x->capmid, x->text + t->start, t->nend - t->start);
}

/* Is the word of token t also written in small letters in the text? */
static int
seen_lower(const struct ctx *x, const struct tok *t)
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

/* Candidates. */

static struct cand *
cand_new(struct ctx *x, size_t start, size_t end)
{
	struct cand	*c;

	if (x->nc == x->ccap) {
		x->ccap = x->ccap ? x->ccap * 2 : 64;
		x->c = xreallocarray(x->c, x->ccap, sizeof *x->c);
	}
	c = &x->c[x->nc++];
	memset(c, 0, sizeof *c);
	c->start = start;
	c->end = end;
	return c;
}

static int
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

static int
punct_is(const struct ctx *x, size_t i, uint32_t c)
{
	return i < x->n && x->t[i].kind == TK_PUNCT && x->t[i].cp == c;
}

/* Figures. */

static int
is_number_word(const struct tok *t)
{
	return t->kind == TK_WORD && (t->lexl & LEX_NUMBER) &&
	    !(t->f & T_DIGIT);
}

static int
is_num(const struct tok *t)
{
	return t->kind == TK_WORD && (t->f & T_NUM) && !(t->f & T_LETTER);
}

/* "thousands", "dozens" */
static int
plural_number(const struct ctx *x, const struct tok *t)
{
	return t->end - t->start >= 5 && x->text[t->end - 1] == 's';
}

/* A number (digits or words), from token i: returns the token after
 * it, or i when there is none. */
static size_t
number_at(const struct ctx *x, size_t i)
{
	size_t	 j;

	if (i >= x->n)
		return i;
	if (is_num(&x->t[i]))
		return i + 1;
	if (!is_number_word(&x->t[i]))
		return i;
	/* "one hundred twenty", "forty five"; not "two thousands" */
	for (j = i + 1; j < x->n; j++) {
		const struct tok *t = &x->t[j];

		if (!is_number_word(t) || !(t->f & T_SPACE) ||
		    (t->f & T_LINE) || plural_number(x, t))
			break;
	}
	return j;
}

static int
day_number(const struct ctx *x, const struct tok *t)
{
	const char	*s = x->text + t->start;
	size_t		 n = t->end - t->start;
	int		 v = 0;
	size_t		 i;

	if (!(t->f & T_DIGIT) || n > 4)
		return 0;
	for (i = 0; i < n && is_digit((unsigned char)s[i]); i++)
		v = v * 10 + (s[i] - '0');
	if (i == 0 || i > 2)
		return 0;
	if (i < n && !(n - i == 2 && (strncmp(s + i, "st", 2) == 0 ||
	    strncmp(s + i, "nd", 2) == 0 || strncmp(s + i, "rd", 2) == 0 ||
	    strncmp(s + i, "th", 2) == 0)))
		return 0;
	return v >= 1 && v <= 31;
}

static int
year_number(const struct ctx *x, const struct tok *t)
{
	const char	*s = x->text + t->start;
	int		 v;

	if (t->end - t->start != 4 || !is_num(t))
		return 0;
	if (!is_digit((unsigned char)s[0]) || !is_digit((unsigned char)s[1])
	    || !is_digit((unsigned char)s[2]) || !is_digit((unsigned char)s[3]))
		return 0;
	/* Not atoi(): the text need not end with a NUL. */
	v = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	return v >= 1000 && v <= 2199;
}

static struct cand *
figure(struct ctx *x, size_t t0, size_t t1, enum ent_type type)
{
	struct cand	*c;
	size_t		 i;

	c = cand_new(x, x->t[t0].start, x->t[t1 - 1].end);
	c->t0 = t0;
	c->t1 = t1;
	c->type = type;
	for (i = t0; i < t1; i++)
		x->t[i].f |= T_USED;
	return c;
}

/* A date from token i: "February 2022", "April 13, 2011", "13 April
 * 2011", "March 13". Returns the end token, or i. */
static size_t
date_at(const struct ctx *x, size_t i)
{
	const struct tok *t = &x->t[i];
	size_t		  j;

	if (t->kind == TK_WORD && (t->lexl & LEX_MONTH) && (t->f & T_CAP)) {
		j = i + 1;
		if (j < x->n && day_number(x, &x->t[j]) &&
		    !(x->t[j].f & T_LINE)) {
			j++;
			if (punct_is(x, j, ',') && j + 1 < x->n &&
			    year_number(x, &x->t[j + 1]))
				return j + 2;
			if (j < x->n && year_number(x, &x->t[j]))
				return j + 1;
			return j;
		}
		if (j < x->n && year_number(x, &x->t[j]))
			return j + 1;
		return i;
	}
	if (day_number(x, t) && i + 1 < x->n && (x->t[i + 1].lexl &
	    LEX_MONTH) && (x->t[i + 1].f & T_CAP)) {
		j = i + 2;
		if (j < x->n && year_number(x, &x->t[j]))
			return j + 1;
		return j;
	}
	return i;
}

static int
currency_sign(uint32_t c)
{
	return c == '$' || c == 0x20ac || c == 0xa3 || c == 0xa5 ||
	    c == 0x20b9 || c == 0x20bd || c == 0x20a9 || c == 0x20aa;
}

/* Money, percentages and magnitudes after a number ending at j: returns
 * the new end, and sets *type. */
static size_t
number_tail(const struct ctx *x, size_t j, enum ent_type *type)
{
	if (j < x->n && x->t[j].kind == TK_WORD &&
	    (x->t[j].lexl & LEX_MAGNITUDE) && (x->t[j].lexl & LEX_NUMBER) &&
	    !(x->t[j].f & T_LINE))
		j++;
	if (punct_is(x, j, '%') && !(x->t[j].f & T_SPACE)) {
		*type = ENT_PERCENT;
		return j + 1;
	}
	if (tok_is(x, j, "percent") || tok_is(x, j, "pct")) {
		*type = ENT_PERCENT;
		return j + 1;
	}
	if (tok_is(x, j, "per") && tok_is(x, j + 1, "cent")) {
		*type = ENT_PERCENT;
		return j + 2;
	}
	if (j < x->n && x->t[j].kind == TK_WORD &&
	    (x->t[j].lexl & LEX_CURRENCY) && !(x->t[j].f & T_CAP) &&
	    !tok_is(x, j, "won") && !tok_is(x, j, "real") &&
	    !tok_is(x, j, "pound") && !tok_is(x, j, "rand")) {
		*type = ENT_MONEY;
		return j + 1;
	}
	return j;
}

/* Is the number at i, before a ")", a list marker ("1) first")? It is
 * when no "(" is open before it on its line (looking back a little). */
static int
list_marker(const struct ctx *x, size_t i)
{
	int	 closed = 0;
	size_t	 stop = i > 64 ? i - 64 : 0;

	while (i > stop && !(x->t[i].f & T_LINE)) {
		i--;
		if (punct_is(x, i, ')'))
			closed++;
		else if (punct_is(x, i, '(') && closed-- == 0)
			return 0;
	}
	return 1;
}

/* Is the "one" at i a pronoun ("no one", "a big one.")? */
static int
one_pronoun(const struct ctx *x, size_t i)
{
	const struct tok *n = i + 1 < x->n ? &x->t[i + 1] : NULL;

	if (i == 0)
		return 0;
	if (tok_is(x, i - 1, "no") || tok_is(x, i - 1, "which") ||
	    tok_is(x, i - 1, "any") || tok_is(x, i - 1, "every") ||
	    tok_is(x, i - 1, "some") || tok_is(x, i - 1, "someone"))
		return 1;
	if (n == NULL || n->kind == TK_PUNCT) {
		if (i >= 2 && x->t[i - 1].kind == TK_WORD &&
		    (x->t[i - 1].f & T_LOWER) && (tok_is(x, i - 2, "a") ||
		    tok_is(x, i - 2, "an") || tok_is(x, i - 2, "very")))
			return 1;
	}
	return 0;
}

/* Is the ordinal word at i an adverb ("I first saw", "First, ...")? */
static int
ordinal_adverb(const struct ctx *x, size_t i)
{
	const struct tok *t = &x->t[i], *p;

	if ((t->f & T_SENT) && (punct_is(x, i + 1, ',') ||
	    tok_is(x, i + 1, "of")))
		return 1;
	if (i + 1 < x->n && tok_is(x, i + 1, "most"))
		return 1;
	if (i == 0)
		return 0;
	/* "a tenth of a metre" */
	if ((tok_is(x, i - 1, "a") || tok_is(x, i - 1, "one")) &&
	    tok_is(x, i + 1, "of"))
		return 1;
	p = &x->t[i - 1];
	if (p->kind != TK_WORD || !tok_is(x, i, "first"))
		return 0;
	if (tok_is(x, i - 1, "at") || tok_is(x, i - 1, "to") ||
	    tok_is(x, i - 1, "i") || tok_is(x, i - 1, "we") ||
	    tok_is(x, i - 1, "you") || tok_is(x, i - 1, "he") ||
	    tok_is(x, i - 1, "she") || tok_is(x, i - 1, "they") ||
	    tok_is(x, i - 1, "it") || tok_is(x, i - 1, "what") ||
	    tok_is(x, i - 1, "was") || tok_is(x, i - 1, "were") ||
	    tok_is(x, i - 1, "is") || tok_is(x, i - 1, "are") ||
	    tok_is(x, i - 1, "be") || tok_is(x, i - 1, "been") ||
	    tok_is(x, i - 1, "had") || tok_is(x, i - 1, "has") ||
	    tok_is(x, i - 1, "have") || tok_is(x, i - 1, "when") ||
	    tok_is(x, i - 1, "who") || tok_is(x, i - 1, "and"))
		return 1;
	return 0;
}

/* "2011-04-13" */
static int
iso_date(const struct ctx *x, const struct tok *t)
{
	const char	*s = x->text + t->start;
	size_t		 i;

	if (t->end - t->start != 10 || (t->f & T_LETTER))
		return 0;
	for (i = 0; i < 10; i++) {
		if ((i == 4 || i == 7) ? s[i] != '-' :
		    !is_digit((unsigned char)s[i]))
			return 0;
	}
	return 1;
}

/* A hyphen compound whose first part is a number: "two-day",
 * "10-year-old", "thousand-strong", "9/11-related". */
static int
number_compound(const struct ctx *x, const struct tok *t)
{
	const char	*s = x->text + t->start;
	size_t		 n = t->nend - t->start, k;
	uint32_t	 a, b;

	if (!(t->f & T_HYPHEN))
		return 0;
	for (k = 0; k < n && s[k] != '-'; k++)
		;
	if (k == n)
		return 0;
	if (is_digit((unsigned char)s[0])) {
		size_t	 m;

		for (m = 0; m < k; m++) {
			if (!is_digit((unsigned char)s[m]) &&
			    strchr(",./", s[m]) == NULL)
				return 0;
		}
		return 1;
	}
	lookup(x, t->start, t->start + k, &a, &b);
	return (b & (LEX_NUMBER | LEX_ORDINAL)) != 0;
}

/* A number in words with a hyphen: "forty-two", "twenty-first" is
 * not. */
static int
spelled_number(const struct ctx *x, const struct tok *t)
{
	const char	*s = x->text + t->start, *h;
	uint32_t	 a, b;

	if ((t->f & T_DIGIT) || (h = memchr(s, '-', t->nend - t->start)) ==
	    NULL)
		return 0;
	lookup(x, (size_t)(h + 1 - x->text), t->nend, &a, &b);
	return (b & LEX_NUMBER) != 0;
}

/* A fraction: "1/2", "3/4"; not "9/11" or "7/7", which are dates. */
static int
fraction(const char *s, size_t n)
{
	size_t	 i = 0;
	int	 a = 0, b = 0;

	while (i < n && i < 2 && is_digit((unsigned char)s[i]))
		a = a * 10 + (s[i++] - '0');
	if (i == 0 || i >= n || s[i++] != '/' || i == n || n - i > 2)
		return 0;
	for (; i < n; i++) {
		if (!is_digit((unsigned char)s[i]))
			return 0;
		b = b * 10 + (s[i] - '0');
	}
	return a >= 1 && a < b && b <= 10;
}

/* An ordinal in digits: "21st", "50,000th". */
static int
digit_ordinal(const struct ctx *x, const struct tok *t)
{
	const char	*s = x->text + t->start;
	size_t		 n = t->end - t->start, i;

	if (n < 3 || !is_digit((unsigned char)s[0]))
		return 0;
	for (i = 0; i < n - 2; i++) {
		if (!is_digit((unsigned char)s[i]) && s[i] != ',')
			return 0;
	}
	s += n - 2;
	return strncmp(s, "st", 2) == 0 || strncmp(s, "nd", 2) == 0 ||
	    strncmp(s, "rd", 2) == 0 || strncmp(s, "th", 2) == 0;
}

/* Is a time after number token i: "3:30 p.m.", "10 a.m."? Returns the
 * end token or i. */
static size_t
time_at(const struct ctx *x, size_t i)
{
	const struct tok *t = &x->t[i];
	const char	 *s = x->text + t->start;
	size_t		  n = t->end - t->start, j = i + 1;
	int		  colon = memchr(s, ':', n) != NULL;

	if (!(t->f & T_DIGIT) || (t->f & T_LETTER)) {
		/* "10am", "3pm" */
		if ((t->f & T_DIGIT) && n >= 3 && n <= 4 &&
		    (strncasecmp(s + n - 2, "am", 2) == 0 ||
		    strncasecmp(s + n - 2, "pm", 2) == 0) &&
		    is_digit((unsigned char)s[n - 3]))
			return i + 1;
		return i;
	}
	if (j < x->n && (tok_is(x, j, "a.m.") || tok_is(x, j, "p.m.") ||
	    tok_is(x, j, "am") || tok_is(x, j, "pm") || tok_is(x, j, "a.m") ||
	    tok_is(x, j, "p.m")) && n <= 5)
		return j + 1;
	if (colon && n <= 5)
		return i + 1;
	return i;
}

/* A word that numbers with roman numerals: "part XVII". */
static int
roman_word(const struct ctx *x, size_t i)
{
	static const char *const words[] = { "part", "chapter", "volume",
	    "book", "phase", "act", "scene", "section", "article", "stage",
	    "round", "season", "episode", "series", "type", "class", "war",
	    "category", "grade", "level", "title", "annex", "appendix" };
	size_t	 k;

	for (k = 0; k < sizeof words / sizeof words[0]; k++) {
		if (tok_is(x, i, words[k]))
			return 1;
	}
	return 0;
}

/* An ISO 4217 code of a currency often written before amounts. */
static int
iso_currency(const struct ctx *x, const struct tok *t)
{
	static const char codes[] =
	    "AED AUD BRL CAD CHF CNY CZK DKK EGP EUR GBP HKD HUF IDR ILS INR "
	    "ISK JPY KES KRW MXN MYR NGN NOK NZD PHP PKR PLN RMB RUB SAR SEK "
	    "SGD THB TRY TWD UAH USD VND ZAR ";
	const char	*p = x->text + t->start, *c;

	if (t->end - t->start != 3 || !(t->f & T_ALLCAPS))
		return 0;
	for (c = codes; *c != '\0'; c += 4) {
		if (memcmp(c, p, 3) == 0)
			return 1;
	}
	return 0;
}

/* The figures of the line starting at token a: the tokens end at x->n. */
static void
find_figures_line(struct ctx *x, size_t a)
{
	size_t		 i, j, k;
	struct tok	*t;
	enum ent_type	 type;

	for (i = a; i < x->n; i++) {
		t = &x->t[i];
		/* Most words start no figure. */
		if (t->kind == TK_WORD && !(t->f & (T_DIGIT | T_ALLCAPS |
		    T_HYPHEN)) && !(t->lexl & (LEX_MONTH | LEX_NUMBER |
		    LEX_ORDINAL)))
			continue;
		/* Dates. */
		if ((j = date_at(x, i)) > i) {
			figure(x, i, j, ENT_DATE);
			i = j - 1;
			continue;
		}
		/* Money after a currency code: "NOK 48 million", "USD 20". */
		if (t->kind == TK_WORD && iso_currency(x, t) &&
		    i + 1 < x->n && x->t[i + 1].kind == TK_WORD &&
		    (x->t[i + 1].f & T_SPACE) && is_num(&x->t[i + 1])) {
			j = number_tail(x, number_at(x, i + 1), &type);
			figure(x, i, j, ENT_MONEY);
			i = j - 1;
			continue;
		}
		/* Money with a sign: "$227.8 billion", "US$ 20,000", "€5m". */
		if ((t->kind == TK_PUNCT && currency_sign(t->cp)) ||
		    (t->kind == TK_WORD && (t->f & T_ALLCAPS) &&
		    t->end - t->start <= 3 && punct_is(x, i + 1, '$') &&
		    !(x->t[i + 1].f & T_SPACE))) {
			size_t	 s = i;

			if (t->kind == TK_WORD)
				i++;
			k = i + 1;
			if (k < x->n && x->t[k].kind == TK_WORD &&
			    (x->t[k].f & T_DIGIT)) {
				const struct tok *u = &x->t[k];
				const char *p = x->text + u->start;
				size_t	 n = u->end - u->start, d = 0;

				/* "$5", "$1,200.50", "$10-12", "$3bn" */
				while (d < n && (is_digit((unsigned char)p[d])
				    || p[d] == ',' || p[d] == '.' || (p[d] == '-'
				    && d > 0 && d + 1 < n &&
				    is_digit((unsigned char)p[d + 1]))))
					d++;
				if (d == n || (n - d <= 2 && (strncmp(p + d,
				    "m", n - d) == 0 || strncmp(p + d, "bn",
				    n - d) == 0 || strncmp(p + d, "k", n - d)
				    == 0 || strncmp(p + d, "b", n - d) == 0 ||
				    strncmp(p + d, "tn", n - d) == 0))) {
					j = number_tail(x, k + 1, &type);
					figure(x, s, j, ENT_MONEY);
					i = j - 1;
					continue;
				}
			}
			i = s;
			continue;
		}
		if (t->kind != TK_WORD)
			continue;
		/* "2011-04-13" */
		if (iso_date(x, t)) {
			figure(x, i, i + 1, ENT_DATE);
			continue;
		}
		/* Hyphen compounds, ranges ("10-12%", "3-4 million") and
		 * spelled numbers ("forty-two thousand"). */
		if (number_compound(x, t)) {
			type = ENT_COUNT;
			j = i + 1;
			if (spelled_number(x, t)) {
				while (j < x->n && is_number_word(&x->t[j]) &&
				    (x->t[j].f & T_SPACE) &&
				    !plural_number(x, &x->t[j]))
					j++;
			}
			if (!(t->f & T_LETTER) || spelled_number(x, t))
				j = number_tail(x, j, &type);
			figure(x, i, j, type);
			i = j - 1;
			continue;
		}
		/* Ordinals. */
		if (digit_ordinal(x, t)) {
			if (!tok_is(x, i + 1, "most"))
				figure(x, i, i + 1, ENT_ORDINAL);
			continue;
		}
		/* "part XVII", "chapter IV" */
		if ((t->f & T_ROMAN) && i > 0 && roman_word(x, i - 1)) {
			figure(x, i, i + 1, ENT_COUNT);
			continue;
		}
		if ((t->lexl & LEX_ORDINAL) && !(t->f & T_ALLCAPS) &&
		    !(t->f & T_DIGIT)) {
			if (!ordinal_adverb(x, i))
				figure(x, i, i + 1, ENT_ORDINAL);
			continue;
		}
		/* Times. */
		if ((j = time_at(x, i)) > i) {
			figure(x, i, j, ENT_TIME);
			i = j - 1;
			continue;
		}
		/* Numbers. */
		if ((t->f & T_DIGIT) && !is_num(t)) {
			/* "9/11", "2011-04-13", "1930s", "4chan", "IE6" */
			const char *s = x->text + t->start;
			size_t	 n = t->end - t->start;

			if (!(t->f & T_LETTER) && memchr(s, '/', n) != NULL)
				figure(x, i, i + 1, fraction(s, n) ? ENT_COUNT :
				    ENT_DATE);
			continue;
		}
		if ((j = number_at(x, i)) == i)
			continue;
		if (is_num(t)) {
			/* Numbers glued to letters or in list markers;
			 * Chinese and Japanese put no space around them
			 * ("在2014年"). */
			if (i > 0 && !(t->f & T_SPACE) &&
			    ((x->t[i - 1].kind == TK_WORD &&
			    !(x->t[i - 1].f & T_CJK)) ||
			    x->t[i - 1].cp == '-'))
				continue;
			if (punct_is(x, i + 1, ')') && list_marker(x, i))
				continue;
			if (j < x->n && x->t[j].kind == TK_WORD &&
			    !(x->t[j].f & (T_SPACE | T_CJK)))
				continue;
			if (j < x->n && is_apos(cp_at(x, t->end, NULL)))
				continue;	/* "1930's" */
		} else {
			if (tok_is(x, i, "one") && one_pronoun(x, i))
				continue;
			/* "Ground Zero", "Catch Twenty-Two" */
			if ((t->f & T_CAP) && !(t->f & T_SENT) && i > 0 &&
			    (x->t[i - 1].f & T_CAP))
				continue;
			if (x->t[i].f & T_ALLCAPS)
				continue;
			if (j == i + 1 && plural_number(x, t))
				continue;
			if (j == i + 1 && tok_is(x, i, "dozen"))
				continue;
		}
		type = ENT_COUNT;
		k = number_tail(x, j, &type);
		if (type == ENT_COUNT && j == i + 1 && year_number(x, t))
			type = ENT_YEAR;
		if (type == ENT_COUNT && k < x->n && x->t[k].kind == TK_WORD &&
		    (x->t[k].lexl & LEX_UNIT) && !(x->t[k].f & T_CAP))
			type = ENT_QUANTITY;
		figure(x, i, k, type);
		i = k - 1;
	}
}

/* A line break ends a sentence, and a blank line a paragraph: no figure
 * crosses one ("\u20ac" at the end of a paragraph and "2" starting the
 * next are not money). Each line is searched on its own, the tokens
 * after it hidden. */
static void
find_figures(struct ctx *x)
{
	size_t	 n = x->n, a, b;

	for (a = 0; a < n; a = b) {
		for (b = a + 1; b < n && !(x->t[b].f & T_LINE); b++)
			;
		x->n = b;
		find_figures_line(x, a);
		x->n = n;
	}
}

/* Names. */

/* Could token i be (part of) a name? */
static int
name_token(const struct ctx *x, size_t i)
{
	const struct tok *t = &x->t[i];

	if (t->kind != TK_WORD || !(t->f & T_CAP) || (t->f & T_USED))
		return 0;
	/* Letters only: "IE6", "U2", "MP3" are products and codes. */
	if (!(t->f & T_LETTER) || (t->f & T_DIGIT))
		return 0;
	if (t->lex & LEX_NOTNAME)
		return 0;
	/* Weekdays and months are no names, but for a family name after
	 * a first name ("Theresa May"). */
	if ((t->lexl & (LEX_WEEKDAY | LEX_MONTH)) &&
	    !((t->lex & (LEX_PLACE | LEX_ORG)) && !(t->lexl & LEX_MONTH)) &&
	    !((t->lexl & LEX_MONTH) &&
	    i > 0 && (t->f & T_SPACE) && !(t->f & (T_SENT | T_LINE)) &&
	    x->t[i - 1].kind == TK_WORD && (x->t[i - 1].f & T_CAP) &&
	    (x->t[i - 1].lex & LEX_FIRST) && !(x->t[i - 1].lexl & LEX_MONTH)))
		return 0;
	if ((t->lexl & LEX_STOP) && !((t->f & T_ALLCAPS) &&
	    (t->lex & (LEX_PLACE | LEX_ORG))))
		return 0;
	if ((t->lexl & LEX_CONNECT) && (t->f & T_SENT))
		return 0;
	/* "AND", "HUGE", but "FIRST Global" */
	if ((t->f & T_ALLCAPS) && (t->lexl & LEX_WORD) &&
	    !(t->lex & (LEX_PLACE | LEX_ORG | LEX_PROPER)) &&
	    !(i + 1 < x->n && x->t[i + 1].kind == TK_WORD &&
	    (x->t[i + 1].f & (T_CAP | T_ALLCAPS)) == T_CAP &&
	    !(x->t[i + 1].f & T_LINE)))
		return 0;
	if ((t->f & T_ROMAN) && !(i > 0 && name_token(x, i - 1) &&
	    (t->f & T_SPACE)))
		return 0;
	return 1;
}

/* A connector joining name tokens. */
static int
connector(const struct ctx *x, size_t i)
{
	const struct tok *t = &x->t[i];

	if (t->kind == TK_PUNCT)
		return t->cp == '&';
	if (t->kind != TK_WORD || !(t->f & T_LOWER))
		return 0;
	return (t->lexl & LEX_CONNECT) || tok_is(x, i, "for") ||
	    tok_is(x, i, "on") || tok_is(x, i, "and") || tok_is(x, i, "the");
}

static int
strong_name(uint32_t lex)
{
	return (lex & (LEX_PLACE | LEX_PERSON | LEX_ORG)) != 0;
}

static int
weak_name(uint32_t lex)
{
	return (lex & (LEX_PROPER | LEX_FIRST | LEX_SURNAME)) != 0;
}

/* Should name token i be dropped from its run? */
static int
drop_token(const struct ctx *x, size_t i, size_t t1)
{
	const struct tok *t = &x->t[i];
	int		  common = (t->lexl & (LEX_WORD | LEX_STOP)) != 0;

	if (t->f & T_HEAD) {
		if (evidence(x, t))
			return 0;
		if ((t->f & T_ALLCAPS) && (t->lex & (LEX_ORG | LEX_PLACE)))
			return 0;
		return !(strong_name(t->lex) || weak_name(t->lex)) || common;
	}
	if (t->f & T_SENT) {
		/* "Along the road", "Police said": a listed name, yet the
		 * text writes the word small elsewhere. */
		if (common && !(t->f & T_ALLCAPS) && !evidence(x, t) &&
		    seen_lower(x, t))
			return 1;
		if (!common || strong_name(t->lex) || evidence(x, t))
			return 0;
		if (weak_name(t->lex) && i + 1 < t1 && name_token(x, i + 1))
			return 0;
		if (t->f & T_ALLCAPS)
			return 0;
		return 1;
	}
	return 0;
}

static int
orgword(const struct tok *t)
{
	return (t->lexl & LEX_ORGWORD) && (t->f & T_CAP);
}

static int
placeword(const struct tok *t)
{
	return (t->lexl & LEX_PLACEWORD) && (t->f & T_CAP);
}

/*
 * A possessive inside a name: an institution named after its founder or
 * patron ("St. Mary's Hospital", "King's College", "Children's Hospital").
 * Only these words: "China's Foreign Ministry" is two things.
 */
static int
poss_inside(const struct ctx *x, size_t j)
{
	static const char *const words[] = {
		"Abbey", "Academy", "Cathedral", "Chapel", "Church", "College",
		"Hospital", "Infirmary", "School", "University"
	};
	const struct tok	*t = &x->t[j];
	size_t			 i, n = t->nend - t->start;

	if (j == 0 || !(x->t[j - 1].f & T_POSS) || x->t[j - 1].kind !=
	    TK_WORD || !(x->t[j - 1].f & T_CAP) || !(t->f & T_CAP) ||
	    !(t->f & T_SPACE))
		return 0;
	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		if (strlen(words[i]) == n &&
		    memcmp(words[i], x->text + t->start, n) == 0)
			return 1;
	}
	return 0;
}

static void
name_key(const struct ctx *x, struct cand *c)
{
	struct buf	 b = BUF_INIT;
	size_t		 i;

	for (i = c->t0; i < c->t1; i++) {
		const struct tok *t = &x->t[i];

		if (i > c->t0 && (t->f & T_SPACE))
			buf_addc(&b, ' ');
		buf_add(&b, x->text + t->start, (i + 1 == c->t1 ? t->nend :
		    t->end) - t->start);
	}
	c->key = buf_finish(&b, NULL);
}

/* Add the name of tokens [t0, t1) with the cues so far. */
static void
add_name(struct ctx *x, size_t t0, size_t t1, unsigned cue)
{
	struct cand	*c;
	size_t		 i, words = 0;
	uint32_t	 lex;
	int		 common = 0;	/* common words in it */

	/* Connectors at the ends go. */
	while (t0 < t1 && connector(x, t0))
		t0++;
	while (t1 > t0 && connector(x, t1 - 1))
		t1--;
	if (t0 == t1)
		return;
	for (i = t0; i < t1; i++) {
		const struct tok *t = &x->t[i];

		if (connector(x, i)) {
			if (x->t[i].kind == TK_PUNCT)
				cue |= C_ORGWORD;	/* "&" */
			continue;
		}
		words++;
		if (orgword(t))
			cue |= C_ORGWORD;
		if ((t->lexl & LEX_WORD) && !weak_name(t->lex) &&
		    !strong_name(t->lex) && !(t->f & T_ALLCAPS))
			common++;
	}
	/* A common word the text also writes in small letters ("the
	 * Left", "learning in Ants") is no name alone. */
	if (words == 1 && (x->t[t0].lexl & LEX_WORD) &&
	    !strong_name(x->t[t0].lex) && !(x->t[t0].f & T_ALLCAPS) &&
	    (seen_lower(x, &x->t[t0]) || (!weak_name(x->t[t0].lex) &&
	    !(t0 > 0 && tok_is(x, t0 - 1, "the")) &&
	    x->text[x->t[t0].nend - 1] != 's')))
		cue |= C_WEAK;
	/* Nor is a letter ("E-meter", "Plan B"). */
	if (words == 1 && x->t[t0].nend - x->t[t0].start == 1)
		return;
	/* A demonym alone is no name ("Chinese"), nor a title. */
	if (words == 1 && ((x->t[t0].lex & LEX_DEMONYM) ||
	    ((x->t[t0].lexl & LEX_TITLE) && !(x->t[t0].lex & LEX_PLACE))))
		return;
	c = cand_new(x, x->t[t0].start, x->t[t1 - 1].nend);
	c->t0 = t0;
	c->t1 = t1;
	c->nwords = words;
	c->type = ENT_NAME;
	/* "Harbour Bridge", and "Port Alder", "Lake Tana", "Mount Kenya". */
	if (placeword(&x->t[t1 - 1]) || (words >= 2 && placeword(&x->t[t0])))
		cue |= C_PLACEWORD;
	/* Common words alone, capitalised for emphasis ("the Next Big
	 * Thing"), name nothing, unless a list knows them together. */
	if (words >= 2 && common == (int)words &&
	    !(cue & (C_ORGWORD | C_PLACEWORD | C_TITLE)) &&
	    !(lookup_words(x, t0, t1, 0) & (LEX_PLACE | LEX_ORG | LEX_PERSON)))
		cue |= C_WEAK;
	if (words == 1 && ((x->t[t0].f & (T_ALLCAPS | T_DOTS))))
		cue |= C_ACRO;
	lex = t1 - t0 == 1 ? x->t[t0].lex : lookup_words(x, t0, t1, 0);
	if ((x->t[t0].lex & LEX_FIRST) && words >= 2 && words <= 3 &&
	    (!(x->t[t0].lexl & LEX_WORD) || !(x->t[t0].f & T_SENT)) &&
	    !(lex & (LEX_PLACE | LEX_ORG)))
		cue |= C_FIRST;
	if (lex & LEX_PLACE)
		cue |= C_PLACE;
	if (lex & LEX_PERSON)
		cue |= C_PERSON;
	if (lex & LEX_ORG)
		cue |= C_ORG;
	if (words == 1 && (lex & LEX_SURNAME))
		cue |= C_SURNAME;
	if (words >= 2 && words <= 3 && common == 0 && t1 - t0 == words)
		cue |= C_MULTI;
	c->cue = cue;
	name_key(x, c);
}

/* Does [s, e) hold an organisation or place word? */
static int
has_headword(const struct ctx *x, size_t s, size_t e)
{
	for (; s < e; s++) {
		if (orgword(&x->t[s]) || placeword(&x->t[s]))
			return 1;
	}
	return 0;
}

/* A title of one to three words at i ("President", "Prime Minister",
 * "Shadow Home Secretary") before a name: returns its end, or i. */
static size_t
title_at(const struct ctx *x, size_t i, size_t t1)
{
	size_t	 j;

	for (j = i + 3; j >= i + 2; j--) {
		if (j < t1 && (lookup_words(x, i, j, 1) & LEX_TITLE))
			return j;
	}
	if ((x->t[i].lexl & LEX_TITLE) && !(x->t[i].lex & (LEX_PLACE |
	    LEX_PERSON)))
		return i + 1;
	return i;
}

/* Split a run of name tokens [t0, t1) into names. */
static void
split_run(struct ctx *x, size_t t0, size_t t1, unsigned cue)
{
	size_t	 i, s = t0, j, head = t0, known = t0;
	int	 headword = 0;

	for (i = t0; i < t1; i++) {
		struct tok *t = &x->t[i];

		/* Is there an organisation or place word in [s, i)? */
		if (head < s) {
			head = s;
			headword = 0;
		}
		for (; head < i; head++)
			headword |= orgword(&x->t[head]) ||
			    placeword(&x->t[head]);

		if (connector(x, i)) {
			int	 ok;

			/* Particles ("de", "van", "bin") join; "of", "for",
			 * "on" only inside organisation and place names;
			 * "and", "the" only inside known names. */
			if ((t->lexl & LEX_CONNECT) && !tok_is(x, i, "of"))
				continue;
			ok = t->kind == TK_PUNCT;	/* "&" */
			if (!ok && !tok_is(x, i, "and") &&
			    !tok_is(x, i, "the") && !tok_is(x, i + 1, "the"))
				ok = headword;
			if (!ok) {
				for (j = i + 1; j < t1 && connector(x, j); j++)
					;
				ok = j < t1 && (lookup_words(x, s, j + 1, 0) &
				    (LEX_PLACE | LEX_ORG));
			}
			if (!ok) {
				add_name(x, s, i, cue);
				cue = 0;
				s = i + 1;
			}
			continue;
		}
		if ((j = known_name(x, i, t1)) > i) {
			/* "New York", "United States": whole */
			known = j;
			i = j - 1;
			if ((x->t[i].f & T_POSS) && !(j < t1 &&
			    poss_inside(x, j))) {
				add_name(x, s, j, cue);
				cue = 0;
				s = j;
			}
			continue;
		}
		if (drop_token(x, i, t1)) {
			add_name(x, s, i, cue);
			cue = 0;
			s = i + 1;
			continue;
		}
		/* A person after an organisation or a place: "the Refugee
		 * Council Enver Solomon", "the United States Hamdullah
		 * Mohib": a first name, or two last words no list knows. */
		if (i > s && !(t->lexl & LEX_WORD) && i + 1 < t1 &&
		    name_token(x, i + 1) && ((t->lex & (LEX_FIRST |
		    LEX_PLACE)) == LEX_FIRST || (i + 2 == t1 &&
		    !(t->lex & (LEX_PLACE | LEX_ORG)) &&
		    !(x->t[i + 1].lexl & (LEX_WORD | LEX_ORGWORD |
		    LEX_PLACEWORD)) && !(x->t[i + 1].lex & (LEX_PLACE |
		    LEX_ORG)) && !((t->f | x->t[i + 1].f) & T_ALLCAPS))) &&
		    (((orgword(&x->t[i - 1]) || placeword(&x->t[i - 1])) &&
		    i - 1 > s) || (x->t[i - 1].lex & LEX_PLACE) ||
		    known == i)) {
			add_name(x, s, i, cue);
			cue = C_FIRST;
			s = i;
		}
		if ((j = title_at(x, i, t1)) > i) {
			/* A title goes, unless the rest is an organisation
			 * ("General Motors") or one common word. */
			int	 keep = has_headword(x, j, t1);

			if (j + 1 == t1 && (x->t[j].lexl & LEX_WORD) &&
			    !weak_name(x->t[j].lex) &&
			    !strong_name(x->t[j].lex))
				keep = 1;
			if (!keep) {
				add_name(x, s, i, cue);
				cue = C_TITLE;
				s = j;
				i = j - 1;
				continue;
			}
		}
		if ((t->lex & LEX_DEMONYM) && !(t->lex & LEX_PLACE)) {
			/* "Chinese leader", but "Catholic Church" */
			int	 keep = known_name(x, i, t1) > i;

			for (j = i + 1; j < t1 && name_token(x, j) && !keep;
			    j++) {
				if (x->t[j].lexl & LEX_TITLE)
					break;
				keep = orgword(&x->t[j]);
			}
			if (!keep) {
				add_name(x, s, i, cue);
				s = i + 1;
				continue;
			}
		}
		if ((t->f & T_POSS) && !(i + 1 < t1 && poss_inside(x, i + 1))) {
			add_name(x, s, i + 1, cue);
			cue = 0;
			s = i + 1;
		}
	}
	add_name(x, s, t1, cue);
}

static void
find_names(struct ctx *x)
{
	size_t		 i, j;
	unsigned	 cue;

	for (i = 0; i < x->n; i = j) {
		if (!name_token(x, i)) {
			j = i + 1;
			continue;
		}
		/* The run: name tokens and connectors between them, within
		 * a sentence. */
		for (j = i + 1; j < x->n; j++) {
			const struct tok *t = &x->t[j];

			if (t->f & (T_LINE | T_SENT))
				break;
			if ((x->t[j - 1].f & T_POSS) && !poss_inside(x, j))
				break;
			if (name_token(x, j) && (t->f & T_SPACE ||
			    x->t[j - 1].kind == TK_PUNCT))
				continue;
			if (connector(x, j) && j + 1 < x->n) {
				size_t	 k = j + 1;

				while (k < x->n && connector(x, k) &&
				    !(x->t[k].f & T_LINE))
					k++;
				if (k < x->n && name_token(x, k) &&
				    !(x->t[k].f & (T_LINE | T_SENT)) &&
				    k - j <= 2) {
					j = k;
					continue;
				}
			}
			break;
		}
		cue = 0;
		/* A title in small letters before: "leader Xi Jinping". */
		if (i > 0 && x->t[i - 1].kind == TK_WORD &&
		    (x->t[i - 1].lexl & LEX_TITLE) && (x->t[i - 1].f & T_LOWER))
			cue |= C_TITLE;
		split_run(x, i, j, cue);
	}
}

/* Entities. */

/* A map from strings to indices: open addressing, FNV-1a. */
struct smap {
	const char	**key;
	size_t		 *val;
	size_t		  n, cap;
};

static size_t
smap_get(const struct smap *m, const char *k)
{
	size_t	 i;

	if (m->cap == 0)
		return (size_t)-1;
	for (i = fnv(k, strlen(k)) & (m->cap - 1); m->key[i] != NULL;
	    i = (i + 1) & (m->cap - 1)) {
		if (strcmp(m->key[i], k) == 0)
			return m->val[i];
	}
	return (size_t)-1;
}

/* Map k to v unless k is there already; k must outlive the map. */
static void
smap_put(struct smap *m, const char *k, size_t v)
{
	size_t	 i;

	if (2 * (m->n + 1) > m->cap) {
		struct smap old = *m;

		m->cap = old.cap ? old.cap * 2 : 64;
		m->key = xcalloc(m->cap, sizeof *m->key);
		m->val = xcalloc(m->cap, sizeof *m->val);
		m->n = 0;
		for (i = 0; i < old.cap; i++) {
			if (old.key[i] != NULL)
				smap_put(m, old.key[i], old.val[i]);
		}
		free(old.key);
		free(old.val);
	}
	for (i = fnv(k, strlen(k)) & (m->cap - 1); m->key[i] != NULL;
	    i = (i + 1) & (m->cap - 1)) {
		if (strcmp(m->key[i], k) == 0)
			return;
	}
	m->key[i] = k;
	m->val[i] = v;
	m->n++;
}

static void
smap_free(struct smap *m)
{
	free(m->key);
	free(m->val);
}

/* Candidates of one text: a name or a figure. */
struct group {
	char		*key;		/* owned */
	size_t		 nwords;
	unsigned	 cue;
	int		 figure;
	enum ent_type	 type;
	size_t		 alias;		/* the group it joins, or itself */
	size_t		 entity;	/* index in the list, or -1 */
	int		 strong;	/* named once other than as a lone
					   common word */
	int		 acronym;	/* joins the name it abbreviates */
};

/* A name inside a longer one. */
struct inner {
	size_t		 start, end;
	size_t		 group;
	size_t		 outer;		/* index of the holding mention */
};

struct groups {
	struct group	*g;
	size_t		 n, cap;
	struct smap	 names, figures;
};

static size_t
group_add(struct groups *gs, const char *key, int figure, size_t nwords,
    enum ent_type type)
{
	struct group	*g;

	if (gs->n == gs->cap) {
		gs->cap = gs->cap ? gs->cap * 2 : 64;
		gs->g = xreallocarray(gs->g, gs->cap, sizeof *gs->g);
	}
	g = &gs->g[gs->n];
	memset(g, 0, sizeof *g);
	g->key = xstrdup(key);
	g->figure = figure;
	g->nwords = nwords;
	g->type = type;
	g->alias = gs->n;
	g->entity = (size_t)-1;
	smap_put(figure ? &gs->figures : &gs->names, g->key, gs->n);
	return gs->n++;
}

static enum ent_type
name_type(unsigned cue, size_t nwords)
{
	if (cue & C_TITLE)
		return ENT_PERSON;
	if ((cue & C_FIRST) && !(cue & C_ORGWORD))
		return ENT_PERSON;
	if (cue & C_ACRO)
		return (cue & C_PLACE) ? ENT_PLACE : ENT_ORG;
	if ((cue & (C_ORG | C_PLACE)) == (C_ORG | C_PLACE) && nwords >= 2)
		return ENT_ORG;
	if ((cue & C_PLACE) && nwords >= 2)
		return ENT_PLACE;
	if (cue & C_ORGWORD)
		return ENT_ORG;
	if (cue & C_PLACEWORD)
		return ENT_PLACE;
	if (cue & C_PLACE)
		return ENT_PLACE;
	if (cue & C_PERSON)
		return ENT_PERSON;
	if (cue & C_ORG)
		return ENT_ORG;
	if (cue & C_SURNAME)
		return ENT_PERSON;
	if ((cue & C_MULTI) && nwords <= 3)
		return ENT_PERSON;
	return ENT_NAME;
}

static int
cand_cmp(const void *a, const void *b)
{
	const struct cand *p = a, *q = b;

	if (p->start != q->start)
		return p->start < q->start ? -1 : 1;
	return p->end > q->end ? -1 : p->end < q->end;
}

/* A figure's text: as written, white space made one space. */
static char *
figure_key(const struct ctx *x, const struct cand *c)
{
	struct buf	 b = BUF_INIT;
	const char	*p = x->text + c->start;
	size_t		 n = c->end - c->start, m;
	int		 sp = 0;

	for (m = 0; m < n; m++) {
		if (p[m] == ' ' || p[m] == '\n' || p[m] == '\t' ||
		    p[m] == '\r')
			sp = 1;
		else {
			if (sp)
				buf_addc(&b, ' ');
			sp = 0;
			buf_addc(&b, p[m]);
		}
	}
	return buf_finish(&b, NULL);
}

/* Aliases: a one-word name that is the last (or else the first) word of
 * a longer person's name joins that name's group. */
static void
join_aliases(struct groups *gs)
{
	struct smap	 last = { NULL, NULL, 0, 0 }, first = last;
	struct buf	 b = BUF_INIT;
	char		**words;
	size_t		 i, nw = 0, j;

	words = xcalloc(2 * gs->n + 1, sizeof *words);
	for (i = 0; i < gs->n; i++) {
		const struct group *g = &gs->g[i];
		const char	*sp, *lsp;
		enum ent_type	 t;

		if (g->figure || g->nwords < 2 || g->nwords > 4 ||
		    (g->cue & (C_ORGWORD | C_PLACEWORD | C_PLACE | C_ACRO)))
			continue;
		t = name_type(g->cue, g->nwords);
		if (t != ENT_PERSON && t != ENT_NAME)
			continue;
		sp = strchr(g->key, ' ');
		lsp = strrchr(g->key, ' ');
		if (sp == NULL)
			continue;
		buf_add(&b, g->key, (size_t)(sp - g->key));
		words[nw] = buf_finish(&b, NULL);
		smap_put(&first, words[nw++], i);
		words[nw] = xstrdup(lsp + 1);
		smap_put(&last, words[nw++], i);
	}
	for (i = 0; i < gs->n; i++) {
		struct group	*g = &gs->g[i];

		if (g->figure || g->nwords != 1 || (g->cue & C_ACRO))
			continue;
		if ((j = smap_get(&last, g->key)) == (size_t)-1)
			j = smap_get(&first, g->key);
		if (j == (size_t)-1 || j == i)
			continue;
		/* A longer name that nothing marks as a person's joins a
		 * word named after it, not one named on its own before it
		 * ("Mozilla ... Air Mozilla"). */
		if (j > i && name_type(gs->g[j].cue, gs->g[j].nwords) !=
		    ENT_PERSON)
			continue;
		g->alias = j;
		gs->g[j].cue |= g->cue & C_TITLE;
	}
	for (i = 0; i < nw; i++)
		free(words[i]);
	free(words);
	smap_free(&first);
	smap_free(&last);
}

/* The capitals of s ("U.S." -> "US") into b (of size n), or of the
 * capitalised words of s when words is set ("United States" -> "US",
 * "Bank of England" -> "BE"): the length, or 0 when s has a small letter
 * outside words, or too many capitals. */
static size_t
capitals(const char *s, int words, char *b, size_t n)
{
	size_t	 k = 0;
	int	 start = 1;

	for (; *s != '\0'; s++) {
		if (*s == ' ') {
			start = 1;
			continue;
		}
		if (*s >= 'A' && *s <= 'Z' && (!words || start)) {
			if (k + 1 >= n)
				return 0;
			b[k++] = *s;
		} else if (!words && *s != '.')
			return 0;
		start = 0;
	}
	b[k] = '\0';
	return k;
}

/* Acronyms: "U.S." joins "United States", "NATO" joins "North Atlantic
 * Treaty Organization", when the text names both. */
static void
join_acronyms(struct groups *gs)
{
	struct smap	 full = { NULL, NULL, 0, 0 };
	char		**keys, b[16];
	size_t		 i, j, nk = 0;

	keys = xcalloc(gs->n + 1, sizeof *keys);
	for (i = 0; i < gs->n; i++) {
		const struct group *g = &gs->g[i];

		if (g->figure || g->nwords < 2 || g->alias != i ||
		    capitals(g->key, 1, b, sizeof b) != g->nwords)
			continue;
		keys[nk] = xstrdup(b);
		smap_put(&full, keys[nk++], i);
	}
	for (i = 0; i < gs->n; i++) {
		struct group	*g = &gs->g[i];

		if (g->figure || g->nwords != 1 || !(g->cue & C_ACRO) ||
		    g->alias != i || capitals(g->key, 0, b, sizeof b) < 2 ||
		    (j = smap_get(&full, b)) == (size_t)-1)
			continue;
		g->alias = j;
		g->acronym = 1;
		gs->g[j].cue |= g->cue & (C_PLACE | C_ORG);
	}
	for (i = 0; i < nk; i++)
		free(keys[i]);
	free(keys);
	smap_free(&full);
}

/* Names inside the name of candidate c: the longest known name or name
 * of the text from each word on ("Helsinki" in "University of
 * Helsinki"). */
static void
find_inner(const struct ctx *x, struct groups *gs, const struct cand *c,
    size_t outer, struct inner **in, size_t *nin, size_t *incap)
{
	size_t		 p, q, g;
	struct cand	 sub;
	uint32_t	 lex;

	for (p = c->t0; p < c->t1; p++) {
		if (connector(x, p))
			continue;
		for (q = p + 4 < c->t1 ? p + 4 : c->t1; q > p; q--) {
			if ((p == c->t0 && q == c->t1) || connector(x, q - 1))
				continue;
			memset(&sub, 0, sizeof sub);
			sub.t0 = p;
			sub.t1 = q;
			name_key(x, &sub);
			g = smap_get(&gs->names, sub.key);
			lex = 0;
			if (g == (size_t)-1) {
				lex = q - p == 1 ? x->t[p].lex :
				    lookup_words(x, p, q, 0);
				if (q - p == 1 && (x->t[p].lexl & (LEX_WORD |
				    LEX_ORGWORD | LEX_PLACEWORD | LEX_TITLE)))
					lex = 0;
				lex &= LEX_PLACE | LEX_ORG | LEX_PERSON;
			}
			if (g == (size_t)-1 && lex != 0) {
				g = group_add(gs, sub.key, 0, q - p,
				    (lex & LEX_PLACE) ? ENT_PLACE :
				    (lex & LEX_PERSON) ? ENT_PERSON : ENT_ORG);
			}
			free(sub.key);
			if (g == (size_t)-1 || gs->g[gs->g[g].alias].type !=
			    ENT_PLACE)
				continue;
			if (*nin == *incap) {
				*incap = *incap ? *incap * 2 : 16;
				*in = xreallocarray(*in, *incap, sizeof **in);
			}
			(*in)[*nin].start = x->t[p].start;
			(*in)[*nin].end = x->t[q - 1].nend;
			(*in)[*nin].group = g;
			(*in)[*nin].outer = outer;
			(*nin)++;
			p = q - 1;
			break;
		}
	}
}

/* A name of one word and then common words only ("Google Science Fair",
 * "NASA Discovery mission", "Google Analytics") names the thing of the
 * first word, when the text names it alone too or it is an acronym. */
static void
cut_products(struct ctx *x)
{
	struct smap	 alone = { NULL, NULL, 0, 0 };
	struct cand	*c;
	size_t		 i, j;

	for (i = 0; i < x->nc; i++) {
		c = &x->c[i];
		if (!ENT_IS_FIGURE(c->type) && c->nwords == 1)
			smap_put(&alone, c->key, i);
	}
	for (i = 0; i < x->nc; i++) {
		struct cand	 head;
		const struct tok *t;

		c = &x->c[i];
		if (ENT_IS_FIGURE(c->type) || c->nwords < 2 ||
		    c->t1 - c->t0 != c->nwords ||
		    (c->cue & (C_ORGWORD | C_PLACEWORD | C_TITLE | C_FIRST |
		    C_PLACE | C_PERSON | C_ORG)))
			continue;
		for (j = c->t0 + 1; j < c->t1; j++) {
			t = &x->t[j];
			if (!(t->lexl & LEX_WORD) || strong_name(t->lex) ||
			    (t->f & T_ALLCAPS))
				break;
		}
		if (j < c->t1)
			continue;
		memset(&head, 0, sizeof head);
		head.t0 = c->t0;
		head.t1 = c->t0 + 1;
		name_key(x, &head);
		if (!(x->t[c->t0].f & T_ALLCAPS) &&
		    !(strong_name(x->t[c->t0].lex) &&
		    !(x->t[c->t0].lexl & LEX_WORD)) &&
		    smap_get(&alone, head.key) == (size_t)-1) {
			free(head.key);
			continue;
		}
		free(c->key);
		c->key = head.key;
		c->t1 = head.t1;
		c->end = x->t[c->t0].nend;
		c->nwords = 1;
		c->cue &= ~(C_MULTI | C_WEAK);
		if (x->t[c->t0].f & T_ALLCAPS)
			c->cue |= C_ACRO;
	}
	smap_free(&alone);
}

static struct entities *
build(struct ctx *x)
{
	struct entities	*e = xcalloc(1, sizeof *e);
	struct groups	 gs;
	struct inner	*in = NULL;
	size_t		 nin = 0, incap = 0, i, j, k, keep = 0;
	struct cand	*c;

	memset(&gs, 0, sizeof gs);

	/* Mentions sorted by start; overlaps go to the earlier, longer. */
	if (x->nc > 0)
		qsort(x->c, x->nc, sizeof *x->c, cand_cmp);
	for (i = 0; i < x->nc; i++) {
		if (keep > 0 && x->c[i].start < x->c[keep - 1].end) {
			free(x->c[i].key);
			continue;
		}
		x->c[keep++] = x->c[i];
	}
	x->nc = keep;

	for (i = 0; i < x->nc; i++) {
		if (x->c[i].key == NULL)
			x->c[i].key = figure_key(x, &x->c[i]);
	}
	cut_products(x);

	/* Groups: names by their text, figures by theirs. */
	for (i = 0; i < x->nc; i++) {
		int	 fig;

		c = &x->c[i];
		fig = ENT_IS_FIGURE(c->type);
		j = smap_get(fig ? &gs.figures : &gs.names, c->key);
		if (j == (size_t)-1)
			j = group_add(&gs, c->key, fig, c->nwords, c->type);
		gs.g[j].cue |= c->cue & ~C_WEAK;
		if (!(c->cue & C_WEAK))
			gs.g[j].strong = 1;
		c->group = j;
	}
	join_aliases(&gs);
	join_acronyms(&gs);
	for (i = 0, keep = 0; i < x->nc; i++) {
		c = &x->c[i];
		j = gs.g[c->group].alias;
		/* A lone common word, or common words alone, are dropped,
		 * and so is the acronym of such words ("ROS" of "Reactive
		 * Oxygen Species"): a term, not a name. */
		if ((c->cue & C_WEAK) && !gs.g[c->group].strong &&
		    j == c->group) {
			free(c->key);
			continue;
		}
		if (gs.g[c->group].acronym && !gs.g[j].strong) {
			free(c->key);
			continue;
		}
		x->c[keep++] = *c;
	}
	x->nc = keep;
	for (i = 0; i < gs.n; i++) {
		struct group *g = &gs.g[i];

		if (g->figure || g->acronym)
			continue;
		if (g->alias != i)
			gs.g[g->alias].type = ENT_PERSON;
		else if (g->type == ENT_NAME)
			g->type = name_type(g->cue, g->nwords);
	}
	for (i = 0; i < x->nc; i++) {
		enum ent_type	 t = gs.g[gs.g[x->c[i].group].alias].type;

		if (!ENT_IS_FIGURE(x->c[i].type) && x->c[i].nwords >= 2 &&
		    (t == ENT_ORG || (t == ENT_PLACE &&
		    (x->c[i].cue & C_PLACEWORD))))
			find_inner(x, &gs, &x->c[i], i, &in, &nin, &incap);
	}

	/* Entities in order of first mention, inner ones included. */
	e->mentions = xcalloc(x->nc ? x->nc : 1, sizeof *e->mentions);
	e->inner = xcalloc(nin ? nin : 1, sizeof *e->inner);
	e->list = xcalloc(gs.n ? gs.n : 1, sizeof *e->list);
	for (i = 0, j = 0; i < x->nc || j < nin;) {
		struct mention	*m;
		struct group	*g;
		size_t		 outer;

		if (j < nin && (i == x->nc || in[j].start < x->c[i].start)) {
			m = &e->inner[j];
			m->start = in[j].start;
			m->end = in[j].end;
			k = in[j].group;
			outer = in[j].outer;
			j++;
		} else {
			m = &e->mentions[i];
			m->start = x->c[i].start;
			m->end = x->c[i].end;
			k = x->c[i].group;
			outer = i;
			i++;
		}
		k = gs.g[k].alias;
		g = &gs.g[k];
		if (g->entity == (size_t)-1) {
			g->entity = e->n;
			e->list[e->n].text = xstrdup(g->key);
			e->list[e->n].type = g->type;
			e->list[e->n].first = outer;
			e->n++;
		}
		e->list[g->entity].count++;
		m->entity = g->entity;
	}
	e->nmentions = x->nc;
	e->ninner = nin;
	for (i = 0; i < x->nc; i++)
		free(x->c[i].key);
	for (i = 0; i < gs.n; i++)
		free(gs.g[i].key);
	free(gs.g);
	smap_free(&gs.names);
	smap_free(&gs.figures);
	free(in);
	return e;
}

struct entities *
entities_find(const char *text, size_t len)
{
	struct ctx	 x;
	struct entities	*e;

	memset(&x, 0, sizeof x);
	x.text = text;
	x.len = text == NULL ? 0 : len;
	/* About one remembered word per 64 bytes of text, 64 to 8192. */
	for (x.lcmask = 63; x.lcmask < 8191 && (x.lcmask + 1) * 64 < x.len;
	    x.lcmask = x.lcmask * 2 + 1)
		;
	x.lc = xcalloc(x.lcmask + 1, sizeof *x.lc);
	tokenise(&x);
	mark_headlines(&x);
	note_evidence(&x);
	find_figures(&x);
	find_names(&x);
	e = build(&x);
	free(x.lc);
	sset_free(&x.capmid);
	sset_free(&x.capsent);
	sset_free(&x.low);
	free(x.t);
	free(x.c);
	return e;
}

void
entities_free(struct entities *e)
{
	size_t	 i;

	if (e == NULL)
		return;
	for (i = 0; i < e->n; i++)
		free(e->list[i].text);
	free(e->list);
	free(e->mentions);
	free(e->inner);
	free(e);
}

const char *
entities_type_name(enum ent_type t)
{
	static const char *names[] = { "person", "place", "org", "name",
	    "money", "percent", "count", "year", "date", "time", "ordinal",
	    "quantity" };

	return (unsigned)t < sizeof names / sizeof names[0] ? names[t] : "name";
}
