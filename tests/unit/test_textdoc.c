/* test_textdoc.c: plain-text articles. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "textdoc.h"
#include "xmalloc.h"
#include "testutil.h"

static struct doc *
parse_file(const char *name)
{
	struct doc	*d;
	size_t		 len;
	char		*text = test_read(name, &len);

	d = textdoc_parse(text, len);
	free(text);
	return d;
}

static struct doc *
parse_str(const char *text)
{
	return textdoc_parse(text, strlen(text));
}

/* None of the seed theme's chrome, nor other themes', in the body. */
static void
assert_no_chrome(const struct doc *d)
{
	static const char *chrome[] = {
		"Share this", "Shareable URL", "Prev Post", "Next Post",
		"Leave a", "Your email", "Read next", "Required fields",
		"Advertisement", "Tweet", "Tags:", "Subscribe", "cookie",
		"Comments", "Post Comment", "Related Posts", "Continue reading",
		"Older:", "Sign up", "inbox"
	};
	size_t	 i;

	for (i = 0; i < sizeof chrome / sizeof chrome[0]; i++)
		if (strstr(d->body, chrome[i]) != NULL)
			fail_msg("chrome \"%s\" in the body: %s", chrome[i],
			    d->body);
}

static void
test_seed_format(void **state)
{
	struct doc	*d = parse_file("text-caards.txt");

	(void)state;
	assert_string_equal(d->title, "Lakeside Library Reopens After "
	    "\xe2\x80\x98Long, Quiet Winter\xe2\x80\x99 of Repairs");
	assert_null(d->byline);
	assert_null(d->date);
	assert_int_equal(d->nblocks, 4);
	assert_int_equal(d->blocks[0].kind, BLOCK_PARAGRAPH);
	assert_true(strncmp(BLOCK_TEXT(&d->blocks[0]),
	    "The Lakeside Public Library "
	    "reopened", 36) == 0);
	assert_string_equal(BLOCK_TEXT(&d->blocks[3]), "Children\xe2\x80\x99s "
	    "programmes resume next week, with story hours on Tuesdays and "
	    "Saturdays.");
	assert_non_null(strstr(BLOCK_TEXT(&d->blocks[1]),
	    "\xe2\x80\x9cPeople kept"));
	assert_no_chrome(d);
	assert_null(d->prev.href);
	assert_string_equal(d->prev.title,
	    "County Opens Bids for New Ferry Terminal");
	assert_null(d->next.href);
	assert_string_equal(d->next.title,
	    "Harbour Festival Draws Record Crowds Despite Rain");
	/* The body is the blocks, a blank line apart. */
	assert_int_equal(d->body_len, strlen(d->body));
	assert_int_equal(d->blocks[1].body_off, d->blocks[0].len + 2);
	doc_free(d);
}

static void
check_rail(struct doc *d)
{
	assert_string_equal(d->title, "Rail Union Agrees to Two-Year Pay Deal");
	assert_int_equal(d->nblocks, 2);
	assert_string_equal(BLOCK_TEXT(&d->blocks[1]),
	    "The agreement raises wages by "
	    "4.5% this year and 3% next year, union secretary Tomas Lindqvist "
	    "said.");
	assert_null(strchr(d->body, '\r'));
	assert_string_equal(d->prev.title,
	    "Port Authority Names New Chief Executive");
	assert_string_equal(d->next.title,
	    "Bus Fares to Rise by 10 Cents in July");
	assert_no_chrome(d);
	doc_free(d);
}

static void
test_crlf(void **state)
{
	(void)state;
	check_rail(parse_file("text-crlf.txt"));
}

static void
test_lone_cr(void **state)
{
	(void)state;
	check_rail(parse_file("text-cr.txt"));
}

static void
test_no_final_newline(void **state)
{
	struct doc	*d = parse_str("Title\n\nOnly paragraph, no newline.");

	(void)state;
	assert_string_equal(d->title, "Title");
	assert_string_equal(d->body, "Only paragraph, no newline.");
	doc_free(d);
}

