/* prevnext.c: finding an article's previous/next post links, and
 * resolving them to local files. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "buf.h"
#include "doc.h"
#include "html.h"
#include "prevnext.h"
#include "utf8.h"
#include "xmalloc.h"

/*
 * Labels.
 *
 * A label is an optional arrow, a word ("previous", "older", "next", ...)
 * and an optional noun ("post", "article", ...), or an arrow alone. What
 * follows must be nothing, a separator, or a title, so that "Next, the
 * council voted" or "Older adults are" are not labels.
 */

static const struct pn_arrow {
	const char	*s;
	enum pn_dir	 dir;
} pn_arrows[] = {
	{ "\xc2\xab", PN_PREV },	/* « */
	{ "\xe2\x80\xb9", PN_PREV },	/* ‹ */
	{ "\xe2\x86\x90", PN_PREV },	/* ← */
	{ "\xe2\x89\xaa", PN_PREV },	/* ≪ */
	{ "\xe2\x9f\xb5", PN_PREV },	/* ⟵ */
	{ "<<", PN_PREV },
	{ "\xc2\xbb", PN_NEXT },	/* » */
	{ "\xe2\x80\xba", PN_NEXT },	/* › */
	{ "\xe2\x86\x92", PN_NEXT },	/* → */
	{ "\xe2\x89\xab", PN_NEXT },	/* ≫ */
	{ "\xe2\x9f\xb6", PN_NEXT },	/* ⟶ */
	{ ">>", PN_NEXT },
};

/* Longer words first where one is a prefix of another. */
static const struct pn_word {
	const char	*s;
	enum pn_dir	 dir;
} pn_words[] = {
	{ "previous", PN_PREV },
	{ "prev.", PN_PREV },	/* before "prev": "Prev. Post" */
	{ "prev", PN_PREV },
	{ "older", PN_PREV },
	{ "next", PN_NEXT },
	{ "newer", PN_NEXT },
};

/* Plural nouns first: "posts" must not match as "post" + "s". */
static const char *pn_nouns[] = {
	"posts", "post", "articles", "article", "stories", "story",
	"entries", "entry"
};

