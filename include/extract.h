/* extract.h: HTML tree -> article. */
#ifndef FOLIO_EXTRACT_H
#define FOLIO_EXTRACT_H

struct doc;
struct html;

/* Find the article in the page: metadata (title, byline, date, site,
 * language, canonical URL), the main content's blocks with the page's
 * chrome removed, and the prev/next links (through prevnext_find). The
 * result is finished (doc_finish) and never NULL; a page with no article
 * text gives a doc without blocks. */
struct doc	*extract_doc(const struct html *h);

#endif