static void
test_hard_wrapped(void **state)
{
	struct doc	*d = parse_file("text-wrapped.txt");
	const struct block *b = d->blocks;

	(void)state;
	/* A title wrapped after "of" is joined; the byline under it. */
	assert_string_equal(d->title,
	    "Council Budget Leaves Parks Short of Maintenance Money");
	assert_string_equal(d->byline, "Priya Natarajan");
	assert_string_equal(d->date, "2024-03-04");
	assert_int_equal(d->nblocks, 13);

	/* "sec-" + "ond" is one word that the text spells "second"
	 * elsewhere; "well-" + "meaning" keeps its hyphen. */
	assert_int_equal(b[0].kind, BLOCK_PARAGRAPH);
	assert_string_equal(BLOCK_TEXT(&b[0]),
	    "The city council passed a budget of "
	    "$312 million on Tuesday night, but parks officials warned that "
	    "the maintenance line, cut by 8% for the second year running, "
	    "would leave playgrounds and paths in poor repair.");
	assert_non_null(strstr(BLOCK_TEXT(&b[1]), "\xe2\x80\x9cshort-term, "
	    "well-meaning mistake\xe2\x80\x9d"));
	/* An em dash at a line's end joins with the space it had. */
	assert_non_null(strstr(BLOCK_TEXT(&b[1]), "books \xe2\x80\x94 "
	    "\xe2\x80\x9c" "every department"));

	assert_int_equal(b[2].kind, BLOCK_HEADING);
	assert_string_equal(BLOCK_TEXT(&b[2]), "What the Budget Funds");
	assert_int_equal(b[3].kind, BLOCK_PARAGRAPH);

	assert_int_equal(b[4].kind, BLOCK_LIST_ITEM);
	assert_string_equal(BLOCK_TEXT(&b[4]),
	    "40 new police officers, hired over "
	    "two years");
	assert_int_equal(b[4].number, 0);
	assert_int_equal(b[5].kind, BLOCK_LIST_ITEM);
	assert_int_equal(b[6].kind, BLOCK_LIST_ITEM);
	assert_string_equal(BLOCK_TEXT(&b[6]),
	    "free bus travel for residents over 75");
	assert_int_equal(b[7].kind, BLOCK_LIST_ITEM);
	assert_int_equal(b[7].number, 1);
	assert_string_equal(BLOCK_TEXT(&b[7]),
	    "Parks maintenance: $11.2 million");
	assert_int_equal(b[8].number, 2);

	assert_int_equal(b[9].kind, BLOCK_QUOTE);
	assert_int_equal(b[9].level, 1);
	assert_string_equal(BLOCK_TEXT(&b[9]),
	    "We cannot keep deferring repairs. "
	    "The bill only grows.");

	/* Indented lines are kept as they are, blank line and all. */
	assert_int_equal(b[11].kind, BLOCK_PRE);
	assert_string_equal(BLOCK_TEXT(&b[11]),
	    "Department      2023    2024\n"
	    "Parks           12.2    11.2\n"
	    "\n"
	    "Libraries        9.5     9.8");
	assert_int_equal(b[12].kind, BLOCK_PARAGRAPH);
	doc_free(d);
}

static void
test_hyphens(void **state)
{
	struct doc	*d;

	(void)state;
	/* A compound split at its hyphen, a spaced dash, and a hyphen
	 * before a number. */
	d = parse_str("T\n\nThe Biden-\nTrump debate, costs -\nand fees, "
	    "the mid-\n1990s.\n");
	assert_string_equal(d->body,
	    "The Biden-Trump debate, costs - and fees, the mid-1990s.");
	doc_free(d);
	/* Without the whole word elsewhere, the hyphen stays. */
	d = parse_str("T\n\nA long-\nawaited report.\n");
	assert_string_equal(d->body, "A long-awaited report.");
	doc_free(d);
	/* With it, the hyphen goes. */
	d = parse_str("T\n\nThe govern-\nment said the government would.\n");
	assert_string_equal(d->body,
	    "The government said the government would.");
	doc_free(d);
}

