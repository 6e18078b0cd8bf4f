/* extract_annotate.c: what class and id say, and the annotation: one
 * walk over the tree numbers every element in document order (struct
 * node), classifies it by its tag, class and id, style and attributes
 * (hidden, role), counts the text it holds itself, and notes the page's
 * metadata (meta_element(), and the elements metadata reads). */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "extract_int.h"
#include "html.h"
#include "tags.h"
#include "xmalloc.h"

/* ---------------------------------------------------------------------
 * What class and id say. Each is cut into lower-case words (at anything
 * but a letter or digit, and at a lower-to-upper case change), and the
 * words and the pairs of neighbouring words are looked up.
 */

#define W_EXACT		0	/* the word itself */
#define W_PREFIX	1	/* the word or a longer one: "comments" */

/* The words class names are made of, and what they say; looked up
 * through wtab. Kept in order to be read. */
static const struct word {
	const char	*w;
	int		 match;
	uint32_t	 flags;
} words[] = {
	{ "ad", W_EXACT, C_AD | C_NEG | C_UNLIKELY },
	{ "adbox", W_EXACT, C_AD | C_NEG | C_UNLIKELY },
	{ "ads", W_EXACT, C_AD | C_NEG | C_UNLIKELY },
	{ "adsense", W_EXACT, C_AD | C_NEG | C_UNLIKELY },
	{ "adslot", W_EXACT, C_AD | C_NEG | C_UNLIKELY },
	{ "adunit", W_EXACT, C_AD | C_NEG | C_UNLIKELY },
	{ "adv", W_EXACT, C_AD | C_NEG | C_UNLIKELY },
	{ "advert", W_PREFIX, C_AD | C_NEG | C_UNLIKELY },
	{ "agegate", W_EXACT, C_UNLIKELY },
	{ "ai2html", W_EXACT, C_UNLIKELY },
	{ "and", W_EXACT, C_MAYBE },
	{ "article", W_EXACT, C_POS | C_MAYBE },
	{ "articlebody", W_EXACT, C_POS | C_MAYBE | C_BODY },
	{ "articlecontent", W_EXACT, C_POS | C_MAYBE | C_BODY },
	{ "articletext", W_EXACT, C_POS | C_MAYBE | C_BODY },
	{ "author", W_EXACT, C_AUTHOR },
	{ "authorbox", W_EXACT, C_BIO | C_NEG },
	{ "banner", W_PREFIX, C_NEG | C_UNLIKELY },
	{ "bio", W_EXACT, C_BIO | C_NEG },
	{ "blog", W_EXACT, C_POS },
	{ "body", W_EXACT, C_POS | C_MAYBE },
	{ "bodytext", W_EXACT, C_POS | C_BODY },
	{ "breadcrumb", W_PREFIX, C_MENU | C_NEG | C_UNLIKELY },
	{ "byline", W_PREFIX, C_BYLINE | C_AUTHOR | C_NEG },
	{ "caption", W_PREFIX, C_CAPTION },
	{ "collapse", W_PREFIX, C_WRAP },
	{ "column", W_EXACT, C_MAYBE },
	{ "combx", W_EXACT, C_NEG | C_UNLIKELY },
	{ "comment", W_PREFIX, C_COMMENT | C_NEG | C_UNLIKELY },
	{ "community", W_EXACT, C_UNLIKELY },
	{ "consent", W_PREFIX, C_COOKIE | C_NEG | C_UNLIKELY },
	{ "contact", W_EXACT, C_NEG },
	{ "content", W_EXACT, C_POS | C_MAYBE },
	{ "cookie", W_PREFIX, C_COOKIE | C_NEG | C_UNLIKELY },
	{ "credit", W_PREFIX, C_CAPTION },
	{ "date", W_EXACT, C_DATE },
	{ "dateline", W_EXACT, C_BYLINE | C_NEG },
	{ "disqus", W_PREFIX, C_COMMENT | C_NEG | C_UNLIKELY },
	{ "embed", W_PREFIX, C_EMBED },
	{ "entry", W_EXACT, C_POS },
	{ "entrycontent", W_EXACT, C_POS | C_BODY },
	{ "extra", W_EXACT, C_UNLIKELY },
	{ "footer", W_PREFIX, C_NEG | C_UNLIKELY },
	{ "fulltext", W_EXACT, C_POS | C_BODY2 },
	{ "gdpr", W_EXACT, C_COOKIE | C_NEG | C_UNLIKELY },
	{ "header", W_EXACT, C_UNLIKELY },
	{ "headline", W_EXACT, C_TITLE },
	{ "hentry", W_EXACT, C_POS },
	{ "legends", W_EXACT, C_UNLIKELY },
	{ "main", W_EXACT, C_POS | C_MAYBE },
	{ "mainarticle", W_EXACT, C_POS | C_BODY2 },
	{ "masthead", W_EXACT, C_NEG | C_UNLIKELY },
	{ "mathjax", W_EXACT, C_MAYBE },
	{ "menu", W_PREFIX, C_MENU | C_UNLIKELY },
	{ "meta", W_EXACT, C_BYLINE | C_NEG },
	{ "modal", W_EXACT, C_NEG | C_UNLIKELY },
	{ "navbar", W_EXACT, C_MENU | C_NEG | C_UNLIKELY },
	{ "navigation", W_EXACT, C_MENU | C_NEG | C_UNLIKELY },
	{ "newsletter", W_PREFIX, C_SUBSCRIBE | C_NEG | C_UNLIKELY },
	{ "outbrain", W_PREFIX, C_PROMO | C_NEG | C_UNLIKELY },
	{ "page", W_EXACT, C_POS },
	{ "pager", W_EXACT, C_PAGER | C_UNLIKELY },
	{ "pagination", W_EXACT, C_PAGER | C_UNLIKELY },
	{ "paginav", W_EXACT, C_PAGER | C_NEG | C_UNLIKELY },
	{ "paywall", W_PREFIX, C_SUBSCRIBE | C_NEG | C_WRAP },
	{ "popup", W_PREFIX, C_NEG | C_UNLIKELY },
	{ "post", W_EXACT, C_POS },
	{ "postbody", W_EXACT, C_POS | C_BODY },
	{ "postcontent", W_EXACT, C_POS | C_BODY },
	{ "postentry", W_EXACT, C_POS | C_BODY },
	{ "posttext", W_EXACT, C_POS | C_BODY },
	{ "prevnext", W_EXACT, C_PAGER | C_NEG },
	{ "print", W_EXACT, C_SHARE },
	{ "promo", W_PREFIX, C_PROMO | C_NEG },
	{ "prose", W_EXACT, C_POS },
	{ "pubdate", W_EXACT, C_DATE },
	{ "published", W_EXACT, C_DATE },
	{ "rail", W_EXACT, C_NEG | C_UNLIKELY },
	{ "readmore", W_EXACT, C_WRAP },
	{ "recirc", W_PREFIX, C_RELATED | C_NEG | C_UNLIKELY },
	{ "recommend", W_PREFIX, C_RELATED | C_NEG | C_UNLIKELY },
	{ "related", W_PREFIX, C_RELATED | C_NEG | C_UNLIKELY },
	{ "remark", W_EXACT, C_UNLIKELY },
	{ "replies", W_EXACT, C_COMMENT | C_UNLIKELY },
	{ "respond", W_EXACT, C_COMMENT | C_NEG | C_UNLIKELY },
	{ "rss", W_EXACT, C_UNLIKELY },
	{ "scroll", W_EXACT, C_NEG },
	{ "share", W_PREFIX, C_SHARE | C_NEG },
	{ "shared", W_EXACT, 0 },
	{ "sharing", W_PREFIX, C_SHARE | C_NEG },
	{ "shoutbox", W_EXACT, C_NEG | C_UNLIKELY },
	{ "sidebar", W_PREFIX, C_NEG | C_UNLIKELY },
	{ "signup", W_EXACT, C_SUBSCRIBE | C_NEG },
	{ "skyscraper", W_EXACT, C_AD | C_NEG | C_UNLIKELY },
	{ "social", W_PREFIX, C_SOCIAL | C_NEG | C_UNLIKELY },
	{ "sponsor", W_PREFIX, C_AD | C_NEG | C_UNLIKELY },
	{ "sronly", W_EXACT, C_HIDDEN },
	{ "story", W_EXACT, C_POS },
	{ "storybody", W_EXACT, C_POS | C_BODY },
	{ "storycontent", W_EXACT, C_POS | C_BODY2 },
	{ "subscribe", W_PREFIX, C_SUBSCRIBE | C_NEG },
	{ "subscription", W_PREFIX, C_SUBSCRIBE | C_NEG },
	{ "supplemental", W_EXACT, C_UNLIKELY },
	{ "taboola", W_PREFIX, C_PROMO | C_NEG | C_UNLIKELY },
	{ "tagcloud", W_EXACT, C_TAGS | C_NEG },
	{ "tags", W_EXACT, C_TAGS | C_NEG },
	{ "text", W_EXACT, C_POS },
	{ "timestamp", W_EXACT, C_BYLINE | C_NEG },
	{ "toolbar", W_EXACT, C_MENU | C_NEG },
	{ "trending", W_EXACT, C_RELATED | C_NEG | C_UNLIKELY },
	{ "truncate", W_PREFIX, C_WRAP },
	{ "tweet", W_EXACT, C_EMBED },
	{ "visuallyhidden", W_EXACT, C_HIDDEN },
	{ "widget", W_PREFIX, C_NEG },
	{ "yom", W_EXACT, C_UNLIKELY },
};

