/* doc.h: the article model shared by every reader and every view. */
#ifndef FOLIO_DOC_H
#define FOLIO_DOC_H

#include <stdbool.h>
#include <stddef.h>

enum block_kind {
	BLOCK_PARAGRAPH,
	BLOCK_HEADING,		/* level 1-6 */
	BLOCK_QUOTE,		/* level: nesting depth, 1 = outermost */
	BLOCK_LIST_ITEM,	/* level: nesting depth; number: 0 = bullet */
	BLOCK_PRE,		/* preformatted: spaces and newlines kept */
	BLOCK_CAPTION,		/* figure caption: shown, not part of the body */
	BLOCK_ROW		/* a row of a data table: its cells' text
				   joined by " | ", cells[] saying where each
				   is; level: the rows of one table share it,
				   a table right after it has another */
};

/* Inline styles, a bit set. */
#define INL_EM		0x1u
#define INL_STRONG	0x2u
#define INL_CODE	0x4u
#define INL_LINK	0x8u

struct inline_span {
	size_t		 start, end;	/* byte offsets into the block text */
	unsigned	 style;		/* INL_* bits */
	size_t		 link;		/* index into doc->links when INL_LINK */
};

/* A cell of a table row: where its text is in the row's text. */
struct doc_cell {
	size_t		 start, end;	/* byte offsets into the block text;
					   start == end: an empty cell */
	bool		 head;		/* a header cell: <th>, or in <thead> */
};

struct block {
	enum block_kind	 kind;
	int		 level;
	int		 number;	/* ordered list item number, 0 if none */
	char		*text;		/* clean UTF-8 (see utf8_clean), no
					   leading or trailing space; len
					   bytes: once the doc is finished
					   it is a piece of the body, with no
					   NUL after it (doc_finish) */
	size_t		 len;
	struct inline_span *spans;	/* sorted by start, may nest */
	size_t		 nspans, spans_cap;
	struct doc_cell	*cells;		/* BLOCK_ROW: in order, apart, none
					   holding white space at its ends */
	size_t		 ncells, cells_cap;
	size_t		 body_off;	/* offset of text in doc->body, or
					   DOC_NOT_IN_BODY */
};

#define DOC_NOT_IN_BODY ((size_t)-1)

/* A link to the previous or next post. */
struct navlink {
	char	*href;		/* as written, resolved against the base URL
				   when there is one; NULL if none */
	char	*title;		/* the linked post's title; NULL if unknown */
	char	*file;		/* the local article it resolves to, or NULL */
};

/* A place in the article a link inside the page ("#id") goes to: an
 * element's id, or an <a name>. */
struct doc_anchor {
	char	*id;
	size_t	 block, off;	/* its block and byte offset there */
};

/* A link as the text shows it: a link span of some text. */
struct doc_linkref {
	size_t	 link;		/* index into doc->links */
	size_t	 block;
	size_t	 start, end;	/* byte offsets into the block text */
};

struct doc {
	char		*title, *byline, *date, *site, *lang, *url;
	char		*feed;		/* the feed the page announces in its
					   head (<link rel=alternate> of an
					   RSS, Atom or JSON Feed type), an
					   absolute URL; or NULL */
	char		*headline;	/* the title without the site's name
					   it carries ("Story | Site" ->
					   "Story"), or NULL when that is the
					   title itself; see doc_headline() */
	struct block	*blocks;
	size_t		 nblocks, blocks_cap;
	char		**links;	/* inline link targets */
	size_t		 nlinks, links_cap;
	char		**link_files;	/* NULL, or nlinks entries: the local
					   article each link resolves to, or
					   NULL (resolve_links) */
	struct doc_anchor *anchors;	/* in the order of the text */
	size_t		 nanchors, anchors_cap;
	struct navlink	 prev, next;
	const char	*notice;	/* a static string saying why the
					   input holds no article (its
					   blocks are then what text it
					   has), or NULL */

	/* Built by doc_finish(): the body text, every block but captions
	 * separated by a blank line ("\n\n"), then a NUL. The texts of
	 * the blocks are the pieces of it, each caption's after its end;
	 * the first in_body blocks' text is there, the others' in b.buf
	 * (blocks added since). */
	char		*body;
	size_t		 body_len;
	size_t		 in_body;

	/* Builder state. The texts of the blocks not in the body are in
	 * buf, one after the other in their order, each followed by two
	 * NULs (the room of the "\n\n" that will join it to the next in
	 * the body); the open block's text is at the end, from text on
	 * (doc_block_begin ... doc_block_end). */
	struct {
		int	 open;
		int	 pending_space;
		size_t	 start[16];	/* open span indices */
		size_t	 depth;
		char	*buf;
		size_t	 used, cap;	/* used: by the ended blocks */
		char	*text;		/* buf + used */
		size_t	 len;		/* the open block's text */
	} b;
};

