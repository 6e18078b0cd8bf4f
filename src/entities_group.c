/* entities_group.c: candidates grouped into entities: a name or a
 * figure by its text, aliases ("Putin") and acronyms ("U.S.") with the
 * name they stand for, the places named inside longer names, products
 * ("Google Analytics") cut to the name they are of; then the mentions
 * and the entities in order of first mention. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "entities.h"
#include "entities_int.h"
#include "lexicon.h"
#include "xmalloc.h"

/* Candidates. */

struct cand *
group_cand_new(struct ctx *x, size_t start, size_t end)
{
	struct cand	*c;

	/* The array grows by half: room freed by the arrays before it
	 * (and by the stages before) may hold the next, which is never so
	 * when it doubles. A long text has thousands of candidates. */
	if (x->nc == x->ccap) {
		x->ccap = x->ccap ? x->ccap + x->ccap / 2 : 64;
		x->c = xreallocarray(x->c, x->ccap, sizeof *x->c);
	}
	c = &x->c[x->nc++];
	memset(c, 0, sizeof *c);
	c->start = start;
	c->end = end;
	return c;
}

/* The tokens of a line go once it is read: of the candidates from
 * x->c[from] on, those grouping looks at again (names of two words or
 * more: cut_products(), find_inner()) keep a copy of theirs in x->kt,
 * t0 and t1 made indices there; the others' t0 and t1 are left 0. */
