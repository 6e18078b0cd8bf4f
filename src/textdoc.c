/* textdoc.c: plain-text articles -> article. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "buf.h"
#include "chrome.h"
#include "date.h"
#include "doc.h"
#include "phrase.h"
#include "prevnext.h"
#include "textdoc.h"
#include "utf8.h"
#include "xmalloc.h"

/*
 * The text is cleaned (valid UTF-8, LF line ends, tabs kept), cut into
 * lines, and read top to bottom: the title, a byline, then body blocks
 * until the site's trailing chrome (share block, prev/next, comments,
 * related posts) starts; after that only prev/next labels are looked for.
 */

struct line {
	const char	*s;	/* the text after the indentation */
	size_t		 len;	/* 0 for a blank line */
	size_t		 indent;	/* columns; a tab goes to the next
					   multiple of 4 */
	const char	*raw;	/* the whole line, for preformatted text */
	size_t		 rawlen;
};

/* A body block being built. */
struct tblock {
	enum block_kind	 kind;
	int		 level;
	int		 number;
	struct buf	 text;
	size_t		 nlines;
	bool		 heading;	/* split off as a heading */
	size_t		 indent;	/* of a list item's marker */
};

struct wordset {
	const char	**s;	/* NULL for an empty slot */
	size_t		*len;
	size_t		 size;	/* a power of two */
};

struct parser {
	struct doc	*d;
	struct line	*lines;
	size_t		 n;
	struct tblock	*blocks;
	size_t		 nblocks, cap;
	bool		 open;		/* the last block takes more lines */
	size_t		 blanks;	/* blank lines inside preformatted text */
	const char	*text;		/* all of it, cleaned */
	size_t		 tlen;
	struct wordset	 words;		/* of text, once needed */
};

/*
 * Characters and phrases.
 */

