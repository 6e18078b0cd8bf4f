/* html.c: bytes -> libxml2 HTML tree. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/encoding.h>
#include <libxml/globals.h>
#include <libxml/xmlerror.h>
#include <libxml/tree.h>

#include "ascii.h"
#include "buf.h"
#include "html.h"
#include "tags.h"
#include "url.h"
#include "utf8.h"
#include "xmalloc.h"

/* How far the charset and "saved from" prescans look (the HTML standard
 * prescans 1024 bytes; a page that is not valid UTF-8 gets a second,
 * longer look for a late <meta charset>). */
#define PRESCAN_BYTES		1024
#define PRESCAN_LATE_BYTES	65536

bool
html_sniff(const char *data, size_t len)
{
	static const char *const tags[] = {
		"<!doctype html", "<html", "<head", "<body", "<meta ",
		"<title", "<article", "<div", "<p>", "<p ", "<br", "<script",
		"<link ", "<style", "<table", "<h1", "<h2", "<ul>", "<a href"
	};
	size_t	 i;

	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
		data += 3;
		len -= 3;
	}
	while (len > 0 && ascii_is_space((unsigned char)*data)) {
		data++;
		len--;
	}
	if (len > PRESCAN_BYTES)
		len = PRESCAN_BYTES;
	if (len == 0)
		return false;
	/* A page starts with markup: a tag, a comment, a doctype. */
	if (data[0] == '<') {
		if (ascii_prefix_ci(data, len, "<!doctype html") != 0 ||
		    ascii_prefix_ci(data, len, "<html") != 0 ||
		    ascii_prefix_ci(data, len, "<!--") != 0 ||
		    ascii_prefix_ci(data, len, "<?xml") != 0)
			return true;
	}
	/* Otherwise look for a few common tags near the start. */
	for (i = 0; i < sizeof tags / sizeof tags[0]; i++) {
		if (ascii_find_ci(data, len, tags[i]) != NULL)
			return true;
	}
	return false;
}

/* The value of attribute name in the tag text s (from after "<meta" to
 * ">"), in *val and *vlen. */
static bool
tag_attr(const char *s, size_t len, const char *name, const char **val,
    size_t *vlen)
{
	size_t	 i = 0, n = strlen(name), a, alen;
	char	 q;

	while (i < len) {
		while (i < len && (ascii_is_space((unsigned char)s[i]) ||
		    s[i] == '/'))
			i++;
		a = i;
		while (i < len && !ascii_is_space((unsigned char)s[i]) &&
		    s[i] != '=' && s[i] != '/')
			i++;
		alen = i - a;
		while (i < len && ascii_is_space((unsigned char)s[i]))
			i++;
		*val = NULL;
		*vlen = 0;
		if (i < len && s[i] == '=') {
			i++;
			while (i < len && ascii_is_space((unsigned char)s[i]))
				i++;
			if (i < len && (s[i] == '"' || s[i] == '\'')) {
				q = s[i++];
				*val = s + i;
				while (i < len && s[i] != q)
					i++;
				*vlen = (size_t)(s + i - *val);
				if (i < len)
					i++;
			} else {
				*val = s + i;
				while (i < len &&
				    !ascii_is_space((unsigned char)s[i]))
					i++;
				*vlen = (size_t)(s + i - *val);
			}
		}
		if (alen == n && ascii_prefix_ci(s + a, alen, name) != 0)
			return *val != NULL;
		if (alen == 0 && i < len && *val == NULL)
			i++;	/* a stray character: step over it */
	}
	return false;
}

/* The charset named in a content type ("text/html; charset=utf-8"), into
 * out (at most outsz - 1 bytes, lower case). */
static bool
charset_param(const char *s, size_t len, char *out, size_t outsz)
{
	const char	*p = ascii_find_ci(s, len, "charset");
	size_t		 i, o = 0;

	if (p == NULL)
		return false;
	i = (size_t)(p - s) + 7;
	while (i < len && ascii_is_space((unsigned char)s[i]))
		i++;
	if (i >= len || s[i] != '=')
		return false;
	i++;
	while (i < len && (ascii_is_space((unsigned char)s[i]) || s[i] == '"' ||
	    s[i] == '\''))
		i++;
	while (i < len && o + 1 < outsz && s[i] != '"' && s[i] != '\'' &&
	    s[i] != ';' && !ascii_is_space((unsigned char)s[i]))
		out[o++] = (char)ascii_lower((unsigned char)s[i++]);
	out[o] = '\0';
	return o > 0;
}

/* Look for <meta charset> or <meta http-equiv=content-type> in the first
 * len bytes; skip comments. */