/* Separators that may follow a label. */
static const char *pn_seps[] = {
	":", "|", "-", "\xe2\x80\x93", "\xe2\x80\x94", "\xc2\xb7",
	"\xe2\x80\xa2", "/"
};

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static bool
is_alnum(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

/* If s starts with word (lower case ASCII), case folded, return its
 * length, else 0. */
static size_t
match_ci(const char *s, size_t len, const char *word)
{
	size_t	 n = strlen(word), i;

	if (n > len)
		return 0;
	for (i = 0; i < n; i++)
		if (lower((unsigned char)s[i]) != word[i])
			return 0;
	return n;
}

/* As match_ci, but the word must end there: not followed by a letter or
 * a digit. */
static size_t
match_word(const char *s, size_t len, const char *word)
{
	size_t	 n = match_ci(s, len, word);

	if (n == 0 || (n < len && is_alnum((unsigned char)s[n])))
		return 0;
	return n;
}

/* The bytes of a white space character at s (ASCII white space or a
 * no-break space), or 0. */
static size_t
space_at(const char *s, size_t len)
{
	if (len == 0)
		return 0;
	if (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r' ||
	    s[0] == '\f' || s[0] == '\v')
		return 1;
	if (len >= 2 && (unsigned char)s[0] == 0xc2 &&
	    (unsigned char)s[1] == 0xa0)
		return 2;
	return 0;
}

static size_t
skip_space(const char *s, size_t len, size_t i)
{
	size_t	 n;

	while (i < len && (n = space_at(s + i, len - i)) != 0)
		i += n;
	return i;
}

static size_t
match_arrow(const char *s, size_t len, enum pn_dir *dir)
{
	size_t	 i, n;

	for (i = 0; i < sizeof pn_arrows / sizeof pn_arrows[0]; i++) {
		n = strlen(pn_arrows[i].s);
		if (n <= len && memcmp(s, pn_arrows[i].s, n) == 0) {
			*dir = pn_arrows[i].dir;
			return n;
		}
	}
	return 0;
}

static size_t
match_sep(const char *s, size_t len)
{
	size_t	 i, n;

	for (i = 0; i < sizeof pn_seps / sizeof pn_seps[0]; i++) {
		n = strlen(pn_seps[i]);
		if (n <= len && memcmp(s, pn_seps[i], n) == 0)
			return n;
	}
	return 0;
}

/* The start of a title: a capital, a digit, a quote or any non-ASCII
 * character (a capital with an accent, a CJK character). */
static bool
title_start(const char *s, size_t len)
{
	unsigned char	 c;

	if (len == 0)
		return false;
	c = (unsigned char)s[0];
	return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	    c == '"' || c == '\'' || c >= 0x80;
}

enum pn_dir
prevnext_label(const char *text, size_t len, size_t *labellen)
{
	enum pn_dir	 arrow = PN_NONE, word = PN_NONE, after, dir;
	size_t		 i, n, k, rest;
	bool		 noun = false, sep = false;

	if (text == NULL)
		return PN_NONE;
	i = skip_space(text, len, 0);
	if ((n = match_arrow(text + i, len - i, &arrow)) != 0)
		i = skip_space(text, len, i + n);
	for (k = 0; k < sizeof pn_words / sizeof pn_words[0]; k++) {
		n = match_word(text + i, len - i, pn_words[k].s);
		if (n != 0) {
			word = pn_words[k].dir;
			i += n;
			break;
		}
	}
	if (word != PN_NONE) {
		size_t	 j = skip_space(text, len, i);

		for (k = 0; j > i && k < sizeof pn_nouns / sizeof pn_nouns[0];
		    k++) {
			n = match_word(text + j, len - j, pn_nouns[k]);
			if (n != 0) {
				noun = true;
				i = j + n;
				break;
			}
		}
	} else if (arrow == PN_NONE)
		return PN_NONE;
	dir = word != PN_NONE ? word : arrow;

	/* Separators and arrows after the label. */
	for (;;) {
		size_t	 j = skip_space(text, len, i);

		if ((n = match_arrow(text + j, len - j, &after)) != 0 ||
		    (n = match_sep(text + j, len - j)) != 0) {
			sep = true;
			i = j + n;
			continue;
		}
		i = j;
		break;
	}
	rest = len - i;
	while (rest > 0 && space_at(text + i + rest - 1, 1) != 0)
		rest--;
	if (rest > 0 && !sep) {
		/* A bare word before text is a sentence ("Next week the
		 * council", "Older Workers Face"); a label of two words or
		 * with an arrow may be followed by a title. */
		if (word != PN_NONE && !noun && arrow == PN_NONE)
			return PN_NONE;
		if (!title_start(text + i, rest))
			return PN_NONE;
	} else if (rest > 0 && word == PN_NONE && !title_start(text + i, rest))
		return PN_NONE;
	if (labellen != NULL)
		*labellen = i;
	return dir;
}

/* True when the label, whatever follows it, names many posts ("Older
 * Posts", "Newer entries"): archive pagination, not a post's neighbour. */
static bool
label_is_plural(const char *text, size_t labellen)
{
	size_t	 i;

	for (i = 0; i < labellen; i++)
		if (match_word(text + i, labellen - i, "posts") ||
		    match_word(text + i, labellen - i, "entries") ||
		    match_word(text + i, labellen - i, "articles") ||
		    match_word(text + i, labellen - i, "stories"))
			return true;
	return false;
}

/*
 * Finding the links of an HTML page.
 */

#define NAME(n)	((const char *)(n)->name)

static bool
is_elem(const xmlNode *n, const char *name)
{
	return n != NULL && n->type == XML_ELEMENT_NODE &&
	    strcmp(NAME(n), name) == 0;
}

/* An attribute's value as it is in the tree, or NULL. */
static const char *
attr(const xmlNode *n, const char *name)
{
	const xmlAttr	*a;

	if (n->type != XML_ELEMENT_NODE)
		return NULL;
	for (a = n->properties; a != NULL; a = a->next) {
		if (strcmp((const char *)a->name, name) != 0)
			continue;
		if (a->children == NULL)
			return "";
		if (a->children->type == XML_TEXT_NODE &&
		    a->children->content != NULL)
			return (const char *)a->children->content;
		return "";
	}
	return NULL;
}

/* True when the white-space separated list in attribute name of n holds
 * word (case folded). */
static bool
has_token(const xmlNode *n, const char *name, const char *word)
{
	const char	*v = attr(n, name), *p;
	size_t		 wl = strlen(word), tl;

	if (v == NULL)
		return false;
	for (p = v; *p != '\0'; p += tl) {
		p += strspn(p, " \t\n\r\f");
		tl = strcspn(p, " \t\n\r\f");
		if (tl == wl && match_ci(p, tl, word) == wl)
			return true;
	}
	return false;
}

static bool
has_class(const xmlNode *n, const char *cls)
{
	return has_token(n, "class", cls);
}

/* True when a class word or the id of n is word, or starts with word and
 * a dash or an underscore, or ends with one and word: "menu" matches
 * "menu", "menu-item" and "primary-menu", not "menus" or "emenu". */
static bool
has_part(const xmlNode *n, const char *word)
{
	static const char *names[] = { "class", "id" };
	const char	*v, *p;
	size_t		 wl = strlen(word), tl, i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		if ((v = attr(n, names[i])) == NULL)
			continue;
		for (p = v; *p != '\0'; p += tl) {
			p += strspn(p, " \t\n\r\f");
			tl = strcspn(p, " \t\n\r\f");
			if (tl < wl)
				continue;
			if (match_ci(p, tl, word) == wl && (tl == wl ||
			    p[wl] == '-' || p[wl] == '_'))
				return true;
			if (tl > wl && (p[tl - wl - 1] == '-' ||
			    p[tl - wl - 1] == '_') &&
			    match_ci(p + tl - wl, wl, word) == wl)
				return true;
		}
	}
	return false;
}

