/* test_entities.c: names and figures (the word table: test_lexicon.c). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entities.h"
#include "testutil.h"

/* The text of the last entities_find(), for the helpers. */
static const char	*text;

static struct entities *
run(const char *s)
{
	text = s;
	return entities_find(s, strlen(s));
}

/* Every invariant the header promises. */
static void
check_shape(const struct entities *e, size_t len)
{
	size_t	 i, total = 0;

	for (i = 0; i < e->nmentions; i++) {
		const struct mention *m = &e->mentions[i];

		assert_true(m->start < m->end);
		assert_true(m->end <= len);
		assert_true(m->entity < e->n);
		if (i > 0)
			assert_true(e->mentions[i - 1].end <= m->start);
	}
	for (i = 0; i < e->ninner; i++) {
		const struct mention *m = &e->inner[i];

		assert_true(m->start < m->end);
		assert_true(m->end <= len);
		assert_true(m->entity < e->n);
		if (i > 0)
			assert_true(e->inner[i - 1].start <= m->start);
	}
	for (i = 0; i < e->n; i++) {
		assert_non_null(e->list[i].text);
		assert_true(e->list[i].count > 0);
		assert_true(e->list[i].first < e->nmentions);
		total += e->list[i].count;
	}
	assert_int_equal(total, e->nmentions + e->ninner);
}

static const struct entity *
entity(const struct entities *e, const char *s)
{
	size_t	 i;

	for (i = 0; i < e->n; i++) {
		if (strcmp(e->list[i].text, s) == 0)
			return &e->list[i];
	}
	return NULL;
}

/* The mention (or inner mention) that covers exactly the nth (from 0)
 * occurrence of span in the text, or NULL. */
static const struct mention *
mention_at(const struct entities *e, const char *span, int nth)
{
	const char	*p = text;
	size_t		 i, start;

	for (;;) {
		p = strstr(p, span);
		if (p == NULL)
			return NULL;
		if (nth-- == 0)
			break;
		p++;
	}
	start = (size_t)(p - text);
	for (i = 0; i < e->nmentions; i++) {
		if (e->mentions[i].start == start &&
		    e->mentions[i].end == start + strlen(span))
			return &e->mentions[i];
	}
	for (i = 0; i < e->ninner; i++) {
		if (e->inner[i].start == start &&
		    e->inner[i].end == start + strlen(span))
			return &e->inner[i];
	}
	return NULL;
}

/* Span is found (at its nth occurrence) as a name or figure of type t,
 * in entity ent (NULL: any). */
static void
expect(const struct entities *e, const char *span, int nth, enum ent_type t,
    const char *ent)
{
	const struct mention *m = mention_at(e, span, nth);

	if (m == NULL) {
		size_t	 i;

		fprintf(stderr, "no mention \"%s\" (%d); found:", span, nth);
		for (i = 0; i < e->nmentions; i++)
			fprintf(stderr, " [%.*s]",
			    (int)(e->mentions[i].end - e->mentions[i].start),
			    text + e->mentions[i].start);
		fprintf(stderr, "\n");
	}
	assert_non_null(m);
	if (e->list[m->entity].type != t)
		fprintf(stderr, "\"%s\" is a %s\n", span,
		    entities_type_name(e->list[m->entity].type));
	assert_int_equal(e->list[m->entity].type, t);
	if (ent != NULL)
		assert_string_equal(e->list[m->entity].text, ent);
}

/* No mention (no figure, when figures is set) overlaps the nth
 * occurrence of span. */
static void
expect_no(const struct entities *e, const char *span, int nth, int figures)
{
	const char	*p = text;
	size_t		 i, start, end;

	for (;;) {
		p = strstr(p, span);
		assert_non_null(p);
		if (nth-- == 0)
			break;
		p++;
	}
	start = (size_t)(p - text);
	end = start + strlen(span);
	for (i = 0; i < e->nmentions; i++) {
		const struct mention *m = &e->mentions[i];
		int	 hit = m->start < end && start < m->end;

		if (figures && !ENT_IS_FIGURE(e->list[m->entity].type))
			hit = 0;
		if (hit)
			fprintf(stderr, "unexpected [%.*s]\n",
			    (int)(m->end - m->start), text + m->start);
		assert_false(hit);
	}
}

static void
expect_none(const struct entities *e, const char *span, int nth)
{
	expect_no(e, span, nth, 0);
}

/* Names. */

static void
titles_stripped(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("Yesterday President Ana Kovacs met Premier Li Wen in the "
	    "capital. Mr. Tobias Grunwald, the mayor, and Dr. Ines Farrow "
	    "joined them.");
	check_shape(e, strlen(text));
	expect(e, "Ana Kovacs", 0, ENT_PERSON, NULL);
	expect(e, "Li Wen", 0, ENT_PERSON, NULL);
	expect(e, "Tobias Grunwald", 0, ENT_PERSON, NULL);
	expect(e, "Ines Farrow", 0, ENT_PERSON, NULL);
	expect_none(e, "President", 0);
	expect_none(e, "Premier", 0);
	expect_none(e, "Mr.", 0);
	entities_free(e);

	/* Two-word titles, and a title alone. */
	e = run("Later, Prime Minister Ola Brenner spoke. The President "
	    "said nothing.");
	expect(e, "Ola Brenner", 0, ENT_PERSON, NULL);
	expect_none(e, "Prime", 0);
	expect_none(e, "President", 0);
	entities_free(e);

	/* Common words before a title name a kind of one. */
	e = run("She won the prize for Best Supporting Actor in 2001, and "
	    "for Best Actress later.");
	expect_none(e, "Best", 0);
	expect_none(e, "Best", 1);
	entities_free(e);

	/* A small-letter title before a name is a cue too. */
	e = run("The visit was led by party leader Oskar Vennberg.");
	expect(e, "Oskar Vennberg", 0, ENT_PERSON, NULL);
	entities_free(e);
}

static void
possessives_stripped(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("The plan is Kovalenko's. It became Kovalenko\xe2\x80\x99s "
	    "problem, then Ukraine's.");
	check_shape(e, strlen(text));
	expect(e, "Kovalenko", 0, ENT_NAME, "Kovalenko");
	expect(e, "Kovalenko", 1, ENT_NAME, "Kovalenko");
	expect(e, "Ukraine", 0, ENT_PLACE, NULL);
	assert_int_equal(entity(e, "Kovalenko")->count, 2);
	entities_free(e);
}

/* A possessive inside an institution's name stays; elsewhere it ends
 * the name. "St." keeps its dot and starts a name. */
static void
possessives_inside(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("She is a nurse at St. Brendan's Hospital in Harbourside. "
	    "China's Foreign Ministry said so. He moved to St. Louis, then "
	    "studied at King's College.");
	check_shape(e, strlen(text));
	expect(e, "St. Brendan's Hospital", 0, ENT_PLACE, NULL);
	expect(e, "China", 0, ENT_PLACE, NULL);
	expect(e, "Foreign Ministry", 0, ENT_ORG, NULL);
	expect(e, "St. Louis", 0, ENT_PLACE, NULL);
	expect(e, "King's College", 0, ENT_ORG, NULL);
	entities_free(e);
}

/* Common words after a place word are a place ("Port Alder", "Lake
 * Forest"), as before one ("Harbour Bridge"); common words alone are no
 * name ("the Next Big Thing"). */
static void
place_words_first(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("The state will give Port Alder a grant. Crews work on the "
	    "Harbour Bridge near Lake Forest. It is the Next Big Thing.");
	check_shape(e, strlen(text));
	expect(e, "Port Alder", 0, ENT_PLACE, NULL);
	expect(e, "Harbour Bridge", 0, ENT_PLACE, NULL);
	expect(e, "Lake Forest", 0, ENT_PLACE, NULL);
	expect_none(e, "Next Big Thing", 0);
	entities_free(e);
}

/* A month alone is neither a name nor a figure, even where a place has
 * its name ("March" is a town). */
static void
months_alone(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("The council approved the plan in March and revised it in "
	    "May. Work starts on March 3.");
	check_shape(e, strlen(text));
	expect_none(e, "March", 0);
	expect_none(e, "May", 0);
	expect(e, "March 3", 0, ENT_DATE, NULL);
	entities_free(e);
}