/* Flags for a pair of neighbouring words in one class name. */
static uint32_t
word_pair(const char *a, const char *b)
{
	static const char *const first[] = {
		"article", "entry", "post", "story", "blog", "single", "page",
		"body", "main", "text", "art", "news", "td", "field", "rich",
		"c", "content"
	};
	size_t	 i;
	int	 fi = -1;

	for (i = 0; i < sizeof first / sizeof first[0]; i++) {
		if (strcmp(a, first[i]) == 0) {
			fi = (int)i;
			break;
		}
	}
	if (strcmp(a, "screen") == 0 && strcmp(b, "reader") == 0)
		return C_HIDDEN;
	if (((strcmp(a, "sr") == 0 || strcmp(a, "visually") == 0) &&
	    (strcmp(b, "only") == 0 || strcmp(b, "hidden") == 0)) ||
	    ((strcmp(a, "element") == 0 || strcmp(a, "is") == 0 ||
	    strcmp(a, "u") == 0) && (strcmp(b, "hidden") == 0 ||
	    strcmp(b, "invisible") == 0)) ||
	    (strcmp(a, "d") == 0 && strcmp(b, "none") == 0))
		return C_HIDDEN;
	if (((strcmp(a, "read") == 0 || strcmp(a, "show") == 0) &&
	    strcmp(b, "more") == 0) || (strcmp(a, "more") == 0 &&
	    (strcmp(b, "text") == 0 || strcmp(b, "content") == 0)))
		return C_WRAP;
	if (strcmp(a, "read") == 0 && (strcmp(b, "next") == 0 ||
	    strcmp(b, "also") == 0))
		return C_RELATED | C_NEG;
	if (strcmp(a, "more") == 0 && (strcmp(b, "stories") == 0 ||
	    strcmp(b, "articles") == 0 || strcmp(b, "posts") == 0 ||
	    strcmp(b, "news") == 0 || strcmp(b, "from") == 0))
		return C_RELATED | C_NEG;
	if ((strcmp(a, "you") == 0 || strcmp(a, "also") == 0) &&
	    (strcmp(b, "may") == 0 || strcmp(b, "might") == 0 ||
	    strcmp(b, "like") == 0))
		return C_RELATED | C_NEG;
	if ((strcmp(a, "nav") == 0 && (strcmp(b, "previous") == 0 ||
	    strcmp(b, "next") == 0 || strcmp(b, "links") == 0)) ||
	    ((strcmp(a, "post") == 0 || strcmp(a, "posts") == 0) &&
	    strcmp(b, "navigation") == 0) ||
	    (strcmp(a, "prev") == 0 && strcmp(b, "next") == 0) ||
	    (strcmp(a, "next") == 0 && strcmp(b, "prev") == 0) ||
	    (strcmp(a, "blog") == 0 && strcmp(b, "pager") == 0) ||
	    ((strcmp(a, "prevnext") == 0 || strcmp(a, "prev") == 0 ||
	    strcmp(a, "next") == 0 || strcmp(a, "previous") == 0) &&
	    (strcmp(b, "post") == 0 || strcmp(b, "article") == 0 ||
	    strcmp(b, "link") == 0)))
		return C_PAGER | C_NEG;
	if (strcmp(a, "author") == 0 && (strcmp(b, "box") == 0 ||
	    strcmp(b, "bio") == 0 || strcmp(b, "info") == 0 ||
	    strcmp(b, "card") == 0 || strcmp(b, "about") == 0 ||
	    strcmp(b, "profile") == 0 || strcmp(b, "details") == 0 ||
	    strcmp(b, "description") == 0))
		return C_BIO | C_NEG;
	if (strcmp(a, "author") == 0 && (strcmp(b, "note") == 0 ||
	    strcmp(b, "notes") == 0))
		return C_BIO;
	if (strcmp(a, "about") == 0 && strcmp(b, "author") == 0)
		return C_BIO | C_NEG;
	if ((strcmp(a, "entry") == 0 || strcmp(a, "post") == 0 ||
	    strcmp(a, "article") == 0) && (strcmp(b, "title") == 0 ||
	    strcmp(b, "header") == 0 || strcmp(b, "headline") == 0))
		return C_TITLE;
	if ((strcmp(a, "entry") == 0 || strcmp(a, "post") == 0 ||
	    strcmp(a, "article") == 0 || strcmp(a, "posted") == 0) &&
	    (strcmp(b, "date") == 0 || strcmp(b, "on") == 0))
		return C_BYLINE | C_DATE | C_NEG;
	if ((strcmp(a, "entry") == 0 || strcmp(a, "post") == 0 ||
	    strcmp(a, "article") == 0 || strcmp(a, "posted") == 0) &&
	    (strcmp(b, "meta") == 0 ||
	    strcmp(b, "footer") == 0 || strcmp(b, "author") == 0 ||
	    strcmp(b, "info") == 0 ||
	    strcmp(b, "tags") == 0 || strcmp(b, "categories") == 0))
		return C_BYLINE | C_NEG;
	if ((strcmp(a, "pub") == 0 || strcmp(a, "publish") == 0 ||
	    strcmp(a, "published") == 0 || strcmp(a, "publication") == 0) &&
	    (strcmp(b, "date") == 0 || strcmp(b, "time") == 0 ||
	    strcmp(b, "info") == 0))
		return C_BYLINE | C_NEG;
	if (strcmp(a, "post") == 0 && strcmp(b, "tags") == 0)
		return C_TAGS | C_NEG;
	if (strcmp(a, "tag") == 0 && (strcmp(b, "list") == 0 ||
	    strcmp(b, "links") == 0))
		return C_TAGS | C_NEG;
	if ((strcmp(a, "main") == 0 && strcmp(b, "content") == 0) ||
	    (strcmp(a, "content") == 0 && (strcmp(b, "main") == 0 ||
	    strcmp(b, "body") == 0)))
		return C_MAIN;
	if (fi < 0)
		return 0;
	if (strcmp(b, "container") == 0 && (strcmp(a, "article") == 0 ||
	    strcmp(a, "entry") == 0 || strcmp(a, "story") == 0))
		return C_BODY2;
	if (strcmp(b, "content") == 0 || strcmp(b, "body") == 0 ||
	    strcmp(b, "text") == 0 || strcmp(b, "entry") == 0 ||
	    strcmp(b, "bodycopy") == 0) {
		/* "page-content", "body-text", "single-content" and the
		 * like are weaker than "entry-content". */
		if (strcmp(a, "article") == 0 || strcmp(a, "entry") == 0 ||
		    strcmp(a, "post") == 0 ||
		    (strcmp(a, "story") == 0 && strcmp(b, "body") == 0) ||
		    (strcmp(a, "body") == 0 && strcmp(b, "text") == 0) ||
		    (strcmp(a, "art") == 0 && strcmp(b, "content") == 0))
			return C_BODY;
		if (strcmp(a, "content") == 0 || strcmp(a, "c") == 0)
			return 0;
		return C_BODY2;
	}
	return 0;
}

