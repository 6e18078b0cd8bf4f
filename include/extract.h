/* extract.h: HTML tree -> article. */
#ifndef FOLIO_EXTRACT_H
#define FOLIO_EXTRACT_H

struct doc;
struct html;

/* Find the article in the page: metadata (title, byline, date, site,
 * language, canonical URL), the main content's blocks with the page's
 * chrome removed, and the prev/next links (through prevnext_find). The
 * result is finished (doc_finish) and never NULL (h may be NULL); a page
 * with no article text gives a doc without blocks. The caller frees it
 * with doc_free().
 *
 * d->date is "YYYY-MM-DD" when a date could be read, else the text as
 * the page writes it; d->byline holds the names only ("Jane Doe, John
 * Roe"). Blocks: h1-h6 are BLOCK_HEADING (level 1-6); p and the text
 * loose in a div are BLOCK_PARAGRAPH; li is BLOCK_LIST_ITEM (level: list
 * depth; number: its number in an <ol>, from start= and value=, else
 * 0), paragraphs inside one item joined by line breaks; blockquote is
 * BLOCK_QUOTE (level: depth); pre is BLOCK_PRE; a figure gives only its
 * figcaption, as BLOCK_CAPTION. A data table gives a paragraph per row,
 * its cells joined by " | ". <br> is a line break. Spans: em, i, cite,
 * var are INL_EM; strong, b are INL_STRONG; code, kbd, samp, tt are
 * INL_CODE; a[href] is INL_LINK, resolved against h->url (javascript:
 * links are left as text). */
struct doc	*extract_doc(const struct html *h);

#endif