static bool
meta_charset(const char *s, size_t len, char *out, size_t outsz)
{
	const char	*val, *end;
	size_t		 i = 0, vlen, tlen;

	while (i < len) {
		const char *lt = memchr(s + i, '<', len - i);

		if (lt == NULL)
			break;
		i = (size_t)(lt - s);
		if (ascii_prefix_ci(s + i, len - i, "<!--") != 0) {
			const char *e = NULL;
			size_t	 j;

			for (j = i + 4; j + 3 <= len; j++) {
				if (memcmp(s + j, "-->", 3) == 0) {
					e = s + j;
					break;
				}
			}
			if (e == NULL)
				break;
			i = (size_t)(e - s) + 3;
			continue;
		}
		if (ascii_prefix_ci(s + i, len - i, "<meta") == 0 ||
		    i + 5 >= len || !(ascii_is_space((unsigned char)s[i + 5]) ||
		    s[i + 5] == '/')) {
			i++;
			continue;
		}
		i += 5;
		end = memchr(s + i, '>', len - i);
		tlen = end != NULL ? (size_t)(end - (s + i)) : len - i;
		if (tag_attr(s + i, tlen, "charset", &val, &vlen)) {
			size_t	 o = 0;

			while (o < vlen &&
			    ascii_is_space((unsigned char)val[o]))
				o++;
			val += o;
			vlen -= o;
			for (o = 0; o < vlen && o + 1 < outsz &&
			    !ascii_is_space((unsigned char)val[o]); o++)
				out[o] =
				    (char)ascii_lower((unsigned char)val[o]);
			out[o] = '\0';
			if (o > 0)
				return true;
		}
		if (tag_attr(s + i, tlen, "http-equiv", &val, &vlen) &&
		    vlen == 12 &&
		    ascii_prefix_ci(val, vlen, "content-type") != 0 &&
		    tag_attr(s + i, tlen, "content", &val, &vlen) &&
		    charset_param(val, vlen, out, outsz))
			return true;
		i += tlen;
	}
	return false;
}

/* The charset libxml2 should use for a label, as the HTML standard maps
 * labels: "iso-8859-1" and "us-ascii" mean windows-1252, the UTF-16
 * labels without a BOM mean UTF-8. NULL for UTF-8. */
static const char *
charset_canonical(const char *label)
{
	static const char *const cp1252[] = {
		"ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1",
		"ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591",
		"iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii",
		"windows-1252", "x-cp1252"
	};
	static const char *const utf8[] = {
		"unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8",
		"utf8", "x-unicode20utf8", "utf-16", "utf-16le", "utf-16be",
		"unicode", "ucs-2", "csunicode", "iso-10646-ucs-2"
	};
	size_t	 i;

	for (i = 0; i < sizeof utf8 / sizeof utf8[0]; i++) {
		if (strcmp(label, utf8[i]) == 0)
			return NULL;
	}
	for (i = 0; i < sizeof cp1252 / sizeof cp1252[0]; i++) {
		if (strcmp(label, cp1252[i]) == 0)
			return "windows-1252";
	}
	return label;
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

/* The URL of a page saved by a browser: "<!-- saved from
 * url=(0042)https://... -->" near the start. */
static char *
saved_from(const char *s, size_t len)
{
	const char	*p, *u, *e;
	size_t		 n = 0, ulen;

	if (len > PRESCAN_BYTES)
		len = PRESCAN_BYTES;
	if ((p = ascii_find_ci(s, len, "<!-- saved from url=(")) == NULL)
		return NULL;
	p += 21;
	e = s + len;
	while (p < e && *p >= '0' && *p <= '9')
		n = n * 10 + (size_t)(*p++ - '0');
	if (p >= e || *p != ')')
		return NULL;
	u = ++p;
	while (p < e && !ascii_is_space((unsigned char)*p) &&
	    !(e - p >= 3 && memcmp(p, "-->", 3) == 0))
		p++;
	ulen = (size_t)(p - u);
	if (n > 0 && n < ulen)
		ulen = n;
	if (ulen == 0)
		return NULL;
	return xstrndup(u, ulen);
}

/* Copy a URL from an attribute, trimmed; NULL when empty. */
static char *
url_copy(const char *s)
{
	size_t	 len;

	if (s == NULL)
		return NULL;
	while (ascii_is_space((unsigned char)*s))
		s++;
	len = strlen(s);
	while (len > 0 && ascii_is_space((unsigned char)s[len - 1]))
		len--;
	return len > 0 ? xstrndup(s, len) : NULL;
}

/* Find the page's own URL in the head: <base href>, <link rel=canonical>,
 * <meta property=og:url>. */
static void
head_urls(xmlDoc *doc, char **base, char **canonical, char **ogurl)
{
	xmlNode		*root = xmlDocGetRootElement(doc), *n;
	const char	*v;

	*base = *canonical = *ogurl = NULL;
	if (root == NULL)
		return;
	for (n = root->children; n != NULL; n = n->next) {
		if (n->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)n->name, "head") == 0)
			break;
	}
	if (n == NULL)
		return;
	for (n = n->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (*base == NULL && strcmp((const char *)n->name, "base") == 0)
			*base = url_copy(html_attr(n, "href"));
		else if (*canonical == NULL &&
		    strcmp((const char *)n->name, "link") == 0 &&
		    ascii_has_token(html_attr(n, "rel"), "canonical"))
			*canonical = url_copy(html_attr(n, "href"));
		else if (*ogurl == NULL &&
		    strcmp((const char *)n->name, "meta") == 0 &&
		    (v = html_attr(n, "property")) != NULL &&
		    strcmp(v, "og:url") == 0)
			*ogurl = url_copy(html_attr(n, "content"));
	}
}

/* Is data valid UTF-8? Found once, kept in *memo (-1: not yet known). */
static bool
valid(const char *data, size_t len, int *memo)
{
	if (*memo < 0)
		*memo = utf8_valid(data, len, NULL);
	return *memo != 0;
}

static bool
ascii_only(const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++) {
		if ((unsigned char)s[i] >= 0x80)
			return false;
	}
	return true;
}