static void
test_bylines(void **state)
{
	static const struct {
		const char	*line, *byline, *date;
	} cases[] = {
		{ "By Jane Doe", "Jane Doe", NULL },
		{ "BY JANE DOE", "JANE DOE", NULL },
		{ "By Jane Doe | May 16, 2024", "Jane Doe", "2024-05-16" },
		{ "May 16, 2024", NULL, "2024-05-16" },
		{ "Published 16 May 2024", NULL, "2024-05-16" },
		{ "Jane Doe \xc2\xb7 5 min read", "Jane Doe", NULL },
		{ "By Jane Doe and Ali Khan, May 16th, 2024",
		    "Jane Doe and Ali Khan", "2024-05-16" },
		{ "Posted on May 16, 2024 by Jane Doe", "Jane Doe",
		    "2024-05-16" },
		{ "Thursday, May 16, 2024 at 10:30 am", NULL, "2024-05-16" },
		{ "2024-05-16T09:00:00Z", NULL, "2024-05-16" },
		{ "Updated: Sept. 3, 2023", NULL, "2023-09-03" },
		{ "By Jane Doe, Reuters staff \xe2\x80\x94 Mar 4 2024",
		    "Jane Doe, Reuters staff", "2024-03-04" },
		{ "16/05/2024", NULL, "2024-05-16" },
		{ "05/16/2024", NULL, "2024-05-16" },
		{ "05/06/2024", NULL, "05/06/2024" },	/* ambiguous */
		{ "May 2024", NULL, "May 2024" },
		{ "Jane Doe | 3 hours ago", "Jane Doe", "3 hours ago" },
		{ "Reading time: 4 minutes", NULL, NULL },
	};
	struct doc	*d;
	char		*text;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		text = xasprintf("A Title\n%s\n\nThe body.\n", cases[i].line);
		d = parse_str(text);
		if (cases[i].byline == NULL)
			assert_null(d->byline);
		else
			assert_string_equal(d->byline, cases[i].byline);
		if (cases[i].date == NULL)
			assert_null(d->date);
		else
			assert_string_equal(d->date, cases[i].date);
		assert_string_equal(d->body, "The body.");
		doc_free(d);
		free(text);
	}
}

static void
test_not_bylines(void **state)
{
	static const char *lines[] = {
		"Jane Doe",	/* a name without a cue */
		"By the end of the week, the council had voted.",
		"By Tuesday the council had voted",
		"May 16 was a quiet day in the city.",
		"Published reports say 2024 was warmer.",
	};
	struct doc	*d;
	char		*text;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		text = xasprintf("A Title\n\n%s\n\nThe body.\n", lines[i]);
		d = parse_str(text);
		assert_null(d->byline);
		assert_null(d->date);
		assert_int_equal(d->nblocks, 2);
		assert_string_equal(BLOCK_TEXT(&d->blocks[0]), lines[i]);
		doc_free(d);
		free(text);
	}
}

static void
test_other_themes(void **state)
{
	struct doc	*d = parse_file("text-other-theme.txt");

	(void)state;
	/* "Skip to content" and the cookie notice are not the title. */
	assert_string_equal(d->title, "Storm Closes Coastal Road for Third Day");
	assert_string_equal(d->date, "2024-05-16");
	assert_int_equal(d->nblocks, 3);
	assert_string_equal(BLOCK_TEXT(&d->blocks[2]),
	    "Ferries will run twice a day "
	    "from Harbourside until the road reopens, the regional council "
	    "said.");
	assert_no_chrome(d);
	/* Labels and titles on one line. */
	assert_string_equal(d->prev.title,
	    "Sea Wall Repairs Approved After Winter Storms");
	assert_string_equal(d->next.title,
	    "Coastal Residents Demand Faster Road Repairs");
	doc_free(d);
}

static void
test_one_side(void **state)
{
	struct doc	*d;

	(void)state;
	d = parse_file("text-no-prev.txt");
	assert_null(d->prev.title);
	assert_string_equal(d->next.title,
	    "County Opens Bids for New Ferry Terminal");
	assert_int_equal(d->nblocks, 1);
	assert_no_chrome(d);
	doc_free(d);

	/* "Read next" run into the first related title, as a page saved
	 * as text has it. */
	d = parse_file("text-no-next.txt");
	assert_string_equal(d->prev.title,
	    "Harbour Festival Draws Record Crowds Despite Rain");
	assert_null(d->next.title);
	assert_int_equal(d->nblocks, 1);
	assert_null(strstr(d->body, "Timetable"));
	assert_null(strstr(d->body, "Flood"));
	assert_no_chrome(d);
	doc_free(d);
}

