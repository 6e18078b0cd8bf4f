/* test_output.c: --json and --dump. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "doc.h"
#include "entities.h"
#include "output.h"
#include "testutil.h"
#include "xmalloc.h"

/* Everything f received, as a string (free it). */
static char *
slurp(FILE *f)
{
	long	 n;
	char	*s;

	fflush(f);
	n = ftell(f);
	s = xmalloc((size_t)n + 1);
	rewind(f);
	assert_int_equal(fread(s, 1, (size_t)n, f), (size_t)n);
	s[n] = '\0';
	return s;
}

static void
add_entity(struct entities *e, const char *text, enum ent_type t)
{
	e->list = xreallocarray(e->list, e->n + 1, sizeof *e->list);
	memset(&e->list[e->n], 0, sizeof e->list[e->n]);
	e->list[e->n].text = xstrdup(text);
	e->list[e->n].type = t;
	e->n++;
}

static void
add_mention(struct entities *e, size_t start, size_t end, size_t ent)
{
	e->mentions = xreallocarray(e->mentions, e->nmentions + 1,
	    sizeof *e->mentions);
	e->mentions[e->nmentions].start = start;
	e->mentions[e->nmentions].end = end;
	e->mentions[e->nmentions].entity = ent;
	if (e->list[ent].count++ == 0)
		e->list[ent].first = e->nmentions;
	e->nmentions++;
}

/* An article made by hand: "Putin’s visit" has a three-byte apostrophe,
 * so code-point offsets differ from byte offsets after it. */
static struct article *
sample(void)
{
	struct article	*a = xcalloc(1, sizeof *a);
	struct doc	*d = doc_new();
	struct entities	*e = xcalloc(1, sizeof *e);
	const char	*p1 = "Putin\xe2\x80\x99s \"two-day\" visit to China.";
	const char	*p2 = "China\tsaid\\no.";

	doc_set(&d->title, "Xi Greets Putin", (size_t)-1);
	doc_set(&d->date, "2024-05-16", (size_t)-1);
	doc_set(&d->url, "https://example.org/xi-putin/", (size_t)-1);
	doc_set(&d->feed, "https://example.org/feed/", (size_t)-1);
	doc_add_block(d, BLOCK_PARAGRAPH, 0, p1, strlen(p1));
	doc_add_block(d, BLOCK_CAPTION, 0, "A caption", 9);
	doc_add_block(d, BLOCK_PARAGRAPH, 0, p2, strlen(p2));
	doc_set_nav(&d->prev, NULL, "Pelosi Advises Against Debate");
	doc_finish(d);
	/* body: "Putin’s \"two-day\" visit to China.\n\nChina said\\no." */
	add_entity(e, "Vladimir Putin", ENT_PERSON);
	add_entity(e, "two-day", ENT_QUANTITY);
	add_entity(e, "China", ENT_PLACE);
	add_mention(e, 0, 5, 0);
	add_mention(e, 11, 18, 1);
	add_mention(e, 29, 34, 2);
	add_mention(e, 37, 42, 2);
	a->path = xstrdup("test");
	a->doc = d;
	a->ents = e;
	return a;
}

static void
test_json(void **state)
{
	struct article	*a = sample();
	FILE		*f = tmpfile();
	char		*s;

	(void)state;
	output_json(f, a);
	s = slurp(f);
	assert_string_equal(s,
	    "{\"title\":\"Xi Greets Putin\","
	    "\"headline\":\"Xi Greets Putin\",\"byline\":null,"
	    "\"date\":\"2024-05-16\",\"site\":null,\"lang\":null,"
	    "\"url\":\"https://example.org/xi-putin/\","
	    "\"feed\":\"https://example.org/feed/\","
	    "\"body\":\"Putin\xe2\x80\x99s \\\"two-day\\\" visit to China."
	    "\\n\\nChina said\\\\no.\","
	    "\"prev\":{\"href\":null,\"title\":\"Pelosi Advises Against "
	    "Debate\",\"file\":null},\"next\":null,"
	    "\"names\":[{\"text\":\"Vladimir Putin\",\"type\":\"person\","
	    "\"count\":1,\"spans\":[[0,5]]},{\"text\":\"China\","
	    "\"type\":\"place\",\"count\":2,\"spans\":[[27,32],[35,40]]}],"
	    "\"figures\":[{\"text\":\"two-day\",\"type\":\"quantity\","
	    "\"count\":1,\"spans\":[[9,16]]}],\"links\":[]}\n");
	free(s);
	fclose(f);
	article_free(a);
}