/* Words that count only next to another one (see word_pair). */
static const char *const pair_words[] = {
	"about", "also", "art", "article", "articles", "author", "bio", "blog",
	"body", "bodycopy", "box", "c", "card", "categories", "container",
	"content", "d", "date", "description", "details", "element", "entry",
	"field", "footer", "from", "header", "headline", "hidden", "info",
	"invisible", "is", "like", "link", "links", "list", "main", "may",
	"meta", "might", "more", "nav", "navigation", "news", "next", "none",
	"note", "notes",
	"on", "only", "page", "pager", "post", "posted", "posts", "prev",
	"previous", "prevnext", "profile", "pub", "publication", "publish",
	"published", "read", "reader", "rich", "screen", "single", "sr",
	"stories", "story", "tag", "tags", "td", "text", "time", "title", "u",
	"visually", "you"
};

/* The words above in a hash table, built on first use: class names are
 * read for every element, so a look-up must cost a few instructions. */
#define WTAB_SIZE	512	/* a power of two, over twice the words */

struct wslot {
	const char	*w;	/* NULL: empty */
	uint32_t	 flags;
	uint8_t		 len;
	bool		 prefix;	/* W_PREFIX: also matches longer words */
	bool		 known;		/* may pair with a neighbour */
};

static struct wslot	 wtab[WTAB_SIZE];
static uint32_t		 wtab_prefix_lens;	/* bit n: a prefix of n */
static bool		 wtab_ready;