/* The next node in document order under top, or NULL. */
static const xmlNode *
walk_next(const xmlNode *n, const xmlNode *top, bool descend)
{
	if (descend && n->type == XML_ELEMENT_NODE && n->children != NULL)
		return n->children;
	while (n != top && n->next == NULL)
		n = n->parent;
	if (n == top)
		return NULL;
	return n->next;
}

static bool
hidden_elem(const xmlNode *n)
{
	static const char *names[] = {
		"script", "style", "svg", "noscript", "template", "iframe"
	};
	size_t	 i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(NAME(n), names[i]) == 0)
			return true;
	return false;
}

/* Elements inside a line of text: no word break at their edges. */
static bool
inline_elem(const xmlNode *n)
{
	static const char *names[] = {
		"a", "abbr", "b", "bdi", "cite", "code", "em", "font", "i",
		"mark", "q", "s", "small", "span", "strong", "sub", "sup",
		"time", "u"
	};
	size_t	 i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(NAME(n), names[i]) == 0)
			return true;
	return false;
}

/* Classes of the label inside a link: skipped when its text is taken
 * for the title. */
static bool
label_elem(const xmlNode *n)
{
	static const char *classes[] = {
		"meta-nav", "screen-reader-text", "post-navigation-link__label",
		"cs-entry__prev-next-label", "caption", "nav-subtitle",
		"nav-label", "sr-only", "visually-hidden"
	};
	size_t	 i;

	for (i = 0; i < sizeof classes / sizeof classes[0]; i++)
		if (has_class(n, classes[i]))
			return true;
	return false;
}

