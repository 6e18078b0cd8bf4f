/* entities_names.c: the names of the text: runs of capitalised words
 * joined by connectors ("of", "de", "&"), split into names without
 * titles, possessives, demonyms or sentence-initial common words, with
 * the cues of their type. */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "entities.h"
#include "entities_int.h"
#include "lexicon.h"
#include "xmalloc.h"

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
int
name_connector(const struct ctx *x, size_t i)
{
	const struct tok *t = &x->t[i];

	if (t->kind == TK_PUNCT)
		return t->cp == '&';
	if (t->kind != TK_WORD || !(t->f & T_LOWER))
		return 0;
	return (t->lexl & LEX_CONNECT) || tok_is(x, i, "for") ||
	    tok_is(x, i, "on") || tok_is(x, i, "and") || tok_is(x, i, "the");
}

int
name_strong(uint32_t lex)
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
		if (tok_evidence(x, t))
			return 0;
		if ((t->f & T_ALLCAPS) && (t->lex & (LEX_ORG | LEX_PLACE)))
			return 0;
		return !(name_strong(t->lex) || weak_name(t->lex)) || common;
	}
	if (t->f & T_SENT) {
		/* "Along the road", "Police said": a listed name, yet the
		 * text writes the word small elsewhere. */
		if (common && !(t->f & T_ALLCAPS) && !tok_evidence(x, t) &&
		    tok_seen_lower(x, t))
			return 1;
		/* "Tell us", "Apple pie": a common word that only a list
		 * of people ("William Tell") or of organisations knows as
		 * a name is the word at a sentence's start, unless a name
		 * follows. */
		if (common && !(t->f & T_ALLCAPS) && ((t->lex & (LEX_PLACE |
		    LEX_ORG | LEX_PERSON)) == LEX_PERSON || (t->lex &
		    (LEX_PLACE | LEX_ORG | LEX_PERSON)) == LEX_ORG) &&
		    !tok_evidence(x, t) && !(i + 1 < t1 && name_token(x,
		    i + 1)))
			return 1;
		if (!common || name_strong(t->lex) || tok_evidence(x, t))
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

/* A point of the compass, or a word made of one: "North", "Southern",
 * "Northeast". Before a place they make a place ("North Oakland",
 * "Southern Senegal"); alone they name no place. */
static int
compass(const struct ctx *x, size_t i)
{
	static const char *const words[] = {
		"North", "South", "East", "West", "Northern", "Southern",
		"Eastern", "Western", "Northeast", "Northwest", "Southeast",
		"Southwest", "Northeastern", "Northwestern", "Southeastern",
		"Southwestern", "Central", "Upper", "Lower", "Greater",
		"Inner", "Outer"
	};
	const struct tok	*t = &x->t[i];
	size_t			 k, n = t->nend - t->start;

	if (t->kind != TK_WORD || !(t->f & T_CAP) || (t->f & T_ALLCAPS))
		return 0;
	for (k = 0; k < sizeof words / sizeof words[0]; k++) {
		if (strlen(words[k]) == n &&
		    memcmp(words[k], x->text + t->start, n) == 0)
			return 1;
	}
	return 0;
}

/* A place's word of a region that governs itself: "District", "State",
 * "Kingdom". */
static int
admin_word(const struct ctx *x, size_t i)
{
	static const char *const words[] = {
		"city", "county", "province", "prefecture", "region",
		"district", "state", "territory", "republic", "kingdom",
		"empire", "municipality"
	};
	size_t	 k;

	for (k = 0; k < sizeof words / sizeof words[0]; k++) {
		if (tok_is(x, i, words[k]))
			return 1;
	}
	return 0;
}

/* A place's word in small letters that a text calls a place by: "a
 * city", "the town of". */
static int
place_noun(const struct ctx *x, size_t i)
{
	const struct tok *t = &x->t[i];

	if (t->kind != TK_WORD || !(t->f & T_LOWER))
		return 0;
	if (t->lexl & LEX_PLACEWORD)
		return !tok_is(x, i, "building") && !tok_is(x, i, "station") &&
		    !tok_is(x, i, "hospital") && !tok_is(x, i, "memorial") &&
		    !tok_is(x, i, "hall") && !tok_is(x, i, "tower");
	return tok_is(x, i, "country") || tok_is(x, i, "capital") ||
	    tok_is(x, i, "neighbourhood") || tok_is(x, i, "neighborhood") ||
	    tok_is(x, i, "suburb") || tok_is(x, i, "archipelago") ||
	    tok_is(x, i, "municipality") || tok_is(x, i, "nation") ||
	    tok_is(x, i, "destination") || tok_is(x, i, "resort");
}

/* A word after the name of a language or a people: "language",
 * "speakers", "culture". */
static int
folk_word(const struct ctx *x, size_t i)
{
	return i < x->n && x->t[i].kind == TK_WORD && (x->t[i].f & T_LOWER) &&
	    (x->t[i].lexl & LEX_FOLK);
}

/* The last word of an event's name: "Festival", "Prize", "Cup". */
static int
event_word(const struct ctx *x, size_t i)
{
	return x->t[i].kind == TK_WORD && (x->t[i].f & T_CAP) &&
	    (x->t[i].lexl & LEX_EVENT);
}

/* A word before the title of a work: "the film", "the series". */
static int
work_word(const struct ctx *x, size_t i)
{
	return x->t[i].kind == TK_WORD && (x->t[i].f & T_LOWER) &&
	    (x->t[i].lexl & LEX_WORK);
}

/* The people of a listed place, by the endings English makes their
 * plural with: "Tulsans", "Chicagoans", "Londoners", "Parisians",
 * "Midwesterners". */
static int
people_of_place(const struct ctx *x, const struct tok *t)
{
	static const char *const endings[] = { "erners", "ians", "ans",
	    "ns", "ers", "ites" };
	const char	*s = x->text + t->start;
	size_t		 n = t->nend - t->start, k, m;
	uint32_t	 exact, lower;

	if ((t->f & (T_ALLCAPS | T_HYPHEN | T_DIGIT)) || n < 5 ||
	    (t->lex & (LEX_FIRST | LEX_SURNAME | LEX_PERSON | LEX_PLACE |
	    LEX_ORG)) || s[n - 1] != 's')
		return 0;
	for (k = 0; k < sizeof endings / sizeof endings[0]; k++) {
		m = strlen(endings[k]);
		if (m + 3 > n || memcmp(s + n - m, endings[k], m) != 0)
			continue;
		tok_lookup(x, t->start, t->nend - m, &exact, &lower);
		if (exact & LEX_PLACE)
			return 1;
	}
	return 0;
}

/* A year in digits at token i: "2005". */
static int
is_year(const struct ctx *x, size_t i)
{
	const struct tok *t = &x->t[i];
	const char	 *s = x->text + t->start;

	return t->kind == TK_WORD && t->end - t->start == 4 &&
	    (s[0] == '1' || s[0] == '2') && tok_is_digit((unsigned char)s[1]) &&
	    tok_is_digit((unsigned char)s[2]) &&
	    tok_is_digit((unsigned char)s[3]);
}

/* A capitalised plural at token i: "Astros", "Sox", not "Texas",
 * "Paris", "Charles" (a place's or a person's name). */
static int
plural_name(const struct ctx *x, size_t i)
{
	const struct tok *t = &x->t[i];
	const char	 *s = x->text + t->start;
	size_t		  n = t->nend - t->start;

	if (!(t->f & T_CAP) || (t->f & (T_ALLCAPS | T_POSS)) || n < 3 ||
	    (s[n - 1] != 's' && !(n == 3 && memcmp(s, "Sox", 3) == 0)))
		return 0;
	if (s[n - 2] == 's' || s[n - 2] == 'u' || s[n - 2] == 'i')
		return 0;	/* "Ross", "Xerxes"? "Marcus", "Paris" */
	return !(t->lex & (LEX_PLACE | LEX_FIRST | LEX_SURNAME | LEX_PERSON));
}

/* A verb of a match between sides: "Sweden beat Korea". */
static int
match_verb(const struct ctx *x, size_t i)
{
	return tok_is(x, i, "beat") || tok_is(x, i, "defeated") ||
	    tok_is(x, i, "drew") || tok_is(x, i, "faced") ||
	    tok_is(x, i, "vs") || tok_is(x, i, "versus") ||
	    tok_is(x, i, "v");
}

/* A score from token i: "1 - 0", "3-1". */
static int
score_at(const struct ctx *x, size_t i)
{
	const struct tok *t;

	if (i + 2 >= x->n)
		return 0;
	t = &x->t[i];
	if (t->kind != TK_WORD || !(t->f & T_NUM) || t->end - t->start > 2)
		return 0;
	t = &x->t[i + 1];
	if (t->kind != TK_PUNCT || !(t->cp == '-' || t->cp == 0x2013 ||
	    t->cp == 0x2014))
		return 0;
	t = &x->t[i + 2];
	return t->kind == TK_WORD && (t->f & T_NUM) && t->end - t->start <= 2;
}

/* Is the place [t0, t1) a side in a match? */
static int
team(const struct ctx *x, size_t t0, size_t t1)
{
	if (t1 + 1 < x->n && match_verb(x, t1) && (x->t[t1 + 1].f & T_CAP))
		return 1;
	if (t0 >= 2 && match_verb(x, t0 - 1) && (x->t[t0 - 2].f & T_CAP))
		return 1;
	/* "Sweden 1 - 0 Korea", "Korea 0 - 1 Sweden" */
	if (score_at(x, t1) && t1 + 3 < x->n && (x->t[t1 + 3].f & T_CAP))
		return 1;
	return t0 >= 4 && score_at(x, t0 - 3) && (x->t[t0 - 4].f & T_CAP);
}

/* Is the acronym at t0, in brackets, that of the words before them
 * ("sea surface salinity (SSS)", "centre of mass (CoM)", "System Under
 * Test (SUT)"), words in small letters or common words alone? Then it
 * is a term, not a name. Its letters are found from the last in the
 * words before the bracket, in order, the first at a word's start (the
 * way of Schwartz and Hearst). */
static int
term_acronym(const struct ctx *x, size_t t0)
{
	const struct tok *t = &x->t[t0];
	const char	 *s = x->text + t->start;
	char		  b[128];
	size_t		  n = t->nend - t->start, caps = 0, i, j, m = 0;
	size_t		  wstart[16], wtok[16], nw = 0, k;
	int		  lower = 0, common = 1, content = 0;
	long		  li, si;

	if (n < 2 || n > 8 || t0 < 2 || !tok_punct_is(x, t0 - 1, '(') ||
	    !tok_punct_is(x, t0 + 1, ')') || !(t->f & T_CAP))
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] >= 'A' && s[i] <= 'Z')
			caps++;
		else if (s[i] < 'a' || s[i] > 'z')
			return 0;
	}
	if (caps < 2)
		return 0;
	/* The words before the bracket, at most twice the letters. */
	for (j = t0 - 1; j > 0 && nw < 2 * n && nw < 16; j--) {
		const struct tok *w = &x->t[j - 1];

		if (w->kind != TK_WORD || (x->t[j].f & T_LINE))
			break;
		wtok[nw++] = j - 1;
	}
	/* Joined in order, lower case, one space between. */
	for (k = nw; k-- > 0;) {
		const struct tok *w = &x->t[wtok[k]];

		if (m + (w->end - w->start) + 1 >= sizeof b)
			return 0;
		if (m > 0)
			b[m++] = ' ';
		wstart[k] = m;
		for (i = w->start; i < w->end; i++) {
			char	 c = x->text[i];

			b[m++] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
		}
	}
	if (m == 0)
		return 0;
	li = (long)m - 1;
	for (si = (long)n - 1; si >= 0; si--) {
		char	 c = (char)(s[si] | 0x20);

		while (li >= 0 && (b[li] != c || (si == 0 && li > 0 &&
		    b[li - 1] != ' ' && b[li - 1] != '-')))
			li--;
		if (li < 0)
			return 0;
		li--;
	}
	/* The long form: the words from the one the first letter is in. */
	for (k = 0; k < nw && (long)wstart[k] > li + 1; k++)
		;
	for (j = 0; j <= k && j < nw; j++) {
		const struct tok *w = &x->t[wtok[j]];

		if ((w->lexl & (LEX_CONNECT | LEX_STOP)) ||
		    tok_is(x, wtok[j], "and"))
			continue;
		content++;
		if (w->f & T_LOWER)
			lower = 1;
		else if (!(w->lexl & LEX_WORD) || orgword(w) ||
		    name_strong(w->lex) || (w->f & T_ALLCAPS))
			common = 0;
	}
	return lower || (common && content >= 2);
}

