/* tags.h: the HTML elements that extraction (extract*.c) and prev/next
 * finding (prevnext.c) tell apart, by name: an id for each and what kind
 * of element it is. Names are strings here: no libxml2. */
#ifndef FOLIO_TAGS_H
#define FOLIO_TAGS_H

/* The elements known; any other is TAG_OTHER. */
enum tag {
	TAG_OTHER, TAG_A, TAG_ABBR, TAG_ADDRESS, TAG_ARTICLE,
	TAG_ASIDE, TAG_AUDIO, TAG_B, TAG_BDI, TAG_BLOCKQUOTE, TAG_BODY,
	TAG_BR, TAG_BUTTON, TAG_CANVAS, TAG_CAPTION, TAG_CENTER,
	TAG_CITE, TAG_CODE, TAG_DD, TAG_DETAILS, TAG_DIALOG, TAG_DIV,
	TAG_DL, TAG_DT, TAG_EM, TAG_EMBED, TAG_FIELDSET,
	TAG_FIGCAPTION, TAG_FIGURE, TAG_FONT, TAG_FOOTER, TAG_FORM,
	TAG_H1, TAG_H2, TAG_H3, TAG_H4, TAG_H5, TAG_H6, TAG_HEAD,
	TAG_HEADER, TAG_HR, TAG_HTML, TAG_I, TAG_IFRAME, TAG_IMG,
	TAG_INPUT, TAG_INS, TAG_KBD, TAG_LABEL, TAG_LI, TAG_LINK,
	TAG_MAIN, TAG_MAP, TAG_MARK, TAG_MATH, TAG_MENU, TAG_META,
	TAG_NAV, TAG_NOSCRIPT, TAG_OBJECT, TAG_OL, TAG_OPTION, TAG_P,
	TAG_PICTURE, TAG_PRE, TAG_Q, TAG_S, TAG_SAMP, TAG_SCRIPT,
	TAG_SECTION, TAG_SELECT, TAG_SMALL, TAG_SOURCE, TAG_SPAN,
	TAG_STRIKE, TAG_STRONG, TAG_STYLE, TAG_SUB, TAG_SUMMARY,
	TAG_SUP, TAG_SVG, TAG_TABLE, TAG_TBODY, TAG_TD, TAG_TEMPLATE,
	TAG_TEXTAREA, TAG_TFOOT, TAG_TH, TAG_THEAD, TAG_TIME,
	TAG_TITLE, TAG_TR, TAG_TT, TAG_U, TAG_UL, TAG_VAR, TAG_VIDEO
};

/* What an element is (tags_lookup's *props). */
#define TAG_IS_BLOCK		0x01	/* breaks the flow of text */
#define TAG_IS_DEAD		0x02	/* never article text */
#define TAG_IS_PARA		0x04	/* a paragraph-like leaf, for
					   scoring */
#define TAG_IS_CONTAINER	0x08	/* a container that may be the
					   article */
#define TAG_IS_HEADING		0x10	/* h1 to h6 */
#define TAG_IS_INLINE		0x20	/* inside a line of text: no word
					   break at its edges */
#define TAG_IS_HIDDEN		0x40	/* shows no text of its own: a
					   script, a style sheet, a drawing,
					   a frame */

/* The element named name (lower case, as libxml2's HTML parser gives
 * it); sets *props (when props is not NULL) to its TAG_IS_* bits, 0 for
 * TAG_OTHER. */
enum tag	 tags_lookup(const char *name, unsigned *props);

#endif