/* The text of n with white space collapsed, appended to b. */
static void
text_of(const xmlNode *top, bool skip_labels, struct buf *b)
{
	const xmlNode	*n;
	bool		 descend;

	for (n = top; n != NULL; n = walk_next(n, top, descend)) {
		descend = true;
		if (n->type == XML_ELEMENT_NODE) {
			if (hidden_elem(n) ||
			    (skip_labels && n != top && label_elem(n)))
				descend = false;
			else if (!inline_elem(n) && b->len > 0 &&
			    b->data[b->len - 1] != ' ')
				buf_addc(b, ' ');	/* a block's edge */
			continue;
		}
		if (n->type != XML_TEXT_NODE && n->type != XML_CDATA_SECTION_NODE)
			continue;
		if (n->prev != NULL && n->prev->type == XML_ELEMENT_NODE &&
		    !inline_elem(n->prev) && b->len > 0 &&
		    b->data[b->len - 1] != ' ')
			buf_addc(b, ' ');	/* after a block */
		if (n->content != NULL)
			buf_adds(b, (const char *)n->content);
	}
}

/* Copy s with white space collapsed and trimmed. */
static char *
collapse(const char *s, size_t len)
{
	struct buf	 b = BUF_INIT;
	size_t		 i = 0, j;

	for (;;) {
		i = skip_space(s, len, i);
		if (i >= len)
			break;
		for (j = i; j < len && space_at(s + j, len - j) == 0; j++)
			;
		if (b.len > 0)
			buf_addc(&b, ' ');
		buf_add(&b, s + i, j - i);
		i = j;
	}
	return buf_finish(&b, NULL);
}

/* A title from text: labels at its start and arrows at its end stripped;
 * NULL when nothing but a label is left. Frees text. */
static char *
strip_label(char *text)
{
	size_t	 len = strlen(text), ll, n;
	enum pn_dir after;
	int	 k;

	for (k = 0; k < 3; k++) {
		if (prevnext_label(text, len, &ll) == PN_NONE)
			break;
		memmove(text, text + ll, len - ll + 1);
		len -= ll;
	}
	for (;;) {
		while (len > 0 && text[len - 1] == ' ')
			len--;
		for (n = 1; n <= 3 && n <= len; n++)
			if (match_arrow(text + len - n, n, &after) == n)
				break;
		if (n > 3 || n > len)
			break;
		len -= n;
	}
	text[len] = '\0';
	if (len == 0) {
		free(text);
		return NULL;
	}
	return text;
}

static char *
node_title(const xmlNode *n, bool skip_labels)
{
	struct buf	 b = BUF_INIT;
	char		*t, *s;

	text_of(n, skip_labels, &b);
	t = buf_finish(&b, NULL);
	s = collapse(t, strlen(t));
	free(t);
	return strip_label(s);
}

static bool
is_heading(const xmlNode *n)
{
	return n->type == XML_ELEMENT_NODE && NAME(n)[0] == 'h' &&
	    NAME(n)[1] >= '1' && NAME(n)[1] <= '6' && NAME(n)[2] == '\0';
}

/* The title of a link: a title element or a heading inside the item,
 * else the link's text without its label, else its title attribute. */
static char *
link_title(const xmlNode *item, const xmlNode *a)
{
	static const char *classes[] = {
		"post-title", "nav-title", "post-navigation-link__title",
		"cs-entry__title", "entry-title", "jeg_post_title"
	};
	const xmlNode	*n, *heading = NULL;
	const char	*v;
	char		*t;
	size_t		 i;

	for (n = item; n != NULL; n = walk_next(n, item, true)) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		for (i = 0; i < sizeof classes / sizeof classes[0]; i++) {
			if (has_class(n, classes[i]) &&
			    (t = node_title(n, true)) != NULL)
				return t;
		}
		if (heading == NULL && is_heading(n))
			heading = n;
	}
	if (heading != NULL && (t = node_title(heading, true)) != NULL)
		return t;
	if (a != NULL && (t = node_title(a, true)) != NULL)
		return t;
	if (a != NULL && (v = attr(a, "title")) != NULL &&
	    (t = strip_label(collapse(v, strlen(v)))) != NULL)
		return t;
	return NULL;
}

