/* prevnext.c: finding an article's previous/next post links, and
 * resolving them to local files. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "buf.h"
#include "doc.h"
#include "html.h"
#include "phrase.h"
#include "prevnext.h"
#include "tags.h"
#include "url.h"
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

/* Whole labels of other languages, a word and its noun in one
 * (written in small letters but for the capitals of scripts other than
 * Latin); longer first where one is a prefix of another. */
static const struct pn_word pn_phrases[] = {
	/* Spanish, Portuguese */
	{ "art\xc3\xad" "culo anterior", PN_PREV },
	{ "entrada anterior", PN_PREV },
	{ "publicaci\xc3\xb3n anterior", PN_PREV },
	{ "noticia anterior", PN_PREV },
	{ "artigo anterior", PN_PREV },
	{ "post anterior", PN_PREV },
	{ "siguiente art\xc3\xad" "culo", PN_NEXT },
	{ "art\xc3\xad" "culo siguiente", PN_NEXT },
	{ "siguiente entrada", PN_NEXT },
	{ "entrada siguiente", PN_NEXT },
	{ "publicaci\xc3\xb3n siguiente", PN_NEXT },
	{ "noticia siguiente", PN_NEXT },
	{ "pr\xc3\xb3ximo artigo", PN_NEXT },
	{ "pr\xc3\xb3ximo post", PN_NEXT },
	{ "artigo seguinte", PN_NEXT },
	/* French */
	{ "article pr\xc3\xa9" "c\xc3\xa9" "dent", PN_PREV },
	{ "billet pr\xc3\xa9" "c\xc3\xa9" "dent", PN_PREV },
	{ "article suivant", PN_NEXT },
	{ "billet suivant", PN_NEXT },
	/* Italian */
	{ "articolo precedente", PN_PREV },
	{ "post precedente", PN_PREV },
	{ "articolo successivo", PN_NEXT },
	{ "prossimo articolo", PN_NEXT },
	{ "post successivo", PN_NEXT },
	/* German */
	{ "vorheriger artikel", PN_PREV },
	{ "vorheriger beitrag", PN_PREV },
	{ "voriger artikel", PN_PREV },
	{ "n\xc3\xa4" "chster artikel", PN_NEXT },
	{ "n\xc3\xa4" "chster beitrag", PN_NEXT },
	/* Dutch */
	{ "vorig artikel", PN_PREV },
	{ "vorige artikel", PN_PREV },
	{ "vorig bericht", PN_PREV },
	{ "volgend artikel", PN_NEXT },
	{ "volgende artikel", PN_NEXT },
	{ "volgend bericht", PN_NEXT },
	/* Russian */
	{ "\xd0\x9f\xd1\x80\xd0\xb5\xd0\xb4\xd1\x8b\xd0\xb4\xd1\x83"
	  "\xd1\x89\xd0\xb0\xd1\x8f \xd1\x81\xd1\x82\xd0\xb0\xd1\x82"
	  "\xd1\x8c\xd1\x8f", PN_PREV },	/* Предыдущая статья */
	{ "\xd0\xbf\xd1\x80\xd0\xb5\xd0\xb4\xd1\x8b\xd0\xb4\xd1\x83"
	  "\xd1\x89\xd0\xb0\xd1\x8f \xd1\x81\xd1\x82\xd0\xb0\xd1\x82"
	  "\xd1\x8c\xd1\x8f", PN_PREV },	/* предыдущая статья */
	{ "\xd0\xa1\xd0\xbb\xd0\xb5\xd0\xb4\xd1\x83\xd1\x8e\xd1\x89"
	  "\xd0\xb0\xd1\x8f \xd1\x81\xd1\x82\xd0\xb0\xd1\x82\xd1\x8c"
	  "\xd1\x8f", PN_NEXT },		/* Следующая статья */
	{ "\xd1\x81\xd0\xbb\xd0\xb5\xd0\xb4\xd1\x83\xd1\x8e\xd1\x89"
	  "\xd0\xb0\xd1\x8f \xd1\x81\xd1\x82\xd0\xb0\xd1\x82\xd1\x8c"
	  "\xd1\x8f", PN_NEXT },		/* следующая статья */
	/* Chinese, Japanese */
	{ "\xe4\xb8\x8a\xe4\xb8\x80\xe7\xaf\x87\xe6\x96\x87\xe7\xab"
	  "\xa0", PN_PREV },			/* 上一篇文章 */
	{ "\xe4\xb8\x8a\xe4\xb8\x80\xe7\xaf\x87", PN_PREV },	/* 上一篇 */
	{ "\xe4\xb8\x8b\xe4\xb8\x80\xe7\xaf\x87\xe6\x96\x87\xe7\xab"
	  "\xa0", PN_NEXT },			/* 下一篇文章 */
	{ "\xe4\xb8\x8b\xe4\xb8\x80\xe7\xaf\x87", PN_NEXT },	/* 下一篇 */
	{ "\xe5\x89\x8d\xe3\x81\xae\xe8\xa8\x98\xe4\xba\x8b",
	  PN_PREV },				/* 前の記事 */
	{ "\xe6\xac\xa1\xe3\x81\xae\xe8\xa8\x98\xe4\xba\x8b",
	  PN_NEXT },				/* 次の記事 */
};