static void
aliases_merged(void **state)
{
	struct entities	*e;
	const struct entity *v;

	(void)state;
	e = run("Russian President Vladimir Putin arrived on Monday. Putin "
	    "said little, and Putin\xe2\x80\x99s aides less. Chinese leader "
	    "Xi Jinping met him; Xi smiled.");
	check_shape(e, strlen(text));
	v = entity(e, "Vladimir Putin");
	assert_non_null(v);
	assert_int_equal(v->type, ENT_PERSON);
	assert_int_equal(v->count, 3);
	expect(e, "Putin", 1, ENT_PERSON, "Vladimir Putin");
	expect(e, "Putin", 2, ENT_PERSON, "Vladimir Putin");
	assert_null(entity(e, "Putin"));
	expect(e, "Xi", 1, ENT_PERSON, "Xi Jinping");
	assert_int_equal(entity(e, "Xi Jinping")->count, 2);
	/* The list is in order of first mention. */
	assert_string_equal(e->list[0].text, "Vladimir Putin");
	entities_free(e);

	/* A word named on its own before a longer name that nothing marks
	 * as a person's is a name of its own; a person's surname joins its
	 * name wherever it comes. */
	e = run("Mozilla makes browsers. Mozilla said Air Mozilla, its "
	    "video channel, will close. Mozilla thanked its viewers. Later, "
	    "Putin spoke; Vladimir Putin spoke again.");
	check_shape(e, strlen(text));
	v = entity(e, "Mozilla");
	assert_non_null(v);
	assert_int_equal(v->count, 3);
	assert_int_not_equal(v->type, ENT_PERSON);
	v = entity(e, "Air Mozilla");
	assert_non_null(v);
	assert_int_equal(v->count, 1);
	assert_int_not_equal(v->type, ENT_PERSON);
	expect(e, "Putin", 0, ENT_PERSON, "Vladimir Putin");
	entities_free(e);
}

/* An acronym joins the name it abbreviates only when the text names
 * both. */
static void
acronym_aliases(void **state)
{
	struct entities	*e;
	const struct entity *v;

	(void)state;
	e = run("The United States sent aid. Later the U.S. sent more, and "
	    "the US Navy a ship.");
	check_shape(e, strlen(text));
	v = entity(e, "United States");
	assert_non_null(v);
	assert_int_equal(v->type, ENT_PLACE);
	expect(e, "U.S.", 0, ENT_PLACE, "United States");
	assert_null(entity(e, "U.S."));
	assert_int_equal(v->count, 2);
	entities_free(e);

	/* Without the full name, the acronym stands alone. */
	e = run("Later the U.S. sent more aid.");
	expect(e, "U.S.", 0, ENT_PLACE, "U.S.");
	assert_null(entity(e, "United States"));
	entities_free(e);

	e = run("The North Atlantic Treaty Organization met. NATO leaders "
	    "agreed, and NATO grew.");
	v = entity(e, "North Atlantic Treaty Organization");
	assert_non_null(v);
	assert_int_equal(v->type, ENT_ORG);
	assert_int_equal(v->count, 3);
	expect(e, "NATO", 1, ENT_ORG, "North Atlantic Treaty Organization");
	entities_free(e);

	/* Capitals that happen to fit another name's initials stay apart
	 * when they are no acronym ("Ana Kovacs" is not "AK" here). */
	e = run("Ana Kovacs met Bo Lind. AK-47 rifles were shown.");
	expect(e, "Ana Kovacs", 0, ENT_PERSON, "Ana Kovacs");
	expect(e, "Bo Lind", 0, ENT_PERSON, "Bo Lind");
	entities_free(e);
}

/* Acronyms of kinds of things are terms, not names; so are those the
 * text spells out in common words. */
static void
acronym_terms(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("His IQ was tested, and the DNA samples went to the FBI lab "
	    "with a VIP pass.");
	check_shape(e, strlen(text));
	expect_none(e, "IQ", 0);
	expect_none(e, "DNA", 0);
	expect_none(e, "VIP", 0);
	expect(e, "FBI", 0, ENT_ORG, NULL);
	entities_free(e);

	e = run("Ants ingesting ROS [Reactive Oxygen Species] died sooner. "
	    "The ROS level was measured by the Kovacs Institute.");
	expect_none(e, "ROS", 0);
	expect_none(e, "Reactive Oxygen Species", 0);
	expect_none(e, "ROS", 1);
	expect(e, "Kovacs Institute", 0, ENT_ORG, NULL);
	entities_free(e);

	/* An acronym in brackets after the words it shortens, some in
	 * small letters or all common words, is a term too; one after a
	 * name is a name. */
	e = run("The ultraviolet radiation (UVR) hit the System Under Test "
	    "(SUT). Later the SUT failed, said the Varnel Widget Company "
	    "(VWC).");
	expect_none(e, "UVR", 0);
	expect_none(e, "SUT", 0);
	expect_none(e, "SUT", 1);
	expect(e, "VWC", 0, ENT_ORG, NULL);
	entities_free(e);

	/* An acronym's plural is the acronym's. */
	e = run("Most homes use a compact fluorescent light (CFL) now; CFLs "
	    "are cheap. The NGO grew, and other NGOs joined it.");
	expect_none(e, "CFLs", 0);
	expect(e, "NGOs", 0, ENT_ORG, "NGO");
	entities_free(e);

	/* Degrees are no names. */
	e = run("She earned a Ph.D. and an M.Sc. in Oslo.");
	expect_none(e, "Ph", 0);
	expect_none(e, "Sc", 0);
	entities_free(e);
}

/* Names of other traditions: family name first, hyphenated given
 * names. */
static void
hyphenated_and_non_western_names(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("Chinese leader Xi Jinping and Premier Li Qiang met Wong "
	    "Pik-wan and Kim Jong-un; Xi spoke first.");
	check_shape(e, strlen(text));
	expect(e, "Xi Jinping", 0, ENT_PERSON, "Xi Jinping");
	expect(e, "Li Qiang", 0, ENT_PERSON, "Li Qiang");
	expect(e, "Wong Pik-wan", 0, ENT_PERSON, "Wong Pik-wan");
	expect(e, "Kim Jong-un", 0, ENT_PERSON, "Kim Jong-un");
	expect(e, "Xi", 1, ENT_PERSON, "Xi Jinping");
	expect_none(e, "Chinese", 0);
	entities_free(e);

	/* A compound of a name and a common word names the first part;
	 * a prefixed common word names nothing. */
	e = run("The Texas-based firm and the Kremlin-backed group met. "
	    "Co-founder Ana Kovacs spoke.");
	expect(e, "Texas", 0, ENT_PLACE, "Texas");
	expect(e, "Kremlin", 0, ENT_NAME, NULL);
	expect_none(e, "Co-founder", 0);
	expect(e, "Ana Kovacs", 0, ENT_PERSON, NULL);
	entities_free(e);
}

static void
demonyms_not_names(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("Chinese exports to Russian buyers grew, and Swedish firms "
	    "noticed. The Catholic Church stayed silent, as did the "
	    "Americans.");
	check_shape(e, strlen(text));
	expect_none(e, "Chinese", 0);
	expect_none(e, "Russian", 0);
	expect_none(e, "Swedish", 0);
	expect_none(e, "Americans", 0);
	/* Before an organisation word, it is part of the name. */
	expect(e, "Catholic Church", 0, ENT_ORG, NULL);
	entities_free(e);

	/* A first name that is a people's adjective too, before a family
	 * name, is a person's name. */
	e = run("It was directed by Julian Varrow, and Christian leaders "
	    "came.");
	expect(e, "Julian Varrow", 0, ENT_PERSON, NULL);
	expect_none(e, "Christian", 0);
	entities_free(e);

	/* The people of a place, named after it, are no name. */
	e = run("Most Tulsans and Londoners drive; Coron is a town.");
	expect_none(e, "Tulsans", 0);
	expect_none(e, "Londoners", 0);
	expect(e, "Coron", 0, ENT_PLACE, NULL);
	entities_free(e);

	/* Before a place's word too; and a place that is a people's
	 * plural to one list is a place. */
	e = run("Ships crossed the Arabian Sea to Laos and Kansas.");
	expect(e, "Arabian Sea", 0, ENT_PLACE, NULL);
	expect(e, "Laos", 0, ENT_PLACE, NULL);
	expect(e, "Kansas", 0, ENT_PLACE, NULL);
	entities_free(e);
}