/* A link's href, when it leads somewhere. */
static const char *
usable_href(const xmlNode *a)
{
	const char	*h;
	size_t		 i;

	if (a == NULL || (h = attr(a, "href")) == NULL)
		return NULL;
	i = skip_space(h, strlen(h), 0);
	h += i;
	if (*h == '\0' || *h == '#' || match_ci(h, strlen(h), "javascript:"))
		return NULL;
	return h;
}

/* The first <a> with a usable href in or at n. */
static const xmlNode *
find_link(const xmlNode *top)
{
	const xmlNode	*n;

	for (n = top; n != NULL; n = walk_next(n, top, true))
		if (is_elem(n, "a") && usable_href(n) != NULL)
			return n;
	return NULL;
}

/* Regions whose links are not the post's neighbours: comments, archive
 * and multi-page pagination; unless only those are asked for (narrow),
 * menus, widgets and sliders too. The page's outer elements (body, html)
 * are not looked at: their classes describe the whole page
 * ("has-sidebar"). */
static bool
in_excluded(const xmlNode *n, bool narrow)
{
	static const char *words[] = {
		"comment", "comments", "commentlist", "pagination",
		"page-numbers", "page-links", "posts-navigation", "pagenavi",
		/* not narrow */
		"menu", "navbar", "breadcrumb", "breadcrumbs", "widget",
		"sidebar", "carousel", "slider", "slides", "swiper",
		"site-header"
	};
	size_t	 i, nwords = narrow ? 8 : sizeof words / sizeof words[0];

	for (; n != NULL && n->type == XML_ELEMENT_NODE; n = n->parent) {
		if (is_elem(n, "head"))
			return true;
		if (is_elem(n, "body") || is_elem(n, "html"))
			break;
		for (i = 0; i < nwords; i++)
			if (has_part(n, words[i]))
				return true;
	}
	return false;
}

static bool
has_ancestor_class(const xmlNode *n, const char *cls)
{
	for (n = n->parent; n != NULL && n->type == XML_ELEMENT_NODE;
	    n = n->parent)
		if (has_class(n, cls))
			return true;
	return false;
}

/* The detection steps, strongest first. */
enum pn_step {
	STEP_REL,
	STEP_WP,		/* .nav-previous, .nav-next */
	STEP_WP_BLOCK,		/* .post-navigation-link-previous, -next */
	STEP_CAARDS,		/* .cs-entry__prev, .cs-entry__next */
	STEP_TD,		/* .td-post-prev-post, .td-post-next-post */
	STEP_JNEWS,		/* .jeg_prevnext_post .prev-post, .next-post */
	STEP_BLOGGER,		/* .blog-pager-older-link, -newer-link */
	STEP_PAPERMOD,		/* .paginav .prev, .next */
	STEP_JEKYLL,		/* .pagination--pager */
	STEP_LABEL,		/* a link labelled "Next Post" and the like */
	STEP_HEAD,		/* <link rel=prev|next> */
	STEP_COUNT
};

/* A class that marks an item of a theme family, and its direction. */
static const struct pn_hook {
	enum pn_step	 step;
	const char	*cls;
	enum pn_dir	 dir;
	const char	*within;	/* a class an ancestor must have */
} pn_hooks[] = {
	{ STEP_WP, "nav-previous", PN_PREV, NULL },
	{ STEP_WP, "nav-next", PN_NEXT, NULL },
	{ STEP_WP_BLOCK, "post-navigation-link-previous", PN_PREV, NULL },
	{ STEP_WP_BLOCK, "post-navigation-link-next", PN_NEXT, NULL },
	{ STEP_CAARDS, "cs-entry__prev", PN_PREV, NULL },
	{ STEP_CAARDS, "cs-entry__next", PN_NEXT, NULL },
	{ STEP_TD, "td-post-prev-post", PN_PREV, NULL },
	{ STEP_TD, "td-post-next-post", PN_NEXT, NULL },
	{ STEP_JNEWS, "prev-post", PN_PREV, "jeg_prevnext_post" },
	{ STEP_JNEWS, "next-post", PN_NEXT, "jeg_prevnext_post" },
	{ STEP_BLOGGER, "blog-pager-older-link", PN_PREV, NULL },
	{ STEP_BLOGGER, "blog-pager-newer-link", PN_NEXT, NULL },
	{ STEP_PAPERMOD, "prev", PN_PREV, "paginav" },
	{ STEP_PAPERMOD, "next", PN_NEXT, "paginav" },
};