/* Plural nouns first: "posts" must not match as "post" + "s". */
static const char *pn_nouns[] = {
	"posts", "post", "articles", "article", "stories", "story",
	"entries", "entry", "chapters", "chapter"
};

/* Separators that may follow a label. */
static const char *pn_seps[] = {
	":", "|", "-", "\xe2\x80\x93", "\xe2\x80\x94", "\xc2\xb7",
	"\xe2\x80\xa2", "/", "\xef\xbc\x9a"	/* ： */
};

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
	for (k = 0; k < sizeof pn_phrases / sizeof pn_phrases[0]; k++) {
		n = phrase_word(text + i, len - i, pn_phrases[k].s);
		if (n != 0) {
			word = pn_phrases[k].dir;
			noun = true;
			i += n;
			break;
		}
	}
	for (k = 0; word == PN_NONE &&
	    k < sizeof pn_words / sizeof pn_words[0]; k++) {
		n = phrase_word(text + i, len - i, pn_words[k].s);
		if (n != 0) {
			word = pn_words[k].dir;
			i += n;
			break;
		}
	}
	if (word != PN_NONE) {
		size_t	 j = skip_space(text, len, i);

		for (k = 0; j > i && !noun &&
		    k < sizeof pn_nouns / sizeof pn_nouns[0]; k++) {
			n = phrase_word(text + j, len - j, pn_nouns[k]);
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
		if (phrase_word(text + i, labellen - i, "posts") ||
		    phrase_word(text + i, labellen - i, "entries") ||
		    phrase_word(text + i, labellen - i, "articles") ||
		    phrase_word(text + i, labellen - i, "stories") ||
		    phrase_word(text + i, labellen - i, "chapters"))
			return true;
	return false;
}

/*
 * Finding the links of an HTML page.
 */

#define NAME(n)	hnode_name(n)

static bool
is_elem(const struct hnode *n, const char *name)
{
	return n != NULL && n->type == HNODE_ELEMENT &&
	    NAME(n)[0] == name[0] && strcmp(NAME(n), name) == 0;
}

/* True when the white-space separated list in attribute name of n holds
 * word (case folded). */
static bool
has_token(const struct hnode *n, const char *name, const char *word)
{
	return ascii_has_token(html_attr(n, name), word);
}

static bool
has_class(const struct hnode *n, const char *cls)
{
	return has_token(n, "class", cls);
}

/* True when a class word or the id of n is word, or starts with word and
 * a dash or an underscore, or ends with one and word: "menu" matches
 * "menu", "menu-item" and "primary-menu", not "menus" or "emenu". */
static bool
has_part(const struct hnode *n, const char *word)
{
	static const char *names[] = { "class", "id" };
	const char	*v, *p;
	size_t		 wl = strlen(word), tl, i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		if ((v = html_attr(n, names[i])) == NULL)
			continue;
		for (p = v; *p != '\0'; p += tl) {
			p += strspn(p, " \t\n\r\f");
			tl = strcspn(p, " \t\n\r\f");
			if (tl < wl)
				continue;
			if (ascii_prefix_ci(p, tl, word) == wl && (tl == wl ||
			    p[wl] == '-' || p[wl] == '_'))
				return true;
			if (tl > wl && (p[tl - wl - 1] == '-' ||
			    p[tl - wl - 1] == '_') &&
			    ascii_prefix_ci(p + tl - wl, wl, word) == wl)
				return true;
		}
	}
	return false;
}

