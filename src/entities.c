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
 * kinds of things ("IQ") are no names, nor are what the words around a
 * name say is no person, place or organisation: a language or a people
 * ("the Varsi language"), a work's title ("the film Morning Harvest"),
 * an event ("Bergen Film Festival", of which "Bergen" is a name), a
 * genus ("Formica fusca"). Authors cited ("(Holm & Rask, 2005)") are
 * people; names listed together are of one kind. Word lists are in
 * lexicon.c.
 *
 * Each pass has a file of its own, behind entities_int.h:
 * entities_token.c (the tokens, headlines and evidence),
 * entities_figures.c, entities_names.c, and entities_group.c (the
 * candidates grouped into entities). This file drives them: the first
 * pass over the whole text, then the second and the third together, a
 * line at a time (a line's figures before its names; neither crosses a
 * line), then the grouping. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "entities.h"
#include "entities_int.h"
#include "xmalloc.h"

/* The first pass's tokens stay for the second while they take no more
 * than this many bytes: those of an article, up to 140 KB of text or
 * so. Past that, a line's tokens go once it is read, and the second
 * pass splits the text again: the memory is then that of the longest
 * line, and the time no more, the tokens of a large text fitting no
 * cache anyway. */
#define KEEP_TOKENS	(1024 * 1024)
/* A text longer than this goes a line at a time from the start: its
 * tokens would take more than KEEP_TOKENS (about ten bytes of them a
 * byte of text), and were better not made to be thrown away. */
#define KEEP_TEXT	(KEEP_TOKENS / 8)

/* The first pass: the evidence of every line, the words the text
 * capitalises, where, and those it writes small. Returns 1 when the
 * tokens of the text are all kept in x->t, else 0. */
static int
evidence(struct ctx *x)
{
	size_t	 pos, a;
	int	 keep = x->len <= KEEP_TEXT;

	for (pos = 0; pos < x->len;) {
		a = x->n;
		pos = tok_line(x, pos);
		tok_mark_headlines(x, a);
		tok_note_evidence(x, a);
		if (keep && x->n * sizeof *x->t > KEEP_TOKENS) {
			keep = 0;
			tok_note_lower(x, 0);
			free(x->t);
			x->t = NULL;
			x->n = x->cap = 0;
		} else if (!keep) {
			tok_note_lower(x, a);
			x->n = 0;
		}
	}
	if (keep)
		tok_note_low(x, 0);
	else
		tok_end_evidence(x);
	return keep;
}

/* The second pass: the figures and the names, a line at a time, each
 * line after the tokens before it that it may look back at: all of them
 * when the first pass kept them, else the last few (tok_context()). */
static void
figures_and_names(struct ctx *x, int keep)
{
	size_t	 pos = 0, a, b = 0, n = x->n, nc;

	if (!keep)
		x->n = 0;
	while (keep ? b < n : pos < x->len) {
		if (keep) {
			for (a = b++; b < n && !(x->t[b].f & T_LINE); b++)
				;
			x->n = b;
		} else {
			a = tok_context(x);
			pos = tok_line(x, pos);
			tok_mark_headlines(x, a);
		}
		nc = x->nc;
		fig_find(x, a);
		name_find(x, a);
		group_keep(x, nc);
	}
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
	x.keys = arena_new();
	figures_and_names(&x, evidence(&x));
	e = group_build(&x);
	arena_free(x.keys);
	free(x.lc);
	tok_sset_free(&x.capmid);
	tok_sset_free(&x.capsent);
	tok_sset_free(&x.low);
	free(x.t);
	free(x.kt);
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
