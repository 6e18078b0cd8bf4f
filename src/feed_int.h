/* feed_int.h: what the files of the feed reader share. feed.c reads the
 * bytes (gzip, charsets) and the XML feeds and OPML, feed_json.c JSON
 * Feed; both hand each entry's fields, as the feed writes them, to
 * feed_entry.c, which makes the entries and the feed of them. */
#ifndef FOLIO_FEED_INT_H
#define FOLIO_FEED_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "feed.h"

/* What a feed's text is. */
enum feed_text {
	FEED_TEXT,		/* plain text (Atom type="text",
				   content_text) */
	FEED_HTML,		/* HTML (Atom type="html",
				   content:encoded, content_html) */
	FEED_XHTML,		/* markup written back from Atom's
				   type="xhtml": HTML */
	FEED_GUESS		/* either (RSS's title and description):
				   HTML when it holds a tag of an HTML
				   element or an entity */
};

/* Each field of an entry, as the feed writes it: UTF-8 that may still
 * hold controls (and, from JSON, invalid bytes), markup, entities;
 * empty when the feed does not say. URLs are already resolved against
 * the xml:base in force and the feed's address, by url_resolve(), and so
 * clean: they are copied as they are. */
struct feed_raw {
	struct buf	 id;		/* guid, id */
	struct buf	 title;
	struct buf	 url;		/* its page */
	struct buf	 guid_url;	/* an RSS permalink guid, resolved */
	struct buf	 published;	/* pubDate, dc:date, published */
	struct buf	 updated;	/* updated, modified */
	struct buf	 author;	/* names, joined by ", " */
	struct buf	 email;		/* RSS's <author>: an address, maybe
					   with a name */
	struct buf	 summary;	/* description, summary */
	struct buf	 content;	/* content:encoded, content */
	struct buf	 enclosure;
	struct buf	 enclosure_type;
	/* What the enclosure is: a Media RSS one (media:content), which an
	 * RSS <enclosure> or Atom's rel=enclosure replaces; one its feed
	 * calls the default (isDefault="true"), which another
	 * media:content does not. */
	bool		 enclosure_media, enclosure_default;
	enum feed_text	 title_kind, summary_kind, content_kind;
};

/* The feed's own fields, as for an entry. */
struct feed_head {
	struct buf	 title;
	struct buf	 site;
	struct buf	 self;
	struct buf	 description;
	struct buf	 author;	/* for the entries without one */
	enum feed_text	 title_kind, description_kind;
};

/* A feed being made, an entry at a time. */
struct feed_build {
	struct feed	*f;
	size_t		 cap;		/* of f->entries */
	size_t		 dropped;	/* entries past FEED_MAX_ENTRIES */
	char		**ids;		/* a set of the entries' ids */
	size_t		 idcap;		/* a power of two */
	struct buf	 warning;
};

void		 feed_raw_reset(struct feed_raw *r);
void		 feed_raw_free(struct feed_raw *r);
void		 feed_head_free(struct feed_head *h);

void		 feed_build_begin(struct feed_build *b, enum feed_kind kind);
/* True when the feed holds FEED_MAX_ENTRIES: the next entry is only
 * counted (feed_build_drop). */
bool		 feed_build_full(const struct feed_build *b);
void		 feed_build_drop(struct feed_build *b);
/* Make an entry of r's fields and add it. r is left as it was. */
void		 feed_build_entry(struct feed_build *b, const struct feed_raw *r);
/* Add to the warning (messages are joined by "; "). */
void		 feed_build_warn(struct feed_build *b, const char *fmt, ...)
		    FOLIO_PRINTF(2, 3);
/* The feed, with h's fields; base is where it was read from. NULL, with
 * *cause set, when it has neither entries nor a title (why is the
 * warning, if any); the builder is then freed all the same. */
struct feed	*feed_build_end(struct feed_build *b, const struct feed_head *h,
		    const char *base, char **cause);
/* Free what was built: after an attempt that is given up. */
void		 feed_build_abandon(struct feed_build *b);

/* Plain text of s (len bytes) of that kind: markup dropped (but for
 * FEED_TEXT), entities decoded, and decoded again when escaped twice,
 * white space folded to single spaces, the ends trimmed, controls
 * dropped, invalid UTF-8 read as windows-1252. With max > 0, only about
 * the first max bytes of the result are made. Returns a malloc'd string,
 * "" when nothing is left. */
char		*feed_plain(const char *s, size_t len, enum feed_text kind,
		    size_t max);
/* Whether text of kind FEED_GUESS is HTML: a tag of an HTML element, a
 * comment or an entity in it. */
bool		 feed_looks_html(const char *s, size_t len);
/* The code point an HTML entity's name (without & and ;) stands for, or
 * 0 (feed.c: the names are libxml2's). */
uint32_t	 feed_entity(const char *name, size_t len);

/* JSON Feed (feed_json.c): whether data (len bytes, after white space) is
 * one, and the feed it holds. */
bool		 feed_json_sniff(const char *data, size_t len);
struct feed	*feed_json_parse(const char *data, size_t len,
		    const char *base, char **cause);

#endif
