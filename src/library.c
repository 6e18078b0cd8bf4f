/* library.c: what the reader points folio at, opened as articles: read
 * the bytes, tell HTML from plain text, extract, find the names and
 * figures, resolve prev/next among the articles of the same folder; and
 * the index of a folder's articles. */
#include "config.h"

#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "doc.h"
#include "entities.h"
#include "extract.h"
#include "fetch.h"
#include "html.h"
#include "library.h"
#include "prevnext.h"
#include "textdoc.h"
#include "utf8.h"
#include "xmalloc.h"

/* Folders are searched this deep for articles, and no further than this
 * many files. */
#define SCAN_DEPTH	3
#define SCAN_FILES	5000

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

/* Why these bytes are not an article, or NULL when they may be one. A
 * page that starts as HTML may hold a few NUL bytes (one in a hundred at
 * most), which the HTML reader drops as browsers do; in anything else a
 * NUL means binary data. */
static const char *
sniff_binary(const char *p, size_t len, bool html)
{
	const unsigned char	*u = (const unsigned char *)p;
	size_t			 i, n, ctl = 0, nul = 0;

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
	for (i = 0; i < n; i++) {
		if (u[i] == 0 && (!html || ++nul * 100 > n))
			return "binary data, not an article";
		if (u[i] < 0x20 && u[i] != '\t' && u[i] != '\n' &&
		    u[i] != '\r' && u[i] != '\f')
			ctl++;
	}
	if (ctl * 10 > n)
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

static bool
is_html(const struct fetched *f, const char *path)
{
	if (f->content_type != NULL)
		return strcasestr(f->content_type, "html") != NULL;
	if (ext_in(path, html_exts))
		return true;
	if (ext_in(path, text_exts))
		return false;
	return html_sniff(f->data, f->len);
}

/* Bytes -> article model, or NULL with *cause set. */
static struct doc *
read_doc(struct fetched *f, const char *path, unsigned flags, char **cause)
{
	struct doc	*d;
	const char	*why;
	char		*conv;
	size_t		 convlen;
	bool		 html;

	if (f->len == 0 || only_space(f->data, f->len)) {
		*cause = xstrdup("empty file");
		return NULL;
	}
	if ((conv = from_utf16(f->data, f->len, &convlen)) != NULL) {
		free(f->data);
		f->data = conv;
		f->len = convlen;
	}
	html = !(flags & LIBRARY_RAW) && is_html(f, path);
	if ((why = sniff_binary(f->data, f->len, html)) != NULL) {
		*cause = xstrdup(why);
		return NULL;
	}
	if (flags & LIBRARY_RAW)
		return textdoc_raw(f->data, f->len);
	if (html) {
		struct html *h = html_parse(f->data, f->len, f->content_type,
		    f->url);

		/* The tree holds all it needs: the bytes go before the
		 * article is built, so the two never add up. */
		free(f->data);
		f->data = NULL;
		f->len = 0;
		d = extract_doc(h);
		html_free(h);
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

/* Why a server's answer is not an article by its media type ("image/png",
 * "application/json"), or NULL when it may be one: text, HTML, XML, no
 * type, or a type that says nothing (the bytes are sniffed). */
static char *
not_an_article(const char *content_type)
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

/*
 * The pages fetched in this session, the newest first, so that back,
 * forward and a loop between two posts do not fetch them again.
 */
#define PAGES_MAX	16
#define PAGES_BYTES	((size_t)32 << 20)

static struct page {
	char		*url;	/* as asked for */
	struct fetched	 f;
} pages[PAGES_MAX];
static size_t	 npages;

static void
fetched_copy(struct fetched *to, const struct fetched *from)
{
	to->data = xmalloc(from->len + 1);
	memcpy(to->data, from->data, from->len);
	to->data[from->len] = '\0';
	to->len = from->len;
	to->content_type = from->content_type != NULL ?
	    xstrdup(from->content_type) : NULL;
	to->url = from->url != NULL ? xstrdup(from->url) : NULL;
}

static void
page_drop(size_t i)
{
	free(pages[i].url);
	fetched_free(&pages[i].f);
	memmove(&pages[i], &pages[i + 1], (npages - i - 1) * sizeof *pages);
	npages--;
}

/* Fetch a URL, or take it from the pages fetched before. */
static int
fetch_page(const char *url, unsigned flags, struct fetched *f, char **cause)
{
	size_t	 i, bytes = 0;

	for (i = 0; i < npages; i++) {
		if (strcmp(pages[i].url, url) != 0)
			continue;
		if (flags & LIBRARY_FRESH) {
			page_drop(i);
			break;
		}
		fetched_copy(f, &pages[i].f);
		return 0;
	}
	if (fetch_url(url, f, cause) == -1)
		return -1;
	if (f->len > PAGES_BYTES / 4)
		return 0;	/* too large to keep */
	if (npages == PAGES_MAX)
		page_drop(npages - 1);
	memmove(&pages[1], &pages[0], npages * sizeof *pages);
	npages++;
	pages[0].url = xstrdup(url);
	fetched_copy(&pages[0].f, f);
	for (i = 0; i < npages; i++) {
		bytes += pages[i].f.len;
		if (bytes > PAGES_BYTES) {
			while (npages > i)
				page_drop(npages - 1);
			break;
		}
	}
	return 0;
}

static struct doc *
load_doc(const char *path, unsigned flags, char **cause)
{
	struct fetched	 f;
	struct doc	*d;
	int		 r;

	if (fetch_is_url(path))
		r = fetch_page(path, flags, &f, cause);
	else
		r = fetch_file(path, &f, cause);
	if (r == -1)
		return NULL;
	if ((*cause = not_an_article(f.content_type)) != NULL) {
		fetched_free(&f);
		return NULL;
	}
	d = read_doc(&f, path, flags, cause);
	fetched_free(&f);
	return d;
}

/*
 * Resolving prev/next among local files.
 */

struct cand {
	char	*path;
	char	*url;
	char	*title;
	int	 loaded;
	dev_t	 dev;
	ino_t	 ino;
};

struct cands {
	struct cand	*v;
	size_t		 n, cap;
};

static void
cands_free(struct cands *c)
{
	size_t	 i;

	for (i = 0; i < c->n; i++) {
		free(c->v[i].path);
		free(c->v[i].url);
		free(c->v[i].title);
	}
	free(c->v);
	memset(c, 0, sizeof *c);
}

static bool
is_article_name(const char *name)
{
	return ext_in(name, html_exts) || ext_in(name, text_exts);
}

/* A folder that "Save page as" writes beside a page: "<name>_files". */
static bool
is_saved_assets(const char *name)
{
	size_t	 n = strlen(name);

	return n > 6 && strcmp(name + n - 6, "_files") == 0;
}

static char *
join(const char *dir, const char *name)
{
	if (strcmp(dir, ".") == 0)
		return xstrdup(name);
	return xasprintf("%s%s%s", dir,
	    dir[0] != '\0' && dir[strlen(dir) - 1] == '/' ? "" : "/", name);
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The files and folders a scan has met, by device and inode: a folder
 * reached again through a symbolic link, or a file through a second
 * name, is not listed again. */
struct seen {
	struct {
		dev_t	 dev;
		ino_t	 ino;
	}		*v;
	size_t		 n, cap;
};

/* Whether st was seen before; it is from now on. */
static bool
seen_before(struct seen *sn, const struct stat *st)
{
	size_t	 i;

	for (i = 0; i < sn->n; i++) {
		if (sn->v[i].dev == st->st_dev && sn->v[i].ino == st->st_ino)
			return true;
	}
	if (sn->n == sn->cap) {
		sn->cap = sn->cap ? sn->cap * 2 : 64;
		sn->v = xreallocarray(sn->v, sn->cap, sizeof *sn->v);
	}
	sn->v[sn->n].dev = st->st_dev;
	sn->v[sn->n].ino = st->st_ino;
	sn->n++;
	return false;
}

/* Collect the article files under dir, depth folders deep, in a stable
 * order: files of each folder by name, then its subfolders. */
static void
collect_in(const char *dir, int depth, char ***out, size_t *n, size_t *cap,
    struct seen *sn)
{
	DIR		*dp;
	struct dirent	*de;
	char		**names = NULL, *p;
	size_t		 nn = 0, nc = 0, i;
	struct stat	 st;

	if (stat(dir, &st) == -1 || seen_before(sn, &st) ||
	    (dp = opendir(dir)) == NULL)
		return;
	while ((de = readdir(dp)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		if (nn == nc) {
			nc = nc ? nc * 2 : 32;
			names = xreallocarray(names, nc, sizeof *names);
		}
		names[nn++] = xstrdup(de->d_name);
	}
	closedir(dp);
	if (nn > 1)
		qsort(names, nn, sizeof *names, name_cmp);
	for (i = 0; i < nn; i++) {
		p = join(dir, names[i]);
		if (*n >= SCAN_FILES || stat(p, &st) == -1) {
			free(p);
			continue;
		}
		if (S_ISREG(st.st_mode) && is_article_name(names[i]) &&
		    !seen_before(sn, &st)) {
			if (*n == *cap) {
				*cap = *cap ? *cap * 2 : 64;
				*out = xreallocarray(*out, *cap, sizeof **out);
			}
			(*out)[(*n)++] = p;
			p = NULL;
		}
		free(p);
	}
	for (i = 0; i < nn; i++) {
		p = join(dir, names[i]);
		if (depth > 0 && !is_saved_assets(names[i]) &&
		    stat(p, &st) == 0 && S_ISDIR(st.st_mode))
			collect_in(p, depth - 1, out, n, cap, sn);
		free(p);
	}
	for (i = 0; i < nn; i++)
		free(names[i]);
	free(names);
}

static void
collect(const char *dir, int depth, char ***out, size_t *n, size_t *cap)
{
	struct seen	 sn = { NULL, 0, 0 };

	collect_in(dir, depth, out, n, cap, &sn);
	free(sn.v);
}

static bool
same_file(const char *a, const char *b)
{
	struct stat	 sa, sb;

	if (stat(a, &sa) == -1 || stat(b, &sb) == -1)
		return strcmp(a, b) == 0;
	return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static char *
dir_of(const char *path)
{
	const char	*slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

/* The folder whose articles a file's links resolve among: its own, or
 * for a "<slug>/index.html" page the folder holding its siblings. */
static char *
search_root(const char *path)
{
	const char	*base = strrchr(path, '/');
	char		*dir = dir_of(path), *up;

	base = base != NULL ? base + 1 : path;
	if (strncasecmp(base, "index.", 6) == 0 && strcmp(dir, ".") != 0 &&
	    strcmp(dir, "/") != 0) {
		up = dir_of(dir);
		free(dir);
		return up;
	}
	return dir;
}

/* The part of a file where an article keeps its own URL and title: a
 * page's head (up to "</head>", at most HEAD_MAX bytes), a text's first
 * lines. NULL when it cannot be read. */
#define HEAD_MAX	(128 * 1024)
#define TEXT_HEAD	4096

/* Does p[0..n) hold "</head" or "<body", in any case? */
static bool
ends_head(const char *p, size_t n)
{
	const char	*lt, *end = p + n;

	while ((lt = memchr(p, '<', (size_t)(end - p))) != NULL) {
		if (end - lt >= 6 && strncasecmp(lt, "</head", 6) == 0)
			return true;
		if (end - lt >= 5 && strncasecmp(lt, "<body", 5) == 0)
			return true;
		p = lt + 1;
	}
	return false;
}

/* Read the head of path into buf (HEAD_MAX + 1 bytes); returns its
 * length, or -1. */
static long
read_head(const char *path, char *buf)
{
	size_t	 max = ext_in(path, html_exts) ? HEAD_MAX : TEXT_HEAD;
	size_t	 len = 0, from;
	ssize_t	 n;
	int	 fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return -1;
	while (len < max) {
		n = read(fd, buf + len, max - len < 16384 ? max - len : 16384);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		/* A tag may straddle two reads. */
		from = len > 5 ? len - 5 : 0;
		len += (size_t)n;
		if (max == HEAD_MAX && ends_head(buf + from, len - from))
			break;
	}
	close(fd);
	buf[len] = '\0';
	return (long)len;
}

/* Copy a page's head without the text of its style sheets and scripts
 * but JSON-LD: a saved page's head is mostly those, and its URL and
 * title are elsewhere. */
static char *
slim_head(const char *head, size_t len, size_t *outlen)
{
	struct buf	 b = BUF_INIT;
	const char	*p = head, *end = head + len, *lt, *gt, *close;
	size_t		 n;

	buf_reserve(&b, len < 16384 ? len : 16384);
	while ((lt = memchr(p, '<', (size_t)(end - p))) != NULL) {
		n = 0;
		if (end - lt > 6 && strncasecmp(lt + 1, "style", 5) == 0)
			n = 5;
		else if (end - lt > 7 && strncasecmp(lt + 1, "script", 6) == 0)
			n = 6;
		if (n == 0 || (lt[n + 1] != '>' && lt[n + 1] != ' ' &&
		    lt[n + 1] != '\t' && lt[n + 1] != '\n' && lt[n + 1] != '\r') ||
		    (gt = memchr(lt, '>', (size_t)(end - lt))) == NULL ||
		    (n == 6 && memmem(lt, (size_t)(gt - lt), "ld+json", 7) !=
		    NULL)) {
			buf_add(&b, p, (size_t)(lt - p) + 1);
			p = lt + 1;
			continue;
		}
		/* Keep the start tag, drop up to the end tag. */
		buf_add(&b, p, (size_t)(gt - p) + 1);
		for (close = gt + 1; (close = memchr(close, '<',
		    (size_t)(end - close))) != NULL; close++)
			if (end - close > (ptrdiff_t)n + 2 && close[1] == '/' &&
			    strncasecmp(close + 2, lt + 1, n) == 0)
				break;
		p = close != NULL ? close : end;
	}
	buf_add(&b, p, (size_t)(end - p));
	return buf_finish(&b, outlen);
}

/* Fill a candidate's URL and title from its head. */
static void
cand_load(struct cand *c, const char *head, size_t len)
{
	struct fetched	 f;
	struct doc	*d;
	char		*cause = NULL;

	c->loaded = 1;
	memset(&f, 0, sizeof f);
	if (ext_in(c->path, html_exts))
		f.data = slim_head(head, len, &f.len);
	else {
		f.data = xstrndup(head, len);
		f.len = len;
	}
	d = read_doc(&f, c->path, 0, &cause);
	fetched_free(&f);
	if (d == NULL) {
		free(cause);
		return;
	}
	c->url = d->url != NULL ? xstrdup(d->url) : NULL;
	c->title = doc_headline(d) != NULL ? xstrdup(doc_headline(d)) : NULL;
	doc_free(d);
}

static bool
is_file(const char *path)
{
	struct stat	 st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* A site mirrored as host/path/index.html (wget --mirror, HTTrack): the
 * link's file is found by its URL's host and path under the folder named
 * after the host among self's ancestors. */
static char *
resolve_mirror(const char *href, const char *self)
{
	const char	*h, *slash, *end, *hit;
	char		*host, *needle, *abs, *root, *upath, *try;
	const char	*suffixes[] = { "", ".html", "/index.html", NULL };
	size_t		 i, n;

	if (!fetch_is_url(href) || (h = strstr(href, "://")) == NULL)
		return NULL;
	h += 3;
	slash = h + strcspn(h, "/?#");
	host = xstrndup(h, (size_t)(slash - h));
	if ((abs = realpath(self, NULL)) == NULL) {
		free(host);
		return NULL;
	}
	needle = xasprintf("/%s/", host);
	hit = strstr(abs, needle);
	free(needle);
	if (hit == NULL) {
		free(host);
		free(abs);
		return NULL;
	}
	root = xstrndup(abs, (size_t)(hit - abs) + 1 + strlen(host));
	end = slash + strcspn(slash, "?#");
	upath = xstrndup(slash, (size_t)(end - slash));
	n = strlen(upath);
	try = NULL;
	for (i = 0; suffixes[i] != NULL; i++) {
		if (n == 0 || upath[n - 1] == '/')
			try = xasprintf("%s%s%sindex.html", root,
			    n == 0 ? "/" : "", upath);
		else
			try = xasprintf("%s%s%s", root, upath, suffixes[i]);
		if (is_file(try) && !same_file(try, self))
			break;
		free(try);
		try = NULL;
	}
	free(upath);
	free(root);
	free(abs);
	free(host);
	return try;
}

/* A relative link that names a file beside self ("b.html",
 * "../2024/post.html", self's own name): that file. */
static char *
resolve_relative(const char *href, const char *self)
{
	char	*dir, *rel, *path;
	size_t	 n;

	if (fetch_is_url(href) || href[0] == '/' || href[0] == '#' ||
	    strchr(href, ':') != NULL)
		return NULL;
	n = strcspn(href, "?#");
	if (n == 0)
		return NULL;
	rel = xstrndup(href, n);
	dir = dir_of(self);
	path = join(dir, rel);
	free(dir);
	free(rel);
	if (!is_file(path)) {
		free(path);
		return NULL;
	}
	/* The article itself, by the name it was opened with. */
	if (same_file(path, self)) {
		free(path);
		return xstrdup(self);
	}
	return path;
}

/*
 * The index of a folder: its article files, and, once a link may point
 * at them, the URL and title each one's head gives. Built once per
 * session and kept while the folder's modification time stays the same,
 * so that ] in a folder of thousands of pages parses each head at most
 * once, and only the heads that mention what a link names.
 */
struct findex {
	char		*root;
	struct timespec	 mtime;
	struct cands	 c;
};

static struct findex	*findexes;
static size_t		 nfindexes;

static void
findex_build(struct findex *fx)
{
	char		**paths = NULL;
	size_t		 n = 0, cap = 0, i;
	struct stat	 st;
	struct cand	*c;

	collect(fx->root, 1, &paths, &n, &cap);
	fx->c.v = xcalloc(n ? n : 1, sizeof *fx->c.v);
	fx->c.cap = n ? n : 1;
	for (i = 0; i < n; i++) {
		c = &fx->c.v[fx->c.n++];
		c->path = paths[i];
		if (stat(paths[i], &st) == 0) {
			c->dev = st.st_dev;
			c->ino = st.st_ino;
		}
	}
	free(paths);
}

/* The index of the folder whose articles self's links resolve among. */
static struct findex *
findex_get(const char *self)
{
	char		*root = search_root(self);
	struct findex	*fx = NULL;
	struct stat	 st;
	size_t		 i;

	if (stat(root, &st) == -1)
		memset(&st, 0, sizeof st);
	for (i = 0; i < nfindexes; i++) {
		if (strcmp(findexes[i].root, root) == 0) {
			fx = &findexes[i];
			break;
		}
	}
	if (fx != NULL) {
		free(root);
		if (fx->mtime.tv_sec == st.st_mtim.tv_sec &&
		    fx->mtime.tv_nsec == st.st_mtim.tv_nsec)
			return fx;
		cands_free(&fx->c);	/* the folder changed */
	} else {
		findexes = xreallocarray(findexes, nfindexes + 1,
		    sizeof *findexes);
		fx = &findexes[nfindexes++];
		memset(fx, 0, sizeof *fx);
		fx->root = root;
	}
	fx->mtime = st.st_mtim;
	findex_build(fx);
	return fx;
}

void
library_cleanup(void)
{
	size_t	 i;

	while (npages > 0)
		page_drop(npages - 1);
	for (i = 0; i < nfindexes; i++) {
		free(findexes[i].root);
		cands_free(&findexes[i].c);
	}
	free(findexes);
	findexes = NULL;
	nfindexes = 0;
}

/* The host of a URL ("www." dropped), or NULL. */
static char *
url_host(const char *url)
{
	const char	*h;
	size_t		 n;

	if (url == NULL || (h = strstr(url, "://")) == NULL)
		return NULL;
	h += 3;
	if (strncasecmp(h, "www.", 4) == 0)
		h += 4;
	n = strcspn(h, "/?#:");
	return n > 0 ? xstrndup(h, n) : NULL;
}

/* The longest run of ASCII letters and digits in s: a word any copy of
 * s in a page is likely to hold as it is. */
static char *
key_word(const char *s)
{
	size_t	 i, start = 0, best = 0, bestlen = 0;

	if (s == NULL)
		return NULL;
	for (i = 0;; i++) {
		unsigned char ch = (unsigned char)s[i];
		int alnum = (ch >= 'a' && ch <= 'z') ||
		    (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');

		if (alnum)
			continue;
		if (i - start > bestlen) {
			best = start;
			bestlen = i - start;
		}
		start = i + 1;
		if (ch == '\0')
			break;
	}
	return bestlen >= 3 ? xstrndup(s + best, bestlen) : NULL;
}

/*
 * Read the heads not read yet that may be a link's target: those that
 * mention its slug or a word of its title and, for a page, its host. A
 * head read stays in the index; parsing is what costs, so the others are
 * only looked at again for another link.
 */
static void
findex_heads(struct findex *fx, struct navlink *const links[2])
{
	char	*keys[6] = { NULL, NULL, NULL, NULL, NULL, NULL };
	char	*head;
	size_t	 i, j, len;
	bool	 read = false;
	long	 n;

	for (i = 0; i < 2; i++) {
		if (links[i]->file != NULL)
			continue;
		if (links[i]->href != NULL) {
			keys[3 * i] = url_host(links[i]->href);
			keys[3 * i + 1] = prevnext_slug(links[i]->href);
		}
		keys[3 * i + 2] = key_word(links[i]->title);
		if (keys[3 * i + 1] != NULL || keys[3 * i + 2] != NULL)
			read = true;
	}
	head = read ? xmalloc(HEAD_MAX + 1) : NULL;
	for (i = 0; read && i < fx->c.n; i++) {
		struct cand	*c = &fx->c.v[i];
		bool		 page = ext_in(c->path, html_exts);

		if (c->loaded || (n = read_head(c->path, head)) <= 0)
			continue;
		len = (size_t)n;
		for (j = 0; j < 2; j++) {
			const char *host = keys[3 * j];
			const char *slug = keys[3 * j + 1];
			const char *word = keys[3 * j + 2];

			if (page && host != NULL &&
			    memmem(head, len, host, strlen(host)) == NULL)
				continue;
			if ((slug != NULL && memmem(head, len, slug,
			    strlen(slug)) != NULL) || (word != NULL &&
			    memmem(head, len, word, strlen(word)) != NULL)) {
				cand_load(c, head, len);
				break;
			}
		}
	}
	free(head);
	for (j = 0; j < 6; j++)
		free(keys[j]);
}

/* Resolve a link among the index's articles but self. */
static void
resolve_known(struct navlink *l, const struct findex *fx, const char *self)
{
	struct pn_candidate	*pc;
	size_t			*at, i, n = 0;
	struct stat		 st;
	bool			 known;
	long			 k;

	if (l->file != NULL || fx->c.n == 0 ||
	    (l->href == NULL && l->title == NULL))
		return;
	known = stat(self, &st) == 0;
	pc = xcalloc(fx->c.n, sizeof *pc);
	at = xcalloc(fx->c.n, sizeof *at);
	for (i = 0; i < fx->c.n; i++) {
		const struct cand *c = &fx->c.v[i];

		if (known ? c->dev == st.st_dev && c->ino == st.st_ino :
		    strcmp(c->path, self) == 0)
			continue;
		pc[n].path = c->path;
		pc[n].url = c->url;
		pc[n].title = c->title;
		at[n++] = i;
	}
	if ((k = prevnext_resolve(l, pc, n)) >= 0)
		l->file = xstrdup(fx->c.v[at[k]].path);
	free(at);
	free(pc);
}

static void
resolve_local(struct doc *d, const char *self)
{
	struct navlink	*links[2] = { &d->prev, &d->next };
	struct findex	*fx;
	size_t		 i;
	bool		 want = false;

	/* A relative link to a file, or a site mirrored as host/path,
	 * resolves directly. */
	for (i = 0; i < 2; i++) {
		if (links[i]->href != NULL && links[i]->file == NULL)
			links[i]->file = resolve_relative(links[i]->href,
			    self);
		if (links[i]->href != NULL && links[i]->file == NULL)
			links[i]->file = resolve_mirror(links[i]->href, self);
		if (links[i]->file == NULL &&
		    (links[i]->href != NULL || links[i]->title != NULL))
			want = true;
	}
	if (!want)
		return;
	fx = findex_get(self);

	/* First by file names and the heads read so far; then by the
	 * heads that may be the links' targets. */
	for (i = 0; i < 2; i++)
		resolve_known(links[i], fx, self);
	if ((links[0]->file != NULL || (links[0]->href == NULL &&
	    links[0]->title == NULL)) && (links[1]->file != NULL ||
	    (links[1]->href == NULL && links[1]->title == NULL)))
		return;
	findex_heads(fx, links);
	for (i = 0; i < 2; i++)
		resolve_known(links[i], fx, self);
}

struct article *
library_open(const char *path, unsigned flags, char **cause)
{
	struct article	*a;
	struct doc	*d;

	if (!fetch_is_url(path) && library_is_dir(path)) {
		*cause = xstrdup("is a folder");
		return NULL;
	}
	if ((d = load_doc(path, flags, cause)) == NULL)
		return NULL;
	if (!(flags & LIBRARY_RAW) && !fetch_is_url(path) &&
	    strcmp(path, "-") != 0)
		resolve_local(d, path);
	a = xcalloc(1, sizeof *a);
	a->path = xstrdup(path);
	a->doc = d;
	a->ents = entities_find(d->body, d->body_len);
	return a;
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

/*
 * Folders.
 */

bool
library_is_dir(const char *path)
{
	struct stat	 st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Seconds since the epoch of an ISO 8601 date ("2024-05-16..."), or -1. */
static long long
iso_date(const char *s)
{
	struct tm	 tm;
	int		 y, m, d;

	if (s == NULL || sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
	    m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_hour = 12;
	return (long long)timegm(&tm);
}

static int
entry_cmp(const void *a, const void *b)
{
	const struct library_entry *x = a, *y = b;

	if (x->sortkey != y->sortkey)
		return x->sortkey > y->sortkey ? -1 : 1;
	return strcmp(x->path, y->path);
}

struct library *
library_scan(const char *dir, char **cause)
{
	struct library	*l;
	char		**paths = NULL;
	size_t		 n = 0, cap = 0, i;
	DIR		*dp;
	struct stat	 st;

	if ((dp = opendir(dir)) == NULL) {
		*cause = xstrdup(strerror(errno));
		return NULL;
	}
	closedir(dp);
	collect(dir, SCAN_DEPTH, &paths, &n, &cap);
	l = xcalloc(1, sizeof *l);
	l->dir = xstrdup(dir);
	l->entries = xcalloc(n ? n : 1, sizeof *l->entries);
	for (i = 0; i < n; i++) {
		struct library_entry	*e = &l->entries[l->n];
		struct doc		*d;
		char			*why = NULL;
		const char		*base;
		long long		 t;

		if ((d = load_doc(paths[i], 0, &why)) == NULL) {
			free(why);
			free(paths[i]);
			continue;
		}
		e->path = paths[i];
		base = strrchr(paths[i], '/');
		e->title = xstrdup(doc_headline(d) != NULL ? doc_headline(d) :
		    base != NULL ? base + 1 : paths[i]);
		e->date = d->date != NULL ? xstrdup(d->date) : NULL;
		e->url = d->url != NULL ? xstrdup(d->url) : NULL;
		if ((t = iso_date(d->date)) != -1)
			e->sortkey = t;
		else if (stat(paths[i], &st) == 0)
			e->sortkey = (long long)st.st_mtime;
		doc_free(d);
		l->n++;
	}
	free(paths);
	if (l->n == 0) {
		library_free(l);
		*cause = xstrdup("no articles in this folder");
		return NULL;
	}
	qsort(l->entries, l->n, sizeof *l->entries, entry_cmp);
	return l;
}

void
library_free(struct library *l)
{
	size_t	 i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++) {
		free(l->entries[i].path);
		free(l->entries[i].title);
		free(l->entries[i].date);
		free(l->entries[i].url);
	}
	free(l->entries);
	free(l->dir);
	free(l);
}
