/* feed.c: feeds read into their entries: the bytes (gzip, charsets), RSS
 * 2.0, RSS 1.0 and Atom read with libxml2's SAX2 interface as they go by
 * (no tree is built), OPML the same way; JSON Feed is feed_json.c's, and
 * the entries are made in feed_entry.c.
 *
 * A feed is untrusted XML. The parser is given no XML_PARSE_NOENT, no
 * XML_PARSE_DTDLOAD and no XML_PARSE_HUGE, and XML_PARSE_NONET; the SAX
 * handlers keep no DTD (no internalSubset, externalSubset or entityDecl
 * handler), so no entity a document declares is ever looked up, let
 * alone expanded: a reference to one is an undeclared entity, dropped
 * (no billion laughs, no quadratic blow-up, no external entity). Only
 * XML's five and HTML's named entities, which feeds use without
 * declaring them, are given back by the getEntity handler. */
#include "config.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/entities.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <zlib.h>

#include "ascii.h"
#include "buf.h"
#include "feed.h"
#include "feed_int.h"
#include "url.h"
#include "utf8.h"
#include "xmalloc.h"

/* The most bytes a feed may have, once inflated; the rest is dropped. */
#define FEED_MAX_BYTES		((size_t)256 << 20)
/* The most text one field of an entry may hold; the rest is dropped. */
#define FIELD_MAX		((size_t)8 << 20)
/* How deep elements are followed (libxml2 stops at 256 anyway). */
#define DEPTH_MAX		1024
/* HTML's named entities, each in text and in values. */
#define ENTITIES_MAX		512
/* How far feed_sniff() looks. */
#define SNIFF_BYTES		4096

static const char ns_atom[] = "http://www.w3.org/2005/Atom";
static const char ns_atom03[] = "http://purl.org/atom/ns#";
static const char ns_rss1[] = "http://purl.org/rss/1.0/";
static const char ns_rss09[] = "http://my.netscape.com/rdf/simple/0.9/";
static const char ns_rdf[] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
static const char ns_content[] = "http://purl.org/rss/1.0/modules/content/";
static const char ns_dc[] = "http://purl.org/dc/elements/1.1/";
static const char ns_dcterms[] = "http://purl.org/dc/terms/";
static const char ns_xhtml[] = "http://www.w3.org/1999/xhtml";
static const char ns_xml[] = "http://www.w3.org/XML/1998/namespace";
static const char ns_media[] = "http://search.yahoo.com/mrss/";

const char *
feed_kind_name(enum feed_kind k)
{
	switch (k) {
	case FEED_RSS:
		return "RSS 2.0";
	case FEED_RDF:
		return "RSS 1.0";
	case FEED_ATOM:
		return "Atom";
	case FEED_JSON:
		return "JSON Feed";
	}
	return "feed";
}

uint32_t
feed_entity(const char *name, size_t len)
{
	const htmlEntityDesc	*d;
	char			 n[33];

	if (len == 0 || len >= sizeof n)
		return 0;
	memcpy(n, name, len);
	n[len] = '\0';
	if (strcmp(n, "apos") == 0)
		return '\'';
	if ((d = htmlEntityLookup((const xmlChar *)n)) == NULL)
		return 0;
	return d->value;
}

/*
 * The bytes: gzip, the start of the text.
 */

static bool
is_gzip(const char *data, size_t len)
{
	return len >= 2 && (unsigned char)data[0] == 0x1f &&
	    (unsigned char)data[1] == 0x8b;
}

/* Inflate gzip data (members one after the other), at most max bytes of
 * it. Returns the bytes (malloc'd, NUL-terminated) and their length in
 * *outlen, and in *why what went wrong (a static string) when not all of
 * it could be read; NULL when nothing could. */
static char *
gunzip(const char *data, size_t len, size_t max, size_t *outlen,
    const char **why)
{
	z_stream	 z;
	struct buf	 b = BUF_INIT;
	size_t		 chunk;
	int		 rc = Z_OK;

	*why = NULL;
	memset(&z, 0, sizeof z);
	if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK)
		return NULL;
	z.next_in = (Bytef *)(uintptr_t)data;
	while (len > 0 || rc == Z_OK) {
		if (z.avail_in == 0) {
			chunk = len > (1u << 30) ? (1u << 30) : len;
			z.next_in = (Bytef *)(uintptr_t)data;
			z.avail_in = (uInt)chunk;
			data += chunk;
			len -= chunk;
		}
		if (b.len >= max) {
			*why = "cut at its size limit";
			break;
		}
		if (b.cap - b.len < 65536)
			buf_reserve(&b, b.len > 65536 ? b.len : 65536);
		z.next_out = (Bytef *)b.data + b.len;
		z.avail_out = (uInt)(b.cap - b.len - 1);
		if (b.len + z.avail_out > max)
			z.avail_out = (uInt)(max - b.len);
		chunk = z.avail_out;
		rc = inflate(&z, Z_NO_FLUSH);
		b.len += chunk - z.avail_out;
		b.data[b.len] = '\0';
		if (rc == Z_STREAM_END) {
			/* Another member may follow. */
			if (z.avail_in == 0 && len == 0)
				break;
			if (z.avail_in >= 2 && z.next_in[0] == 0x1f &&
			    z.next_in[1] == 0x8b) {
				inflateReset(&z);
				rc = Z_OK;
				continue;
			}
			break;	/* trailing bytes that are no gzip */
		}
		if (rc == Z_BUF_ERROR && z.avail_in == 0 && len == 0) {
			*why = "the compressed data breaks off";
			break;
		}
		if (rc != Z_OK && rc != Z_BUF_ERROR) {
			*why = "the compressed data is damaged";
			break;
		}
	}
	inflateEnd(&z);
	if (b.len == 0) {
		buf_free(&b);
		return NULL;
	}
	return buf_finish(&b, outlen);
}

/* Past a UTF-8 byte order mark and white space. */
static const char *
skip_start(const char *s, size_t *len)
{
	if (*len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0) {
		s += 3;
		*len -= 3;
	}
	while (*len > 0 && ascii_is_space((unsigned char)*s)) {
		s++;
		(*len)--;
	}
	return s;
}

/* UTF-16 text: a byte order mark, or "<" and a NUL either way. */
static bool
is_utf16(const char *s, size_t len)
{
	if (len < 2)
		return false;
	if (((unsigned char)s[0] == 0xff && (unsigned char)s[1] == 0xfe) ||
	    ((unsigned char)s[0] == 0xfe && (unsigned char)s[1] == 0xff))
		return true;
	return len >= 4 && ((s[0] == '<' && s[1] == '\0' && s[2] != '\0') ||
	    (s[0] == '\0' && s[1] == '<' && s[3] != '\0'));
}

/* What an XML document starts with, past its prolog (the XML
 * declaration, comments, processing instructions and a doctype), for
 * sniffing: a pointer to the root element's '<', or NULL. */
static const char *
root_at(const char *s, size_t len)
{
	const char	*end = s + len, *p;
	int		 depth;

	for (;;) {
		while (s < end && ascii_is_space((unsigned char)*s))
			s++;
		if (end - s < 2 || *s != '<')
			return NULL;
		if (s[1] == '?') {
			if ((p = ascii_find_ci(s, (size_t)(end - s), "?>")) ==
			    NULL)
				return NULL;
			s = p + 2;
		} else if (end - s >= 4 && memcmp(s, "<!--", 4) == 0) {
			if ((p = ascii_find_ci(s + 4, (size_t)(end - s - 4),
			    "-->")) == NULL)
				return NULL;
			s = p + 3;
		} else if (s[1] == '!') {
			/* A doctype, its internal subset in brackets. */
			for (p = s + 2, depth = 0; p < end; p++) {
				if (*p == '[')
					depth++;
				else if (*p == ']')
					depth--;
				else if (*p == '>' && depth <= 0)
					break;
			}
			if (p >= end)
				return NULL;
			s = p + 1;
		} else
			return s;
	}
}

/* Whether the element at s (after its '<') is named name, with any
 * prefix (and in any case with ci). */
static bool
root_is(const char *s, const char *end, const char *name, bool ci)
{
	const char	*p = s, *colon = NULL;
	size_t		 n = strlen(name);

	while (p < end && *p != '>' && *p != '/' &&
	    !ascii_is_space((unsigned char)*p)) {
		if (*p == ':')
			colon = p;
		p++;
	}
	if (colon != NULL)
		s = colon + 1;
	if ((size_t)(p - s) != n)
		return false;
	return ci ? ascii_prefix_ci(s, n, name) == n : memcmp(s, name, n) == 0;
}