/* What each step found for each direction: the item and its link. */
struct pn_found {
	const xmlNode	*item[STEP_COUNT][2];
	const xmlNode	*link[STEP_COUNT][2];
};

static void
found(struct pn_found *f, enum pn_step step, enum pn_dir dir,
    const xmlNode *item, const xmlNode *link)
{
	int	 k = dir == PN_PREV ? 0 : 1;

	if (dir == PN_NONE || link == NULL || f->item[step][k] != NULL)
		return;
	f->item[step][k] = item;
	f->link[step][k] = link;
}

static enum pn_dir
rel_dir(const xmlNode *n)
{
	if (has_token(n, "rel", "prev") || has_token(n, "rel", "previous"))
		return PN_PREV;
	if (has_token(n, "rel", "next"))
		return PN_NEXT;
	return PN_NONE;
}

/* The label of a link given by the element just before it ("<span>
 * Previous article</span><a>Title</a>"), or by the one before its parent
 * when the link is all its parent holds ("<div>Next Post</div><h2><a>"). */
static enum pn_dir
sibling_label(const xmlNode *a)
{
	const xmlNode	*n, *p;
	struct buf	 b = BUF_INIT;
	enum pn_dir	 dir = PN_NONE;
	size_t		 ll;
	char		*t;
	int		 k;

	for (n = a, k = 0; k < 2 && n != NULL; k++, n = n->parent) {
		if (k == 1 && (xmlFirstElementChild((xmlNode *)n) != a ||
		    xmlLastElementChild((xmlNode *)n) != a))
			break;
		p = xmlPreviousElementSibling((xmlNode *)n);
		if (p == NULL)
			continue;
		text_of(p, false, &b);
		t = collapse(b.data != NULL ? b.data : "", b.len);
		buf_free(&b);
		dir = prevnext_label(t, strlen(t), &ll);
		if (dir != PN_NONE && (ll != strlen(t) ||
		    label_is_plural(t, ll)))
			dir = PN_NONE;
		free(t);
		if (dir != PN_NONE)
			return dir;
	}
	return PN_NONE;
}

/* A link labelled by its own text ("Next Post: Title", "« Previous"). */
static enum pn_dir
text_label(const xmlNode *a)
{
	struct buf	 b = BUF_INIT;
	enum pn_dir	 dir;
	size_t		 ll;
	char		*t;

	text_of(a, false, &b);
	t = collapse(b.data != NULL ? b.data : "", b.len);
	buf_free(&b);
	dir = prevnext_label(t, strlen(t), &ll);
	if (dir != PN_NONE && label_is_plural(t, ll))
		dir = PN_NONE;
	free(t);
	return dir;
}

