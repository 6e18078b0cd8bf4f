/* extract.h: HTML tree -> article. */
#ifndef FOLIO_EXTRACT_H
#define FOLIO_EXTRACT_H

struct doc;
struct html;

/* Find the article in the page: metadata (title, byline, date, site,
 * language, canonical URL), the main content's blocks with the page's
 * chrome removed, and the prev/next links (through prevnext_find). The
 * result is finished (doc_finish) and never NULL (h may be NULL); a page
 * with no text gives a doc without blocks. The caller frees it with
 * doc_free().
 *
 * d->date is "YYYY-MM-DD" when a date could be read, else the text as
 * the page writes it when it holds a year ("Spring 2019"), else NULL;
 * d->byline holds the names only ("Jane Doe, John Roe"); d->url is the
 * page's canonical URL (else og:url, the "saved from" comment, the URL
 * it came from or an absolute <base href>), always absolute; d->site is
 * og:site_name, else JSON-LD's publisher, else what the page title
 * adds to the article's title. When the page holds no article,
 * d->notice says so and the blocks are all the text the page has.
 *
 * Blocks: h1-h6 are BLOCK_HEADING (level 1-6); p and the text loose in
 * a div are BLOCK_PARAGRAPH; li is BLOCK_LIST_ITEM (level: list
 * depth; number: its number in an <ol>, from start= and value=, else
 * 0), paragraphs inside one item joined by line breaks; blockquote is
 * BLOCK_QUOTE (level: depth); pre is BLOCK_PRE; a figure gives only its
 * figcaption, as BLOCK_CAPTION. A data table (not one that lays the
 * page out) gives a BLOCK_ROW per row, its cells' text joined by " | "
 * and each cell's place in cells (a th, or a cell in thead, is a header
 * cell; an empty cell is kept, so the columns stay). <br> is a line
 * break. Spans: em, i, cite,
 * var are INL_EM; strong, b are INL_STRONG; code, kbd, samp, tt are
 * INL_CODE; a[href] is INL_LINK, resolved against h->url (javascript:
 * links are left as text). */
struct doc	*extract_doc(const struct html *h);

/* The same, and h freed (html_free) as soon as it is not needed. */
struct doc	*extract_doc_free(struct html *h);

#endif