/* A media type of feeds. */
static bool
feed_type(const char *ct)
{
	static const char *const types[] = {
		"application/rss+xml", "application/atom+xml",
		"application/feed+json", "application/rdf+xml",
		"application/x-rss+xml", "application/x-atom+xml"
	};
	size_t	 i, n;

	while (ascii_is_space((unsigned char)*ct))
		ct++;
	for (i = 0; i < sizeof types / sizeof types[0]; i++) {
		n = strlen(types[i]);
		if (ascii_prefix_ci(ct, strlen(ct), types[i]) == n &&
		    (ct[n] == '\0' || ct[n] == ';' ||
		    ascii_is_space((unsigned char)ct[n])))
			return true;
	}
	return false;
}

bool
feed_sniff(const char *data, size_t len, const char *content_type)
{
	char		*inflated = NULL, ascii[SNIFF_BYTES];
	const char	*s, *r, *why;
	size_t		 n, i;
	bool		 html = false, feed = false;

	if (data == NULL)
		len = 0;
	if (is_gzip(data, len) && (inflated = gunzip(data, len, SNIFF_BYTES,
	    &n, &why)) != NULL) {
		data = inflated;
		len = n;
	}
	if (is_utf16(data, len)) {
		/* Its ASCII, for a look at the markup. */
		for (i = n = 0; i < len && n < sizeof ascii; i++) {
			if (data[i] != '\0' && (unsigned char)data[i] < 0x80)
				ascii[n++] = data[i];
		}
		data = ascii;
		len = n;
	}
	if (len > SNIFF_BYTES * 16)
		len = SNIFF_BYTES * 16;
	s = skip_start(data, &len);
	if (len > 0 && *s == '{')
		feed = feed_json_sniff(s, len);
	else if ((r = root_at(s, len)) != NULL) {
		r++;
		feed = root_is(r, s + len, "rss", false) ||
		    root_is(r, s + len, "RDF", false) ||
		    root_is(r, s + len, "feed", false);
		html = root_is(r, s + len, "html", true);
	}
	if (len > 0 && ascii_prefix_ci(s, len, "<!doctype html") > 0)
		html = true;
	free(inflated);
	if (html)
		return false;
	return feed || (content_type != NULL && feed_type(content_type));
}

/*
 * Charsets.
 */

/* The value of a pseudo-attribute of the XML declaration at s, lower
 * case, into out. */
static bool
decl_encoding(const char *s, size_t len, char *out, size_t outsz)
{
	const char	*end, *p;
	size_t		 o = 0;
	char		 q;

	if (len < 5 || memcmp(s, "<?xml", 5) != 0)
		return false;
	if ((end = memchr(s, '>', len)) == NULL)
		end = s + len;
	if ((p = ascii_find_ci(s, (size_t)(end - s), "encoding")) == NULL)
		return false;
	p += 8;
	while (p < end && ascii_is_space((unsigned char)*p))
		p++;
	if (p >= end || *p++ != '=')
		return false;
	while (p < end && ascii_is_space((unsigned char)*p))
		p++;
	if (p >= end || (*p != '"' && *p != '\''))
		return false;
	q = *p++;
	while (p < end && *p != q && o + 1 < outsz)
		out[o++] = (char)ascii_lower((unsigned char)*p++);
	out[o] = '\0';
	return o > 0 && p < end && *p == q;
}

/* The charset parameter of a media type, lower case, into out. */
static bool
header_charset(const char *ct, char *out, size_t outsz)
{
	const char	*p;
	size_t		 o = 0;

	if (ct == NULL || (p = ascii_find_ci(ct, strlen(ct), "charset")) ==
	    NULL)
		return false;
	p += 7;
	while (ascii_is_space((unsigned char)*p))
		p++;
	if (*p++ != '=')
		return false;
	while (ascii_is_space((unsigned char)*p) || *p == '"' || *p == '\'')
		p++;
	while (*p != '\0' && *p != '"' && *p != '\'' && *p != ';' &&
	    !ascii_is_space((unsigned char)*p) && o + 1 < outsz)
		out[o++] = (char)ascii_lower((unsigned char)*p++);
	out[o] = '\0';
	return o > 0;
}

static bool
is_utf8_label(const char *label)
{
	return strcmp(label, "utf-8") == 0 || strcmp(label, "utf8") == 0 ||
	    strcmp(label, "unicode-1-1-utf-8") == 0;
}

/* A charset in which a byte below 0x20 is a C0 control and nothing
 * else, as in ASCII: not UTF-16 and its kin, not ISO-2022's escapes. The
 * bytes are not in a charset that is not, unless they say so with a
 * byte order mark (is_utf16()). */
static bool
byte_charset(const char *label)
{
	static const char *const wide[] = {
		"utf-16", "utf-32", "ucs-2", "ucs-4", "ucs2", "ucs4",
		"unicode", "iso-2022", "csunicode", "utf-7", "utf7"
	};
	size_t	 i;

	for (i = 0; i < sizeof wide / sizeof wide[0]; i++) {
		if (strncmp(label, wide[i], strlen(wide[i])) == 0)
			return false;
	}
	return true;
}

/* True when libxml2 (with iconv) can decode this charset. */
static bool
charset_supported(const char *name)
{
	xmlCharEncodingHandlerPtr h = xmlFindCharEncodingHandler(name);

	if (h == NULL)
		return false;
	xmlCharEncCloseFunc(h);
	return true;
}

/* Whether XML 1.0 allows a byte below 0x80 (of a charset like ASCII). */
static inline bool
xml_char(unsigned char c)
{
	return c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
}

/* What the bytes hold: a C0 control XML forbids (a NUL, ^K, ESC...: a
 * feed that carries one would be read no further), bytes that are no
 * UTF-8. One pass, eight bytes at a time where they are printable ASCII
 * (a byte below 0x20 makes (b - 0x20) & ~b set its top bit). */
static void
xml_scan(const char *data, size_t len, bool *controls, bool *utf8)
{
	size_t		 i = 0, end, n;
	uint64_t	 w;
	uint32_t	 cp;
	unsigned char	 c;

	*controls = false;
	*utf8 = true;
	while (i < len) {
		if (i + 8 <= len) {
			memcpy(&w, data + i, 8);
			if ((((w - 0x2020202020202020ull) & ~w) | w) &
			    0x8080808080808080ull)
				end = i + 8;
			else {
				i += 8;
				continue;
			}
		} else
			end = len;
		while (i < end) {
			c = (unsigned char)data[i];
			if (c < 0x80) {
				if (!xml_char(c))
					*controls = true;
				i++;
				continue;
			}
			n = utf8_decode(data + i, len - i, &cp);
			if (cp == UTF8_REPLACEMENT && n == 1)
				*utf8 = false;
			i += n;
		}
	}
}

/* A copy of the bytes for libxml2, the C0 controls XML forbids taken out
 * and, with utf8 true, each byte that is no UTF-8 read as windows-1252. */
static char *
xml_bytes(const char *data, size_t len, bool utf8, size_t *outlen)
{
	struct buf	 b = BUF_INIT;
	size_t		 i, run, n;
	uint32_t	 cp;
	char		 enc[4];

	buf_reserve(&b, len);
	for (i = 0; i < len;) {
		for (run = i; run < len; run++) {
			unsigned char c = (unsigned char)data[run];

			if (!xml_char(c) || (utf8 && c >= 0x80))
				break;
		}
		buf_add(&b, data + i, run - i);
		if ((i = run) >= len)
			break;
		if ((unsigned char)data[i] < 0x80) {
			i++;	/* a control */
			continue;
		}
		n = utf8_decode(data + i, len - i, &cp);
		if (cp == UTF8_REPLACEMENT && n == 1) {
			cp = (unsigned char)data[i];
			if (cp <= 0x9f && (cp = utf8_windows1252(cp)) == 0)
				cp = UTF8_REPLACEMENT;
		}
		buf_add(&b, enc, utf8_encode(cp, enc));
		i += n;
	}
	return buf_finish(&b, outlen);
}

/*
 * The XML reader.
 */

