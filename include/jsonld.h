/* jsonld.h: what a page's JSON-LD (the schema.org data of a <script
 * type="application/ld+json">) says of its article. */
#ifndef FOLIO_JSONLD_H
#define FOLIO_JSONLD_H

#include <stdbool.h>

/* Each malloc'd, or NULL when the data does not say. */
struct jsonld {
	char	*title;		/* "headline", or "name" (jsonld_read) */
	char	*byline;	/* the authors' names, joined by ", " */
	char	*date;		/* "datePublished", as written */
	char	*created;	/* "dateCreated", as written */
	char	*site;		/* the publisher's "name" */
	char	*lang;		/* "inLanguage" */
};

/* Read the text of one script: what the first article it holds says (an
 * object whose @type is Article, NewsArticle, BlogPosting or another of
 * schema.org's kinds of article, looked for depth first; an author given
 * by {"@id"} is looked up). Returns false, ld untouched, when the text is
 * no JSON or holds no article. ftitle, the page's <title> folded by
 * utf8_fold() or NULL, chooses between a "headline" and a different
 * "name": the name when the page title holds all its words and not half
 * of the headline's. HTML entities in the title, byline and site are
 * decoded. */
bool	 jsonld_read(const char *text, const char *ftitle, struct jsonld *ld);
/* Free what ld holds and set it to NULL; a zeroed ld is fine. */
void	 jsonld_free(struct jsonld *ld);

#endif
