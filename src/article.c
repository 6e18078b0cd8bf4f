/* article.c: an article read from its bytes: tell HTML from plain text,
 * refuse what is no text, extract, and find the names and figures. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "article.h"
#include "buf.h"
#include "doc.h"
#include "entities.h"
#include "extract.h"
#include "fetch.h"
#include "html.h"
#include "textdoc.h"
#include "utf8.h"
#include "xmalloc.h"

static const char *html_exts[] = { "html", "htm", "xhtml", "shtml", NULL };
static const char *text_exts[] = { "txt", "text", "md", "markdown", NULL };

static const char *
extension(const char *path)
{
	const char	*slash = strrchr(path, '/');
	const char	*dot = strrchr(slash != NULL ? slash + 1 : path, '.');

	return dot != NULL && dot[1] != '\0' ? dot + 1 : NULL;
}

static bool
ext_in(const char *path, const char **list)
{
	const char	*ext = extension(path);
	size_t		 i;

	if (ext == NULL)
		return false;
	for (i = 0; list[i] != NULL; i++) {
		if (strcasecmp(ext, list[i]) == 0)
			return true;
	}
	return false;
}

enum article_name
article_name_kind(const char *path)
{
	if (ext_in(path, html_exts))
		return ARTICLE_NAME_HTML;
	if (ext_in(path, text_exts))
		return ARTICLE_NAME_TEXT;
	return ARTICLE_NAME_OTHER;
}

/* The control characters among n bytes, NUL included, but tab, line
 * feed, form feed and carriage return. Eight bytes at a time: a page has
 * few, and a word of eight bytes of 0x20 and above is passed over at
 * once. */
static size_t
control_bytes(const unsigned char *u, size_t n)
{
	static const unsigned char ctl[32] = {
		1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0, 1, 1,
		1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1
	};
	const uint64_t	 lo7 = 0x7f7f7f7f7f7f7f7full;
	const uint64_t	 high = 0x8080808080808080ull;
	uint64_t	 w;
	size_t		 i = 0, j, count = 0;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, u + i, 8);
		/* A byte's high bit: set when it is 0x20 or more. */
		if (((((w & lo7) + 0x6060606060606060ull) | w) & high) == high)
			continue;
		for (j = i; j < i + 8; j++)
			count += u[j] < 0x20 ? ctl[u[j]] : 0;
	}
	for (; i < n; i++)
		count += u[i] < 0x20 ? ctl[u[i]] : 0;
	return count;
}

/* Why these bytes are not an article, or NULL when they may be one. A
 * page that starts as HTML may hold a few NUL bytes (one in a hundred at
 * most), which the HTML reader drops as browsers do; in anything else a
 * NUL means binary data. */
static const char *
sniff_binary(const char *p, size_t len, bool html)
{
	const unsigned char	*u = (const unsigned char *)p;
	const char		*q;
	size_t			 n, nul = 0;

	if (len >= 4 && memcmp(p, "%PDF", 4) == 0)
		return "a PDF document, not an article";
	if ((len >= 8 && memcmp(p, "\x89PNG\r\n\x1a\n", 8) == 0) ||
	    (len >= 3 && memcmp(p, "\xff\xd8\xff", 3) == 0) ||
	    (len >= 6 && (memcmp(p, "GIF87a", 6) == 0 ||
	    memcmp(p, "GIF89a", 6) == 0)) ||
	    (len >= 12 && memcmp(p, "RIFF", 4) == 0 &&
	    memcmp(p + 8, "WEBP", 4) == 0))
		return "an image, not an article";
	if (len >= 2 && u[0] == 0x1f && u[1] == 0x8b)
		return "gzip-compressed: unpack it first (zcat FILE | folio -)";
	if (len >= 4 && memcmp(p, "PK\3\4", 4) == 0)
		return "a zip archive, not an article";
	if (len >= 4 && memcmp(p, "\x7f" "ELF", 4) == 0)
		return "a program, not an article";
	n = len < 65536 ? len : 65536;
	html = html && html_sniff(p, len);
	for (q = p; (q = memchr(q, '\0', n - (size_t)(q - p))) != NULL; q++) {
		if (!html || ++nul * 100 > n)
			return "binary data, not an article";
	}
	if (control_bytes(u, n) * 10 > n)
		return "binary data, not an article";
	return NULL;
}

/* UTF-16 with a byte order mark -> UTF-8; NULL when there is no mark. */
static char *
from_utf16(const char *p, size_t len, size_t *outlen)
{
	const unsigned char	*u = (const unsigned char *)p;
	struct buf		 b = BUF_INIT;
	int			 be;
	size_t			 i;
	char			 tmp[4];

	if (len < 2 || !((u[0] == 0xff && u[1] == 0xfe) ||
	    (u[0] == 0xfe && u[1] == 0xff)))
		return NULL;
	be = u[0] == 0xfe;
	for (i = 2; i + 1 < len; i += 2) {
		uint32_t c = be ? (uint32_t)(u[i] << 8 | u[i + 1]) :
		    (uint32_t)(u[i + 1] << 8 | u[i]);

		if (c >= 0xd800 && c <= 0xdbff && i + 3 < len) {
			uint32_t lo = be ? (uint32_t)(u[i + 2] << 8 | u[i + 3]) :
			    (uint32_t)(u[i + 3] << 8 | u[i + 2]);

			if (lo >= 0xdc00 && lo <= 0xdfff) {
				c = 0x10000 + ((c - 0xd800) << 10) +
				    (lo - 0xdc00);
				i += 2;
			}
		}
		buf_add(&b, tmp, utf8_encode(c, tmp));
	}
	return buf_finish(&b, outlen);
}

