/* tags.c: the HTML elements known, by name. */
#include "config.h"

#include <stddef.h>
#include <string.h>

#include "tags.h"

static const struct tagdef {
	const char	*name;
	enum tag	 tag;
	unsigned	 props;
} tagdefs[] = {	/* sorted by name */
	{ "a", TAG_A, TAG_IS_INLINE },
	{ "abbr", TAG_ABBR, TAG_IS_INLINE },
	{ "address", TAG_ADDRESS, TAG_IS_BLOCK },
	{ "article", TAG_ARTICLE, TAG_IS_BLOCK | TAG_IS_CONTAINER },
	{ "aside", TAG_ASIDE, TAG_IS_BLOCK | TAG_IS_DEAD },
	{ "audio", TAG_AUDIO, TAG_IS_DEAD },
	{ "b", TAG_B, TAG_IS_INLINE },
	{ "bdi", TAG_BDI, TAG_IS_INLINE },
	{ "blockquote", TAG_BLOCKQUOTE, TAG_IS_BLOCK | TAG_IS_CONTAINER },
	{ "body", TAG_BODY, TAG_IS_BLOCK | TAG_IS_CONTAINER },
	{ "br", TAG_BR, 0 },
	{ "button", TAG_BUTTON, TAG_IS_DEAD },
	{ "canvas", TAG_CANVAS, TAG_IS_DEAD },
	{ "caption", TAG_CAPTION, TAG_IS_BLOCK },
	{ "center", TAG_CENTER, TAG_IS_BLOCK | TAG_IS_CONTAINER },
	{ "cite", TAG_CITE, TAG_IS_INLINE },
	{ "code", TAG_CODE, TAG_IS_INLINE },
	{ "dd", TAG_DD, TAG_IS_BLOCK },
	{ "details", TAG_DETAILS, TAG_IS_BLOCK | TAG_IS_CONTAINER },
	{ "dialog", TAG_DIALOG, TAG_IS_BLOCK | TAG_IS_DEAD },
	{ "div", TAG_DIV, TAG_IS_BLOCK | TAG_IS_CONTAINER },
	{ "dl", TAG_DL, TAG_IS_BLOCK },
	{ "dt", TAG_DT, TAG_IS_BLOCK },
	{ "em", TAG_EM, TAG_IS_INLINE },
	{ "embed", TAG_EMBED, TAG_IS_DEAD },
	{ "fieldset", TAG_FIELDSET, TAG_IS_BLOCK },
	{ "figcaption", TAG_FIGCAPTION, TAG_IS_BLOCK },
	{ "figure", TAG_FIGURE, TAG_IS_BLOCK },
	{ "font", TAG_FONT, TAG_IS_INLINE },
	{ "footer", TAG_FOOTER, TAG_IS_BLOCK },
	{ "form", TAG_FORM, TAG_IS_BLOCK | TAG_IS_CONTAINER },
	{ "h1", TAG_H1, TAG_IS_BLOCK | TAG_IS_HEADING },
	{ "h2", TAG_H2, TAG_IS_BLOCK | TAG_IS_HEADING },
	{ "h3", TAG_H3, TAG_IS_BLOCK | TAG_IS_HEADING },
	{ "h4", TAG_H4, TAG_IS_BLOCK | TAG_IS_HEADING },
	{ "h5", TAG_H5, TAG_IS_BLOCK | TAG_IS_HEADING },
	{ "h6", TAG_H6, TAG_IS_BLOCK | TAG_IS_HEADING },
	{ "head", TAG_HEAD, TAG_IS_DEAD },
	{ "header", TAG_HEADER, TAG_IS_BLOCK },
	{ "hr", TAG_HR, TAG_IS_BLOCK },
	{ "html", TAG_HTML, TAG_IS_BLOCK },
	{ "i", TAG_I, TAG_IS_INLINE },
	{ "iframe", TAG_IFRAME, TAG_IS_DEAD | TAG_IS_HIDDEN },
	{ "img", TAG_IMG, 0 },
	{ "input", TAG_INPUT, TAG_IS_DEAD },
	{ "ins", TAG_INS, 0 },
	{ "kbd", TAG_KBD, 0 },
	{ "label", TAG_LABEL, 0 },
	{ "li", TAG_LI, TAG_IS_BLOCK },
	{ "link", TAG_LINK, TAG_IS_DEAD },
	{ "main", TAG_MAIN, TAG_IS_BLOCK | TAG_IS_CONTAINER },
	{ "map", TAG_MAP, TAG_IS_DEAD },
	{ "mark", TAG_MARK, TAG_IS_INLINE },
	{ "math", TAG_MATH, TAG_IS_DEAD },
	{ "menu", TAG_MENU, TAG_IS_BLOCK | TAG_IS_DEAD },
	{ "meta", TAG_META, TAG_IS_DEAD },
	{ "nav", TAG_NAV, TAG_IS_BLOCK | TAG_IS_DEAD },
	{ "noscript", TAG_NOSCRIPT, TAG_IS_DEAD | TAG_IS_HIDDEN },
	{ "object", TAG_OBJECT, TAG_IS_DEAD },
	{ "ol", TAG_OL, TAG_IS_BLOCK },
	{ "option", TAG_OPTION, TAG_IS_DEAD },
	{ "p", TAG_P, TAG_IS_BLOCK | TAG_IS_PARA },
	{ "picture", TAG_PICTURE, TAG_IS_DEAD },
	{ "pre", TAG_PRE, TAG_IS_BLOCK | TAG_IS_PARA },
	{ "q", TAG_Q, TAG_IS_INLINE },
	{ "s", TAG_S, TAG_IS_INLINE },
	{ "samp", TAG_SAMP, 0 },
	{ "script", TAG_SCRIPT, TAG_IS_DEAD | TAG_IS_HIDDEN },
	{ "section", TAG_SECTION, TAG_IS_BLOCK | TAG_IS_CONTAINER },
	{ "select", TAG_SELECT, TAG_IS_DEAD },
	{ "small", TAG_SMALL, TAG_IS_INLINE },
	{ "source", TAG_SOURCE, TAG_IS_DEAD },
	{ "span", TAG_SPAN, TAG_IS_INLINE },
	{ "strike", TAG_STRIKE, 0 },
	{ "strong", TAG_STRONG, TAG_IS_INLINE },
	{ "style", TAG_STYLE, TAG_IS_DEAD | TAG_IS_HIDDEN },
	{ "sub", TAG_SUB, TAG_IS_INLINE },
	{ "summary", TAG_SUMMARY, TAG_IS_BLOCK },
	{ "sup", TAG_SUP, TAG_IS_INLINE },
	{ "svg", TAG_SVG, TAG_IS_DEAD | TAG_IS_HIDDEN },
	{ "table", TAG_TABLE, TAG_IS_BLOCK },
	{ "tbody", TAG_TBODY, TAG_IS_BLOCK },
	{ "td", TAG_TD, TAG_IS_BLOCK | TAG_IS_PARA | TAG_IS_CONTAINER },
	{ "template", TAG_TEMPLATE, TAG_IS_DEAD | TAG_IS_HIDDEN },
	{ "textarea", TAG_TEXTAREA, TAG_IS_DEAD },
	{ "tfoot", TAG_TFOOT, TAG_IS_BLOCK },
	{ "th", TAG_TH, TAG_IS_BLOCK },
	{ "thead", TAG_THEAD, TAG_IS_BLOCK },
	{ "time", TAG_TIME, TAG_IS_INLINE },
	{ "title", TAG_TITLE, TAG_IS_DEAD },
	{ "tr", TAG_TR, TAG_IS_BLOCK },
	{ "tt", TAG_TT, 0 },
	{ "u", TAG_U, TAG_IS_INLINE },
	{ "ul", TAG_UL, TAG_IS_BLOCK },
	{ "var", TAG_VAR, 0 },
	{ "video", TAG_VIDEO, TAG_IS_DEAD },
};