static void
acronyms(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("Officials of the U.S. and NATO met at the WHO offices, and "
	    "the UK sent a team from the BBC.");
	check_shape(e, strlen(text));
	expect(e, "U.S.", 0, ENT_PLACE, NULL);
	expect(e, "NATO", 0, ENT_ORG, NULL);
	expect(e, "WHO", 0, ENT_ORG, NULL);
	expect(e, "UK", 0, ENT_PLACE, NULL);
	expect(e, "BBC", 0, ENT_ORG, NULL);
	entities_free(e);

	/* "U.S." ending a sentence, and before a title. */
	e = run("They flew to the U.S. The visit went well. U.S. President "
	    "Maria Lindqvist spoke.");
	expect(e, "U.S.", 0, ENT_PLACE, NULL);
	expect_none(e, "The", 0);
	expect(e, "U.S.", 1, ENT_PLACE, NULL);
	expect(e, "Maria Lindqvist", 0, ENT_PERSON, NULL);
	entities_free(e);

	/* Capitals for emphasis are no acronym. */
	e = run("It has to be cheap AND good.");
	expect_none(e, "AND", 0);
	entities_free(e);
}

static void
sentence_initial_words(void **state)
{
	struct entities	*e;

	(void)state;
	/* A common word starting a sentence is no name... */
	e = run("Yesterday the council met. Apple pie was served.");
	check_shape(e, strlen(text));
	expect_none(e, "Yesterday", 0);
	expect_none(e, "Apple", 0);
	entities_free(e);

	/* ...unless the text capitalises it mid-sentence too. */
	e = run("Apple shares rose. Investors still like Apple.");
	expect(e, "Apple", 0, ENT_ORG, NULL);
	expect(e, "Apple", 1, ENT_ORG, NULL);
	entities_free(e);

	/* A word no dictionary knows is a name there, and a run keeps its
	 * name once the common word goes. */
	e = run("Harbin is cold in winter. Today Maribor is warm.");
	expect(e, "Harbin", 0, ENT_PLACE, NULL);
	expect(e, "Maribor", 0, ENT_PLACE, NULL);
	expect_none(e, "Today", 0);
	entities_free(e);

	/* Known names of several words stay whole. */
	e = run("New York was loud.");
	expect(e, "New York", 0, ENT_PLACE, NULL);
	entities_free(e);

	/* "The", "Share", a weekday, "May" as a verb: no names. */
	e = run("The vote is near. Share this article. Monday was calm. "
	    "May I ask why? On Friday it may rain, they said in May 2024.");
	check_shape(e, strlen(text));
	expect_none(e, "The", 0);
	expect_none(e, "Share", 0);
	expect_none(e, "Monday", 0);
	expect_none(e, "May", 0);
	expect_none(e, "Friday", 0);
	expect_none(e, "may", 0);
	expect(e, "May 2024", 0, ENT_DATE, NULL);
	entities_free(e);

	/* A month may be a family name, after a first name. */
	e = run("Prime Minister Theresa May spoke. May I ask, said Brian May.");
	expect(e, "Theresa May", 0, ENT_PERSON, NULL);
	expect(e, "Brian May", 0, ENT_PERSON, NULL);
	expect_none(e, "May I", 0);
	entities_free(e);

	/* A note's number in brackets does not start the sentence: the
	 * word after it does. Weekdays in the plural are no names. */
	e = run("He wrote three letters. [22] Historian Ola Brenner read "
	    "them on Sundays.");
	expect(e, "Ola Brenner", 0, ENT_PERSON, NULL);
	expect_none(e, "Historian", 0);
	expect_none(e, "Sundays", 0);
	entities_free(e);

	/* A listed name at a sentence start that the text writes small
	 * elsewhere is the common word. */
	e = run("Police arrested him. The police in Oslo said so.");
	expect_none(e, "Police", 0);
	expect(e, "Oslo", 0, ENT_PLACE, NULL);
	entities_free(e);
}

static void
mid_sentence_common_words(void **state)
{
	struct entities	*e;

	(void)state;
	/* Capitalised for emphasis, and written small elsewhere. */
	e = run("The ants were tired. We studied learning in Ants for years.");
	expect_none(e, "Ants", 0);
	entities_free(e);

	/* A newspaper. */
	e = run("As the Guardian reported, the deal is off.");
	expect(e, "Guardian", 0, ENT_ORG, NULL);
	entities_free(e);

	/* Common words alone, capitalised for emphasis, are no name; an
	 * organisation word makes one. */
	e = run("Everyone wants the Next Big Thing, said the Border Force.");
	expect_none(e, "Next Big Thing", 0);
	expect(e, "Border Force", 0, ENT_ORG, NULL);
	entities_free(e);
}

static void
headline_title_case(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("Kovacs Greets Lindqvist in Vienna as Both Leaders Aim to "
	    "Bolster Ties\n\nThe talks between Kovacs and Lindqvist began "
	    "at noon.");
	check_shape(e, strlen(text));
	expect(e, "Kovacs", 0, ENT_NAME, NULL);
	expect(e, "Lindqvist", 0, ENT_NAME, NULL);
	expect(e, "Vienna", 0, ENT_PLACE, NULL);	/* a known name */
	expect_none(e, "Greets", 0);
	expect_none(e, "Both Leaders Aim", 0);
	expect_none(e, "Bolster Ties", 0);
	assert_int_equal(entity(e, "Kovacs")->count, 2);
	entities_free(e);
}

static void
connectors_and_organisations(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("She studied at the University of Helsinki and worked for "
	    "Johnson & Johnson before she joined Ludwig van Dorne at the "
	    "Bank of Estonia.");
	check_shape(e, strlen(text));
	expect(e, "University of Helsinki", 0, ENT_ORG, NULL);
	/* The place inside the name is named too, apart. */
	expect(e, "Helsinki", 0, ENT_PLACE, NULL);
	assert_true(e->ninner >= 1);
	expect(e, "Johnson & Johnson", 0, ENT_ORG, NULL);
	expect(e, "Ludwig van Dorne", 0, ENT_PERSON, NULL);
	expect(e, "Bank of Estonia", 0, ENT_ORG, NULL);
	entities_free(e);

	/* "of" joins nothing else; "and" joins only known names. */
	e = run("Trade between Kovacs of Vienna and Lindqvist grew.");
	expect(e, "Kovacs", 0, ENT_NAME, NULL);
	expect(e, "Vienna", 0, ENT_PLACE, NULL);
	/* (A place, listed with "Vienna": lists_of_one_kind.) */
	assert_non_null(mention_at(e, "Lindqvist", 0));
	entities_free(e);

	e = run("The Acme Widgets Inc. board met.");
	expect(e, "Acme Widgets Inc.", 0, ENT_ORG, NULL);
	entities_free(e);

	/* A person right after an organisation or a place. */
	e = run("The envoy to the United States Hamdullah Vessa spoke, and "
	    "so did the head of the Refugee Council Enver Tolmon.");
	expect(e, "United States", 0, ENT_PLACE, NULL);
	expect(e, "Hamdullah Vessa", 0, ENT_PERSON, NULL);
	expect(e, "Refugee Council", 0, ENT_ORG, NULL);
	expect(e, "Enver Tolmon", 0, ENT_PERSON, NULL);
	entities_free(e);

	/* Publications. */
	e = run("She wrote for the Harbour Weekly and the Dorne Daily.");
	expect(e, "Harbour Weekly", 0, ENT_ORG, NULL);
	expect(e, "Dorne Daily", 0, ENT_ORG, NULL);
	entities_free(e);
}

static void
products_cut(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("Kestrix sells phones. The Kestrix Science Fair opened, and "
	    "a NASA mission ended.");
	expect(e, "Kestrix", 1, ENT_NAME, "Kestrix");
	expect_none(e, "Science Fair", 0);
	expect(e, "NASA", 0, ENT_ORG, NULL);
	entities_free(e);

	/* A listed firm whose name is also a word ("google") is cut too,
	 * named alone or not. */
	e = run("The site shows Google Maps on every page.");
	expect(e, "Google", 0, ENT_ORG, NULL);
	expect_none(e, "Maps", 0);
	entities_free(e);
}

/* Figures. */

