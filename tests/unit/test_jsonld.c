/* test_jsonld.c: what a page's JSON-LD says of its article. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "jsonld.h"
#include "utf8.h"
#include "xmalloc.h"

static void
test_article(void **state)
{
	struct jsonld	 ld;

	(void)state;
	assert_true(jsonld_read("{\"@context\":\"https://schema.org\","
	    "\"@type\":\"NewsArticle\",\"headline\":\"Ferry returns\","
	    "\"author\":[{\"@type\":\"Person\",\"name\":\"Mara Lindqvist\"},"
	    "\"Tomas Herrera\",{\"name\":\"https://social.example/tomas\"}],"
	    "\"datePublished\":\"2023-05-19T08:00:00Z\",\"dateCreated\":"
	    "\"2023-05-18\",\"publisher\":{\"@type\":\"Organization\","
	    "\"name\":\"Coastline &amp; Daily\"},\"inLanguage\":\"en-GB\"}",
	    NULL, &ld));
	assert_string_equal(ld.title, "Ferry returns");
	assert_string_equal(ld.byline, "Mara Lindqvist, Tomas Herrera");
	assert_string_equal(ld.date, "2023-05-19T08:00:00Z");
	assert_string_equal(ld.created, "2023-05-18");
	assert_string_equal(ld.site, "Coastline & Daily");
	assert_string_equal(ld.lang, "en-GB");
	jsonld_free(&ld);
	assert_null(ld.title);
	jsonld_free(&ld);	/* twice is fine */
}

/* The article is looked for through arrays and @graph, its @type may be
 * a list or a schema.org URL, and its author an @id found elsewhere. */
static void
test_find(void **state)
{
	struct jsonld	 ld;

	(void)state;
	assert_true(jsonld_read("<![CDATA[ {\"@graph\":[{\"@type\":"
	    "\"WebSite\",\"name\":\"Harbour News\"},{\"@type\":\"Person\","
	    "\"@id\":\"#ines\",\"name\":\"Ines Moreau\"},{\"@type\":["
	    "\"CreativeWork\",\"http://schema.org/BlogPosting\"],\"name\":"
	    "\"Tide tables\",\"author\":{\"@id\":\"#ines\"}}]} ]]>", NULL,
	    &ld));
	assert_string_equal(ld.title, "Tide tables");
	assert_string_equal(ld.byline, "Ines Moreau");
	assert_null(ld.date);
	assert_null(ld.site);
	jsonld_free(&ld);

	/* The first article in the text. */
	assert_true(jsonld_read("[{\"@type\":\"Article\",\"headline\":\"One\"},"
	    "{\"@type\":\"Article\",\"headline\":\"Two\"}]", NULL, &ld));
	assert_string_equal(ld.title, "One");
	jsonld_free(&ld);
}

/* A headline and a different name: the name when the page title holds
 * it and not half of the headline. */
static void
test_name_or_headline(void **state)
{
	static const char page[] = "{\"@type\":\"Article\",\"name\":"
	    "\"Harbour lights back on\",\"headline\":\"A storm, a cable and "
	    "three weeks of darkness on the wall\"}";
	struct jsonld	 ld;
	char		*f;

	(void)state;
	f = utf8_fold("Harbour lights back on | Harbour News");
	assert_true(jsonld_read(page, f, &ld));
	assert_string_equal(ld.title, "Harbour lights back on");
	jsonld_free(&ld);
	free(f);
	f = utf8_fold("A storm, a cable and three weeks of darkness");
	assert_true(jsonld_read(page, f, &ld));
	assert_string_equal(ld.title, "A storm, a cable and three weeks of "
	    "darkness on the wall");
	jsonld_free(&ld);
	free(f);
	assert_true(jsonld_read(page, NULL, &ld));
	assert_string_equal(ld.title, "A storm, a cable and three weeks of "
	    "darkness on the wall");
	jsonld_free(&ld);
}

/* Escapes: \u with surrogate pairs, a lone surrogate as U+FFFD, and the
 * HTML entities some sites leave in. */
static void
test_strings(void **state)
{
	struct jsonld	 ld;

	(void)state;
	assert_true(jsonld_read("{\"@type\":\"Article\",\"headline\":"
	    "\"Caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\ud800x &#8217;s &lt;b&gt;"
	    "\\n\\/\"}", NULL, &ld));
	assert_string_equal(ld.title, "Caf\xc3\xa9 \xf0\x9f\x98\x80 \"q\" "
	    "\xef\xbf\xbdx \xe2\x80\x99s <b>\n/");
	jsonld_free(&ld);
}

/* Text that is no JSON, is cut short, nests too deep or holds no
 * article gives nothing, and leaves ld as it was. (A missing comma is
 * forgiven, as pages need.) */
static void
test_bad(void **state)
{
	static const char *const bad[] = {
		"", "not json", "{\"@type\":\"Article\",\"headline\":\"cut",
		"{\"@type\":\"WebPage\",\"name\":\"Home\"}",
		"{\"@type\":42,\"headline\":\"x\"}",
		"[1, true, null, \"Article\"]"
	};
	struct jsonld	 ld;
	char		*deep;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		memset(&ld, 0xff, sizeof ld);
		assert_false(jsonld_read(bad[i], NULL, &ld));
		assert_ptr_equal(ld.title, (char *)~(uintptr_t)0);
	}
	/* 100,000 arrays deep: refused at once. */
	deep = xmalloc(200001);
	memset(deep, '[', 100000);
	memset(deep + 100000, ']', 100000);
	deep[200000] = '\0';
	assert_false(jsonld_read(deep, NULL, &ld));
	free(deep);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_article),
		cmocka_unit_test(test_find),
		cmocka_unit_test(test_name_or_headline),
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_bad),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