enum ns {
	NS_NONE,		/* no namespace: RSS 2.0's elements */
	NS_ATOM,		/* Atom 1.0, and 0.3 */
	NS_RSS1,		/* RSS 1.0, and 0.90 */
	NS_RDF,
	NS_CONTENT,
	NS_DC,
	NS_DCTERMS,
	NS_XHTML,
	NS_MEDIA,		/* Media RSS */
	NS_OTHER
};

enum role {
	R_SKIP,			/* nothing of it is read */
	R_DOC,			/* the document, above the root */
	R_ROOT,			/* <rss>, <rdf:RDF>, <feed>, <opml> */
	R_CHANNEL,		/* RSS's <channel> */
	R_ENTRY,		/* <item>, <entry> */
	R_MEDIA_GROUP,		/* a media:group in an entry */
	R_AUTHOR,		/* Atom's <author>: its <name> is read */
	R_FIELD,		/* its text is a field's */
	R_MARKUP,		/* an element inside a field */
	R_WRAPPER,		/* the <div> around Atom's xhtml text */
	R_BODY,			/* OPML's <body> */
	R_OUTLINE		/* an OPML outline */
};

/* What a field's text becomes when its element ends. */
enum fld {
	FLD_TEXT,		/* the text itself */
	FLD_LINK,		/* an entry's page: resolved */
	FLD_GUID,		/* an RSS guid: also its page when a
				   permalink */
	FLD_SITE		/* the channel's link: resolved */
};

struct level {
	const xmlChar	*name;		/* its local name (the parser's
					   dictionary's, for the parse) */
	enum role	 role;
	const char	*base;		/* xml:base in force, or NULL */
	bool		 own_base;	/* base is this level's (free it) */
	bool		 empty;		/* a void element (markup) */
	bool		 permalink;	/* an RSS guid that is a permalink */
	bool		 feed_author;	/* an R_AUTHOR of the feed */
};

struct xml {
	xmlParserCtxtPtr ctxt;
	bool		 opml;		/* reading OPML, not a feed */
	bool		 root_seen, not_feed;
	enum feed_kind	 kind;

	struct level	*lv;
	size_t		 depth, cap;	/* lv[0] is the document */

	/* The field being read: its text goes to *field. */
	struct buf	*field;
	size_t		 field_depth;	/* its element's level */
	size_t		 field_start;	/* field->len when it began */
	enum fld	 field_what;
	enum feed_text	 field_kind;
	bool		 field_markup;	/* elements in it are written */
	bool		 field_cut;	/* past FIELD_MAX */
	struct buf	 scratch;	/* a field read twice: the second */
	struct buf	 urlbuf;	/* the text of a URL's field */
	struct buf	 tmp;		/* an attribute's value */

	/* A feed's. */
	struct feed_build b;
	struct feed_head h;
	struct feed_raw	 r;
	bool		 in_entry;

	/* OPML's. */
	struct feed_outline *out;
	size_t		 nout, outcap;
	char		**tags;		/* the titles of the open outlines */
	size_t		 ntags, tagcap;

	/* The HTML entities given to the parser, kept for the parse. */
	xmlEntity	*ents;
	size_t		 nents;

	/* Errors. */
	char		 ended[128];	/* the name an end tag gave that was
					   not the element open's, for the end
					   that follows it, or "" */
	size_t		 nerrors;
	int		 err_line;
	char		 err[160];
	bool		 converr;	/* the bytes are not in the charset */
};

static enum ns
ns_of(const xmlChar *uri)
{
	const char	*u = (const char *)uri;

	if (u == NULL)
		return NS_NONE;
	if (strcmp(u, ns_atom) == 0 || strcmp(u, ns_atom03) == 0)
		return NS_ATOM;
	if (strcmp(u, ns_rss1) == 0 || strcmp(u, ns_rss09) == 0)
		return NS_RSS1;
	if (strcmp(u, ns_rdf) == 0)
		return NS_RDF;
	if (strcmp(u, ns_content) == 0)
		return NS_CONTENT;
	if (strcmp(u, ns_dc) == 0)
		return NS_DC;
	if (strcmp(u, ns_dcterms) == 0)
		return NS_DCTERMS;
	if (strcmp(u, ns_xhtml) == 0)
		return NS_XHTML;
	if (strcmp(u, ns_media) == 0 || strcmp(u, "http://search.yahoo.com/"
	    "mrss") == 0)
		return NS_MEDIA;
	return NS_OTHER;
}

static bool
is(const xmlChar *name, const char *s)
{
	return name[0] == (xmlChar)s[0] && strcmp((const char *)name, s) == 0;
}

/* An attribute's value, as SAX2 gives it: '&' written "&#38;", and a
 * reference to an HTML entity left as it is ("&eacute;"), since the
 * parser expands no entity in values: both decoded, into b. */
static void
attr_decode(struct buf *b, const xmlChar *v, const xmlChar *end)
{
	const char	*s = (const char *)v, *e = (const char *)end, *semi;
	char		 enc[4];
	uint32_t	 cp;

	buf_truncate(b, 0);
	while (s < e) {
		const char *amp = memchr(s, '&', (size_t)(e - s));

		if (amp == NULL) {
			buf_add(b, s, (size_t)(e - s));
			break;
		}
		buf_add(b, s, (size_t)(amp - s));
		s = amp;
		if (e - s >= 5 && memcmp(s, "&#38;", 5) == 0) {
			buf_addc(b, '&');
			s += 5;
		} else if ((semi = memchr(s, ';', (size_t)(e - s))) != NULL &&
		    (cp = feed_entity(s + 1, (size_t)(semi - s - 1))) != 0) {
			buf_add(b, enc, utf8_encode(cp, enc));
			s = semi + 1;
		} else
			buf_addc(b, *s++);
	}
	if (b->data == NULL)
		buf_add(b, "", 0);
}

/* The value of the attribute name (in namespace uri, NULL for none) of
 * the attributes SAX2 gives (five pointers each), decoded into b: false
 * when it has none. */
static bool
attr(const xmlChar **atts, int n, const char *uri, const char *name,
    struct buf *b)
{
	const xmlChar	**a;
	int		 i;

	for (i = 0; i < n; i++) {
		a = atts + 5 * i;
		if (!is(a[0], name))
			continue;
		if (uri == NULL ? a[2] != NULL : (a[2] == NULL ||
		    strcmp((const char *)a[2], uri) != 0))
			continue;
		attr_decode(b, a[3], a[4]);
		return true;
	}
	return false;
}

/* The kind of text an Atom type attribute says (a "text" without one);
 * false for media types that are no text. */
static bool
atom_type(const xmlChar **atts, int n, struct buf *tmp, enum feed_text *k)
{
	const char	*t;

	*k = FEED_TEXT;
	if (!attr(atts, n, NULL, "type", tmp))
		return true;
	t = tmp->data;
	while (ascii_is_space((unsigned char)*t))
		t++;
	if (*t == '\0' || ascii_eq_ci(t, "text"))
		*k = FEED_TEXT;
	else if (ascii_eq_ci(t, "html") || ascii_prefix_ci(t, strlen(t),
	    "text/html") == 9)
		*k = FEED_HTML;
	else if (ascii_eq_ci(t, "xhtml") || ascii_prefix_ci(t, strlen(t),
	    "application/xhtml+xml") == 21)
		*k = FEED_XHTML;
	else if (ascii_prefix_ci(t, strlen(t), "text/") == 5)
		*k = FEED_TEXT;
	else
		return false;
	return true;
}

/* Whether url_resolve() gives href (len bytes, its ends trimmed) back as
 * it is, whatever the base: an absolute URL of printable ASCII that holds
 * nothing it escapes (no '%' either, whose escapes it would check). */
static bool
resolves_to_itself(const char *href, size_t len)
{
	size_t	 i;

	if (url_scheme_len(href) == 0)
		return false;
	for (i = 0; i < len; i++) {
		switch (href[i]) {
		case '"': case '<': case '>': case '\\': case '^': case '`':
		case '{': case '|': case '}': case '[': case ']': case '%':
			return false;
		default:
			if ((unsigned char)href[i] <= ' ' ||
			    (unsigned char)href[i] >= 0x7f)
				return false;
		}
	}
	return true;
}

/* Resolve href (not b's own text) against the xml:base in force into b
 * (a copy, cleaned, when there is none). */