/* libxml2 reports charset conversion errors through its global error
 * handlers, even with HTML_PARSE_NOERROR: catch them. */
static void
quiet_error(void *ctx, xmlErrorPtr e)
{
	bool	*converr = ctx;

	if (e != NULL && (e->domain == XML_FROM_I18N ||
	    (e->domain == XML_FROM_IO && e->code == XML_IO_ENCODER)))
		*converr = true;
}

static void
quiet_generic(void *ctx, const char *fmt, ...)
{
	(void)ctx;
	(void)fmt;
}

/*
 * The tree's memory.
 *
 * A tree is a great many small allocations (120 bytes of node for each
 * element and each run of text, a string for each text) that all live
 * exactly as long as the tree. While a page is parsed, libxml2 takes them
 * from chunks of growing size, one after the other; freeing one is
 * nothing, and the chunks go all at once when the tree is freed. That
 * saves the bookkeeping malloc() does for each, in time and in memory.
 *
 * The allocator is libxml2's for the whole process (xmlMemSetup): outside
 * a parse, and for what is no arena's, it is malloc(), realloc() and
 * free(), so that memory libxml2 took before it was set, or takes outside
 * a parse, is handled as before. libxml2 is used from one thread.
 */

/* The first chunks are small enough for malloc() to take them from its
 * heap rather than map them: once the tree is freed, what follows (the
 * doc, the names) uses the same memory again, which costs no new page.
 * A larger tree gets chunks that double up to CHUNK_MAX. */
#define CHUNK_SMALL	((size_t)96 << 10)
#define CHUNKS_SMALL	32
#define CHUNK_MAX	((size_t)32 << 20)
#define CHUNKS_MAX	64
/* A block larger than this is malloc()'s. */
#define BLOCK_MAX	(CHUNK_MAX / 4)
/* Blocks are aligned for any of libxml2's structures. */
#define ARENA_ALIGN	(sizeof(void *) > sizeof(double) ? sizeof(void *) : \
			    sizeof(double))

/*
 * The parser frees some blocks while it runs: the buffer each attribute's
 * value is read into (100 bytes, grown to 200 at its first character,
 * freed once the attribute is in the tree), the copy of the name of the
 * element being read (made again at each start and end tag). Such a block
 * is given again to one of its size, or up to twice smaller, asked for
 * next, when its size is known: the arena remembers the size of the last
 * RECENT small blocks it handed out, by their address, and a block freed
 * soon after it was taken is found there. The tree of a page of 50 MB
 * takes 25 MB less.
 */
#define REUSE_MAX	512		/* larger blocks are not reused */
#define CLASSES		(REUSE_MAX / ARENA_ALIGN)	/* at most 64 */
#define RECENT		256		/* a power of two */

struct recent {
	void		*p;
	size_t		 n;		/* its size, rounded */
};

struct arena {
	xmlDoc		*tree;			/* what it holds, once parsed */
	char		*chunk[CHUNKS_MAX];
	size_t		 used[CHUNKS_MAX];	/* bytes handed out */
	size_t		 size[CHUNKS_MAX];
	size_t		 nchunks;
	char		*last;			/* the last block handed out */
	size_t		 outside;		/* blocks it could not hold,
						   taken from malloc() */
	void		*freed[CLASSES];	/* free blocks by size (8,
						   16, ...), each holding the
						   next */
	uint64_t	 have;			/* bit k: freed[k] holds
						   some */
	struct recent	 recent[RECENT];
};

static struct arena	**arenas;	/* those whose tree is alive */
static size_t		  narenas;
static struct arena	 *filling;	/* the one a parse allocates from */

/* The arena holding p, and which chunk, or NULL. */
static struct arena *
arena_of(const void *p, size_t *chunk)
{
	const char	*c = p;
	size_t		 i, k;

	for (i = narenas; i-- > 0; ) {
		struct arena *a = arenas[i];

		for (k = a->nchunks; k-- > 0; ) {
			if (c >= a->chunk[k] && c < a->chunk[k] + a->size[k]) {
				*chunk = k;
				return a;
			}
		}
	}
	return NULL;
}

/* Where block p is remembered among the recent ones. */
static struct recent *
recent_slot(struct arena *a, const void *p)
{
	uintptr_t	 u = (uintptr_t)p / ARENA_ALIGN;

	return &a->recent[(u ^ u >> 8) & (RECENT - 1)];
}

/* The size of block p when the filling arena handed it out lately, and
 * forget it; 0 when not known. */
static size_t
recent_take(const void *p)
{
	struct recent	*r;
	size_t		 n;

	if (filling == NULL || p == NULL)
		return 0;
	r = recent_slot(filling, p);
	if (r->p != p)
		return 0;
	n = r->n;
	r->p = NULL;
	return n;
}

/* A new block of n bytes (rounded) from the arena's chunks; NULL when
 * none can be had. */
