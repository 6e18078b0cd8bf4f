/* layout.h: an article and a width -> display lines. */
#ifndef FOLIO_LAYOUT_H
#define FOLIO_LAYOUT_H

#include <stddef.h>

struct doc;
struct entities;

/* A run of a line in one style. */
struct seg {
	size_t		 off, len;	/* bytes of line->text */
	unsigned char	 role;		/* enum role: text, title, byline,
					   heading, quote, link */
	unsigned char	 attr;		/* ATTR_* from emphasis */
	long		 entity;	/* index into entities.list, or -1 */
	long		 link;		/* index into doc->links, or -1 */
};

#define LAYOUT_HEADER ((size_t)-1)	/* line->block of title/byline lines */

struct line {
	char		*text;		/* clean UTF-8, no control characters,
					   NUL-terminated; owned by the layout */
	size_t		 len;
	size_t		 cols;		/* display width */
	struct seg	*segs;		/* in order, covering the text; NULL
					   for an empty line */
	size_t		 nsegs;
	size_t		 block;		/* the block it shows, or
					   LAYOUT_HEADER; for a blank line, the
					   block after it */
	size_t		 off;		/* byte offset in the block's text of
					   the line's first character */
};

struct layout {
	struct line	*lines;
	size_t		 n;
	int		 width;
	char		*textbuf;	/* every line's text, one after another;
					   line->text points into it */
	struct seg	*segbuf;	/* every line's segs; line->segs points
					   into it */
};

#define LAYOUT_TITLE	0x1u	/* start with the title */
#define LAYOUT_BYLINE	0x2u	/* then "byline · date · site" */

/* Lay the article out in width columns (0: no wrapping): blocks separated
 * by blank lines, words wrapped by display width (a word longer than the
 * width is cut), list items and quotes indented with a hanging "• " / "│ ",
 * preformatted lines kept and cut. A line break inside a block (<br>)
 * always starts a new line, at width 0 too. Styles: INL_EM adds
 * ATTR_ITALIC, INL_STRONG ATTR_BOLD, INL_CODE ATTR_DIM; INL_LINK makes the
 * role ROLE_LINK, and its segs carry the link's index. Each seg that shows part of a mention carries its
 * entity. e may be NULL (no mentions). A line is never wider than width,
 * except a line holding a single character wider than the whole width (a
 * CJK character at width 1). Never NULL; free it with layout_free(). */
struct layout	*layout_build(const struct doc *d, const struct entities *e,
		    int width, unsigned flags);
void		 layout_free(struct layout *l);

/* The line showing byte offset off of block (the last line before it when
 * none shows it exactly); 0 when the layout is empty or block is
 * LAYOUT_HEADER. */
size_t		 layout_find(const struct layout *l, size_t block, size_t off);

#endif