static void
figure_spans(void **state)
{
	static const struct {
		const char	*text, *span;
		enum ent_type	 type;
	} cases[] = {
		{ "Trade reached $227.8 billion last year.", "$227.8 billion",
		    ENT_MONEY },
		{ "It was about 20 trillion rubles then.", "20 trillion rubles",
		    ENT_MONEY },
		{ "Some 1.6 trillion yuan changed hands.", "1.6 trillion yuan",
		    ENT_MONEY },
		{ "The club paid \xe2\x82\xac" "5m for him.", "\xe2\x82\xac" "5m",
		    ENT_MONEY },
		{ "Rent is \xc2\xa3" "1,200 a month.", "\xc2\xa3" "1,200",
		    ENT_MONEY },
		{ "Bail was set at US$ 20,000 on Friday.", "US$ 20,000",
		    ENT_MONEY },
		{ "He paid 422,000 euros in arrears.", "422,000 euros",
		    ENT_MONEY },
		{ "It would cost NOK 48 million over five years.",
		    "NOK 48 million", ENT_MONEY },
		{ "Fees rose to USD 2,500 a head.", "USD 2,500", ENT_MONEY },
		{ "Turnout fell 40% in a year.", "40%", ENT_PERCENT },
		{ "Support stood at 12 percent.", "12 percent", ENT_PERCENT },
		{ "Only 3.5 per cent agreed.", "3.5 per cent", ENT_PERCENT },
		{ "It reached one percent in May.", "one percent",
		    ENT_PERCENT },
		{ "Some 1,200 people came.", "1,200", ENT_COUNT },
		{ "More than two billion people lack it.", "two billion",
		    ENT_COUNT },
		{ "Over 14 million visitors came.", "14 million", ENT_COUNT },
		{ "It closed in 2019 for good.", "2019", ENT_YEAR },
		{ "Ties grew since February 2022, they said.", "February 2022",
		    ENT_DATE },
		{ "It opened on April 13, 2011 in town.", "April 13, 2011",
		    ENT_DATE },
		{ "It opened on 13 April 2011 in town.", "13 April 2011",
		    ENT_DATE },
		{ "It opened on 2011-04-13 in town.", "2011-04-13", ENT_DATE },
		{ "The vote is on March 13, they said.", "March 13", ENT_DATE },
		{ "They met at 3:30 p.m. on the pier.", "3:30 p.m.", ENT_TIME },
		{ "As of 15:11 GMT the site was down.", "15:11", ENT_TIME },
		{ "She keeps two cats.", "two", ENT_COUNT },
		{ "He was forty-five then.", "forty-five", ENT_COUNT },
		{ "It was a two-day visit.", "two-day", ENT_COUNT },
		{ "The 10-year plan failed.", "10-year", ENT_COUNT },
		{ "A 14-year-old boy built it.", "14-year-old", ENT_COUNT },
		{ "It began his fifth term.", "fifth", ENT_ORDINAL },
		{ "The 21st century began.", "21st", ENT_ORDINAL },
		{ "It was his first foreign trip.", "first", ENT_ORDINAL },
		{ "Unit durations go: 30 years passed.", "30", ENT_COUNT },
		{ "The storm is 200 km wide.", "200", ENT_QUANTITY },
		{ "Read part XVII of the saga.", "XVII", ENT_COUNT },
		{ "The club paid \xe2\x82\xac" "3bn for it.",
		    "\xe2\x82\xac" "3bn", ENT_MONEY },
		{ "Costs rose 10-12% this year.", "10-12%", ENT_PERCENT },
		{ "Costs rose 10-12 percent this year.", "10-12 percent",
		    ENT_PERCENT },
		{ "It costs $10-12 million a year.", "$10-12 million",
		    ENT_MONEY },
		{ "It took 3/4 of the budget.", "3/4", ENT_COUNT },
		{ "Nearly two-thirds of voters agreed.", "two-thirds", ENT_COUNT },
		{ "The attacks of 9/11 changed it.", "9/11", ENT_DATE },
		{ "They met at 10am on the pier.", "10am", ENT_TIME },
		{ "It was the twentieth such summit.", "twentieth",
		    ENT_ORDINAL },
		{ "Ties grew since March 2014, they said.", "March 2014",
		    ENT_DATE },
		{ "It fell from 1999 to 2004.", "1999", ENT_YEAR },
		{ "Some 1.6 trillion yuan changed hands.", "1.6 trillion yuan",
		    ENT_MONEY },
		{ "They sold forty-two thousand copies.", "forty-two thousand",
		    ENT_COUNT },
	};
	struct entities	*e;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		e = run(cases[i].text);
		check_shape(e, strlen(text));
		expect(e, cases[i].span, 0, cases[i].type, cases[i].span);
		entities_free(e);
	}
}

/* A line break ends a sentence and a blank line a paragraph: no figure
 * goes on across one. */
static void
figures_stop_at_lines(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("The fare is \xe2\x82\xac\n\n2 ferries sail. It rose 5\n\n"
	    "percent said so. In May\n2024 they met. Paid $\n5 million.");
	check_shape(e, strlen(text));
	expect(e, "2", 0, ENT_COUNT, "2");
	expect(e, "5", 0, ENT_COUNT, "5");
	expect_no(e, "percent", 0, 1);
	expect(e, "2024", 0, ENT_YEAR, "2024");
	expect_no(e, "May", 0, 1);
	expect(e, "5 million", 0, ENT_COUNT, NULL);
	expect_no(e, "$", 0, 1);
	entities_free(e);
}

/* A line looks back at the end of the line before: "no\none" is a
 * pronoun, "part\nIV" a count, "I\nfirst" an adverb. */
static void
lines_look_back(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("They saw no\none there. They saw\none there.");
	check_shape(e, strlen(text));
	expect_no(e, "one", 0, 1);
	expect(e, "one", 1, ENT_COUNT, "one");
	entities_free(e);
	e = run("Read part\nIV now. Read\nIV now.");
	check_shape(e, strlen(text));
	expect(e, "IV", 0, ENT_COUNT, "IV");
	expect_no(e, "IV", 1, 1);
	entities_free(e);
	e = run("I\nfirst saw it.");
	expect_no(e, "first", 0, 1);
	entities_free(e);
}

/* The names and figures of a text, alone and after a long text that
 * names nothing (lines of words in small letters): the same, their
 * offsets shifted. Past a few hundred kilobytes of tokens, entities_find
 * drops each line's tokens once read and reads the text twice. */
static void
same_after_long_text(void **state)
{
	static const char *const texts[] = {
		"Russian President Vladimir Putin arrived on Monday. Putin "
		    "said little, and Putin\xe2\x80\x99s aides less.\n\n"
		    "Chinese leader\nXi Jinping met him; Xi smiled.",
		"She studied at the University of Helsinki. Helsinki is "
		    "cold.\nThe United States sent aid. Later the U.S. sent "
		    "more.",
		"Google said Google Analytics grew. The NASA Discovery "
		    "mission flew.\nPolice said the road was shut. Along the "
		    "road, police waited.",
		"They saw no\none there. Read part\nIV now. Louis XIV "
		    "II\nIII reigned.\n\nIt cost $227.8 billion, 5\n\n"
		    "percent more, on March 3, 2024 at 3:30 p.m.",
		"A VERY LOUD HEADLINE ABOUT Ferries\nHarbour Ferries Sail "
		    "Again Today\nThe Harbour Bridge opened. Ferries sail.",
	};
	static const char filler[] = "the ferry left the quay at dawn and "
	    "the crew waved to the town\n";
	size_t		 nf = 20000 * (sizeof filler - 1), i, k;
	char		*s;

	(void)state;
	for (k = 0; k < sizeof texts / sizeof texts[0]; k++) {
		struct entities	*a, *b;
		size_t		 n = strlen(texts[k]);

		s = malloc(nf + n + 1);
		assert_non_null(s);
		for (i = 0; i < nf; i += sizeof filler - 1)
			memcpy(s + i, filler, sizeof filler - 1);
		memcpy(s + nf, texts[k], n + 1);
		a = entities_find(texts[k], n);
		b = entities_find(s, nf + n);
		text = s;
		check_shape(b, nf + n);
		assert_true(a->n > 0);
		assert_int_equal(a->n, b->n);
		assert_int_equal(a->nmentions, b->nmentions);
		assert_int_equal(a->ninner, b->ninner);
		for (i = 0; i < a->nmentions; i++) {
			assert_int_equal(a->mentions[i].start + nf,
			    b->mentions[i].start);
			assert_int_equal(a->mentions[i].end + nf,
			    b->mentions[i].end);
			assert_int_equal(a->mentions[i].entity,
			    b->mentions[i].entity);
		}
		for (i = 0; i < a->ninner; i++) {
			assert_int_equal(a->inner[i].start + nf,
			    b->inner[i].start);
			assert_int_equal(a->inner[i].entity, b->inner[i].entity);
		}
		for (i = 0; i < a->n; i++) {
			assert_string_equal(a->list[i].text, b->list[i].text);
			assert_int_equal(a->list[i].type, b->list[i].type);
			assert_int_equal(a->list[i].count, b->list[i].count);
			assert_int_equal(a->list[i].first, b->list[i].first);
		}
		entities_free(a);
		entities_free(b);
		free(s);
	}
}

