/* feed_entry.c: a feed's entries made from their fields as the feed
 * writes them (struct feed_raw, from feed.c and feed_json.c): plain text
 * out of titles and summaries that may hold markup and entities (escaped
 * twice, at times), content as HTML, dates to the second, ids that are
 * never missing and never twice in a feed; and the feed made of them. */
#include "config.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "buf.h"
#include "date.h"
#include "feed.h"
#include "feed_int.h"
#include "tags.h"
#include "url.h"
#include "utf8.h"
#include "xmalloc.h"

/* How much of a title, an author or a description is read (the rest of
 * a longer one is dropped): far more than any shows. */
#define PLAIN_MAX	4096
/* How long a title made of an entry's first words may be. */
#define WORDS_MAX	80

/*
 * Text, a code point at a time.
 */

/* The code point at s (len > 0 bytes) and its length: UTF-8, where an
 * invalid byte is read as windows-1252 (Latin-1 past 0x9f), as browsers
 * read a page that is not the UTF-8 it says; the C1 controls, which a
 * feed declared ISO-8859-1 gives for windows-1252's quotes and dashes,
 * are those characters too. 0 for what is nothing (an unassigned byte). */
static size_t
next_cp(const char *s, size_t len, uint32_t *cp)
{
	unsigned char	 c = (unsigned char)s[0];
	size_t		 n;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	n = utf8_decode(s, len, cp);
	if (*cp == UTF8_REPLACEMENT && n == 1)
		*cp = c;	/* an invalid byte */
	if (*cp >= 0x80 && *cp <= 0x9f)
		*cp = utf8_windows1252(*cp);
	return n;
}

/* Text being written: white space folded (plain text) or kept as line
 * breaks (HTML), controls dropped. */
struct out {
	struct buf	 b;
	bool		 fold;		/* one space for any run of white
					   space, none at the ends */
	bool		 space;		/* a space is owed before the next
					   character */
};

/* The bytes of a word of plain ASCII (printable, but for a space, '<'
 * and '&'), set by bytes_init(). */
static bool	 word_byte[256];

static void
bytes_init(void)
{
	static bool	 done;
	int		 c;

	if (done)
		return;
	for (c = 0; c < 256; c++) {
		word_byte[c] = c > ' ' && c < 0x7f && c != '<' && c != '&';
	}
	done = true;
}

/* Add a byte: where there is room, without a call (text is written a
 * byte at a time). */
static inline void
out_byte(struct out *o, char c)
{
	if (o->b.len + 1 < o->b.cap) {
		o->b.data[o->b.len++] = c;
		o->b.data[o->b.len] = '\0';
	} else
		buf_addc(&o->b, c);
}

static inline void
out_add(struct out *o, const char *s, size_t n)
{
	if (o->b.len + n < o->b.cap) {
		memcpy(o->b.data + o->b.len, s, n);
		o->b.len += n;
		o->b.data[o->b.len] = '\0';
	} else
		buf_add(&o->b, s, n);
}

static bool
is_space_cp(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
	    cp == '\f' || cp == 0xa0 || cp == 0x2028 || cp == 0x2029 ||
	    (cp >= 0x2000 && cp <= 0x200a) || cp == 0x202f || cp == 0x205f ||
	    cp == 0x3000;
}

static void
out_cp(struct out *o, uint32_t cp)
{
	char	 enc[4];

	if (o->fold && is_space_cp(cp)) {
		o->space = o->b.len > 0;
		return;
	}
	if (!o->fold && (cp == '\n' || cp == 0x2028 || cp == 0x2029)) {
		out_byte(o, '\n');
		return;
	}
	if (!o->fold && cp == '\t')
		cp = ' ';
	if (cp == 0 || cp == 0xad || cp == 0xfeff || utf8_is_control(cp))
		return;
	if (o->space) {
		out_byte(o, ' ');
		o->space = false;
	}
	if (cp < 0x80)
		out_byte(o, (char)cp);
	else
		out_add(o, enc, utf8_encode(cp, enc));
}

/* An entity at s ("&amp;", "&#8217;", "&#x2019;", with its ';'): its
 * length, and what it stands for in *cp; 0 when s starts none. */