static void *
bump(struct arena *a, size_t n)
{
	size_t		 k, sz;
	char		*p;

	k = a->nchunks - 1;
	if (a->nchunks == 0 || a->size[k] - a->used[k] < n) {
		if (a->nchunks == CHUNKS_MAX)
			return NULL;
		if (a->nchunks < CHUNKS_SMALL)
			sz = CHUNK_SMALL;
		else if ((sz = a->size[k] * 2) > CHUNK_MAX)
			sz = CHUNK_MAX;
		if (n > sz / 4) {
			/* A large block gets a chunk of its own, put
			 * before the one being filled. */
			if ((p = malloc(n)) == NULL)
				return NULL;
			k = a->nchunks++;
			if (k > 0) {
				a->chunk[k] = a->chunk[k - 1];
				a->size[k] = a->size[k - 1];
				a->used[k] = a->used[k - 1];
				k--;
			}
			a->chunk[k] = p;
			a->size[k] = a->used[k] = n;
			return p;
		}
		if ((p = malloc(sz)) == NULL)
			return NULL;
		k = a->nchunks++;
		a->chunk[k] = p;
		a->size[k] = sz;
		a->used[k] = 0;
	}
	p = a->chunk[k] + a->used[k];
	a->used[k] += n;
	a->last = p;
	return p;
}

/* A freed block for n bytes (rounded), of at most twice that: NULL when
 * there is none, else the block, *n set to its size. */
static void *
reuse(struct arena *a, size_t *n)
{
	size_t		 k = *n / ARENA_ALIGN - 1, hi = 2 * *n / ARENA_ALIGN - 1;
	uint64_t	 m;
	void		*p;

	if (hi >= CLASSES)
		hi = CLASSES - 1;
	m = a->have >> k;
	if (hi - k < 63)
		m &= ((uint64_t)2 << (hi - k)) - 1;
	if (m == 0)
		return NULL;
	while (!(m & 1)) {
		m >>= 1;
		k++;
	}
	p = a->freed[k];
	memcpy(&a->freed[k], p, sizeof p);
	if (a->freed[k] == NULL)
		a->have &= ~((uint64_t)1 << k);
	*n = (k + 1) * ARENA_ALIGN;
	return p;
}

static void *
tree_malloc(size_t size)
{
	struct arena	*a = filling;
	size_t		 n = (size + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1);
	size_t		 k;
	struct recent	*r;
	void		*p;

	if (a == NULL)
		return malloc(size);
	if (n < size || n == 0 || n > BLOCK_MAX)
		goto outside;
	/* A small block: one freed of its size or up to twice that, else
	 * a new one; either way remembered, should it be freed soon. */
	if (n <= REUSE_MAX && (a->have >> (n / ARENA_ALIGN - 1)) != 0 &&
	    (p = reuse(a, &n)) != NULL)
		goto small;
	/* A new block, from the chunk being filled when it has room. */
	k = a->nchunks - 1;
	if (a->nchunks > 0 && a->size[k] - a->used[k] >= n) {
		p = a->chunk[k] + a->used[k];
		a->used[k] += n;
		a->last = p;
	} else if ((p = bump(a, n)) == NULL)
		goto outside;
	if (n > REUSE_MAX)
		return p;
small:
	r = recent_slot(a, p);
	r->p = p;
	r->n = n;
	return p;
outside:
	a->outside++;
	return malloc(size);
}

/* Keep block p of n bytes for a block of its size asked for later. */
static void
tree_keep(void *p, size_t n)
{
	size_t	 k = n / ARENA_ALIGN - 1;
	void	**f = &filling->freed[k];

	memcpy(p, f, sizeof *f);
	*f = p;
	filling->have |= (uint64_t)1 << k;
}

static void
tree_free(void *p)
{
	size_t	 k, n;

	if ((n = recent_take(p)) != 0)
		tree_keep(p, n);
	else if (p != NULL && arena_of(p, &k) == NULL)
		free(p);
}

static void *
tree_realloc(void *p, size_t size)
{
	struct arena	*a = filling;
	struct recent	*r;
	size_t		 k, n, have;
	char		*q;

	if (p == NULL)
		return tree_malloc(size);
	n = (size + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1);
	/* The last block grows where it is. */
	if (a != NULL && p == a->last && n >= size && n <= BLOCK_MAX &&
	    n <= a->size[a->nchunks - 1] - (size_t)(a->last -
	    a->chunk[a->nchunks - 1])) {
		k = a->nchunks - 1;
		a->used[k] = (size_t)(a->last - a->chunk[k]) + n;
		if ((r = recent_slot(a, p))->p == p) {
			if (n <= REUSE_MAX)
				r->n = n;
			else
				r->p = NULL;
		}
		return p;
	}
	if ((have = recent_take(p)) != 0) {
		/* A recent block: its size is known, and it is kept for
		 * another once its bytes are moved. */
		if (n >= size && n <= have) {
			r = recent_slot(a, p);
			r->p = p;
			r->n = have;
			return p;
		}
		if ((q = tree_malloc(size)) == NULL)
			return NULL;
		memcpy(q, p, have < size ? have : size);
		tree_keep(p, have);
		return q;
	}
	if ((a = arena_of(p, &k)) == NULL)
		return realloc(p, size);
	/* The block's size is not kept: copy what may be it, no further
	 * than what its chunk had handed out. */
	have = a->used[k] - (size_t)((char *)p - a->chunk[k]);
	if ((q = tree_malloc(size)) == NULL)
		return NULL;
	/* What may be it runs past its end, maybe over a freed block
	 * given now as q: the copy may overlap. */
	memmove(q, p, have < size ? have : size);
	return q;
}

