/* url.h: one reader of URLs for every module: the parts of a URL, its
 * host, a reference resolved against a base (RFC 3986), a page's slug,
 * and what folio may do with a link. */
#ifndef FOLIO_URL_H
#define FOLIO_URL_H

#include <stdbool.h>
#include <stddef.h>

/* A part of a URL: s points into the string parsed, len bytes long. A
 * part that is absent has s NULL; a part that is present may be empty
 * ("http://h/?" has an empty query). */
struct url_part {
	const char	*s;
	size_t		 len;
};

/* The parts of a URI reference, as RFC 3986 cuts them:
 * scheme ":" "//" user "@" host ":" port path "?" query "#" fragment.
 * The delimiters belong to no part. */
struct url {
	struct url_part	 scheme;	/* "https" */
	struct url_part	 authority;	/* "user@host:port", after "//" */
	struct url_part	 user;		/* the user information */
	struct url_part	 host;		/* a name, an IPv4 address, or an
					   IP literal in its brackets:
					   "[2001:db8::1]" */
	struct url_part	 port;		/* the digits after the host's ':' */
	struct url_part	 path;		/* always present, maybe empty */
	struct url_part	 query;
	struct url_part	 fragment;
};

/* Cut s into its parts; any string is a URI reference (a relative one
 * at worst), so this never fails. Nothing is copied: the parts point
 * into s, which must outlive u. */
void		 url_parse(const char *s, struct url *u);

/* The length of s's scheme (a letter, then letters, digits, '+', '-' or
 * '.', up to a ':'), ':' excluded; 0 when s has none (a relative
 * reference, a path). */
size_t		 url_scheme_len(const char *s);

/* The host of a URL with an authority ("http://user@[::1]:8080/x" gives
 * "[::1]"), as written, with its case; user information and port are
 * not part of it. NULL when url is NULL, has no authority or an empty
 * host. Returns a malloc'd string. */
char		*url_host(const char *url);

/* The site of a URL: its host (url_host) without a leading "www." (case
 * folded). This is the form that names a site to a reader and that
 * compares two sites: extract_meta.c's site name given as a URL, the
 * library's search for a link's pages, prevnext.c's URL comparison.
 * fetch.c, which connects to the host, uses url_host. NULL when nothing
 * is left. Returns a malloc'd string. */
char		*url_site(const char *url);

/* Resolve href against base (RFC 3986, section 5.2), as a browser does
 * with a page's links. href is cleaned first: white space at its ends,
 * tabs and line breaks go; a space, a control, a byte past ASCII, the
 * characters "<>\^`{|}[] and a '%' that starts no escape are escaped.
 * The result's escapes are normalised (RFC 3986, section 6.2.2): those
 * of unreserved characters are decoded ("%7e" -> "~"), the others are
 * written in upper case. An href with a scheme is returned cleaned but
 * otherwise as written; an empty one gives base. base may be relative
 * (then so is the result), empty or NULL (then href, cleaned, is the
 * result); href may be NULL (then base, or "", is the result). Returns
 * a malloc'd string. */
char		*url_resolve(const char *base, const char *href);

/* The slug of a URL or of a path: its last non-empty path segment ('/'
 * and '\' separate them), without query, fragment or a page's extension
 * (".html", ".php", ".txt", ...); "index" segments give their folder's
 * name. Returns a malloc'd string, or NULL when there is none (a host
 * alone, "/", "?p=2"). */
char		*url_slug(const char *url);

/* True when a and b name the same page: the same URL but for the
 * scheme, the user information, the fragment, a trailing slash, "www."
 * and the case of the site. False when either is empty. */
bool		 url_same(const char *a, const char *b);

/* What folio may do with a link target (an href, an article's URL). */
enum url_kind {
	URL_WEB,		/* http: or https:, fetched */
	URL_FILE,		/* a file: URL, or no scheme: a local path */
	URL_REFUSED		/* any other scheme (javascript:, data:,
				   mailto:, ftp:, ...): never followed or
				   opened */
};
/* The kind of link href is; *scheme (when not NULL) gets the length of
 * its scheme (url_scheme_len). */
enum url_kind	 url_kind(const char *href, size_t *scheme);
/* What following a link in an article does (f, F, a click). */
enum url_follow {
	URL_FOLLOW_OPEN,	/* an http(s) page, a file: URL or a path:
				   read in folio */
	URL_FOLLOW_BROWSER,	/* mail, an image, a PDF, sound, video, an
				   archive, a protocol of its own (tel:,
				   ftp:, ...): handed to $BROWSER */
	URL_FOLLOW_NEVER	/* javascript:, data: and any scheme not
				   known: never followed or opened */
};
/* How href is followed: by its scheme, then by its path's extension
 * (".png", ".pdf", ".mp3", ...: a media type that is not a page). */
enum url_follow	 url_follow(const char *href);
/* True for "http://" and "https://" addresses (case folded): a URL
 * fetch_url() can fetch. A web link without "//" ("http:x") is not
 * one. */
bool		 url_is_web(const char *s);
/* The local path a file: URL names ("file:///a/b%20c" -> "/a/b c", the
 * host empty or "localhost"; escapes decoded but "%00"), malloc'd; NULL
 * for any other href (another host's file, a relative file: URL, a
 * path). */
char		*url_file_path(const char *href);

#endif
