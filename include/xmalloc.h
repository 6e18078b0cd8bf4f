/* xmalloc.h: allocators that never return NULL, and die(). */
#ifndef FOLIO_XMALLOC_H
#define FOLIO_XMALLOC_H

#include <stdarg.h>
#include <stddef.h>
#include <stdnoreturn.h>

#if defined(__GNUC__)
#define FOLIO_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define FOLIO_PRINTF(f, a)
#endif

/* Each of these exits through die() when memory runs out. */
void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xreallocarray(void *p, size_t n, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) FOLIO_PRINTF(1, 2);
char *xvasprintf(const char *fmt, va_list ap) FOLIO_PRINTF(1, 0);

/* Print "folio: <message>" to stderr, run the cleanup hook (which restores
 * the terminal), exit with status 1. */
noreturn void die(const char *fmt, ...) FOLIO_PRINTF(1, 2);
void die_set_cleanup(void (*cleanup)(void));

#endif