static char *
tree_strdup(const char *s)
{
	size_t	 n = strlen(s) + 1;
	char	*p = tree_malloc(n);

	if (p != NULL)
		memcpy(p, s, n);
	return p;
}

/* Start an arena for the tree parsed next. */
static void
arena_begin(void)
{
	static bool	 set;

	if (!set) {
		xmlMemSetup(tree_free, tree_malloc, tree_realloc, tree_strdup);
		set = true;
	}
	/* What libxml2 keeps for the process is not taken from it. */
	xmlInitParser();
	arenas = xreallocarray(arenas, narenas + 1, sizeof *arenas);
	filling = arenas[narenas++] = xcalloc(1, sizeof *filling);
}

static void
arena_drop(size_t i)
{
	struct arena	*a = arenas[i];
	size_t		 k;

	for (k = 0; k < a->nchunks; k++)
		free(a->chunk[k]);
	free(a);
	arenas[i] = arenas[--narenas];
	if (narenas == 0) {
		free(arenas);
		arenas = NULL;
	}
}

/* The parse is over: the arena holds tree, or nothing when it is NULL. */
static void
arena_end(xmlDoc *tree)
{
	size_t	 i;

	/* The last error's copy, in the arena, must not outlive it. */
	xmlResetLastError();
	filling->tree = tree;
	for (i = 0; tree == NULL && i < narenas; i++) {
		if (arenas[i] == filling) {
			arena_drop(i);
			break;
		}
	}
	filling = NULL;
}

/* Free the attributes of the elements under n, which libxml2 does not
 * know of (see add_attrs()). */
static void
free_attrs(xmlNode *n)
{
	while (n != NULL) {
		if (n->type == XML_ELEMENT_NODE && n->psvi != NULL) {
			xmlFree(n->psvi);
			n->psvi = NULL;
		}
		if (n->children != NULL && n->type == XML_ELEMENT_NODE) {
			n = n->children;
			continue;
		}
		while (n != NULL && n->next == NULL)
			n = n->parent;
		if (n != NULL)
			n = n->next;
	}
}

/* Free a tree, and the arena it was parsed into. */
static void
tree_free_doc(xmlDoc *tree)
{
	size_t	 i;

	if (tree == NULL)
		return;
	for (i = 0; i < narenas; i++) {
		if (arenas[i]->tree == tree)
			break;
	}
	/* A tree all in its arena goes with it, without a walk. One that
	 * holds more, a block from malloc() or a dictionary (whose lock is
	 * not in the arena), is freed by libxml2 first, its blocks in the
	 * arena passed over. */
	if (i == narenas || arenas[i]->outside > 0 || tree->dict != NULL) {
		free_attrs(xmlDocGetRootElement(tree));
		xmlFreeDoc(tree);
	}
	if (i < narenas)
		arena_drop(i);
}

/* The page's bytes, handed to libxml2 a piece at a time. */
struct reader {
	const char	*data;
	size_t		 len, pos;
};

static int
reader_read(void *ctx, char *buf, int n)
{
	struct reader	*r = ctx;
	size_t		 k = r->len - r->pos;

	if (n <= 0 || k == 0)
		return 0;
	if (k > (size_t)n)
		k = (size_t)n;
	memcpy(buf, r->data + r->pos, k);
	r->pos += k;
	return (int)k;
}

static int
reader_close(void *ctx)
{
	(void)ctx;
	return 0;
}

/* libxml2's own handler for the text of script and style elements. */
static cdataBlockSAXFunc keep_cdata;

/* The text of a script or style: only JSON-LD metadata is kept, the rest
 * would only swell the tree. */
static void
cdata_block(void *ctx, const xmlChar *value, int len)
{
	xmlParserCtxtPtr	 ctxt = ctx;
	xmlNode			*n = ctxt != NULL ? ctxt->node : NULL;
	const char		*type;
	bool			 keep = true;

	if (n != NULL && n->name != NULL) {
		if (xmlStrcasecmp(n->name, BAD_CAST "style") == 0)
			keep = false;
		else if (xmlStrcasecmp(n->name, BAD_CAST "script") == 0) {
			type = html_attr(n, "type");
			keep = type != NULL && xmlStrcasestr(BAD_CAST type,
			    BAD_CAST "json") != NULL;
		}
	}
	if (keep && keep_cdata != NULL)
		keep_cdata(ctx, value, len);
}

/*
 * Attributes. libxml2 gives each attribute an xmlAttr of 96 bytes, a copy
 * of its name and a text node (120 bytes) for its value, and an "id" an
 * entry in the document's table of IDs. folio reads a few attributes,
 * through html_attr() and html_attr_next(): the tree keeps only those, all
 * of an element's in one block its psvi points to, each as its name and
 * its value, both ending in a NUL, after the last an empty name. The tree
 * of a page of 50 MB takes 50 MB less; the pages of the corpus, with more
 * attributes than text, a third less.
 */

/* Whether folio reads an attribute of this name (in lower case, as the
 * parser gives them), anywhere. */
static bool
attr_read(const char *name)
{
	static const char *const names[] = {
		"aria-hidden", "class", "content", "datetime", "hidden",
		"href", "http-equiv", "id", "itemprop", "lang", "name",
		"property", "rel", "role", "start", "style", "title", "type",
		"value", "xml:lang"
	};
	size_t	 i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (name[0] == names[i][0] && strcmp(name, names[i]) == 0)
			return true;
	}
	return false;
}