/* The text is what len says, NUL or not after it: digits past the end
 * are not read. */
static void
text_without_nul(void **state)
{
	struct entities	*e;

	(void)state;
	text = "Born in 19991";
	e = entities_find(text, strlen(text) - 1);
	check_shape(e, strlen(text) - 1);
	expect(e, "1999", 0, ENT_YEAR, "1999");
	entities_free(e);
}

static void
not_figures(void **state)
{
	static const struct {
		const char	*text, *span;
	} cases[] = {
		/* "first" as an adverb, "one" as a pronoun */
		{ "He first met her in Oslo.", "first" },
		{ "First, we need water.", "First" },
		{ "At first it rained.", "first" },
		{ "No one came to the show.", "one" },
		{ "It was a very big one.", "one" },
		/* numbers inside identifiers */
		{ "Users of IE6 were told to move.", "6" },
		{ "A spinoff of 4chan appeared.", "4" },
		{ "Samples from comet 81P arrived.", "81" },
		/* list markers, decades, weekdays, vague amounts */
		{ "You either 1) pay or 2) leave.", "1" },
		{ "It peaked in the 1930s.", "1930" },
		{ "It peaked in the 1930's.", "1930" },
		{ "We met on Tuesday.", "Tuesday" },
		{ "It happened last week.", "last week" },
		{ "Thousands of people came.", "Thousands" },
		{ "About a dozen people came.", "dozen" },
		{ "It was the second most popular site.", "second" },
		{ "A tenth of a metre.", "tenth" },
		{ "They went to Ground Zero.", "Zero" },
	};
	struct entities	*e;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		e = run(cases[i].text);
		check_shape(e, strlen(text));
		expect_no(e, cases[i].span, 0, 1);
		entities_free(e);
	}
	/* Figures in the same text still count. */
	e = run("You either 1) pay or 2) leave (see chapter 3) today.");
	expect(e, "3", 0, ENT_COUNT, "3");
	entities_free(e);
	e = run("One of them had one of each.");
	expect(e, "one", 0, ENT_COUNT, "one");
	entities_free(e);
}

static void
figures_counted(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("It cost $5 billion in 2019 and $5 billion in 2020.");
	check_shape(e, strlen(text));
	assert_int_equal(entity(e, "$5 billion")->count, 2);
	assert_int_equal(entity(e, "$5 billion")->type, ENT_MONEY);
	assert_int_equal(entity(e, "2019")->count, 1);
	entities_free(e);
}

/* A spelled number at a sentence start is the same figure as in small
 * letters; a month keeps its capital. */
static void
figures_case_merged(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("Two boats sailed in March 2020. Later two more came, and "
	    "Third place went to the first of them.");
	check_shape(e, strlen(text));
	assert_non_null(entity(e, "two"));
	assert_int_equal(entity(e, "two")->count, 2);
	assert_null(entity(e, "Two"));
	assert_non_null(entity(e, "March 2020"));
	assert_non_null(entity(e, "third"));
	entities_free(e);
}

/* Telephone numbers are one figure, with their "+"; a batting average
 * keeps its point; an ordinal before a superlative is no rank. */
static void
figure_marks(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("Call the inn, tel: 1 555 201-7788, or the ferry, "
	    "+4512345678. He batted .318 that year. It is the third "
	    "largest town, and the second oldest.");
	check_shape(e, strlen(text));
	expect(e, "1 555 201-7788", 0, ENT_COUNT, NULL);
	expect(e, "+4512345678", 0, ENT_COUNT, NULL);
	expect(e, ".318", 0, ENT_COUNT, NULL);
	expect_no(e, "third", 0, 1);
	expect_no(e, "second", 0, 1);
	entities_free(e);

	/* A sentence's full stop before a number stays out of it; so does
	 * a "+" before a small number. */
	e = run("The score was 3-1.5 goals came late. Add +2 to it.");
	expect_no(e, "+", 0, 1);
	entities_free(e);
}

/* What a text says a name is types it: a dateline, a newspaper's or an
 * agency's name, "X is a city", "the town of X", an author cited, a
 * name in CamelCase, points of the compass before a place. */
static void
names_typed_by_context(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("WASHINGTON \xe2\x80\x94 Officials met on Monday.\n\n"
	    "MERLOW, Calif. (AP) - The council voted.\n\n"
	    "The Brindle Chronicle and Xinhua reported it, and so did "
	    "Reuters.");
	check_shape(e, strlen(text));
	expect(e, "WASHINGTON", 0, ENT_PLACE, NULL);
	expect(e, "MERLOW", 0, ENT_PLACE, NULL);
	expect(e, "Brindle Chronicle", 0, ENT_ORG, NULL);
	expect(e, "Xinhua", 0, ENT_ORG, NULL);
	expect(e, "Reuters", 0, ENT_ORG, NULL);
	entities_free(e);

	e = run("Varnok is a small town on the coast. Later they left "
	    "the village of Dellquay for Varnok. Quorvex is a software "
	    "company. Tallis et al. disagreed (Brenholt, 2005).");
	expect(e, "Varnok", 0, ENT_PLACE, NULL);
	expect(e, "Varnok", 1, ENT_PLACE, NULL);
	expect(e, "Dellquay", 0, ENT_PLACE, NULL);
	expect(e, "Quorvex", 0, ENT_ORG, NULL);
	expect(e, "Tallis", 0, ENT_PERSON, NULL);
	expect(e, "Brenholt", 0, ENT_PERSON, NULL);
	entities_free(e);

	e = run("Videos on FlickTube drew crowds in North Oakland and "
	    "Southern Senegal; Oakland was quiet. River Ouse flooded.");
	expect(e, "FlickTube", 0, ENT_ORG, NULL);
	expect(e, "North Oakland", 0, ENT_PLACE, NULL);
	expect(e, "Southern Senegal", 0, ENT_PLACE, NULL);
	expect(e, "Oakland", 1, ENT_PLACE, "Oakland");
	expect(e, "River Ouse", 0, ENT_PLACE, NULL);
	entities_free(e);

	/* A family name's prefix is no CamelCase. */
	e = run("Later Ailsa McTavish spoke to DiNardo.");
	expect(e, "Ailsa McTavish", 0, ENT_PERSON, NULL);
	entities_free(e);
}

/* More of what the words around a name say: a side in a match is a
 * team, a word that starts or ends an organisation's name is that
 * organisation, a lone unknown word after "in" is a place (not before a
 * noun), a place's word after a first name makes a place. */
