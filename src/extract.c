/* extract.c: HTML tree -> article.
 *
 * One walk over the tree annotates every element in an array (its tag,
 * what its class and id say, whether it is hidden) and gathers the page's
 * metadata; a pass over that array, children before parents, sums the
 * live text, links and commas each element holds. The article's container
 * is then chosen from those numbers, never from copies of the tree: the
 * one the markup names (itemprop=articleBody, entry-content, <article>,
 * ...), else the best by Readability's scores, else the whole body. A
 * walk of the container writes its blocks, leaving out what the class
 * names, the link density and the words of short blocks mark as the
 * page's chrome. Text is copied out of the tree only for the blocks it
 * becomes and for the few short ones whose words are read. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "ascii.h"
#include "buf.h"
#include "chrome.h"
#include "date.h"
#include "doc.h"
#include "extract.h"
#include "html.h"
#include "jsonld.h"
#include "phrase.h"
#include "prevnext.h"
#include "tags.h"
#include "url.h"
#include "utf8.h"
#include "xmalloc.h"

/* ---------------------------------------------------------------------
 * What class and id say. Each is cut into lower-case words (at anything
 * but a letter or digit, and at a lower-to-upper case change), and the
 * words and the pairs of neighbouring words are looked up.
 */

#define C_POS		0x00000001u	/* article, content, entry, ... */
#define C_NEG		0x00000002u	/* footer, sidebar, meta, ... */
#define C_UNLIKELY	0x00000004u	/* not the article's container */
#define C_MAYBE		0x00000008u	/* ... unless this says it may be */
#define C_BODY		0x00000010u	/* the article body: entry-content */
#define C_BODY2		0x00000020u	/* weaker: story, single-post */
#define C_MAIN		0x00000040u	/* main-content, content-main */
#define C_HIDDEN	0x00000080u	/* sr-only, screen-reader-text */
#define C_COMMENT	0x00000100u
#define C_SHARE		0x00000200u
#define C_RELATED	0x00000400u	/* related, read next, more stories */
#define C_SUBSCRIBE	0x00000800u	/* newsletter, subscribe, signup */
#define C_PAGER		0x00001000u	/* prev/next, pagination */
#define C_AD		0x00002000u
#define C_CAPTION	0x00004000u	/* caption, credit */
#define C_BYLINE	0x00008000u	/* byline, dateline, entry meta */
#define C_BIO		0x00010000u	/* author box */
#define C_TAGS		0x00020000u
#define C_COOKIE	0x00040000u	/* cookie and consent notices */
#define C_MENU		0x00080000u	/* menus, breadcrumbs, toolbars */
#define C_TITLE		0x00100000u	/* entry-title, headline */
#define C_AUTHOR	0x00200000u	/* author (alone): a byline or a bio */
#define C_SOCIAL	0x00400000u
#define C_PROMO		0x00800000u
#define C_EMBED		0x01000000u	/* an embedded post: tweet, video */
#define C_DATE		0x02000000u	/* a date: post-date, published */

/* Bits that remove an element met inside the article. */
#define C_DROP	(C_HIDDEN | C_COMMENT | C_SHARE | C_RELATED | C_SUBSCRIBE | \
	C_PAGER | C_AD | C_BYLINE | C_BIO | C_TAGS | C_COOKIE | C_MENU | \
	C_SOCIAL | C_PROMO)

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
	{ "paywall", W_PREFIX, C_SUBSCRIBE | C_NEG },
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
static uint32_t
classify(const char *s)
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

/* Element flags. */
#define F_DEAD		0x0001	/* never article text (tag, hidden) */
#define F_INDEAD	0x0002	/* inside a dead element */
#define F_INLINK	0x0004	/* an <a href> or inside one */
#define F_HIDDEN	0x0008	/* hidden by style or attribute */
#define F_UNLIKELY	0x0010	/* class/id say "not the article" */
#define F_ITEMBODY	0x0020	/* itemprop=articleBody */
#define F_SKIP		0x0040	/* dead for the current statistics */
#define F_SCORED	0x0080	/* has a score (cand_score) */
#define F_HASBLOCK	0x0100	/* has block children */
#define F_HIT		0x0200	/* matched the markup rank looked at */

struct node {
	xmlNode		*n;
	uint32_t	 parent;	/* index; 0 for the root itself */
	uint32_t	 end;		/* one past the last descendant */
	uint16_t	 tag;
	uint16_t	 props;
	uint32_t	 flags;
	uint32_t	 cls;		/* C_* of class and id */
	/* Own text (in text children) and, after stats(), the subtree's
	 * live totals. */
	uint32_t	 ownchars, ownlink, owncommas;
	uint32_t	 chars, link, commas;
	uint16_t	 np, nli, nimg, ninput, nembed, narticle;
	float		 score;
};

/* What the page says about itself. Element numbers are indexes into
 * struct ex's array; 0 (the sentinel) means none. */
struct meta {
	/* Pointers into the tree, which outlives them. */
	const char	*title[6];	/* dc.title, og:title, title,
					   twitter:title, parsely-title,
					   headline */
	const char	*site;		/* og:site_name */
	const char	*author[6];	/* dc.creator, author, parsely-author,
					   article:author, sailthru.author,
					   twitter:creator */
	const char	*coauthor[6][3];	/* more of each kind, as a
					   page with several authors gives
					   them, in order */
	size_t		 ncoauthor[6];
	const char	*date[6];	/* article:published_time and kin */
	const char	*lang;		/* <html lang> */
	const char	*mlang;		/* <meta> content-language */
	const char	**prop[24];	/* the slots above set from a
					   property= attribute */
	size_t		 nprop;
	xmlNode		*titlenode;	/* <title> */
	uint32_t	 first_h1;	/* the first live h1 */
	uint32_t	 h1count;	/* live h1s */
	uint32_t	 first_time;	/* the first live <time datetime> */
	uint32_t	 byline_el;	/* the first live class=byline/author */
	uint32_t	 author_el;	/* the first itemprop=author/rel=author */
	uint32_t	 date_el;	/* the first itemprop=datePublished */
	uint32_t	 datecls[4];	/* the first live class=date elements */
	size_t		 ndatecls;
	xmlNode		*ldjson[8];	/* <script type=application/ld+json> */
	size_t		 nldjson;
};

/* One extraction. */
struct ex {
	const struct html *h;
	struct doc	*d;
	struct node	*v;		/* the elements, in document order;
					   v[0] is a sentinel */
	size_t		 n, cap;
	struct meta	 m;
	char		*ftitle;	/* the title, folded (see utf8_fold()) */
	char		*fdoctitle;	/* <title> without the site, folded */
};

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

/* Whether a struct meta slot was set from a property= attribute. */
static bool
meta_prop(const struct meta *m, const char *const *slot)
{
	size_t	 i;

	for (i = 0; i < m->nprop; i++) {
		if (m->prop[i] == slot)
			return true;
	}
	return false;
}

static void
meta_prop_set(struct meta *m, const char **slot)
{
	if (m->nprop < sizeof m->prop / sizeof m->prop[0])
		m->prop[m->nprop++] = slot;
}

static void
meta_element(struct ex *x, xmlNode *n)
{
	struct meta	*m = &x->m;
	const char	*name, *content;
	bool		 prop;

	if ((content = html_attr(n, "content")) == NULL || *content == '\0')
		return;
	prop = (name = html_attr(n, "property")) != NULL;
	if (name == NULL &&
	    (name = html_attr(n, "name")) == NULL &&
	    (name = html_attr(n, "itemprop")) == NULL &&
	    (name = html_attr(n, "http-equiv")) == NULL)
		return;
	/* A property list may name several ("og:title twitter:title"). */
#define META_IS(s) ascii_has_token(name, s)
	/* The first of each kind counts, but a property= (RDFa, as
	 * OpenGraph and Dublin Core define them) wins over a name=. */
#define META_SET(slot) do {						\
	if ((slot) == NULL || (prop && !meta_prop(m, &(slot)))) {	\
		(slot) = content;					\
		if (prop)						\
			meta_prop_set(m, &(slot));			\
	}								\
} while (0)
	/* An author's kind may come again, one tag for each author; a
	 * property= one that took the place of a name= starts afresh. */
#define META_AUTHOR(k) do {						\
	const char *was_ = m->author[k];				\
									\
	META_SET(m->author[k]);						\
	if (m->author[k] != was_)					\
		m->ncoauthor[k] = 0;					\
	else if (prop == meta_prop(m, &m->author[k]) &&			\
	    strcmp(content, was_) != 0 && m->ncoauthor[k] <		\
	    sizeof m->coauthor[k] / sizeof m->coauthor[k][0])		\
		m->coauthor[k][m->ncoauthor[k]++] = content;		\
} while (0)
	if (META_IS("dc.title") || META_IS("dcterms.title") ||
	    META_IS("dc:title") || META_IS("dcterm:title"))
		META_SET(m->title[0]);
	if (META_IS("og:title"))
		META_SET(m->title[1]);
	if (META_IS("title"))
		META_SET(m->title[2]);
	if (META_IS("twitter:title"))
		META_SET(m->title[3]);
	if (META_IS("parsely-title"))
		META_SET(m->title[4]);
	if (META_IS("headline"))
		META_SET(m->title[5]);
	if (META_IS("og:site_name"))
		META_SET(m->site);
	if (META_IS("dc.creator") || META_IS("dcterms.creator") ||
	    META_IS("dc:creator") || META_IS("dcterm:creator"))
		META_AUTHOR(0);
	if (META_IS("author"))
		META_AUTHOR(1);
	if (META_IS("parsely-author"))
		META_AUTHOR(2);
	if (META_IS("article:author") || META_IS("og:article:author"))
		META_AUTHOR(3);
	if (META_IS("sailthru.author") || META_IS("byl"))
		META_AUTHOR(4);
	if (META_IS("twitter:creator"))
		META_AUTHOR(5);
	if (META_IS("article:published_time") ||
	    META_IS("og:article:published_time") ||
	    META_IS("article.published"))
		META_SET(m->date[0]);
	if (META_IS("datepublished"))
		META_SET(m->date[1]);
	if (META_IS("parsely-pub-date") || META_IS("sailthru.date"))
		META_SET(m->date[2]);
	if (META_IS("dc.date.issued") || META_IS("dcterms.issued") ||
	    META_IS("dcterms.created") || META_IS("dc.date.created"))
		META_SET(m->date[3]);
	if (META_IS("date") || META_IS("pubdate") || META_IS("publishdate") ||
	    META_IS("publish-date") || META_IS("publish_date") ||
	    META_IS("published_time") || META_IS("article_date_original") ||
	    META_IS("original-publish-date") || META_IS("dc.date") ||
	    META_IS("dcterms.date") || META_IS("release_date"))
		META_SET(m->date[4]);
	if (META_IS("og:published_time") || META_IS("og:pubdate"))
		META_SET(m->date[5]);
	if (META_IS("content-language") || META_IS("language") ||
	    META_IS("dc.language"))
		META_SET(m->mlang);
#undef META_IS
#undef META_SET
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
is_heading(const xmlNode *n)
{
	unsigned	 props;

	if (n == NULL || n->type != XML_ELEMENT_NODE)
		return false;
	(void)tags_lookup((const char *)n->name, &props);
	return (props & TAG_IS_HEADING) != 0;
}