void
group_keep(struct ctx *x, size_t from)
{
	struct cand	*c;
	size_t		 n;

	for (; from < x->nc; from++) {
		c = &x->c[from];
		if (ENT_IS_FIGURE(c->type) || c->nwords < 2) {
			c->t0 = c->t1 = 0;
			continue;
		}
		n = c->t1 - c->t0;
		while (x->nkt + n > x->ktcap) {
			x->ktcap = x->ktcap ? x->ktcap * 2 : 64;
			x->kt = xreallocarray(x->kt, x->ktcap, sizeof *x->kt);
		}
		memcpy(x->kt + x->nkt, x->t + c->t0, n * sizeof *x->kt);
		c->t0 = x->nkt;
		c->t1 = x->nkt + n;
		x->nkt += n;
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
	for (i = tok_fnv(k, strlen(k)) & (m->cap - 1); m->key[i] != NULL;
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
	for (i = tok_fnv(k, strlen(k)) & (m->cap - 1); m->key[i] != NULL;
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
	if ((cue & C_FIRST) && !(cue & (C_ORGWORD | C_PLACEWORD)))
		return ENT_PERSON;
	if ((cue & (C_TEAM | C_PLACE)) == (C_TEAM | C_PLACE))
		return ENT_ORG;
	if (cue & C_DATELINE)
		return ENT_PLACE;
	if (cue & C_CITED)
		return ENT_PERSON;
	if (cue & C_ACRO)
		return (cue & C_PLACE) ? ENT_PLACE : ENT_ORG;
	if ((cue & (C_ISPLACE | C_ISORG)) == C_ISPLACE)
		return ENT_PLACE;
	if ((cue & (C_ISPLACE | C_ISORG | C_PLACE)) == C_ISORG)
		return ENT_ORG;
	if ((cue & (C_ORG | C_PLACE)) == (C_ORG | C_PLACE) && nwords >= 2)
		return ENT_ORG;
	if ((cue & C_PLACE) && nwords >= 2)
		return ENT_PLACE;
	if (cue & C_FACILITY)
		return ENT_PLACE;
	if (cue & C_ORGWORD)
		return ENT_ORG;
	if (cue & (C_PLACEWORD | C_REGION))
		return ENT_PLACE;
	if (cue & C_PLACE)
		return ENT_PLACE;
	if (cue & C_PERSON)
		return ENT_PERSON;
	if (cue & C_ORG)
		return ENT_ORG;
	if (cue & C_SURNAME)
		return ENT_PERSON;
	if (cue & C_CAMEL)
		return ENT_ORG;
	if ((cue & C_MULTI) && nwords <= 3)
		return ENT_PERSON;
	if (cue & C_AFTERIN)
		return ENT_PLACE;
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

/* A figure's text: as written, white space made one space, in the arena
 * of the keys (a text has many figures). */
static char *
figure_key(const struct ctx *x, const struct cand *c)
{
	const char	*p = x->text + c->start;
	size_t		 n = c->end - c->start, m, k = 0;
	char		*key = arena_alloc(x->keys, n + 1);
	int		 sp = 0;

	for (m = 0; m < n; m++) {
		if (p[m] == ' ' || p[m] == '\n' || p[m] == '\t' ||
		    p[m] == '\r')
			sp = 1;
		else {
			if (sp)
				key[k++] = ' ';
			sp = 0;
			key[k++] = p[m];
		}
	}
	key[k] = '\0';
	/* "Two" at a sentence start is the "two" of the rest of the
	 * text: a spelled number or ordinal is grouped in small letters;
	 * "March 2022" keeps its capital. */
	if (k > 1 && key[0] >= 'A' && key[0] <= 'Z') {
		uint32_t exact, lower;

		for (m = 0; m < n && p[m] != ' ' && p[m] != '-'; m++)
			;
		tok_lookup(x, c->start, c->start + m, &exact, &lower);
		if ((lower & (LEX_NUMBER | LEX_ORDINAL)) &&
		    !(lower & LEX_MONTH))
			key[0] = (char)(key[0] - 'A' + 'a');
	}
	return key;
}

/* Group i under the first and the last word of its key, a name of
 * several words; the words go to words[*nw], which the caller frees. */
static void
put_ends(const char *key, size_t i, struct smap *first, struct smap *last,
    char **words, size_t *nw)
{
	const char	*sp = strchr(key, ' '), *lsp = strrchr(key, ' ');

	if (sp == NULL)
		return;
	words[*nw] = xstrndup(key, (size_t)(sp - key));
	smap_put(first, words[(*nw)++], i);
	words[*nw] = xstrdup(lsp + 1);
	smap_put(last, words[(*nw)++], i);
}

/* Aliases: a one-word name that is the last (or else the first) word of
 * a longer person's name joins that name's group. */
static void
join_aliases(struct groups *gs)
{
	struct smap	 last = { NULL, NULL, 0, 0 }, first = last;
	char		**words;
	size_t		 i, nw = 0, j;
	int		 byfirst;

	words = xcalloc(2 * gs->n + 1, sizeof *words);
	for (i = 0; i < gs->n; i++) {
		const struct group *g = &gs->g[i];
		enum ent_type	 t;

		if (g->figure || g->nwords < 2 || g->nwords > 4 ||
		    (g->cue & (C_ORGWORD | C_PLACEWORD | C_REGION | C_PLACE |
		    C_ACRO)))
			continue;
		t = name_type(g->cue, g->nwords);
		if (t != ENT_PERSON && t != ENT_NAME)
			continue;
		put_ends(g->key, i, &first, &last, words, &nw);
	}
	for (i = 0; i < gs->n; i++) {
		struct group	*g = &gs->g[i];

		if (g->figure || g->nwords != 1 || (g->cue & C_ACRO))
			continue;
		byfirst = 0;
		if ((j = smap_get(&last, g->key)) == (size_t)-1) {
			j = smap_get(&first, g->key);
			byfirst = 1;
		}
		if (j == (size_t)-1 || j == i)
			continue;
		/* A listed place or organisation joins only a name the
		 * text marks as a person's: "Washington" joins "George
		 * Washington", "York" not "York Minster", even though
		 * "York" is a first name too. */
		if ((g->cue & (C_PLACE | C_ORG)) && !(gs->g[j].cue &
		    (C_TITLE | (byfirst ? 0 : C_FIRST) | C_PERSON)))
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

	keys = xcalloc(2 * gs->n + 1, sizeof *keys);
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
		size_t		 n;

		if (g->figure || g->nwords != 1 || !(g->cue & C_ACRO) ||
		    g->alias != i || (n = capitals(g->key, 0, b,
		    sizeof b)) < 2)
			continue;
		/* "USA" of "United States" too. */
		if ((j = smap_get(&full, b)) == (size_t)-1 && n >= 3 &&
		    b[n - 1] == 'A' && (g->cue & C_PLACE)) {
			b[n - 1] = '\0';
			j = smap_get(&full, b);
		}
		if (j == (size_t)-1) {
			/* "U.S.", "US" and "USA" with no full name: one
			 * place, under the first written. */
			if ((j = smap_get(&full, b)) == (size_t)-1 &&
			    (g->cue & C_PLACE)) {
				keys[nk] = xstrdup(b);
				smap_put(&full, keys[nk++], i);
			}
			if (j == (size_t)-1 || !(gs->g[j].cue & C_PLACE) ||
			    gs->g[j].nwords != 1)
				continue;
		}
		g->alias = j;
		g->acronym = 1;
		gs->g[j].cue |= g->cue & (C_PLACE | C_ORG);
	}
	for (i = 0; i < nk; i++)
		free(keys[i]);
	free(keys);
	smap_free(&full);
}

/* An acronym's plural ("CFLs", "NGOs") is the acronym's, when the text
 * names it alone too. */
static void
join_plurals(struct groups *gs)
{
	char	 b[16], c[16];
	size_t	 i, j, n;

	for (i = 0; i < gs->n; i++) {
		struct group	*g = &gs->g[i];

		if (g->figure || g->nwords != 1 || g->alias != i ||
		    (n = strlen(g->key)) < 3 || n >= sizeof b ||
		    g->key[n - 1] != 's' || capitals(g->key, 0, b,
		    sizeof b) != 0)
			continue;
		memcpy(b, g->key, n - 1);
		b[n - 1] = '\0';
		if (capitals(b, 0, c, sizeof c) != n - 1 ||
		    (j = smap_get(&gs->names, b)) == (size_t)-1 || j == i)
			continue;
		g->alias = gs->g[j].alias;
		g->acronym = 1;
	}
}

/* A word that nothing types, or only a list of people, is the
 * organisation whose name it ends when the text names that too:
 * "Scientology" of "Church of Scientology"; one a list knows as a
 * person's is the one whose name it starts: "Harvard" of "Harvard
 * University". */
static void
org_words(struct groups *gs)
{
	struct smap	 ends = { NULL, NULL, 0, 0 }, starts = ends;
	char		**words;
	size_t		 i, nw = 0, j;

	words = xcalloc(2 * gs->n + 1, sizeof *words);
	for (i = 0; i < gs->n; i++) {
		const struct group *g = &gs->g[i];

		if (g->figure || g->alias != i || g->nwords < 2 ||
		    g->type != ENT_ORG || !(g->cue & C_ORGWORD))
			continue;
		put_ends(g->key, i, &starts, &ends, words, &nw);
	}
	for (i = 0; i < gs->n; i++) {
		struct group	*g = &gs->g[i];

		/* A town names its newspaper ("the Tromsvik Gazette"): an
		 * untyped word is the organisation it starts only when a
		 * list knows it as a person's name ("Harvard"). */
		if (!g->figure && g->alias == i && g->nwords == 1 &&
		    g->type == ENT_PERSON && !(g->cue & (C_TITLE | C_FIRST |
		    C_CITED | C_SURNAME)) && (j = smap_get(&starts, g->key)) !=
		    (size_t)-1) {
			g->type = ENT_ORG;
			continue;
		}
		if (g->figure || g->alias != i || g->nwords != 1 ||
		    g->acronym || (name_type(g->cue & ~C_AFTERIN, 1) !=
		    ENT_NAME && (g->type != ENT_PERSON || (g->cue & (C_TITLE |
		    C_FIRST | C_CITED | C_SURNAME)))))
			continue;
		if ((j = smap_get(&ends, g->key)) != (size_t)-1 &&
		    !(gs->g[j].cue & C_PLACE))
			g->type = ENT_ORG;
	}
	for (i = 0; i < nw; i++)
		free(words[i]);
	free(words);
	smap_free(&starts);
	smap_free(&ends);
}

/* Does the name key end in the word of a building or site ("Fisht
 * Stadium", "Auckland Castle", "Tulsa International Airport"), which
 * holds the name of a place, not that of a region or a city ("New York
 * City", "Chatham Islands")? Or is it "<place word> of <place>"? */
static int
facility(const char *key)
{
	static const char *const words[] = {
		"Airport", "Arena", "Bridge", "Castle", "Cathedral", "Center",
		"Centre", "Hall", "Hospital", "Memorial", "Mosque", "Palace",
		"Park", "Plaza", "Square", "Stadium", "Station", "Temple",
		"Tower", "Area", "Cemetery", "Museum", "Theater", "Theatre",
		"Highway", "Freeway", "Expressway", "Turnpike", "Parkway",
		"Motorway"
	};
	const char	*w = strrchr(key, ' ');
	size_t		 k;

	if (w == NULL)
		return 0;
	if (strstr(key, " of ") != NULL)	/* "Bay of Bengal" */
		return 1;
	for (k = 0; k < sizeof words / sizeof words[0]; k++) {
		if (strcmp(w + 1, words[k]) == 0)
			return 1;
	}
	return 0;
}

/* Names inside the name of candidate c: the longest known name or name
 * of the text from each word on ("Helsinki" in "University of
 * Helsinki"). */
static void
find_inner(const struct ctx *x, struct groups *gs, const struct cand *c,
    size_t outer, struct inner **in, size_t *nin, size_t *incap)
{
	size_t		 p, q, g, k;
	struct cand	 sub;
	uint32_t	 lex;

	for (p = c->t0; p < c->t1; p++) {
		if (name_connector(x, p))
			continue;
		for (q = p + 4 < c->t1 ? p + 4 : c->t1; q > p; q--) {
			if ((p == c->t0 && q == c->t1) || name_connector(x, q - 1))
				continue;
			memset(&sub, 0, sizeof sub);
			sub.t0 = p;
			sub.t1 = q;
			/* A place's or an organisation's word alone names
			 * nothing: "Airport" of "Tulsa Airport". */
			if (q - p == 1 && (x->t[p].lexl & (LEX_ORGWORD |
			    LEX_PLACEWORD | LEX_TITLE)))
				continue;
			name_key(x, &sub);
			g = smap_get(&gs->names, sub.key);
			lex = 0;
			if (g == (size_t)-1) {
				lex = q - p == 1 ? x->t[p].lex :
				    tok_lookup_words(x, p, q, 0);
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
			/* Places, and people the text or a list says are
			 * people: "George Washington" of "George Washington
			 * Bridge". */
			if (g == (size_t)-1)
				continue;
			k = gs->g[g].alias;
			if (gs->g[k].type != ENT_PLACE && (q - p < 2 ||
			    gs->g[k].type != ENT_PERSON || (!(lex &
			    LEX_PERSON) && !((gs->g[k].cue | gs->g[g].cue) &
			    (C_TITLE | C_FIRST | C_PERSON)))))
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
		    (c->cue & (C_ORGWORD | C_PLACEWORD | C_REGION | C_TITLE |
		    C_FIRST | C_PLACE | C_PERSON | C_ORG)))
			continue;
		for (j = c->t0 + 1; j < c->t1; j++) {
			t = &x->t[j];
			if (!(t->lexl & LEX_WORD) || name_strong(t->lex) ||
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
		    !(name_strong(x->t[c->t0].lex) &&
		    (!(x->t[c->t0].lexl & LEX_WORD) ||
		    (x->t[c->t0].lex & LEX_ORG))) &&
		    smap_get(&alone, head.key) == (size_t)-1)
			continue;
		c->key = head.key;
		c->t1 = head.t1;
		c->end = x->t[c->t0].nend;
		c->nwords = 1;
		c->cue &= ~(C_MULTI | C_WEAK);
		if (x->t[c->t0].f & T_ALLCAPS)
			c->cue |= C_ACRO;
		/* What the lists know of the name kept. */
		if (x->t[c->t0].lex & LEX_ORG)
			c->cue |= C_ORG;
		if (x->t[c->t0].lex & LEX_PLACE)
			c->cue |= C_PLACE;
		if (x->t[c->t0].lex & LEX_PERSON)
			c->cue |= C_PERSON;
	}
	smap_free(&alone);
}

/* Are the names of candidates a and b listed together: only ",", "and",
 * "or", "&" or "/" between them? */
static int
listed_with(const struct ctx *x, const struct cand *a, const struct cand *b)
{
	const char	*p = x->text + a->end, *e = x->text + b->start;
	int		 sep = 0;

	if (ENT_IS_FIGURE(a->type) || ENT_IS_FIGURE(b->type) || e < p ||
	    e - p > 8)
		return 0;
	while (p < e) {
		if (*p == ' ')
			p++;
		else if (*p == ',' || *p == '&' || *p == '/') {
			p++;
			sep = 1;
		} else if (e - p >= 3 && memcmp(p, "and", 3) == 0 &&
		    (p + 3 == e || p[3] == ' ')) {
			p += 3;
			sep = 1;
		} else if (e - p >= 2 && memcmp(p, "or", 2) == 0 &&
		    (p + 2 == e || p[2] == ' ')) {
			p += 2;
			sep = 1;
		} else
			return 0;
	}
	return sep;
}

/* Names listed together ("Krakow, Warsaw and Wroclaw") are of one
 * kind: those that nothing types take the kind most of the others
 * have, when one kind has the most. */
static void
list_types(const struct ctx *x, struct groups *gs)
{
	size_t		 i, j, k, n[3];
	enum ent_type	 t, best;

	for (i = 0; i < x->nc; i = j) {
		for (j = i + 1; j < x->nc && listed_with(x, &x->c[j - 1],
		    &x->c[j]); j++)
			;
		if (j - i < 2)
			continue;
		n[0] = n[1] = n[2] = 0;
		for (k = i; k < j; k++) {
			t = gs->g[gs->g[x->c[k].group].alias].type;
			if (t == ENT_PERSON || t == ENT_PLACE || t == ENT_ORG)
				n[t]++;
		}
		best = n[ENT_PLACE] >= n[ENT_PERSON] ? ENT_PLACE : ENT_PERSON;
		if (n[ENT_ORG] > n[best])
			best = ENT_ORG;
		if (n[best] == 0 || (best != ENT_PERSON &&
		    n[best] == n[ENT_PERSON]) || (best != ENT_PLACE &&
		    n[best] == n[ENT_PLACE]) || (best != ENT_ORG &&
		    n[best] == n[ENT_ORG]))
			continue;
		for (k = i; k < j; k++) {
			struct group *g = &gs->g[gs->g[x->c[k].group].alias];

			if (g->type == ENT_NAME && !(g->nwords == 1 &&
			    (g->cue & C_COMMON)))
				g->type = best;
		}
	}
}

struct entities *
group_build(struct ctx *x)
{
	struct entities	*e = xcalloc(1, sizeof *e);
	struct groups	 gs;
	struct inner	*in = NULL;
	size_t		 nin = 0, incap = 0, i, j, k, keep = 0;
	struct cand	*c;

	memset(&gs, 0, sizeof gs);
	/* The candidates' tokens are those group_keep() kept. */
	free(x->t);
	x->t = x->kt;
	x->n = x->nkt;
	x->cap = x->ktcap;
	x->kt = NULL;
	x->nkt = x->ktcap = 0;

	/* Mentions sorted by start; overlaps go to the earlier, longer. */
	if (x->nc > 0)
		qsort(x->c, x->nc, sizeof *x->c, cand_cmp);
	for (i = 0; i < x->nc; i++) {
		if (keep > 0 && x->c[i].start < x->c[keep - 1].end)
			continue;
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
	join_plurals(&gs);
	for (i = 0, keep = 0; i < x->nc; i++) {
		c = &x->c[i];
		j = gs.g[c->group].alias;
		/* A lone common word, or common words alone, are dropped,
		 * and so is the acronym of such words ("ROS" of "Reactive
		 * Oxygen Species"): a term, not a name. */
		if (((c->cue & C_WEAK) && !gs.g[c->group].strong &&
		    j == c->group) || ((c->cue & C_DIRECTION) &&
		    j == c->group) || (c->cue & (C_WORK | C_SPECIES)) || (gs.g[c->group].cue & C_TERM) ||
		    (gs.g[j].cue & C_TERM))
			continue;
		if (gs.g[c->group].acronym && !gs.g[j].strong)
			continue;
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
	org_words(&gs);
	list_types(x, &gs);
	/* A common word that nothing types is no name ("Supernatural",
	 * "the Sons"), nor is the whole of a quotation (a title, a
	 * nickname). */
	for (i = 0, keep = 0; i < x->nc; i++) {
		c = &x->c[i];
		j = gs.g[c->group].alias;
		if (!ENT_IS_FIGURE(c->type) && j == c->group &&
		    gs.g[j].type == ENT_NAME && ((gs.g[j].nwords == 1 &&
		    (gs.g[j].cue & C_COMMON)) ||
		    (c->cue & (C_QUOTED | C_ADJECTIVE))))
			continue;
		x->c[keep++] = *c;
	}
	x->nc = keep;
	for (i = 0; i < x->nc; i++) {
		enum ent_type	 t = gs.g[gs.g[x->c[i].group].alias].type;

		if (!ENT_IS_FIGURE(x->c[i].type) && x->c[i].nwords >= 2 &&
		    (t == ENT_ORG || (t == ENT_PLACE &&
		    (x->c[i].cue & C_PLACEWORD) && facility(x->c[i].key))))
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
	for (i = 0; i < gs.n; i++)
		free(gs.g[i].key);
	free(gs.g);
	smap_free(&gs.names);
	smap_free(&gs.figures);
	free(in);
	return e;
}