static uint32_t
whash(const char *w, size_t n)
{
	uint32_t	 h = 2166136261u;
	size_t		 i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)w[i]) * 16777619u;
	return h;
}

static struct wslot *
wtab_slot(const char *w, size_t n)
{
	uint32_t	 i = whash(w, n) & (WTAB_SIZE - 1);

	while (wtab[i].w != NULL && !(wtab[i].len == n &&
	    memcmp(wtab[i].w, w, n) == 0))
		i = (i + 1) & (WTAB_SIZE - 1);
	return &wtab[i];
}

static void
wtab_init(void)
{
	struct wslot	*s;
	size_t		 i, n;

	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		n = strlen(words[i].w);
		s = wtab_slot(words[i].w, n);
		s->w = words[i].w;
		s->len = (uint8_t)n;
		s->flags = words[i].flags;
		if (words[i].match == W_PREFIX) {
			s->prefix = true;
			wtab_prefix_lens |= 1u << n;
		}
	}
	for (i = 0; i < sizeof pair_words / sizeof pair_words[0]; i++) {
		n = strlen(pair_words[i]);
		s = wtab_slot(pair_words[i], n);
		s->w = pair_words[i];
		s->len = (uint8_t)n;
		s->known = true;
	}
	wtab_ready = true;
}