static void
test_json_string(void **state)
{
	FILE	*f = tmpfile();
	char	*s;

	(void)state;
	output_json_string(f, "a\"b\\c\n\x01\x7f\xc3\xa9");
	output_json_string(f, NULL);
	s = slurp(f);
	assert_string_equal(s, "\"a\\\"b\\\\c\\n\\u0001\\u007f\xc3\xa9\"null");
	free(s);
	fclose(f);

	/* Whatever a string holds (a file name, a link), the JSON is valid
	 * and drives no terminal: C1 controls, bidirectional overrides and
	 * tags escaped, invalid bytes U+FFFD. */
	f = tmpfile();
	output_json_string(f, "\x1b]0;t\x07" "a\xc2\x9b" "b\xe2\x80\xae"
	    "c\xf3\xa0\x81\x81" "d\xff\xc3" "e\xf0\x9f\x98\x80");
	s = slurp(f);
	assert_string_equal(s, "\"\\u001b]0;t\\u0007a\\u009bb\\u202ec"
	    "\\udb40\\udc41d\\ufffd\\ufffde\xf0\x9f\x98\x80\"");
	free(s);
	fclose(f);
}

/* An article from a page that tries to drive the terminal: --dump and
 * --json show none of it as a control sequence. */
static void
test_hostile(void **state)
{
	struct article	*a = xcalloc(1, sizeof *a);
	struct doc	*d = doc_new();
	FILE		*f;
	char		*s, *p;
	const char	*evil = "Text\x1b]0;pwned\x07 and\x1b[2J "
	    "\x1b]52;c;ZXZpbA==\x07clip \xc2\x9b" "31m "
	    "\xe2\x80\xae" "desrever\xe2\x80\xac end\x7f.";
	int		 json;

	(void)state;
	doc_set(&d->title, evil, (size_t)-1);
	doc_set(&d->byline, evil, (size_t)-1);
	doc_add_block(d, BLOCK_PARAGRAPH, 0, evil, (size_t)-1);
	doc_add_block(d, BLOCK_PRE, 0, evil, (size_t)-1);
	doc_add_block(d, BLOCK_CAPTION, 0, evil, (size_t)-1);
	doc_set_nav(&d->next, "/next\x1b]0;x\x07.html", evil);
	doc_block_begin(d, BLOCK_PARAGRAPH, 0);
	doc_span_begin(d, INL_LINK, "https://x.example/\x1b]0;x\x07\xe2\x80\xae"
	    "\xc2\x9b");
	doc_block_text(d, evil, (size_t)-1);
	doc_span_end(d);
	doc_block_end(d);
	doc_finish(d);
	a->path = xstrdup("hostile");
	a->doc = d;
	a->ents = xcalloc(1, sizeof *a->ents);
	for (json = 0; json < 5; json++) {
		f = tmpfile();
		if (json == 2)
			output_json(f, a);
		else if (json >= 3)
			output_dump_links(f, a, 30, json == 4);
		else
			output_dump(f, a, 30, json == 1);
		s = slurp(f);
		assert_non_null(strstr(s, "desrever"));
		/* With colour, the only escapes are folio's own SGR. */
		for (p = s; (p = strchr(p, '\x1b')) != NULL; p++) {
			assert_true(json == 1 || json == 4);
			assert_int_equal(p[1], '[');
			p += 2;
			while (*p == ';' || (*p >= '0' && *p <= '9'))
				p++;
			assert_int_equal(*p, 'm');
		}
		for (p = s; *p != '\0'; p++) {
			unsigned char c = (unsigned char)*p;

			assert_true(c >= 0x20 || c == '\n' || c == '\x1b');
			assert_true(c != 0x7f);
		}
		assert_null(strstr(s, "\xc2\x9b"));
		assert_null(strstr(s, "\xe2\x80\xae"));
		assert_null(strstr(s, "\xe2\x80\xac"));
		free(s);
		fclose(f);
	}
	article_free(a);
}

/* An article with links: before them text of more bytes than code
 * points, one in a caption, one resolved to a file. */