static void
resolve_into(struct buf *b, const char *base, const char *href)
{
	char	*u;
	size_t	 len;

	/* As url_resolve() would, the ends trimmed. */
	while (*href != '\0' && (unsigned char)*href <= ' ')
		href++;
	len = strlen(href);
	while (len > 0 && (unsigned char)href[len - 1] <= ' ')
		len--;
	buf_truncate(b, 0);
	if (resolves_to_itself(href, len)) {
		buf_add(b, href, len);
		return;
	}
	u = url_resolve(base, href);
	buf_adds(b, u);
	free(u);
}

/* Begin reading the text of the element at the top into target: the
 * text itself (what FLD_TEXT), or a URL that field_end() puts there. A
 * field already read stays as it is, the text read again forgotten; but
 * with join, names are added to it, after a ", ". */
static void
field_begin(struct xml *x, struct buf *target, enum fld what,
    enum feed_text kind, bool join)
{
	struct level	*l = &x->lv[x->depth];
	size_t		 start = target->len;

	if (target->len > 0 && join)
		buf_adds(target, ", ");
	else if (target->len > 0)
		target = &x->scratch;
	else if (what != FLD_TEXT)
		target = &x->urlbuf;
	if (target == &x->scratch || target == &x->urlbuf) {
		buf_truncate(target, 0);
		start = 0;
	}
	l->role = R_FIELD;
	x->field = target;
	x->field_depth = x->depth;
	x->field_start = start;
	x->field_what = what;
	x->field_kind = kind;
	x->field_markup = kind != FEED_TEXT;
}

/* The element of a field ends: what its text becomes. */
static void
field_end(struct xml *x)
{
	struct level	*l = &x->lv[x->depth];
	struct buf	*u = &x->urlbuf;
	char		*t;

	if (x->field == u && u->len > 0) {
		switch (x->field_what) {
		case FLD_LINK:
			resolve_into(&x->r.url, l->base, u->data);
			break;
		case FLD_SITE:
			resolve_into(&x->h.site, l->base, u->data);
			break;
		case FLD_GUID:
			/* The text is the id, and the page where it is a
			 * permalink and a web address. */
			buf_add(&x->r.id, u->data, u->len);
			if (l->permalink && x->r.guid_url.len == 0) {
				t = url_resolve(NULL, u->data);
				if (url_is_web(t))
					buf_adds(&x->r.guid_url, t);
				free(t);
			}
			break;
		case FLD_TEXT:
			break;
		}
	}
	x->field = NULL;
}

/* Write the start tag of an element inside a field of markup. */
static void
markup_start(struct xml *x, const xmlChar *name, const xmlChar **atts,
    int natts)
{
	static const char *const voids[] = {
		"area", "base", "br", "col", "embed", "hr", "img", "input",
		"link", "meta", "param", "source", "track", "wbr"
	};
	struct level	*l = &x->lv[x->depth];
	struct buf	*f = x->field;
	const xmlChar	**a;
	const char	*v, *p;
	char		*u = NULL;
	size_t		 i;
	int		 k;

	if (f->len - x->field_start > FIELD_MAX) {
		x->field_cut = true;
		l->empty = true;
		return;
	}
	buf_addc(f, '<');
	buf_adds(f, (const char *)name);
	for (k = 0; k < natts; k++) {
		a = atts + 5 * k;
		attr_decode(&x->tmp, a[3], a[4]);
		v = x->tmp.data;
		if (a[2] != NULL && strcmp((const char *)a[2], ns_xml) == 0)
			continue;
		if (is(a[0], "href") || is(a[0], "src"))
			v = u = url_resolve(l->base, v);
		buf_addc(f, ' ');
		buf_adds(f, (const char *)a[0]);
		buf_adds(f, "=\"");
		for (p = v; *p != '\0'; p++) {
			if (*p == '&')
				buf_adds(f, "&amp;");
			else if (*p == '"')
				buf_adds(f, "&quot;");
			else if (*p == '<')
				buf_adds(f, "&lt;");
			else
				buf_addc(f, *p);
		}
		buf_addc(f, '"');
		free(u);
		u = NULL;
	}
	buf_addc(f, '>');
	for (i = 0; i < sizeof voids / sizeof voids[0]; i++) {
		if (is(name, voids[i]))
			l->empty = true;
	}
}

/* An Atom <link>: an entry's page or enclosure, a feed's site or own
 * address. */
static void
atom_link(struct xml *x, const xmlChar **atts, int n, bool entry)
{
	const char	*base = x->lv[x->depth].base;
	char		*href, *rel;
	struct buf	*target = NULL;

	if (!attr(atts, n, NULL, "href", &x->tmp))
		return;
	href = xstrdup(x->tmp.data);
	rel = attr(atts, n, NULL, "rel", &x->tmp) ? xstrdup(x->tmp.data) :
	    xstrdup("alternate");
	if (ascii_eq_ci(rel, "alternate") || *rel == '\0')
		target = entry ? &x->r.url : &x->h.site;
	else if (ascii_eq_ci(rel, "self") && !entry)
		target = &x->h.self;
	else if (ascii_eq_ci(rel, "enclosure") && entry &&
	    (x->r.enclosure.len == 0 || x->r.enclosure_media)) {
		target = &x->r.enclosure;
		buf_truncate(target, 0);
		buf_truncate(&x->r.enclosure_type, 0);
		x->r.enclosure_media = false;
		if (attr(atts, n, NULL, "type", &x->tmp)) {
			buf_truncate(&x->r.enclosure_type, 0);
			buf_add(&x->r.enclosure_type, x->tmp.data, x->tmp.len);
		}
	}
	if (target != NULL && target->len == 0)
		resolve_into(target, base, href);
	free(rel);
	free(href);
}

/* A Media RSS media:content: the entry's enclosure when it has none yet
 * (or only another media:content, which one the feed calls the default
 * replaces), its media type from type, else the media range of its
 * medium (image, audio or video, then a slash and a star). A
 * media:thumbnail is no enclosure: not read. */
static void
media_content(struct xml *x, const xmlChar **atts, int n)
{
	struct feed_raw	*r = &x->r;
	bool		 dflt;
	char		*url;

	if (!attr(atts, n, NULL, "url", &x->tmp) || x->tmp.len == 0)
		return;
	url = xstrdup(x->tmp.data);
	dflt = attr(atts, n, NULL, "isDefault", &x->tmp) &&
	    ascii_eq_ci(x->tmp.data, "true");
	if (r->enclosure.len == 0 || (r->enclosure_media &&
	    !r->enclosure_default && dflt)) {
		resolve_into(&r->enclosure, x->lv[x->depth].base, url);
		r->enclosure_media = true;
		r->enclosure_default = dflt;
		buf_truncate(&r->enclosure_type, 0);
		if (attr(atts, n, NULL, "type", &x->tmp) && x->tmp.len > 0)
			buf_add(&r->enclosure_type, x->tmp.data, x->tmp.len);
		else if (attr(atts, n, NULL, "medium", &x->tmp) &&
		    (ascii_eq_ci(x->tmp.data, "image") ||
		    ascii_eq_ci(x->tmp.data, "audio") ||
		    ascii_eq_ci(x->tmp.data, "video")))
			buf_addf(&r->enclosure_type, "%s/*", x->tmp.data);
	}
	free(url);
}

/* An entry begins. */
static void
entry_begin(struct xml *x, const xmlChar **atts, int n)
{
	struct level	*l = &x->lv[x->depth];

	if (feed_build_full(&x->b)) {
		feed_build_drop(&x->b);
		l->role = R_SKIP;
		return;
	}
	l->role = R_ENTRY;
	feed_raw_reset(&x->r);
	x->in_entry = true;
	if (x->kind == FEED_ATOM) {
		x->r.title_kind = FEED_TEXT;
		x->r.summary_kind = FEED_TEXT;
		x->r.content_kind = FEED_TEXT;
	} else {
		x->r.content_kind = FEED_HTML;
		/* RSS 1.0's rdf:about names the item. */
		if (attr(atts, n, ns_rdf, "about", &x->tmp))
			buf_add(&x->r.id, x->tmp.data, x->tmp.len);
	}
}