/* The flags of one lower-case word; *known when it may pair. */
static uint32_t
word_flags(const char *w, size_t len, bool *known)
{
	const struct wslot *s;
	size_t		 n;

	*known = false;
	if (len >= 32)
		return 0;
	s = wtab_slot(w, len);
	if (s->w != NULL) {
		*known = s->known;
		return s->flags;
	}
	/* "comments", "sharedaddy", "relatedposts": a prefix entry. */
	for (n = len - 1; n >= 4; n--) {
		if (!(wtab_prefix_lens & (1u << n)))
			continue;
		s = wtab_slot(w, n);
		if (s->w != NULL && s->prefix)
			return s->flags;
	}
	return 0;
}

/* A class name of one word that hides what it holds. */
static bool
hiding_word(const char *w)
{
	return strcmp(w, "hidden") == 0 || strcmp(w, "hide") == 0 ||
	    strcmp(w, "invisible") == 0 || strcmp(w, "offscreen") == 0;
}

/* The flags of one class or id attribute value. */
uint32_t
annotate_classify(const char *s)
{
	char		 w[2][32];
	size_t		 n = 0, cur = 0, nwords = 0;
	bool		 lastlower = false, known, prevknown = false;
	uint32_t	 f = 0;
	unsigned char	 c;

	if (!wtab_ready)
		wtab_init();
	for (;; s++) {
		c = (unsigned char)*s;
		bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		    (c >= 'A' && c <= 'Z');
		bool split = !alnum || (c >= 'A' && c <= 'Z' && lastlower);

		if (split && n > 0) {
			if (n >= sizeof w[cur])
				n = sizeof w[cur] - 1;	/* too long to know */
			w[cur][n] = '\0';
			f |= word_flags(w[cur], n, &known);
			if (nwords > 0 && known && prevknown)
				f |= word_pair(w[cur ^ 1], w[cur]);
			prevknown = known;
			nwords++;
			cur ^= 1;
			n = 0;
		}
		if (!alnum) {
			/* A new class name starts after white space. */
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
			    c == '\0') {
				if (nwords == 1 && hiding_word(w[cur ^ 1]))
					f |= C_HIDDEN;
				nwords = 0;
			}
			lastlower = false;
			if (c == '\0')
				break;
			continue;
		}
		if (n + 1 < sizeof w[cur])
			w[cur][n] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		n++;
		lastlower = (c >= 'a' && c <= 'z');
	}
	return f;
}

/* ---------------------------------------------------------------------
 * The annotation: one entry per element, in document order.
 */