/* Give element n the attributes of atts (name and value pairs, as the
 * parser gives them) that folio reads. */
static void
add_attrs(xmlNode *n, const xmlChar **atts)
{
	const char	*name, *value;
	char		*packed, *p;
	size_t		 i, len = 1;

	for (i = 0; atts[i] != NULL; i += 2) {
		name = (const char *)atts[i];
		value = (const char *)atts[i + 1];
		if (attr_read(name))
			len += strlen(name) + 1 +
			    (value != NULL ? strlen(value) : strlen(name)) + 1;
	}
	if (len == 1 || (packed = xmlMalloc(len)) == NULL)
		return;
	p = packed;
	for (i = 0; atts[i] != NULL; i += 2) {
		name = (const char *)atts[i];
		value = (const char *)atts[i + 1];
		if (!attr_read(name))
			continue;
		/* "<option selected>" reads as selected="selected"; any
		 * other attribute without a value as "". */
		if (value == NULL)
			value = htmlIsBooleanAttr(atts[i]) ? name : "";
		p = stpcpy(p, name) + 1;
		p = stpcpy(p, value) + 1;
	}
	*p = '\0';
	n->psvi = packed;
}

/* A start tag deeper than HTML_MAX_DEPTH ends the parse: what was read is
 * kept, and the page says so. Without a bound, each level costs time and
 * memory, and a page of nothing but start tags would take minutes. */
static startElementSAXFunc	 keep_start;
static endElementSAXFunc	 keep_end;
static bool			 too_deep;

/*
 * White space between blocks. A page's markup is laid out on lines, and
 * each line break between two blocks (</p>\n<p>) is a text node of 120
 * bytes for a byte or a few: a quarter of the nodes of a page of
 * paragraphs. White space between two blocks, or before the first block
 * of an element, shows nothing in a browser and is read as nothing by
 * folio: its node is not kept. Inside <pre> and <textarea> every space
 * counts, and white space beside an inline element is a word break, so
 * those stay.
 */
static size_t			 in_pre;	/* open <pre>, <textarea> */

static bool
keeps_space(const xmlChar *name)
{
	enum tag	t = tags_lookup((const char *)name, NULL);

	return t == TAG_PRE || t == TAG_TEXTAREA;
}

static bool
is_block(const xmlNode *n)
{
	unsigned	props;

	if (n->type != XML_ELEMENT_NODE)
		return false;
	(void)tags_lookup((const char *)n->name, &props);
	return (props & TAG_IS_BLOCK) != 0;
}

/* Drop the text node before block n when it is white space alone after
 * another block or at the start of n's parent. */
static void
drop_space_before(xmlNode *n)
{
	xmlNode		*w = n->prev;
	const xmlChar	*p;

	if (in_pre > 0 || w == NULL || w->type != XML_TEXT_NODE ||
	    w->content == NULL || (w->prev != NULL && !is_block(w->prev)) ||
	    !is_block(n))
		return;
	for (p = w->content; *p != '\0'; p++)
		if (!ascii_is_space(*p))
			return;
	xmlUnlinkNode(w);
	xmlFreeNode(w);
}

static void
end_element(void *ctx, const xmlChar *name)
{
	if (in_pre > 0 && keeps_space(name))
		in_pre--;
	if (keep_end != NULL)
		keep_end(ctx, name);
}

static void
start_element(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	htmlParserCtxtPtr	 ctxt = ctx;
	xmlNode			*parent, *n;

	if (ctxt == NULL || keep_start == NULL)
		return;
	if (ctxt->nameNr >= HTML_MAX_DEPTH) {
		too_deep = true;
		xmlStopParser(ctxt);
		return;
	}
	/* The element without its attributes, then those folio reads. */
	parent = ctxt->node;
	keep_start(ctx, name, NULL);
	n = ctxt->node;
	if (n == NULL || n == parent || n->type != XML_ELEMENT_NODE)
		return;
	if (atts != NULL)
		add_attrs(n, atts);
	if (n->parent == parent && parent != NULL)
		drop_space_before(n);
	if (keeps_space(name))
		in_pre++;
}

static xmlDoc *
parse_quietly(const char *data, size_t len, const char *enc, bool *converr)
{
	xmlStructuredErrorFunc	 oldstruct = xmlStructuredError;
	void			*oldsctx = xmlStructuredErrorContext;
	xmlGenericErrorFunc	 oldgen = xmlGenericError;
	void			*oldgctx = xmlGenericErrorContext;
	xmlDoc			*doc;

	struct reader		 r = { data, len, 0 };
	htmlParserCtxtPtr	 ctxt;

	*converr = false;
	xmlSetStructuredErrorFunc(converr, quiet_error);
	xmlSetGenericErrorFunc(NULL, quiet_generic);
	/* Read through callbacks rather than htmlReadMemory(), which
	 * copies the whole page (and its conversion) before parsing: this
	 * way libxml2 holds only a window of it. Scripts and styles are
	 * not kept, but for JSON-LD. */
	doc = NULL;
	if ((ctxt = htmlNewParserCtxt()) != NULL) {
		if (ctxt->sax != NULL) {
			keep_cdata = ctxt->sax->cdataBlock;
			ctxt->sax->cdataBlock = cdata_block;
			keep_start = ctxt->sax->startElement;
			ctxt->sax->startElement = start_element;
			keep_end = ctxt->sax->endElement;
			ctxt->sax->endElement = end_element;
		}
		too_deep = false;
		in_pre = 0;
		doc = htmlCtxtReadIO(ctxt, reader_read, reader_close, &r, NULL,
		    enc, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
		    HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
		    HTML_PARSE_COMPACT | XML_PARSE_HUGE);
		htmlFreeParserCtxt(ctxt);
	}
	xmlSetStructuredErrorFunc(oldsctx, oldstruct);
	xmlSetGenericErrorFunc(oldgctx, oldgen);
	return doc;
}