/* doc_new() returns an empty article; doc_free(NULL) does nothing. */
struct doc	*doc_new(void);
void		 doc_free(struct doc *d);

/* Set a metadata field (d->title, d->byline, ...) to a cleaned copy of s
 * (len may be (size_t)-1 for strlen) with runs of white space collapsed
 * to one space and the ends trimmed. An empty result sets NULL. */
void		 doc_set(char **field, const char *s, size_t len);

/* The article's title as the screen and an index show it: the headline
 * when there is one, else the title; NULL when neither is known. */
const char	*doc_headline(const struct doc *d);

/* Add a whole block. Text is cleaned; for every kind but BLOCK_PRE white
 * space is collapsed. Returns NULL (and adds nothing) when the text is
 * empty after cleaning. */
struct block	*doc_add_block(struct doc *d, enum block_kind kind, int level,
		    const char *text, size_t len);

/* Make room for nblocks more blocks and len more bytes of their text, a
 * guess at what is to come: more may come all the same, and room never
 * used costs no memory a long page's doc would otherwise leave behind
 * it, growing through every size below its own. */
void		 doc_reserve(struct doc *d, size_t nblocks, size_t len);

/* Remove the last block (nothing when there is none); call before
 * doc_finish(). The links its spans name stay in d->links. */
void		 doc_pop_block(struct doc *d);

/* Add the text as one BLOCK_PRE block exactly as utf8_clean() in
 * UTF8_CLEAN_RAW mode leaves it: nothing trimmed or collapsed (so it may
 * hold TAB, LF and CR); a length of (size_t)-1 means strlen. For
 * textdoc_raw(). */
struct block	*doc_add_raw(struct doc *d, const char *text, size_t len);

/* Build a block piece by piece, as a tree walk does: begin, then text,
 * breaks and spans, then end. White space between pieces is collapsed
 * (kept for BLOCK_PRE); a length of (size_t)-1 means strlen. doc_block_end() drops a block left empty and
 * returns the block or NULL. Spans nest up to 16 deep; unbalanced ends
 * are ignored. */
void		 doc_block_begin(struct doc *d, enum block_kind kind, int level);
void		 doc_block_text(struct doc *d, const char *s, size_t len);
void		 doc_block_break(struct doc *d);
void		 doc_span_begin(struct doc *d, unsigned style, const char *href);
void		 doc_span_end(struct doc *d);
struct block	*doc_block_end(struct doc *d);
/* True while a block is open. */
bool		 doc_block_is_open(const struct doc *d);
/* In an open BLOCK_ROW, a cell begins where the next text goes (head: a
 * header cell), and ends; the text added between is the cell's, and
 * what is added between cells (" | ") no cell's. A cell left open ends
 * with the block. Outside a row, nothing. */
void		 doc_cell_begin(struct doc *d, bool head);
void		 doc_cell_end(struct doc *d);
/* True when every cell of a row is a header cell (and it has some). */
bool		 doc_row_is_head(const struct block *b);

/* Set a prev/next link; either argument may be NULL. The title is
 * cleaned as doc_set() does; the href is cleaned, its tabs and line breaks
 * dropped and its ends trimmed, as are inline link targets
 * (doc_span_begin); an href left empty is NULL. */
void		 doc_set_nav(struct navlink *l, const char *href,
		    const char *title);

/* Note that the element with this id (or <a name>) starts here: at the
 * end of the open block's text, else at the start of the next block.
 * Empty ids and ids past the 10,000th are not kept. */
void		 doc_add_anchor(struct doc *d, const char *id);
/* Where the anchor id is (the first with that id): true with *block and
 * *off set, else false. */
bool		 doc_find_anchor(const struct doc *d, const char *id,
		    size_t *block, size_t *off);

/* The links the text shows, in its order: each link span over some text,
 * its link's index. Returns a malloc'd array (NULL when there is none)
 * and its length in *n. */
struct doc_linkref *doc_link_list(const struct doc *d, size_t *n);

/* A copy of the finished article d for reading on paper, as lynx -dump
 * writes one: each link the text shows (doc_link_list) followed by its
 * number, "[1]", "[2]"..., in the text's order, outside its span. The
 * copy has d's metadata, blocks, spans and link targets (not its
 * prev/next links, anchors or resolved files) and is finished. */
struct doc	*doc_number_links(const struct doc *d);

/* Build d->body and each block's body_off, and move the blocks' texts
 * into the body's allocation: from then on a block's text is len bytes,
 * with no NUL after it. Call once the blocks are in. */
void		 doc_finish(struct doc *d);

/* The block holding body offset off, or NULL. *inblock gets the offset
 * inside the block. */
const struct block *doc_block_at(const struct doc *d, size_t off,
		    size_t *inblock);

#endif
