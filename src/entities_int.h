/* entities_int.h: what the stages of the recogniser share: the tokens
 * of the text, the candidates found in them, and the context of one
 * entities_find(). Private to entities.c, entities_token.c,
 * entities_figures.c, entities_names.c and entities_group.c. */
#ifndef FOLIO_ENTITIES_INT_H
#define FOLIO_ENTITIES_INT_H

#include <stddef.h>
#include <stdint.h>

#include "entities.h"

struct arena;

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
#define C_REGION	0x800u	/* a place after points of the compass:
				   "North Oakland" */
#define C_ISPLACE	0x1000u	/* said to be one: "X is a city", "the
				   town of X" */
#define C_ISORG		0x2000u	/* "X is a company" */
#define C_CITED		0x4000u	/* an author cited: "X et al.", "(X,
				   2005)" */
#define C_DATELINE	0x10000u /* in capitals at a paragraph's start,
				   before a dash: "WASHINGTON -", a place */
#define C_AFTERIN	0x20000u /* one word after "in", "at", "near": a
				   place, when nothing else says */
#define C_TEAM		0x40000u /* a place that plays: "Sweden beat
				   Korea", "Sweden 1 - 0 Korea" */
#define C_TERM		0x80000u /* an acronym of words in small letters:
				   "sea surface salinity (SSS)" */
#define C_CAMEL		0x8000u	/* "YouTube", "LibriVox": a firm's or a
				   site's name */
#define C_DIRECTION	0x200000u /* a point of the compass alone, no
				   name unless it is a person's alias:
				   "I-44 West", "Douglass North" */
#define C_COMMON	0x400000u /* one word, a common one in small
				   letters: no name unless a cue types it
				   ("Supernatural", "Sons") */
#define C_WORK		0x800000u /* the title of a work: "the film
				   Chasing Liberty", no name */
#define C_QUOTED	0x1000000u /* the whole of a quotation: a title
				   or a nickname, when nothing types it */
#define C_SPECIES	0x2000000u /* a genus before its species, in
				   small letters: "Formica fusca" */
#define C_ADJECTIVE	0x4000000u /* "-ian", "-ean" before a word in
				   small letters: an adjective made of a
				   name ("a Pachomian monk"), no name when
				   nothing types it */
#define C_FACILITY	0x100000u /* ends in a place's word that is no
				   organisation's ("Wolstein Center"), or
				   is "<place word> of ...": a building
				   or a site, a place */

/* A text has many candidates, most of them to be dropped: 48 bytes
 * each. Counts and indices fit 32 bits, a text being less than 1 GB
 * (--max-size). */
struct cand {
	size_t		 start, end;	/* bytes */
	char		*key;		/* the name as written, one space
					   between words; in the arena of the
					   keys (struct ctx) */
	uint32_t	 t0, t1;	/* tokens */
	enum ent_type	 type;		/* figures: their type */
	unsigned	 cue;
	uint32_t	 nwords;
	uint32_t	 group;		/* index of its entity group */
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
	struct arena	*keys;		/* the candidates' keys: all go at
					   once, at the end */
	struct lcache	*lc;		/* lcmask + 1 of them */
	size_t		 lcmask;
	struct tok	*t;		/* the tokens of the text up to the
					   line being read, or of that line
					   after the last few of the line
					   before (tok_context()); while
					   grouping, those group_keep()
					   kept */
	size_t		 n, cap;
	struct sset	 capmid;	/* words capitalised mid-sentence */
	struct sset	 capsent;	/* common words capitalised at a
					   sentence start */
	struct sset	 lower;		/* words in small letters, until
					   low is known */
	struct sset	 low;		/* words in small letters, of those
					   in capmid or capsent */
	struct cand	*c;
	size_t		 nc, ccap;
	struct tok	*kt;		/* the tokens of the names of two
					   words or more (group_keep()) */
	size_t		 nkt, ktcap;
};

/* entities_token.c: characters, string sets, look-ups, tokens, headlines
 * and evidence. */
int		 tok_is_digit(uint32_t c);
int		 tok_is_apos(uint32_t c);
/* The character at byte i (0 past the end), its length in *n when n is
 * not NULL. */
uint32_t	 tok_cp_at(const struct ctx *x, size_t i, size_t *n);
uint32_t	 tok_fnv(const char *s, size_t len);
void		 tok_sset_free(struct sset *s);
void		 tok_lookup(const struct ctx *x, size_t start, size_t end,
		    uint32_t *exact, uint32_t *lower);
uint32_t	 tok_lookup_words(const struct ctx *x, size_t t0, size_t t1,
		    int lower);
size_t		 tok_line(struct ctx *x, size_t i);
size_t		 tok_context(struct ctx *x);
void		 tok_mark_headlines(struct ctx *x, size_t a);
void		 tok_note_evidence(struct ctx *x, size_t a);
void		 tok_note_low(struct ctx *x, size_t a);
void		 tok_note_lower(struct ctx *x, size_t a);
void		 tok_end_evidence(struct ctx *x);
/* Is the word of token t capitalised mid-sentence somewhere? */
int		 tok_evidence(const struct ctx *x, const struct tok *t);
int		 tok_seen_lower(const struct ctx *x, const struct tok *t);
/* Is token i the word s (in any case)? Is it the character c? */
int		 tok_is(const struct ctx *x, size_t i, const char *s);
int		 tok_punct_is(const struct ctx *x, size_t i, uint32_t c);

/* entities_figures.c: money, percentages, dates, times, ordinals, years
 * and counts in the tokens from x->t[from] on, as candidates; their
 * tokens are marked T_USED. */
void		 fig_find(struct ctx *x, size_t from);

/* entities_names.c: names in the tokens from x->t[a] on, as candidates. */
void		 name_find(struct ctx *x, size_t a);
int		 name_connector(const struct ctx *x, size_t i);
int		 name_strong(uint32_t lex);
/* c->key from the tokens [c->t0, c->t1). */
void		 name_key(const struct ctx *x, struct cand *c);

/* entities_group.c: candidates grouped into entities. */
struct cand	*group_cand_new(struct ctx *x, size_t start, size_t end);
/* Keep what grouping needs of the candidates from x->c[from] on, found
 * in the tokens of the line. */
void		 group_keep(struct ctx *x, size_t from);
/* The entities of the candidates; x->t becomes the tokens kept. */
struct entities	*group_build(struct ctx *x);

#endif