static void
test_degenerate(void **state)
{
	struct doc	*d;

	(void)state;
	d = parse_file("text-title-only.txt");
	assert_string_equal(d->title, "Ferry Service Suspended");
	assert_int_equal(d->nblocks, 0);
	assert_string_equal(d->body, "");
	doc_free(d);

	d = parse_file("text-empty.txt");
	assert_null(d->title);
	assert_int_equal(d->nblocks, 0);
	assert_non_null(d->body);
	assert_int_equal(d->body_len, 0);
	doc_free(d);

	d = parse_file("text-blank.txt");
	assert_null(d->title);
	assert_int_equal(d->nblocks, 0);
	doc_free(d);

	d = textdoc_parse(NULL, 0);
	assert_null(d->title);
	assert_string_equal(d->body, "");
	doc_free(d);

	/* Only chrome: no title, no body, but the links. */
	d = parse_file("text-only-chrome.txt");
	assert_null(d->title);
	assert_int_equal(d->nblocks, 0);
	assert_string_equal(d->prev.title,
	    "County Opens Bids for New Ferry Terminal");
	assert_string_equal(d->next.title,
	    "Bus Fares to Rise by 10 Cents in July");
	doc_free(d);
}

static void
test_labels_in_sentences(void **state)
{
	struct doc	*d;

	(void)state;
	d = parse_str("Title\n\n"
	    "Next week the council will vote again.\n\n"
	    "Next, officials said, comes the hard part.\n\n"
	    "Next Steps for the Harbour Bridge\n\n"
	    "Older residents said the plan was rushed.\n\n"
	    "Next: the vote on the budget, due in May.\n\n"
	    "Previous\n\n"
	    "Plans were drawn up in 2019 and shelved, and this paragraph "
	    "ends with a full stop.\n\n"
	    "\xe2\x86\x92 See the full report on the council website\n\n"
	    "The end.\n");
	assert_null(d->prev.title);
	assert_null(d->next.title);
	assert_int_equal(d->nblocks, 9);
	assert_int_equal(d->blocks[2].kind, BLOCK_HEADING);
	assert_string_equal(BLOCK_TEXT(&d->blocks[2]),
	    "Next Steps for the Harbour Bridge");
	assert_string_equal(BLOCK_TEXT(&d->blocks[8]), "The end.");
	doc_free(d);
}

static void
test_label_forms(void **state)
{
	struct doc	*d;

	(void)state;
	/* Other labels, on their own line or with the title. */
	d = parse_str("T\n\nBody.\n\nPrevious article\nThe Older One\n\n"
	    "Newer Post \xc2\xbb The Newer One\n");
	assert_string_equal(d->prev.title, "The Older One");
	assert_string_equal(d->next.title, "The Newer One");
	assert_string_equal(d->body, "Body.");
	doc_free(d);

	d = parse_str("T\n\nBody.\n\n\xe2\x86\x90 Previous Post\n\n\nA\n\n"
	    "Next Story \xe2\x86\x92\nB\n");
	assert_string_equal(d->prev.title, "A");
	assert_string_equal(d->next.title, "B");
	doc_free(d);

	/* A label with no title before the next label: no link, but the
	 * trailing chrome has started. */
	d = parse_str("T\n\nBody.\n\nPrev Post\n\nNext Post\n\nB\n\n"
	    "Not body.\n");
	assert_null(d->prev.title);
	assert_string_equal(d->next.title, "B");
	assert_string_equal(d->body, "Body.");
	doc_free(d);

	/* Labels of other languages. */
	d = parse_str("T\n\nCuerpo.\n\nArt\xc3\xad" "culo anterior\nEl faro\n\n"
	    "Siguiente art\xc3\xad" "culo: El puerto\n");
	assert_string_equal(d->prev.title, "El faro");
	assert_string_equal(d->next.title, "El puerto");
	assert_string_equal(d->body, "Cuerpo.");
	doc_free(d);

	d = parse_str("T\n\nText.\n\n\xe4\xb8\x8a\xe4\xb8\x80\xe7\xaf\x87"
	    "\xef\xbc\x9a\xe6\xb8\xaf\xe5\x8f\xa3\n\nVorheriger Artikel\n"
	    "Der Hafen\n");
	assert_string_equal(d->prev.title, "\xe6\xb8\xaf\xe5\x8f\xa3");
	assert_string_equal(d->body, "Text.");
	doc_free(d);

	/* The first link of a direction wins. */
	d = parse_str("T\n\nBody.\n\nNext Post: A\n\nRead next\n\n"
	    "Next Post: B\n");
	assert_string_equal(d->next.title, "A");
	doc_free(d);
}

