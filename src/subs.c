/* subs.c: the feeds subscribed to (subs.h). */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "buf.h"
#include "file.h"
#include "subs.h"
#include "utf8.h"
#include "xmalloc.h"

char *
subs_path(void)
{
	return file_config_path("feeds");
}

void
subs_free(struct subs *s)
{
	size_t	 i, j;

	for (i = 0; i < s->n; i++) {
		free(s->v[i].url);
		free(s->v[i].title);
		for (j = 0; j < s->v[i].ntags; j++)
			free(s->v[i].tags[j]);
		free(s->v[i].tags);
	}
	free(s->v);
	for (i = 0; i < s->nwarnings; i++)
		free(s->warnings[i]);
	free(s->warnings);
	memset(s, 0, sizeof *s);
}

static void
warn(struct subs *s, const char *name, int line, const char *fmt, ...)
    FOLIO_PRINTF(4, 5);

static void
warn(struct subs *s, const char *name, int line, const char *fmt, ...)
{
	va_list	 ap;
	char	*why;

	va_start(ap, fmt);
	why = xvasprintf(fmt, ap);
	va_end(ap);
	s->warnings = xreallocarray(s->warnings, s->nwarnings + 1,
	    sizeof *s->warnings);
	s->warnings[s->nwarnings++] = xasprintf("%s:%d: %s", name, line, why);
	free(why);
}

static int
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* The next word of the line at *p (ending at end): quoted ("a \"b\"" and
 * backslash escapes) or bare; NULL at the end of the line, or at a bare
 * word that starts a comment ("#"). *bad is set when a quote is not
 * closed. */
static char *
word(const char **p, const char *end, bool *bad)
{
	const char	*q = *p;
	struct buf	 b = BUF_INIT;

	while (q < end && is_blank(*q))
		q++;
	if (q == end || *q == '#') {
		*p = end;
		return NULL;
	}
	if (*q == '"') {
		for (q++; q < end && *q != '"'; q++) {
			if (*q == '\\' && q + 1 < end)
				q++;
			buf_addc(&b, (unsigned char)*q);
		}
		if (q == end)
			*bad = true;
		else
			q++;
	} else {
		for (; q < end && !is_blank(*q); q++)
			buf_addc(&b, (unsigned char)*q);
	}
	*p = q;
	return buf_finish(&b, NULL);
}

/* A word as a message shows it, and as the list keeps it: the file's
 * bytes are anyone's. */
static char *
clean(char *w)
{
	char	*c = utf8_clean(w, strlen(w), UTF8_CLEAN_LINE, NULL);

	free(w);
	return c;
}

const struct sub *
subs_find(const struct subs *s, const char *url)
{
	size_t	 i;

	for (i = 0; i < s->n; i++)
		if (strcmp(s->v[i].url, url) == 0)
			return &s->v[i];
	return NULL;
}

bool
subs_has_tag(const struct sub *sub, const char *tag)
{
	size_t	 i;

	for (i = 0; i < sub->ntags; i++)
		if (strcasecmp(sub->tags[i], tag) == 0)
			return true;
	return false;
}

/* One line (without its line break). */
static void
parse_line(struct subs *s, const char *p, const char *end, const char *name,
    int line)
{
	struct sub	 sub;
	bool		 bad = false;
	char		*w, *url;

	if ((url = word(&p, end, &bad)) == NULL)
		return;
	url = clean(url);
	if (strncmp(url, "query:", 6) == 0 || strncmp(url, "exec:", 5) == 0 ||
	    strncmp(url, "filter:", 7) == 0) {
		warn(s, name, line, "%.*s feeds are newsboat's own: skipped",
		    (int)strcspn(url, ":"), url);
		free(url);
		return;
	}
	if (*url == '\0' || bad) {
		warn(s, name, line, bad ? "a quote is not closed: skipped" :
		    "no feed's address: skipped");
		free(url);
		return;
	}
	if (subs_find(s, url) != NULL) {
		warn(s, name, line, "%s is listed before: skipped", url);
		free(url);
		return;
	}
	if (s->n >= SUBS_MAX) {
		warn(s, name, line, "more than %d feeds: the rest skipped",
		    SUBS_MAX);
		free(url);
		return;
	}
	memset(&sub, 0, sizeof sub);
	sub.url = url;
	sub.line = line;
	while ((w = word(&p, end, &bad)) != NULL) {
		w = clean(w);
		if (*w == '~' && w[1] != '\0' && sub.title == NULL) {
			sub.title = xstrdup(w + 1);
			free(w);
		} else if (*w == '\0' || *w == '~') {
			free(w);
		} else {
			sub.tags = xreallocarray(sub.tags, sub.ntags + 1,
			    sizeof *sub.tags);
			sub.tags[sub.ntags++] = w;
		}
	}
	if (bad)
		warn(s, name, line, "a quote is not closed: the last tag "
		    "read to the line's end");
	s->v = xreallocarray(s->v, s->n + 1, sizeof *s->v);
	s->v[s->n++] = sub;
}

void
subs_parse(struct subs *s, const char *text, size_t len, const char *name)
{
	const char	*p = text, *end = text + len, *nl;
	int		 line = 0;

	while (p < end) {
		line++;
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		parse_line(s, p, nl, name, line);
		p = nl + 1;
	}
}

int
subs_read(struct subs *s, const char *path, char **cause)
{
	struct buf	 b = BUF_INIT;
	char		*why = NULL;
	struct stat	 sb;

	memset(s, 0, sizeof *s);
	if (stat(path, &sb) == -1 && errno == ENOENT)
		return 1;
	if (file_read(path, SUBS_MAX_BYTES, &b, &why) == -1) {
		*cause = xasprintf("%s: %s", path, why);
		free(why);
		return -1;
	}
	subs_parse(s, b.data != NULL ? b.data : "", b.len, path);
	buf_free(&b);
	return 0;
}