static void
visit(struct pn_found *f, const xmlNode *n)
{
	const struct pn_hook *hk;
	enum pn_dir	 dir;
	size_t		 i;

	if (is_elem(n, "link")) {
		if (usable_href(n) != NULL)
			found(f, STEP_HEAD, rel_dir(n), n, n);
		return;
	}
	for (i = 0; i < sizeof pn_hooks / sizeof pn_hooks[0]; i++) {
		hk = &pn_hooks[i];
		if (!has_class(n, hk->cls))
			continue;
		if (hk->within != NULL && !has_ancestor_class(n, hk->within))
			continue;
		if (in_excluded(n, true))
			continue;	/* comment or archive navigation */
		if (hk->step == STEP_BLOGGER) {
			const char *h = usable_href(find_link(n));

			if (h != NULL && strstr(h, "updated-max=") != NULL)
				continue;	/* an archive page */
		}
		found(f, hk->step, hk->dir, n, find_link(n));
	}
	if (!is_elem(n, "a") || usable_href(n) == NULL)
		return;
	if (has_class(n, "pagination--pager") && !has_class(n, "disabled"))
		found(f, STEP_JEKYLL, text_label(n), n, n);
	if (in_excluded(n, false))
		return;
	found(f, STEP_REL, rel_dir(n), n, n);
	if ((dir = text_label(n)) == PN_NONE)
		dir = sibling_label(n);
	found(f, STEP_LABEL, dir, n, n);
}

/* An href as a browser reads it: white space at the ends and tabs and
 * newlines inside dropped, and no control characters. */
static char *
clean_href(const char *href)
{
	char	*t;
	size_t	 n, i, o = 0;

	t = utf8_clean(href, strlen(href), UTF8_CLEAN_PRE, &n);
	for (i = 0; i < n; i++)
		if (t[i] != '\t' && t[i] != '\n')
			t[o++] = t[i];
	while (o > 0 && t[o - 1] == ' ')
		o--;
	t[o] = '\0';
	for (i = 0; t[i] == ' '; i++)
		;
	memmove(t, t + i, o - i + 1);
	return t;
}

static void
set_link(const struct html *h, struct navlink *l, const xmlNode *item,
    const xmlNode *a)
{
	const char	*href = usable_href(a);
	char		*title, *url;

	if (is_elem(a, "link")) {
		const char *v = attr(a, "title");

		title = v != NULL ? strip_label(collapse(v, strlen(v))) : NULL;
	} else
		title = link_title(item, a);
	url = clean_href(href);
	if (h->url != NULL) {
		char	*abs = html_resolve_url(h->url, url);

		if (abs != NULL) {
			free(url);
			url = abs;
		}
	}
	doc_set_nav(l, url, title);
	free(url);
	free(title);
}

void
prevnext_find(const struct html *h, struct doc *d)
{
	struct pn_found	 f;
	const xmlNode	*root, *n;
	int		 k, s;

	if (h == NULL || h->tree == NULL ||
	    (root = xmlDocGetRootElement(h->tree)) == NULL)
		return;
	memset(&f, 0, sizeof f);
	for (n = root; n != NULL; n = walk_next(n, root, true))
		if (n->type == XML_ELEMENT_NODE)
			visit(&f, n);
	for (k = 0; k < 2; k++) {
		for (s = 0; s < STEP_COUNT; s++) {
			if (f.item[s][k] == NULL)
				continue;
			set_link(h, k == 0 ? &d->prev : &d->next, f.item[s][k],
			    f.link[s][k]);
			break;
		}
	}
}

/*
 * Resolving links to local files.
 */

/* Extensions taken off a slug. */
static const char *pn_exts[] = {
	"html", "htm", "shtml", "xhtml", "php", "asp", "aspx", "jsp", "cfm",
	"txt", "text", "md", "markdown"
};

/* Where the path of a URL starts: after "scheme://host", or 0. */
static size_t
path_start(const char *u, size_t len)
{
	size_t	 i;

	for (i = 0; i < len && is_alnum((unsigned char)u[i]); i++)
		;
	if (i == 0 || i + 1 >= len || u[i] != ':')
		return 0;
	if (i + 2 < len && u[i + 1] == '/' && u[i + 2] == '/') {
		i += 3;
		while (i < len && u[i] != '/')
			i++;
		return i;
	}
	return i + 1;	/* "file:name", "mailto:..." */
}