/* Is token i a separator of a list of names: ",", "&", "and"? */
static int
list_sep(const struct ctx *x, size_t i)
{
	return tok_punct_is(x, i, ',') || tok_punct_is(x, i, '&') ||
	    (tok_is(x, i, "and") && (x->t[i].f & T_LOWER));
}

/* Is the name [t0, t1) an author cited? "Holm et al.", "Holm (2005)",
 * or one of a list of names in brackets or after ";" that a year ends
 * ("(Holm, 2005)", "(Holm, Rask, & Berg, 2005)", "(see Holm 2005;"), or
 * of names joined by "&" ("Holm & Rask 2005", "Holm & Rask [7]"). A
 * listed place alone is a place and a year: "(Paris, 1890)". */
static int
cited(const struct ctx *x, size_t t0, size_t t1)
{
	size_t	 k, names = 1;
	int	 amp = 0, open = 0, place;

	place = (x->t[t0].lex & LEX_PLACE) != 0;
	if (tok_is(x, t1, "et") && tok_is(x, t1 + 1, "al"))
		return 1;
	if (!place && tok_punct_is(x, t1, '(') && t1 + 1 < x->n &&
	    is_year(x, t1 + 1))
		return 1;
	for (k = t0; k > 0 && k + 8 > t0; k--) {
		if (tok_punct_is(x, k - 1, ')') || tok_punct_is(x, k - 1, '.'))
			break;
		if (tok_punct_is(x, k - 1, '(') || tok_punct_is(x, k - 1, ';')) {
			open = 1;
			break;
		}
	}
	amp = t0 > 0 && tok_punct_is(x, t0 - 1, '&');
	for (k = t1; k < x->n && k < t1 + 48;) {
		if ((tok_punct_is(x, k, ',') && k + 1 < x->n &&
		    is_year(x, k + 1)) || (is_year(x, k) &&
		    (tok_punct_is(x, k + 1, ')') || tok_punct_is(x, k + 1, ';') ||
		    tok_punct_is(x, k + 1, ','))))
			return (open || amp) && (names >= 2 || !place);
		if (tok_is(x, k, "et") && tok_is(x, k + 1, "al"))
			return names >= 2;
		if (amp && tok_punct_is(x, k, '[') && k + 1 < x->n &&
		    (x->t[k + 1].f & T_NUM))
			return 1;
		/* On to the next name of the list. */
		if (!list_sep(x, k))
			return 0;
		for (; k < x->n && list_sep(x, k); k++)
			amp |= tok_punct_is(x, k, '&');
		if (k >= x->n || x->t[k].kind != TK_WORD ||
		    !(x->t[k].f & T_CAP) || (x->t[k].f & T_DIGIT))
			return 0;
		while (k < x->n && x->t[k].kind == TK_WORD &&
		    (x->t[k].f & T_CAP) && !(x->t[k].f & T_DIGIT))
			k++;
		names++;
	}
	return 0;
}

