/* feeds.h: feeds from the command line - a feed's entries and the feeds
 * subscribed to printed (--json, --dump), --refresh for cron,
 * --import-opml and --export-opml. Each prints what it has to say
 * ("folio: ...") and returns an exit status. */
#ifndef FOLIO_FEEDS_H
#define FOLIO_FEEDS_H

#include <stdbool.h>
#include <stdio.h>

struct listing;
struct store;

/* A feed's entries (LISTING_FEED) or the feeds subscribed to
 * (LISTING_FEEDS) on f: with json, {"feed": {"title","url","site"},
 * "entries": [{"title","url","date","summary","read"}]} or {"feeds":
 * [{"title","url","tags","entries","unread","error"}]}; else a line
 * each. st (may be NULL) gives the entries' read marks. */
void	 feeds_print(FILE *f, const struct listing *l, bool json,
	    struct store *st);
/* folio --feeds without a terminal: the feeds subscribed to, as
 * feeds_print() prints them. */
int	 feeds_list(bool json);
/* folio --refresh: every feed subscribed to fetched (in parallel, asked
 * only for what changed) into the library, a line each ("ok", "not
 * changed", or why it failed) and a last line summing up; 1 when any
 * failed. */
int	 feeds_refresh(void);
/* folio --import-opml FILE: the feeds of an OPML file added to the feeds
 * file, with their tags. */
int	 feeds_import_opml(const char *file);
/* folio --export-opml: the feeds file as OPML 2.0 on standard output. */
int	 feeds_export_opml(void);

#endif
