/* arena.h: memory for many small texts that all go at once. */
#ifndef FOLIO_ARENA_H
#define FOLIO_ARENA_H

#include <stddef.h>

/*
 * The texts go one after the other into blocks of growing size, 16 KB
 * first, then twice the size of the one before up to 1 MB; a text too
 * large for a block has one of its own. Nothing is freed but the whole
 * arena: against an allocation a text, it saves the allocator's own
 * 16 bytes or so on each (most of a short name's) and the holes that
 * small pieces freed here and there leave in the heap. Bytes, with no
 * alignment: for text only.
 */
struct arena;

/* arena_new() never returns NULL; arena_free(NULL) does nothing. */
struct arena	*arena_new(void);
void		 arena_free(struct arena *a);
/* Room for n bytes, n > 0, that lasts as long as the arena. */
char		*arena_alloc(struct arena *a, size_t n);
/* A copy of s[0, n) with a NUL after it. */
char		*arena_strndup(struct arena *a, const char *s, size_t n);

#endif
