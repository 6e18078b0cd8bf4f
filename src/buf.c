/* buf.c: a growable byte buffer. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

static void
buf_grow(struct buf *b, size_t n)
{
	size_t	 want;

	if (n > (size_t)-1 - b->len - 1)
		die("out of memory (buffer of %zu bytes)", b->len);
	want = b->len + n + 1;
	if (want <= b->cap)
		return;
	if (b->cap == 0)
		b->cap = 64;
	while (b->cap < want)
		b->cap = b->cap > ((size_t)-1) / 2 ? want : b->cap * 2;
	b->data = xreallocarray(b->data, b->cap, 1);
}

void
buf_reserve(struct buf *b, size_t n)
{
	size_t	 want;

	if (n > (size_t)-1 - b->len - 1)
		die("out of memory (buffer of %zu bytes)", b->len);
	want = b->len + n + 1;
	if (want <= b->cap)
		return;
	b->cap = want;
	b->data = xreallocarray(b->data, b->cap, 1);
	b->data[b->len] = '\0';
}

void
buf_add(struct buf *b, const void *p, size_t n)
{
	buf_grow(b, n);
	if (n != 0)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_addc(struct buf *b, int c)
{
	char	 ch = (char)c;

	buf_add(b, &ch, 1);
}

void
buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list	 ap;
	int	 n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		die("bad format: %s", fmt);
	buf_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

void
buf_add_escaped(struct buf *b, const char *s)
{
	size_t	 n;

	while (*s != '\0') {
		n = strcspn(s, "&<>\"");
		buf_add(b, s, n);
		s += n;
		switch (*s) {
		case '&':
			buf_adds(b, "&amp;");
			break;
		case '<':
			buf_adds(b, "&lt;");
			break;
		case '>':
			buf_adds(b, "&gt;");
			break;
		case '"':
			buf_adds(b, "&quot;");
			break;
		default:
			return;
		}
		s++;
	}
}

void
buf_truncate(struct buf *b, size_t len)
{
	if (len < b->len) {
		b->len = len;
		b->data[len] = '\0';
	}
}

char *
buf_finish(struct buf *b, size_t *len)
{
	char	*p;

	if (b->data == NULL)
		buf_grow(b, 0);
	b->data[b->len] = '\0';
	p = b->data;
	if (len != NULL)
		*len = b->len;
	b->data = NULL;
	b->len = b->cap = 0;
	return p;
}

void
buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

int
buf_reader_read(void *ctx, char *out, int n)
{
	struct buf_reader	*r = ctx;
	size_t			 k = r->len - r->pos;

	if (n <= 0 || k == 0)
		return 0;
	if (k > (size_t)n)
		k = (size_t)n;
	memcpy(out, r->data + r->pos, k);
	r->pos += k;
	return (int)k;
}

int
buf_reader_close(void *ctx)
{
	(void)ctx;
	return 0;
}
