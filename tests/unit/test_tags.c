/* test_tags.c: the HTML elements known by name. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "tags.h"

/* Every element, each found by its name: the table is in order. */
static void
test_all(void **state)
{
	static const struct {
		const char	*name;
		enum tag	 tag;
	} t[] = {
		{ "a", TAG_A },
		{ "abbr", TAG_ABBR },
		{ "address", TAG_ADDRESS },
		{ "article", TAG_ARTICLE },
		{ "aside", TAG_ASIDE },
		{ "audio", TAG_AUDIO },
		{ "b", TAG_B },
		{ "bdi", TAG_BDI },
		{ "blockquote", TAG_BLOCKQUOTE },
		{ "body", TAG_BODY },
		{ "br", TAG_BR },
		{ "button", TAG_BUTTON },
		{ "canvas", TAG_CANVAS },
		{ "caption", TAG_CAPTION },
		{ "center", TAG_CENTER },
		{ "cite", TAG_CITE },
		{ "code", TAG_CODE },
		{ "dd", TAG_DD },
		{ "details", TAG_DETAILS },
		{ "dialog", TAG_DIALOG },
		{ "div", TAG_DIV },
		{ "dl", TAG_DL },
		{ "dt", TAG_DT },
		{ "em", TAG_EM },
		{ "embed", TAG_EMBED },
		{ "fieldset", TAG_FIELDSET },
		{ "figcaption", TAG_FIGCAPTION },
		{ "figure", TAG_FIGURE },
		{ "font", TAG_FONT },
		{ "footer", TAG_FOOTER },
		{ "form", TAG_FORM },
		{ "h1", TAG_H1 },
		{ "h2", TAG_H2 },
		{ "h3", TAG_H3 },
		{ "h4", TAG_H4 },
		{ "h5", TAG_H5 },
		{ "h6", TAG_H6 },
		{ "head", TAG_HEAD },
		{ "header", TAG_HEADER },
		{ "hr", TAG_HR },
		{ "html", TAG_HTML },
		{ "i", TAG_I },
		{ "iframe", TAG_IFRAME },
		{ "img", TAG_IMG },
		{ "input", TAG_INPUT },
		{ "ins", TAG_INS },
		{ "kbd", TAG_KBD },
		{ "label", TAG_LABEL },
		{ "li", TAG_LI },
		{ "link", TAG_LINK },
		{ "main", TAG_MAIN },
		{ "map", TAG_MAP },
		{ "mark", TAG_MARK },
		{ "math", TAG_MATH },
		{ "menu", TAG_MENU },
		{ "meta", TAG_META },
		{ "nav", TAG_NAV },
		{ "noscript", TAG_NOSCRIPT },
		{ "object", TAG_OBJECT },
		{ "ol", TAG_OL },
		{ "option", TAG_OPTION },
		{ "p", TAG_P },
		{ "picture", TAG_PICTURE },
		{ "pre", TAG_PRE },
		{ "q", TAG_Q },
		{ "s", TAG_S },
		{ "samp", TAG_SAMP },
		{ "script", TAG_SCRIPT },
		{ "section", TAG_SECTION },
		{ "select", TAG_SELECT },
		{ "small", TAG_SMALL },
		{ "source", TAG_SOURCE },
		{ "span", TAG_SPAN },
		{ "strike", TAG_STRIKE },
		{ "strong", TAG_STRONG },
		{ "style", TAG_STYLE },
		{ "sub", TAG_SUB },
		{ "summary", TAG_SUMMARY },
		{ "sup", TAG_SUP },
		{ "svg", TAG_SVG },
		{ "table", TAG_TABLE },
		{ "tbody", TAG_TBODY },
		{ "td", TAG_TD },
		{ "template", TAG_TEMPLATE },
		{ "textarea", TAG_TEXTAREA },
		{ "tfoot", TAG_TFOOT },
		{ "th", TAG_TH },
		{ "thead", TAG_THEAD },
		{ "time", TAG_TIME },
		{ "title", TAG_TITLE },
		{ "tr", TAG_TR },
		{ "tt", TAG_TT },
		{ "u", TAG_U },
		{ "ul", TAG_UL },
		{ "var", TAG_VAR },
		{ "video", TAG_VIDEO },
	};
	size_t	 i;
	unsigned props;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		if (tags_lookup(t[i].name, &props) != t[i].tag)
			fail_msg("%s not found", t[i].name);
	}
	assert_int_equal(sizeof t / sizeof t[0], TAG_VIDEO);
}

static void
test_props(void **state)
{
	unsigned props = 99;

	(void)state;
	assert_int_equal(tags_lookup("unknown-element", &props), TAG_OTHER);
	assert_int_equal(props, 0);
	assert_int_equal(tags_lookup("", &props), TAG_OTHER);
	assert_int_equal(tags_lookup("DIV", &props), TAG_OTHER);
	assert_int_equal(tags_lookup("div", NULL), TAG_DIV);

	(void)tags_lookup("div", &props);
	assert_int_equal(props, TAG_IS_BLOCK | TAG_IS_CONTAINER);
	(void)tags_lookup("h3", &props);
	assert_int_equal(props, TAG_IS_BLOCK | TAG_IS_HEADING);
	(void)tags_lookup("p", &props);
	assert_int_equal(props, TAG_IS_BLOCK | TAG_IS_PARA);
	(void)tags_lookup("nav", &props);
	assert_int_equal(props, TAG_IS_BLOCK | TAG_IS_DEAD);
	(void)tags_lookup("script", &props);
	assert_int_equal(props, TAG_IS_DEAD | TAG_IS_HIDDEN);
	(void)tags_lookup("span", &props);
	assert_int_equal(props, TAG_IS_INLINE);
	(void)tags_lookup("mark", &props);
	assert_int_equal(props, TAG_IS_INLINE);
	(void)tags_lookup("br", &props);
	assert_int_equal(props, 0);	/* a break, not inside a line */
	(void)tags_lookup("iframe", &props);
	assert_int_equal(props, TAG_IS_DEAD | TAG_IS_HIDDEN);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_all),
		cmocka_unit_test(test_props),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
