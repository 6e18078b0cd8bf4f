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
 * kinds of things ("IQ") are no names. Word lists are in lexicon.c.
 *
 * Each pass has a file of its own, behind entities_int.h:
 * entities_token.c (the tokens, headlines and evidence),
 * entities_figures.c, entities_names.c, and entities_group.c (the
 * candidates grouped into entities). This file drives them. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "entities.h"
#include "entities_int.h"
#include "xmalloc.h"

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
	tok_tokenise(&x);
	tok_mark_headlines(&x);
	tok_note_evidence(&x);
	fig_find(&x);
	name_find(&x);
	e = group_build(&x);
	free(x.lc);
	tok_sset_free(&x.capmid);
	tok_sset_free(&x.capsent);
	tok_sset_free(&x.low);
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
