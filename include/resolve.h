/* resolve.h: a link to a local file: an article's prev/next links
 * resolved among the saved articles of its folder. */
#ifndef FOLIO_RESOLVE_H
#define FOLIO_RESOLVE_H

#include <stddef.h>

struct doc;
struct navlink;

/* An article a link may resolve to. */
struct resolve_cand {
	const char	*path;	/* the local file */
	const char	*url;	/* its own URL (canonical, og:url, saved
				   from), or NULL */
	const char	*title;	/* or NULL */
};

/* Resolve a link among candidates: same URL (url_same: ignoring scheme,
 * "www.", a trailing slash and the fragment), then same slug (against
 * each candidate's URL and file name; a file name may carry a date in
 * front, "2024-05-16-<slug>.html"), then same title (case, punctuation
 * and curly/straight quotes folded). The first candidate that matches
 * wins. Returns its index, or -1 (also for a NULL link). */
long	 resolve_match(const struct navlink *l, const struct resolve_cand *c,
	    size_t n);

/* Set d->prev.file and d->next.file, where they are found, for the
 * article d read from the file self: a relative link to a file beside
 * it, a site mirrored as host/path (wget --mirror, HTTrack), else an
 * article of self's folder (or, for a "<slug>/index.html", of the
 * folder above) with the same URL, slug or title (resolve_match). The
 * folder's index - its files, and the URL and title in the head of each
 * file that may be a link's target - is kept for the session and built
 * again when the folder changes, so that walking a folder of thousands
 * of pages reads each head at most once. */
void	 resolve_links(struct doc *d, const char *self);
/* Free the folder indexes kept. */
void	 resolve_cleanup(void);

#endif