/* The next node in document order under top, or NULL. */
static const struct hnode *
walk_next(const struct hnode *n, const struct hnode *top, bool descend)
{
	if (descend && n->type == HNODE_ELEMENT && hnode_first(n) != NULL)
		return hnode_first(n);
	while (n != top && hnode_next(n) == NULL)
		n = hnode_parent(n);
	if (n == top)
		return NULL;
	return hnode_next(n);
}

/* The TAG_IS_* bits of element n (tags.h). */
static unsigned
elem_props(const struct hnode *n)
{
	return n->props;
}

/* Elements whose content is no text: scripts, styles, drawings,
 * frames. */
static bool
hidden_elem(const struct hnode *n)
{
	return (elem_props(n) & TAG_IS_HIDDEN) != 0;
}

/* Elements inside a line of text: no word break at their edges. */
static bool
inline_elem(const struct hnode *n)
{
	return (elem_props(n) & TAG_IS_INLINE) != 0;
}

/* Classes of the label inside a link: skipped when its text is taken
 * for the title. */
static bool
label_elem(const struct hnode *n)
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

/* The text of top, appended to b: white space collapsed to one space, a
 * line break at the edges of block elements, nothing at the ends. It
 * stops once b holds max bytes. */
static void
text_of(const struct hnode *top, bool skip_labels, size_t max, struct buf *b)
{
	const struct hnode *n, *p;
	const char	*t;
	size_t		 len, i, k;
	bool		 descend;
	int		 brk = 0;	/* 1: a space is due, 2: a line break */

	for (n = top; n != NULL && b->len < max;
	    n = walk_next(n, top, descend)) {
		descend = true;
		if (n->type == HNODE_ELEMENT) {
			unsigned props = elem_props(n);

			if ((props & TAG_IS_HIDDEN) ||
			    (skip_labels && n != top && label_elem(n)))
				descend = false;
			else if (!(props & TAG_IS_INLINE))
				brk = 2;	/* a block starts */
			continue;
		}
		if (!hnode_is_text(n) || hnode_text(n) == NULL)
			continue;
		if ((p = hnode_prev(n)) != NULL && p->type == HNODE_ELEMENT &&
		    !inline_elem(p))
			brk = 2;	/* after a block */
		t = hnode_text(n);
		len = strlen(t);
		for (i = 0; i < len && b->len < max; ) {
			if ((k = space_at(t + i, len - i)) != 0) {
				if (brk == 0)
					brk = 1;
				i += k;
				continue;
			}
			for (k = i; k < len && space_at(t + k, len - k) == 0; k++)
				;
			if (brk != 0 && b->len > 0)
				buf_addc(b, brk == 2 ? '\n' : ' ');
			brk = 0;
			buf_add(b, t + i, k - i);
			i = k;
		}
	}
}

/* The first line of text and its length. */
static size_t
first_line(const char *text)
{
	return strcspn(text, "\n");
}

/* The direction of a label that is the whole first line of text (a label
 * in a block of its own), or PN_NONE. Sets *used to the bytes it takes
 * with the line break. */