/* What the words around a name [t0, t1) say it is: "X is a city", "the
 * town of X", "X is a company", "X et al.", "(X, 2005)". */
static unsigned
said_to_be(const struct ctx *x, size_t t0, size_t t1)
{
	size_t	 j, k;
	int	 open;

	if (t0 >= 2 && tok_is(x, t0 - 1, "of") && place_noun(x, t0 - 2))
		return C_ISPLACE;
	/* A dateline: "WASHINGTON —", "HAYWARD, Calif. -". */
	if ((x->t[t0].f & (T_LINE | T_ALLCAPS)) == (T_LINE | T_ALLCAPS) ||
	    (t0 == 0 && (x->t[t0].f & T_ALLCAPS))) {
		for (j = t0; j < t1 && (x->t[j].f & T_ALLCAPS); j++)
			;
		for (k = t1; j == t1 && k < x->n && k < t1 + 8; k++) {
			const struct tok *t = &x->t[k];

			if (t->kind == TK_PUNCT && (t->cp == 0x2014 ||
			    t->cp == 0x2013 || t->cp == '-'))
				return C_DATELINE;
			if (t->kind == TK_PUNCT ? t->cp != ',' &&
			    t->cp != '.' && t->cp != '(' && t->cp != ')' :
			    !(t->f & T_CAP))
				break;
		}
	}
	if (cited(x, t0, t1))
		return C_CITED;
	/* "in Coron", "at Hadibo"; not "in Acme jargon". */
	if (t1 == t0 + 1 && t0 > 0 && (tok_is(x, t0 - 1, "in") ||
	    tok_is(x, t0 - 1, "at") || tok_is(x, t0 - 1, "near")) &&
	    (x->t[t0 - 1].f & T_LOWER) && !(t1 < x->n &&
	    x->t[t1].kind == TK_WORD && (x->t[t1].f & T_LOWER) &&
	    !(x->t[t1].lexl & (LEX_STOP | LEX_CONNECT))))
		return C_AFTERIN;
	if (!(tok_is(x, t1, "is") || tok_is(x, t1, "was")) ||
	    !(tok_is(x, t1 + 1, "a") || tok_is(x, t1 + 1, "an") ||
	    tok_is(x, t1 + 1, "the")))
		return 0;
	/* "X is a small town", "X is a group of islands" (a place),
	 * "X is a software company"; not "X is a system with limited
	 * means". */
	k = 0;
	for (j = t1 + 2, open = 1; j < x->n && j < t1 + 7; j++) {
		const struct tok *t = &x->t[j];

		if (t->kind != TK_WORD || !(t->f & T_LOWER))
			break;
		if (place_noun(x, j))
			return C_ISPLACE;
		if (t->lexl & (LEX_STOP | LEX_CONNECT) || tok_is(x, j, "with"))
			open = 0;
		if ((t->lexl & LEX_ORGWORD) && k == 0 && open &&
		    !tok_is(x, j, "group"))
			k = C_ISORG;
	}
	return (unsigned)k;
}