static void
test_chrome_placement(void **state)
{
	struct doc	*d;

	(void)state;
	/* A share bar under the title is dropped; the body follows. */
	d = parse_str("Title\n\nShare this article\nShare on Facebook\n\n"
	    "The body.\n\nShare this article\n\nNot the body.\n");
	assert_string_equal(d->title, "Title");
	assert_string_equal(d->body, "The body.");
	doc_free(d);

	/* Lines dropped inside the body, which goes on after them. */
	d = parse_str("Title\n\nOne.\n\nADVERTISEMENT\n\nTwo.\n"
	    "Tags: a, b\n\nContinue reading below\n\nThree.\n");
	assert_string_equal(d->body, "One.\n\nTwo.\n\nThree.");
	doc_free(d);

	/* Comments end the article; their count and title too. */
	d = parse_str("Title\n\nOne.\n\nOne thought on \xe2\x80\x9cTitle"
	    "\xe2\x80\x9d\n\nNice piece.\n");
	assert_string_equal(d->body, "One.");
	doc_free(d);
	d = parse_str("Title\n\nOne.\n\n12 Comments\n\nNice piece.\n");
	assert_string_equal(d->body, "One.");
	doc_free(d);
	d = parse_str("Title\n\nOne.\n\nNo Comments\n\nNice piece.\n");
	assert_string_equal(d->body, "One.");
	doc_free(d);
	/* Prose that starts like a count. */
	d = parse_str("Title\n\n\"Bartleby,\" said I.\n\nNo reply.\n\n"
	    "One response came.\n\nNo replies\n\nThe end.\n");
	assert_string_equal(d->body, "\"Bartleby,\" said I.\n\nNo reply.\n\n"
	    "One response came.\n\nNo replies\n\nThe end.");
	doc_free(d);
	d = parse_str("Title\n\nOne.\n\nTwo responses to the plan came "
	    "in.\n\nLeave a Reply Cancel reply\n\nNice piece.\n");
	assert_string_equal(d->body,
	    "One.\n\nTwo responses to the plan came in.");
	doc_free(d);

	/* A newsletter box in the middle goes, the body after it stays; a
	 * sentence that starts like one stays. */
	d = parse_str("Title\n\nOne.\n\nSign up for The Morning Brief\n"
	    "Enter your email\nSubscribe\n\nTwo.\n\n"
	    "Sign up for the scheme opened on May 1.\n");
	assert_string_equal(d->body,
	    "One.\n\nTwo.\n\nSign up for the scheme opened on May 1.");
	doc_free(d);

	/* Decoration rules. */
	d = parse_str("Title\n=====\n\nOne.\n\n* * *\n\nTwo.\n");
	assert_string_equal(d->title, "Title");
	assert_string_equal(d->body, "One.\n\nTwo.");
	doc_free(d);
}

static void
test_headings(void **state)
{
	struct doc	*d;

	(void)state;
	d = parse_str("Title\n\nIntro.\n\nWHAT COMES NEXT\n\nBody one.\n\n"
	    "Is This a Heading?\n\nBody two.\n\n"
	    "the lower case line\n\nBody three.\n\n"
	    "A Heading Right Above\nIts paragraph, which goes on for a while "
	    "longer than it.\n\n"
	    "Jane Doe Reporting\n");
	assert_int_equal(d->blocks[1].kind, BLOCK_HEADING);
	assert_int_equal(d->blocks[1].level, 2);
	assert_string_equal(BLOCK_TEXT(&d->blocks[1]), "WHAT COMES NEXT");
	assert_int_equal(d->blocks[3].kind, BLOCK_PARAGRAPH);	/* "?" */
	assert_int_equal(d->blocks[5].kind, BLOCK_PARAGRAPH);	/* lower */
	assert_int_equal(d->blocks[7].kind, BLOCK_HEADING);
	assert_string_equal(BLOCK_TEXT(&d->blocks[7]), "A Heading Right Above");
	assert_int_equal(d->blocks[8].kind, BLOCK_PARAGRAPH);
	/* Nothing follows it: not a heading. */
	assert_int_equal(d->blocks[9].kind, BLOCK_PARAGRAPH);
	assert_int_equal(d->nblocks, 10);
	doc_free(d);
}