static enum pn_dir
line_label(const char *text, size_t *used)
{
	size_t		 n = first_line(text), ll;
	enum pn_dir	 dir;

	if (text[n] != '\n')
		return PN_NONE;	/* one line: prevnext_label() decides */
	dir = prevnext_label(text, n, &ll);
	if (dir == PN_NONE || ll != n)
		return PN_NONE;
	*used = n + 1;
	return dir;
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
		/* All of it a label ("Previous<br>Chapter"), a label on a
		 * line of its own ("Next<br>Chapter 7"), a label before the
		 * title ("Next Post: Title"). */
		if (prevnext_label(text, len, &ll) != PN_NONE && ll == len) {
			free(text);
			return NULL;
		}
		if (line_label(text, &ll) == PN_NONE &&
		    prevnext_label(text, len, &ll) == PN_NONE)
			break;
		memmove(text, text + ll, len - ll + 1);
		len -= ll;
	}
	for (;;) {
		while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\n'))
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
node_title(const struct hnode *n, bool skip_labels)
{
	struct buf	 b = BUF_INIT;

	text_of(n, skip_labels, (size_t)-1, &b);
	return strip_label(buf_finish(&b, NULL));
}

static bool
is_heading(const struct hnode *n)
{
	return n->type == HNODE_ELEMENT &&
	    (elem_props(n) & TAG_IS_HEADING) != 0;
}

/* The title of a link: a title element or a heading inside the item,
 * else the link's text without its label, else its title attribute. */
static char *
link_title(const struct hnode *item, const struct hnode *a)
{
	static const char *classes[] = {
		"post-title", "nav-title", "post-navigation-link__title",
		"cs-entry__title", "entry-title", "jeg_post_title"
	};
	const char	*v;
	char		*t, *heading = NULL;
	size_t		 i;
	const struct hnode *n;

	for (n = item; n != NULL; n = walk_next(n, item, true)) {
		if (n->type != HNODE_ELEMENT)
			continue;
		for (i = 0; i < sizeof classes / sizeof classes[0]; i++) {
			if (has_class(n, classes[i]) &&
			    (t = node_title(n, true)) != NULL) {
				free(heading);
				return t;
			}
		}
		/* A heading may be the label: "<h1>Next article</h1>". */
		if (heading == NULL && is_heading(n))
			heading = node_title(n, true);
	}
	if (heading != NULL)
		return heading;
	if (a != NULL && (t = node_title(a, true)) != NULL)
		return t;
	if (a != NULL && (v = html_attr(a, "title")) != NULL &&
	    (t = strip_label(collapse(v, strlen(v)))) != NULL)
		return t;
	return NULL;
}

/* A link's href, when it leads somewhere. */
static const char *
usable_href(const struct hnode *a)
{
	const char	*h;
	size_t		 i;

	if (a == NULL || (h = html_attr(a, "href")) == NULL)
		return NULL;
	i = skip_space(h, strlen(h), 0);
	h += i;
	if (*h == '\0' || *h == '#' ||
	    ascii_prefix_ci(h, strlen(h), "javascript:") != 0)
		return NULL;
	return h;
}

/* The first <a> with a usable href in or at n. */
static const struct hnode *
find_link(const struct hnode *top)
{
	const struct hnode *n;

	for (n = top; n != NULL; n = walk_next(n, top, true))
		if (is_elem(n, "a") && usable_href(n) != NULL)
			return n;
	return NULL;
}

/* Regions whose links are not the post's neighbours: comments, archive
 * and multi-page pagination; unless only those are asked for (narrow),
 * menus, widgets, sliders and forms too. The page's outer elements (body, html)
 * are not looked at: their classes describe the whole page
 * ("has-sidebar"). */
static bool
in_excluded(const struct hnode *n, bool narrow)
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

	for (; n != NULL && n->type == HNODE_ELEMENT; n = hnode_parent(n)) {
		if (is_elem(n, "head") || (!narrow && is_elem(n, "form")))
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
has_ancestor_class(const struct hnode *n, const char *cls)
{
	for (n = hnode_parent(n); n != NULL && n->type == HNODE_ELEMENT;
	    n = hnode_parent(n))
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
	STEP_CLASS,		/* .next-post, .prev-post and the like */
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
	{ STEP_CLASS, "previous-post", PN_PREV, NULL },
	{ STEP_CLASS, "prev-post", PN_PREV, NULL },
	{ STEP_CLASS, "post-previous", PN_PREV, NULL },
	{ STEP_CLASS, "post-prev", PN_PREV, NULL },
	{ STEP_CLASS, "next-post", PN_NEXT, NULL },
	{ STEP_CLASS, "post-next", PN_NEXT, NULL },
};

/* What each step found for each direction: the item and its link. */
struct pn_found {
	const struct html *h;
	const struct hnode *item[STEP_COUNT][2];
	const struct hnode *link[STEP_COUNT][2];
};

static bool	 pagination_url(const char *);
static char	*clean_href(const char *);

/* True when a link leads back to the page itself. */
static bool
self_link(const struct html *h, const char *href)
{
	char	*url, *abs;
	bool	 self;

	if (h->url == NULL)
		return false;
	url = clean_href(href);
	if ((abs = url_resolve(h->url, url)) == NULL)
		abs = xstrdup(url);
	self = url_same(abs, h->url) || (h->canonical != NULL &&
	    url_same(abs, h->canonical));
	free(abs);
	free(url);
	return self;
}

static void
found(struct pn_found *f, enum pn_step step, enum pn_dir dir,
    const struct hnode *item, const struct hnode *link)
{
	int		 k = dir == PN_PREV ? 0 : 1;
	const char	*href;

	if (dir == PN_NONE || link == NULL || f->item[step][k] != NULL)
		return;
	/* A page of an archive or of comments, or the page itself, is not
	 * a neighbour. */
	if ((href = usable_href(link)) == NULL || pagination_url(href) ||
	    self_link(f->h, href))
		return;
	f->item[step][k] = item;
	f->link[step][k] = link;
}

static enum pn_dir
rel_dir(const struct hnode *n)
{
	if (has_token(n, "rel", "prev") || has_token(n, "rel", "previous"))
		return PN_PREV;
	if (has_token(n, "rel", "next"))
		return PN_NEXT;
	return PN_NONE;
}

/* Enough of a link's text to tell a label: a label and the start of a
 * title after it. */
#define LABEL_MAX	128

/* True when n is or holds a control or a link: a button saying "Next"
 * labels no link beside it. */
static bool
has_control(const struct hnode *top)
{
	static const char *names[] = {
		"a", "button", "input", "select", "textarea", "form", "label"
	};
	const struct hnode *n;
	size_t		 i;

	for (n = top; n != NULL; n = walk_next(n, top, true))
		for (i = 0; n->type == HNODE_ELEMENT &&
		    i < sizeof names / sizeof names[0]; i++)
			if (strcmp(NAME(n), names[i]) == 0)
				return true;
	return false;
}

/* True when the text of top may start with a label: its first character
 * starts a label word ("prev", "older", "next", "newer") or an arrow. A
 * quick test before the text is gathered. */
static bool
label_start(const struct hnode *top)
{
	const struct hnode	*n;
	const unsigned char	*t;
	bool			 descend;

	for (n = top; n != NULL; n = walk_next(n, top, descend)) {
		descend = n->type != HNODE_ELEMENT || !hidden_elem(n);
		if (!hnode_is_text(n) || hnode_text(n) == NULL)
			continue;
		for (t = (const unsigned char *)hnode_text(n); *t != '\0';
		    t++) {
			if (space_at((const char *)t, 2) != 0) {
				if (*t == 0xc2)
					t++;	/* a no-break space */
				continue;
			}
			/* The first letters of the labels, of other
			 * languages' too (pn_phrases). */
			return strchr("pPnNoO<>aAsSeEbBvV", *t) != NULL ||
			    *t == 0xc2 || *t == 0xe2 || *t == 0xd0 ||
			    *t == 0xd1 || *t == 0xe4 || *t == 0xe5 ||
			    *t == 0xe6;
		}
	}
	return false;
}

static bool
has_text(const struct hnode *n)
{
	struct buf	 b = BUF_INIT;
	bool		 some;

	text_of(n, false, 1, &b);
	some = b.len > 0;
	buf_free(&b);
	return some;
}

/* The label of a link in its own text: a first line that is a label
 * ("<p>Next</p><p>Chapter 7</p>"), or a label at its start ("Next Post:
 * Title", "« Previous"). Labels of many posts ("Older Posts") are not
 * taken. */
static enum pn_dir
text_label(const struct hnode *n, bool whole)
{
	struct buf	 b = BUF_INIT;
	enum pn_dir	 dir;
	size_t		 ll, len;
	char		*t;

	text_of(n, false, LABEL_MAX, &b);
	t = buf_finish(&b, &len);
	if ((dir = line_label(t, &ll)) != PN_NONE)
		ll--;
	else if ((dir = prevnext_label(t, len, &ll)) != PN_NONE &&
	    whole && ll != len)
		dir = PN_NONE;
	if (dir != PN_NONE && label_is_plural(t, ll))
		dir = PN_NONE;
	free(t);
	return dir;
}

/* The label of a link given by the element just before it ("<span>
 * Previous article</span><a>Title</a>"), or by the one before its parent
 * when the link is all its parent holds ("<div>Next Post</div><h2><a>").
 * *item is set to what holds both. */
static enum pn_dir
sibling_label(const struct hnode *a, const struct hnode **item)
{
	const struct hnode *n, *p;
	enum pn_dir	 dir;
	int		 k;

	for (n = a, k = 0; k < 2 && n != NULL; k++, n = hnode_parent(n)) {
		if (k == 1 && (hnode_first_element(n) != a ||
		    hnode_last_element(n) != a))
			break;
		p = hnode_prev_element(n);
		if (p == NULL || !label_start(p))
			continue;
		if ((dir = text_label(p, true)) != PN_NONE && !has_control(p)) {
			*item = hnode_parent(n);
			return dir;
		}
	}
	return PN_NONE;
}

/* True when a class attribute may hold one of the hooks' classes: all
 * of them name a direction or a pager. */
static bool
hook_candidate(const char *cls)
{
	const char	*p;

	if (cls == NULL)
		return false;
	for (p = cls; *p != '\0'; p++) {
		switch (*p) {
		case 'p':
			if (strncmp(p, "prev", 4) == 0 ||
			    strncmp(p, "pager", 5) == 0)
				return true;
			break;
		case 'n':
			if (strncmp(p, "next", 4) == 0 ||
			    strncmp(p, "newer", 5) == 0)
				return true;
			break;
		case 'o':
			if (strncmp(p, "older", 5) == 0)
				return true;
			break;
		}
	}
	return false;
}

static void
visit(struct pn_found *f, const struct hnode *n)
{
	const struct pn_hook *hk;
	const struct hnode *item = n;
	enum pn_dir	 rel, label;
	size_t		 i;

	if (is_elem(n, "link")) {
		if (usable_href(n) != NULL)
			found(f, STEP_HEAD, rel_dir(n), n, n);
		return;
	}
	if (!hook_candidate(html_attr(n, "class")))
		goto link;
	for (i = 0; i < sizeof pn_hooks / sizeof pn_hooks[0]; i++) {
		hk = &pn_hooks[i];
		if (!has_class(n, hk->cls))
			continue;
		if (hk->within != NULL && !has_ancestor_class(n, hk->within))
			continue;
		if (in_excluded(n, hk->step != STEP_CLASS))
			continue;	/* comment or archive navigation */
		if (hk->step == STEP_BLOGGER) {
			const char *h = usable_href(find_link(n));

			if (h != NULL && strstr(h, "updated-max=") != NULL)
				continue;	/* an archive page */
		}
		found(f, hk->step, hk->dir, n, find_link(n));
	}
	if (is_elem(n, "a") && usable_href(n) != NULL &&
	    has_class(n, "pagination--pager") && !has_class(n, "disabled"))
		found(f, STEP_JEKYLL, text_label(n, false), n, n);
link:
	if (!is_elem(n, "a") || usable_href(n) == NULL)
		return;
	rel = rel_dir(n);
	label = label_start(n) ? text_label(n, false) : PN_NONE;
	if (label == PN_NONE &&
	    (label = sibling_label(n, &item)) != PN_NONE && has_text(n))
		item = n;	/* the link's text is the title */
	if ((rel == PN_NONE && label == PN_NONE) || in_excluded(n, false))
		return;
	found(f, STEP_REL, rel, n, n);
	found(f, STEP_LABEL, label, item, n);
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
set_link(const struct html *h, struct navlink *l, const struct hnode *item,
    const struct hnode *a)
{
	const char	*href = usable_href(a);
	char		*title, *url;

	if (is_elem(a, "link")) {
		const char *v = html_attr(a, "title");

		title = v != NULL ? strip_label(collapse(v, strlen(v))) : NULL;
	} else
		title = link_title(item, a);
	url = clean_href(href);
	if (h->url != NULL) {
		char	*abs = url_resolve(h->url, url);

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
	const struct hnode *root, *n;
	int		 k, s;

	if ((root = html_root(h)) == NULL)
		return;
	/* An archive's pages link each other: none is a post. */
	if (h->url != NULL && pagination_url(h->url))
		return;
	memset(&f, 0, sizeof f);
	f.h = h;
	for (n = root; n != NULL; n = walk_next(n, root, true))
		if (n->type == HNODE_ELEMENT)
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
 * Links that are no post.
 */

/* True when the digits run from s to end, and there is one at least. */
static bool
all_digits(const char *s, const char *end)
{
	if (s >= end)
		return false;
	for (; s < end; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

/* True when a URL is a numbered page of an archive, of search results or
 * of comments: "/page/2/", "/comment-page-3/", "?paged=2", "?page=2",
 * Blogger's "?updated-max=...". A post is never one. */
static bool
pagination_url(const char *url)
{
	static const char *params[] = {
		"page", "paged", "pg", "pagenum", "start", "offset",
		"updated-max", "updated-min"
	};
	const char	*p, *q, *seg, *end, *prev = NULL;
	size_t		 len = strcspn(url, "#"), plen, n, i;
	struct url	 u;

	url_parse(url, &u);
	p = u.path.s;
	plen = (size_t)(p + u.path.len - url);
	for (seg = p; seg < url + plen; seg = end + 1) {
		if (*seg == '/') {
			end = seg;
			continue;
		}
		end = seg + strcspn(seg, "/?#");
		if (end > url + plen)
			end = url + plen;
		n = (size_t)(end - seg);
		if (n > 13 && ascii_prefix_ci(seg, n, "comment-page-") == 13 &&
		    all_digits(seg + 13, end))
			return true;
		if (prev != NULL && all_digits(seg, end))
			return true;	/* "page/2" */
		prev = n == 4 && ascii_prefix_ci(seg, n, "page") == 4 ? seg :
		    NULL;
	}
	for (q = url + plen; q < url + len; q = end) {
		q++;	/* past '?' or '&' */
		end = q + strcspn(q, "&#");
		if (end > url + len)
			end = url + len;
		n = strcspn(q, "=&#");
		if (q + n >= end || q[n] != '=' || q + n + 1 == end)
			continue;
		for (i = 0; i < sizeof params / sizeof params[0]; i++)
			if (strlen(params[i]) == n &&
			    ascii_prefix_ci(q, n, params[i]) == n)
				return true;
	}
	return false;
}