/* An element in an RSS item or an Atom entry. */
static void
entry_child(struct xml *x, const xmlChar *name, enum ns ns,
    const xmlChar **atts, int n)
{
	struct feed_raw	*r = &x->r;
	struct level	*l = &x->lv[x->depth];
	enum feed_text	 k;
	bool		 own = x->kind == FEED_ATOM ? ns == NS_ATOM ||
			    ns == NS_NONE : ns == NS_NONE || ns == NS_RSS1;

	if (ns == NS_DC) {
		if (is(name, "creator"))
			field_begin(x, &r->author, FLD_TEXT, FEED_TEXT, true);
		else if (is(name, "date"))
			field_begin(x, &r->published, FLD_TEXT, FEED_TEXT,
			    false);
		return;
	}
	if (ns == NS_DCTERMS) {
		if (is(name, "created") || is(name, "issued"))
			field_begin(x, &r->published, FLD_TEXT, FEED_TEXT,
			    false);
		else if (is(name, "modified"))
			field_begin(x, &r->updated, FLD_TEXT, FEED_TEXT, false);
		return;
	}
	if (ns == NS_CONTENT) {
		if (is(name, "encoded"))
			field_begin(x, &r->content, FLD_TEXT, FEED_HTML, false);
		return;
	}
	if (ns == NS_MEDIA) {
		if (is(name, "content"))
			media_content(x, atts, n);
		else if (is(name, "group"))
			l->role = R_MEDIA_GROUP;
		return;
	}
	if (ns == NS_ATOM && x->kind != FEED_ATOM) {
		if (is(name, "link"))
			atom_link(x, atts, n, true);
		return;
	}
	if (!own)
		return;
	if (x->kind == FEED_ATOM) {
		if (is(name, "title") && atom_type(atts, n, &x->tmp, &k)) {
			if (r->title.len == 0)
				r->title_kind = k;
			field_begin(x, &r->title, FLD_TEXT, k, false);
		} else if (is(name, "link"))
			atom_link(x, atts, n, true);
		else if (is(name, "id"))
			field_begin(x, &r->id, FLD_TEXT, FEED_TEXT, false);
		else if (is(name, "published") || is(name, "issued"))
			field_begin(x, &r->published, FLD_TEXT, FEED_TEXT,
			    false);
		else if (is(name, "updated") || is(name, "modified"))
			field_begin(x, &r->updated, FLD_TEXT, FEED_TEXT, false);
		else if (is(name, "author"))
			l->role = R_AUTHOR;
		else if (is(name, "summary") && atom_type(atts, n, &x->tmp,
		    &k)) {
			if (r->summary.len == 0)
				r->summary_kind = k;
			field_begin(x, &r->summary, FLD_TEXT, k, false);
		} else if (is(name, "content")) {
			/* Content elsewhere (src=) is not read; its address
			 * is the page when there is no other. */
			if (attr(atts, n, NULL, "src", &x->tmp)) {
				if (r->url.len == 0 && x->tmp.len > 0)
					resolve_into(&r->url, l->base,
					    x->tmp.data);
			} else if (atom_type(atts, n, &x->tmp, &k)) {
				if (r->content.len == 0)
					r->content_kind = k;
				field_begin(x, &r->content, FLD_TEXT, k, false);
			}
		}
		return;
	}
	if (is(name, "title"))
		field_begin(x, &r->title, FLD_TEXT, FEED_GUESS, false);
	else if (is(name, "link"))
		field_begin(x, &r->url, FLD_LINK, FEED_TEXT, false);
	else if (is(name, "guid")) {
		l->permalink = !(attr(atts, n, NULL, "isPermaLink", &x->tmp) &&
		    ascii_eq_ci(x->tmp.data, "false"));
		field_begin(x, &r->id, FLD_GUID, FEED_TEXT, false);
	} else if (is(name, "description"))
		field_begin(x, &r->summary, FLD_TEXT, FEED_GUESS, false);
	else if (is(name, "pubDate"))
		field_begin(x, &r->published, FLD_TEXT, FEED_TEXT, false);
	else if (is(name, "author"))
		field_begin(x, &r->email, FLD_TEXT, FEED_TEXT, false);
	else if (is(name, "enclosure") && (r->enclosure.len == 0 ||
	    r->enclosure_media) && attr(atts, n, NULL, "url", &x->tmp) &&
	    x->tmp.len > 0) {
		resolve_into(&r->enclosure, l->base, x->tmp.data);
		r->enclosure_media = false;
		buf_truncate(&r->enclosure_type, 0);
		if (attr(atts, n, NULL, "type", &x->tmp))
			buf_add(&r->enclosure_type, x->tmp.data, x->tmp.len);
	}
}

/* An element of the feed itself: under Atom's <feed>, RSS's
 * <channel>. */
static void
head_child(struct xml *x, const xmlChar *name, enum ns ns,
    const xmlChar **atts, int n)
{
	struct feed_head *h = &x->h;
	struct level	*l = &x->lv[x->depth];
	enum feed_text	 k;

	if (x->kind == FEED_ATOM) {
		if (ns != NS_ATOM && ns != NS_NONE)
			return;
		if (is(name, "entry"))
			entry_begin(x, atts, n);
		else if (is(name, "title") && atom_type(atts, n, &x->tmp, &k)) {
			if (h->title.len == 0)
				h->title_kind = k;
			field_begin(x, &h->title, FLD_TEXT, k, false);
		} else if ((is(name, "subtitle") || is(name, "tagline")) &&
		    atom_type(atts, n, &x->tmp, &k)) {
			if (h->description.len == 0)
				h->description_kind = k;
			field_begin(x, &h->description, FLD_TEXT, k, false);
		} else if (is(name, "link"))
			atom_link(x, atts, n, false);
		else if (is(name, "author")) {
			l->role = R_AUTHOR;
			l->feed_author = true;
		}
		return;
	}
	if (ns == NS_ATOM) {
		if (is(name, "link"))
			atom_link(x, atts, n, false);
		return;
	}
	if (ns != NS_NONE && ns != NS_RSS1)
		return;
	if (is(name, "item"))
		entry_begin(x, atts, n);
	else if (l[-1].role != R_CHANNEL)
		return;		/* RSS 1.0's items beside its channel */
	else if (is(name, "title"))
		field_begin(x, &h->title, FLD_TEXT, FEED_GUESS, false);
	else if (is(name, "link"))
		field_begin(x, &h->site, FLD_SITE, FEED_TEXT, false);
	else if (is(name, "description"))
		field_begin(x, &h->description, FLD_TEXT, FEED_GUESS, false);
}

/* The root element: which feed this is, if it is one. */
static void
root_begin(struct xml *x, const xmlChar *name, enum ns ns)
{
	struct level	*l = &x->lv[x->depth];

	if (x->root_seen) {
		/* A second root: recovery ended the first before its end
		 * tag. Read on into the feed begun, when it is one of the
		 * same kind. */
		l->role = !x->opml && x->kind == (is(name, "rss") ?
		    FEED_RSS : is(name, "RDF") ? FEED_RDF : is(name, "feed") ?
		    FEED_ATOM : (enum feed_kind)-1) ? R_ROOT : x->opml &&
		    is(name, "opml") ? R_ROOT : R_SKIP;
		return;
	}
	x->root_seen = true;
	l->role = R_ROOT;
	if (x->opml) {
		if (!is(name, "opml"))
			x->not_feed = true;
	} else if (is(name, "rss") && (ns == NS_NONE || ns == NS_OTHER))
		x->kind = FEED_RSS;
	else if (is(name, "RDF") && ns == NS_RDF)
		x->kind = FEED_RDF;
	else if (is(name, "feed") && (ns == NS_ATOM || ns == NS_NONE))
		x->kind = FEED_ATOM;
	else
		x->not_feed = true;
	if (x->not_feed) {
		l->role = R_SKIP;
		xmlStopParser(x->ctxt);
		return;
	}
	if (!x->opml)
		feed_build_begin(&x->b, x->kind);
	x->h.title_kind = x->h.description_kind = x->kind == FEED_ATOM ?
	    FEED_TEXT : FEED_GUESS;
}

static void opml_start(struct xml *, const xmlChar *, const xmlChar **,
		    int);
static bool is_entry(const struct xml *, const xmlChar *, enum ns);
static bool rss_field(const xmlChar *, enum ns);
static void pop_level(struct xml *);
static void close_entry(struct xml *);

static bool
blank(const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++) {
		if (!ascii_is_space((unsigned char)s[i]))
			return false;
	}
	return true;
}

