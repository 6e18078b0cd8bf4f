/* url.c: the parts of a URL, its host, references resolved against a
 * base (RFC 3986), slugs and link kinds. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "buf.h"
#include "url.h"
#include "utf8.h"
#include "xmalloc.h"

/*
 * Parts.
 */

size_t
url_scheme_len(const char *s)
{
	size_t	 i;

	if (!ascii_is_alpha((unsigned char)s[0]))
		return 0;
	for (i = 1; ascii_is_alnum((unsigned char)s[i]) || s[i] == '+' ||
	    s[i] == '-' || s[i] == '.'; i++)
		;
	return s[i] == ':' ? i : 0;
}

static void
part_set(struct url_part *p, const char *s, const char *end)
{
	p->s = s;
	p->len = (size_t)(end - s);
}

void
url_parse(const char *s, struct url *u)
{
	const char	*p = s, *a, *e, *h, *he;
	size_t		 n;

	memset(u, 0, sizeof *u);
	if ((n = url_scheme_len(s)) > 0) {
		part_set(&u->scheme, s, s + n);
		p = s + n + 1;
	}
	if (p[0] == '/' && p[1] == '/') {
		a = p + 2;
		e = a + strcspn(a, "/?#");
		part_set(&u->authority, a, e);
		/* The user information ends at the last '@', as browsers
		 * read it: a host holds none. */
		for (h = e; h > a && h[-1] != '@'; h--)
			;
		if (h > a)
			part_set(&u->user, a, h - 1);
		else
			h = a;
		if (*h == '[') {
			/* An IP literal: "[2001:db8::1]". */
			if ((he = memchr(h, ']', (size_t)(e - h))) != NULL)
				he++;
			else
				he = e;
		} else if ((he = memchr(h, ':', (size_t)(e - h))) == NULL)
			he = e;
		part_set(&u->host, h, he);
		if (he < e && *he == ':')
			part_set(&u->port, he + 1, e);
		p = e;
	}
	e = p + strcspn(p, "?#");
	part_set(&u->path, p, e);
	p = e;
	if (*p == '?') {
		e = p + 1 + strcspn(p + 1, "#");
		part_set(&u->query, p + 1, e);
		p = e;
	}
	if (*p == '#')
		part_set(&u->fragment, p + 1, p + 1 + strlen(p + 1));
}

/*
 * Hosts.
 */

char *
url_host(const char *url)
{
	struct url	 u;

	if (url == NULL)
		return NULL;
	url_parse(url, &u);
	if (u.authority.s == NULL || u.host.len == 0)
		return NULL;
	return xstrndup(u.host.s, u.host.len);
}

char *
url_site(const char *url)
{
	struct url	 u;
	const char	*h;
	size_t		 n;

	if (url == NULL)
		return NULL;
	url_parse(url, &u);
	if (u.authority.s == NULL)
		return NULL;
	h = u.host.s;
	n = u.host.len;
	if (ascii_prefix_ci(h, n, "www.") != 0) {
		h += 4;
		n -= 4;
	}
	return n > 0 ? xstrndup(h, n) : NULL;
}

/*
 * Resolving references.
 */

static bool
is_hex(char c)
{
	return utf8_hex_digit((unsigned char)c) >= 0;
}

/* Whether a byte must be escaped in a URL: what browsers escape and
 * RFC 3986 does not allow as it is. */
static bool
needs_escape(unsigned char c)
{
	return c <= ' ' || c >= 0x7f || strchr("\"<>\\^`{|}[]", c) != NULL;
}

/* Add s to b, escaping what needs_escape() says and a '%' that starts
 * no escape. */
static void
add_escaped(struct buf *b, const char *s, size_t len)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t		 i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '%' && !(i + 2 < len && is_hex(s[i + 1]) &&
		    is_hex(s[i + 2]))) {
			buf_adds(b, "%25");
			continue;
		}
		if (needs_escape(c)) {
			buf_addc(b, '%');
			buf_addc(b, hex[c >> 4]);
			buf_addc(b, hex[c & 0xf]);
			continue;
		}
		buf_addc(b, c);
	}
}

/* An href as a browser reads it: white space at its ends, tabs and line
 * breaks dropped, the rest escaped (add_escaped). */