static void
names_typed_by_use(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("Norway beat Portugal 2 - 1 on Sunday. Later Norway 0 - 0 "
	    "Chile.");
	check_shape(e, strlen(text));
	expect(e, "Norway", 0, ENT_ORG, NULL);
	expect(e, "Portugal", 0, ENT_ORG, NULL);
	expect(e, "Chile", 0, ENT_ORG, NULL);
	entities_free(e);

	/* A place and a plural: a team. */
	e = run("He joined the Houston Comets in May, then the Denver "
	    "Lynxes.");
	expect(e, "Houston Comets", 0, ENT_ORG, NULL);
	expect(e, "Denver Lynxes", 0, ENT_ORG, NULL);
	entities_free(e);

	/* A storm is an event, and so is its name alone. */
	e = run("Cyclone Marwen hit the coast. Later Marwen weakened over "
	    "Orissa.");
	expect_none(e, "Cyclone Marwen", 0);
	expect_none(e, "Marwen", 1);
	entities_free(e);

	/* A group of islands is a place. */
	e = run("Varholm is a group of small islands in the north.");
	expect(e, "Varholm", 0, ENT_PLACE, NULL);
	entities_free(e);

	/* A destination is a place; an organisation's word after "with"
	 * says nothing of the name. */
	e = run("Tjorvik is a quiet destination. Kelmar is a system with "
	    "limited means.");
	expect(e, "Tjorvik", 0, ENT_PLACE, NULL);
	expect(e, "Kelmar", 0, ENT_NAME, NULL);
	entities_free(e);

	e = run("He studied at Cornell University. Cornell has a big "
	    "library. The Church of Zentrology sued; Zentrology lost.");
	expect(e, "Cornell", 1, ENT_ORG, NULL);
	expect(e, "Zentrology", 1, ENT_ORG, NULL);
	entities_free(e);

	/* A town names its newspaper: it stays a town. */
	e = run("The Tarnvik council met. The Tarnvik Gazette said so.");
	expect(e, "Tarnvik Gazette", 0, ENT_ORG, NULL);
	assert_int_not_equal(entity(e, "Tarnvik")->type, ENT_ORG);
	entities_free(e);

	e = run("The ferry stops in Quarnby. Those in Zentrology jargon "
	    "say so. Then Victoria Bridge and Hudson River came.");
	expect(e, "Quarnby", 0, ENT_PLACE, NULL);
	expect(e, "Zentrology", 0, ENT_NAME, NULL);
	expect(e, "Victoria Bridge", 0, ENT_PLACE, NULL);
	expect(e, "Hudson River", 0, ENT_PLACE, NULL);
	entities_free(e);
}

/* A building, a road or a site is a place, even when its last word
 * names organisations too ("Center"); a school district is not. */
static void
buildings_and_roads(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("The Varnel Community Center is on Marlow Terrace, next to "
	    "the Delmore Hotel and the Museum of Tin. The Osgrave Turnpike "
	    "runs past the Tolland School District offices.");
	check_shape(e, strlen(text));
	expect(e, "Varnel Community Center", 0, ENT_PLACE, NULL);
	expect(e, "Marlow Terrace", 0, ENT_PLACE, NULL);
	expect(e, "Delmore Hotel", 0, ENT_PLACE, NULL);
	expect(e, "Museum of Tin", 0, ENT_PLACE, NULL);
	expect(e, "Osgrave Turnpike", 0, ENT_PLACE, NULL);
	expect(e, "Tolland School District", 0, ENT_ORG, NULL);
	entities_free(e);

	/* A person a list knows inside the name of a place is named too;
	 * a place's word alone is not. */
	e = run("They crossed the George Washington Bridge to the Marlow "
	    "Airport and the Airport Hotel.");
	expect(e, "George Washington Bridge", 0, ENT_PLACE, NULL);
	expect(e, "George Washington", 0, ENT_PERSON, NULL);
	assert_null(mention_at(e, "Airport", 0));
	entities_free(e);

	/* A highway or a building named after a place names it. */
	e = run("Take the Tulsa Turnpike to the Oslo Cemetery.");
	expect(e, "Tulsa", 0, ENT_PLACE, NULL);
	expect(e, "Oslo", 0, ENT_PLACE, NULL);
	entities_free(e);

	/* The same words in other languages. */
	e = run("She taught at the Universidad de Varela and lived on Calle "
	    "Ortiz, near Plac Zamkowy and the Museo Tarvani.");
	expect(e, "Universidad de Varela", 0, ENT_ORG, NULL);
	expect(e, "Calle Ortiz", 0, ENT_PLACE, NULL);
	expect(e, "Plac Zamkowy", 0, ENT_PLACE, NULL);
	expect(e, "Museo Tarvani", 0, ENT_PLACE, NULL);
	entities_free(e);
}

/* A point of the compass alone is no name, but for a region after
 * "the" or a person's family name. */
static void
compass_points(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("Take I-44 West, then turn East at the mill. Settlers came "
	    "to the West with Western habits. Harold North wrote on it; "
	    "later North changed his mind.");
	check_shape(e, strlen(text));
	expect_none(e, "West", 0);
	expect_none(e, "East", 0);
	expect(e, "West", 1, ENT_PLACE, NULL);
	expect_none(e, "Western", 0);
	expect(e, "North", 1, ENT_PERSON, "Harold North");
	entities_free(e);
}

/* The name of a language or a people is no name. */
static void
languages_and_peoples(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("Orvani is spoken in Teglund. The Orvani language has two "
	    "dialects, and Orvani speakers live near Basra. The Kettish "
	    "culture left pots.");
	check_shape(e, strlen(text));
	expect_none(e, "Orvani", 0);
	expect_none(e, "Orvani", 1);
	expect_none(e, "Orvani", 2);
	expect_none(e, "Kettish", 0);
	expect(e, "Teglund", 0, ENT_PLACE, NULL);
	expect(e, "Basra", 0, ENT_PLACE, NULL);
	entities_free(e);

	/* Listed before the word, or after "speakers of". */
	e = run("Both Orvani and Telsic speakers came; speakers of Mardu "
	    "stayed in Basra.");
	expect_none(e, "Orvani", 0);
	expect_none(e, "Telsic", 0);
	expect_none(e, "Mardu", 0);
	expect(e, "Basra", 0, ENT_PLACE, NULL);
	entities_free(e);
}

/* A common word capitalised is no name when nothing says what it
 * names, even in a list of names of one kind. */
static void
common_words_untyped(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("He starred in the series Supernatural for years, and the "
	    "Supernatural panel was a hit. He later visited Oslo, Bergen "
	    "and Thunder.");
	check_shape(e, strlen(text));
	expect_none(e, "Supernatural", 0);
	expect_none(e, "Supernatural", 1);
	/* Nor does a list of places make it one. */
	expect_none(e, "Thunder", 0);
	entities_free(e);
}

/* A compound of common words or of peoples' adjectives is no name;
 * one with a name in it is. */
static void
compounds_of_words(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("The firm hired a Swedish-Norwegian crew. High-tech jobs grew, "
	    "and Jean-Luc Varenne led the All-Star team.");
	check_shape(e, strlen(text));
	expect_none(e, "Swedish-Norwegian", 0);
	expect_none(e, "High-tech", 0);
	expect_none(e, "All-Star", 0);
	expect(e, "Jean-Luc Varenne", 0, ENT_PERSON, NULL);
	entities_free(e);
}

/* The whole of a quotation is a title or a nickname, no name, unless
 * something types it. */
static void
quoted_titles(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("Her story \"Yukimori\" was praised, and Anton \"Tosh\" Berg "
	    "drove on the \"Osgrave Turnpike.\"");
	check_shape(e, strlen(text));
	expect_none(e, "Yukimori", 0);
	expect_none(e, "Tosh", 0);
	expect(e, "Osgrave Turnpike", 0, ENT_PLACE, NULL);
	entities_free(e);
}

/* The title of a work after "the film", "the novel" is no name. */
static void
works_titles(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("Vera Holm starred in the film Morning Harvest and the "
	    "series Cold Rivers with Anton Berg.");
	check_shape(e, strlen(text));
	expect(e, "Vera Holm", 0, ENT_PERSON, NULL);
	expect_none(e, "Morning Harvest", 0);
	expect_none(e, "Cold Rivers", 0);
	expect(e, "Anton Berg", 0, ENT_PERSON, NULL);
	entities_free(e);
}

/* An event is no name; the place or person it is named after is. */
static void
events_named_after(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("She won the Halvorsen Architecture Prize at the Bergen "
	    "International Film Festival, and then the Annual Craft Award.");
	check_shape(e, strlen(text));
	expect(e, "Halvorsen", 0, ENT_NAME, NULL);
	expect(e, "Bergen", 0, ENT_PLACE, NULL);
	expect_none(e, "Prize", 0);
	expect_none(e, "Festival", 0);
	expect_none(e, "Annual Craft Award", 0);
	entities_free(e);

	/* "<event> of": the name after it is, when it is one. */
	e = run("They held the Festival of Lights, and the Games of Oslo. "
	    "It was in 700 BC, long before WWII.");
	expect_none(e, "Festival of Lights", 0);
	expect(e, "Oslo", 0, ENT_PLACE, NULL);
	expect_none(e, "BC", 0);
	expect_none(e, "WWII", 0);
	entities_free(e);
}

/* An adjective made of a name is no name, unless something types
 * it. */