static void
x_start(void *ctx, const xmlChar *name, const xmlChar *prefix,
    const xmlChar *uri, int nns, const xmlChar **nss, int natts,
    int ndefaulted, const xmlChar **atts)
{
	struct xml	*x = ctx;
	struct level	*l, *p;
	enum ns		 ns = ns_of(uri);

	(void)prefix;
	(void)nns;
	(void)nss;
	(void)ndefaulted;
	x->ended[0] = '\0';
	if (x->depth + 1 >= DEPTH_MAX) {
		xmlStopParser(x->ctxt);
		return;
	}
	/* An entry begun in an entry that was never closed: that one
	 * ends first (libxml2 nests them, and would give the rest of the
	 * feed to the first). */
	if (x->in_entry && !x->opml && is_entry(x, name, ns))
		close_entry(x);
	else if (x->field != NULL && x->kind != FEED_ATOM && !x->opml &&
	    x->lv[x->field_depth - 1].role == R_ENTRY && rss_field(name, ns))
		/* In RSS, a field of an item left open ends at the item's
		 * next field (<title>Six<link>...). */
		while (x->depth >= x->field_depth)
			pop_level(x);
	if (++x->depth == x->cap) {
		x->cap *= 2;
		x->lv = xreallocarray(x->lv, x->cap, sizeof *x->lv);
	}
	p = &x->lv[x->depth - 1];
	l = &x->lv[x->depth];
	memset(l, 0, sizeof *l);
	l->name = name;
	l->role = R_SKIP;
	l->base = p->base;
	if (p->role == R_SKIP && x->field == NULL)
		return;
	/* xml:base, against the one in force. */
	if (attr(atts, natts, ns_xml, "base", &x->tmp)) {
		l->base = url_resolve(p->base, x->tmp.data);
		l->own_base = true;
	}
	if (x->field != NULL) {
		l->role = R_MARKUP;
		if (!x->field_markup)
			return;
		if (x->field_kind == FEED_XHTML && p->role == R_FIELD &&
		    ns == NS_XHTML && is(name, "div") &&
		    (x->field->len == x->field_start || blank(x->field->data +
		    x->field_start, x->field->len - x->field_start))) {
			l->role = R_WRAPPER;
			return;
		}
		markup_start(x, name, atts, natts);
		return;
	}
	switch (p->role) {
	case R_DOC:
		root_begin(x, name, ns);
		break;
	case R_ROOT:
		if (x->opml) {
			if (is(name, "body"))
				l->role = R_BODY;
		} else if (x->kind != FEED_ATOM && is(name, "channel") &&
		    (ns == NS_NONE || ns == NS_RSS1))
			l->role = R_CHANNEL;
		else
			head_child(x, name, ns, atts, natts);
		break;
	case R_CHANNEL:
		head_child(x, name, ns, atts, natts);
		break;
	case R_ENTRY:
		entry_child(x, name, ns, atts, natts);
		break;
	case R_MEDIA_GROUP:
		if (ns == NS_MEDIA && is(name, "content"))
			media_content(x, atts, natts);
		break;
	case R_AUTHOR:
		if (is(name, "name") && (ns == NS_ATOM || ns == NS_NONE))
			field_begin(x, p->feed_author ? &x->h.author :
			    &x->r.author, FLD_TEXT, FEED_TEXT, true);
		break;
	case R_BODY:
	case R_OUTLINE:
		if (is(name, "outline"))
			opml_start(x, name, atts, natts);
		break;
	default:
		break;
	}
}

static void opml_end(struct xml *);

/* The element at the top ends. */
static void
pop_level(struct xml *x)
{
	struct level	*l = &x->lv[x->depth];

	if (x->field != NULL && x->depth == x->field_depth)
		field_end(x);
	else if (l->role == R_MARKUP && x->field_markup && !l->empty) {
		buf_adds(x->field, "</");
		buf_adds(x->field, (const char *)l->name);
		buf_addc(x->field, '>');
	} else if (l->role == R_ENTRY) {
		feed_build_entry(&x->b, &x->r);
		x->in_entry = false;
	} else if (l->role == R_OUTLINE)
		opml_end(x);
	if (l->own_base)
		free((char *)l->base);
	x->depth--;
}

/* Whether an element is the feed's entry: RSS's <item>, Atom's
 * <entry>. */
static bool
is_entry(const struct xml *x, const xmlChar *name, enum ns ns)
{
	if (x->kind == FEED_ATOM)
		return is(name, "entry") && (ns == NS_ATOM || ns == NS_NONE);
	return is(name, "item") && (ns == NS_NONE || ns == NS_RSS1);
}

/* Whether an element is one of the fields of an RSS item that markup in
 * a field never holds: no element of HTML has these names. */
static bool
rss_field(const xmlChar *name, enum ns ns)
{
	static const char *const fields[] = {
		"title", "link", "guid", "description", "pubDate", "author",
		"comments", "enclosure"
	};
	size_t	 i;

	if (ns != NS_NONE && ns != NS_RSS1)
		return false;
	for (i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		if (is(name, fields[i]))
			return true;
	}
	return false;
}

/* End the entry open, and all in it. */
static void
close_entry(struct xml *x)
{
	size_t	 d;

	for (d = x->depth; d > 0 && x->lv[d].role != R_ENTRY; d--)
		;
	while (d > 0 && x->depth >= d)
		pop_level(x);
}

/* The level of the innermost element open named name (a local name, or
 * a prefixed one: its local part), or 0. */
static size_t
open_level(const struct xml *x, const char *name)
{
	const char	*colon = strchr(name, ':');
	size_t		 d;

	if (colon != NULL)
		name = colon + 1;
	for (d = x->depth; d > 0; d--) {
		if (strcmp((const char *)x->lv[d].name, name) == 0)
			return d;
	}
	return 0;
}

/*
 * An end tag. libxml2 ends the element it has open, whatever the tag
 * says, and a recovering parse gives the feed's structure up at the first
 * tag left open: a <b> never closed in a description takes the rest of the
 * feed into it. So the levels here are kept apart from libxml2's, and an
 * end tag ends the element it names, and those open in it, as an HTML
 * parser has it: the name is libxml2's, or, where it says the tag does not
 * match (x_error() keeps the tag's name in x->ended), the tag's. A tag
 * that matches nothing open ends the element at the top (a misspelt end
 * tag, as libxml2 has it) when libxml2 said so, else nothing (an element
 * ended here already, libxml2 still having it open).
 */
static void
x_end(void *ctx, const xmlChar *name, const xmlChar *prefix,
    const xmlChar *uri)
{
	struct xml	*x = ctx;
	size_t		 d;
	bool		 mismatch = x->ended[0] != '\0';

	(void)prefix;
	(void)uri;
	if (x->depth == 0) {
		x->ended[0] = '\0';
		return;
	}
	d = open_level(x, mismatch ? x->ended : (const char *)name);
	x->ended[0] = '\0';
	if (d == 0 && mismatch)
		d = x->depth;
	while (d > 0 && x->depth >= d)
		pop_level(x);
}

static void
x_text(void *ctx, const xmlChar *s, int len)
{
	struct xml	*x = ctx;
	struct buf	*f = x->field;
	size_t		 n = (size_t)len, i, start;

	if (f == NULL || len <= 0)
		return;
	if (f->len - x->field_start + n > FIELD_MAX) {
		x->field_cut = true;
		n = FIELD_MAX > f->len - x->field_start ?
		    FIELD_MAX - (f->len - x->field_start) : 0;
		/* Not in the middle of a character. */
		while (n > 0 && (s[n] & 0xc0) == 0x80)
			n--;
	}
	if (x->field_kind != FEED_XHTML) {
		buf_add(f, s, n);
		return;
	}
	for (i = start = 0; i < n; i++) {
		const char *e = s[i] == '&' ? "&amp;" : s[i] == '<' ? "&lt;" :
		    s[i] == '>' ? "&gt;" : NULL;

		if (e == NULL)
			continue;
		buf_add(f, s + start, i - start);
		buf_adds(f, e);
		start = i + 1;
	}
	buf_add(f, s + start, n - start);
}

/*
 * Entities. libxml2 2.9 asks the getEntity handler for any but XML's
 * five, and for those too with XML_PARSE_OLDSAX: that is how a feed's
 * "&nbsp;" and "&eacute;", undeclared, are read. And after a first
 * error, it drops every reference it meets in text, XML's "&amp;" too,
 * unless the parser is still well-formed when it asks (which it then
 * is: the handler says so; the errors are counted apart, in
 * x->nerrors).
 */