/* Does a style attribute set property prop to value ("display: none")? */
static bool
style_is(const char *s, const char *prop, const char *value)
{
	const char	*p, *q, *end = s + strlen(s);
	size_t		 n = strlen(prop);

	for (p = s; (p = ascii_find_ci(p, (size_t)(end - p), prop)) != NULL;
	    p += n) {
		q = p + n;
		while (ascii_is_space((unsigned char)*q))
			q++;
		if (*q != ':')
			continue;
		q++;
		while (ascii_is_space((unsigned char)*q))
			q++;
		if (strncmp(q, value, strlen(value)) == 0)
			return true;
	}
	return false;
}

/* display:none or visibility:hidden in a style attribute. */
static bool
style_hidden(const char *s)
{
	return style_is(s, "display", "none") ||
	    style_is(s, "visibility", "hidden");
}

/* Count a text node's characters: code points that are not white space,
 * and commas. */
static void
count_text(const char *s, uint32_t *chars, uint32_t *commas)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t	 c = 0, k = 0;

	for (; *u != '\0'; u++) {
		if (*u <= ' ') {
			continue;
		} else if (*u < 0x80) {
			c++;
			if (*u == ',')
				k++;
		} else if ((*u & 0xc0) != 0x80) {
			c++;
			/* U+FF0C fullwidth comma, U+060C Arabic comma,
			 * U+3001 ideographic comma. */
			if ((u[0] == 0xef && u[1] == 0xbc && u[2] == 0x8c) ||
			    (u[0] == 0xd8 && u[1] == 0x8c) ||
			    (u[0] == 0xe3 && u[1] == 0x80 && u[2] == 0x81))
				k++;
			else if (u[0] == 0xc2 && u[1] == 0xa0)
				c--;	/* no-break space */
		}
	}
	*chars += c;
	*commas += k;
}

static void
node_grow(struct ex *x)
{
	if (x->n == x->cap) {
		x->cap = x->cap ? x->cap * 2 : 1024;
		x->v = xreallocarray(x->v, x->cap, sizeof *x->v);
	}
}

static bool
is_heading(const struct hnode *n)
{
	return n != NULL && n->type == HNODE_ELEMENT &&
	    (n->props & TAG_IS_HEADING) != 0;
}

/* Compare the letters and digits of an id, in lower case, with those of
 * the text under n, the first time through: true when the text holds
 * just those (a heading's anchor: "Sharing with a single developer" and
 * its id "sharing-with-a-single-developer"). The walk stops at the
 * first difference. */
static bool
anchor_text(const struct hnode *top, const char **idp)
{
	const struct hnode	*n = hnode_first(top);
	const unsigned char	*t;
	const char		*id = *idp;
	size_t			 steps = 0;

	while (n != NULL && steps++ < 64) {
		if (n->type == HNODE_TEXT && hnode_text(n) != NULL) {
			for (t = (const unsigned char *)hnode_text(n);
			    *t != '\0'; t++) {
				if (!ascii_is_alnum(*t))
					continue;
				while (*id != '\0' &&
				    !ascii_is_alnum((unsigned char)*id))
					id++;
				if (ascii_lower(*t) !=
				    ascii_lower((unsigned char)*id))
					return false;
				id++;
			}
		}
		if (n->type == HNODE_ELEMENT && hnode_first(n) != NULL) {
			n = hnode_first(n);
			continue;
		}
		while (n != NULL && hnode_next(n) == NULL && n != top)
			n = hnode_parent(n);
		if (n == NULL || n == top)
			break;
		n = hnode_next(n);
	}
	*idp = id;
	return true;
}

/* True when an id is the anchor of the element's own heading, as
 * documentation and markdown tools make them from its text: the heading
 * itself, or the first element of a section. Such an id says what the
 * text says ("sharing-with-a-single-developer"), nothing of what the
 * element is. Three words at least. */
static bool
id_is_anchor(const struct hnode *n, const char *id)
{
	const char	*p;
	size_t		 parts = 1;

	for (p = id; *p != '\0'; p++) {
		if ((*p == '-' || *p == '_') && p[1] != '\0' && p[1] != '-' &&
		    p[1] != '_')
			parts++;
	}
	if (parts < 3)
		return false;
	if (!is_heading(n)) {
		for (n = hnode_first(n); n != NULL && n->type != HNODE_ELEMENT;
		    n = hnode_next(n))
			;
		if (!is_heading(n))
			return false;
	}
	if (!anchor_text(n, &id))
		return false;
	while (*id != '\0' && !ascii_is_alnum((unsigned char)*id))
		id++;
	return *id == '\0';
}

/* What an element's attributes say: class and id, hidden, role,
 * itemprop and rel for the metadata. */