/* A text with the C1 control characters windows-1252 puts printable
 * characters at, as libxml2 reads "&#146;", turned into those ("don't",
 * not "dont"), as browsers do; NULL when it has none. */
static char *
c1_as_windows1252(const char *s)
{
	const char	*p = s;
	struct buf	 b = BUF_INIT;
	char		 out[4];
	uint32_t	 cp, w;
	size_t		 k;

	while ((p = strchr(p, '\xc2')) != NULL &&
	    !((unsigned char)p[1] >= 0x80 && (unsigned char)p[1] <= 0x9f &&
	    utf8_windows1252((unsigned char)p[1]) != 0))
		p++;
	if (p == NULL)
		return NULL;
	buf_add(&b, s, (size_t)(p - s));
	while (*p != '\0') {
		k = utf8_decode(p, strlen(p), &cp);
		if (k == 0)
			k = 1;
		if ((w = utf8_windows1252(cp)) != 0)
			buf_add(&b, out, utf8_encode(w, out));
		else
			buf_add(&b, p, k);
		p += k;
	}
	return buf_finish(&b, NULL);
}

/* Every text of the tree through c1_as_windows1252(), walked without
 * recursion, as elements may nest thousands deep. */
static void
fix_c1(xmlNode *n)
{
	char	*fixed;

	while (n != NULL) {
		if ((n->type == XML_TEXT_NODE ||
		    n->type == XML_CDATA_SECTION_NODE) && n->content != NULL &&
		    (fixed = c1_as_windows1252((const char *)n->content)) !=
		    NULL) {
			xmlNodeSetContent(n, BAD_CAST fixed);
			free(fixed);
		}
		if (n->type == XML_ELEMENT_NODE && n->children != NULL) {
			n = n->children;
			continue;
		}
		while (n != NULL && n->next == NULL)
			n = n->parent != NULL && n->parent->type ==
			    XML_ELEMENT_NODE ? n->parent : NULL;
		if (n != NULL)
			n = n->next;
	}
}

/* Forget a URL with a scheme folio never follows. */
static void
drop_refused(char **url)
{
	if (*url != NULL && url_kind(*url, NULL) == URL_REFUSED) {
		free(*url);
		*url = NULL;
	}
}

