/* entities_figures.c: the figures of the text, line by line: money,
 * percentages, dates, times, ordinals, years and counts. */
#include "config.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "entities.h"
#include "entities_int.h"
#include "lexicon.h"

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
	for (i = 0; i < n && tok_is_digit((unsigned char)s[i]); i++)
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
	if (!tok_is_digit((unsigned char)s[0]) || !tok_is_digit((unsigned char)s[1])
	    || !tok_is_digit((unsigned char)s[2]) ||
	    !tok_is_digit((unsigned char)s[3]))
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

	c = group_cand_new(x, x->t[t0].start, x->t[t1 - 1].end);
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
			if (tok_punct_is(x, j, ',') && j + 1 < x->n &&
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
	if (tok_punct_is(x, j, '%') && !(x->t[j].f & T_SPACE)) {
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
		if (tok_punct_is(x, i, ')'))
			closed++;
		else if (tok_punct_is(x, i, '(') && closed-- == 0)
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

/* A superlative in -est: "largest", "biggest", "oldest"; not "west",
 * "best" (the "second best" is a rank). */
static int
superlative(const struct ctx *x, size_t i)
{
	const struct tok *t = &x->t[i];
	const char	 *s = x->text + t->start;
	size_t		  n = t->end - t->start;

	return t->kind == TK_WORD && (t->f & T_LOWER) && n >= 6 &&
	    memcmp(s + n - 3, "est", 3) == 0 && !tok_is(x, i, "interest") &&
	    !tok_is(x, i, "request") && !tok_is(x, i, "harvest") &&
	    !tok_is(x, i, "contest") && !tok_is(x, i, "protest");
}

/* Is the ordinal word at i an adverb ("I first saw", "First, ...")? */
static int
ordinal_adverb(const struct ctx *x, size_t i)
{
	const struct tok *t = &x->t[i], *p;

	if ((t->f & T_SENT) && (tok_punct_is(x, i + 1, ',') ||
	    tok_is(x, i + 1, "of")))
		return 1;
	/* "the second most visited", "the sixth largest city" */
	if (i + 1 < x->n && (tok_is(x, i + 1, "most") ||
	    superlative(x, i + 1)))
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
		    !tok_is_digit((unsigned char)s[i]))
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
	if (tok_is_digit((unsigned char)s[0])) {
		size_t	 m;

		for (m = 0; m < k; m++) {
			if (!tok_is_digit((unsigned char)s[m]) &&
			    strchr(",./", s[m]) == NULL)
				return 0;
		}
		return 1;
	}
	tok_lookup(x, t->start, t->start + k, &a, &b);
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
	tok_lookup(x, (size_t)(h + 1 - x->text), t->nend, &a, &b);
	return (b & LEX_NUMBER) != 0;
}

/* A fraction: "1/2", "3/4"; not "9/11" or "7/7", which are dates. */
static int
fraction(const char *s, size_t n)
{
	size_t	 i = 0;
	int	 a = 0, b = 0;

	while (i < n && i < 2 && tok_is_digit((unsigned char)s[i]))
		a = a * 10 + (s[i++] - '0');
	if (i == 0 || i >= n || s[i++] != '/' || i == n || n - i > 2)
		return 0;
	for (; i < n; i++) {
		if (!tok_is_digit((unsigned char)s[i]))
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

	if (n < 3 || !tok_is_digit((unsigned char)s[0]))
		return 0;
	for (i = 0; i < n - 2; i++) {
		if (!tok_is_digit((unsigned char)s[i]) && s[i] != ',')
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
		    tok_is_digit((unsigned char)s[n - 3]))
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

/* A telephone number from token i: groups of digits and hyphens one
 * space apart on a line ("1 201 944-3737", "+45 50981306"). Returns the
 * end token, and the digits in *digits, the hyphens in *hyphens. */
static size_t
phone_at(const struct ctx *x, size_t i, size_t *digits, size_t *hyphens)
{
	size_t	 j, k;

	*digits = *hyphens = 0;
	for (j = i; j < x->n && j < i + 5; j++) {
		const struct tok *t = &x->t[j];
		const char	*s = x->text + t->start;

		if (t->kind != TK_WORD || (t->f & T_LETTER) ||
		    (j > i && (!(t->f & T_SPACE) || (t->f & T_LINE))))
			break;
		for (k = 0; k < t->end - t->start; k++) {
			if (tok_is_digit((unsigned char)s[k]))
				(*digits)++;
			else if (s[k] == '-')
				(*hyphens)++;
			else
				return i;
		}
	}
	return j;
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
		/* ".324" (an average), "+45 50981306" (a telephone
		 * number): the mark goes with the number. */
		if (t->kind == TK_PUNCT && (t->cp == '.' || t->cp == '+') &&
		    i + 1 < x->n && (x->t[i + 1].f & T_DIGIT) &&
		    !(x->t[i + 1].f & (T_LETTER | T_SPACE)) && (i == 0 ||
		    (t->f & (T_SPACE | T_LINE)) ||
		    tok_punct_is(x, i - 1, '('))) {
			size_t	 dg, hy;

			j = phone_at(x, i + 1, &dg, &hy);
			if (t->cp == '+' ? dg >= 7 : is_num(&x->t[i + 1]) &&
			    memchr(x->text + x->t[i + 1].start, '.',
			    x->t[i + 1].end - x->t[i + 1].start) == NULL) {
				if (t->cp != '+')
					j = i + 2;
				figure(x, i, j, ENT_COUNT);
				i = j - 1;
				continue;
			}
		}
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
		    t->end - t->start <= 3 && tok_punct_is(x, i + 1, '$') &&
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
				while (d < n && (tok_is_digit((unsigned char)p[d])
				    || p[d] == ',' || p[d] == '.' || (p[d] == '-'
				    && d > 0 && d + 1 < n &&
				    tok_is_digit((unsigned char)p[d + 1]))))
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
		/* "1 201 944-3737" */
		if (!(t->f & T_LETTER)) {
			size_t	 dg, hy;

			j = phone_at(x, i, &dg, &hy);
			if (j >= i + 2 && dg >= 10 && dg <= 15 && hy >= 1 &&
			    memchr(x->text + x->t[j - 1].start, '-',
			    x->t[j - 1].end - x->t[j - 1].start) != NULL) {
				figure(x, i, j, ENT_COUNT);
				i = j - 1;
				continue;
			}
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
			if (tok_punct_is(x, i + 1, ')') && list_marker(x, i))
				continue;
			if (j < x->n && x->t[j].kind == TK_WORD &&
			    !(x->t[j].f & (T_SPACE | T_CJK)))
				continue;
			if (j < x->n && tok_is_apos(tok_cp_at(x, t->end, NULL)))
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
void
fig_find(struct ctx *x, size_t from)
{
	size_t	 n = x->n, a, b;

	for (a = from; a < n; a = b) {
		for (b = a + 1; b < n && !(x->t[b].f & T_LINE); b++)
			;
		x->n = b;
		find_figures_line(x, a);
		x->n = n;
	}
}