static void
annotate_attrs(struct ex *x, uint32_t idx)
{
	struct node	*e = &x->v[idx];
	const void	*it = NULL;
	const char	*an, *a;
	bool		 page = e->tag == TAG_BODY || e->tag == TAG_HTML;
	bool		 hidden = false;

	while ((an = html_attr_next(e->n, &it, &a)) != NULL) {
		/* Inside a dead element only the metadata (itemprop, rel)
		 * matters. */
		if ((e->flags & F_INDEAD) && an[0] != 'i' && an[0] != 'r')
			continue;
		if (strcmp(an, "class") == 0 || (strcmp(an, "id") == 0 &&
		    !(e->flags & F_INDEAD))) {
			uint32_t	 f;

			/* body's classes describe the page, not a part. */
			if (!page) {
				f = annotate_classify(a);
				if ((f & (C_DROP | C_NEG | C_UNLIKELY)) &&
				    an[0] == 'i' && id_is_anchor(e->n, a))
					f = 0;
				e->cls |= f;
			}
		} else if (strcmp(an, "hidden") == 0 ||
		    (strcmp(an, "aria-hidden") == 0 &&
		    strcmp(a, "true") == 0) ||
		    (strcmp(an, "style") == 0 && style_hidden(a)))
			hidden = true;
		else if (strcmp(an, "href") == 0 && e->tag == TAG_A &&
		    strncasecmp(a, "javascript:", 11) != 0)
			e->flags |= F_INLINK;
		else if (strcmp(an, "itemprop") == 0) {
			if (ascii_has_token(a, "articlebody"))
				e->flags |= F_ITEMBODY;
			if (ascii_has_token(a, "author") && x->m.author_el == 0)
				x->m.author_el = idx;
			if (ascii_has_token(a, "datepublished") &&
			    x->m.date_el == 0)
				x->m.date_el = idx;
		} else if (strcmp(an, "rel") == 0) {
			if (e->tag == TAG_A && ascii_has_token(a, "author") &&
			    x->m.author_el == 0)
				x->m.author_el = idx;
		} else if (strcmp(an, "role") == 0) {
			if (strcmp(a, "navigation") == 0 ||
			    strcmp(a, "complementary") == 0 ||
			    strcmp(a, "menu") == 0 ||
			    strcmp(a, "menubar") == 0 ||
			    strcmp(a, "dialog") == 0 ||
			    strcmp(a, "alertdialog") == 0)
				e->flags |= F_DEAD;
			else if (strcmp(a, "main") == 0)
				e->cls |= C_MAIN;
			else if (strcmp(a, "article") == 0)
				e->cls |= C_BODY2;
		}
	}
	/* A paywall, read-more or collapsed wrapper hidden until a click
	 * holds the article's text (its notice is dropped as a notice). */
	if (hidden && !(e->cls & C_WRAP))
		e->flags |= F_HIDDEN;
	if ((e->cls & C_HIDDEN) && !(e->cls & (C_BODY | C_BODY2)))
		e->flags |= F_HIDDEN;
	if (e->flags & F_HIDDEN)
		e->flags |= F_DEAD;
	if ((e->cls & C_UNLIKELY) && !(e->cls & (C_MAYBE | C_EMBED)) &&
	    !page && e->tag != TAG_A && e->tag != TAG_ARTICLE &&
	    e->tag != TAG_MAIN)
		e->flags |= F_UNLIKELY;
	if ((e->cls & C_AUTHOR) && !(e->cls & C_BIO)) {
		e->cls |= C_BYLINE;
		if (x->m.byline_el == 0 && !(e->flags & (F_DEAD | F_INDEAD)))
			x->m.byline_el = idx;
	}
	if ((e->cls & C_DATE) && x->m.ndatecls < sizeof x->m.datecls /
	    sizeof x->m.datecls[0] && !(e->flags & (F_DEAD | F_INDEAD)))
		x->m.datecls[x->m.ndatecls++] = idx;
}

/* The annotate pass: number the elements in document order, classify
 * them, count the text they hold themselves, and note the metadata. */