static void
adjectives_of_names(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("A Tarvonian monk lived under Byzantian rule near Sebastian "
	    "Holm.");
	check_shape(e, strlen(text));
	expect_none(e, "Tarvonian", 0);
	expect_none(e, "Byzantian", 0);
	expect(e, "Sebastian Holm", 0, ENT_PERSON, NULL);
	entities_free(e);
}

/* A genus before its species is no name. */
static void
species_names(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("They fed Formica fusca to the birds Tarvin bought, and the "
	    "KLM skytrain left.");
	check_shape(e, strlen(text));
	expect_none(e, "Formica", 0);
	expect(e, "KLM", 0, ENT_ORG, NULL);
	entities_free(e);
}

/* A code after a number is a unit or a currency, no name; a listed
 * name there stays one. */
static void
codes_after_numbers(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("A kayak costs 125 DKK a day. The wall dates from 3000 BC. "
	    "The 2018 FIFA congress met.");
	check_shape(e, strlen(text));
	expect_none(e, "DKK", 0);
	expect_none(e, "BC", 0);
	expect(e, "FIFA", 0, ENT_ORG, NULL);
	entities_free(e);
}

/* Names listed together are of one kind: one that nothing types takes
 * the kind of the others. */
static void
lists_of_one_kind(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("Ferries run to Oslo, Bergen and Tjeldvik in summer. The "
	    "prize went to Harald Olsen, Maria Lund and Brennick.");
	check_shape(e, strlen(text));
	expect(e, "Tjeldvik", 0, ENT_PLACE, NULL);
	expect(e, "Brennick", 0, ENT_PERSON, NULL);
	entities_free(e);

	/* No kind has the most: nothing is said. */
	e = run("We met Harald Olsen, Oslo and Tjeldvik.");
	expect(e, "Tjeldvik", 0, ENT_NAME, NULL);
	entities_free(e);
}

/* The authors a paper cites are people, each a name of its own; a
 * place and a year stay a place. */
static void
authors_cited(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("Play helps attention (Orvik, Nutley, Brandmo, & Kessel, "
	    "2009; Tamsin & Obrecht, 2011). Others disagree (see Halvard "
	    "2014; Wendt & Corrado 2010). It was shown by Pellan & Ruhe [4] "
	    "in 1990 (Paris, 1890).");
	check_shape(e, strlen(text));
	expect(e, "Orvik", 0, ENT_PERSON, NULL);
	expect(e, "Nutley", 0, ENT_PERSON, NULL);
	expect(e, "Brandmo", 0, ENT_PERSON, NULL);
	expect(e, "Kessel", 0, ENT_PERSON, NULL);
	expect(e, "Tamsin", 0, ENT_PERSON, NULL);
	expect(e, "Obrecht", 0, ENT_PERSON, NULL);
	expect(e, "Halvard", 0, ENT_PERSON, NULL);
	expect(e, "Wendt", 0, ENT_PERSON, NULL);
	expect(e, "Corrado", 0, ENT_PERSON, NULL);
	expect(e, "Pellan", 0, ENT_PERSON, NULL);
	expect(e, "Ruhe", 0, ENT_PERSON, NULL);
	expect(e, "Paris", 0, ENT_PLACE, NULL);
	entities_free(e);

	/* Not a citation: a firm's name, and a place in a list. */
	e = run("She joined Dorrit & Samm in 2009, and moved to Oslo, Bergen "
	    "and Tromso.");
	expect(e, "Dorrit & Samm", 0, ENT_ORG, NULL);
	expect(e, "Oslo", 0, ENT_PLACE, NULL);
	entities_free(e);
}

/* An acronym of words in small letters is a term; a common word before
 * a number labels a step; a city's name holds no other place, a
 * stadium's does. */
static void
terms_and_labels(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("We measured sea surface salinity (SSS) twice. SSS rose. "
	    "The Global Weather Agency (GWA) agreed; GWA said so.");
	check_shape(e, strlen(text));
	expect_none(e, "SSS", 0);
	expect_none(e, "SSS", 1);
	expect(e, "GWA", 1, ENT_ORG, NULL);
	entities_free(e);

	e = run("Answers from the Wave 1 interviews came later.");
	expect_none(e, "Wave", 0);
	entities_free(e);

	e = run("They flew to New York City and played at the Volgograd "
	    "Stadium.");
	expect(e, "New York City", 0, ENT_PLACE, NULL);
	expect(e, "Volgograd", 0, ENT_PLACE, NULL);
	assert_null(entity(e, "New York"));
	entities_free(e);
}

/* Ordinary capitalised words: a verb at a sentence's start that a list
 * of people holds ("Tell"), a superlative for emphasis ("Latest"). */
static void
ordinary_capitals(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("Tell us what you think. Read the Latest news here.");
	check_shape(e, strlen(text));
	expect_none(e, "Tell", 0);
	expect_none(e, "Latest", 0);
	entities_free(e);

	/* In a text about him, "Tell" may be the man. */
	e = run("William Tell was brave. Tell was a hunter.");
	expect(e, "William Tell", 0, ENT_PERSON, NULL);
	expect(e, "Tell", 1, ENT_PERSON, "William Tell");
	entities_free(e);
}

/* A listed place joins no longer name that nothing marks as a person's:
 * "Oxford" is not "Oxford Blues". */
static void
places_not_aliases(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("Oxford Blues stands in the old town. Oxford is busy in "
	    "summer, said George Washington, who loved Washington.");
	check_shape(e, strlen(text));
	expect(e, "Oxford", 1, ENT_PLACE, "Oxford");
	expect(e, "Washington", 1, ENT_PERSON, "George Washington");
	entities_free(e);

	/* A city that is a first name too joins no name it starts. */
	e = run("The Florence Minster is old. Florence is a town in the "
	    "hills.");
	expect(e, "Florence", 1, ENT_PLACE, "Florence");
	entities_free(e);
}

/* "USA", "U.S." and "US" are one place, named by the full name when the
 * text has it. */
static void
country_acronyms_merged(void **state)
{
	struct entities	*e;

	(void)state;
	e = run("The USA and the U.S. are one. Talks in the United States "
	    "went on; US officials came.");
	check_shape(e, strlen(text));
	expect(e, "USA", 0, ENT_PLACE, "United States");
	expect(e, "U.S.", 0, ENT_PLACE, "United States");
	expect(e, "US", 1, ENT_PLACE, "United States");
	entities_free(e);

	e = run("The USA won. Then the U.S. lost.");
	expect(e, "USA", 0, ENT_PLACE, "USA");
	expect(e, "U.S.", 0, ENT_PLACE, "USA");
	entities_free(e);
}

/* Text of every kind. */

static void
multibyte_offsets(void **state)
{
	struct entities	*e;
	const struct mention *m;

	(void)state;
	e = run("Caf\xc3\xa9 owner Jos\xc3\xa9 M\xc3\xbcller paid \xe2\x82\xac"
	    "5m in Z\xc3\xbcrich \xe2\x80\x94 twice.");
	check_shape(e, strlen(text));
	m = mention_at(e, "Jos\xc3\xa9 M\xc3\xbcller", 0);
	assert_non_null(m);
	assert_int_equal(m->start, 12);
	assert_int_equal(m->end, 25);
	expect(e, "\xe2\x82\xac" "5m", 0, ENT_MONEY, NULL);
	expect(e, "Z\xc3\xbcrich", 0, ENT_PLACE, NULL);
	entities_free(e);
}

/* Chinese and Japanese put no space between words: a Latin name or a
 * number ends where their letters start, and a run of them is no name. */
static void
cjk_boundaries(void **state)
{
	struct entities	*e;
	const struct mention *m;
	size_t		 i;

	(void)state;
	e = run("\xe8\xb0\xb7\xe6\xad\x8c\xe5\x9c\xa8" "2014"
	    "\xe5\xb9\xb4\xe6\x94\xb6\xe8\xb4\xad\xe4\xba\x86" "DeepMind"
	    "\xe5\x85\xac\xe5\x8f\xb8\xe3\x80\x82" "DeepMind\xe8\xa1\xa8"
	    "\xe7\xa4\xba\xef\xbc\x8c\xe6\x9c\x89" "30%"
	    "\xe7\x9a\x84\xe4\xba\xba\xe3\x80\x82");
	check_shape(e, strlen(text));
	expect(e, "DeepMind", 0, ENT_ORG, "DeepMind");
	expect(e, "DeepMind", 1, ENT_ORG, "DeepMind");
	m = mention_at(e, "DeepMind", 1);
	assert_int_equal(m->end - m->start, 8);
	expect(e, "2014", 0, ENT_YEAR, NULL);
	expect(e, "30%", 0, ENT_PERCENT, NULL);
	for (i = 0; i < e->n; i++)
		assert_null(strstr(e->list[i].text, "\xe5"));
	entities_free(e);
}