static char *
href_clean(const char *s)
{
	struct buf	 b = BUF_INIT;
	size_t		 len, i, start;

	while (*s != '\0' && (unsigned char)*s <= ' ')
		s++;
	len = strlen(s);
	while (len > 0 && (unsigned char)s[len - 1] <= ' ')
		len--;
	for (i = start = 0; i <= len; i++) {
		if (i < len && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
			continue;
		add_escaped(&b, s + start, i - start);
		start = i + 1;
	}
	return buf_finish(&b, NULL);
}

/* Unreserved characters (RFC 3986, section 2.3): never escaped in a
 * normal form. */
static bool
unreserved(int c)
{
	return ascii_is_alnum(c) || c == '-' || c == '.' || c == '_' ||
	    c == '~';
}

/* Add a part to b in its normal form (RFC 3986, section 6.2.2): escapes
 * of unreserved characters decoded, the others in upper case; what needs
 * escaping escaped. */
static void
add_normal(struct buf *b, const char *s, size_t len)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t		 i, start = 0;
	int		 v;

	for (i = 0; i < len; i++) {
		if (s[i] != '%' || i + 2 >= len || !is_hex(s[i + 1]) ||
		    !is_hex(s[i + 2]))
			continue;
		add_escaped(b, s + start, i - start);
		v = utf8_hex_digit((unsigned char)s[i + 1]) << 4 |
		    utf8_hex_digit((unsigned char)s[i + 2]);
		if (unreserved(v))
			buf_addc(b, v);
		else {
			buf_addc(b, '%');
			buf_addc(b, hex[v >> 4]);
			buf_addc(b, hex[v & 0xf]);
		}
		i += 2;
		start = i + 1;
	}
	add_escaped(b, s + start, len - start);
}

/* Take the last segment, and the '/' before it, off a path being
 * written. */
static void
pop_segment(struct buf *out, size_t from)
{
	size_t	 n = out->len;

	while (n > from && out->data[n - 1] != '/')
		n--;
	if (n > from)
		n--;
	buf_truncate(out, n);
}

static bool
is_(const char *s, size_t len, const char *what)
{
	size_t	 n = strlen(what);

	return len >= n && memcmp(s, what, n) == 0;
}

/* Add path to out without its "." and ".." segments (RFC 3986, section
 * 5.2.4, "remove_dot_segments"). */
static void
add_path(struct buf *out, const char *path, size_t len)
{
	char	*in = xstrndup(path, len);
	size_t	 i = 0, j, from = out->len;

	while (i < len) {
		const char	*p = in + i;
		size_t		 rest = len - i;

		if (is_(p, rest, "../"))
			i += 3;
		else if (is_(p, rest, "./"))
			i += 2;
		else if (is_(p, rest, "/./"))
			i += 2;
		else if (rest == 2 && is_(p, rest, "/.")) {
			i += 1;
			in[i] = '/';
		} else if (is_(p, rest, "/../")) {
			i += 3;
			pop_segment(out, from);
		} else if (rest == 3 && is_(p, rest, "/..")) {
			i += 2;
			in[i] = '/';
			pop_segment(out, from);
		} else if ((rest == 1 && p[0] == '.') ||
		    (rest == 2 && is_(p, rest, "..")))
			i = len;
		else {
			for (j = i + 1; j < len && in[j] != '/'; j++)
				;
			buf_add(out, in + i, j - i);
			i = j;
		}
	}
	free(in);
}

/* Add a relative path (a relative base's, merged) to out without its "."
 * and ".." segments: RFC 3986 leaves these to absolute paths; here a ".."
 * that goes above the path's start stays, as it does in a relative
 * reference ("a/../../c" is "../c"). */
static void
add_relative_path(struct buf *out, const char *path, size_t len)
{
	size_t	 i, j, from = out->len, n;
	bool	 dir = false;

	for (i = 0; i <= len; i = j + 1) {
		for (j = i; j < len && path[j] != '/'; j++)
			;
		n = j - i;
		dir = false;
		if (n == 1 && path[i] == '.') {
			dir = true;
			continue;
		}
		if (n == 2 && path[i] == '.' && path[i + 1] == '.') {
			size_t	 k = out->len;

			dir = true;
			while (k > from && out->data[k - 1] != '/')
				k--;
			if (out->len > from && !(out->len - k == 2 &&
			    memcmp(out->data + k, "..", 2) == 0)) {
				buf_truncate(out, k > from ? k - 1 : from);
				continue;
			}
		}
		if (j == len && n == 0) {
			dir = true;
			break;
		}
		if (out->len > from)
			buf_addc(out, '/');
		buf_add(out, path + i, n);
	}
	if (dir && out->len > from)
		buf_addc(out, '/');
}

/* Resolve r against base (RFC 3986, section 5.2.2), both parsed, into
 * b; section 5.3 puts the parts together. The parts are added in their
 * normal form. */