static xmlEntityPtr
x_entity(void *ctx, const xmlChar *name)
{
	struct xml		*x = ctx;
	xmlParserCtxtPtr	 ctxt = x->ctxt;
	xmlEntityPtr		 e;
	uint32_t		 cp;
	size_t			 i;
	bool			 inattr;
	int			 len;

	if (ctxt->inSubset != 0)
		return NULL;	/* nothing from a DTD */
	if (ctxt->instate == XML_PARSER_CONTENT)
		inattr = false;
	else if (ctxt->instate == XML_PARSER_ATTRIBUTE_VALUE)
		inattr = true;
	else
		return NULL;
	if (!inattr)
		ctxt->wellFormed = 1;
	if ((e = xmlGetPredefinedEntity(name)) != NULL)
		return e;
	if ((cp = feed_entity((const char *)name,
	    strlen((const char *)name))) == 0)
		return NULL;
	/* In text an entity is its character, given as one of XML's own,
	 * inline; in an attribute's value one of XML's own is cut to a
	 * byte, so another is kept as written (attr_decode() reads it). */
	for (i = 0; i < x->nents; i++) {
		e = &x->ents[i];
		if (strcmp((const char *)e->name, (const char *)name) == 0 &&
		    (e->etype == XML_INTERNAL_GENERAL_ENTITY) == inattr)
			return e;
	}
	/* The parser holds pointers to them: the array never moves. */
	if (x->ents == NULL)
		x->ents = xcalloc(ENTITIES_MAX, sizeof *x->ents);
	if (x->nents == ENTITIES_MAX)
		return NULL;
	e = &x->ents[x->nents++];
	e->type = XML_ENTITY_DECL;
	e->name = (xmlChar *)xstrdup((const char *)name);
	e->content = xmalloc(5);
	len = (int)utf8_encode(cp, (char *)e->content);
	e->content[len] = '\0';
	e->length = len;
	e->etype = inattr ? XML_INTERNAL_GENERAL_ENTITY :
	    XML_INTERNAL_PREDEFINED_ENTITY;
	return e;
}

static void
x_error(void *ctx, xmlErrorPtr e)
{
	struct xml	*x = ctx;
	size_t		 n;

	if (x == NULL || e == NULL)
		return;
	/* An end tag that does not match the element open: its name, for
	 * x_end(). A start tag that breaks off (an attribute without
	 * quotes): libxml2 forgets the element it began, and ends it
	 * nowhere, so it ends here - but for an element that holds others
	 * (an item), which its end tag ends. */
	if (e->code == XML_ERR_TAG_NAME_MISMATCH && e->str2 != NULL)
		snprintf(x->ended, sizeof x->ended, "%s", e->str2);
	else if (e->code == XML_ERR_GT_REQUIRED && e->str1 != NULL &&
	    x->depth > 0 && x->lv[x->depth].name != NULL &&
	    strcmp((const char *)x->lv[x->depth].name, e->str1) == 0 &&
	    (x->lv[x->depth].role == R_FIELD ||
	    x->lv[x->depth].role == R_MARKUP ||
	    x->lv[x->depth].role == R_SKIP))
		pop_level(x);
	if (e->domain == XML_FROM_I18N || (e->domain == XML_FROM_IO &&
	    e->code == XML_IO_ENCODER) || e->code == XML_ERR_INVALID_ENCODING ||
	    e->code == XML_ERR_UNSUPPORTED_ENCODING)
		x->converr = true;
	else if (e->level < XML_ERR_ERROR)
		return;
	if (x->nerrors++ > 0)
		return;
	x->err_line = e->line;
	snprintf(x->err, sizeof x->err, "%s", e->message != NULL ?
	    e->message : "error");
	n = strlen(x->err);
	while (n > 0 && ascii_is_space((unsigned char)x->err[n - 1]))
		x->err[--n] = '\0';
}

static void
quiet_generic(void *ctx, const char *fmt, ...)
{
	(void)ctx;
	(void)fmt;
}

static void
xml_init(struct xml *x, bool opml, const char *base)
{
	memset(x, 0, sizeof *x);
	x->opml = opml;
	x->cap = 64;
	x->lv = xcalloc(x->cap, sizeof *x->lv);
	x->lv[0].role = R_DOC;
	x->lv[0].base = base;
}

static void
xml_free(struct xml *x)
{
	size_t	 i;

	while (x->depth > 0) {
		if (x->lv[x->depth].own_base)
			free((char *)x->lv[x->depth].base);
		x->depth--;
	}
	free(x->lv);
	buf_free(&x->scratch);
	buf_free(&x->urlbuf);
	buf_free(&x->tmp);
	feed_raw_free(&x->r);
	feed_head_free(&x->h);
	for (i = 0; i < x->ntags; i++)
		free(x->tags[i]);
	free(x->tags);
	feed_outlines_free(x->out, x->nout);
	for (i = 0; i < x->nents; i++) {
		free((xmlChar *)x->ents[i].name);
		free(x->ents[i].content);
	}
	free(x->ents);
}

/* Parse the bytes with x's handlers, in charset enc (NULL: as the
 * document says); the declaration's charset is not obeyed where enc is
 * given. */
static void
xml_run(struct xml *x, const char *data, size_t len, const char *enc)
{
	xmlSAXHandler		 sax;
	xmlParserCtxtPtr	 ctxt;
	xmlCharEncodingHandlerPtr h;
	xmlStructuredErrorFunc	 oldstruct = xmlStructuredError;
	void			*oldsctx = xmlStructuredErrorContext;
	xmlGenericErrorFunc	 oldgen = xmlGenericError;
	void			*oldgctx = xmlGenericErrorContext;
	struct buf_reader	 r = { data, len, 0 };
	int			 opts;

	memset(&sax, 0, sizeof sax);
	sax.initialized = XML_SAX2_MAGIC;
	sax.startElementNs = x_start;
	sax.endElementNs = x_end;
	sax.characters = x_text;
	sax.ignorableWhitespace = x_text;
	sax.cdataBlock = x_text;
	sax.getEntity = x_entity;
	sax.serror = x_error;

	xmlSetStructuredErrorFunc(x, x_error);
	xmlSetGenericErrorFunc(NULL, quiet_generic);
	ctxt = xmlCreateIOParserCtxt(&sax, x, buf_reader_read,
	    buf_reader_close, &r, XML_CHAR_ENCODING_NONE);
	if (ctxt == NULL)
		die("out of memory (reading XML)");
	opts = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING | XML_PARSE_OLDSAX;
	if (enc != NULL) {
		opts |= XML_PARSE_IGNORE_ENC;
		if (!is_utf8_label(enc) &&
		    (h = xmlFindCharEncodingHandler(enc)) != NULL)
			xmlSwitchToEncoding(ctxt, h);
	}
	xmlCtxtUseOptions(ctxt, opts);
	x->ctxt = ctxt;
	xmlParseDocument(ctxt);
	x->ctxt = NULL;
	if (ctxt->myDoc != NULL)
		xmlFreeDoc(ctxt->myDoc);
	xmlFreeParserCtxt(ctxt);
	xmlSetStructuredErrorFunc(oldsctx, oldstruct);
	xmlSetGenericErrorFunc(oldgctx, oldgen);
}

/* The charsets to read the bytes in, the first they are valid in: the
 * declaration's (UTF-8 where there is none), then the header's (the last
 * resort, UTF-8 with each invalid byte as windows-1252, is xml_read()'s).
 * Returns how many. */
static size_t
charsets(const char *data, size_t len, const char *content_type,
    char out[3][64])
{
	size_t	 n = 0;

	if (!decl_encoding(data, len < 1024 ? len : 1024, out[n],
	    sizeof out[n]))
		strcpy(out[n], "utf-8");
	n++;
	if (header_charset(content_type, out[n], sizeof out[n]) &&
	    strcmp(out[n], out[0]) != 0 && !(is_utf8_label(out[n]) &&
	    is_utf8_label(out[0])))
		n++;
	return n;
}

typedef void	 (*xml_done)(struct xml *, void *);

/* Read the bytes into x in the first charset they are valid in (see
 * charsets()); done(x, arg) takes the results of the read that holds,
 * and x is freed. */