void
annotate_tree(struct ex *x, struct hnode *root)
{
	struct hnode	*n = root, *up;
	struct node	*e, *p;
	const char	*a;
	uint32_t	 idx, pi;
	size_t		 i;

	/* An entry for each element, and entry 0, a sentinel parent for
	 * the root: the array of a long page is made at its size once, not
	 * grown through all the sizes before it. */
	if (x->h != NULL && x->cap == 0) {
		for (i = 0; i < x->h->nnodes; i++) {
			if (x->h->tree[i].type == HNODE_ELEMENT)
				x->cap++;
		}
		x->cap++;
		x->v = xreallocarray(NULL, x->cap, sizeof *x->v);
	}
	node_grow(x);
	memset(&x->v[0], 0, sizeof x->v[0]);
	x->v[0].flags = 0;
	x->n = 1;
	root->mark = 0;
	while (n != NULL) {
		pi = (up = hnode_parent(n)) != NULL ? up->mark : 0;
		if (hnode_is_text(n)) {
			p = &x->v[pi];
			if (pi != 0 && !(p->flags & (F_DEAD | F_INDEAD)) &&
			    hnode_text(n) != NULL) {
				uint32_t chars = 0, commas = 0;

				count_text(hnode_text(n), &chars, &commas);
				p->ownchars += chars;
				p->owncommas += commas;
				if (p->flags & F_INLINK)
					p->ownlink += chars;
			}
			goto next;
		}
		if (n->type != HNODE_ELEMENT)
			goto next;
		node_grow(x);
		idx = (uint32_t)x->n++;
		e = &x->v[idx];
		p = &x->v[pi];
		memset(e, 0, sizeof *e);
		e->n = n;
		e->parent = pi;
		n->mark = idx;
		e->tag = n->tag;
		e->props = n->props;
		if (p->flags & (F_DEAD | F_INDEAD))
			e->flags |= F_INDEAD;
		if (p->flags & F_INLINK)
			e->flags |= F_INLINK;
		if (e->props & TAG_IS_DEAD)
			e->flags |= F_DEAD;
		if (e->props & TAG_IS_BLOCK)
			p->flags |= F_HASBLOCK;
		annotate_attrs(x, idx);
		switch (e->tag) {
		case TAG_META:
			meta_element(x, n);
			break;
		case TAG_TITLE:
			if (x->m.titlenode == NULL)
				x->m.titlenode = n;
			break;
		case TAG_LINK:
			if (x->m.feed == NULL && p->tag == TAG_HEAD)
				x->m.feed = meta_feed_link(n);
			break;
		case TAG_SCRIPT:
			if ((a = html_attr(n, "type")) != NULL &&
			    ascii_eq_ci(a, "application/ld+json") &&
			    x->m.nldjson < sizeof x->m.ldjson /
			    sizeof x->m.ldjson[0])
				x->m.ldjson[x->m.nldjson++] = n;
			break;
		case TAG_HTML:
			if (x->m.lang == NULL &&
			    (a = html_attr(n, "lang")) != NULL && *a != '\0')
				x->m.lang = a;
			else if (x->m.lang == NULL &&
			    (a = html_attr(n, "xml:lang")) != NULL && *a != '\0')
				x->m.lang = a;
			break;
		case TAG_H1:
			if (!(e->flags & (F_DEAD | F_INDEAD))) {
				if (x->m.first_h1 == 0)
					x->m.first_h1 = idx;
				x->m.h1count++;
			}
			break;
		case TAG_TIME:
			if (x->m.first_time == 0 &&
			    !(e->flags & (F_DEAD | F_INDEAD)) &&
			    html_attr(n, "datetime") != NULL)
				x->m.first_time = idx;
			break;
		default:
			break;
		}
		/* Nothing inside a dead element counts, but the metadata
		 * in <head>, in an aside or in a hidden element is read. */
		if ((e->props & TAG_IS_DEAD) && e->tag != TAG_HEAD &&
		    e->tag != TAG_ASIDE && e->tag != TAG_NAV &&
		    e->tag != TAG_MENU && e->tag != TAG_DIALOG)
			goto next_sibling;
		if (hnode_first(n) != NULL) {
			n = hnode_first(n);
			continue;
		}
		goto next_sibling;
next:
		if (n->type == HNODE_ELEMENT && hnode_first(n) != NULL) {
			n = hnode_first(n);
			continue;
		}
next_sibling:
		for (;;) {
			if (n == root) {
				n = NULL;
				break;
			}
			if (n->type == HNODE_ELEMENT && n->mark != 0)
				x->v[n->mark].end = (uint32_t)x->n;
			if (hnode_next(n) != NULL) {
				n = hnode_next(n);
				break;
			}
			n = hnode_parent(n);
		}
	}
	if (root->mark != 0)
		x->v[root->mark].end = (uint32_t)x->n;
}
