/* buf.h: a growable byte buffer, always NUL-terminated once used. */
#ifndef FOLIO_BUF_H
#define FOLIO_BUF_H

#include <stddef.h>

#include "xmalloc.h"

struct buf {
	char	*data;	/* NUL-terminated after any add; NULL while empty */
	size_t	 len;
	size_t	 cap;
};

#define BUF_INIT { NULL, 0, 0 }

void	 buf_add(struct buf *b, const void *p, size_t n);
void	 buf_adds(struct buf *b, const char *s);
void	 buf_addc(struct buf *b, int c);
void	 buf_addf(struct buf *b, const char *fmt, ...) FOLIO_PRINTF(2, 3);
/* s as HTML or XML text or an attribute's value: "&", "<", ">" and '"'
 * written as their entities. */
void	 buf_add_escaped(struct buf *b, const char *s);
void	 buf_truncate(struct buf *b, size_t len);
/* Make room for n more bytes at once (when the size is known ahead). */
void	 buf_reserve(struct buf *b, size_t n);
/* Hand the contents to the caller (who frees them); the buffer is empty
 * afterwards. Never NULL: an empty buffer gives "". */
char	*buf_finish(struct buf *b, size_t *len);
void	 buf_free(struct buf *b);

/* Bytes handed out a piece at a time to a parser that reads through
 * callbacks of this shape (libxml2's input callbacks): read copies up to
 * n of them to out and gives their number, 0 at the end; close does
 * nothing. The bytes are the caller's. */
struct buf_reader {
	const char	*data;
	size_t		 len, pos;
};

int	 buf_reader_read(void *ctx, char *out, int n);
int	 buf_reader_close(void *ctx);

#endif
