/* extract_meta.c: what the page says about itself: its <meta> elements
 * (noted during the annotation), its JSON-LD, its <title>, headings,
 * bylines and dates, read into the doc's title, headline, byline, date,
 * site, language and URL. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "buf.h"
#include "date.h"
#include "doc.h"
#include "extract_int.h"
#include "html.h"
#include "jsonld.h"
#include "tags.h"
#include "title.h"
#include "url.h"
#include "utf8.h"
#include "xmalloc.h"

/* ---------------------------------------------------------------------
 * Metadata.
 */

/* A <meta>'s name, cut into its words in lower case. A word longer than
 * META_TOKEN_MAX is none of those looked for, and is left out. */
#define META_TOKENS	4
#define META_TOKEN_MAX	31

/* The words of s into tok, and their number; META_TOKENS + 1 when there
 * are more than it holds. */
static size_t
meta_tokens(const char *s, char tok[][META_TOKEN_MAX + 1])
{
	size_t	 n = 0, i, k;

	for (;;) {
		while (ascii_is_space((unsigned char)*s))
			s++;
		if (*s == '\0')
			return n;
		for (i = 0; s[i] != '\0' &&
		    !ascii_is_space((unsigned char)s[i]); i++)
			;
		if (i <= META_TOKEN_MAX) {
			if (n == META_TOKENS)
				return META_TOKENS + 1;
			for (k = 0; k < i; k++)
				tok[n][k] = (char)ascii_lower((unsigned char)s[k]);
			tok[n][i] = '\0';
			n++;
		}
		s += i;
	}
}

/* Whether one of the n words is word, which is in lower case: what
 * ascii_has_token() says of the name they were cut from. */
static bool
meta_is(char tok[][META_TOKEN_MAX + 1], size_t n, const char *word)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (tok[i][0] == word[0] && strcmp(tok[i], word) == 0)
			return true;
	}
	return false;
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

void
meta_element(struct ex *x, struct hnode *n)
{
	struct meta	*m = &x->m;
	const char	*name, *content;
	char		 tok[META_TOKENS][META_TOKEN_MAX + 1];
	size_t		 ntok;
	bool		 prop;

	if ((content = html_attr(n, "content")) == NULL || *content == '\0')
		return;
	prop = (name = html_attr(n, "property")) != NULL;
	if (name == NULL &&
	    (name = html_attr(n, "name")) == NULL &&
	    (name = html_attr(n, "itemprop")) == NULL &&
	    (name = html_attr(n, "http-equiv")) == NULL)
		return;
	/* A property list may name several ("og:title twitter:title"):
	 * each is compared with some fifty names below, in lower case
	 * once and for all. */
	ntok = meta_tokens(name, tok);
#define META_IS(s) (ntok <= META_TOKENS ? meta_is(tok, ntok, s) : \
	ascii_has_token(name, s))
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

/* The text inside a <script> element. */
static char *
script_text(struct hnode *n)
{
	struct buf	 b = BUF_INIT;
	struct hnode	*c;

	for (c = hnode_first(n); c != NULL; c = hnode_next(c)) {
		if (hnode_text(c) != NULL)
			buf_adds(&b, hnode_text(c));
	}
	return buf_finish(&b, NULL);
}

/* What the page's JSON-LD says of its article: the first script that
 * holds one. */
void
meta_ldjson(struct ex *x, struct jsonld *ld)
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
	if (ascii_words(t, n) >= 3 || (ascii_words(t, n) < 3 &&
	    utf8_cpcount(t, n) >= 12 && strchr(t, ' ') == last)) {
		*site = xstrdup(last + lastn);
		return xstrndup(t, n);
	}
	p = first + firstn;
	if (ascii_words(p, strlen(p)) >= 3) {
		*site = xstrndup(t, (size_t)(first - t));
		return xstrdup(p);
	}
	return xstrdup(t);
}

/* Is part of a page title the site's name: the name the page gives
 * (site), its host ("example.com"), or a label of the host that its
 * first words make ("The Verge" of theverge.com, "BBC News" of
 * bbc.co.uk), in four words at most? */
