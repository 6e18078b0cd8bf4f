/* html.c: bytes -> a tree of the page, libxml2's HTML parser reading
 * them. */
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

#include "arena.h"
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
head_urls(const struct html *h, char **base, char **canonical, char **ogurl)
{
	const struct hnode	*root = html_root(h), *n;
	const char		*v;

	*base = *canonical = *ogurl = NULL;
	if (root == NULL)
		return;
	for (n = hnode_first(root); n != NULL; n = hnode_next(n)) {
		if (n->type == HNODE_ELEMENT && n->tag == TAG_HEAD)
			break;
	}
	if (n == NULL)
		return;
	for (n = hnode_first(n); n != NULL; n = hnode_next(n)) {
		if (n->type != HNODE_ELEMENT)
			continue;
		if (*base == NULL && n->tag == TAG_OTHER &&
		    strcmp(hnode_name(n), "base") == 0)
			*base = url_copy(html_attr(n, "href"));
		else if (*canonical == NULL && n->tag == TAG_LINK &&
		    ascii_has_token(html_attr(n, "rel"), "canonical"))
			*canonical = url_copy(html_attr(n, "href"));
		else if (*ogurl == NULL && n->tag == TAG_META &&
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

/*
 * The tree.
 *
 * libxml2's parser reports what it reads (SAX): an element starts, with
 * its attributes; text; an element ends, where the page ends it or where
 * HTML implies it. The tree is built from that, as libxml2's own
 * builder (SAX2.c) would build it, node for node, but of nodes of 32
 * bytes (struct hnode) rather than 120, in one array, and of only the
 * attributes folio reads. The page of 1 MB of bench/bigpage takes a
 * third of the memory it took as libxml2's tree.
 *
 * The array grows as nodes come; nodes link each other by how far apart
 * they are, so that it may move while it grows, and is cut to its size
 * at the end. Texts and attributes go one after the other into blocks
 * of growing size (an arena, arena.h), freed all at once with the tree.
 */

/* A tree being built. Node 0 is the document; 0 is also "none" among
 * the links, as no node links to the document but as its parent. */
struct builder {
	struct hnode	*v;
	uint32_t	*last;		/* the last child of each node */
	size_t		 n, cap;
	uint32_t	*open;		/* the open elements, outermost
					   first, as libxml2's builder
					   keeps them (ctxt->node) */
	size_t		 depth, opencap;
	struct arena	*mem;
	uint32_t	 pending;	/* the text node being read, whose
					   text is not yet in mem; or 0 */
	char		*text;		/* its text so far */
	size_t		 textlen, textcap;
	size_t		 ntext;		/* the bytes of the texts so far */
	bool		 doctype;	/* the tree has a doctype node */
	size_t		 in_pre;	/* open <pre>, <textarea> */
	bool		 too_deep;
	bool		 full;		/* no room for another node */
	xmlParserCtxtPtr ctxt;
	internalSubsetSAXFunc keep_subset;
};

/* The most nodes a tree holds: far more than a page of 2 GB makes. */
#define NODES_MAX	((size_t)INT32_MAX / 2)

/* A new node of the given type, the last child of node parent: its
 * index, or 0 when the tree is full. */
static uint32_t
node_new(struct builder *b, enum hnode_type type, uint32_t parent)
{
	struct hnode	*n;
	uint32_t	 k, l;

	if (b->n == NODES_MAX) {
		if (!b->full)
			xmlStopParser(b->ctxt);
		b->full = true;
		return 0;
	}
	if (b->n == b->cap) {
		b->cap = b->cap < 64 ? 64 : b->cap * 2;
		if (b->cap > NODES_MAX)
			b->cap = NODES_MAX;
		b->v = xreallocarray(b->v, b->cap, sizeof *b->v);
		b->last = xreallocarray(b->last, b->cap, sizeof *b->last);
	}
	k = (uint32_t)b->n++;
	n = &b->v[k];
	memset(n, 0, sizeof *n);
	n->type = (uint8_t)type;
	b->last[k] = 0;
	if (k == 0)
		return k;
	n->parent = (int32_t)parent - (int32_t)k;
	if ((l = b->last[parent]) != 0) {
		b->v[l].next = (int32_t)k - (int32_t)l;
		n->prev = (int32_t)l - (int32_t)k;
	} else
		b->v[parent].first = (int32_t)k - (int32_t)parent;
	b->last[parent] = k;
	return k;
}

/* Forget node w, the last child of its parent p, and all it holds. */
static void
node_drop(struct builder *b, uint32_t w, uint32_t p)
{
	uint32_t	 l = 0;

	if (b->v[w].prev != 0) {
		l = (uint32_t)((int32_t)w + b->v[w].prev);
		b->v[l].next = 0;
	} else
		b->v[p].first = 0;
	b->last[p] = l;
	if (b->pending == w) {
		b->pending = 0;
		b->textlen = 0;
	}
	if (w == b->n - 1)
		b->n--;
}

/* The text of the pending text node goes into the tree's memory. */
static void
text_flush(struct builder *b)
{
	char		*fixed, *p;
	const char	*t;
	size_t		 len;

	if (b->pending == 0)
		return;
	b->text[b->textlen] = '\0';
	if ((fixed = c1_as_windows1252(b->text)) != NULL) {
		t = fixed;
		len = strlen(fixed);
	} else {
		t = b->text;
		len = b->textlen;
	}
	p = arena_alloc(b->mem, len + 1);
	memcpy(p, t, len + 1);
	b->ntext += len;
	free(fixed);
	b->v[b->pending].data = p;
	b->pending = 0;
	b->textlen = 0;
}

static void
text_add(struct builder *b, const char *s, size_t len)
{
	if (b->textcap - b->textlen <= len) {
		while (b->textcap - b->textlen <= len)
			b->textcap = b->textcap < 256 ? 256 : b->textcap * 2;
		b->text = xreallocarray(b->text, b->textcap, 1);
	}
	memcpy(b->text + b->textlen, s, len);
	b->textlen += len;
}

/* Close the elements libxml2 closed without saying so: it may end an
 * element whose start tag has no end (htmlParseElementInternal()). Its
 * stack of names is as deep as the elements it holds open. */
static void
sync_open(struct builder *b, int depth)
{
	while (depth >= 0 && b->depth > (size_t)depth)
		b->depth--;
}

static uint32_t
current(const struct builder *b)
{
	return b->depth > 0 ? b->open[b->depth - 1] : 0;
}

static struct builder *
builder_of(void *ctx)
{
	xmlParserCtxtPtr	 ctxt = ctx;

	return ctxt != NULL ? ctxt->_private : NULL;
}

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

/*
 * An element's data: its name, then the attributes of atts (name and
 * value pairs, as the parser gives them) that folio reads, each as its
 * name and its value, all ending in a NUL, after the last an empty name.
 * libxml2 would give each attribute 96 bytes, a copy of its name and a
 * text node of 120 bytes for its value.
 */
static const char *
element_data(struct builder *b, const char *name, const xmlChar **atts)
{
	const char	*an, *value;
	char		*data, *p;
	size_t		 i, len = strlen(name) + 2;

	for (i = 0; atts != NULL && atts[i] != NULL; i += 2) {
		an = (const char *)atts[i];
		value = (const char *)atts[i + 1];
		if (attr_read(an))
			len += strlen(an) + 1 +
			    (value != NULL ? strlen(value) : strlen(an)) + 1;
	}
	p = data = arena_alloc(b->mem, len);
	p = stpcpy(p, name) + 1;
	for (i = 0; atts != NULL && atts[i] != NULL; i += 2) {
		an = (const char *)atts[i];
		value = (const char *)atts[i + 1];
		if (!attr_read(an))
			continue;
		/* "<option selected>" reads as selected="selected"; any
		 * other attribute without a value as "". */
		if (value == NULL)
			value = htmlIsBooleanAttr(atts[i]) ? an : "";
		p = stpcpy(p, an) + 1;
		p = stpcpy(p, value) + 1;
	}
	*p = '\0';
	return data;
}

/*
 * White space between blocks. A page's markup is laid out on lines, and
 * each line break between two blocks (</p>\n<p>) would be a text node
 * for a byte or a few: a quarter of the nodes of a page of paragraphs.
 * White space between two blocks, or before the first block of an
 * element, shows nothing in a browser and is read as nothing by folio:
 * its node is not kept. Inside <pre> and <textarea> every space counts,
 * and white space beside an inline element is a word break, so those
 * stay.
 */
static bool
keeps_space(enum tag t)
{
	return t == TAG_PRE || t == TAG_TEXTAREA;
}

/* Drop the text node that ends element parent when a block element
 * (props) comes after it, and it is white space alone after another
 * block or at the start of parent. */
static void
drop_space_before(struct builder *b, uint32_t parent, unsigned props)
{
	uint32_t	 w = b->last[parent], l;
	const char	*t;
	size_t		 i, len;

	if (b->in_pre > 0 || w == 0 || b->v[w].type != HNODE_TEXT ||
	    !(props & TAG_IS_BLOCK))
		return;
	if (b->v[w].prev != 0) {
		l = (uint32_t)((int32_t)w + b->v[w].prev);
		if (b->v[l].type != HNODE_ELEMENT ||
		    !(b->v[l].props & TAG_IS_BLOCK))
			return;
	}
	if (w == b->pending) {
		t = b->text;
		len = b->textlen;
	} else {
		t = b->v[w].data;
		len = strlen(t);
	}
	for (i = 0; i < len; i++)
		if (!ascii_is_space((unsigned char)t[i]))
			return;
	node_drop(b, w, parent);
}

/* A start tag deeper than HTML_MAX_DEPTH ends the parse: what was read
 * is kept, and the page says so. Without a bound, each level costs time
 * and memory, and a page of nothing but start tags would take minutes. */
static void
start_element(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	xmlParserCtxtPtr	 ctxt = ctx;
	struct builder		*b = builder_of(ctx);
	struct hnode		*n;
	uint32_t		 parent, k;
	unsigned		 props;
	enum tag		 t;

	if (b == NULL || b->full)
		return;
	if (ctxt->nameNr >= HTML_MAX_DEPTH) {
		b->too_deep = true;
		xmlStopParser(ctxt);
		return;
	}
	sync_open(b, ctxt->nameNr - 1);
	t = tags_lookup((const char *)name, &props);
	if (b->depth > 0) {
		parent = current(b);
		drop_space_before(b, parent, props);
	} else if (b->v[0].first == 0)
		parent = 0;	/* the root */
	else {
		/* Once the root is closed, a start tag at the top goes in
		 * it, unless a doctype or a comment came first. */
		parent = (uint32_t)b->v[0].first;
		if (b->v[parent].type != HNODE_ELEMENT)
			parent = 0;
	}
	if ((k = node_new(b, HNODE_ELEMENT, parent)) == 0)
		return;
	n = &b->v[k];
	n->tag = (uint8_t)t;
	n->props = (uint8_t)props;
	n->data = element_data(b, (const char *)name, atts);
	if (b->depth == b->opencap) {
		b->opencap = b->opencap == 0 ? 64 : b->opencap * 2;
		b->open = xreallocarray(b->open, b->opencap, sizeof *b->open);
	}
	b->open[b->depth++] = k;
	if (keeps_space(t))
		b->in_pre++;
}

static void
end_element(void *ctx, const xmlChar *name)
{
	xmlParserCtxtPtr	 ctxt = ctx;
	struct builder		*b = builder_of(ctx);

	if (b == NULL)
		return;
	if (b->in_pre > 0 && keeps_space(tags_lookup((const char *)name,
	    NULL)))
		b->in_pre--;
	sync_open(b, ctxt->nameNr);
	if (b->depth > 0)
		b->depth--;
}

/* Text in the open element, joined to the text before it. */
static void
add_text(void *ctx, enum hnode_type type, const xmlChar *s, int len)
{
	xmlParserCtxtPtr	 ctxt = ctx;
	struct builder		*b = builder_of(ctx);
	uint32_t		 parent, w;

	if (b == NULL || b->full || len < 0)
		return;
	sync_open(b, ctxt->nameNr);
	if (b->depth == 0)
		return;		/* text outside the root */
	parent = current(b);
	w = b->last[parent];
	if (w == 0 || b->v[w].type != type) {
		text_flush(b);
		if ((w = node_new(b, type, parent)) == 0)
			return;
		b->pending = w;
	} else if (w != b->pending) {
		/* More text for one already kept: a doctype came between
		 * the two. */
		text_flush(b);
		text_add(b, b->v[w].data, strlen(b->v[w].data));
		b->pending = w;
	}
	text_add(b, (const char *)s, (size_t)len);
}

static void
characters(void *ctx, const xmlChar *s, int len)
{
	add_text(ctx, HNODE_TEXT, s, len);
}

/* The text of a script or style: only JSON-LD metadata is kept, the rest
 * would only swell the tree. */
static void
cdata_block(void *ctx, const xmlChar *s, int len)
{
	xmlParserCtxtPtr	 ctxt = ctx;
	struct builder		*b = builder_of(ctx);
	const struct hnode	*n;
	const char		*type;

	if (b == NULL)
		return;
	sync_open(b, ctxt->nameNr);
	if (b->depth == 0)
		return;
	n = &b->v[current(b)];
	if (n->tag == TAG_STYLE)
		return;
	if (n->tag == TAG_SCRIPT && ((type = html_attr(n, "type")) == NULL ||
	    ascii_find_ci(type, strlen(type), "json") == NULL))
		return;
	add_text(ctx, HNODE_CDATA, s, len);
}

/* A comment or a processing instruction: a node for where it is, with
 * its text only inside <title>, where libxml2 read it with the title. */
static void
add_other(void *ctx, const xmlChar *s)
{
	xmlParserCtxtPtr	 ctxt = ctx;
	struct builder		*b = builder_of(ctx);
	uint32_t		 parent, k;
	char			*p;
	size_t			 len;

	if (b == NULL || b->full)
		return;
	sync_open(b, ctxt->nameNr);
	parent = current(b);
	if ((k = node_new(b, HNODE_OTHER, parent)) == 0)
		return;
	if (parent != 0 && b->v[parent].tag == TAG_TITLE && s != NULL) {
		len = strlen((const char *)s);
		p = arena_alloc(b->mem, len + 1);
		memcpy(p, s, len + 1);
		b->v[k].data = p;
	}
}

static void
comment(void *ctx, const xmlChar *value)
{
	add_other(ctx, value);
}

static void
processing_instruction(void *ctx, const xmlChar *target,
    const xmlChar *data)
{
	(void)target;
	add_other(ctx, data);
}

/* A doctype: libxml2 keeps the first (its parser looks at it), and puts
 * it first in the document, before the root. */
static void
internal_subset(void *ctx, const xmlChar *name, const xmlChar *external,
    const xmlChar *system)
{
	struct builder	*b = builder_of(ctx);
	uint32_t	 k, f;

	if (b == NULL)
		return;
	if (b->keep_subset != NULL)
		b->keep_subset(ctx, name, external, system);
	if (b->doctype || b->full)
		return;
	b->doctype = true;
	f = (uint32_t)b->v[0].first;
	if ((k = node_new(b, HNODE_OTHER, 0)) == 0 || f == 0)
		return;
	/* Moved from last to first. */
	b->v[b->v[k].prev + (int32_t)k].next = 0;
	b->last[0] = (uint32_t)((int32_t)k + b->v[k].prev);
	b->v[k].prev = 0;
	b->v[k].next = (int32_t)f - (int32_t)k;
	b->v[f].prev = (int32_t)k - (int32_t)f;
	b->v[0].first = (int32_t)k;
}

/* Parse into h: its tree, its memory and too_deep. */
static void
parse_quietly(struct html *h, const char *data, size_t len, const char *enc,
    bool *converr)
{
	xmlStructuredErrorFunc	 oldstruct = xmlStructuredError;
	void			*oldsctx = xmlStructuredErrorContext;
	xmlGenericErrorFunc	 oldgen = xmlGenericError;
	void			*oldgctx = xmlGenericErrorContext;
	struct buf_reader	 r = { data, len, 0 };
	struct builder		 b;
	htmlParserCtxtPtr	 ctxt;
	xmlDoc			*doc;

	memset(&b, 0, sizeof b);
	b.mem = arena_new();
	(void)node_new(&b, HNODE_DOC, 0);
	*converr = false;
	xmlSetStructuredErrorFunc(converr, quiet_error);
	xmlSetGenericErrorFunc(NULL, quiet_generic);
	/* Read through callbacks rather than htmlReadMemory(), which
	 * copies the whole page (and its conversion) before parsing: this
	 * way libxml2 holds only a window of it. */
	if ((ctxt = htmlNewParserCtxt()) != NULL) {
		if (ctxt->sax != NULL) {
			b.keep_subset = ctxt->sax->internalSubset;
			ctxt->sax->internalSubset = internal_subset;
			ctxt->sax->startElement = start_element;
			ctxt->sax->endElement = end_element;
			ctxt->sax->characters = characters;
			ctxt->sax->cdataBlock = cdata_block;
			ctxt->sax->comment = comment;
			ctxt->sax->processingInstruction =
			    processing_instruction;
		}
		b.ctxt = ctxt;
		ctxt->_private = &b;
		doc = htmlCtxtReadIO(ctxt, buf_reader_read, buf_reader_close,
		    &r, NULL, enc, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
		    HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
		    HTML_PARSE_COMPACT | XML_PARSE_HUGE);
		xmlFreeDoc(doc);
		htmlFreeParserCtxt(ctxt);
	}
	xmlSetStructuredErrorFunc(oldsctx, oldstruct);
	xmlSetGenericErrorFunc(oldgctx, oldgen);
	text_flush(&b);
	free(b.text);
	free(b.open);
	free(b.last);
	h->tree = xreallocarray(b.v, b.n, sizeof *b.v);
	h->nnodes = b.n;
	h->ntext = b.ntext;
	h->mem = b.mem;
	h->too_deep = b.too_deep;
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
	parse_quietly(h, data, len, clean != NULL || enc == NULL ?
	    "UTF-8" : enc, &converr);
	if (converr && enc != NULL && clean == NULL) {
		/* The bytes are not in the charset the page names: read
		 * them as UTF-8, each invalid byte as windows-1252. */
		free(h->tree);
		arena_free(h->mem);
		clean = utf8_clean(data, len, UTF8_CLEAN_RAW, &cleanlen);
		data = clean;
		len = cleanlen;
		enc = NULL;
		parse_quietly(h, data, len, "UTF-8", &converr);
	}
	h->charset = xstrdup(enc != NULL ? enc : "UTF-8");

	/* The page's own URL; one that folio would never follow
	 * (javascript:, data:, ...) is no base for its links. */
	head_urls(h, &base, &canonical, &ogurl);
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
	free(h->tree);
	arena_free(h->mem);
	free(h->url);
	free(h->canonical);
	free(h->charset);
	free(h);
}

struct hnode *
html_root(const struct html *h)
{
	if (h == NULL || h->tree == NULL)
		return NULL;
	return hnode_first_element(h->tree);
}

struct hnode *
hnode_first_element(const struct hnode *n)
{
	struct hnode	*c;

	for (c = hnode_first(n); c != NULL; c = hnode_next(c)) {
		if (c->type == HNODE_ELEMENT)
			return c;
	}
	return NULL;
}

struct hnode *
hnode_last_element(const struct hnode *n)
{
	struct hnode	*c, *last = NULL;

	for (c = hnode_first(n); c != NULL; c = hnode_next(c)) {
		if (c->type == HNODE_ELEMENT)
			last = c;
	}
	return last;
}

struct hnode *
hnode_prev_element(const struct hnode *n)
{
	struct hnode	*c;

	for (c = hnode_prev(n); c != NULL; c = hnode_prev(c)) {
		if (c->type == HNODE_ELEMENT)
			return c;
	}
	return NULL;
}

const char *
html_attr(const struct hnode *n, const char *name)
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
html_attr_next(const struct hnode *n, const void **it, const char **value)
{
	const char	*p;

	if (n == NULL || n->type != HNODE_ELEMENT)
		return NULL;
	p = *it != NULL ? *it : n->data + strlen(n->data) + 1;
	if (*p == '\0')
		return NULL;
	*value = p + strlen(p) + 1;
	*it = *value + strlen(*value) + 1;
	return p;
}

void
html_cleanup(void)
{
	xmlCleanupParser();
}