static bool
only_space(const char *p, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++) {
		if (p[i] != ' ' && p[i] != '\t' && p[i] != '\n' &&
		    p[i] != '\r' && p[i] != '\f' && p[i] != '\v')
			return false;
	}
	return true;
}

/* Plain text that is not UTF-8 is read as windows-1252 when it looks like
 * text in a single-byte code page: few bytes above 0x7f, no controls. */
static char *
check_text_encoding(const char *p, size_t len)
{
	size_t	 bad, i, high = 0;

	if (utf8_valid(p, len, &bad))
		return NULL;
	for (i = 0; i < len; i++) {
		if ((unsigned char)p[i] >= 0x80)
			high++;
	}
	if (high * 5 > len)
		return xasprintf("not UTF-8 text (invalid byte 0x%02x at "
		    "offset %zu)", (unsigned char)p[bad], bad);
	return NULL;
}

/* Does the media type say what the bytes are? "application/octet-stream"
 * says nothing. */
static bool
type_tells(const char *content_type)
{
	return content_type != NULL && strncasecmp(content_type,
	    "application/octet-stream", 24) != 0;
}

static bool
is_html(const struct fetched *f, const char *path)
{
	if (type_tells(f->content_type))
		return strcasestr(f->content_type, "html") != NULL;
	if (ext_in(path, html_exts))
		return true;
	if (ext_in(path, text_exts))
		return false;
	return html_sniff(f->data, f->len);
}

/* Why a server's answer is not an article by its media type ("image/png",
 * "application/json"), or NULL when it may be one: text, HTML, XML, no
 * type, or a type that says nothing (the bytes are sniffed). */
static char *
refuse_type(const char *content_type)
{
	size_t	 n;

	if (content_type == NULL)
		return NULL;
	n = strcspn(content_type, ";");
	while (n > 0 && content_type[n - 1] == ' ')
		n--;
	if (n == 0 || strncasecmp(content_type, "text/", 5) == 0 ||
	    memmem(content_type, n, "html", 4) != NULL ||
	    memmem(content_type, n, "xml", 3) != NULL ||
	    (n == 24 && strncasecmp(content_type, "application/octet-stream",
	    n) == 0))
		return NULL;
	return xasprintf("not an article (%.*s)", (int)n, content_type);
}

struct doc *
article_read_doc(struct fetched *f, const char *path, unsigned flags,
    char **cause)
{
	struct doc	*d;
	const char	*why;
	char		*conv;
	size_t		 convlen;
	bool		 html;

	if ((*cause = refuse_type(f->content_type)) != NULL)
		return NULL;
	if (f->len == 0 || only_space(f->data, f->len)) {
		*cause = xstrdup("empty file");
		return NULL;
	}
	if ((conv = from_utf16(f->data, f->len, &convlen)) != NULL) {
		free(f->data);
		f->data = conv;
		f->len = convlen;
	}
	html = !(flags & ARTICLE_RAW) && is_html(f, path);
	if ((why = sniff_binary(f->data, f->len, html)) != NULL) {
		*cause = xstrdup(why);
		return NULL;
	}
	if (flags & ARTICLE_RAW)
		return textdoc_raw(f->data, f->len);
	if (html) {
		struct html *h = html_parse(f->data, f->len, f->content_type,
		    f->url);

		/* The tree holds all it needs: the bytes go before the
		 * article is built, so the two never add up. */
		free(f->data);
		f->data = NULL;
		f->len = 0;
		d = extract_doc_free(h);
	} else {
		if ((*cause = check_text_encoding(f->data, f->len)) != NULL)
			return NULL;
		d = textdoc_parse(f->data, f->len);
	}
	if (d->nblocks == 0 && d->title == NULL) {
		doc_free(d);
		*cause = xstrdup("no article text found");
		return NULL;
	}
	return d;
}

struct article *
article_new(const char *path, struct doc *d)
{
	struct article	*a = xcalloc(1, sizeof *a);

	a->path = xstrdup(path);
	a->doc = d;
	a->ents = entities_find(d->body, d->body_len);
	return a;
}

struct article *
article_read(struct fetched *f, const char *path, unsigned flags,
    char **cause)
{
	struct doc	*d;

	if ((d = article_read_doc(f, path, flags, cause)) == NULL)
		return NULL;
	return article_new(path, d);
}

void
article_free(struct article *a)
{
	if (a == NULL)
		return;
	free(a->path);
	doc_free(a->doc);
	entities_free(a->ents);
	free(a);
}