static bool
title_names_site(const char *part, size_t len, const char *site,
    const char *host)
{
	char		*p = xstrndup(part, len), *fp = utf8_fold(p), *f;
	const char	*h, *dot, *w;
	size_t		 n, k, words = ascii_words(part, len);
	bool		 yes = false;

	if (*fp == '\0' || words > 4) {
		free(p);
		free(fp);
		return false;
	}
	if (site != NULL) {
		f = utf8_fold(site);
		yes = strcmp(f, fp) == 0;
		free(f);
	}
	if (!yes && host != NULL) {
		f = utf8_fold(host);
		yes = strcmp(f, fp) == 0;
		free(f);
	}
	/* Each label of the host but the last, against the part's first
	 * words run together. */
	for (h = host; !yes && h != NULL && (dot = strchr(h, '.')) != NULL;
	    h = dot + 1) {
		struct buf	 b = BUF_INIT;

		n = (size_t)(dot - h);
		for (w = p, k = 0; !yes && k < words; k++) {
			char	*fw;

			while (ascii_is_space((unsigned char)*w))
				w++;
			f = (char *)w;
			while (*w != '\0' && !ascii_is_space((unsigned char)*w))
				w++;
			f = xstrndup(f, (size_t)(w - f));
			fw = utf8_fold(f);
			buf_add(&b, fw, strlen(fw));
			free(fw);
			free(f);
			yes = n >= 3 && b.len == n &&
			    strncasecmp(b.data, h, n) == 0;
		}
		buf_free(&b);
	}
	free(p);
	free(fp);
	return yes;
}

/* Cut a page title at a separator only where the part cut off is the
 * site's name (title_names_site()), or where what is left is one of the
 * page's h1s (folded, h1s): "About bugs - Example" of example.com keeps
 * "About bugs", "Example | Storm hits coast" keeps "Storm hits coast",
 * and "Budget vote - what happened" stays whole.
 * The article's part (malloc'd), *cut the site's; NULL when no part
 * names the site. */