/* Length of s without white space at its end. */
static size_t
trim_end(const char *s, size_t len)
{
	for (;;) {
		if (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
			len--;
		else if (len >= 2 && phrase_space(s + len - 2, 2) == 2)
			len -= 2;
		else if (len >= 3 && phrase_space(s + len - 3, 3) == 3)
			len -= 3;
		else
			return len;
	}
}

/* Punctuation, symbols and arrows: U+00A1-U+00BF, U+2000-U+206F,
 * U+2190-U+21FF, U+25A0-U+27BF. */
static bool
is_punct_cp(uint32_t cp)
{
	return (cp >= 0xa1 && cp <= 0xbf) || (cp >= 0x2000 && cp <= 0x206f) ||
	    (cp >= 0x2190 && cp <= 0x21ff) || (cp >= 0x25a0 && cp <= 0x27bf);
}

/* True when s holds a letter or a digit. */
static bool
has_word(const char *s, size_t len)
{
	size_t		 i, n;
	uint32_t	 cp;

	for (i = 0; i < len; i += n) {
		n = utf8_decode(s + i, len - i, &cp);
		if (cp < 0x80 ? ascii_is_alnum((int)cp) : !is_punct_cp(cp) &&
		    phrase_space(s + i, len - i) == 0)
			return true;
	}
	return false;
}

/* A separator between a label and what follows it: ":", "|", a dash, an
 * arrow. Returns its bytes or 0. */
static size_t
sep_at(const char *s, size_t len)
{
	uint32_t	 cp;
	size_t		 n;

	if (len == 0)
		return 0;
	if (s[0] == ':' || s[0] == '|' || s[0] == '-' || s[0] == '>')
		return 1;
	n = utf8_decode(s, len, &cp);
	if (cp == 0xab || cp == 0xbb || cp == 0xb7 ||
	    (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2022 ||
	    cp == 0x2039 || cp == 0x203a || (cp >= 0x2190 && cp <= 0x21ff) ||
	    (cp >= 0x25a0 && cp <= 0x27bf))
		return n;
	return 0;
}

/* Title-like: starts with a capital, a digit, a quote or a non-ASCII
 * letter; no full stop at the end; not long. */
static bool
title_like(const char *s, size_t len)
{
	unsigned char	 c;

	if (len == 0 || len > 250 || !has_word(s, len))
		return false;
	c = (unsigned char)s[0];
	if (!((c >= 'A' && c <= 'Z') || ascii_is_digit(c) || c == '"' ||
	    c == '\'' || c >= 0x80))
		return false;
	c = (unsigned char)s[len - 1];
	if (c == ',' || c == ';' || c == ':')
		return false;
	if (c == '.' && !(len >= 3 && memcmp(s + len - 3, "...", 3) == 0))
		return false;
	return true;
}

/*
 * Site chrome.
 */

/* How the rest of a line after a phrase fits the phrase's CHROME_* bits. */
static bool
rest_fits(const char *s, size_t len, size_t used, unsigned how)
{
	const char	*r = s + used;
	size_t		 rl = len - used, i;

	if ((how & CHROME_WHOLE) && !has_word(r, rl))
		return true;
	if (how & CHROME_ANY)
		return true;
	if ((how & CHROME_PREFIX) && len <= 80 && s[len - 1] != '.' &&
	    (rl == 0 || !ascii_is_alnum((unsigned char)r[0])))
		return true;
	i = phrase_skip_space(r, rl, 0);
	if ((how & CHROME_COLON) && i < rl && r[i] == ':')
		return true;
	if (how & CHROME_RUNIN) {
		if (rl > 0 && (ascii_is_upper((unsigned char)r[0]) ||
		    ascii_is_digit((unsigned char)r[0])))
			return true;	/* "Read nextGlobal Leaders" */
		if (sep_at(r + i, rl - i) != 0)
			return true;
		if (i > 0 && title_like(r + i, rl - i))
			return true;
	}
	return false;
}

/* "3 Comments", "One thought on “Title”", "12 Responses to ...". */
static bool
comment_count(const char *s, size_t len)
{
	static const char *nums[] = {
		"no", "one", "two", "three", "four", "five", "six", "seven",
		"eight", "nine", "ten"
	};
	static const char *nouns[] = {
		"comments", "comment", "responses", "response", "replies",
		"reply", "thoughts on", "thought on"
	};
	size_t	 i = 0, k, n;
	bool	 no = false;

	if (len == 0 || s[len - 1] == '.')
		return false;	/* "No reply." is a sentence */
	while (i < len && ascii_is_digit((unsigned char)s[i]))
		i++;
	if (i == 0) {
		for (k = 0; k < sizeof nums / sizeof nums[0]; k++)
			if ((n = phrase_word(s, len, nums[k])) != 0)
				break;
		if (k == sizeof nums / sizeof nums[0])
			return false;
		no = k == 0;
		i = n;
	}
	if ((n = phrase_skip_space(s, len, i)) == i)
		return false;
	i = n;
	for (k = 0; k < sizeof nouns / sizeof nouns[0]; k++)
		if ((n = phrase_word(s + i, len - i, nouns[k])) != 0)
			break;
	if (k == sizeof nouns / sizeof nouns[0] || (no && k != 0))
		return false;	/* "No comments", not "No reply" */
	i += n;
	/* Nothing but punctuation after it, or "on/to <title>". */
	if (!has_word(s + i, len - i))
		return true;
	if ((n = phrase_match(s + i, len - i, " to ")) == 0 &&
	    (n = phrase_match(s + i, len - i, " on ")) == 0 && k < 6)
		return false;
	i = phrase_skip_space(s, len, i + n);
	return title_like(s + i, len - i);
}

static bool
cookie_line(const char *s, size_t len)
{
	if (len > 600 || !phrase_in(s, len, "cookie"))
		return false;
	return phrase_in(s, len, "we use") ||
	    phrase_in(s, len, "uses cookies") ||
	    phrase_in(s, len, "use of cookies") ||
	    phrase_in(s, len, "cookie policy") ||
	    phrase_in(s, len, "cookie settings") ||
	    phrase_in(s, len, "accept") || phrase_in(s, len, "consent");
}

/* The buttons of a cookie notice. */
static bool
cookie_button(const char *s, size_t len)
{
	static const char *buttons[] = {
		"accept", "accept all", "accept all cookies", "accept cookies",
		"allow all", "allow cookies", "reject", "reject all",
		"decline", "deny", "ok", "okay", "got it", "i agree", "agree",
		"i accept", "manage preferences", "manage cookies",
		"manage settings", "cookie settings", "cookies settings",
		"settings", "preferences", "customize", "customise",
		"learn more", "more info", "more information",
		"privacy policy", "cookie policy", "close"
	};
	size_t	 k, n;

	for (k = 0; k < sizeof buttons / sizeof buttons[0]; k++)
		if ((n = phrase_match(s, len, buttons[k])) != 0 &&
		    !has_word(s + n, len - n))
			return true;
	return phrase_in(s, len, "cookie");
}

/* The lines of a newsletter box: its form and its small print. */
static bool
newsletter_line(const char *s, size_t len)
{
	static const char *words[] = {
		"email", "e-mail", "subscribe", "sign up", "signup",
		"newsletter", "inbox", "privacy", "unsubscribe", "spam",
		"submit", "first name", "last name", "your name"
	};
	size_t	 k;

	if (len > 250)
		return false;
	for (k = 0; k < sizeof words / sizeof words[0]; k++)
		if (phrase_in(s, len, words[k]))
			return true;
	return false;
}

/* A rule of dashes, stars, equals signs or dots: "* * *", "-----". */
static bool
decoration(const char *s, size_t len)
{
	size_t		 i, n, marks = 0;
	uint32_t	 cp;

	for (i = 0; i < len; i += n) {
		n = utf8_decode(s + i, len - i, &cp);
		if (cp == ' ' || cp == '\t')
			continue;
		if (cp != '-' && cp != '*' && cp != '=' && cp != '_' &&
		    cp != '~' && cp != '#' && cp != '.' && cp != 0xb7 &&
		    cp != 0x2022 && cp != 0x2014 && cp != 0x2013)
			return false;
		marks++;
	}
	return marks >= 3;
}

/* What chrome a line is (chrome.h). */
static enum chrome
line_chrome(const char *s, size_t len)
{
	const struct chrome_phrase *r;
	size_t		 k, n;

	if (decoration(s, len))
		return CHROME_DROP;
	for (k = 0; k < chrome_nphrases; k++) {
		r = &chrome_phrases[k];
		if ((r->how & CHROME_TEXT) != 0 && len > 0 &&
		    (unsigned char)r->ph[0] ==
		    ascii_lower((unsigned char)s[0]) &&
		    (n = phrase_match(s, len, r->ph)) != 0 &&
		    rest_fits(s, len, n, r->how))
			return r->what;
	}
	if (comment_count(s, len))
		return CHROME_TAIL;
	if (cookie_line(s, len))
		return CHROME_COOKIE;
	return CHROME_NONE;
}

/*
 * Bylines and dates.
 */

/* "5 min read", "3 minute read", "Reading time: 4 minutes". */
static bool
read_time(const char *s, size_t len)
{
	size_t	 i = 0, n;
	int	 v;

	if ((n = phrase_match(s, len, "reading time")) != 0 ||
	    (n = phrase_match(s, len, "read time")) != 0) {
		i = phrase_skip_space(s, len, n);
		if (i < len && s[i] == ':')
			i = phrase_skip_space(s, len, i + 1);
	}
	if ((n = date_number_at(s + i, len - i, 3, &v)) == 0)
		return false;
	i = phrase_skip_space(s, len, i + n);
	if ((n = phrase_word(s + i, len - i, "minutes")) == 0 &&
	    (n = phrase_word(s + i, len - i, "minute")) == 0 &&
	    (n = phrase_word(s + i, len - i, "mins")) == 0 &&
	    (n = phrase_word(s + i, len - i, "min")) == 0)
		return false;
	i = phrase_skip_space(s, len, i + n);
	if (i < len && s[i] == '.')
		i++;
	i = phrase_skip_space(s, len, i);
	if ((n = phrase_word(s + i, len - i, "read")) != 0)
		i += n;
	return phrase_skip_space(s, len, i) == len;
}

/* Names: a few words, each capitalised or a particle ("and", "van"),
 * but for at most slack other words ("Jane Doe, Reuters staff"). */
static bool
names_like(const char *s, size_t len, int slack)
{
	static const char *particles[] = {
		"and", "de", "del", "der", "van", "von", "da", "di", "du",
		"la", "le", "bin", "al", "of", "the", "y"
	};
	size_t	 i = 0, j, k;
	int	 words = 0;

	if (len == 0 || len > 80)
		return false;
	while (i < len) {
		i = phrase_skip_space(s, len, i);
		if (i == len)
			break;
		for (j = i; j < len && phrase_space(s + j, len - j) == 0; j++)
			;
		if (++words > 10)
			return false;
		if (s[i] >= 'a' && s[i] <= 'z') {
			for (k = 0; k < sizeof particles / sizeof particles[0];
			    k++)
				if (phrase_word(s + i, j - i, particles[k]) ==
				    j - i)
					break;
			if (k == sizeof particles / sizeof particles[0] &&
			    (words == 1 || slack-- == 0))
				return false;
		} else if (ascii_is_digit((unsigned char)s[i]) ||
		    !(s[i] == '&' || (s[i] >= 'A' && s[i] <= 'Z') ||
		    (unsigned char)s[i] >= 0xc3))
			return false;
		i = j;
	}
	if (s[len - 1] == ':' || s[len - 1] == ';' || s[len - 1] == '!' ||
	    s[len - 1] == '?')
		return false;
	return words > 0;
}

struct byline {
	struct buf	 names;
	char		*date;
	bool		 cue;	/* "By", a date, a reading time */
};

static void
set_date(struct byline *b, char *iso, const char *s, size_t len)
{
	if (b->date != NULL) {
		free(iso);
		return;
	}
	b->date = iso != NULL ? iso : xstrndup(s, len);
	b->cue = true;
}

/* One piece of a byline line. Returns false when it is no part of a
 * byline. */
static bool
byline_part(struct byline *b, const char *s, size_t len)
{
	static const char *by[] = {
		"written by", "words by", "posted by", "reporting by",
		"story by", "by"
	};
	static const char *on[] = {
		"last updated on", "last updated", "updated on", "updated",
		"published on", "published", "posted on", "posted", "date",
		"on"
	};
	size_t	 i, k, n;
	char	*iso;

	i = phrase_skip_space(s, len, 0);
	len = trim_end(s, len);
	if (i >= len)
		return true;
	s += i;
	len -= i;
	while (len > 0 && (s[len - 1] == ',' || s[len - 1] == '.'))
		len--;
	for (k = 0; k < sizeof by / sizeof by[0]; k++) {
		if ((n = phrase_word(s, len, by[k])) == 0 ||
		    phrase_skip_space(s, len, n) == n)
			continue;
		n = phrase_skip_space(s, len, n);
		s += n;
		len -= n;
		/* "By Jane Doe, May 16, 2024" */
		for (i = 0; i < len; i++) {
			if (s[i] != ',' || (iso = date_parse(s + i + 1,
			    len - i - 1)) == NULL)
				continue;
			set_date(b, iso, NULL, 0);
			len = trim_end(s, i);
			break;
		}
		if (!names_like(s, len, 1))
			return false;
		if (b->names.len > 0)
			buf_adds(&b->names, ", ");
		buf_add(&b->names, s, len);
		b->cue = true;
		return true;
	}
	/* "Posted on May 16, 2024 by Jane Doe" */
	for (i = 1; i + 3 < len; i++) {
		if (phrase_space(s + i - 1, len - i + 1) != 0 &&
		    phrase_match(s + i, len - i, "by ") != 0)
			return byline_part(b, s, i) &&
			    byline_part(b, s + i, len - i);
	}
	for (k = 0; k < sizeof on / sizeof on[0]; k++) {
		if ((n = phrase_word(s, len, on[k])) == 0)
			continue;
		i = phrase_skip_space(s, len, n);
		if (i < len && s[i] == ':')
			i = phrase_skip_space(s, len, i + 1);
		if (i == n && i < len)
			continue;
		if ((iso = date_parse(s + i, len - i)) != NULL ||
		    date_like(s + i, len - i)) {
			set_date(b, iso, s + i, len - i);
			return true;
		}
		return false;
	}
	if (read_time(s, len) || comment_count(s, len)) {
		b->cue = true;
		return true;
	}
	if ((iso = date_parse(s, len)) != NULL || date_like(s, len)) {
		set_date(b, iso, s, len);
		return true;
	}
	if (names_like(s, len, 0)) {
		if (b->names.len > 0)
			buf_adds(&b->names, ", ");
		buf_add(&b->names, s, len);
		return true;
	}
	return false;
}

/* Separators between the parts of a byline. */
static size_t
byline_sep(const char *s, size_t len)
{
	static const char *seps[] = {
		"|", "\xc2\xb7", "\xe2\x80\xa2", "\xe2\x80\x94", "\xe2\x80\x93",
		"\xe2\x8b\x85", "\xe2\x88\x99", " - "
	};
	size_t	 k, n;

	for (k = 0; k < sizeof seps / sizeof seps[0]; k++) {
		n = strlen(seps[k]);
		if (n <= len && memcmp(s, seps[k], n) == 0)
			return n;
	}
	return 0;
}

/* Read a byline/date line into d; false if the line is not one. */
static bool
parse_byline(struct doc *d, const char *s, size_t len)
{
	struct byline	 b;
	size_t		 i, start = 0, n;
	bool		 ok = true;

	if (len == 0 || len > 200)
		return false;
	memset(&b, 0, sizeof b);
	for (i = 0; i <= len && ok; i++) {
		n = i < len ? byline_sep(s + i, len - i) : 0;
		if (i < len && n == 0)
			continue;
		ok = byline_part(&b, s + start, i - start);
		if (i < len)
			i += n - 1;
		start = i + 1;
	}
	ok = ok && b.cue;
	if (ok) {
		if (b.names.len > 0 && d->byline == NULL)
			doc_set(&d->byline, b.names.data, b.names.len);
		if (b.date != NULL && d->date == NULL)
			doc_set(&d->date, b.date, (size_t)-1);
	}
	buf_free(&b.names);
	free(b.date);
	return ok;
}

/*
 * Body blocks.
 */

static bool
small_word(const char *s, size_t len)
{
	static const char *words[] = {
		"a", "an", "and", "as", "at", "but", "by", "for", "from",
		"in", "into", "nor", "of", "on", "or", "over", "per", "the",
		"to", "up", "via", "vs", "with"
	};
	size_t	 k;

	for (k = 0; k < sizeof words / sizeof words[0]; k++)
		if (phrase_word(s, len, words[k]) == len)
			return true;
	return false;
}

/* A short line in Title Case or capitals, without final punctuation. */
static bool
heading_like(const char *s, size_t len)
{
	size_t		 i = 0, j, k;
	int		 words = 0;
	uint32_t	 cp;

	if (len < 2 || len > 80 || !has_word(s, len))
		return false;
	/* No final punctuation; a closing bracket or quote is looked past. */
	for (k = len; k > 0; ) {
		size_t	 st = k - 1;

		while (st > 0 && ((unsigned char)s[st] & 0xc0) == 0x80)
			st--;
		utf8_decode(s + st, k - st, &cp);
		if (cp == ')' || cp == '"' || cp == '\'' || cp == 0x201d ||
		    cp == 0x2019) {
			k = st;
			continue;
		}
		if (cp == '.' || cp == ',' || cp == ';' || cp == ':' ||
		    cp == '!' || cp == '?' || cp == 0x2026)
			return false;
		break;
	}
	while (i < len) {
		i = phrase_skip_space(s, len, i);
		if (i == len)
			break;
		for (j = i; j < len && phrase_space(s + j, len - j) == 0; j++)
			;
		if (++words > 12)
			return false;
		k = i;
		while (k < j && (s[k] == '"' || s[k] == '\'' || s[k] == '(' ||
		    s[k] == '['))
			k++;
		if (k < j && s[k] >= 'a' && s[k] <= 'z' &&
		    (words == 1 || !small_word(s + k, j - k)))
			return false;
		i = j;
	}
	return words > 0;
}

static struct tblock *
last_block(struct parser *p)
{
	return p->nblocks > 0 ? &p->blocks[p->nblocks - 1] : NULL;
}

static struct tblock *
open_block(struct parser *p)
{
	return p->open ? last_block(p) : NULL;
}

static void
close_block(struct parser *p)
{
	p->open = false;
	p->blanks = 0;
}

static struct tblock *
new_block(struct parser *p, enum block_kind kind, int level)
{
	struct tblock	*b;

	if (p->nblocks == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 16;
		p->blocks = xreallocarray(p->blocks, p->cap, sizeof *p->blocks);
	}
	b = &p->blocks[p->nblocks++];
	memset(b, 0, sizeof *b);
	b->kind = kind;
	b->level = level;
	p->open = true;
	p->blanks = 0;
	return b;
}

/*
 * The words of the text, for telling a word split at a line's end from a
 * compound: a set of every run of letters, digits and hyphens, built the
 * first time it is needed.
 */

static bool
word_char(unsigned char c)
{
	return ascii_is_alnum(c) || c >= 0x80 || c == '-';
}

static size_t
word_hash(const char *s, size_t len)
{
	size_t	 h = 2166136261u, i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* The slot of a word: where it is, or the empty one where it goes. */
static size_t
word_slot(const struct wordset *w, const char *s, size_t len)
{
	size_t	 i = word_hash(s, len) & (w->size - 1);

	while (w->s[i] != NULL && (w->len[i] != len ||
	    memcmp(w->s[i], s, len) != 0))
		i = (i + 1) & (w->size - 1);
	return i;
}

static void
wordset_build(struct wordset *w, const char *text, size_t tlen)
{
	size_t	 i, j, k, n = 0;

	for (i = 0; i < tlen; i++)
		if (word_char((unsigned char)text[i]) &&
		    (i == 0 || !word_char((unsigned char)text[i - 1])))
			n++;
	for (w->size = 16; w->size < 2 * n; w->size *= 2)
		;
	w->s = xcalloc(w->size, sizeof *w->s);
	w->len = xcalloc(w->size, sizeof *w->len);
	for (i = 0; i < tlen; i = j) {
		if (!word_char((unsigned char)text[i])) {
			j = i + 1;
			continue;
		}
		for (j = i; j < tlen && word_char((unsigned char)text[j]); j++)
			;
		k = word_slot(w, text + i, j - i);
		w->s[k] = text + i;
		w->len[k] = j - i;
	}
}

static bool
wordset_has(const struct wordset *w, const char *s, size_t len)
{
	return w->s[word_slot(w, s, len)] != NULL;
}

/* A word split by a hyphen at the end of a line: "sec-" + "ond". The
 * hyphen goes only when the article spells the word whole elsewhere and
 * never with the hyphen; compounds ("well-" + "meaning") keep it. */
static bool
drop_hyphen(struct parser *p, const char *head, size_t hlen,
    const char *tail, size_t tlen)
{
	struct buf	 w = BUF_INIT;
	size_t		 i, j;
	bool		 drop = false;

	for (i = hlen - 1; i > 0 &&
	    (ascii_is_alnum((unsigned char)head[i - 1]) ||
	    (unsigned char)head[i - 1] >= 0x80); i--)
		;
	for (j = 0; j < tlen && (ascii_is_alnum((unsigned char)tail[j]) ||
	    (unsigned char)tail[j] >= 0x80); j++)
		;
	if (hlen - 1 - i == 0 || j == 0)
		return false;
	if (p->words.s == NULL)
		wordset_build(&p->words, p->text, p->tlen);
	buf_add(&w, head + i, hlen - 1 - i);
	buf_add(&w, tail, j);
	if (wordset_has(&p->words, w.data, w.len)) {
		buf_truncate(&w, 0);
		buf_add(&w, head + i, hlen - i);
		buf_add(&w, tail, j);
		drop = !wordset_has(&p->words, w.data, w.len);
	}
	buf_free(&w);
	return drop;
}

/* Join a hard-wrapped line to its block: with a space, or without one
 * when a hyphen or a dash at the end of the first splits a word
 * ("Biden-" + "Trump"). */
static void
join(struct parser *p, struct tblock *b, const char *s, size_t len)
{
	const unsigned char *t = (const unsigned char *)b->text.data;
	size_t		 n = b->text.len;
	unsigned char	 next = len > 0 ? (unsigned char)s[0] : 0;
	bool		 word_next = ascii_is_alnum(next) || next >= 0xc3;

	b->nlines++;
	if (n == 0) {
		buf_add(&b->text, s, len);
		return;
	}
	if (word_next && n >= 2 && t[n - 1] == '-' &&
	    (ascii_is_alnum(t[n - 2]) || t[n - 2] >= 0x80)) {
		if (drop_hyphen(p, b->text.data, n, s, len))
			buf_truncate(&b->text, n - 1);
		buf_add(&b->text, s, len);
		return;
	}
	if (word_next && n >= 4 && memcmp(t + n - 3, "\xe2\x80\x94", 3) == 0 &&
	    t[n - 4] != ' ') {
		buf_add(&b->text, s, len);	/* an em dash without spaces */
		return;
	}
	buf_addc(&b->text, ' ');
	buf_add(&b->text, s, len);
}

/* A list marker at the start of a line: "- ", "* ", "• ", "1. ", "2) ".
 * Returns its bytes with the space after it, or 0; *number is the item's
 * number or 0. */
static size_t
list_marker(const char *s, size_t len, int *number)
{
	size_t	 i = 0, sp;
	int	 v = 0;

	*number = 0;
	if (len >= 1 && (s[0] == '-' || s[0] == '*'))
		i = 1;
	else if (len >= 3 && (memcmp(s, "\xe2\x80\xa2", 3) == 0 ||
	    memcmp(s, "\xe2\x80\xa3", 3) == 0))
		i = 3;
	else {
		while (i < len && i < 4 && ascii_is_digit((unsigned char)s[i]))
			v = v * 10 + (s[i++] - '0');
		if (i == 0 || i > 3 || i >= len || (s[i] != '.' && s[i] != ')'))
			return 0;
		i++;
		*number = v;
	}
	sp = phrase_skip_space(s, len, i);
	if (sp == i || sp == len)
		return 0;
	return sp;
}

/* The line without its first four columns of indentation. */
static void
add_pre_line(struct tblock *b, const struct line *l)
{
	size_t	 i = 0, col = 0;

	while (i < l->rawlen && col < 4) {
		if (l->raw[i] == ' ')
			col++;
		else if (l->raw[i] == '\t')
			col = 4;
		else
			break;
		i++;
	}
	if (b->nlines > 0)
		buf_addc(&b->text, '\n');
	buf_add(&b->text, l->raw + i, trim_end(l->raw + i, l->rawlen - i));
	b->nlines++;
}

/* The nesting of a list item whose marker is indent columns in: that of
 * the nearest item above at about the same indentation, one more than
 * that of an item less indented. */
static int
list_level(const struct parser *p, size_t indent)
{
	const struct tblock *b;
	size_t		 k;

	for (k = p->nblocks; k > 0 && k + 64 > p->nblocks; k--) {
		b = &p->blocks[k - 1];
		if (b->kind != BLOCK_LIST_ITEM)
			break;
		if (b->indent > indent + 1)
			continue;
		if (b->indent + 1 >= indent)
			return b->level;
		return b->level < 6 ? b->level + 1 : 6;
	}
	return 1;
}

static void
body_line(struct parser *p, const struct line *l)
{
	struct tblock	*b = open_block(p), *prev = last_block(p);
	const char	*s = l->s;
	size_t		 len = l->len, i, n;
	int		 level, number;

	if (b != NULL && b->kind == BLOCK_PRE) {
		if (l->indent >= 4) {
			for (; p->blanks > 0; p->blanks--)
				buf_addc(&b->text, '\n');
			add_pre_line(b, l);
			return;
		}
		close_block(p);
		b = NULL;
	}

	/* "> quoted", ">> nested" */
	if (s[0] == '>') {
		for (i = 0, level = 0; i < len && (s[i] == '>' || s[i] == ' ');
		    i++)
			if (s[i] == '>')
				level++;
		if (i == len) {
			close_block(p);	/* ">" alone parts two quotes */
			return;
		}
		if (b != NULL && b->kind == BLOCK_QUOTE && b->level == level)
			join(p, b, s + i, len - i);
		else
			join(p, new_block(p, BLOCK_QUOTE, level), s + i, len - i);
		return;
	}

	n = list_marker(s, len, &number);
	if (n != 0 && (l->indent < 4 ||
	    (prev != NULL && prev->kind == BLOCK_LIST_ITEM))) {
		level = list_level(p, l->indent);
		b = new_block(p, BLOCK_LIST_ITEM, level);
		b->number = number;
		b->indent = l->indent;
		join(p, b, s + n, len - n);
		return;
	}

	if (l->indent >= 4 && b == NULL) {
		b = new_block(p, BLOCK_PRE, 0);
		add_pre_line(b, l);
		return;
	}

	if (b == NULL) {
		join(p, new_block(p, BLOCK_PARAGRAPH, 0), s, len);
		return;
	}
	/* A short heading right above its paragraph, without a blank. */
	if (b->kind == BLOCK_PARAGRAPH && b->nlines == 1 && b->text.len <= 60 &&
	    len >= 40 && len > b->text.len + 15 &&
	    heading_like(b->text.data, b->text.len)) {
		b->heading = true;
		join(p, new_block(p, BLOCK_PARAGRAPH, 0), s, len);
		return;
	}
	join(p, b, s, len);
}

/* Turn one-line paragraphs that read as headings, and are followed by a
 * paragraph, a list or a quote, into headings. */
static void
find_headings(struct parser *p)
{
	struct tblock	*b, *next;
	size_t		 i;

	for (i = 0; i < p->nblocks; i++) {
		b = &p->blocks[i];
		if (b->kind != BLOCK_PARAGRAPH)
			continue;
		if (b->heading) {
			b->kind = BLOCK_HEADING;
			b->level = 2;
			continue;
		}
		if (b->nlines != 1 || i + 1 == p->nblocks)
			continue;
		next = &p->blocks[i + 1];
		if (next->kind != BLOCK_PARAGRAPH &&
		    next->kind != BLOCK_LIST_ITEM && next->kind != BLOCK_QUOTE)
			continue;
		if (heading_like(b->text.data, b->text.len)) {
			b->kind = BLOCK_HEADING;
			b->level = 2;
		}
	}
}

/*
 * Lines and the reading of them.
 */

static void
split_lines(struct parser *p, const char *t, size_t len)
{
	size_t	 i, start, cap = 16, col, k;

	p->lines = xreallocarray(NULL, cap, sizeof *p->lines);
	for (start = 0; start < len; start = i + 1) {
		struct line	*l;

		for (i = start; i < len && t[i] != '\n'; i++)
			;
		if (p->n == cap) {
			cap *= 2;
			p->lines = xreallocarray(p->lines, cap,
			    sizeof *p->lines);
		}
		l = &p->lines[p->n++];
		l->raw = t + start;
		l->rawlen = i - start;
		for (k = start, col = 0; k < i; ) {
			size_t	 n = phrase_space(t + k, i - k);

			if (n == 0)
				break;
			col = t[k] == '\t' ? (col / 4 + 1) * 4 : col + 1;
			k += n;
		}
		l->s = t + k;
		l->len = trim_end(t + k, i - k);
		l->indent = col;
	}
}

/* Whether the line is a prev/next label with a title (on the line or on
 * the next non-blank one), or a label standing alone among chrome; if
 * so the link is set and *last is the last line it used. */
static bool
nav_lines(struct parser *p, size_t i, size_t *last)
{
	const struct line *l = &p->lines[i], *t;
	struct navlink	*nav;
	enum pn_dir	 dir;
	size_t		 ll, k;

	if ((dir = prevnext_label(l->s, l->len, &ll)) == PN_NONE ||
	    !has_word(l->s, ll))
		return false;	/* no label, or an arrow alone */
	nav = dir == PN_PREV ? &p->d->prev : &p->d->next;
	*last = i;
	if (ll < l->len) {
		char	*title;

		if (!title_like(l->s + ll, l->len - ll))
			return false;
		if (nav->title == NULL) {
			title = xstrndup(l->s + ll, l->len - ll);
			doc_set_nav(nav, NULL, title);
			free(title);
		}
		return true;
	}
	for (k = i + 1; k < p->n && p->lines[k].len == 0; k++)
		;
	if (k == p->n)
		return true;
	t = &p->lines[k];
	if (prevnext_label(t->s, t->len, &ll) != PN_NONE ||
	    line_chrome(t->s, t->len) != CHROME_NONE)
		return true;	/* a label without a title */
	if (!title_like(t->s, t->len))
		return false;
	if (nav->title == NULL) {
		char	*title = xstrndup(t->s, t->len);

		doc_set_nav(nav, NULL, title);
		free(title);
	}
	*last = k;
	return true;
}

/* After the trailing chrome started: only prev/next links. */
static void
read_tail(struct parser *p, size_t i)
{
	size_t	 last;

	for (; i < p->n; i++)
		if (p->lines[i].len > 0 && nav_lines(p, i, &last))
			i = last;
}

/* Skip a newsletter box or a cookie notice that starts at line i;
 * returns the last line of it. */
static size_t
skip_box(struct parser *p, size_t i, enum chrome what)
{
	const struct line *l;
	size_t		 k, last = i;

	for (k = i + 1; k < p->n; k++) {
		l = &p->lines[k];
		if (l->len == 0)
			continue;
		if (what == CHROME_NEWS ? !newsletter_line(l->s, l->len) :
		    !cookie_button(l->s, l->len))
			break;
		last = k;
	}
	return last;
}

/* A title line that looks cut by hard wrapping: long, or ending in a
 * small word, a comma or a hyphen. */
static bool
wrapped_title(const char *s, size_t len)
{
	size_t	 i;

	if (len >= 40)
		return true;
	if (len > 0 && (s[len - 1] == ',' || s[len - 1] == '-'))
		return true;
	for (i = len; i > 0 && s[i - 1] != ' '; i--)
		;
	return i > 0 && small_word(s + i, len - i);
}

/* The title: the first line, with the lines of a title that was hard
 * wrapped. Returns the line after it. */
static size_t
read_title(struct parser *p, size_t i)
{
	struct buf	 t = BUF_INIT;
	const struct line *l = &p->lines[i];

	buf_add(&t, l->s, l->len);
	while (i + 1 < p->n && t.len < 200 && wrapped_title(l->s, l->len)) {
		const struct line *nl = &p->lines[i + 1];
		struct doc	*scratch;
		bool		 byline;

		if (nl->len == 0 || nl->len > 80 || nl->s[nl->len - 1] == '.' ||
		    line_chrome(nl->s, nl->len) != CHROME_NONE ||
		    prevnext_label(nl->s, nl->len, NULL) != PN_NONE)
			break;
		scratch = doc_new();
		byline = parse_byline(scratch, nl->s, nl->len);
		doc_free(scratch);
		if (byline)
			break;
		buf_addc(&t, ' ');
		buf_add(&t, nl->s, nl->len);
		l = nl;
		i++;
	}
	doc_set(&p->d->title, t.data, t.len);
	buf_free(&t);
	return i + 1;
}

/* Before the body: chrome, the title, a byline. Returns the line where
 * the body starts. */
static size_t
read_head(struct parser *p)
{
	const struct line *l;
	size_t		 i, last;
	int		 bylines = 0;
	bool		 titled = false;
	enum chrome	 ch;

	for (i = 0; i < p->n; i++) {
		l = &p->lines[i];
		if (l->len == 0)
			continue;
		if (nav_lines(p, i, &last)) {
			i = last;
			continue;
		}
		ch = line_chrome(l->s, l->len);
		if (ch == CHROME_NEWS || ch == CHROME_COOKIE) {
			i = skip_box(p, i, ch);
			continue;
		}
		if (ch == CHROME_TAIL) {
			/* Comments or related posts before any body: there
			 * is no article here. */
			read_tail(p, i);
			return p->n;
		}
		if (ch != CHROME_NONE)
			continue;
		if (!titled) {
			i = read_title(p, i) - 1;
			titled = true;
			continue;
		}
		if (bylines < 2 && parse_byline(p->d, l->s, l->len)) {
			bylines++;
			continue;
		}
		break;
	}
	return i;
}

/* The body from line i, until the trailing chrome. */
static void
read_body(struct parser *p, size_t i)
{
	const struct line *l;
	struct tblock	*b;
	size_t		 last;
	enum chrome	 ch;

	for (; i < p->n; i++) {
		l = &p->lines[i];
		b = open_block(p);
		if (l->len == 0) {
			if (b != NULL && b->kind == BLOCK_PRE)
				p->blanks++;
			else
				close_block(p);
			continue;
		}
		if (b != NULL && b->kind == BLOCK_PRE && l->indent >= 4) {
			body_line(p, l);
			continue;
		}
		if (nav_lines(p, i, &last)) {
			close_block(p);
			if (p->nblocks > 0) {
				read_tail(p, i);
				return;
			}
			i = last;
			continue;
		}
		ch = line_chrome(l->s, l->len);
		if ((ch == CHROME_TAIL || ch == CHROME_SHARE) && p->nblocks > 0) {
			close_block(p);
			read_tail(p, i);
			return;
		}
		if (ch == CHROME_NONE) {
			body_line(p, l);
			continue;
		}
		close_block(p);
		if (ch == CHROME_NEWS || ch == CHROME_COOKIE)
			i = skip_box(p, i, ch);
	}
}

/* Hand the blocks to the article. */
static void
add_blocks(struct parser *p)
{
	struct doc	*d = p->d;
	struct tblock	*b;
	struct block	*db;
	size_t		 k;

	for (k = 0; k < p->nblocks; k++) {
		b = &p->blocks[k];
		/* The title said again as the first paragraph. */
		if (k == 0 && d->title != NULL && (b->kind == BLOCK_PARAGRAPH ||
		    b->kind == BLOCK_HEADING) &&
		    b->text.len == strlen(d->title) &&
		    memcmp(b->text.data, d->title, b->text.len) == 0) {
			buf_free(&b->text);
			continue;
		}
		if (b->text.len > 0) {
			db = doc_add_block(d, b->kind, b->level, b->text.data,
			    b->text.len);
			if (db != NULL)
				db->number = b->number;
		}
		buf_free(&b->text);
	}
}

struct doc *
textdoc_parse(const char *text, size_t len)
{
	struct parser	 p;
	char		*t;

	memset(&p, 0, sizeof p);
	p.d = doc_new();
	if (text == NULL)
		len = 0;
	t = utf8_clean(text != NULL ? text : "", len, UTF8_CLEAN_PRE, &p.tlen);
	p.text = t;
	split_lines(&p, t, p.tlen);
	read_body(&p, read_head(&p));
	find_headings(&p);
	add_blocks(&p);
	free(p.blocks);
	free(p.lines);
	free(p.words.s);
	free(p.words.len);
	free(t);
	doc_finish(p.d);
	return p.d;
}

struct doc *
textdoc_raw(const char *text, size_t len)
{
	struct doc	*d = doc_new();

	if (text != NULL && len > 0)
		doc_add_raw(d, text, len);
	doc_finish(d);
	return d;
}
