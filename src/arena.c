/* arena.c: memory for many small texts that all go at once. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "xmalloc.h"

/* The first block, and the largest. */
#define ARENA_FIRST	((size_t)16 << 10)
#define ARENA_LARGEST	((size_t)1 << 20)

struct arena_block {
	struct arena_block *next;
	size_t		 size, used;
	char		 bytes[];
};

struct arena {
	struct arena_block *blocks;	/* the one being filled first */
	size_t		 next_size;
};

struct arena *
arena_new(void)
{
	struct arena	*a = xcalloc(1, sizeof *a);

	a->next_size = ARENA_FIRST;
	return a;
}

char *
arena_alloc(struct arena *a, size_t n)
{
	struct arena_block *b = a->blocks, *nb;
	size_t		 size;

	if (b != NULL && b->size - b->used >= n) {
		b->used += n;
		return b->bytes + b->used - n;
	}
	size = a->next_size;
	if (n > size / 4) {
		/* A large text has a block of its own, behind the one
		 * being filled. */
		if (n > (size_t)-1 - sizeof *nb)
			die("out of memory (a text of %zu bytes)", n);
		nb = xmalloc(sizeof *nb + n);
		nb->size = nb->used = n;
		if (b != NULL) {
			nb->next = b->next;
			b->next = nb;
		} else {
			nb->next = NULL;
			a->blocks = nb;
		}
		return nb->bytes;
	}
	if (a->next_size < ARENA_LARGEST)
		a->next_size *= 2;
	nb = xmalloc(sizeof *nb + size);
	nb->size = size;
	nb->used = n;
	nb->next = b;
	a->blocks = nb;
	return nb->bytes;
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char	*p;

	if (n == (size_t)-1)
		die("out of memory (a text of %zu bytes)", n);
	p = arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void
arena_free(struct arena *a)
{
	struct arena_block *b, *next;

	if (a == NULL)
		return;
	for (b = a->blocks; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	free(a);
}
