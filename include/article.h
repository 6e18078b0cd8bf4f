/* article.h: an article read from its bytes - told HTML from plain text,
 * extracted, with its names and figures found. No I/O: the bytes come
 * from fetch (through nav), the result goes to the screens and output. */
#ifndef FOLIO_ARTICLE_H
#define FOLIO_ARTICLE_H

#include <stdbool.h>
#include <stddef.h>

struct doc;
struct entities;
struct fetched;

/* An article, read. */
struct article {
	char		*path;	/* the file, URL or "-" it was read from */
	struct doc	*doc;
	struct entities	*ents;	/* over doc->body */
};

#define ARTICLE_RAW	0x1u	/* the input is plain body text (--raw) */

/* What a file's name says it holds. */
enum article_name {
	ARTICLE_NAME_OTHER,
	ARTICLE_NAME_HTML,	/* .html .htm .xhtml .shtml */
	ARTICLE_NAME_TEXT	/* .txt .text .md .markdown */
};
enum article_name article_name_kind(const char *path);

/* The article model of the bytes in f, read from path (a file, URL or
 * "-"; its name helps tell HTML from text): a media type that is no text
 * refused ("not an article (image/png)"), UTF-16 with a mark turned to
 * UTF-8, binary data refused, HTML extracted, plain text read as an
 * article (or, with ARTICLE_RAW, as body text). f's bytes may be taken
 * and freed on the way (f stays safe to pass to fetched_free). On
 * failure return NULL with *cause set ("empty file", "an image, not an
 * article", "no article text found", ...; malloc'd, without the path).
 * Names and figures are not looked for: see article_read(). */
struct doc	*article_read_doc(struct fetched *f, const char *path,
		    unsigned flags, char **cause);

/* article_read_doc(), then the names and figures of its body. The
 * article's prev/next links are not resolved to local files (resolve.h
 * does that). Free the result with article_free(). */
struct article	*article_read(struct fetched *f, const char *path,
		    unsigned flags, char **cause);
/* An article of a doc already read (taken: the article frees it), its
 * names and figures found. */
struct article	*article_new(const char *path, struct doc *d);
void		 article_free(struct article *a);

#endif