struct html *
html_parse(const char *data, size_t len, const char *content_type,
    const char *from_url)
{
	struct html	*h = xcalloc(1, sizeof *h);
	const char	*enc = NULL;
	char		 label[64], *clean = NULL, *nonul = NULL, *docurl;
	char		*base, *canonical, *ogurl;
	size_t		 cleanlen;
	bool		 declared = false, converr = false;
	int		 isvalid = -1;

	if (data == NULL)
		len = 0;
	if (len > (size_t)0x7fffffff)
		len = 0x7fffffff;	/* htmlReadMemory takes an int */

	/* The charset: BOM, then the HTTP header, then <meta>. libxml2
	 * obeys a <meta> over a BOM, reads "iso-8859-1" as Latin-1 where
	 * pages mean windows-1252, and after one invalid byte reads the
	 * rest of a UTF-8 page as Latin-1: so decide here and tell it. */
	label[0] = '\0';
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
		data += 3;
		len -= 3;
		declared = true;
	} else if (len >= 2 && (unsigned char)data[0] == 0xff &&
	    (unsigned char)data[1] == 0xfe) {
		data += 2;
		len -= 2;
		enc = "UTF-16LE";
		declared = true;
	} else if (len >= 2 && (unsigned char)data[0] == 0xfe &&
	    (unsigned char)data[1] == 0xff) {
		data += 2;
		len -= 2;
		enc = "UTF-16BE";
		declared = true;
	} else if (content_type != NULL && charset_param(content_type,
	    strlen(content_type), label, sizeof label)) {
		declared = true;
		enc = charset_canonical(label);
	} else if (meta_charset(data, len < PRESCAN_BYTES ? len :
	    PRESCAN_BYTES, label, sizeof label)) {
		declared = true;
		enc = charset_canonical(label);
		/* A page saved again as UTF-8 keeps its old <meta>: text
		 * that is valid UTF-8 beyond ASCII is UTF-8. */
		if (enc != NULL && !ascii_only(data, len) &&
		    valid(data, len, &isvalid))
			enc = NULL;
	}
	if (enc == NULL && len > 0 && !valid(data, len, &isvalid)) {
		/* Not UTF-8: a late <meta> may still say what it is. */
		if (!declared && meta_charset(data, len < PRESCAN_LATE_BYTES ?
		    len : PRESCAN_LATE_BYTES, label, sizeof label))
			enc = charset_canonical(label);
		if (enc == NULL) {
			clean = utf8_clean(data, len, UTF8_CLEAN_RAW,
			    &cleanlen);
			data = clean;
			len = cleanlen;
			/* For h->charset: what the bytes were read as. */
			if (!declared)
				enc = "windows-1252";
		}
	}
	if (enc != NULL && clean == NULL && !charset_supported(enc)) {
		/* An unknown charset: read it as UTF-8 with the fallback. */
		if (!valid(data, len, &isvalid)) {
			clean = utf8_clean(data, len, UTF8_CLEAN_RAW,
			    &cleanlen);
			data = clean;
			len = cleanlen;
		}
		enc = NULL;
	}
	if (len > 0 && (enc == NULL || strncasecmp(enc, "UTF-16", 6) != 0) &&
	    memchr(data, '\0', len) != NULL) {
		/* NUL bytes: libxml2 would end the text at one. Browsers
		 * drop them from the text; so does folio. */
		size_t	 i, n = 0;

		nonul = xmalloc(len + 1);
		for (i = 0; i < len; i++) {
			if (data[i] != '\0')
				nonul[n++] = data[i];
		}
		nonul[n] = '\0';
		data = nonul;
		len = n;
	}
	arena_begin();
	h->tree = parse_quietly(data, len, clean != NULL || enc == NULL ?
	    "UTF-8" : enc, &converr);
	if (converr && enc != NULL && clean == NULL) {
		/* The bytes are not in the charset the page names: read
		 * them as UTF-8, each invalid byte as windows-1252. */
		arena_end(h->tree);
		tree_free_doc(h->tree);
		arena_begin();
		clean = utf8_clean(data, len, UTF8_CLEAN_RAW, &cleanlen);
		data = clean;
		len = cleanlen;
		enc = NULL;
		h->tree = parse_quietly(data, len, "UTF-8", &converr);
	}
	h->charset = xstrdup(enc != NULL ? enc : "UTF-8");
	h->too_deep = too_deep;
	if (h->tree != NULL)
		fix_c1(xmlDocGetRootElement(h->tree));
	if (h->tree == NULL) {
		/* Only when memory runs out or the input is empty: give an
		 * empty document. */
		h->tree = htmlNewDocNoDtD(NULL, NULL);
		if (h->tree == NULL)
			die("out of memory (parsing HTML)");
	}
	arena_end(h->tree);

	/* The page's own URL; one that folio would never follow
	 * (javascript:, data:, ...) is no base for its links. */
	head_urls(h->tree, &base, &canonical, &ogurl);
	drop_refused(&base);
	drop_refused(&canonical);
	drop_refused(&ogurl);
	if (canonical != NULL)
		docurl = canonical, canonical = NULL;
	else if (ogurl != NULL)
		docurl = ogurl, ogurl = NULL;
	else {
		docurl = saved_from(data, len);
		drop_refused(&docurl);
		if (docurl == NULL && from_url != NULL)
			docurl = xstrdup(from_url);
	}
	if (docurl != NULL && url_scheme_len(docurl) == 0 && from_url != NULL) {
		/* A relative canonical URL is relative to the page. */
		char *abs = url_resolve(from_url, docurl);

		free(docurl);
		docurl = abs;
	}
	/* The page's address for others: only an absolute one. */
	if (docurl != NULL && url_scheme_len(docurl) > 0)
		h->canonical = xstrdup(docurl);
	/* The base for links: a page fetched from the web is where it
	 * came from, whatever address it gives itself; a saved page is
	 * where it says it was. <base href> is relative to that. */
	if (from_url != NULL && url_is_web(from_url)) {
		free(docurl);
		docurl = xstrdup(from_url);
	}
	if (base != NULL) {
		h->url = url_resolve(docurl, base);
		free(docurl);
	} else
		h->url = docurl;
	free(base);
	free(canonical);
	free(ogurl);
	free(clean);
	free(nonul);
	return h;
}

void
html_free(struct html *h)
{
	if (h == NULL)
		return;
	tree_free_doc(h->tree);
	free(h->url);
	free(h->canonical);
	free(h->charset);
	free(h);
}

/* The value of attribute a of a tree libxml2 built. */
static const char *
attr_value(const xmlAttr *a)
{
	if (a->children != NULL && a->children->type == XML_TEXT_NODE &&
	    a->children->content != NULL)
		return (const char *)a->children->content;
	return "";
}

const char *
html_attr(const struct _xmlNode *n, const char *name)
{
	const char	*an, *value;
	const void	*it = NULL;

	while ((an = html_attr_next(n, &it, &value)) != NULL) {
		if (an[0] == name[0] && strcmp(an, name) == 0)
			return value;
	}
	return NULL;
}

const char *
html_attr_next(const struct _xmlNode *n, const void **it, const char **value)
{
	const char	*p;
	const xmlAttr	*a;

	if (n == NULL || n->type != XML_ELEMENT_NODE)
		return NULL;
	if (n->psvi != NULL) {
		p = *it != NULL ? *it : n->psvi;
		if (*p == '\0')
			return NULL;
		*value = p + strlen(p) + 1;
		*it = *value + strlen(*value) + 1;
		return p;
	}
	a = *it != NULL ? ((const xmlAttr *)*it)->next : n->properties;
	if (a == NULL)
		return NULL;
	*it = a;
	*value = attr_value(a);
	return (const char *)a->name;
}

void
html_cleanup(void)
{
	xmlCleanupParser();
}