static void
resolve(struct buf *b, const struct url *base, const struct url *r)
{
	const struct url_part *auth, *query;
	struct buf	 path = BUF_INIT;
	size_t		 i;
	bool		 dots = true;

	if (r->authority.s != NULL) {
		auth = &r->authority;
		add_normal(&path, r->path.s, r->path.len);
		query = &r->query;
	} else {
		auth = &base->authority;
		if (r->path.len == 0) {
			add_normal(&path, base->path.s, base->path.len);
			dots = false;
			query = r->query.s != NULL ? &r->query : &base->query;
		} else {
			if (r->path.s[0] != '/') {
				/* Merge (section 5.2.3). */
				if (base->authority.s != NULL &&
				    base->path.len == 0)
					buf_addc(&path, '/');
				for (i = base->path.len; i > 0 &&
				    base->path.s[i - 1] != '/'; i--)
					;
				add_normal(&path, base->path.s, i);
			}
			add_normal(&path, r->path.s, r->path.len);
			query = &r->query;
		}
	}
	if (base->scheme.s != NULL) {
		buf_add(b, base->scheme.s, base->scheme.len);
		buf_addc(b, ':');
	}
	if (auth->s != NULL) {
		buf_adds(b, "//");
		buf_add(b, auth->s, auth->len);
	}
	if (path.len > 0 && dots && path.data[0] != '/')
		add_relative_path(b, path.data, path.len);
	else if (path.len > 0 && dots)
		add_path(b, path.data, path.len);
	else if (path.len > 0)
		buf_add(b, path.data, path.len);
	buf_free(&path);
	if (query->s != NULL) {
		buf_addc(b, '?');
		add_normal(b, query->s, query->len);
	}
	if (r->fragment.s != NULL) {
		buf_addc(b, '#');
		add_normal(b, r->fragment.s, r->fragment.len);
	}
}

char *
url_resolve(const char *base, const char *href)
{
	struct buf	 b = BUF_INIT;
	struct url	 ub, ur;
	char		*h;

	if (href == NULL)
		return xstrdup(base != NULL ? base : "");
	h = href_clean(href);
	if (base == NULL || *base == '\0' || url_scheme_len(h) > 0)
		return h;
	if (*h == '\0') {
		free(h);
		return xstrdup(base);
	}
	url_parse(base, &ub);
	url_parse(h, &ur);
	resolve(&b, &ub, &ur);
	free(h);
	return buf_finish(&b, NULL);
}

/*
 * Slugs.
 */

/* The extensions of pages, dropped from a slug. */
static const char *slug_exts[] = {
	"html", "htm", "shtml", "xhtml", "php", "asp", "aspx", "jsp", "cfm",
	"txt", "text", "md", "markdown"
};

char *
url_slug(const char *url)
{
	struct url	 u;
	size_t		 start, end, seg, i, n;

	if (url == NULL)
		return NULL;
	url_parse(url, &u);
	start = (size_t)(u.path.s - url);
	end = start + u.path.len;
	for (;;) {
		while (end > start && (url[end - 1] == '/' ||
		    url[end - 1] == '\\'))
			end--;
		if (end == start)
			return NULL;
		for (seg = end; seg > start && url[seg - 1] != '/' &&
		    url[seg - 1] != '\\'; seg--)
			;
		n = end - seg;
		for (i = 0; i < sizeof slug_exts / sizeof slug_exts[0]; i++) {
			size_t	 el = strlen(slug_exts[i]);

			if (n > el + 1 && url[seg + n - el - 1] == '.' &&
			    ascii_prefix_ci(url + seg + n - el, el,
			    slug_exts[i]) == el) {
				n -= el + 1;
				break;
			}
		}
		if (n == 5 && ascii_prefix_ci(url + seg, n, "index") == 5) {
			end = seg;	/* the folder's name */
			continue;
		}
		if (n == 0 || (n == 1 && url[seg] == '.') ||
		    (n == 2 && url[seg] == '.' && url[seg + 1] == '.'))
			return NULL;
		break;
	}
	return xstrndup(url + seg, n);
}

/*
 * Link kinds.
 */

enum url_kind
url_kind(const char *href, size_t *scheme)
{
	size_t	 n = url_scheme_len(href);

	if (scheme != NULL)
		*scheme = n;
	if (n == 0 || (n == 4 && strncasecmp(href, "file", 4) == 0))
		return URL_FILE;
	if ((n == 4 && strncasecmp(href, "http", 4) == 0) ||
	    (n == 5 && strncasecmp(href, "https", 5) == 0))
		return URL_WEB;
	return URL_REFUSED;
}