static size_t
entity_at(const char *s, size_t len, uint32_t *cp)
{
	size_t	 i, n;
	int	 h;

	if (len < 3 || s[0] != '&')
		return 0;
	if (s[1] == '#') {
		uint32_t v = 0;

		i = 2;
		if (s[i] == 'x' || s[i] == 'X') {
			for (i++, n = 0; i < len && n < 8 &&
			    (h = utf8_hex_digit((unsigned char)s[i])) >= 0;
			    i++, n++)
				v = v * 16 + (uint32_t)h;
		} else {
			for (n = 0; i < len && n < 8 &&
			    ascii_is_digit((unsigned char)s[i]); i++, n++)
				v = v * 10 + (uint32_t)(s[i] - '0');
		}
		if (n == 0 || i >= len || s[i] != ';')
			return 0;
		if (v == 0 || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
			v = UTF8_REPLACEMENT;
		else if (v >= 0x80 && v <= 0x9f)
			v = utf8_windows1252(v) ? utf8_windows1252(v) :
			    UTF8_REPLACEMENT;
		*cp = v;
		return i + 1;
	}
	for (i = 1; i < len && i <= 32 && ascii_is_alnum((unsigned char)s[i]);
	    i++)
		;
	if (i == 1 || i >= len || s[i] != ';')
		return 0;
	if ((*cp = feed_entity(s + 1, i - 1)) == 0)
		return 0;
	return i + 1;
}

/* The element a tag names, in the HTML elements folio knows
 * (TAG_OTHER for any other), and its TAG_IS_* bits. */
static enum tag
tag_of(const char *name, size_t len, unsigned *props)
{
	char	 l[16];
	size_t	 i;

	*props = 0;
	if (name == NULL || len >= sizeof l)
		return TAG_OTHER;
	for (i = 0; i < len; i++)
		l[i] = (char)ascii_lower((unsigned char)name[i]);
	l[len] = '\0';
	return tags_lookup(l, props);
}

/* A tag at s: '<' and a letter, "</" and a letter, "<!" or "<?", up to
 * its '>' (quoted values passed over; a comment up to its "-->"). Its
 * length, its name in *name and *nlen, whether it ends an element in
 * *closing; 0 when s starts no tag. */
static size_t
tag_at(const char *s, size_t len, const char **name, size_t *nlen,
    bool *closing)
{
	size_t	 i = 1;
	char	 q = 0;

	*name = NULL;
	*nlen = 0;
	*closing = false;
	if (len < 3 || s[0] != '<')
		return 0;
	if (len >= 4 && memcmp(s, "<!--", 4) == 0) {
		for (i = 4; i + 3 <= len; i++) {
			if (memcmp(s + i, "-->", 3) == 0)
				return i + 3;
		}
		return 0;
	}
	if (s[1] == '/') {
		*closing = true;
		i = 2;
	}
	if (s[i] == '!' || s[i] == '?')
		i++;
	else if (i < len && ascii_is_alpha((unsigned char)s[i])) {
		*name = s + i;
		while (i < len && (ascii_is_alnum((unsigned char)s[i]) ||
		    s[i] == '-' || s[i] == ':'))
			i++;
		*nlen = (size_t)(s + i - *name);
	} else
		return 0;
	for (; i < len; i++) {
		if (q != 0) {
			if (s[i] == q)
				q = 0;
		} else if (s[i] == '"' || s[i] == '\'') {
			if (s[i - 1] == '=' || ascii_is_space(
			    (unsigned char)s[i - 1]))
				q = s[i];
		} else if (s[i] == '>')
			return i + 1;
		else if (s[i] == '<')
			return 0;
	}
	return 0;
}

/* Where the element a <script> or <style> tag opens ends: past its end
 * tag, or 0 when it has none. name is in lower case. */
static size_t
raw_text_end(const char *s, size_t len, const char *name)
{
	size_t	 nlen = strlen(name), i;

	for (i = 0; i + nlen + 2 <= len; i++) {
		if (s[i] == '<' && s[i + 1] == '/' &&
		    ascii_prefix_ci(s + i + 2, len - i - 2, name) == nlen) {
			const char *gt = memchr(s + i, '>', len - i);

			return gt != NULL ? (size_t)(gt - s) + 1 : len;
		}
	}
	return 0;
}


#define PASS_TAGS	0x1	/* drop markup */
#define PASS_KNOWN	0x2	/* only that of HTML's elements */
#define PASS_ENTITIES	0x4	/* decode entities */

/* What a pass met, for the next. */
#define MET_TAG		0x1	/* a tag */
#define MET_LT		0x2	/* an entity that stands for '<' */
#define MET_AMP		0x4	/* one for '&' */

/* One pass over s into o (up to about max bytes of it when max > 0):
 * returns what it met. */
static int
plain_pass(const char *s, size_t len, int flags, size_t max, struct out *o)
{
	const char	*name;
	size_t		 i = 0, n, nlen, end;
	uint32_t	 cp;
	unsigned	 props;
	enum tag	 t;
	bool		 closing;
	int		 met = 0;

	while (i < len) {
		if (max > 0 && o->b.len >= max)
			break;
		/* A word of plain ASCII at once. */
		for (n = i; n < len && word_byte[(unsigned char)s[n]]; n++)
			;
		if (n > i) {
			if (o->space) {
				out_byte(o, ' ');
				o->space = false;
			}
			out_add(o, s + i, n - i);
			i = n;
			continue;
		}
		if (s[i] == '<' && (flags & PASS_TAGS) &&
		    (n = tag_at(s + i, len - i, &name, &nlen, &closing)) > 0 &&
		    ((t = tag_of(name, nlen, &props)) != TAG_OTHER ||
		    !(flags & PASS_KNOWN))) {
			met |= MET_TAG;
			if (!(props & TAG_IS_INLINE))
				o->space = o->b.len > 0;
			/* A script's or a style sheet's text is none. */
			if ((t == TAG_SCRIPT || t == TAG_STYLE) && !closing &&
			    s[i + n - 2] != '/' && (end = raw_text_end(s + i +
			    n, len - i - n, t == TAG_SCRIPT ? "script" :
			    "style")) > 0)
				n += end;
			i += n;
			continue;
		}
		if (s[i] == '&' && (flags & PASS_ENTITIES) &&
		    (n = entity_at(s + i, len - i, &cp)) > 0) {
			if (cp == '<')
				met |= MET_LT;
			else if (cp == '&')
				met |= MET_AMP;
			out_cp(o, cp);
			i += n;
			continue;
		}
		i += next_cp(s + i, len - i, &cp);
		out_cp(o, cp);
	}
	return met;
}

char *
feed_plain(const char *s, size_t len, enum feed_text kind, size_t max)
{
	struct out	 o;
	char		*t;
	size_t		 tlen, budget = max > 0 ? max * 2 + 64 : 0;
	int		 flags = PASS_ENTITIES, met, round;

	bytes_init();
	if (kind != FEED_TEXT)
		flags |= PASS_TAGS;
	/* Text that may be either: "<Side>" is no markup, "<b>" is. */
	if (kind == FEED_GUESS)
		flags |= PASS_KNOWN;
	memset(&o, 0, sizeof o);
	o.fold = true;
	buf_reserve(&o.b, budget > 0 && budget < len ? budget : len);
	met = plain_pass(s, len, flags, budget, &o);
	/* Escaped twice: "&amp;amp;" is "&amp;" after one pass, and
	 * "&lt;b&gt;" in text without a tag is "<b>". Text with tags of
	 * its own means what its "&lt;" say. */
	for (round = 0; round < 2 && ((met & MET_AMP) || ((met & MET_LT) &&
	    !(met & MET_TAG) && (flags & PASS_TAGS))); round++) {
		t = buf_finish(&o.b, &tlen);
		memset(&o, 0, sizeof o);
		o.fold = true;
		buf_reserve(&o.b, tlen);
		met = plain_pass(t, tlen, flags, 0, &o) & ~MET_TAG;
		free(t);
	}
	return buf_finish(&o.b, NULL);
}

bool
feed_looks_html(const char *s, size_t len)
{
	const char	*p = s, *end = s + len, *name;
	size_t		 nlen;
	uint32_t	 cp;
	unsigned	 props;
	bool		 closing;

	while (p < end && (p = memchr(p, '<', (size_t)(end - p))) != NULL) {
		if (tag_at(p, (size_t)(end - p), &name, &nlen, &closing) > 0 &&
		    (name == NULL || tag_of(name, nlen, &props) != TAG_OTHER))
			return true;
		p++;
	}
	for (p = s; p < end && (p = memchr(p, '&', (size_t)(end - p))) !=
	    NULL; p++) {
		if (entity_at(p, (size_t)(end - p), &cp) > 0)
			return true;
	}
	return false;
}

/* How many bytes at the start of s are printable ASCII or line feeds:
 * eight at a time, while none is below 0x20 or past 0x7e. */
static size_t
ascii_span(const char *s, size_t len)
{
	size_t		 i = 0;
	uint64_t	 w;
	unsigned char	 c;

	for (;;) {
		while (i + 8 <= len) {
			memcpy(&w, s + i, 8);
			if ((((w - 0x2020202020202020ull) & ~w) |
			    ((w + 0x0101010101010101ull) | w)) &
			    0x8080808080808080ull)
				break;
			i += 8;
		}
		/* A byte at a time up to what ends the span. */
		while (i < len) {
			c = (unsigned char)s[i];
			if ((c < 0x20 && c != '\n') || c >= 0x7f)
				return i;
			i++;
			if ((i & 7) == 0)
				break;
		}
		if (i >= len)
			return i;
	}
}

/* The text as HTML: markup kept, controls dropped, line breaks kept. */
static char *
html_clean(const char *s, size_t len)
{
	struct out	 o;
	size_t		 i = 0, run, n;
	uint32_t	 cp;
	unsigned char	 c;

	memset(&o, 0, sizeof o);
	buf_reserve(&o.b, len);
	while (i < len) {
		/* Runs of what stays as it is at once: printable ASCII and
		 * line feeds, and characters past ASCII that are no
		 * control. */
		for (run = i; run < len; run++) {
			run += ascii_span(s + run, len - run);
			if (run >= len)
				break;
			c = (unsigned char)s[run];
			if ((c < 0x20 && c != '\n') || c == 0x7f)
				break;
			if (c < 0x80)
				continue;
			n = utf8_decode(s + run, len - run, &cp);
			if ((cp == UTF8_REPLACEMENT && n == 1) ||
			    cp <= 0x9f || cp == 0xad || cp == 0xfeff ||
			    utf8_is_control(cp))
				break;
			run += n - 1;
		}
		if (run > i) {
			buf_add(&o.b, s + i, run - i);
			i = run;
			continue;
		}
		if (s[i] == '\r') {
			buf_addc(&o.b, '\n');
			i += i + 1 < len && s[i + 1] == '\n' ? 2 : 1;
			continue;
		}
		i += next_cp(s + i, len - i, &cp);
		out_cp(&o, cp);
	}
	return buf_finish(&o.b, NULL);
}

/* Plain text as HTML: paragraphs where a blank line is, a line break
 * where a single one is. */
static char *
text_html(const char *s, size_t len)
{
	struct buf	 b = BUF_INIT;
	char		*t = html_clean(s, len), *p, *nl, *line, c;
	size_t		 n;
	bool		 open = false;

	bytes_init();
	buf_reserve(&b, len + len / 8 + 16);
	for (p = t; *p != '\0'; p = nl != NULL ? nl + 1 : p + strlen(p)) {
		nl = strchr(p, '\n');
		n = nl != NULL ? (size_t)(nl - p) : strlen(p);
		line = p;
		while (n > 0 && line[0] == ' ') {
			line++;
			n--;
		}
		while (n > 0 && line[n - 1] == ' ')
			n--;
		if (n == 0) {
			if (open)
				buf_adds(&b, "</p>\n");
			open = false;
			continue;
		}
		buf_adds(&b, open ? "<br>\n" : "<p>");
		open = true;
		c = line[n];
		line[n] = '\0';
		buf_add_escaped(&b, line);
		line[n] = c;
	}
	if (open)
		buf_adds(&b, "</p>");
	free(t);
	if (b.len == 0) {
		buf_free(&b);
		return NULL;
	}
	return buf_finish(&b, NULL);
}

/* A field's text as HTML, or NULL when there is none. */
static char *
to_html(const struct buf *f, enum feed_text kind)
{
	char	*h;
	size_t	 i, n;

	if (f->len == 0)
		return NULL;
	if (kind == FEED_TEXT || (kind == FEED_GUESS &&
	    !feed_looks_html(f->data, f->len)))
		return text_html(f->data, f->len);
	/* White space at its ends shows nothing. */
	h = html_clean(f->data, f->len);
	for (i = 0; h[i] != '\0' && ascii_is_space((unsigned char)h[i]); i++)
		;
	n = strlen(h + i);
	while (n > 0 && ascii_is_space((unsigned char)h[i + n - 1]))
		n--;
	if (n == 0) {
		free(h);
		return NULL;
	}
	memmove(h, h + i, n);
	h[n] = '\0';
	return h;
}

/* Plain text of a field, or NULL when nothing is left. */
static char *
plain_or_null(const struct buf *f, enum feed_text kind, size_t max)
{
	char	*s;

	if (f->len == 0)
		return NULL;
	s = feed_plain(f->data, f->len, kind, max);
	if (*s == '\0') {
		free(s);
		return NULL;
	}
	return s;
}

/* A string on one line, as it is: controls dropped, white space folded,
 * no entity decoded. NULL when nothing is left. */
static char *
one_line(const char *s, size_t len)
{
	struct out	 o;

	if (len == 0)
		return NULL;
	bytes_init();
	memset(&o, 0, sizeof o);
	o.fold = true;
	buf_reserve(&o.b, len);
	plain_pass(s, len, 0, 0, &o);
	if (o.b.len == 0) {
		buf_free(&o.b);
		return NULL;
	}
	return buf_finish(&o.b, NULL);
}

/* s (malloc'd) cut to at most max bytes, at a word, with "..." (at a
 * character where no word ends near enough). */
static char *
cut_words(char *s, size_t max)
{
	size_t	 len = strlen(s), i, cut;

	if (len <= max)
		return s;
	cut = max - 3;
	while (cut > 0 && ((unsigned char)s[cut] & 0xc0) == 0x80)
		cut--;
	for (i = cut; i > max / 2; i--) {
		if (s[i] == ' ') {
			cut = i;
			break;
		}
	}
	while (cut > 0 && (s[cut - 1] == ' ' || s[cut - 1] == ',' ||
	    s[cut - 1] == ';' || s[cut - 1] == ':' || s[cut - 1] == '-'))
		cut--;
	memcpy(s + cut, "...", 4);
	return s;
}

/*
 * The entries.
 */

void
feed_raw_reset(struct feed_raw *r)
{
	buf_truncate(&r->id, 0);
	buf_truncate(&r->title, 0);
	buf_truncate(&r->url, 0);
	buf_truncate(&r->guid_url, 0);
	buf_truncate(&r->published, 0);
	buf_truncate(&r->updated, 0);
	buf_truncate(&r->author, 0);
	buf_truncate(&r->email, 0);
	buf_truncate(&r->summary, 0);
	buf_truncate(&r->content, 0);
	buf_truncate(&r->enclosure, 0);
	buf_truncate(&r->enclosure_type, 0);
	r->enclosure_media = r->enclosure_default = false;
	r->title_kind = r->summary_kind = r->content_kind = FEED_GUESS;
}

void
feed_raw_free(struct feed_raw *r)
{
	buf_free(&r->id);
	buf_free(&r->title);
	buf_free(&r->url);
	buf_free(&r->guid_url);
	buf_free(&r->published);
	buf_free(&r->updated);
	buf_free(&r->author);
	buf_free(&r->email);
	buf_free(&r->summary);
	buf_free(&r->content);
	buf_free(&r->enclosure);
	buf_free(&r->enclosure_type);
}

void
feed_head_free(struct feed_head *h)
{
	buf_free(&h->title);
	buf_free(&h->site);
	buf_free(&h->self);
	buf_free(&h->description);
	buf_free(&h->author);
}

void
feed_build_begin(struct feed_build *b, enum feed_kind kind)
{
	memset(b, 0, sizeof *b);
	b->f = xcalloc(1, sizeof *b->f);
	b->f->kind = kind;
}

bool
feed_build_full(const struct feed_build *b)
{
	return b->f->n >= FEED_MAX_ENTRIES;
}

void
feed_build_drop(struct feed_build *b)
{
	b->dropped++;
}

void
feed_build_warn(struct feed_build *b, const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	if (b->warning.len > 0)
		buf_adds(&b->warning, "; ");
	buf_adds(&b->warning, s);
	free(s);
}

static uint64_t
fnv(const char *s, size_t len, uint64_t h)
{
	size_t	 i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

#define FNV_START	0xcbf29ce484222325ULL

/* Whether the set holds id; if not, add it (the set keeps the pointer). */
static bool
ids_add(struct feed_build *b, char *id)
{
	size_t	 i, mask;

	if ((b->f->n + 1) * 2 > b->idcap) {
		char	**old = b->ids;
		size_t	 oldcap = b->idcap, k;

		b->idcap = b->idcap ? b->idcap * 2 : 256;
		b->ids = xcalloc(b->idcap, sizeof *b->ids);
		mask = b->idcap - 1;
		for (k = 0; k < oldcap; k++) {
			if (old[k] == NULL)
				continue;
			i = (size_t)fnv(old[k], strlen(old[k]), FNV_START) &
			    mask;
			while (b->ids[i] != NULL)
				i = (i + 1) & mask;
			b->ids[i] = old[k];
		}
		free(old);
	}
	mask = b->idcap - 1;
	i = (size_t)fnv(id, strlen(id), FNV_START) & mask;
	while (b->ids[i] != NULL) {
		if (strcmp(b->ids[i], id) == 0)
			return true;
		i = (i + 1) & mask;
	}
	b->ids[i] = id;
	return false;
}

/* The entry's id: its own, else its page, else a digest of its title
 * and text; "#2", "#3"... after one another entry has. */
static char *
entry_id(struct feed_build *b, const struct feed_raw *r,
    const struct feed_entry *e)
{
	char		*id, *again;
	uint64_t	 h;
	size_t		 k;

	if ((id = one_line(r->id.data, r->id.len)) == NULL &&
	    e->url != NULL)
		id = xstrdup(e->url);
	if (id == NULL) {
		h = fnv(e->title, strlen(e->title), FNV_START);
		h = fnv("\n", 1, h);
		if (r->content.len > 0)
			h = fnv(r->content.data, r->content.len, h);
		else if (r->summary.len > 0)
			h = fnv(r->summary.data, r->summary.len, h);
		id = xasprintf("digest:%016llx", (unsigned long long)h);
	}
	for (k = 2; ids_add(b, id); k++) {
		again = xasprintf("%s#%zu", id, k);
		if (!ids_add(b, again)) {
			free(id);
			return again;
		}
		free(again);
	}
	return id;
}

/* The author: the names given, else the name in an RSS <author>
 * ("ann@example.com (Ann Lee)", "Ann Lee <ann@example.com>"), else its
 * address. */
static char *
entry_author(const struct feed_raw *r)
{
	char	*s, *p, *q;

	if ((s = plain_or_null(&r->author, FEED_TEXT, PLAIN_MAX)) != NULL)
		return s;
	if ((s = plain_or_null(&r->email, FEED_TEXT, PLAIN_MAX)) == NULL)
		return NULL;
	if ((p = strchr(s, '(')) != NULL && (q = strrchr(p, ')')) != NULL &&
	    q > p + 1 && memchr(s, '@', (size_t)(p - s)) != NULL) {
		memmove(s, p + 1, (size_t)(q - p - 1));
		s[q - p - 1] = '\0';
	} else if ((p = strchr(s, '<')) != NULL && p > s &&
	    strchr(p, '@') != NULL) {
		while (p > s && p[-1] == ' ')
			p--;
		*p = '\0';
	}
	return s;
}

/* The entry's date and time: published, else updated, to the second;
 * else a date written as pages write them. */
static void
entry_date(const struct feed_raw *r, struct feed_entry *e)
{
	const struct buf	*f[2] = { &r->published, &r->updated };
	char			 day[11], *s, *d;
	size_t			 i;

	e->time = -1;
	for (i = 0; i < 2; i++) {
		if (f[i]->len > 0 && date_moment(f[i]->data, &e->time, day)) {
			e->date = xstrdup(day);
			return;
		}
	}
	for (i = 0; i < 2; i++) {
		if ((s = one_line(f[i]->data, f[i]->len)) == NULL)
			continue;
		d = date_parse(s, strlen(s));
		free(s);
		if (d != NULL) {
			e->date = d;
			e->time = date_epoch(d);
			return;
		}
	}
}

void
feed_build_entry(struct feed_build *b, const struct feed_raw *r)
{
	struct feed		*f = b->f;
	struct feed_entry	*e;
	const struct buf	*text;
	enum feed_text		 kind;
	char			*words;

	if (f->n == b->cap) {
		b->cap = b->cap ? b->cap * 2 : 64;
		f->entries = xreallocarray(f->entries, b->cap,
		    sizeof *f->entries);
	}
	e = &f->entries[f->n];
	memset(e, 0, sizeof *e);

	/* URLs come resolved, and so clean (url_resolve()). */
	if (r->url.len > 0)
		e->url = xstrndup(r->url.data, r->url.len);
	else if (r->guid_url.len > 0)
		e->url = xstrndup(r->guid_url.data, r->guid_url.len);
	e->content = to_html(&r->content, r->content_kind);
	if (e->content == NULL)
		e->content = to_html(&r->summary, r->summary_kind);
	/* The summary: the feed's, else the first words of the content. */
	text = r->summary.len > 0 ? &r->summary : &r->content;
	kind = r->summary.len > 0 ? r->summary_kind : r->content_kind;
	if ((e->summary = plain_or_null(text, kind, FEED_SUMMARY_MAX)) ==
	    NULL && text == &r->summary) {
		text = &r->content;
		kind = r->content_kind;
		e->summary = plain_or_null(text, kind, FEED_SUMMARY_MAX);
	}
	e->title = plain_or_null(&r->title, r->title_kind, PLAIN_MAX);
	if (e->title == NULL && e->summary != NULL) {
		words = xstrdup(e->summary);
		e->title = cut_words(words, WORDS_MAX);
	}
	if (e->title == NULL)
		e->title = xstrdup("(untitled)");
	if (e->summary != NULL)
		e->summary = cut_words(e->summary, FEED_SUMMARY_MAX);
	entry_date(r, e);
	e->author = entry_author(r);
	if (r->enclosure.len > 0)
		e->enclosure = xstrndup(r->enclosure.data, r->enclosure.len);
	if (e->enclosure != NULL)
		e->enclosure_type = one_line(r->enclosure_type.data,
		    r->enclosure_type.len);
	e->id = entry_id(b, r, e);
	f->n++;
}

static void
entry_free(struct feed_entry *e)
{
	free(e->id);
	free(e->title);
	free(e->url);
	free(e->date);
	free(e->author);
	free(e->summary);
	free(e->content);
	free(e->enclosure);
	free(e->enclosure_type);
}

/* The feed's title where it gives none: its site's host. */
static char *
host_title(const char *const *urls, size_t n)
{
	char	*h;
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (urls[i] != NULL && url_is_web(urls[i]) &&
		    (h = url_site(urls[i])) != NULL)
			return h;
	}
	return NULL;
}

struct feed *
feed_build_end(struct feed_build *b, const struct feed_head *h,
    const char *base, char **cause)
{
	struct feed	*f = b->f;
	const char	*urls[3];
	char		*author;
	size_t		 i;

	f->title = plain_or_null(&h->title, h->title_kind, PLAIN_MAX);
	if (b->dropped > 0)
		feed_build_warn(b, "only the first %d entries were read, of "
		    "%zu", FEED_MAX_ENTRIES, f->n + b->dropped);
	f->warning = one_line(b->warning.data, b->warning.len);
	if (f->n == 0 && f->title == NULL) {
		if (cause != NULL)
			*cause = xasprintf("no entries and no title: %s",
			    f->warning != NULL ? f->warning :
			    "the feed is empty");
		feed_build_abandon(b);
		return NULL;
	}
	if (h->site.len > 0)
		f->site = xstrndup(h->site.data, h->site.len);
	if (h->self.len > 0)
		f->self = xstrndup(h->self.data, h->self.len);
	f->description = plain_or_null(&h->description, h->description_kind,
	    PLAIN_MAX);
	if (f->title == NULL) {
		urls[0] = f->site;
		urls[1] = f->self;
		urls[2] = base;
		if ((f->title = host_title(urls, 3)) == NULL)
			f->title = xstrdup("(untitled feed)");
	}
	/* The feed's author is its entries' where they name none. */
	if ((author = plain_or_null(&h->author, FEED_TEXT, PLAIN_MAX)) !=
	    NULL) {
		for (i = 0; i < f->n; i++) {
			if (f->entries[i].author == NULL)
				f->entries[i].author = xstrdup(author);
		}
		free(author);
	}
	if (f->n > 0 && f->n < b->cap)
		f->entries = xreallocarray(f->entries, f->n,
		    sizeof *f->entries);
	free(b->ids);
	buf_free(&b->warning);
	memset(b, 0, sizeof *b);
	return f;
}

void
feed_build_abandon(struct feed_build *b)
{
	free(b->ids);
	buf_free(&b->warning);
	feed_free(b->f);
	memset(b, 0, sizeof *b);
}

void
feed_free(struct feed *f)
{
	size_t	 i;

	if (f == NULL)
		return;
	for (i = 0; i < f->n; i++)
		entry_free(&f->entries[i]);
	free(f->entries);
	free(f->title);
	free(f->site);
	free(f->self);
	free(f->description);
	free(f->warning);
	free(f);
}
