/* resolve.h: a link to a local file: an article's prev/next links
 * resolved among the saved articles of its folder. */
#ifndef FOLIO_RESOLVE_H
#define FOLIO_RESOLVE_H

struct doc;

/* Set d->prev.file and d->next.file, where they are found, for the
 * article d read from the file self: a relative link to a file beside
 * it, a site mirrored as host/path (wget --mirror, HTTrack), else an
 * article of self's folder (or, for a "<slug>/index.html", of the
 * folder above) with the same URL, slug or title (prevnext_resolve). The
 * folder's index - its files, and the URL and title in the head of each
 * file that may be a link's target - is kept for the session and built
 * again when the folder changes, so that walking a folder of thousands
 * of pages reads each head at most once. */
void	 resolve_links(struct doc *d, const char *self);
/* Free the folder indexes kept. */
void	 resolve_cleanup(void);

#endif
