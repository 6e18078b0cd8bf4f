/* feed.h: feeds - RSS 2.0, RSS 1.0 (RDF), Atom 1.0 and JSON Feed 1.1 -
 * read into their entries, and OPML lists of subscriptions. A feed is
 * untrusted XML: no DTD or external entity is loaded, nothing is asked of
 * the network, no entity is expanded (so no billion laughs and no
 * quadratic blow-up: a reference to an entity the document declares is
 * dropped; XML's five and HTML's named entities, which feeds use without
 * declaring them, are read as their characters), and sizes are capped
 * (256 MB once inflated, 8 MB of text a field); XML that breaks off is
 * read as far as it goes, with a warning (a tag left open or misspelt
 * ends where the tags after it say, so the entries after it are read),
 * and so is JSON Feed that breaks off or goes wrong midway (the items
 * read whole before the fault). */
#ifndef FOLIO_FEED_H
#define FOLIO_FEED_H

#include <stdbool.h>
#include <stddef.h>

/* A feed holds at most this many entries (the rest are dropped, with a
 * warning). */
#define FEED_MAX_ENTRIES	200000

enum feed_kind {
	FEED_RSS,		/* RSS 2.0 (and 0.9x) */
	FEED_RDF,		/* RSS 1.0 */
	FEED_ATOM,		/* Atom 1.0 */
	FEED_JSON		/* JSON Feed 1.x */
};

/* One entry. Every string is UTF-8 without control characters (but line
 * breaks in content), malloc'd, or NULL where the feed does not say. */
struct feed_entry {
	char		*id;		/* its guid or id, else its link, else
					   a digest of its title and text
					   ("digest:" and 16 hex digits):
					   never NULL, and no two entries of
					   a feed share one (a duplicate guid
					   is made unique: "x", "x#2",
					   "x#3"...) */
	char		*title;		/* plain text: markup dropped, entities
					   decoded (also when escaped twice),
					   white space folded; never NULL
					   (the first words of its text, or
					   "(untitled)") */
	char		*url;		/* its page, absolute (xml:base and
					   the feed's own address applied);
					   when the feed is a file and the link
					   relative, a path beside it */
	char		*date;		/* "YYYY-MM-DD" (published, else
					   updated), the day as the feed
					   writes it, in its zone; or NULL */
	long long	 time;		/* that moment in seconds since 1970,
					   time of day and zone applied (a day
					   without a time is noon UTC, as
					   date_epoch() has it); -1 when
					   undated (date NULL) */
	char		*author;	/* plain text */
	char		*summary;	/* plain text, the short form
					   (description, summary; else the
					   start of the content), at most
					   FEED_SUMMARY_MAX bytes, cut at a
					   word with "..." */
	char		*content;	/* HTML: the whole text the feed
					   carries (content:encoded, Atom
					   content, content_html or a
					   description in HTML; plain text is
					   escaped into paragraphs), or NULL */
	char		*enclosure;	/* the first enclosure's URL, absolute:
					   RSS's <enclosure>, Atom's
					   rel=enclosure, JSON Feed's first
					   attachment, else Media RSS's
					   media:content (in a media:group
					   too; the one it calls the default
					   first), never a media:thumbnail */
	char		*enclosure_type; /* its media type (for a media:content
					   without one, its medium's range:
					   "video/" and a star) */
};
#define FEED_SUMMARY_MAX	400

struct feed {
	enum feed_kind	 kind;
	char		*title;		/* plain text; never NULL (the site's
					   host, or "(untitled feed)") */
	char		*site;		/* the site's home page (the channel's
					   link, Atom's rel=alternate,
					   home_page_url), absolute, or NULL */
	char		*self;		/* the feed's own address as it gives
					   it (rel=self, feed_url), or NULL */
	char		*description;	/* plain text, or NULL */
	struct feed_entry *entries;	/* in the feed's order */
	size_t		 n;
	char		*warning;	/* what was wrong with a feed read
					   anyway (XML or JSON that breaks off,
					   entries dropped past the cap), or
					   NULL */
};

/* True when the bytes are a feed: by content_type (an HTTP header value,
 * may be NULL: application/rss+xml, application/atom+xml,
 * application/feed+json...) or, whatever it says, by what they start
 * with (after a BOM, an XML declaration, comments and processing
 * instructions: <rss, <rdf:RDF or <feed; JSON whose "version" is a
 * jsonfeed.org one). HTML is never a feed. */
bool		 feed_sniff(const char *data, size_t len,
		    const char *content_type);

/* Read a feed. content_type as for feed_sniff (its charset is used when
 * the XML declaration's cannot be: the bytes are read in the encoding
 * they are valid in, the declaration's first, then the header's, then
 * UTF-8 with invalid bytes as windows-1252). base is where the feed was
 * read from (its URL, or a file's path) for relative links. Returns NULL
 * with *cause set (malloc'd: "not a feed", "no entries and no title: ...";
 * cause may be NULL) when nothing can be read. Bytes that are gzip (a feed
 * file saved gzipped) are inflated first. An entry that XML breaks off in
 * is kept when its title or link was read, without the field it broke off
 * in. Free with feed_free(), which does nothing with NULL. */
struct feed	*feed_parse(const char *data, size_t len,
		    const char *content_type, const char *base, char **cause);
void		 feed_free(struct feed *f);

/* The feed a kind names, for messages: "RSS 2.0", "Atom"... */
const char	*feed_kind_name(enum feed_kind k);

/* One subscription of an OPML file: an outline with an xmlUrl. */
struct feed_outline {
	char	*url;		/* the feed's address */
	char	*title;		/* its text or title attribute, or NULL */
	char	**tags;		/* the titles of the outlines it sits in,
				   outermost first, and the words of its
				   category attribute ("/a/b,c" gives a, b,
				   c) */
	size_t	 ntags;
};

/* Read an OPML document (1.0 or 2.0): every outline with an xmlUrl, in
 * order, however deep. 0 with *out and *n set (*n may be 0), or -1 with
 * *cause set (when cause is not NULL) when the bytes are no OPML. OPML that
 * breaks off is read as far as it goes. Free with feed_outlines_free. */
int		 feed_opml_read(const char *data, size_t len,
		    struct feed_outline **out, size_t *n, char **cause);
void		 feed_outlines_free(struct feed_outline *o, size_t n);

#endif