static void
empty_and_odd_text(void **state)
{
	struct entities	*e;
	char		*s;
	size_t		 i, n;

	(void)state;
	e = entities_find("", 0);
	assert_int_equal(e->n, 0);
	assert_int_equal(e->nmentions, 0);
	assert_int_equal(e->ninner, 0);
	entities_free(e);
	e = entities_find(NULL, 0);
	assert_int_equal(e->n, 0);
	entities_free(e);
	entities_free(NULL);

	/* No spaces at all. */
	n = 100000;
	s = malloc(n + 1);
	assert_non_null(s);
	for (i = 0; i < n; i++)
		s[i] = "Abc,9."[i % 6];
	s[n] = '\0';
	e = run(s);
	check_shape(e, n);
	entities_free(e);
	memset(s, 'a', n);
	e = run(s);
	check_shape(e, n);
	entities_free(e);
	free(s);

	e = run("Putin,Kovacs,Vienna;2019/2020");
	check_shape(e, strlen(text));
	entities_free(e);

	/* Only punctuation and white space. */
	e = run(" \n\n\t.,;:!?\xe2\x80\x94 \"\" ' (( )) ");
	check_shape(e, strlen(text));
	assert_int_equal(e->nmentions, 0);
	entities_free(e);
}

static void
long_capitalised_run(void **state)
{
	static const char *const words[] = { "Alpha ", "Bravo ", "of ",
	    "Charlie ", "University ", "Delta ", "& ", "Echo ", "Mr. " };
	struct entities	*e;
	char		*s;
	size_t		 i, n = 0, cap = 1 << 20;

	(void)state;
	s = malloc(cap);
	assert_non_null(s);
	for (i = 0; n + 16 < cap; i++) {
		size_t	 k = strlen(words[i % 9]);

		memcpy(s + n, words[i % 9], k);
		n += k;
	}
	s[n] = '\0';
	e = run(s);
	check_shape(e, n);
	assert_true(e->nmentions >= 1);
	entities_free(e);
	free(s);
}

static void
cleaned_invalid_input(void **state)
{
	struct entities	*e;

	(void)state;
	/* U+FFFD where cleaning replaced bad bytes. */
	e = run("Kovacs\xef\xbf\xbds visit to Vienna cost \xef\xbf\xbd" "5m "
	    "and \xef\xbf\xbd\xef\xbf\xbd 40%.");
	check_shape(e, strlen(text));
	expect(e, "Vienna", 0, ENT_PLACE, NULL);
	expect(e, "40%", 0, ENT_PERCENT, NULL);
	entities_free(e);

	/* Raw bad bytes must not hurt either. */
	e = run("Kovacs\xff\xfe visit \xc3 to Vienna \xe2\x82 cost 5 \x80%.");
	check_shape(e, strlen(text));
	expect(e, "Vienna", 0, ENT_PLACE, NULL);
	entities_free(e);
}

/* Bytes of every kind, and words of every kind in every order: the
 * shape holds whatever comes. */
static void
random_input(void **state)
{
	static const char *const words[] = { "The ", "of ", "U.S. ", "$",
	    "5 ", "billion ", "Mr. ", "Kovacs", "'s ", "\n\n", "first ",
	    "one ", "-", "\xe2\x80\x99", "& ", "University ", "Vienna",
	    ". ", "(", ") ", "1930s ", "March ", "13, ", "2011 ", "%",
	    "\xef\xbf\xbd", "XVII ", "AND ", "\"", "New ", "York " };
	const size_t	 nwords = sizeof words / sizeof words[0];
	struct entities	*e;
	unsigned long	 seed = 12345;
	char		*s;
	size_t		 i, n = 1 << 16, k;
	int		 round;

	(void)state;
	s = malloc(n + 64);
	assert_non_null(s);
	for (round = 0; round < 8; round++) {
		for (i = 0; i < n; i++) {
			seed = seed * 6364136223846793005UL + 1442695040888963407UL;
			s[i] = (char)(seed >> 56);
		}
		e = entities_find(s, n);
		check_shape(e, n);
		entities_free(e);
		for (i = 0; i < n;) {
			seed = seed * 6364136223846793005UL + 1442695040888963407UL;
			k = strlen(words[(seed >> 33) % nwords]);
			if (i + k > n)
				break;
			memcpy(s + i, words[(seed >> 33) % nwords], k);
			i += k;
		}
		e = entities_find(s, i);
		check_shape(e, i);
		entities_free(e);
	}
	free(s);
}

static void
type_names(void **state)
{
	(void)state;
	assert_string_equal(entities_type_name(ENT_PERSON), "person");
	assert_string_equal(entities_type_name(ENT_PLACE), "place");
	assert_string_equal(entities_type_name(ENT_ORG), "org");
	assert_string_equal(entities_type_name(ENT_NAME), "name");
	assert_string_equal(entities_type_name(ENT_MONEY), "money");
	assert_string_equal(entities_type_name(ENT_PERCENT), "percent");
	assert_string_equal(entities_type_name(ENT_COUNT), "count");
	assert_string_equal(entities_type_name(ENT_YEAR), "year");
	assert_string_equal(entities_type_name(ENT_DATE), "date");
	assert_string_equal(entities_type_name(ENT_TIME), "time");
	assert_string_equal(entities_type_name(ENT_ORDINAL), "ordinal");
	assert_string_equal(entities_type_name(ENT_QUANTITY), "quantity");
	assert_string_equal(entities_type_name((enum ent_type)99), "name");
	assert_true(ENT_IS_FIGURE(ENT_MONEY));
	assert_false(ENT_IS_FIGURE(ENT_NAME));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(titles_stripped),
		cmocka_unit_test(possessives_stripped),
		cmocka_unit_test(possessives_inside),
		cmocka_unit_test(months_alone),
		cmocka_unit_test(place_words_first),
		cmocka_unit_test(aliases_merged),
		cmocka_unit_test(acronym_aliases),
		cmocka_unit_test(acronym_terms),
		cmocka_unit_test(hyphenated_and_non_western_names),
		cmocka_unit_test(demonyms_not_names),
		cmocka_unit_test(acronyms),
		cmocka_unit_test(sentence_initial_words),
		cmocka_unit_test(mid_sentence_common_words),
		cmocka_unit_test(headline_title_case),
		cmocka_unit_test(connectors_and_organisations),
		cmocka_unit_test(products_cut),
		cmocka_unit_test(figure_spans),
		cmocka_unit_test(figures_stop_at_lines),
		cmocka_unit_test(lines_look_back),
		cmocka_unit_test(same_after_long_text),
		cmocka_unit_test(text_without_nul),
		cmocka_unit_test(not_figures),
		cmocka_unit_test(figures_counted),
		cmocka_unit_test(multibyte_offsets),
		cmocka_unit_test(cjk_boundaries),
		cmocka_unit_test(empty_and_odd_text),
		cmocka_unit_test(long_capitalised_run),
		cmocka_unit_test(cleaned_invalid_input),
		cmocka_unit_test(random_input),
		cmocka_unit_test(type_names),
		cmocka_unit_test(figures_case_merged),
		cmocka_unit_test(figure_marks),
		cmocka_unit_test(names_typed_by_context),
		cmocka_unit_test(places_not_aliases),
		cmocka_unit_test(ordinary_capitals),
		cmocka_unit_test(names_typed_by_use),
		cmocka_unit_test(terms_and_labels),
		cmocka_unit_test(country_acronyms_merged),
		cmocka_unit_test(buildings_and_roads),
		cmocka_unit_test(authors_cited),
		cmocka_unit_test(compass_points),
		cmocka_unit_test(languages_and_peoples),
		cmocka_unit_test(lists_of_one_kind),
		cmocka_unit_test(common_words_untyped),
		cmocka_unit_test(works_titles),
		cmocka_unit_test(quoted_titles),
		cmocka_unit_test(compounds_of_words),
		cmocka_unit_test(events_named_after),
		cmocka_unit_test(codes_after_numbers),
		cmocka_unit_test(species_names),
		cmocka_unit_test(adjectives_of_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