/* The extension of a media type that is not an article. */
static bool
media_extension(const char *e, size_t n)
{
	static const char *const ext[] = {
		"png", "jpg", "jpeg", "gif", "webp", "svg", "avif", "bmp",
		"ico", "tif", "tiff", "heic", "pdf", "ps", "epub", "mp3",
		"m4a", "ogg", "oga", "opus", "flac", "wav", "aac", "mp4",
		"m4v", "webm", "ogv", "mov", "avi", "mkv", "mpg", "mpeg",
		"zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "tar", "doc",
		"docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp",
		"csv", "exe", "dmg", "apk", "deb", "rpm", "iso"
	};
	size_t	 i;

	for (i = 0; i < sizeof ext / sizeof ext[0]; i++)
		if (strlen(ext[i]) == n && strncasecmp(e, ext[i], n) == 0)
			return true;
	return false;
}

enum url_follow
url_follow(const char *href)
{
	static const char *const browser[] = {
		"mailto", "tel", "sms", "ftp", "ftps", "sftp", "news", "nntp",
		"irc", "ircs", "xmpp", "magnet", "geo", "gopher", "gemini",
		"webcal", "feed", "matrix", "sip"
	};
	struct url	 u;
	size_t		 n, i, last;
	const char	*p;

	switch (url_kind(href, &n)) {
	case URL_REFUSED:
		for (i = 0; i < sizeof browser / sizeof browser[0]; i++)
			if (strlen(browser[i]) == n &&
			    strncasecmp(href, browser[i], n) == 0)
				return URL_FOLLOW_BROWSER;
		return URL_FOLLOW_NEVER;
	case URL_FILE:
		/* Another host's file is not a file here. */
		if (n > 0) {
			char *path = url_file_path(href);

			if (path == NULL)
				return URL_FOLLOW_NEVER;
			free(path);
		}
		break;
	case URL_WEB:
		break;
	}
	url_parse(href, &u);
	p = u.path.s;
	n = u.path.len;
	for (last = n; last > 0 && p[last - 1] != '/' && p[last - 1] != '.';
	    last--)
		;
	if (last > 0 && p[last - 1] == '.' && media_extension(p + last,
	    n - last))
		return URL_FOLLOW_BROWSER;
	return URL_FOLLOW_OPEN;
}

bool
url_is_web(const char *s)
{
	return strncasecmp(s, "http://", 7) == 0 ||
	    strncasecmp(s, "https://", 8) == 0;
}

char *
url_file_path(const char *href)
{
	const char	*p, *end;
	char		*path;
	size_t		 o = 0;
	int		 hi, lo;

	if (url_scheme_len(href) != 4 || strncasecmp(href, "file:", 5) != 0)
		return NULL;
	p = href + 5;
	if (strncmp(p, "//", 2) == 0) {
		p += 2;
		if (strncasecmp(p, "localhost/", 10) == 0)
			p += 9;
		else if (*p != '/')
			return NULL;	/* another host's file */
	}
	if (*p != '/')
		return NULL;
	end = p + strcspn(p, "?#");
	path = xmalloc((size_t)(end - p) + 1);
	for (; p < end; p++) {
		if (*p == '%' &&
		    (hi = utf8_hex_digit((unsigned char)p[1])) >= 0 &&
		    (lo = utf8_hex_digit((unsigned char)p[2])) >= 0 &&
		    (hi | lo) != 0) {
			path[o++] = (char)(hi << 4 | lo);
			p += 2;
		} else
			path[o++] = *p;
	}
	path[o] = '\0';
	return path;
}

/* A URL for comparison: no scheme, no user information, no fragment, no
 * trailing slash, the site (url_site: no "www.") in lower case. */
static char *
url_key(const char *url)
{
	struct buf	 b = BUF_INIT;
	struct url	 u;
	const char	*rest = url;
	char		*site;
	size_t		 len = strcspn(url, "#"), i;

	url_parse(url, &u);
	if (u.scheme.s != NULL && u.authority.s != NULL) {
		if ((site = url_site(url)) != NULL) {
			for (i = 0; site[i] != '\0'; i++)
				buf_addc(&b,
				    ascii_lower((unsigned char)site[i]));
			free(site);
		}
		if (u.port.s != NULL) {
			buf_addc(&b, ':');
			buf_add(&b, u.port.s, u.port.len);
		}
		rest = u.path.s;
	}
	buf_add(&b, rest, (size_t)(url + len - rest));
	while (b.len > 0 && b.data[b.len - 1] == '/')
		b.len--;
	return buf_finish(&b, NULL);
}

bool
url_same(const char *a, const char *b)
{
	char	*ka, *kb;
	bool	 same;

	ka = url_key(a);
	kb = url_key(b);
	same = ka[0] != '\0' && strcmp(ka, kb) == 0;
	free(ka);
	free(kb);
	return same;
}
