/* resolve.c: a link to a local file - an article's prev/next links
 * resolved among the saved articles of its folder (resolve.h). */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "article.h"
#include "ascii.h"
#include "buf.h"
#include "doc.h"
#include "fetch.h"
#include "folder.h"
#include "resolve.h"
#include "url.h"
#include "xmalloc.h"

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
same_file(const char *a, const char *b)
{
	struct stat	 sa, sb;

	if (stat(a, &sa) == -1 || stat(b, &sb) == -1)
		return strcmp(a, b) == 0;
	return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* The folder whose articles a file's links resolve among: its own, or
 * for a "<slug>/index.html" page the folder holding its siblings. */
static char *
search_root(const char *path)
{
	const char	*base = strrchr(path, '/');
	char		*dir = folder_parent(path), *up;

	base = base != NULL ? base + 1 : path;
	if (strncasecmp(base, "index.", 6) == 0 && strcmp(dir, ".") != 0 &&
	    strcmp(dir, "/") != 0) {
		up = folder_parent(dir);
		free(dir);
		return up;
	}
	return dir;
}

/*
 * Matching a link with the saved articles.
 */

/* A file's slug may carry its date in front, as a blog's source files
 * do: "2024-05-16-some-post". */
static bool
same_slug(const char *link, const char *file)
{
	size_t	 i;

	if (ascii_eq_ci(link, file))
		return true;
	for (i = 0; i < 11; i++) {
		if (file[i] == '\0')
			return false;
		if ((i == 4 || i == 7 || i == 10) ? file[i] != '-' :
		    !(file[i] >= '0' && file[i] <= '9'))
			return false;
	}
	return ascii_eq_ci(link, file + 11);
}

/* A title for comparison: letters and digits in lower case, every run
 * of anything else (spaces, punctuation, quotes) one space. */
static char *
title_key(const char *s)
{
	struct buf	 b = BUF_INIT;
	const unsigned char *u = (const unsigned char *)s;
	bool		 gap = false;

	for (; *u != '\0'; u++) {
		if (ascii_is_alnum(*u) || *u >= 0x80) {
			/* Typographic punctuation (U+2000-U+206F) is a gap. */
			if (*u == 0xe2 && u[1] == 0x80 && u[2] != '\0') {
				u += 2;
				gap = true;
				continue;
			}
			if (gap && b.len > 0)
				buf_addc(&b, ' ');
			gap = false;
			buf_addc(&b, ascii_lower(*u));
		} else
			gap = true;
	}
	return buf_finish(&b, NULL);
}

long
resolve_match(const struct navlink *l, const struct resolve_cand *c,
    size_t n)
{
	char	*slug, *s, *key, *k;
	size_t	 i;
	long	 hit = -1;

	if (l == NULL)
		return -1;
	if (l->href != NULL) {
		for (i = 0; i < n; i++)
			if (c[i].url != NULL && url_same(l->href, c[i].url))
				return (long)i;
		if ((slug = url_slug(l->href)) != NULL) {
			for (i = 0; i < n && hit < 0; i++) {
				if (c[i].url != NULL &&
				    (s = url_slug(c[i].url)) != NULL) {
					if (ascii_eq_ci(slug, s))
						hit = (long)i;
					free(s);
				}
				if (hit < 0 && c[i].path != NULL &&
				    (s = url_slug(c[i].path)) != NULL) {
					if (same_slug(slug, s))
						hit = (long)i;
					free(s);
				}
			}
			free(slug);
			if (hit >= 0)
				return hit;
		}
	}
	if (l->title == NULL)
		return -1;
	key = title_key(l->title);
	for (i = 0; i < n && hit < 0 && key[0] != '\0'; i++) {
		if (c[i].title == NULL)
			continue;
		k = title_key(c[i].title);
		if (strcmp(key, k) == 0)
			hit = (long)i;
		free(k);
	}
	free(key);
	return hit;
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
	size_t	 max = article_name_kind(path) == ARTICLE_NAME_HTML ? HEAD_MAX :
		    TEXT_HEAD;
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
	if (article_name_kind(c->path) == ARTICLE_NAME_HTML)
		f.data = slim_head(head, len, &f.len);
	else {
		f.data = xstrndup(head, len);
		f.len = len;
	}
	d = article_read_doc(&f, c->path, 0, &cause);
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
resolve_mirror_in(const char *href, const char *self, const char *selfabs)
{
	struct url	 u;
	const char	*hit;
	char		*host, *needle, *abs, *root, *upath, *try;
	const char	*suffixes[] = { "", ".html", "/index.html", NULL };
	size_t		 i, n;

	if (!url_is_web(href))
		return NULL;
	url_parse(href, &u);
	if (u.host.s == NULL || u.host.len == 0)
		return NULL;
	/* The folder of a site on a port of its own is "host:port". */
	host = u.port.s != NULL && u.port.len > 0 ? xasprintf("%.*s:%.*s",
	    (int)u.host.len, u.host.s, (int)u.port.len, u.port.s) :
	    xstrndup(u.host.s, u.host.len);
	if (selfabs != NULL)
		abs = xstrdup(selfabs);
	else if ((abs = realpath(self, NULL)) == NULL) {
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
	upath = xstrndup(u.path.s, u.path.len);
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

static char *
resolve_mirror(const char *href, const char *self)
{
	return resolve_mirror_in(href, self, NULL);
}

/* A relative link that names a file beside self ("b.html",
 * "../2024/post.html", self's own name): that file. */
static char *
resolve_relative(const char *href, const char *self)
{
	char	*dir, *rel, *path;
	size_t	 n;

	if (url_is_web(href) || href[0] == '/' || href[0] == '#' ||
	    strchr(href, ':') != NULL)
		return NULL;
	n = strcspn(href, "?#");
	if (n == 0)
		return NULL;
	rel = xstrndup(href, n);
	dir = folder_parent(self);
	path = folder_join(dir, rel);
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
	char		**paths;
	size_t		 n, i;
	struct stat	 st;
	struct cand	*c;

	paths = folder_files(fx->root, 1, &n);
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
resolve_cleanup(void)
{
	size_t	 i;

	for (i = 0; i < nfindexes; i++) {
		free(findexes[i].root);
		cands_free(&findexes[i].c);
	}
	free(findexes);
	findexes = NULL;
	nfindexes = 0;
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
		if (ascii_is_alnum(ch))
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
findex_heads(struct findex *fx, struct navlink *const links[2],
    const char *self)
{
	char		*keys[6] = { NULL, NULL, NULL, NULL, NULL, NULL };
	char		*head;
	size_t		 i, j, len;
	struct stat	 st;
	bool		 read = false, known;
	long		 n;
	int		 hostin;

	for (i = 0; i < 2; i++) {
		if (links[i]->file != NULL)
			continue;
		if (links[i]->href != NULL) {
			keys[3 * i] = url_site(links[i]->href);
			keys[3 * i + 1] = url_slug(links[i]->href);
		}
		keys[3 * i + 2] = key_word(links[i]->title);
		if (keys[3 * i + 1] != NULL || keys[3 * i + 2] != NULL)
			read = true;
	}
	head = read ? xmalloc(HEAD_MAX + 1) : NULL;
	/* The article itself is no target of its own links (see
	 * resolve_known): its head is not read for them. */
	known = read && stat(self, &st) == 0;
	for (i = 0; read && i < fx->c.n; i++) {
		struct cand	*c = &fx->c.v[i];
		bool		 page = article_name_kind(c->path) ==
				    ARTICLE_NAME_HTML;

		if (c->loaded || (known ? c->dev == st.st_dev &&
		    c->ino == st.st_ino : strcmp(c->path, self) == 0))
			continue;
		if ((n = read_head(c->path, head)) <= 0)
			continue;
		len = (size_t)n;
		hostin = -1;
		for (j = 0; j < 2; j++) {
			const char *host = keys[3 * j];
			const char *slug = keys[3 * j + 1];
			const char *word = keys[3 * j + 2];

			if (slug == NULL && word == NULL)
				continue;
			/* The two links are mostly to one site: a head is
			 * searched for its name once. */
			if (page && host != NULL) {
				if (j == 0 || hostin < 0 || keys[0] == NULL ||
				    strcmp(keys[0], host) != 0)
					hostin = memmem(head, len, host,
					    strlen(host)) != NULL;
				if (!hostin)
					continue;
			}
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
	struct resolve_cand	*pc;
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
	if ((k = resolve_match(l, pc, n)) >= 0)
		l->file = xstrdup(fx->c.v[at[k]].path);
	free(at);
	free(pc);
}

/* Set d->link_files: each inline link that names a file beside self,
 * a page of a site mirrored around self, or a page of self's own site
 * saved in its folder (by URL, among the heads read so far, or by slug:
 * no head is read for them). */
static void
resolve_inline(struct doc *d, const char *self)
{
	struct findex	*fx = NULL;
	struct navlink	 l;
	char		*abs = NULL, *site, *own;
	size_t		 i;
	bool		 tried = false;

	if (d->nlinks == 0)
		return;
	own = d->url != NULL ? url_site(d->url) : NULL;
	d->link_files = xcalloc(d->nlinks, sizeof *d->link_files);
	for (i = 0; i < d->nlinks; i++) {
		const char *href = d->links[i];

		if (href == NULL || href[0] == '#')
			continue;
		if (!url_is_web(href)) {
			d->link_files[i] = resolve_relative(href, self);
			continue;
		}
		if (!tried) {
			abs = realpath(self, NULL);
			tried = true;
		}
		if (abs != NULL)
			d->link_files[i] = resolve_mirror_in(href, self, abs);
		if (d->link_files[i] != NULL || own == NULL ||
		    url_same(href, d->url))
			continue;
		/* A page of the article's own site, saved beside it. */
		site = url_site(href);
		if (site != NULL && strcmp(site, own) == 0) {
			if (fx == NULL)
				fx = findex_get(self);
			memset(&l, 0, sizeof l);
			l.href = (char *)href;
			resolve_known(&l, fx, self);
			d->link_files[i] = l.file;
		}
		free(site);
	}
	free(own);
	free(abs);
}

void
resolve_links(struct doc *d, const char *self)
{
	struct navlink	*links[2] = { &d->prev, &d->next };
	struct findex	*fx;
	size_t		 i;
	bool		 want = false;

	if (d->link_files == NULL)
		resolve_inline(d, self);

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
	findex_heads(fx, links, self);
	for (i = 0; i < 2; i++)
		resolve_known(links[i], fx, self);
}