/* "YouTube", "LibriVox": a capital after a small letter, but for the
 * prefixes of family names ("McDonald", "DiCaprio", "LeBron"). */
static int
camel_case(const struct ctx *x, const struct tok *t)
{
	static const char *const prefixes[] = { "Mc", "Mac", "Di", "De",
	    "Da", "Le", "La", "Du", "Van", "Von", "Fitz" };
	const char	*s = x->text + t->start;
	size_t		 n = t->nend - t->start, i, k;

	if ((t->f & (T_CAP | T_ALLCAPS | T_HYPHEN | T_DOTS)) != T_CAP)
		return 0;
	for (i = 1; i + 1 < n; i++) {
		if (s[i] >= 'a' && s[i] <= 'z' && s[i + 1] >= 'A' &&
		    s[i + 1] <= 'Z')
			break;
	}
	if (i + 1 >= n)
		return 0;
	for (k = 0; k < sizeof prefixes / sizeof prefixes[0]; k++) {
		if (strlen(prefixes[k]) == i + 1 &&
		    memcmp(prefixes[k], s, i + 1) == 0)
			return 0;
	}
	return 1;
}

/* Set c->key, in the arena of the keys: a text has many names. */
void
name_key(const struct ctx *x, struct cand *c)
{
	size_t		 i, n = 0, w;
	char		*p;

	for (i = c->t0; i < c->t1; i++) {
		const struct tok *t = &x->t[i];

		if (i > c->t0 && (t->f & T_SPACE))
			n++;
		n += (i + 1 == c->t1 ? t->nend : t->end) - t->start;
	}
	p = c->key = arena_alloc(x->keys, n + 1);
	for (i = c->t0; i < c->t1; i++) {
		const struct tok *t = &x->t[i];

		if (i > c->t0 && (t->f & T_SPACE))
			*p++ = ' ';
		w = (i + 1 == c->t1 ? t->nend : t->end) - t->start;
		memcpy(p, x->text + t->start, w);
		p += w;
	}
	*p = '\0';
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
	while (t0 < t1 && name_connector(x, t0))
		t0++;
	while (t1 > t0 && name_connector(x, t1 - 1))
		t1--;
	if (t0 == t1)
		return;
	/* "Festival of Angels": of the name after "of", if any. */
	if (t1 - t0 >= 3 && event_word(x, t0) && tok_is(x, t0 + 1, "of"))
		t0 += 2;
	/* An event is no name, but the place or the person it is named
	 * after is: "Avignon Festival", "Berlin International Film
	 * Festival", "Pritzker Architecture Prize". */
	if (event_word(x, t1 - 1)) {
		for (t1--; t1 > t0 && (name_connector(x, t1 - 1) ||
		    ((x->t[t1 - 1].lexl & LEX_WORD) &&
		    !name_strong(x->t[t1 - 1].lex) &&
		    !(x->t[t1 - 1].f & T_ALLCAPS) && !orgword(&x->t[t1 - 1]) &&
		    !placeword(&x->t[t1 - 1]))); t1--)
			;
		if (t0 == t1)
			return;
	}
	for (i = t0; i < t1; i++) {
		const struct tok *t = &x->t[i];

		if (name_connector(x, i)) {
			if (x->t[i].kind == TK_PUNCT)
				cue |= C_ORGWORD;	/* "&" */
			continue;
		}
		words++;
		if (orgword(t))
			cue |= C_ORGWORD;
		if ((t->lexl & LEX_WORD) && !weak_name(t->lex) &&
		    !name_strong(t->lex) && !(t->f & T_ALLCAPS))
			common++;
	}
	/* A common word the text also writes in small letters ("the
	 * Left", "learning in Ants") is no name alone. */
	if (words == 1 && (x->t[t0].lexl & LEX_WORD) &&
	    !name_strong(x->t[t0].lex) && !(x->t[t0].f & T_ALLCAPS) &&
	    (tok_seen_lower(x, &x->t[t0]) || (!weak_name(x->t[t0].lex) &&
	    !(t0 > 0 && tok_is(x, t0 - 1, "the")) &&
	    x->text[x->t[t0].nend - 1] != 's')))
		cue |= C_WEAK;
	/* Nor is a point of the compass, but for a region ("the West",
	 * "the Northeast") or a person's name ("Douglass North"): not
	 * "I-44 West", "Western", "Central". */
	if (words == 1 && compass(x, t0) && (t0 == 0 || !tok_is(x, t0 - 1,
	    "the") || x->text[x->t[t0].nend - 1] == 'n' ||
	    x->text[x->t[t0].nend - 1] == 'l' ||
	    x->text[x->t[t0].nend - 1] == 'r'))
		cue |= C_DIRECTION;
	if (words == 1 && (x->t[t0].lexl & LEX_WORD) &&
	    !(x->t[t0].f & T_ALLCAPS))
		cue |= C_COMMON;
	/* A superlative alone is no name ("the Latest news"). */
	if (words == 1 && (x->t[t0].lexl & LEX_WORD) &&
	    !name_strong(x->t[t0].lex) && !(x->t[t0].f & T_ALLCAPS) &&
	    x->t[t0].nend - x->t[t0].start >= 5 &&
	    memcmp(x->text + x->t[t0].nend - 3, "est", 3) == 0)
		cue |= C_WEAK;
	/* Nor is a common word before a number ("Wave 1", "Table 2"). */
	if (words == 1 && t1 < x->n && (x->t[t0].lexl & LEX_WORD) &&
	    !name_strong(x->t[t0].lex) && !(x->t[t0].f & T_ALLCAPS) &&
	    x->t[t1].kind == TK_WORD && (x->t[t1].f & T_NUM) &&
	    (x->t[t1].f & T_SPACE) && !(x->t[t1].f & T_LINE))
		return;
	/* Nor are the people of a place: "Tulsans", "Londoners". */
	if (words == 1 && people_of_place(x, &x->t[t0]))
		return;
	/* Nor is a unit or a currency's code after a number: "225 DKK",
	 * "3000 BC", "150 Kr". */
	if (words == 1 && t0 > 0 && x->t[t0 - 1].kind == TK_WORD &&
	    (x->t[t0 - 1].f & T_NUM) && (x->t[t0].f & T_SPACE) &&
	    !name_strong(x->t[t0].lex) && ((x->t[t0].f & T_ALLCAPS) ||
	    x->t[t0].nend - x->t[t0].start <= 3))
		return;
	/* Nor is a letter ("E-meter", "Plan B"). */
	if (words == 1 && x->t[t0].nend - x->t[t0].start == 1)
		return;
	/* A demonym alone is no name ("Chinese"), nor a title. */
	if (words == 1 && ((x->t[t0].lex & LEX_DEMONYM) ||
	    ((x->t[t0].lexl & LEX_TITLE) && !(x->t[t0].lex & LEX_PLACE))))
		return;
	c = group_cand_new(x, x->t[t0].start, x->t[t1 - 1].nend);
	c->t0 = t0;
	c->t1 = t1;
	c->nwords = words;
	c->type = ENT_NAME;
	/* "Harbour Bridge", and "Port Alder", "Lake Tana", "Mount Kenya". */
	if (placeword(&x->t[t1 - 1]) || (words >= 2 &&
	    placeword(&x->t[t0]) && !(x->t[t1 - 1].f & T_HYPHEN)))
		cue |= C_PLACEWORD;
	/* "Wolstein Center", "Museum of Art": a building or a site, not a
	 * region ("Irving Independent School District"). */
	if (words >= 2 && ((placeword(&x->t[t1 - 1]) &&
	    !admin_word(x, t1 - 1)) || (placeword(&x->t[t0]) &&
	    !admin_word(x, t0) && tok_is(x, t0 + 1, "of"))))
		cue |= C_FACILITY;
	/* Common words alone, capitalised for emphasis ("the Next Big
	 * Thing"), name nothing, unless a list knows them together. */
	if (words >= 2 && common == (int)words &&
	    !(cue & (C_ORGWORD | C_PLACEWORD | C_TITLE)) &&
	    !(tok_lookup_words(x, t0, t1, 0) & (LEX_PLACE | LEX_ORG | LEX_PERSON)))
		cue |= C_WEAK;
	if (words == 1 && ((x->t[t0].f & (T_ALLCAPS | T_DOTS))))
		cue |= C_ACRO;
	if (words == 1 && camel_case(x, &x->t[t0]))
		cue |= C_CAMEL;
	/* "Houston Astros", "Boston Red Sox", "St. Louis Cardinals": a
	 * place and a plural, a team; after a first name, only a plural of
	 * the dictionary ("Houston Comets", not "Sue Atkins"). */
	if (words >= 2 && t1 - t0 == words &&
	    !(cue & (C_ORGWORD | C_PLACEWORD | C_REGION)) &&
	    (!(x->t[t0].lex & LEX_FIRST) || (x->t[t1 - 1].lexl & LEX_WORD)) &&
	    plural_name(x, t1 - 1)) {
		for (i = t0 + 1; i < t1 && !((i == t0 + 1 ?
		    x->t[t0].lex : tok_lookup_words(x, t0, i, 0)) &
		    LEX_PLACE); i++)
			;
		if (i < t1)
			cue |= C_TEAM | C_ORGWORD;
	}
	if (t1 == t0 + 1 && t1 < x->n && term_acronym(x, t0))
		cue |= C_TERM;
	/* A storm is an event, not a name: "Cyclone Phailin", "Hurricane
	 * Ida", and "Phailin" with them. */
	for (i = t0 > 0 ? t0 - 1 : t0; i <= t0; i++) {
		if (tok_is(x, i, "cyclone") || tok_is(x, i, "hurricane") ||
		    tok_is(x, i, "typhoon") || (tok_is(x, i, "tropical") &&
		    tok_is(x, i + 1, "storm")))
			cue |= C_TERM;
	}
	/* A language or a people ("the Varsi language", "Varsi and
	 * Kettish speakers", "speakers of Varsi"), no name, unless a list
	 * names it. */
	for (i = t1; i < x->n && i < t1 + 8 && (list_sep(x, i) ||
	    (x->t[i].kind == TK_WORD && (x->t[i].f & T_CAP))); i++)
		;
	if ((folk_word(x, i) || (t0 >= 2 && tok_is(x, t0 - 1, "of") &&
	    tok_is(x, t0 - 2, "speakers"))) && !(tok_lookup_words(x, t0,
	    t1, 0) & (LEX_PLACE | LEX_ORG | LEX_PERSON)))
		cue |= C_TERM;
	/* "Formica fusca", "Beauveria bassiana": the name of a species,
	 * its genus capitalised, then a word in small letters no list
	 * knows. */
	if (words == 1 && t1 < x->n && !name_strong(x->t[t0].lex) &&
	    !(x->t[t0].f & T_ALLCAPS) && x->t[t1].kind == TK_WORD && (x->t[t1].f & (T_LOWER | T_SPACE |
	    T_LINE | T_DIGIT | T_HYPHEN | T_POSS)) == (T_LOWER | T_SPACE) &&
	    x->t[t1].lexl == 0 && x->t[t1].end - x->t[t1].start >= 4)
		cue |= C_SPECIES;
	/* "a Pachomian monk": an adjective made of a name. */
	if (words == 1 && t1 < x->n && x->t[t0].nend - x->t[t0].start > 5 &&
	    (memcmp(x->text + x->t[t0].nend - 3, "ian", 3) == 0 ||
	    memcmp(x->text + x->t[t0].nend - 3, "ean", 3) == 0) &&
	    !(x->t[t0].f & (T_POSS | T_ALLCAPS)) &&
	    x->t[t1].kind == TK_WORD && (x->t[t1].f & T_LOWER) &&
	    (x->t[t1].lexl & LEX_WORD) && !(x->t[t1].lexl & (LEX_STOP |
	    LEX_CONNECT)))
		cue |= C_ADJECTIVE;
	/* "Takekurabe", "Shep": the whole of a quotation. */
	if (t0 > 0 && (tok_punct_is(x, t0 - 1, '"') ||
	    tok_punct_is(x, t0 - 1, 0x201c)) && (tok_punct_is(x, t1, '"') ||
	    tok_punct_is(x, t1, 0x201d) || ((tok_punct_is(x, t1, ',') ||
	    tok_punct_is(x, t1, '.')) && (tok_punct_is(x, t1 + 1, '"') ||
	    tok_punct_is(x, t1 + 1, 0x201d)))))
		cue |= C_QUOTED;
	/* "the film Chasing Liberty", "the series Gilmore Girls": a
	 * work's title, not a name. */
	if (t0 > 0 && work_word(x, t0 - 1))
		cue |= C_WORK;
	cue |= said_to_be(x, t0, t1);
	if (team(x, t0, t1))
		cue |= C_TEAM;
	lex = t1 - t0 == 1 ? x->t[t0].lex : tok_lookup_words(x, t0, t1, 0);
	/* "North Oakland", "Southern Senegal": a place. */
	if (words >= 2 && t1 - t0 == words && (x->t[t1 - 1].lex & LEX_PLACE)) {
		for (i = t0; i + 1 < t1 && compass(x, i); i++)
			;
		if (i + 1 == t1)
			cue |= C_REGION;
	}
	/* A first name, but not a place's word ("River Ouse", yet "Park
	 * Joo-Ho") nor a point of the compass. */
	if ((x->t[t0].lex & LEX_FIRST) && words >= 2 && words <= 3 &&
	    (!(x->t[t0].lexl & LEX_WORD) || !(x->t[t0].f & T_SENT)) &&
	    (!(x->t[t0].lexl & (LEX_PLACEWORD | LEX_ORGWORD)) ||
	    (x->t[t1 - 1].f & T_HYPHEN)) &&
	    !compass(x, t0) && !(lex & (LEX_PLACE | LEX_ORG)))
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

/* The longest known name of two to four tokens from t0 (within t1):
 * returns its end, or t0. */
static size_t
known_name(const struct ctx *x, size_t t0, size_t t1)
{
	size_t	 j;

	for (j = t0 + 4 < t1 ? t0 + 4 : t1; j >= t0 + 2; j--) {
		if (tok_lookup_words(x, t0, j, 0) & (LEX_PLACE | LEX_ORG |
		    LEX_PERSON))
			return j;
	}
	return t0;
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
		if (j < t1 && (tok_lookup_words(x, i, j, 1) & LEX_TITLE))
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
	size_t	 i, s = t0, j, k, head = t0, known = t0;
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

		if (name_connector(x, i)) {
			int	 ok;

			/* Two authors: "Holm & Rask (2005)". */
			if (tok_punct_is(x, i, '&') && i == s + 1 &&
			    i + 2 == t1 && !orgword(&x->t[s]) &&
			    !orgword(&x->t[i + 1]) && cited(x, i + 1, t1)) {
				add_name(x, s, i, cue | C_CITED);
				cue = 0;
				s = i + 1;
				continue;
			}

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
				for (j = i + 1; j < t1 && name_connector(x, j); j++)
					;
				ok = j < t1 && (tok_lookup_words(x, s, j + 1, 0) &
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
			    !name_strong(x->t[j].lex))
				keep = 1;
			if (!keep) {
				/* Common words before a title that ends the
				 * run name a kind of one: "Best Actor". */
				int	 end = j == t1 || name_connector(x, j);

				for (k = s; end && k < i &&
				    (x->t[k].lexl & LEX_WORD) &&
				    !(x->t[k].f & T_ALLCAPS); k++)
					;
				if (!end || k < i)
					add_name(x, s, i, cue);
				cue = C_TITLE;
				s = j;
				i = j - 1;
				continue;
			}
		}
		if ((t->lex & LEX_DEMONYM) && !(t->lex & LEX_PLACE)) {
			/* "Chinese leader", but "Catholic Church", "Arabian
			 * Sea", and a first name before a name no
			 * dictionary knows as a word: "Julian Jarrold", not
			 * "Christian leaders" */
			int	 keep = known_name(x, i, t1) > i;

			if ((t->lex & LEX_FIRST) && i + 1 < t1 &&
			    name_token(x, i + 1) && !(x->t[i + 1].lexl &
			    (LEX_WORD | LEX_DEMONYM)) &&
			    !(x->t[i + 1].lex & LEX_DEMONYM))
				keep = 1;

			for (j = i + 1; j < t1 && name_token(x, j) && !keep;
			    j++) {
				if (x->t[j].lexl & LEX_TITLE)
					break;
				keep = orgword(&x->t[j]) || placeword(&x->t[j]);
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

void
name_find(struct ctx *x, size_t a)
{
	size_t		 i, j;
	unsigned	 cue;

	for (i = a; i < x->n; i = j) {
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
			if (name_connector(x, j) && j + 1 < x->n) {
				size_t	 k = j + 1;

				while (k < x->n && name_connector(x, k) &&
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