static void
test_lists_and_quotes(void **state)
{
	struct doc	*d;

	(void)state;
	d = parse_str("T\n\n- one\n  - one.a\n    - one.a.i\n- two\n"
	    "\xe2\x80\xa2 three\n3) four\n\n> outer\n>> inner\n> \n> again\n");
	assert_int_equal(d->nblocks, 9);
	assert_int_equal(d->blocks[0].level, 1);
	assert_int_equal(d->blocks[1].level, 2);
	assert_string_equal(BLOCK_TEXT(&d->blocks[1]), "one.a");
	assert_int_equal(d->blocks[2].level, 3);
	assert_int_equal(d->blocks[3].level, 1);
	assert_int_equal(d->blocks[4].kind, BLOCK_LIST_ITEM);
	assert_string_equal(BLOCK_TEXT(&d->blocks[4]), "three");
	assert_int_equal(d->blocks[5].number, 3);
	assert_int_equal(d->blocks[6].kind, BLOCK_QUOTE);
	assert_int_equal(d->blocks[6].level, 1);
	assert_int_equal(d->blocks[7].level, 2);
	assert_string_equal(BLOCK_TEXT(&d->blocks[7]), "inner");
	assert_string_equal(BLOCK_TEXT(&d->blocks[8]), "again");
	doc_free(d);

	/* A tab indents a preformatted block; "-" alone is no list. */
	d = parse_str("T\n\n\tcode();\n\t\tmore();\n\n-\n");
	assert_int_equal(d->blocks[0].kind, BLOCK_PRE);
	assert_string_equal(BLOCK_TEXT(&d->blocks[0]), "code();\n\tmore();");
	assert_int_equal(d->nblocks, 2);
	assert_int_equal(d->blocks[1].kind, BLOCK_PARAGRAPH);
	doc_free(d);
}

static void
test_cleaning(void **state)
{
	struct doc	*d;
	const char	 text[] = "\xef\xbb\xbfTi\x1btle\xa0X\n\nBody \x93q\x94 "
	    "\x01ok.\n";

	(void)state;
	/* A byte order mark, control characters and windows-1252 bytes. */
	d = textdoc_parse(text, sizeof text - 1);
	assert_string_equal(d->title, "Title X");	/* U+00A0 a space */
	assert_string_equal(d->body,
	    "Body \xe2\x80\x9cq\xe2\x80\x9d ok.");
	doc_free(d);

	/* The title said again as the first paragraph. */
	d = parse_str("Same Title\n\nSame Title\n\nBody.\n");
	assert_string_equal(d->body, "Body.");
	doc_free(d);
}

static void
test_raw(void **state)
{
	struct doc	*d;
	const char	 text[] = "Title\r\n\r\n\tShare this article\nNext Post"
	    "\x1b[0m\x7f";

	(void)state;
	d = textdoc_raw(text, sizeof text - 1);
	assert_null(d->title);
	assert_null(d->next.title);
	assert_int_equal(d->nblocks, 1);
	assert_int_equal(d->blocks[0].kind, BLOCK_PRE);
	assert_string_equal(d->body, "Title\r\n\r\n\tShare this article\n"
	    "Next Post\xef\xbf\xbd[0m\xef\xbf\xbd");
	doc_free(d);

	d = textdoc_raw("", 0);
	assert_int_equal(d->nblocks, 0);
	assert_string_equal(d->body, "");
	doc_free(d);
	d = textdoc_raw(NULL, 0);
	assert_string_equal(d->body, "");
	doc_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed_format),
		cmocka_unit_test(test_crlf),
		cmocka_unit_test(test_lone_cr),
		cmocka_unit_test(test_no_final_newline),
		cmocka_unit_test(test_hard_wrapped),
		cmocka_unit_test(test_hyphens),
		cmocka_unit_test(test_bylines),
		cmocka_unit_test(test_not_bylines),
		cmocka_unit_test(test_other_themes),
		cmocka_unit_test(test_one_side),
		cmocka_unit_test(test_degenerate),
		cmocka_unit_test(test_labels_in_sentences),
		cmocka_unit_test(test_label_forms),
		cmocka_unit_test(test_chrome_placement),
		cmocka_unit_test(test_headings),
		cmocka_unit_test(test_lists_and_quotes),
		cmocka_unit_test(test_cleaning),
		cmocka_unit_test(test_raw),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