/* A word of the feeds file: quoted when it holds a blank, a quote, a
 * backslash or starts a comment. */
static void
add_word(struct buf *b, const char *prefix, const char *w)
{
	const char	*p;

	buf_addc(b, ' ');
	if (strpbrk(w, " \t\r\n\"\\#") == NULL && *prefix == '\0') {
		buf_adds(b, w);
		return;
	}
	buf_addc(b, '"');
	buf_adds(b, prefix);
	for (p = w; *p != '\0'; p++) {
		if (*p == '"' || *p == '\\')
			buf_addc(b, '\\');
		/* One line a feed: a line break in a title (from OPML) is a
		 * space. */
		buf_addc(b, *p == '\n' || *p == '\r' ? ' ' :
		    (unsigned char)*p);
	}
	buf_addc(b, '"');
}

char *
subs_line(const struct sub *sub)
{
	struct buf	 b = BUF_INIT;
	size_t		 i;

	buf_adds(&b, sub->url);
	for (i = 0; i < sub->ntags; i++)
		add_word(&b, "", sub->tags[i]);
	if (sub->title != NULL)
		add_word(&b, "~", sub->title);
	return buf_finish(&b, NULL);
}

int
subs_append(const char *path, const struct subs *s, const struct sub *add,
    size_t n, size_t *added, char **cause)
{
	struct buf	 b = BUF_INIT;
	struct stat	 sb;
	char		*line;
	size_t		 i, j;
	int		 fd;
	bool		 dup;

	*added = 0;
	for (i = 0; i < n; i++) {
		if (subs_find(s, add[i].url) != NULL)
			continue;
		for (dup = false, j = 0; j < i && !dup; j++)
			dup = strcmp(add[j].url, add[i].url) == 0;
		if (dup)
			continue;
		line = subs_line(&add[i]);
		buf_adds(&b, line);
		buf_addc(&b, '\n');
		free(line);
		(*added)++;
	}
	if (*added == 0) {
		buf_free(&b);
		return 0;
	}
	if (file_make_dirs(path, cause) == -1) {
		buf_free(&b);
		return -1;
	}
	if ((fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC,
	    0600)) == -1)
		goto fail;
	/* A file that does not end its last line gets its line break. */
	if (fstat(fd, &sb) == 0 && sb.st_size > 0) {
		char	 last;

		if (pread(fd, &last, 1, sb.st_size - 1) == 1 && last != '\n' &&
		    write(fd, "\n", 1) != 1)
			goto fail;
	}
	if (write(fd, b.data, b.len) != (ssize_t)b.len || close(fd) == -1) {
		fd = -1;
		goto fail;
	}
	buf_free(&b);
	return 0;
fail:
	*cause = xasprintf("%s: %s", path, strerror(errno));
	if (fd != -1)
		close(fd);
	buf_free(&b);
	return -1;
}

/* Text as an XML attribute's value (the feeds file's words hold no
 * line break: they are read a line at a time). */
static void
add_attr(struct buf *b, const char *name, const char *v)
{
	buf_addc(b, ' ');
	buf_adds(b, name);
	buf_adds(b, "=\"");
	buf_add_escaped(b, v);
	buf_addc(b, '"');
}

/* A line of the body, depth outlines in. */
static void
outline_line(struct buf *b, size_t depth)
{
	buf_adds(b, "    ");
	while (depth-- > 0)
		buf_adds(b, "  ");
}

/* A tag OPML's category can hold: one without its separators. */
static bool
category_tag(const char *t)
{
	return strpbrk(t, ",/") == NULL;
}

char *
subs_opml(const struct subs *s)
{
	struct buf	 b = BUF_INIT, cat = BUF_INIT;
	size_t		 i, j, folders;

	buf_adds(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<opml version=\"2.0\">\n"
	    "  <head>\n    <title>folio feeds</title>\n  </head>\n"
	    "  <body>\n");
	for (i = 0; i < s->n; i++) {
		const struct sub *sub = &s->v[i];
		const char *t = sub->title != NULL ? sub->title : sub->url;

		/* A tag with a comma or a slash would be cut in two in
		 * category ("/a,/b"): it is a folder around the feed, as
		 * feed readers write theirs, and as --import-opml reads
		 * them. */
		folders = 0;
		for (j = 0; j < sub->ntags; j++) {
			if (category_tag(sub->tags[j]))
				continue;
			outline_line(&b, folders);
			buf_adds(&b, "<outline");
			add_attr(&b, "text", sub->tags[j]);
			buf_adds(&b, ">\n");
			folders++;
		}
		outline_line(&b, folders);
		buf_adds(&b, "<outline type=\"rss\"");
		add_attr(&b, "text", t);
		add_attr(&b, "title", t);
		add_attr(&b, "xmlUrl", sub->url);
		buf_truncate(&cat, 0);
		for (j = 0; j < sub->ntags; j++) {
			if (!category_tag(sub->tags[j]))
				continue;
			if (cat.len > 0)
				buf_addc(&cat, ',');
			buf_addc(&cat, '/');
			buf_adds(&cat, sub->tags[j]);
		}
		if (cat.len > 0)
			add_attr(&b, "category", cat.data);
		buf_adds(&b, "/>\n");
		while (folders-- > 0) {
			outline_line(&b, folders);
			buf_adds(&b, "</outline>\n");
		}
	}
	buf_adds(&b, "  </body>\n</opml>\n");
	buf_free(&cat);
	return buf_finish(&b, NULL);
}