/* Compare the letters and digits of an id, in lower case, with those of
 * the text under n, the first time through: true when the text holds
 * just those (a heading's anchor: "Sharing with a single developer" and
 * its id "sharing-with-a-single-developer"). The walk stops at the
 * first difference. */
static bool
anchor_text(const xmlNode *top, const char **idp)
{
	const xmlNode		*n = top->children;
	const unsigned char	*t;
	const char		*id = *idp;
	size_t			 steps = 0;

	while (n != NULL && steps++ < 64) {
		if (n->type == XML_TEXT_NODE && n->content != NULL) {
			for (t = n->content; *t != '\0'; t++) {
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
		if (n->type == XML_ELEMENT_NODE && n->children != NULL) {
			n = n->children;
			continue;
		}
		while (n != NULL && n->next == NULL && n != top)
			n = n->parent;
		if (n == NULL || n == top)
			break;
		n = n->next;
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
id_is_anchor(const xmlNode *n, const char *id)
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
		for (n = n->children; n != NULL && n->type != XML_ELEMENT_NODE;
		    n = n->next)
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
	const xmlAttr	*at;
	const char	*an, *a;
	bool		 page = e->tag == TAG_BODY || e->tag == TAG_HTML;

	for (at = e->n->properties; at != NULL; at = at->next) {
		an = (const char *)at->name;
		/* Inside a dead element only the metadata (itemprop, rel)
		 * matters. */
		if ((e->flags & F_INDEAD) && an[0] != 'i' && an[0] != 'r')
			continue;
		a = at->children != NULL && at->children->content != NULL ?
		    (const char *)at->children->content : "";
		if (strcmp(an, "class") == 0 || (strcmp(an, "id") == 0 &&
		    !(e->flags & F_INDEAD))) {
			uint32_t	 f;

			/* body's classes describe the page, not a part. */
			if (!page) {
				f = classify(a);
				if ((f & (C_DROP | C_NEG | C_UNLIKELY)) &&
				    an[0] == 'i' && id_is_anchor(e->n, a))
					f = 0;
				e->cls |= f;
			}
		} else if (strcmp(an, "hidden") == 0 ||
		    (strcmp(an, "aria-hidden") == 0 &&
		    strcmp(a, "true") == 0) ||
		    (strcmp(an, "style") == 0 && style_hidden(a)))
			e->flags |= F_HIDDEN;
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
static void
annotate(struct ex *x, xmlNode *root)
{
	xmlNode		*n = root;
	struct node	*e, *p;
	const char	*a;
	uint32_t	 idx, pi;
	unsigned	 props;

	/* Entry 0 is a sentinel parent for the root. */
	node_grow(x);
	memset(&x->v[0], 0, sizeof x->v[0]);
	x->v[0].flags = 0;
	x->n = 1;
	root->_private = NULL;
	while (n != NULL) {
		pi = n->parent != NULL && n->parent->_private != NULL ?
		    (uint32_t)(uintptr_t)n->parent->_private : 0;
		if (n->type == XML_TEXT_NODE ||
		    n->type == XML_CDATA_SECTION_NODE) {
			p = &x->v[pi];
			if (pi != 0 && !(p->flags & (F_DEAD | F_INDEAD)) &&
			    n->content != NULL) {
				uint32_t chars = 0, commas = 0;

				count_text((const char *)n->content, &chars,
				    &commas);
				p->ownchars += chars;
				p->owncommas += commas;
				if (p->flags & F_INLINK)
					p->ownlink += chars;
			}
			goto next;
		}
		if (n->type != XML_ELEMENT_NODE)
			goto next;
		node_grow(x);
		idx = (uint32_t)x->n++;
		e = &x->v[idx];
		p = &x->v[pi];
		memset(e, 0, sizeof *e);
		e->n = n;
		e->parent = pi;
		n->_private = (void *)(uintptr_t)idx;
		e->tag = (uint16_t)tags_lookup((const char *)n->name, &props);
		e->props = (uint16_t)props;
		if (p->flags & (F_DEAD | F_INDEAD))
			e->flags |= F_INDEAD;
		if (p->flags & F_INLINK)
			e->flags |= F_INLINK;
		if (e->props & TAG_IS_DEAD)
			e->flags |= F_DEAD;
		if (e->props & TAG_IS_BLOCK)
			p->flags |= F_HASBLOCK;
		if (n->properties != NULL)
			annotate_attrs(x, idx);
		switch (e->tag) {
		case TAG_META:
			meta_element(x, n);
			break;
		case TAG_TITLE:
			if (x->m.titlenode == NULL)
				x->m.titlenode = n;
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
		if (n->children != NULL) {
			n = n->children;
			continue;
		}
		goto next_sibling;
next:
		if (n->type == XML_ELEMENT_NODE && n->children != NULL) {
			n = n->children;
			continue;
		}
next_sibling:
		for (;;) {
			if (n == root) {
				n = NULL;
				break;
			}
			if (n->type == XML_ELEMENT_NODE &&
			    n->_private != NULL) {
				idx = (uint32_t)(uintptr_t)n->_private;
				x->v[idx].end = (uint32_t)x->n;
			}
			if (n->next != NULL) {
				n = n->next;
				break;
			}
			n = n->parent;
		}
	}
	if (root->_private != NULL)
		x->v[(uintptr_t)root->_private].end = (uint32_t)x->n;
}

/* ---------------------------------------------------------------------
 * Statistics: the live text under each element.
 */

#define MODE_STRIP_UNLIKELY	0x1	/* leave out F_UNLIKELY subtrees */

static bool
skipped_self(const struct node *e, unsigned mode)
{
	if (e->flags & (F_DEAD | F_INDEAD))
		return true;
	if ((mode & MODE_STRIP_UNLIKELY) && (e->flags & F_UNLIKELY))
		return true;
	/* Figures and captions hold no article text. */
	if (e->tag == TAG_FIGURE || e->tag == TAG_FIGCAPTION ||
	    ((e->cls & C_CAPTION) && !(e->cls & (C_BODY | C_BODY2))))
		return true;
	return false;
}

static void
stats(struct ex *x, unsigned mode)
{
	struct node	*e, *p;
	size_t		 i;

	for (i = 1; i < x->n; i++) {
		e = &x->v[i];
		e->flags &= ~F_SKIP;
		if (skipped_self(e, mode) || (x->v[e->parent].flags & F_SKIP))
			e->flags |= F_SKIP;
		e->chars = e->ownchars;
		e->link = e->ownlink;
		e->commas = e->owncommas;
		e->np = e->nli = e->nimg = e->ninput = e->nembed = 0;
		e->narticle = 0;
		e->score = 0;
	}
	for (i = x->n - 1; i >= 1; i--) {
		e = &x->v[i];
		if (e->parent == 0)
			continue;
		p = &x->v[e->parent];
		switch (e->tag) {
		case TAG_P:
			p->np++;
			break;
		case TAG_LI:
			p->nli++;
			break;
		case TAG_IMG:
		case TAG_PICTURE:
			p->nimg++;
			break;
		case TAG_INPUT:
		case TAG_TEXTAREA:
		case TAG_SELECT:
		case TAG_BUTTON:
			p->ninput++;
			break;
		case TAG_IFRAME:
		case TAG_EMBED:
		case TAG_OBJECT:
		case TAG_VIDEO:
			p->nembed++;
			break;
		case TAG_ARTICLE:
			p->narticle++;
			break;
		default:
			break;
		}
		if (e->flags & F_SKIP)
			continue;
		p->chars += e->chars;
		p->link += e->link;
		p->commas += e->commas;
		p->np += e->np;
		p->nli += e->nli;
		p->nimg += e->nimg;
		p->ninput += e->ninput;
		p->nembed += e->nembed;
	}
}

/* An element that holds half the page's text is not unlikely to be the
 * article, whatever its class says. */
static void
unlikely(struct ex *x)
{
	size_t	 i;

	if (x->n < 2)
		return;
	stats(x, 0);
	for (i = 2; i < x->n; i++) {
		if ((x->v[i].flags & F_UNLIKELY) &&
		    !(x->v[i].cls & (C_COMMENT | C_RELATED | C_SHARE |
		    C_SOCIAL | C_AD | C_PROMO | C_SUBSCRIBE)) &&
		    x->v[i].chars * 2 > x->v[1].chars)
			x->v[i].flags &= ~F_UNLIKELY;
	}
}

static float
link_density(const struct node *e)
{
	return e->chars == 0 ? 0 : (float)e->link / (float)e->chars;
}

static bool
is_ancestor(const struct ex *x, uint32_t a, uint32_t i)
{
	return i > a && i < x->v[a].end;
}

/* ---------------------------------------------------------------------
 * The text of a small subtree, for the rules that read words.
 */

static char	*squeeze(char *);

/* Append the live text under top to b, up to about max bytes; sep goes
 * where a block element or a <br> starts. */
static void
gather_text(const struct ex *x, xmlNode *top, struct buf *b, size_t max,
    int sep)
{
	xmlNode	*c = top->children;
	bool	 down;

	while (c != NULL && b->len < max) {
		down = false;
		if (c->type == XML_TEXT_NODE ||
		    c->type == XML_CDATA_SECTION_NODE) {
			if (c->content != NULL)
				buf_adds(b, (const char *)c->content);
		} else if (c->type == XML_ELEMENT_NODE) {
			uintptr_t ci = (uintptr_t)c->_private;

			if (ci != 0 && !(x->v[ci].flags & (F_DEAD |
			    F_INDEAD))) {
				if (x->v[ci].props & TAG_IS_BLOCK ||
				    x->v[ci].tag == TAG_BR)
					buf_addc(b, sep);
				down = c->children != NULL;
			}
		}
		if (down) {
			c = c->children;
			continue;
		}
		while (c != top && c->next == NULL)
			c = c->parent;
		if (c == top)
			break;
		c = c->next;
	}
}

/* The collapsed text of an element, at most about max bytes (free it). */
static char *
node_text(const struct ex *x, xmlNode *n, size_t max)
{
	struct buf	 b = BUF_INIT;
	char		*s;

	gather_text(x, n, &b, max, ' ');
	s = buf_finish(&b, NULL);
	return squeeze(s);
}

/* Collapse white space and trim, in place. */
static char *
squeeze(char *s)
{
	char	*o = s, *p = s;
	bool	 sp = false;

	for (; *p != '\0'; p++) {
		if (ascii_is_space((unsigned char)*p) || ((unsigned char)p[0] ==
		    0xc2 && (unsigned char)p[1] == 0xa0)) {
			if ((unsigned char)*p == 0xc2)
				p++;
			sp = true;
			continue;
		}
		if (sp && o > s)
			*o++ = ' ';
		sp = false;
		*o++ = *p;
	}
	*o = '\0';
	return s;
}

/* The text inside a <script> element. */
static char *
script_text(xmlNode *n)
{
	struct buf	 b = BUF_INIT;
	xmlNode		*c;

	for (c = n->children; c != NULL; c = c->next) {
		if (c->content != NULL)
			buf_adds(&b, (const char *)c->content);
	}
	return buf_finish(&b, NULL);
}

/* What the page's JSON-LD says of its article: the first script that
 * holds one. */
static void
ldjson(struct ex *x, struct jsonld *ld)
{
	char	*text, *ftitle = NULL;
	size_t	 i;
	bool	 found = false;

	memset(ld, 0, sizeof *ld);
	if (x->m.nldjson > 0 && x->m.titlenode != NULL) {
		text = script_text(x->m.titlenode);
		ftitle = utf8_fold(text);
		free(text);
	}
	for (i = 0; i < x->m.nldjson && !found; i++) {
		text = script_text(x->m.ldjson[i]);
		found = jsonld_read(text, ftitle, ld);
		free(text);
	}
	free(ftitle);
}

/* ---------------------------------------------------------------------
 * Metadata.
 */

static void
set_date(struct doc *d, const char *s)
{
	char	*iso;

	if (s == NULL || *s == '\0')
		return;
	if ((iso = date_find(s, NULL)) != NULL) {
		doc_set(&d->date, iso, (size_t)-1);
		free(iso);
	} else if (date_has_year(s))
		doc_set(&d->date, s, (size_t)-1);
}

/* Title separators: " | ", " - ", " – ", " — ", " :: ", " · ", " / ",
 * " « ", " » ". Returns the length of the separator at s, or 0. */
static size_t
title_sep(const char *s)
{
	static const char *const seps[] = {
		" | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " :: ",
		" \xc2\xb7 ", " / ", " \xc2\xab ", " \xc2\xbb ",
		" \xe2\x80\xa2 ", " ~ "
	};
	size_t	 i, n;

	if (*s != ' ')
		return 0;
	for (i = 0; i < sizeof seps / sizeof seps[0]; i++) {
		n = strlen(seps[i]);
		if (strncmp(s, seps[i], n) == 0)
			return n;
	}
	return 0;
}

static size_t
word_count(const char *s, size_t len)
{
	size_t	 i, n = 0;
	bool	 in = false;

	for (i = 0; i < len; i++) {
		if (ascii_is_space((unsigned char)s[i]))
			in = false;
		else if (!in) {
			in = true;
			n++;
		}
	}
	return n;
}

/* Split a page title into the article's title and the site's name: the
 * part before the last separator when it has at least three words (or a
 * dozen characters of a script without spaces), else the part after the
 * first. *site gets the other part (malloc'd) or NULL. */
static char *
title_strip(const char *t, char **site)
{
	const char	*last = NULL, *first = NULL, *p;
	size_t		 lastn = 0, firstn = 0, n;

	*site = NULL;
	for (p = t; *p != '\0'; p++) {
		if ((n = title_sep(p)) != 0) {
			if (first == NULL) {
				first = p;
				firstn = n;
			}
			last = p;
			lastn = n;
		}
	}
	if (last == NULL)
		return xstrdup(t);
	n = (size_t)(last - t);
	if (word_count(t, n) >= 3 || (word_count(t, n) < 3 &&
	    utf8_cpcount(t, n) >= 12 && strchr(t, ' ') == last)) {
		*site = xstrdup(last + lastn);
		return xstrndup(t, n);
	}
	p = first + firstn;
	if (word_count(p, strlen(p)) >= 3) {
		*site = xstrndup(t, (size_t)(first - t));
		return xstrdup(p);
	}
	return xstrdup(t);
}

/* The page's <title> as the article's title, the way reader views
 * report it: cut before the site's name (title_strip()) only when what
 * is left has five words or more, or when a breadcrumb's separator
 * ("/", ">", "»") cut off a single word. A shorter part may itself be
 * the site's name ("Google - Site Reliability Engineering"), so such a
 * title is kept whole. Malloc'd. */
static char *
page_title(const char *t)
{
	char		*site, *st = title_strip(t, &site);
	const char	*p;
	size_t		 n, nw = word_count(st, strlen(st)), all = 0;
	bool		 crumbs = false, in = false;

	if (site == NULL)
		return st;
	free(site);
	if (nw >= 5)
		return st;
	/* Its words, the separators between them not counted. */
	for (p = t; *p != '\0'; p++) {
		if ((n = title_sep(p)) != 0) {
			if (p[1] == '/' || p[1] == '>' ||
			    strncmp(p + 1, "\xc2\xbb", 2) == 0)
				crumbs = true;
			p += n - 1;	/* to its closing space */
			in = false;
		} else if (ascii_is_space((unsigned char)*p))
			in = false;
		else if (!in) {
			in = true;
			all++;
		}
	}
	if (crumbs && nw + 1 == all)
		return st;
	free(st);
	return xstrdup(t);
}

/* The words that may come before a name in a byline. */
static const char *const by[] = {
	"by:", "by", "von", "par", "por", "door", "di", "written by",
	"posted by", "words by", "text by", "author:", "authors:"
};

/* True when a line says only "By" (or the like), the name to follow. */
static bool
byline_lone_by(const char *s)
{
	size_t	 i, n = strlen(s);

	while (n > 0 && (s[n - 1] == ':' || s[n - 1] == ' '))
		n--;
	for (i = 0; i < sizeof by / sizeof by[0]; i++) {
		if (strlen(by[i]) == n && strncasecmp(s, by[i], n) == 0)
			return true;
	}
	return false;
}

/* A character that utf8_fold() keeps. */
static bool
folds(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c >= 0x80;
}

/* A separator character around a site's name in a page title. */
static bool
rest_sep(const char *s, size_t *len)
{
	static const char *const seps[] = {
		" ", "|", "-", "_", ":", "/", "~", "[", "]", "(", ")",
		"\xe2\x80\x93", "\xe2\x80\x94", "\xc2\xb7", "\xc2\xab",
		"\xc2\xbb", "\xe2\x80\xa2"
	};
	size_t	 i;

	for (i = 0; i < sizeof seps / sizeof seps[0]; i++) {
		*len = strlen(seps[i]);
		if (strncmp(s, seps[i], *len) == 0)
			return true;
	}
	return false;
}

/* When the page title is the article's title followed by more (as
 * "Title - Site", "Title_Section_Site", "Title [Site]"), the last part of
 * the rest: the site's name (malloc'd); else NULL. */
static char *
title_rest(const char *doctitle, const char *title)
{
	const unsigned char *d = (const unsigned char *)doctitle;
	const unsigned char *t = (const unsigned char *)title;
	const char	*rest, *part, *end;
	size_t		 n;

	/* Walk both, as utf8_fold() would compare them. */
	for (;;) {
		while (*t != '\0' && !folds(*t))
			t++;
		while (*d != '\0' && !folds(*d))
			d++;
		if (*t == '\0' || *d == '\0')
			break;
		if (ascii_lower(*t) != ascii_lower(*d))
			return NULL;
		t++;
		d++;
	}
	if (*t != '\0' || *d == '\0')
		return NULL;
	/* Back to just after the title's last character. */
	rest = (const char *)d;
	while (rest > doctitle && !folds((unsigned char)rest[-1]))
		rest--;
	/* The rest must start with a separator other than a space. */
	while (*rest == ' ')
		rest++;
	if (!rest_sep(rest, &n))
		return NULL;
	/* Its last part. */
	end = rest + strlen(rest);
	while (end > rest && rest_sep(end - 1, &n) && n == 1)
		end--;
	part = end;
	while (part > rest) {
		const char *q = part - 1;

		while (q > rest && ((unsigned char)*q & 0xc0) == 0x80)
			q--;
		if (rest_sep(q, &n) && (*q != ' ' && *q != '-' &&
		    *q != ':'))
			break;
		if (*q == ' ' && title_sep(q) != 0)
			break;
		part = q;
	}
	while (part < end && rest_sep(part, &n))
		part += n;
	if (part >= end || utf8_cpcount(part, (size_t)(end - part)) > 60)
		return NULL;
	return xstrndup(part, (size_t)(end - part));
}

/* Clean a byline: the names only, without "By" and without what
 * follows them on the line (a date, a role, a "|"). NULL when nothing
 * that looks like a name is left. */
static char *
byline_clean(const char *s)
{
	char		*t = squeeze(xstrdup(s)), *p, *o, *iso;
	const char	*at;
	size_t		 i, n, len;

	if (byline_lone_by(t)) {
		free(t);
		return NULL;
	}
	p = t;
	for (i = 0; i < sizeof by / sizeof by[0]; i++) {
		n = strlen(by[i]);
		if (strncasecmp(p, by[i], n) == 0 && (p[n] == ' ' ||
		    by[i][n - 1] == ':')) {
			p += n;
			while (*p == ' ' || *p == ':')
				p++;
			break;
		}
	}
	/* Cut at a separator that starts what is not the name. */
	for (o = p; *o != '\0'; o++) {
		if (*o == '|' || *o == '\n' ||
		    strncmp(o, "\xe2\x80\xa2", 3) == 0 ||
		    strncmp(o, "\xc2\xb7", 2) == 0 ||
		    strncmp(o, " - ", 3) == 0 ||
		    strncmp(o, " \xe2\x80\x94 ", 5) == 0 ||
		    strncmp(o, " \xe2\x80\x93 ", 5) == 0) {
			*o = '\0';
			break;
		}
	}
	len = strlen(p);
	while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == ',' ||
	    p[len - 1] == ':'))
		p[--len] = '\0';
	/* A date after the name ends it. */
	if ((iso = date_find(p, &at)) != NULL) {
		free(iso);
		len = (size_t)(at - p);
		while (len > 0 && strchr(" ,:;-", p[len - 1]) != NULL)
			len--;
		/* "on" and a weekday before the date go with it. */
		for (n = len; n > 0 && p[n - 1] != ' '; n--)
			;
		if (n > 0 && len > n &&
		    date_weekday_at(p + n, len - n) == len - n)
			len = n - 1;
		while (len > 0 && strchr(" ,:;-", p[len - 1]) != NULL)
			len--;
		if (len > 3 && strncmp(p + len - 3, " on", 3) == 0)
			len -= 3;
		p[len] = '\0';
	}
	if (len == 0 || len > 100 || strncmp(p, "http", 4) == 0 ||
	    p[0] == '@') {
		free(t);
		return NULL;
	}
	memmove(t, p, len + 1);
	return t;
}

/* Set d->byline from a candidate, cleaned; true when it was set. */
static bool
set_byline(struct doc *d, const char *s)
{
	char	*b;

	if (s == NULL || *s == '\0')
		return false;
	if ((b = byline_clean(s)) == NULL)
		return false;
	doc_set(&d->byline, b, (size_t)-1);
	free(b);
	return d->byline != NULL;
}

/* Set d->byline from one tag of a kind and the others of that kind
 * that follow it, one author each: the names joined by ", ", or by "; "
 * when a name holds a comma ("Kooman, F.; Jong, Michiel de"). */
static void
set_bylines(struct doc *d, const char *first, const char *const *more,
    size_t nmore)
{
	struct buf	 b = BUF_INIT;
	const char	*s;
	char		*name, *names[4];
	size_t		 i, k, n = 0;
	bool		 comma = false;

	for (i = 0; i <= nmore && n < 4; i++) {
		s = i == 0 ? first : more[i - 1];
		if (s == NULL || *s == '\0' || (name = byline_clean(s)) == NULL)
			continue;
		for (k = 0; k < n && !ascii_eq_ci(names[k], name); k++)
			;
		if (k < n) {
			free(name);
			continue;
		}
		comma |= strchr(name, ',') != NULL;
		names[n++] = name;
	}
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_adds(&b, comma ? "; " : ", ");
		buf_adds(&b, names[i]);
		free(names[i]);
	}
	if (b.len > 0)
		doc_set(&d->byline, b.data, b.len);
	buf_free(&b);
}

/* Set d->byline from the text of an element, line by line (a block or a
 * <br> starts a line): the first line that holds a name, with a lone
 * "By" line joined to the next. A name's line ends where a job title or
 * a date in a block of its own starts. */
static void
byline_from(const struct ex *x, xmlNode *n)
{
	struct buf	 b = BUF_INIT;
	char		*s, *line, *next, *prev = NULL, *t;

	gather_text(x, n, &b, 256, '\n');
	s = buf_finish(&b, NULL);
	for (line = s; line != NULL && x->d->byline == NULL; line = next) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		squeeze(line);
		if (*line == '\0')
			continue;
		if (byline_lone_by(line)) {
			prev = line;
			continue;
		}
		if (prev != NULL) {
			t = xasprintf("%s %s", prev, line);
			set_byline(x->d, t);
			free(t);
			prev = NULL;
		} else
			set_byline(x->d, line);
	}
	free(s);
}

/* True when the folded title of the page and a heading's folded text
 * are the same title. */
static bool
same_title(const char *fa, const char *fb)
{
	size_t	 la = strlen(fa), lb = strlen(fb);

	if (la == 0 || lb == 0)
		return false;
	if (strcmp(fa, fb) == 0)
		return true;
	if (la > lb)
		return lb * 10 >= la * 7 && strstr(fa, fb) != NULL;
	return la * 10 >= lb * 7 && strstr(fb, fa) != NULL;
}

/* The page's own address: its canonical one, else the absolute base
 * of its links; NULL when neither is known. */
static const char *
page_url(const struct html *h)
{
	if (h->canonical != NULL)
		return h->canonical;
	if (h->url != NULL && (url_is_web(h->url) ||
	    strncasecmp(h->url, "file://", 7) == 0))
		return h->url;
	return NULL;
}

/* A site's name given as a URL ("http://www.example.com/"): its site
 * (url_site: the host without "www."). */
static void
site_host(struct doc *d)
{
	char	*h;

	if (d->site == NULL || !url_is_web(d->site))
		return;
	h = url_site(d->site);
	doc_set(&d->site, h, (size_t)-1);
	free(h);
}

static void
metadata(struct ex *x, struct jsonld *ld)
{
	struct doc	*d = x->d;
	struct meta	*m = &x->m;
	char		*doctitle = NULL, *stripped = NULL, *suffix = NULL;
	char		*t;
	const char	*title = NULL;
	size_t		 i;

	/* The page title and what it says of the site. */
	if (m->titlenode != NULL) {
		doctitle = squeeze(script_text(m->titlenode));
		stripped = title_strip(doctitle, &suffix);
	}
	/* The site. */
	if (ld->site != NULL)
		doc_set(&d->site, ld->site, (size_t)-1);
	if (d->site == NULL && m->site != NULL)
		doc_set(&d->site, m->site, (size_t)-1);
	site_host(d);

	/* The title: structured data, then the article's h1, then the
	 * page's <title> without the site's name. */
	if (ld->title != NULL && *ld->title != '\0')
		title = ld->title;
	for (i = 0; title == NULL && i < sizeof m->title / sizeof m->title[0];
	    i++) {
		if (m->title[i] != NULL && *m->title[i] != '\0')
			title = m->title[i];
	}
	if (title != NULL) {
		char *site = NULL, *st = title_strip(title, &site);

		/* Strip a site name that the page names elsewhere. */
		if (site != NULL && ((d->site != NULL &&
		    ascii_eq_ci(site, d->site)) || (suffix != NULL &&
		    ascii_eq_ci(site, suffix))))
			doc_set(&d->title, st, (size_t)-1);
		else
			doc_set(&d->title, title, (size_t)-1);
		free(site);
		free(st);
	}
	if (d->title == NULL && m->first_h1 != 0) {
		/* The h1 that the page title names, else the only one. */
		char	*ft = doctitle != NULL ? utf8_fold(doctitle) : NULL;
		size_t	 k, seen = 0;

		for (k = m->first_h1; k < x->n && seen < 8; k++) {
			struct node *e = &x->v[k];
			char	*ht, *fh;

			if (e->tag != TAG_H1 ||
			    (e->flags & (F_DEAD | F_INDEAD)))
				continue;
			seen++;
			ht = node_text(x, e->n, 512);
			fh = utf8_fold(ht);
			if (*fh != '\0' && (ft == NULL ? m->h1count == 1 :
			    (strstr(ft, fh) != NULL && (suffix == NULL ||
			    !ascii_eq_ci(ht, suffix)) && strlen(fh) * 10 >=
			    strlen(ft) * 3)))
				doc_set(&d->title, ht, (size_t)-1);
			free(fh);
			free(ht);
			if (d->title != NULL)
				break;
		}
		free(ft);
	}
	if (d->title == NULL && stripped != NULL)
		doc_set(&d->title, stripped, (size_t)-1);
	if (d->title == NULL && m->first_h1 != 0) {
		t = node_text(x, x->v[m->first_h1].n, 512);
		doc_set(&d->title, t, (size_t)-1);
		free(t);
	}
	if (d->site == NULL && suffix != NULL && d->title != NULL &&
	    strcmp(d->title, suffix) != 0)
		doc_set(&d->site, suffix, (size_t)-1);
	if (d->site == NULL && d->title != NULL && doctitle != NULL &&
	    (t = title_rest(doctitle, d->title)) != NULL) {
		doc_set(&d->site, t, (size_t)-1);
		free(t);
	}
	if (d->title != NULL)
		x->ftitle = utf8_fold(d->title);
	/* So far the headline. The title is what the page gives: its
	 * structured data word for word, else its <title> (page_title()),
	 * else the headline. */
	t = NULL;
	if (title != NULL)
		t = xstrdup(title);
	else if (doctitle != NULL && *doctitle != '\0')
		t = page_title(doctitle);
	if (t != NULL && d->title != NULL) {
		char *h = d->title;

		d->title = NULL;
		doc_set(&d->title, t, (size_t)-1);
		if (d->title == NULL || strcmp(d->title, h) == 0) {
			free(d->title);
			d->title = h;
		} else
			d->headline = h;
	}
	free(t);
	if (doctitle != NULL) {
		x->fdoctitle = utf8_fold(stripped);
	}
	free(doctitle);
	free(stripped);
	free(suffix);

	/* The byline: names only. */
	if (ld->byline != NULL)
		set_byline(d, ld->byline);
	for (i = 0; d->byline == NULL && i < 5; i++)
		set_bylines(d, m->author[i], m->coauthor[i],
		    m->ncoauthor[i]);
	if (d->byline == NULL && m->author_el != 0) {
		struct node	*e = &x->v[m->author_el];
		const char	*c = html_attr(e->n, "content");
		size_t		 k;

		/* itemprop=author: its itemprop=name, else its text. */
		for (k = m->author_el + 1; c == NULL && k < e->end; k++) {
			const char *ip = html_attr(x->v[k].n, "itemprop");

			if (ip != NULL && ascii_has_token(ip, "name")) {
				if ((c = html_attr(x->v[k].n, "content")) == NULL) {
					byline_from(x, x->v[k].n);
				}
				break;
			}
		}
		if (c != NULL)
			set_byline(d, c);
		if (d->byline == NULL)
			byline_from(x, e->n);
	}
	if (d->byline == NULL && m->byline_el != 0)
		byline_from(x, x->v[m->byline_el].n);

	/* The date. */
	if (ld->date != NULL)
		set_date(d, ld->date);
	for (i = 0; d->date == NULL && i < sizeof m->date / sizeof m->date[0];
	    i++)
		set_date(d, m->date[i]);
	if (d->date == NULL && ld->created != NULL)
		set_date(d, ld->created);
	if (d->date == NULL && m->date_el != 0) {
		xmlNode		*n = x->v[m->date_el].n;
		const char	*c = html_attr(n, "datetime");

		if (c == NULL)
			c = html_attr(n, "content");
		if (c != NULL)
			set_date(d, c);
		else {
			t = node_text(x, n, 256);
			set_date(d, t);
			free(t);
		}
	}
	if (d->date == NULL && m->first_time != 0)
		set_date(d, html_attr(x->v[m->first_time].n, "datetime"));
	/* A date written in an element whose class says so, or in the
	 * byline: only when it reads as a date. */
	for (i = 0; d->date == NULL && i <= m->ndatecls; i++) {
		uint32_t k = i < m->ndatecls ? m->datecls[i] : m->byline_el;
		char	*iso;

		if (k == 0)
			continue;
		t = node_text(x, x->v[k].n, 256);
		if ((iso = date_find(t, NULL)) != NULL)
			doc_set(&d->date, iso, (size_t)-1);
		free(iso);
		free(t);
	}

	/* The language. */
	if (m->lang != NULL)
		doc_set(&d->lang, m->lang, (size_t)-1);
	else if (ld->lang != NULL)
		doc_set(&d->lang, ld->lang, (size_t)-1);
	else if (m->mlang != NULL)
		doc_set(&d->lang, m->mlang, (size_t)-1);

	doc_set(&d->url, page_url(x->h), (size_t)-1);
}

/* ---------------------------------------------------------------------
 * Choosing the article's container.
 */

#define MAX_ROOTS	64

struct cand {
	uint32_t	 root[MAX_ROOTS];	/* siblings, in order */
	size_t		 nroot;
};

static int
class_weight(const struct node *e)
{
	int	 w = 0;

	if ((e->cls & C_NEG) && !(e->cls & C_EMBED))
		w -= 25;
	if (e->cls & (C_POS | C_BODY | C_BODY2))
		w += 25;
	if (e->flags & F_ITEMBODY)
		w += 25;
	return w;
}

/* The first name in a class list that says "article body", in *len. */
static const char *
body_token(const char *cl, size_t *len)
{
	char	 tok[64];
	size_t	 n;

	while (cl != NULL && *cl != '\0') {
		while (ascii_is_space((unsigned char)*cl))
			cl++;
		for (n = 0; cl[n] != '\0' &&
		    !ascii_is_space((unsigned char)cl[n]); n++)
			;
		if (n > 0 && n < sizeof tok) {
			memcpy(tok, cl, n);
			tok[n] = '\0';
			if (classify(tok) & (C_BODY | C_BODY2)) {
				*len = n;
				return cl;
			}
		}
		cl += n;
	}
	return NULL;
}

/* True when the class list holds the name tok (len bytes). */
static bool
class_has(const char *cl, const char *tok, size_t len)
{
	size_t	 n;

	while (cl != NULL && *cl != '\0') {
		while (ascii_is_space((unsigned char)*cl))
			cl++;
		for (n = 0; cl[n] != '\0' &&
		    !ascii_is_space((unsigned char)cl[n]); n++)
			;
		if (n == len && memcmp(cl, tok, n) == 0)
			return true;
		cl += n;
	}
	return false;
}

/* The container that the page's markup names: itemprop=articleBody and
 * classes such as entry-content first, then <article>, then weaker
 * names, then main-content and <main>. Within a rank, the first one
 * that holds at least half the text of the biggest. */
static bool
cand_markup(struct ex *x, struct cand *c)
{
	uint32_t	 best, max, i, k;
	int		 tier;
	const char	*tok;
	size_t		 toklen = 0;

	c->nroot = 0;
	for (tier = 0; tier < 5; tier++) {
		max = 0;
		for (i = 1; i < x->n; i++) {
			struct node *e = &x->v[i];
			bool	 hit;

			if (e->flags & F_SKIP)
				continue;
			switch (tier) {
			case 0:
				hit = (e->flags & F_ITEMBODY) ||
				    (e->cls & C_BODY);
				break;
			case 1:
				hit = e->tag == TAG_ARTICLE;
				break;
			case 2:
				hit = (e->cls & C_BODY2) != 0;
				break;
			case 3:
				hit = (e->cls & C_MAIN) != 0;
				break;
			default:
				hit = e->tag == TAG_MAIN;
				break;
			}
			if (!hit || !(e->props & TAG_IS_CONTAINER) ||
			    e->chars - e->link <= 100)
				continue;
			/* A listing of articles is not an article. */
			if (e->narticle >= 3)
				continue;
			if (e->chars - e->link > max)
				max = e->chars - e->link;
			e->flags |= F_HIT;
		}
		if (max == 0)
			continue;
		best = 0;
		for (i = 1; i < x->n && best == 0; i++) {
			struct node *e = &x->v[i];

			if ((e->flags & F_HIT) &&
			    (e->chars - e->link) * 2 >= max)
				best = i;
		}
		for (i = 1; i < x->n; i++)
			x->v[i].flags &= ~F_HIT;
		if (best == 0)
			continue;
		/* A body cut into several containers of one tag and body
		 * class: take them all, in order. Not for <article> and
		 * <main>: several of those are several posts. */
		tok = tier == 0 || tier == 2 ? body_token(html_attr(x->v[best].n,
		    "class"), &toklen) : NULL;
		for (k = 1; k < x->n && c->nroot < MAX_ROOTS; k++) {
			const struct node *o = &x->v[k];

			if (k != best && (tok == NULL || (o->flags & F_SKIP) ||
			    o->tag != x->v[best].tag || o->chars == 0 ||
			    is_ancestor(x, k, best) ||
			    !class_has(html_attr(o->n, "class"), tok, toklen)))
				continue;
			c->root[c->nroot++] = k;
			k = o->end - 1;	/* not inside it */
		}
		return true;
	}
	return false;
}

/* Readability's scoring: each paragraph scores for its parent and its
 * ancestors; the best-scored element, weighed by its link density, is
 * the article, with those of its siblings that score well too. */
static bool
cand_score(struct ex *x, struct cand *c)
{
	uint32_t	 i, a, top = 0, level, k;
	float		 s, topscore = 0, thresh, last;
	uint32_t	 best[5] = { 0 };
	size_t		 nbest = 0, j;

	c->nroot = 0;
	for (i = 1; i < x->n; i++)
		x->v[i].flags &= ~F_SCORED;
	for (i = 1; i < x->n; i++) {
		struct node *e = &x->v[i];

		if (e->flags & F_SKIP)
			continue;
		uint32_t chars = e->chars, commas = e->commas;

		if ((e->props & TAG_IS_PARA) ||
		    ((e->props & TAG_IS_CONTAINER) &&
		    !(e->flags & F_HASBLOCK) && e->ownchars > 0))
			a = e->parent;
		else if ((e->props & TAG_IS_CONTAINER) && e->ownchars >= 20) {
			/* Text loose in a container beside blocks: a
			 * paragraph of its own, in that container. */
			chars = e->ownchars;
			commas = e->owncommas;
			a = i;
		} else
			continue;
		if (chars < 20)
			continue;
		s = 1 + (float)commas + (chars / 100 < 3 ?
		    (float)(chars / 100) : 3);
		for (level = 0; a != 0 && level < 5;
		    a = x->v[a].parent, level++) {
			struct node *p = &x->v[a];

			if (p->tag == TAG_HTML)
				break;
			if (!(p->flags & F_SCORED)) {
				p->flags |= F_SCORED;
				p->score = (float)class_weight(p);
				switch (p->tag) {
				case TAG_DIV:
				case TAG_ARTICLE:
				case TAG_SECTION:
				case TAG_MAIN:
					p->score += 5;
					break;
				case TAG_PRE:
				case TAG_TD:
				case TAG_BLOCKQUOTE:
					p->score += 3;
					break;
				case TAG_ADDRESS:
				case TAG_OL:
				case TAG_UL:
				case TAG_DL:
				case TAG_DD:
				case TAG_DT:
				case TAG_LI:
				case TAG_FORM:
					p->score -= 3;
					break;
				case TAG_H1:
				case TAG_H2:
				case TAG_H3:
				case TAG_H4:
				case TAG_H5:
				case TAG_H6:
				case TAG_TH:
					p->score -= 5;
					break;
				default:
					break;
				}
			}
			p->score += s / (level == 0 ? 1 : level == 1 ? 2 :
			    (float)level * 3);
		}
	}
	for (i = 1; i < x->n; i++) {
		struct node *e = &x->v[i];

		if (!(e->flags & F_SCORED))
			continue;
		e->score *= 1 - link_density(e);
		/* Keep the five best. */
		for (j = 0; j < nbest; j++) {
			if (e->score > x->v[best[j]].score)
				break;
		}
		if (j < 5) {
			if (nbest < 5)
				nbest++;
			memmove(best + j + 1, best + j,
			    (nbest - 1 - j) * sizeof best[0]);
			best[j] = i;
		}
	}
	if (nbest == 0)
		return false;
	top = best[0];
	topscore = x->v[top].score;
	if (topscore <= 0)
		return false;
	/* Several good candidates under one ancestor: take the ancestor. */
	for (a = x->v[top].parent; a != 0 && x->v[a].tag != TAG_BODY &&
	    x->v[a].tag != TAG_HTML; a = x->v[a].parent) {
		size_t	 under = 0;

		for (j = 1; j < nbest; j++) {
			if (x->v[best[j]].score >= topscore * 0.75f &&
			    is_ancestor(x, a, best[j]))
				under++;
		}
		if (under >= 2) {
			top = a;
			break;
		}
	}
	/* A parent that scores better is the article. */
	last = x->v[top].score;
	thresh = last / 3;
	for (a = x->v[top].parent; a != 0 && x->v[a].tag != TAG_BODY &&
	    x->v[a].tag != TAG_HTML; a = x->v[a].parent) {
		if (!(x->v[a].flags & F_SCORED))
			continue;
		if (x->v[a].score < thresh)
			break;
		if (x->v[a].score > last) {
			top = a;
			break;
		}
		last = x->v[a].score;
	}
	/* An only child stands for its parent. */
	for (;;) {
		xmlNode *p = x->v[top].n->parent, *sib;
		size_t	 kids = 0;

		a = x->v[top].parent;
		if (a == 0 || x->v[a].tag == TAG_BODY ||
		    x->v[a].tag == TAG_HTML)
			break;
		for (sib = p->children; sib != NULL; sib = sib->next) {
			if (sib->type == XML_ELEMENT_NODE)
				kids++;
		}
		if (kids != 1)
			break;
		top = a;
	}
	/* Siblings that belong to the article. */
	topscore = x->v[top].flags & F_SCORED ? x->v[top].score : 0;
	thresh = topscore * 0.2f > 10 ? topscore * 0.2f : 10;
	{
		xmlNode		*sib, *p = x->v[top].n->parent;
		const char	*tcl = html_attr(x->v[top].n, "class");

		for (sib = p != NULL ? p->children : NULL; sib != NULL;
		    sib = sib->next) {
			struct node	*e;
			float		 bonus = 0;
			bool		 take = false;

			if (sib->type != XML_ELEMENT_NODE ||
			    (k = (uint32_t)(uintptr_t)sib->_private) == 0)
				continue;
			e = &x->v[k];
			if (k == top)
				take = true;
			else if (e->flags & F_SKIP)
				continue;
			else {
				const char *cl = html_attr(sib, "class");

				if (tcl != NULL && cl != NULL && *cl != '\0' &&
				    strcmp(cl, tcl) == 0)
					bonus = topscore * 0.2f;
				if ((e->flags & F_SCORED) &&
				    e->score + bonus >= thresh)
					take = true;
				else if (e->tag == TAG_P && e->chars > 70 &&
				    link_density(e) < 0.25f)
					take = true;
				else if (e->tag == TAG_P && e->chars > 0 &&
				    e->link == 0 && e->chars <= 70) {
					/* A short paragraph that ends a
					 * sentence. */
					char *t = node_text(x, sib, 400);
					size_t l = strlen(t);

					take = l > 0 && t[l - 1] == '.';
					free(t);
				}
			}
			if (take && c->nroot < MAX_ROOTS)
				c->root[c->nroot++] = k;
		}
	}
	return c->nroot > 0;
}

/* ---------------------------------------------------------------------
 * Writing the blocks.
 */

enum keep { K_SKIP, K_ENTER, K_CAPTION };

struct ctx {
	enum block_kind	 kind;
	int		 level;
	int		 number;	/* for the next list item block */
	int		 next;		/* a list's next number, 0: bullets */
	bool		 li;		/* a list item: blocks inside join */
	bool		 list;
};

struct inl {
	unsigned	 style;
	char		*href;
	bool		 begun;
};

/* What entering an element did, undone when leaving it. */
#define A_BLOCK		0x01	/* ended the block before; end it after */
#define A_CTX		0x02	/* pushed a context */
#define A_INLINE	0x04	/* pushed an inline span */
#define A_QUOTE		0x08
#define A_LIST		0x10
#define A_PRE		0x20
#define A_CAPTION	0x40	/* a caption */
#define A_ROW		0x80	/* a data table row */
#define A_TABLE		0x100	/* a data table */
#define A_JOIN		0x200	/* a block inside a list item: a break */
#define A_FIGURE	0x400	/* a figure: only its caption shows */

struct em {
	struct ex	*x;
	struct doc	*d;
	uint32_t	 root;
	uint32_t	 rootchars;
	struct ctx	 ctx[64];
	size_t		 nctx, ctxover;
	struct inl	 inl[32];
	size_t		 ninl, inlover;
	int		 quote, list, pre, figure, caption, table, row, cell;
	bool		 all;	/* all the page's text, chrome too */
	unsigned	*acts;	/* per open element */
	size_t		 nacts, actscap;
};

static void
em_end(struct em *em)
{
	size_t	 i;

	if (doc_block_is_open(em->d))
		doc_block_end(em->d);
	for (i = 0; i < em->ninl; i++)
		em->inl[i].begun = false;
}

static void
em_push_ctx(struct em *em, struct ctx c)
{
	if (em->nctx < sizeof em->ctx / sizeof em->ctx[0])
		em->ctx[em->nctx++] = c;
	else
		em->ctxover++;
}

static void
em_pop_ctx(struct em *em)
{
	if (em->ctxover > 0)
		em->ctxover--;
	else if (em->nctx > 0)
		em->nctx--;
}

static struct ctx *
em_top(struct em *em)
{
	return em->nctx > 0 ? &em->ctx[em->nctx - 1] : NULL;
}

/* Open a block for text, as the context says, and the spans. */
static void
em_open(struct em *em)
{
	struct ctx	*c = em_top(em);
	struct block	*b;
	size_t		 i;

	if (!doc_block_is_open(em->d)) {
		if (em->caption)
			doc_block_begin(em->d, BLOCK_CAPTION, 0);
		else if (em->pre)
			doc_block_begin(em->d, BLOCK_PRE, 0);
		else if (c != NULL && c->kind == BLOCK_LIST_ITEM) {
			doc_block_begin(em->d, BLOCK_LIST_ITEM, c->level);
			b = &em->d->blocks[em->d->nblocks - 1];
			b->number = c->number;
			c->number = 0;
		} else if (c != NULL && c->kind == BLOCK_QUOTE)
			doc_block_begin(em->d, BLOCK_QUOTE, c->level);
		else if (c != NULL && c->kind == BLOCK_HEADING)
			doc_block_begin(em->d, BLOCK_HEADING, c->level);
		else
			doc_block_begin(em->d, BLOCK_PARAGRAPH, 0);
	}
	for (i = 0; i < em->ninl; i++) {
		if (!em->inl[i].begun) {
			doc_span_begin(em->d, em->inl[i].style,
			    em->inl[i].href);
			em->inl[i].begun = true;
		}
	}
}

static void
em_text(struct em *em, const char *s)
{
	const char	*p;

	if (em->figure > 0 && em->caption == 0)
		return;
	if (em->pre) {
		em_open(em);
		doc_block_text(em->d, s, (size_t)-1);
		return;
	}
	for (p = s; *p != '\0' && ascii_is_space((unsigned char)*p); p++)
		;
	if (*p == '\0') {
		if (doc_block_is_open(em->d))
			doc_block_text(em->d, " ", 1);
		return;
	}
	em_open(em);
	doc_block_text(em->d, s, (size_t)-1);
}

/* Phrases that open a promotion or the page's furniture rather than
 * the article's text (chrome.h: CHROME_OPENS, CHROME_ALONE). */
static bool
promo_text(const char *t)
{
	static const char *const more[] = {
		"stories", "articles", "news", "posts", "reads", "reading",
		"videos", "coverage"
	};
	const struct chrome_phrase *c;
	size_t	 i, n, all = strlen(t), len = all;

	/* Without the spaces and colons at its end. */
	while (len > 0 && (t[len - 1] == ' ' || t[len - 1] == ':'))
		len--;
	for (i = 0; i < chrome_nphrases; i++) {
		c = &chrome_phrases[i];
		if ((unsigned char)c->ph[0] != ascii_lower((unsigned char)t[0]))
			continue;	/* the quick way to a mismatch */
		/* Whole words: "Subscribers can..." is not a promotion. */
		if ((c->how & CHROME_OPENS) &&
		    (n = phrase_match(t, all, c->ph)) != 0 &&
		    !ascii_is_alpha((unsigned char)t[n]))
			return true;
		/* Words that are a promotion's heading when they are all of
		 * it: "Related", "Most read". */
		if ((c->how & CHROME_ALONE) && len > 0 &&
		    phrase_match(t, len, c->ph) == len)
			return true;
	}
	/* "More Great Harbour Stories", "More top news". */
	if (len < 60 && strncasecmp(t, "more ", 5) == 0) {
		for (i = 0; i < sizeof more / sizeof more[0]; i++) {
			n = strlen(more[i]);
			if (len > n + 5 && t[len - n - 1] == ' ' &&
			    strncasecmp(t + len - n, more[i], n) == 0)
				return true;
		}
	}
	return false;
}

/* Just after the number at p, or NULL when none is there. */
static const char *
after_number(const char *p)
{
	const char	*q;

	for (q = p; ascii_is_digit((unsigned char)*q); q++)
		;
	return q > p ? q : NULL;
}

/* True when a block's whole text is the label of a control of a player
 * or a gallery ("Full Screen", "Autoplay", "1 of 24", "Buy Photo"), or
 * the heading of a comment section ("Comments", "12 comments"). */
static bool
control_text(const char *t)
{
	const char	*p;
	size_t		 i, n, len = strlen(t);

	while (len > 0 && (t[len - 1] == ' ' || t[len - 1] == '.'))
		len--;
	for (i = 0; i < chrome_nphrases; i++) {
		const struct chrome_phrase *c = &chrome_phrases[i];

		if ((c->how & CHROME_LABEL) && len > 0 &&
		    (unsigned char)c->ph[0] ==
		    ascii_lower((unsigned char)t[0]) &&
		    phrase_match(t, len, c->ph) == len)
			return true;
	}
	/* What a script would have shown: "This slideshow requires
	 * JavaScript.", "Please enable JavaScript to view the comments". */
	if (len < 120 && ascii_find_ci(t, len, "javascript") != NULL &&
	    (ascii_find_ci(t, len, "requires") != NULL ||
	    ascii_find_ci(t, len, "enable") != NULL ||
	    ascii_find_ci(t, len, "turn on") != NULL ||
	    ascii_find_ci(t, len, "need") != NULL))
		return true;
	/* "Wait 1 second to continue", "12 comments", "1 of 24", "3 / 5" */
	if (strncasecmp(t, "wait ", 5) == 0 && (p = after_number(t + 5)) != NULL) {
		n = (size_t)(t + len - p);
		return (n == 19 && strncasecmp(p, " second to continue",
		    n) == 0) || (n == 20 && strncasecmp(p,
		    " seconds to continue", n) == 0);
	}
	if ((p = after_number(t)) == NULL)
		return false;
	n = (size_t)(t + len - p);
	if (n == 9 && strncasecmp(p, " comments", n) == 0)
		return true;
	if (strncmp(p, " of ", 4) == 0)
		p += 4;
	else if (strncmp(p, " / ", 3) == 0)
		p += 3;
	else
		return false;
	return (p = after_number(p)) != NULL && p == t + len;
}

/* True when the element before n (a rule between them aside) is a short
 * one whose words open a promotion: the heading of a list of other
 * posts. */
static bool
after_promo(const struct ex *x, xmlNode *n)
{
	const struct node *p;
	xmlNode		*s;
	char		*t;
	bool		 yes;

	for (s = n->prev; s != NULL; s = s->prev) {
		if (s->type != XML_ELEMENT_NODE || s->_private == NULL)
			continue;
		if (x->v[(uintptr_t)s->_private].tag != TAG_HR)
			break;
	}
	if (s == NULL)
		return false;
	p = &x->v[(uintptr_t)s->_private];
	if (p->chars == 0 || p->chars >= 80)
		return false;
	t = node_text(x, s, 400);
	yes = promo_text(t);
	free(t);
	return yes;
}

static bool
is_container_tag(int tag)
{
	switch (tag) {
	case TAG_DIV:
	case TAG_SECTION:
	case TAG_UL:
	case TAG_OL:
	case TAG_TABLE:
	case TAG_DL:
	case TAG_FIELDSET:
	case TAG_FORM:
	case TAG_HEADER:
	case TAG_FOOTER:
	case TAG_CENTER:
	case TAG_ARTICLE:
	case TAG_ASIDE:
	case TAG_DETAILS:
		return true;
	default:
		return false;
	}
}

/* True when a block-level element or nothing is next to n on both
 * sides: an inline element that makes a paragraph of its own. */
static bool
stands_alone(const struct ex *x, xmlNode *n)
{
	xmlNode		*s;
	const char	*p;
	int		 side;

	for (side = 0; side < 2; side++) {
		for (s = side ? n->next : n->prev; s != NULL;
		    s = side ? s->next : s->prev) {
			if (s->type == XML_TEXT_NODE && s->content != NULL) {
				for (p = (const char *)s->content;
				    ascii_is_space((unsigned char)*p); p++)
					;
				if (*p != '\0')
					return false;
				continue;
			}
			if (s->type != XML_ELEMENT_NODE)
				continue;
			if (s->_private == NULL ||
			    !(x->v[(uintptr_t)s->_private].props &
			    TAG_IS_BLOCK))
				return false;
			break;
		}
	}
	return true;
}

/* True when the first element after n that holds text (a video or an
 * image between them aside) is a paragraph of words. */
static bool
heads_text(const struct ex *x, xmlNode *n)
{
	const struct node *e;
	xmlNode		*s;

	for (s = n->next; s != NULL; s = s->next) {
		if (s->type != XML_ELEMENT_NODE || s->_private == NULL)
			continue;
		e = &x->v[(uintptr_t)s->_private];
		if (e->chars == 0)
			continue;
		return e->tag == TAG_P && e->chars >= 80 &&
		    link_density(e) < 0.5f;
	}
	return false;
}

/* Two links or more under element i. */
static bool
links_under(const struct ex *x, uint32_t i)
{
	uint32_t	 k, links = 0;

	for (k = i + 1; k < x->v[i].end && links < 2; k++) {
		if (x->v[k].tag == TAG_A && (x->v[k].flags & F_INLINK))
			links++;
	}
	return links >= 2;
}

/* True when inline element i, inside a paragraph, is a card that shows
 * on hovering a name: a picture and two links or more, nothing but
 * links for text (a person's page and their latest stories). The card
 * is the smallest such element: the one around it holds the name. */
static bool
hover_card(const struct ex *x, uint32_t i)
{
	uint32_t	 k, p;

	for (p = x->v[i].parent; p != 0 && !(x->v[p].props & TAG_IS_BLOCK);
	    p = x->v[p].parent)
		;
	if (x->v[p].tag != TAG_P || !links_under(x, i))
		return false;
	for (k = i + 1; k < x->v[i].end; k++) {
		const struct node *e = &x->v[k];

		if (e->tag != TAG_A && !(e->props & TAG_IS_BLOCK) &&
		    e->nimg > 0 && link_density(e) > 0.9f && links_under(x, k))
			return false;
	}
	return true;
}

/* True when most items of list l are links alone. */
static bool
link_items(const struct ex *x, uint32_t l)
{
	uint32_t	 k, items = 0, links = 0;

	for (k = l + 1; k < x->v[l].end; k = x->v[k].end) {
		if (x->v[k].tag != TAG_LI)
			continue;
		items++;
		if (x->v[k].chars > 0 && link_density(&x->v[k]) > 0.8f)
			links++;
	}
	return links * 2 > items;
}

/* Whether an element inside the article is written out. */
static enum keep
em_keep(struct em *em, uint32_t i)
{
	struct ex	*x = em->x;
	struct node	*e = &x->v[i];
	bool		 big;
	float		 ld;
	int		 w;

	if (i == em->root)
		return K_ENTER;
	if (em->all) {
		/* Menus and asides too; never what is hidden or is no
		 * text (scripts, forms' controls, media). */
		if ((e->flags & F_HIDDEN) || ((e->props & TAG_IS_DEAD) &&
		    e->tag != TAG_NAV && e->tag != TAG_ASIDE &&
		    e->tag != TAG_MENU))
			return K_SKIP;
		return K_ENTER;
	}
	if (e->flags & (F_DEAD | F_INDEAD))
		return K_SKIP;
	/* An embedded post (a tweet) is part of the text. */
	if ((e->cls & C_EMBED) && !(e->cls & (C_SHARE | C_AD)))
		return K_ENTER;
	/* Most of the article is not chrome, whatever its class says. */
	big = e->chars * 10 > em->rootchars * 6 && e->chars > 200;
	if ((e->cls & C_CAPTION) && !(e->cls & (C_BODY | C_BODY2)) &&
	    !big)
		return K_CAPTION;
	if ((e->cls & C_DROP) && !(e->cls & (C_BODY | C_EMBED)) &&
	    !(e->flags & F_ITEMBODY) && !big)
		return K_SKIP;
	if ((e->flags & F_UNLIKELY) && !big && !(e->cls & C_EMBED) &&
	    e->tag != TAG_TABLE &&
	    e->tag != TAG_TD && e->tag != TAG_TR)
		return K_SKIP;
	if ((e->tag == TAG_HEADER || e->tag == TAG_FOOTER ||
	    e->tag == TAG_FORM) && e->chars * 2 < em->rootchars)
		return K_SKIP;
	if (e->tag == TAG_ARTICLE && !(e->flags & F_ITEMBODY) &&
	    !(e->cls & C_BODY) && e->chars * 2 < em->rootchars &&
	    link_density(e) > 0.3f)
		return K_SKIP;	/* a teaser card of another post */
	if (e->chars == 0 && e->tag != TAG_BR && e->tag != TAG_HR &&
	    e->tag != TAG_FIGURE)
		return e->props & TAG_IS_BLOCK ? K_SKIP : K_ENTER;
	ld = link_density(e);
	if (!(e->props & TAG_IS_BLOCK) && e->tag != TAG_A && ld > 0.9f &&
	    e->nimg > 0 && hover_card(x, i))
		return K_SKIP;
	w = class_weight(e);
	if (is_container_tag(e->tag) && w < 0 && w + (e->flags & F_SCORED ?
	    e->score : 0) < 0)
		return K_SKIP;
	if (is_container_tag(e->tag) && !big) {
		bool	 list = e->tag == TAG_UL || e->tag == TAG_OL;

		if (e->commas < 10) {
			if (e->ninput > e->np / 3 && e->ninput > 0)
				return K_SKIP;
			if (!list && e->chars < 25 && (e->nimg == 0 ||
			    e->nimg > 2) && ld > 0)
				return K_SKIP;
			/* A list is links ("More stories") when most of
			 * its items are a link and nothing else; items of
			 * words with links in them are text. */
			if (w < 25 && ld > 0.2f && e->chars * 2 < em->rootchars &&
			    (!list || link_items(x, i) || after_promo(x, e->n)))
				return K_SKIP;
			if (ld > 0.5f)
				return K_SKIP;
			if (e->nembed > 0 && e->chars < 75)
				return K_SKIP;	/* a player, a widget */
		}
	}
	/* Short blocks: all links, or words that open a promotion. A link
	 * set among blocks stands as a block of its own. */
	if (((e->props & TAG_IS_BLOCK) || (e->tag == TAG_A &&
	    is_container_tag(x->v[e->parent].tag) &&
	    stands_alone(x, e->n))) && e->chars < 160) {
		char		*t;
		size_t		 lablen;
		bool		 drop = false;

		/* An item of a list that is mostly words is one of them,
		 * link or not; a heading over a paragraph heads it, link
		 * or not ("Rez Infinite ($30)" and what the review says of
		 * it). */
		if (ld > 0.8f && e->chars < 60 && (e->props & TAG_IS_BLOCK) &&
		    em->table == 0 && !(e->tag == TAG_LI &&
		    link_density(&x->v[e->parent]) < 0.5f) &&
		    !((e->props & TAG_IS_HEADING) && heads_text(x, e->n)))
			return K_SKIP;
		/* Its text is at most 4 bytes a character and the spaces
		 * between blocks: no need to walk further (a block of
		 * 100,000 nested ones holds little text). */
		t = node_text(x, e->n, e->chars < 134 ? e->chars * 4 + 64 :
		    600);
		if (promo_text(t) || control_text(t))
			drop = true;
		else if (ld > 0.5f &&
		    prevnext_label(t, strlen(t), &lablen) != PN_NONE)
			drop = true;
		else if ((e->props & TAG_IS_HEADING) && x->ftitle != NULL) {
			char *f = utf8_fold(t);

			drop = same_title(x->ftitle, f) || (x->fdoctitle !=
			    NULL && same_title(x->fdoctitle, f));
			free(f);
		}
		free(t);
		if (drop)
			return K_SKIP;
	}
	return K_ENTER;
}

/* A table of data rather than of layout: no table inside, no role of
 * presentation, and either header cells or no cell that holds a long
 * text or paragraphs of its own. */
static bool
data_table(struct ex *x, uint32_t t)
{
	uint32_t	 i, cells = 0, rows = 0;
	bool		 heads = false, long_cell = false;
	const char	*role = html_attr(x->v[t].n, "role");

	if (role != NULL && strcmp(role, "presentation") == 0)
		return false;
	for (i = t + 1; i < x->v[t].end; i++) {
		struct node *e = &x->v[i];

		switch (e->tag) {
		case TAG_TABLE:
			return false;
		case TAG_TR:
			rows++;
			break;
		case TAG_TH:
		case TAG_THEAD:
		case TAG_CAPTION:
			heads = true;
			/* FALLTHROUGH */
		case TAG_TD:
			if (e->tag == TAG_TD || e->tag == TAG_TH)
				cells++;
			if (e->chars > 400 || ((e->flags & F_HASBLOCK) &&
			    e->chars > 80))
				long_cell = true;
			break;
		default:
			break;
		}
	}
	if (rows == 0 || cells <= rows)
		return false;
	return heads ? !(long_cell && cells < 2 * rows) : !long_cell;
}

static void
em_push_inline(struct em *em, unsigned style, char *href)
{
	if (em->ninl < sizeof em->inl / sizeof em->inl[0]) {
		em->inl[em->ninl].style = style;
		em->inl[em->ninl].href = href;
		em->inl[em->ninl].begun = false;
		em->ninl++;
	} else {
		em->inlover++;
		free(href);
	}
}

static void
em_pop_inline(struct em *em)
{
	struct inl	*l;

	if (em->inlover > 0) {
		em->inlover--;
		return;
	}
	if (em->ninl == 0)
		return;
	l = &em->inl[--em->ninl];
	if (l->begun && doc_block_is_open(em->d))
		doc_span_end(em->d);
	free(l->href);
}

/* The next sibling element, skipping white space. */
static xmlNode *
next_element(xmlNode *n)
{
	for (n = n->next; n != NULL; n = n->next) {
		if (n->type == XML_ELEMENT_NODE)
			return n;
		if (n->type == XML_TEXT_NODE && n->content != NULL) {
			const char *p = (const char *)n->content;

			while (ascii_is_space((unsigned char)*p))
				p++;
			if (*p != '\0')
				return NULL;
		}
	}
	return NULL;
}

/* Enter an element: returns false to skip what it holds. */
static bool
em_enter(struct em *em, uint32_t i, unsigned *act)
{
	struct ex	*x = em->x;
	struct node	*e = &x->v[i];
	struct ctx	 c, *top;
	enum keep	 k = em_keep(em, i);
	const char	*href, *st;
	int		 n;

	*act = 0;
	if (k == K_SKIP)
		return false;
	if (k == K_CAPTION) {
		em_end(em);
		em->caption++;
		*act = A_BLOCK | A_CAPTION;
		return true;
	}
	if (em->row > 0) {
		/* Inside a data table's row: cells are joined. */
		if (e->tag == TAG_TD || e->tag == TAG_TH) {
			if (em->cell++ > 0 && doc_block_is_open(em->d))
				doc_block_text(em->d, " | ", 3);
		} else if ((e->props & TAG_IS_BLOCK) &&
		    doc_block_is_open(em->d))
			doc_block_text(em->d, " ", 1);
		if (e->props & TAG_IS_BLOCK)
			return true;
	}
	switch (e->tag) {
	case TAG_BR:
		if (doc_block_is_open(em->d)) {
			xmlNode *nx = next_element(e->n);

			if (nx != NULL && nx->_private != NULL &&
			    x->v[(uintptr_t)nx->_private].tag == TAG_BR &&
			    !em->pre && em->row == 0 && !(em_top(em) != NULL &&
			    em_top(em)->li))
				em_end(em);
			else
				doc_block_break(em->d);
		}
		return false;
	case TAG_A:
		href = html_attr(e->n, "href");
		if (href != NULL) {
			while (ascii_is_space((unsigned char)*href))
				href++;
			if (*href != '\0' && strncasecmp(href, "javascript:",
			    11) != 0) {
				em_push_inline(em, INL_LINK, url_resolve(
				    x->h->url, href));
				*act = A_INLINE;
			}
		}
		return true;
	case TAG_EM:
	case TAG_I:
	case TAG_CITE:
	case TAG_VAR:
		em_push_inline(em, INL_EM, NULL);
		*act = A_INLINE;
		return true;
	case TAG_STRONG:
	case TAG_B:
		em_push_inline(em, INL_STRONG, NULL);
		*act = A_INLINE;
		return true;
	case TAG_CODE:
	case TAG_KBD:
	case TAG_SAMP:
	case TAG_TT:
		if (!em->pre) {
			em_push_inline(em, INL_CODE, NULL);
			*act = A_INLINE;
		}
		return true;
	case TAG_IMG:
		return false;
	default:
		break;
	}
	if (!(e->props & TAG_IS_BLOCK))
		return true;

	/* Block-level elements. */
	top = em_top(em);
	if (top != NULL && top->li && !em->pre && !em->caption &&
	    (e->tag == TAG_P || e->tag == TAG_DIV || e->tag == TAG_SECTION ||
	    e->tag == TAG_DL || e->tag == TAG_DD || e->tag == TAG_DT)) {
		/* Paragraphs inside a list item stay in its block. */
		if (doc_block_is_open(em->d))
			doc_block_break(em->d);
		*act = A_JOIN;
		return true;
	}
	em_end(em);
	*act = A_BLOCK;
	memset(&c, 0, sizeof c);
	switch (e->tag) {
	case TAG_H1:
	case TAG_H2:
	case TAG_H3:
	case TAG_H4:
	case TAG_H5:
	case TAG_H6:
		c.kind = BLOCK_HEADING;
		c.level = e->tag - TAG_H1 + 1;
		em_push_ctx(em, c);
		*act |= A_CTX;
		break;
	case TAG_UL:
	case TAG_OL:
		em->list++;
		c.kind = BLOCK_PARAGRAPH;
		c.list = true;
		c.level = em->list;
		if (e->tag == TAG_OL) {
			c.next = 1;
			if ((st = html_attr(e->n, "start")) != NULL &&
			    (n = atoi(st)) > 0 && n < 1000000)
				c.next = n;
		}
		em_push_ctx(em, c);
		*act |= A_CTX | A_LIST;
		break;
	case TAG_LI:
		c.kind = BLOCK_LIST_ITEM;
		c.level = em->list > 0 ? em->list : 1;
		c.li = true;
		if (top != NULL && top->list && top->next > 0) {
			if ((st = html_attr(e->n, "value")) != NULL &&
			    (n = atoi(st)) > 0 && n < 1000000)
				top->next = n;
			c.number = top->next++;
		}
		em_push_ctx(em, c);
		*act |= A_CTX;
		break;
	case TAG_BLOCKQUOTE:
		em->quote++;
		c.kind = BLOCK_QUOTE;
		c.level = em->quote;
		em_push_ctx(em, c);
		*act |= A_CTX | A_QUOTE;
		break;
	case TAG_PRE:
		em->pre++;
		*act |= A_PRE;
		break;
	case TAG_FIGURE:
		em->figure++;
		*act |= A_FIGURE;
		break;
	case TAG_FIGCAPTION:
		if (em->figure > 0) {
			em->caption++;
			*act |= A_CAPTION;
		}
		break;
	case TAG_TABLE:
		if (data_table(x, i)) {
			em->table++;
			*act |= A_TABLE;
		}
		break;
	case TAG_TR:
		if (em->table > 0) {
			em->row++;
			em->cell = 0;
			*act |= A_ROW;
		}
		break;
	default:
		break;
	}
	return true;
}

static void
em_leave(struct em *em, unsigned act)
{
	if (act & A_INLINE)
		em_pop_inline(em);
	if (act & A_JOIN)
		return;
	if (act & A_BLOCK)
		em_end(em);
	if (act & A_CTX)
		em_pop_ctx(em);
	if (act & A_LIST)
		em->list--;
	if (act & A_QUOTE)
		em->quote--;
	if (act & A_PRE)
		em->pre--;
	if (act & A_CAPTION)
		em->caption--;
	if (act & A_FIGURE)
		em->figure--;
	if (act & A_TABLE)
		em->table--;
	if (act & A_ROW)
		em->row--;
}

static void
em_push_act(struct em *em, unsigned act)
{
	if (em->nacts == em->actscap) {
		em->actscap = em->actscap ? em->actscap * 2 : 64;
		em->acts = xreallocarray(em->acts, em->actscap,
		    sizeof *em->acts);
	}
	em->acts[em->nacts++] = act;
}

/* Write the blocks of one container. */
static void
emit_root(struct em *em, uint32_t root)
{
	struct ex	*x = em->x;
	xmlNode		*top = x->v[root].n, *n = top;
	unsigned	 act;
	bool		 down;

	em->root = root;
	while (n != NULL) {
		down = false;
		if (n->type == XML_TEXT_NODE ||
		    n->type == XML_CDATA_SECTION_NODE) {
			if (n->content != NULL)
				em_text(em, (const char *)n->content);
		} else if (n->type == XML_ELEMENT_NODE &&
		    n->_private != NULL) {
			if (em_enter(em, (uint32_t)(uintptr_t)n->_private,
			    &act)) {
				em_push_act(em, act);
				if (n->children != NULL)
					down = true;
				else
					em_leave(em, em->acts[--em->nacts]);
			} else if (act != 0)
				em_leave(em, act);
		}
		if (down) {
			n = n->children;
			continue;
		}
		for (;;) {
			if (n == top) {
				n = NULL;
				break;
			}
			if (n->next != NULL) {
				n = n->next;
				break;
			}
			n = n->parent;
			if (em->nacts > 0)
				em_leave(em, em->acts[--em->nacts]);
		}
	}
	while (em->nacts > 0)
		em_leave(em, em->acts[--em->nacts]);
	em_end(em);
}

/* Write a candidate's blocks into d; all: every text in it, chrome
 * too. */
static void
emit(struct ex *x, const struct cand *c, struct doc *d, bool all)
{
	struct em	 em;
	size_t		 i;

	memset(&em, 0, sizeof em);
	em.all = all;
	em.x = x;
	em.d = d;
	em.rootchars = 0;
	for (i = 0; i < c->nroot; i++)
		em.rootchars += x->v[c->root[i]].chars;
	for (i = 0; i < c->nroot; i++)
		emit_root(&em, c->root[i]);
	while (em.ninl > 0 || em.inlover > 0)
		em_pop_inline(&em);
	free(em.acts);
}

/* ---------------------------------------------------------------------
 * The whole.
 */

/* The body text's length in a doc, captions left out. */
static size_t
doc_text_len(const struct doc *d)
{
	size_t	 i, n = 0;

	for (i = 0; i < d->nblocks; i++) {
		if (d->blocks[i].kind != BLOCK_CAPTION)
			n += d->blocks[i].len;
	}
	return n;
}

/* Move the blocks and links of src into dst (which has none). */
static void
doc_take(struct doc *dst, struct doc *src)
{
	dst->blocks = src->blocks;
	dst->nblocks = src->nblocks;
	dst->blocks_cap = src->blocks_cap;
	dst->links = src->links;
	dst->nlinks = src->nlinks;
	dst->links_cap = src->links_cap;
	src->blocks = NULL;
	src->nblocks = src->blocks_cap = 0;
	src->links = NULL;
	src->nlinks = src->links_cap = 0;
}

/* The share of a doc's text that is link text, 0-1. */
static float
doc_link_share(const struct doc *d)
{
	size_t	 i, k, n = 0, l = 0;

	for (i = 0; i < d->nblocks; i++) {
		const struct block *b = &d->blocks[i];
		size_t	 end = 0;

		if (b->kind == BLOCK_CAPTION)
			continue;
		n += b->len;
		/* Spans may nest: count each byte once. */
		for (k = 0; k < b->nspans; k++) {
			const struct inline_span *sp = &b->spans[k];
			size_t	 st = sp->start > end ? sp->start : end;

			if ((sp->style & INL_LINK) && sp->end > st) {
				l += sp->end - st;
				end = sp->end;
			}
		}
	}
	return n == 0 ? 0 : (float)l / (float)n;
}

/* Below this much text, or with more of it in links, what was found is
 * no article: a home page, a login form, a list of links. */
#define MIN_ARTICLE_TEXT	200
#define MAX_ARTICLE_LINKS	0.6f

/* Below this many bytes of text, the markup's container is not
 * trusted and the scored one is tried. */
#define MIN_MARKUP_TEXT	250
/* Below this, the scored container is looked for again with the
 * unlikely ones let in. */
#define MIN_SCORED_TEXT	500

/* What was found (a, with len bytes of text) may be no article. When
 * it is nothing, or mostly links, or the page has more than twice as
 * much text, it is none: say so, and give all the text of the page
 * instead. A short text that is all the page has stands as it is.
 * Returns the doc to keep. */
static struct doc *
no_article(struct ex *x, struct doc *a, size_t len)
{
	struct cand	 c;
	struct doc	*all;
	size_t		 alllen;
	uint32_t	 i;
	bool		 links = doc_link_share(a) > MAX_ARTICLE_LINKS;

	for (i = 1; i < x->n && x->v[i].tag != TAG_BODY; i++)
		;
	if (i < x->n) {
		all = doc_new();
		c.root[0] = i;
		c.nroot = 1;
		emit(x, &c, all, true);
		alllen = doc_text_len(all);
		if (alllen > len && (links || len == 0 || alllen > 2 * len)) {
			doc_free(a);
			a = all;
			len = alllen;
			links = true;
		} else
			doc_free(all);
	}
	if (len == 0)
		x->d->notice = "no text on this page";
	else if (links)
		x->d->notice = "no article found on this page: showing all "
		    "its text";
	return a;
}

static void
body(struct ex *x)
{
	struct cand	 c, cb;
	struct doc	*a = doc_new(), *b = doc_new();
	size_t		 alen = 0, blen = 0, k;
	bool		 hb;

	/* Scores are needed by the pruning whichever container wins. */
	hb = cand_score(x, &cb);
	if (cand_markup(x, &c)) {
		emit(x, &c, a, false);
		alen = doc_text_len(a);
	}
	if (alen < MIN_MARKUP_TEXT) {
		if (hb)
			emit(x, &cb, b, false);
		blen = doc_text_len(b);
		if (blen < MIN_SCORED_TEXT) {
			/* Try again without ruling out the unlikely; keep
			 * the longer. */
			struct doc *b2 = doc_new();
			size_t b2len;

			stats(x, 0);
			if (cand_score(x, &c))
				emit(x, &c, b2, false);
			b2len = doc_text_len(b2);
			if (b2len > blen) {
				doc_free(b);
				b = b2;
				blen = b2len;
			} else
				doc_free(b2);
		}
	}
	if (alen == 0 && blen == 0) {
		/* No container stands out: the whole body, pruned. */
		uint32_t i;

		for (i = 1; i < x->n && x->v[i].tag != TAG_BODY; i++)
			;
		if (i < x->n) {
			doc_free(b);
			b = doc_new();
			c.root[0] = i;
			c.nroot = 1;
			emit(x, &c, b, false);
			blen = doc_text_len(b);
		}
	}
	if (blen > alen) {
		doc_free(a);
		a = b;
		alen = blen;
	} else
		doc_free(b);
	/* A heading that ends the text heads nothing: what it headed
	 * ("Read these next", "Comments") was left out. A text of
	 * headings alone stays. */
	for (k = a->nblocks; k > 0 && a->blocks[k - 1].kind == BLOCK_HEADING;
	    k--)
		;
	while (k > 0 && a->nblocks > k) {
		alen -= a->blocks[a->nblocks - 1].len;
		doc_pop_block(a);
	}
	if (alen < MIN_ARTICLE_TEXT || doc_link_share(a) > MAX_ARTICLE_LINKS)
		a = no_article(x, a, alen);
	doc_take(x->d, a);
	doc_free(a);
}

struct doc *
extract_doc(const struct html *h)
{
	struct ex	 x;
	struct jsonld	 ld;
	struct doc	*d = doc_new();
	xmlNode		*root;
	size_t		 i;

	memset(&x, 0, sizeof x);
	x.h = h;
	x.d = d;
	root = h != NULL && h->tree != NULL ?
	    xmlDocGetRootElement(h->tree) : NULL;
	if (root != NULL) {
		annotate(&x, root);
		ldjson(&x, &ld);
		unlikely(&x);
		stats(&x, MODE_STRIP_UNLIKELY);
		metadata(&x, &ld);
		body(&x);
		jsonld_free(&ld);
		for (i = 1; i < x.n; i++)
			x.v[i].n->_private = NULL;
	} else if (h != NULL)
		doc_set(&d->url, page_url(h), (size_t)-1);
	if (root == NULL)
		d->notice = "no text on this page";
	if (h != NULL && h->too_deep)
		d->notice = "elements nested more than 10000 deep: the rest of "
		    "the page is not read";
	free(x.v);
	free(x.ftitle);
	free(x.fdoctitle);
	if (h != NULL)
		prevnext_find(h, d);
	doc_finish(d);
	return d;
}