static struct article *
linked(void)
{
	struct article	*a = xcalloc(1, sizeof *a);
	struct doc	*d = doc_new();

	doc_set(&d->title, "Links", (size_t)-1);
	doc_block_begin(d, BLOCK_PARAGRAPH, 0);
	doc_block_text(d, "Caf\xc3\xa9 ", (size_t)-1);
	doc_span_begin(d, INL_LINK, "b.html");
	doc_block_text(d, "na\xc3\xafve", (size_t)-1);
	doc_span_end(d);
	doc_block_text(d, " and ", (size_t)-1);
	doc_span_begin(d, INL_STRONG, NULL);
	doc_span_begin(d, INL_LINK, "mailto:a@example.org");
	doc_block_text(d, "mail", (size_t)-1);
	doc_span_end(d);
	doc_span_end(d);
	doc_block_text(d, ".", (size_t)-1);
	doc_block_end(d);
	doc_block_begin(d, BLOCK_CAPTION, 0);
	doc_span_begin(d, INL_LINK, "https://example.org/photo");
	doc_block_text(d, "Photo", (size_t)-1);
	doc_span_end(d);
	doc_block_end(d);
	doc_block_begin(d, BLOCK_PARAGRAPH, 0);
	doc_block_text(d, "\xe2\x80\x9c" "End\xe2\x80\x9d ", (size_t)-1);
	doc_span_begin(d, INL_LINK, "#top");
	doc_block_text(d, "up", (size_t)-1);
	doc_span_end(d);
	doc_block_end(d);
	doc_finish(d);
	d->link_files = xcalloc(d->nlinks, sizeof *d->link_files);
	d->link_files[0] = xstrdup("dir/b.html");
	a->path = xstrdup("links");
	a->doc = d;
	a->ents = xcalloc(1, sizeof *a->ents);
	return a;
}

static void
test_json_links(void **state)
{
	struct article	*a = linked();
	FILE		*f = tmpfile();
	char		*s;

	(void)state;
	output_json(f, a);
	s = slurp(f);
	/* body: "Café naïve and mail.\n\n“End” up" */
	assert_non_null(strstr(s, ",\"links\":["
	    "{\"text\":\"na\xc3\xafve\",\"href\":\"b.html\",\"span\":[5,10],"
	    "\"file\":\"dir/b.html\"},"
	    "{\"text\":\"mail\",\"href\":\"mailto:a@example.org\","
	    "\"span\":[15,19]},"
	    "{\"text\":\"Photo\",\"href\":\"https://example.org/photo\","
	    "\"span\":null},"
	    "{\"text\":\"up\",\"href\":\"#top\",\"span\":[28,30]}]}\n"));
	free(s);
	fclose(f);
	article_free(a);
}

static void
test_dump_links(void **state)
{
	struct article	*a = linked();
	FILE		*f = tmpfile();
	char		*s;

	(void)state;
	output_dump_links(f, a, 0, false);
	s = slurp(f);
	assert_string_equal(s,
	    "Links\n"
	    "\n"
	    "Caf\xc3\xa9 na\xc3\xafve[1] and mail[2].\n"
	    "\n"
	    "Photo[3]\n"
	    "\n"
	    "\xe2\x80\x9c" "End\xe2\x80\x9d up[4]\n"
	    "\n"
	    "References\n"
	    "\n"
	    "   1. b.html\n"
	    "   2. mailto:a@example.org\n"
	    "   3. https://example.org/photo\n"
	    "   4. #top\n");
	free(s);
	fclose(f);
	/* Wrapped: the number stays with its link's last word when it
	 * fits; the article without links lists none. */
	f = tmpfile();
	output_dump_links(f, a, 12, true);
	s = slurp(f);
	assert_non_null(strstr(s, "References"));
	free(s);
	fclose(f);
	article_free(a);
	a = sample();
	f = tmpfile();
	output_dump_links(f, a, 0, false);
	s = slurp(f);
	assert_null(strstr(s, "References"));
	assert_null(strstr(s, "["));
	free(s);
	fclose(f);
	article_free(a);
}

static void
test_dump(void **state)
{
	struct article	*a = sample();
	FILE		*f = tmpfile();
	char		*s;

	(void)state;
	output_dump(f, a, 0, false);
	s = slurp(f);
	assert_non_null(strstr(s, "Xi Greets Putin\n"));
	assert_non_null(strstr(s, "Putin\xe2\x80\x99s \"two-day\" visit to "
	    "China.\n"));
	assert_null(strchr(s, '\033'));
	assert_null(strchr(s, '\t'));
	free(s);
	fclose(f);

	/* With colour, each mention is set off by escapes. */
	f = tmpfile();
	output_dump(f, a, 0, true);
	s = slurp(f);
	assert_non_null(strstr(s, "m" "Putin\033["));
	assert_non_null(strstr(s, "m" "two-day\033["));
	free(s);
	fclose(f);
	article_free(a);
}

int
main(void)
{
	struct CMUnitTest tests[] = {
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_json_string),
		cmocka_unit_test(test_dump),
		cmocka_unit_test(test_json_links),
		cmocka_unit_test(test_dump_links),
		cmocka_unit_test(test_hostile),
	};

	return run_utf8_tests(tests, NULL, NULL);
}