static char *
title_cut(const char *t, const char *site, const char *host,
    char *const *h1s, size_t nh1, char **cut)
{
	const char	*last = NULL, *first = NULL, *p;
	size_t		 lastn = 0, firstn = 0, n, i, k;

	*cut = NULL;
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
		return NULL;
	/* What is left is one of the page's h1s: the part before the
	 * last separator first ("Title - Site" is the common order). */
	for (k = 0; k < 2; k++) {
		char	*a = k == 0 ? xstrndup(t, (size_t)(last - t)) :
			    xstrdup(first + firstn);
		char	*fa = utf8_fold(a);

		free(a);
		for (i = 0; i < nh1 && *fa != '\0'; i++) {
			n = strlen(fa);
			/* "Title" or "Title¶": an anchor's mark after it */
			if (strncmp(fa, h1s[i], n) == 0 &&
			    strlen(h1s[i]) <= n + 3)
				break;
		}
		free(fa);
		if (i < nh1 && k == 0) {
			*cut = xstrdup(last + lastn);
			return xstrndup(t, (size_t)(last - t));
		}
		if (i < nh1) {
			*cut = xstrndup(t, (size_t)(first - t));
			return xstrdup(first + firstn);
		}
	}
	if (last > t && title_names_site(last + lastn, strlen(last + lastn),
	    site, host)) {
		*cut = xstrdup(last + lastn);
		return xstrndup(t, (size_t)(last - t));
	}
	if (first[firstn] != '\0' && title_names_site(t, (size_t)(first - t),
	    site, host)) {
		*cut = xstrndup(t, (size_t)(first - t));
		return xstrdup(first + firstn);
	}
	return NULL;
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
	size_t		 n, nw = ascii_words(st, strlen(st)), all = 0;
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

/* The kinds of piece a byline may name before its "by", or instead of a
 * name. */
static const char *const kinds[] = {
	"analysis", "opinion", "commentary", "editorial", "review",
	"interview", "perspective", "column", "essay", "explainer",
	"news analysis", "story", "reporting", "photos", "video"
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
	char		*t = stats_squeeze(xstrdup(s)), *p, *o, *iso;
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
	/* "By Analysis by Ann Lee", "Opinion by Ann Lee": the kind of
	 * piece goes with its "by". */
	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
		n = strlen(kinds[i]);
		if (strncasecmp(p, kinds[i], n) == 0 && (p[n] == ' ' ||
		    p[n] == ':' || p[n] == '\0')) {
			o = p + n;
			while (*o == ' ' || *o == ':')
				o++;
			if (strncasecmp(o, "by ", 3) == 0) {
				p = o + 3;
				while (*p == ' ')
					p++;
			} else if (*o == '\0' || *o == '|' || *o == ',') {
				/* "By Editorial": a kind, not a name */
				free(t);
				return NULL;
			}
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
byline_from(const struct ex *x, struct hnode *n)
{
	struct buf	 b = BUF_INIT;
	char		*s, *line, *next, *prev = NULL, *t;

	stats_gather_text(x, n, &b, 256, '\n');
	s = buf_finish(&b, NULL);
	for (line = s; line != NULL && x->d->byline == NULL; line = next) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		stats_squeeze(line);
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

const char *
meta_feed_link(struct hnode *n)
{
	static const char *const types[] = {
		"application/rss+xml", "application/atom+xml",
		"application/feed+json", "application/json"
	};
	const char	*type, *href;
	size_t		 i, len;

	if (!ascii_has_token(html_attr(n, "rel"), "alternate") ||
	    (type = html_attr(n, "type")) == NULL ||
	    (href = html_attr(n, "href")) == NULL)
		return NULL;
	while (ascii_is_space((unsigned char)*type))
		type++;
	len = strlen(type);
	while (len > 0 && ascii_is_space((unsigned char)type[len - 1]))
		len--;
	for (i = 0; i < sizeof types / sizeof types[0]; i++) {
		if (len == strlen(types[i]) &&
		    ascii_prefix_ci(type, len, types[i]) == len)
			break;
	}
	if (i == sizeof types / sizeof types[0])
		return NULL;
	while (ascii_is_space((unsigned char)*href))
		href++;
	return *href != '\0' ? href : NULL;
}

/* The page's own address: its canonical one, else the absolute base
 * of its links; NULL when neither is known. */
const char *
meta_page_url(const struct html *h)
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

/* The title, the headline and the site's name, from the structured
 * data, the article's h1 and the page's <title>; and the titles folded
 * for the emitter (x->ftitle, x->fdoctitle). */
static void
find_title(struct ex *x, struct jsonld *ld)
{
	struct doc	*d = x->d;
	struct meta	*m = &x->m;
	char		*doctitle = NULL, *stripped = NULL, *suffix = NULL;
	char		*t, *h1s[8];
	const char	*title = NULL, *pu = meta_page_url(x->h);
	char		*host = pu != NULL ? url_site(pu) : NULL;
	size_t		 i, nh1 = 0;

	/* The page title and what it says of the site. */
	if (m->titlenode != NULL) {
		doctitle = stats_squeeze(script_text(m->titlenode));
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
			ht = stats_node_text(x, e->n, 512);
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
	/* The page's h1s, folded: a page title is cut before or after
	 * the site's name where what is left is one of them. */
	for (i = m->first_h1; m->first_h1 != 0 && i < x->n && nh1 < 8; i++) {
		struct node *e = &x->v[i];

		if (e->tag != TAG_H1 || (e->flags & (F_DEAD | F_INDEAD)))
			continue;
		t = stats_node_text(x, e->n, 512);
		h1s[nh1++] = utf8_fold(t);
		free(t);
	}
	if (d->title == NULL && doctitle != NULL && *doctitle != '\0') {
		/* The page title, cut only before or after the site's
		 * name. */
		char	*cut, *kept = title_cut(doctitle, d->site, host,
		    h1s, nh1, &cut);

		if (kept != NULL) {
			doc_set(&d->title, kept, (size_t)-1);
			if (d->site == NULL)
				doc_set(&d->site, cut, (size_t)-1);
		} else
			doc_set(&d->title, doctitle, (size_t)-1);
		free(kept);
		free(cut);
	}
	if (d->title == NULL && m->first_h1 != 0) {
		t = stats_node_text(x, x->v[m->first_h1].n, 512);
		doc_set(&d->title, t, (size_t)-1);
		free(t);
	}
	/* The rest of the page title names the site when the title is
	 * what title_strip() kept of it, or when the host says so. */
	if (d->site == NULL && suffix != NULL && d->title != NULL &&
	    strcmp(d->title, suffix) != 0 && ((stripped != NULL &&
	    strcmp(d->title, stripped) == 0) || title_names_site(suffix,
	    strlen(suffix), NULL, host)))
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
	for (i = 0; i < nh1; i++)
		free(h1s[i]);
	free(host);
	free(doctitle);
	free(stripped);
	free(suffix);
}

/* The byline, names only: the structured data's, else the <meta>
 * authors', else an itemprop=author or rel=author element's, else the
 * first class=byline element's. */
static void
find_byline(struct ex *x, struct jsonld *ld)
{
	struct doc	*d = x->d;
	struct meta	*m = &x->m;
	size_t		 i;

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
	/* twitter:creator last, and only a name: mostly it is a handle
	 * ("@desk"), or an address. */
	if (d->byline == NULL && m->author[5] != NULL &&
	    m->author[5][strspn(m->author[5], " \t\n")] != '@' &&
	    strstr(m->author[5], "://") == NULL)
		set_bylines(d, m->author[5], m->coauthor[5],
		    m->ncoauthor[5]);
}

/* The date: the structured data's datePublished, else the <meta>
 * elements', else its dateCreated, else an itemprop=datePublished or
 * the first <time datetime> element's, else one written in an element
 * whose class says so, or in the byline. */
static void
find_date(struct ex *x, struct jsonld *ld)
{
	struct doc	*d = x->d;
	struct meta	*m = &x->m;
	char		*t;
	size_t		 i;

	if (ld->date != NULL)
		set_date(d, ld->date);
	for (i = 0; d->date == NULL && i < sizeof m->date / sizeof m->date[0];
	    i++)
		set_date(d, m->date[i]);
	if (d->date == NULL && ld->created != NULL)
		set_date(d, ld->created);
	if (d->date == NULL && m->date_el != 0) {
		struct hnode	*n = x->v[m->date_el].n;
		const char	*c = html_attr(n, "datetime");

		if (c == NULL)
			c = html_attr(n, "content");
		if (c != NULL)
			set_date(d, c);
		else {
			t = stats_node_text(x, n, 256);
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
		t = stats_node_text(x, x->v[k].n, 256);
		if ((iso = date_find(t, NULL)) != NULL)
			doc_set(&d->date, iso, (size_t)-1);
		free(iso);
		free(t);
	}
}

void
meta_find(struct ex *x, struct jsonld *ld)
{
	struct doc	*d = x->d;
	struct meta	*m = &x->m;

	find_title(x, ld);
	find_byline(x, ld);
	find_date(x, ld);

	/* The language. */
	if (m->lang != NULL)
		doc_set(&d->lang, m->lang, (size_t)-1);
	else if (ld->lang != NULL)
		doc_set(&d->lang, ld->lang, (size_t)-1);
	else if (m->mlang != NULL)
		doc_set(&d->lang, m->mlang, (size_t)-1);

	doc_set(&d->url, meta_page_url(x->h), (size_t)-1);

	/* The feed it announces, absolute: against the base of its links,
	 * else its own address. */
	if (m->feed != NULL) {
		const char	*base = x->h->url != NULL ? x->h->url :
				    meta_page_url(x->h);
		char		*u = url_resolve(base, m->feed);

		if (url_scheme_len(u) > 0 && url_kind(u, NULL) != URL_REFUSED)
			d->feed = u;
		else
			free(u);
	}
}