char *
prevnext_slug(const char *url)
{
	size_t	 len, start, end, seg, i, n;
	char	*s;

	if (url == NULL)
		return NULL;
	len = strcspn(url, "?#");
	start = path_start(url, len);
	end = len;
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
		for (i = 0; i < sizeof pn_exts / sizeof pn_exts[0]; i++) {
			size_t	 el = strlen(pn_exts[i]);

			if (n > el + 1 && url[seg + n - el - 1] == '.' &&
			    match_ci(url + seg + n - el, el, pn_exts[i]) == el) {
				n -= el + 1;
				break;
			}
		}
		if (n == 5 && match_ci(url + seg, n, "index") == 5) {
			end = seg;	/* the folder's name */
			continue;
		}
		if (n == 0 || (n == 1 && url[seg] == '.') ||
		    (n == 2 && url[seg] == '.' && url[seg + 1] == '.'))
			return NULL;
		break;
	}
	s = xstrndup(url + seg, n);
	return s;
}

/* A URL for comparison: no scheme, no "www.", no fragment, no trailing
 * slash, the host in lower case. */
static char *
url_key(const char *url)
{
	struct buf	 b = BUF_INIT;
	size_t		 len = strcspn(url, "#"), i = 0, host;

	while (i < len && is_alnum((unsigned char)url[i]))
		i++;
	if (i > 0 && i + 2 < len && url[i] == ':' && url[i + 1] == '/' &&
	    url[i + 2] == '/') {
		i += 3;
		if (match_ci(url + i, len - i, "www.") == 4)
			i += 4;
		for (host = i; host < len && url[host] != '/'; host++)
			buf_addc(&b, lower((unsigned char)url[host]));
		i = host;
	} else
		i = 0;
	buf_add(&b, url + i, len - i);
	while (b.len > 0 && b.data[b.len - 1] == '/')
		b.len--;
	return buf_finish(&b, NULL);
}

static bool
same_url(const char *a, const char *b)
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

static bool
same_ci(const char *a, const char *b)
{
	for (; *a != '\0' && *b != '\0'; a++, b++)
		if (lower((unsigned char)*a) != lower((unsigned char)*b))
			return false;
	return *a == *b;
}

/* A file's slug may carry its date in front, as a blog's source files
 * do: "2024-05-16-some-post". */
static bool
same_slug(const char *link, const char *file)
{
	size_t	 i;

	if (same_ci(link, file))
		return true;
	for (i = 0; i < 11; i++) {
		if (file[i] == '\0')
			return false;
		if ((i == 4 || i == 7 || i == 10) ? file[i] != '-' :
		    !(file[i] >= '0' && file[i] <= '9'))
			return false;
	}
	return same_ci(link, file + 11);
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
		if (is_alnum(*u) || *u >= 0x80) {
			/* Typographic punctuation (U+2000-U+206F) is a gap. */
			if (*u == 0xe2 && u[1] == 0x80 && u[2] != '\0') {
				u += 2;
				gap = true;
				continue;
			}
			if (gap && b.len > 0)
				buf_addc(&b, ' ');
			gap = false;
			buf_addc(&b, lower(*u));
		} else
			gap = true;
	}
	return buf_finish(&b, NULL);
}

long
prevnext_resolve(const struct navlink *l, const struct pn_candidate *c,
    size_t n)
{
	char	*slug, *s, *key, *k;
	size_t	 i;
	long	 hit = -1;

	if (l == NULL)
		return -1;
	if (l->href != NULL) {
		for (i = 0; i < n; i++)
			if (c[i].url != NULL && same_url(l->href, c[i].url))
				return (long)i;
		if ((slug = prevnext_slug(l->href)) != NULL) {
			for (i = 0; i < n && hit < 0; i++) {
				if (c[i].url != NULL &&
				    (s = prevnext_slug(c[i].url)) != NULL) {
					if (same_ci(slug, s))
						hit = (long)i;
					free(s);
				}
				if (hit < 0 && c[i].path != NULL &&
				    (s = prevnext_slug(c[i].path)) != NULL) {
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