static void
xml_read(const char *data, size_t len, const char *content_type,
    const char *base, bool opml, xml_done done, void *arg)
{
	struct xml	 x;
	char		 cs[3][64], *clean = NULL, *fixed = NULL;
	const char	*d;
	size_t		 n, i, dlen, clen = 0, flen = 0;
	bool		 controls, utf8;

	data = skip_start(data, &len);
	if (len > FEED_MAX_BYTES)
		len = FEED_MAX_BYTES;
	if (is_utf16(data, len)) {
		/* libxml2 reads UTF-16 by its byte order mark or its
		 * first characters. */
		xml_init(&x, opml, base);
		xml_run(&x, data, len, NULL);
		done(&x, arg);
		xml_free(&x);
		return;
	}
	xml_scan(data, len, &controls, &utf8);
	n = charsets(data, len, content_type, cs);
	for (i = 0; i <= n; i++) {
		if (i < n && ((is_utf8_label(cs[i]) && !utf8) ||
		    (!is_utf8_label(cs[i]) && (!charset_supported(cs[i]) ||
		    !byte_charset(cs[i])))))
			continue;
		if (i == n && (controls || !utf8)) {
			/* UTF-8, each invalid byte as windows-1252. */
			if (clean == NULL)
				clean = xml_bytes(data, len, true, &clen);
			d = clean;
			dlen = clen;
		} else if (controls) {
			if (fixed == NULL)
				fixed = xml_bytes(data, len, false, &flen);
			d = fixed;
			dlen = flen;
		} else {
			d = data;
			dlen = len;
		}
		xml_init(&x, opml, base);
		xml_run(&x, d, dlen, i == n ? "utf-8" : cs[i]);
		if (x.converr && i < n) {
			/* Not in that charset: the next. */
			feed_build_abandon(&x.b);
			xml_free(&x);
			continue;
		}
		done(&x, arg);
		xml_free(&x);
		break;
	}
	free(clean);
	free(fixed);
}

/* What a feed read gives. */
struct feed_result {
	const char	*base;
	struct feed	*f;
	char		*cause;
};

static void
feed_done(struct xml *x, void *arg)
{
	struct feed_result	*res = arg;
	struct feed_build	*b = &x->b;

	if (!x->root_seen || x->not_feed) {
		res->cause = xstrdup("not a feed");
		return;
	}
	/* An entry that breaks off: what was read of it, but for the
	 * field it broke off in. */
	if (x->field != NULL) {
		buf_truncate(x->field, x->field_start);
		x->field = NULL;
	}
	if (x->in_entry && (x->r.title.len > 0 || x->r.url.len > 0))
		feed_build_entry(b, &x->r);
	if (x->nerrors > 0)
		feed_build_warn(b, "XML error at line %d: %s (read as far as "
		    "it goes)", x->err_line, x->err);
	if (x->field_cut)
		feed_build_warn(b, "a text longer than %zu MB was cut",
		    FIELD_MAX >> 20);
	res->f = feed_build_end(b, &x->h, res->base, &res->cause);
}

struct feed *
feed_parse(const char *data, size_t len, const char *content_type,
    const char *base, char **cause)
{
	struct feed_result	 res;
	char			*inflated = NULL, *w;
	const char		*s, *why = NULL;
	size_t			 n, slen;

	if (data == NULL)
		len = 0;
	if (is_gzip(data, len)) {
		if ((inflated = gunzip(data, len, FEED_MAX_BYTES, &n,
		    &why)) == NULL) {
			if (cause != NULL)
				*cause = xstrdup("not a feed: gzip data that "
				    "cannot be read");
			return NULL;
		}
		data = inflated;
		len = n;
	}
	memset(&res, 0, sizeof res);
	res.base = base;
	slen = len;
	s = skip_start(data, &slen);
	if (slen > 0 && *s == '{')
		res.f = feed_json_parse(s, slen, base, &res.cause);
	else
		xml_read(data, len, content_type, base, false, feed_done, &res);
	if (res.f == NULL) {
		if (res.cause == NULL)
			res.cause = xstrdup("not a feed");
		if (cause != NULL)
			*cause = res.cause;
		else
			free(res.cause);
		free(inflated);
		return NULL;
	}
	free(res.cause);
	if (why != NULL) {
		w = res.f->warning;
		res.f->warning = xasprintf("gzip: %s%s%s", why,
		    w != NULL ? "; " : "", w != NULL ? w : "");
		free(w);
	}
	free(inflated);
	return res.f;
}

/*
 * OPML.
 */

/* Add a tag to an outline, once. */
static void
outline_tag(struct feed_outline *o, const char *t, size_t len)
{
	char	*s = feed_plain(t, len, FEED_TEXT, 0);
	size_t	 i;

	if (*s == '\0') {
		free(s);
		return;
	}
	for (i = 0; i < o->ntags; i++) {
		if (ascii_eq_ci(o->tags[i], s)) {
			free(s);
			return;
		}
	}
	o->tags = xreallocarray(o->tags, o->ntags + 1, sizeof *o->tags);
	o->tags[o->ntags++] = s;
}

static void
opml_start(struct xml *x, const xmlChar *name, const xmlChar **atts,
    int n)
{
	struct level		*l = &x->lv[x->depth];
	struct feed_outline	*o;
	char			*title = NULL, *p, *cat;
	size_t			 i, k;

	(void)name;
	l->role = R_OUTLINE;
	if ((attr(atts, n, NULL, "text", &x->tmp) && x->tmp.len > 0) ||
	    attr(atts, n, NULL, "title", &x->tmp))
		title = feed_plain(x->tmp.data, x->tmp.len, FEED_TEXT, 0);
	if (attr(atts, n, NULL, "xmlUrl", &x->tmp) ||
	    attr(atts, n, NULL, "xmlurl", &x->tmp) ||
	    attr(atts, n, NULL, "xmlURL", &x->tmp)) {
		p = url_resolve(NULL, x->tmp.data);
		if (*p == '\0')
			free(p);
		else {
			if (x->nout == x->outcap) {
				x->outcap = x->outcap ? x->outcap * 2 : 16;
				x->out = xreallocarray(x->out, x->outcap,
				    sizeof *x->out);
			}
			o = &x->out[x->nout++];
			memset(o, 0, sizeof *o);
			o->url = p;
			if (title != NULL && *title != '\0')
				o->title = xstrdup(title);
			for (i = 0; i < x->ntags; i++)
				outline_tag(o, x->tags[i],
				    strlen(x->tags[i]));
			/* "/a/b,c": a, b and c. */
			if (attr(atts, n, NULL, "category", &x->tmp)) {
				cat = x->tmp.data;
				for (i = 0; cat[i] != '\0'; i = k) {
					k = i + strcspn(cat + i, ",/");
					outline_tag(o, cat + i, k - i);
					if (cat[k] != '\0')
						k++;
				}
			}
		}
	}
	/* Its title is a tag of the outlines in it. */
	if (x->ntags == x->tagcap) {
		x->tagcap = x->tagcap ? x->tagcap * 2 : 16;
		x->tags = xreallocarray(x->tags, x->tagcap, sizeof *x->tags);
	}
	x->tags[x->ntags++] = title != NULL ? title : xstrdup("");
}

static void
opml_end(struct xml *x)
{
	if (x->ntags > 0)
		free(x->tags[--x->ntags]);
}

struct opml_result {
	struct feed_outline *out;
	size_t		 n;
	bool		 ok;
};

static void
opml_done(struct xml *x, void *arg)
{
	struct opml_result	*res = arg;

	res->ok = x->root_seen && !x->not_feed;
	res->out = x->out;
	res->n = x->nout;
	x->out = NULL;
	x->nout = 0;
}

int
feed_opml_read(const char *data, size_t len, struct feed_outline **out,
    size_t *n, char **cause)
{
	struct opml_result	 res;
	char			*inflated = NULL;
	const char		*why;
	size_t			 ilen;

	*out = NULL;
	*n = 0;
	if (data == NULL)
		len = 0;
	if (is_gzip(data, len) && (inflated = gunzip(data, len,
	    FEED_MAX_BYTES, &ilen, &why)) != NULL) {
		data = inflated;
		len = ilen;
	}
	memset(&res, 0, sizeof res);
	xml_read(data, len, NULL, NULL, true, opml_done, &res);
	free(inflated);
	if (!res.ok) {
		feed_outlines_free(res.out, res.n);
		if (cause != NULL)
			*cause = xstrdup("not OPML");
		return -1;
	}
	*out = res.out;
	*n = res.n;
	return 0;
}

void
feed_outlines_free(struct feed_outline *o, size_t n)
{
	size_t	 i, k;

	for (i = 0; i < n; i++) {
		free(o[i].url);
		free(o[i].title);
		for (k = 0; k < o[i].ntags; k++)
			free(o[i].tags[k]);
		free(o[i].tags);
	}
	free(o);
}