#define NTAGS	(sizeof tagdefs / sizeof tagdefs[0])

/* Where the names starting with each letter are in tagdefs: from
 * letters[c] to letters[c + 1], for 'a' + c; found on the first
 * lookup. */
static unsigned char	 letters[27];
static int		 letters_found;

static void
letters_find(void)
{
	size_t	 i = 0;
	int	 c;

	for (c = 0; c < 26; c++) {
		letters[c] = (unsigned char)i;
		while (i < NTAGS && tagdefs[i].name[0] == 'a' + c)
			i++;
	}
	letters[26] = (unsigned char)i;
	letters_found = 1;
}

enum tag
tags_lookup(const char *name, unsigned *props)
{
	size_t	 lo, hi, mid;
	int	 c;

	if (!letters_found)
		letters_find();
	if (props != NULL)
		*props = 0;
	if (name[0] < 'a' || name[0] > 'z')
		return TAG_OTHER;
	lo = letters[name[0] - 'a'];
	hi = letters[name[0] - 'a' + 1];
	while (lo < hi) {
		mid = (lo + hi) / 2;
		c = strcmp(name + 1, tagdefs[mid].name + 1);
		if (c == 0) {
			if (props != NULL)
				*props = tagdefs[mid].props;
			return tagdefs[mid].tag;
		}
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return TAG_OTHER;
}
